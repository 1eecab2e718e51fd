#include "core/auth/sessiontokenvault.h"

#include "core/auth/secretscrubber.h"

#include <QMetaObject>
#include <QPointer>

namespace bc::auth {

SessionTokenVault::SessionTokenVault(QObject *parent)
    : TokenVault(parent)
{ }

SessionTokenVault::~SessionTokenVault()
{
    clear();
}

void SessionTokenVault::finishLater(QObject *context, VaultHandler done, VaultResult result)
{
    // Queued, like the keychain's answers, so callers cannot come to rely on synchronous ones.
    QMetaObject::invokeMethod(
            context,
            [done = std::move(done), result = std::move(result)]() mutable {
                done(result);
                SecretScrubber::scrub(result.secret);
            },
            Qt::QueuedConnection);
}

void SessionTokenVault::store(const SecretKey &key, const QString &secret, QObject *context,
                              VaultHandler done)
{
    const QString name = key.entryName();
    erase(name);
    m_entries.insert(name, SecretScrubber::ownCopy(secret));
    m_profiles.insert(name, key.profile);
    finishLater(context, std::move(done), VaultResult{});
}

void SessionTokenVault::read(const SecretKey &key, QObject *context, VaultHandler done)
{
    const auto it = m_entries.constFind(key.entryName());
    VaultResult result;
    if (it == m_entries.cend()) {
        result.status = VaultResult::Status::NotFound;
        result.message = tr("No %1 is stored for profile \u201c%2\u201d.")
                                 .arg(SecretKey::kindName(key.kind), key.profile);
    } else {
        // A copy of its own: the vault's buffer is never shared, so it can always be scrubbed.
        result.secret = SecretScrubber::ownCopy(it.value());
    }
    finishLater(context, std::move(done), std::move(result));
}

void SessionTokenVault::remove(const SecretKey &key, QObject *context, VaultHandler done)
{
    erase(key.entryName());
    finishLater(context, std::move(done), VaultResult{});
}

void SessionTokenVault::removeProfile(const QString &profile, const QString & /*appId*/,
                                      QObject *context, VaultHandler done)
{
    QStringList names;
    for (auto it = m_profiles.cbegin(); it != m_profiles.cend(); ++it) {
        if (it.value() == profile)
            names.append(it.key());
    }
    for (const QString &name : names)
        erase(name);
    finishLater(context, std::move(done), VaultResult{});
}

bool SessionTokenVault::contains(const SecretKey &key) const
{
    return m_entries.contains(key.entryName());
}

void SessionTokenVault::clear()
{
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it)
        SecretScrubber::scrub(it.value());
    m_entries.clear();
    m_profiles.clear();
}

void SessionTokenVault::erase(const QString &entryName)
{
    const auto it = m_entries.find(entryName);
    if (it == m_entries.end())
        return;
    SecretScrubber::scrub(it.value());
    m_entries.erase(it);
    m_profiles.remove(entryName);
}

} // namespace bc::auth
