#include "core/auth/keychaintokenvault.h"

#include "core/auth/logging.h"
#include "core/auth/secretscrubber.h"

#include <QPointer>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace bc::auth {

namespace {

const QString probeEntry = u"bc-console-probe/keychain-check"_s;

} // namespace

KeychainTokenVault::KeychainTokenVault(QObject *parent)
    : TokenVault(parent)
{ }

void KeychainTokenVault::store(const SecretKey &key, const QString &secret, QObject *context,
                               VaultHandler done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key.entryName());
    job->setTextData(secret);
    watch(job, key, context, std::move(done), false);
    job->start();
}

void KeychainTokenVault::read(const SecretKey &key, QObject *context, VaultHandler done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key.entryName());
    watch(job, key, context, std::move(done), false);
    job->start();
}

void KeychainTokenVault::remove(const SecretKey &key, QObject *context, VaultHandler done)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key.entryName());
    watch(job, key, context, std::move(done), false);
    job->start();
}

void KeychainTokenVault::probe(QObject *context, VaultHandler done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(probeEntry);
    watch(job, SecretKey{}, context, std::move(done), true);
    job->start();
}

void KeychainTokenVault::watch(QKeychain::Job *job, const SecretKey &key, QObject *context,
                               VaultHandler done, bool isProbe)
{
    // The result is computed on the vault's side (it may turn available() false) even when the
    // caller's context is gone; the handler runs only while the context lives.
    connect(job, &QKeychain::Job::finished, this,
            [this, job, key, context = QPointer<QObject>(context), done = std::move(done),
             isProbe] {
                VaultResult result = resultOf(*job, key, isProbe);
                if (context)
                    done(result);
                SecretScrubber::scrub(result.secret);
            });
}

VaultResult KeychainTokenVault::resultOf(const QKeychain::Job &job, const SecretKey &key,
                                         bool isProbe)
{
    VaultResult result;
    const QString what = SecretKey::kindName(key.kind);
    switch (job.error()) {
    case QKeychain::NoError:
        if (const auto *read = qobject_cast<const QKeychain::ReadPasswordJob *>(&job);
            read && !isProbe)
            result.secret = read->textData();
        return result;
    case QKeychain::EntryNotFound:
        if (isProbe || qobject_cast<const QKeychain::DeletePasswordJob *>(&job))
            return result; // the service answered / nothing to delete
        result.status = VaultResult::Status::NotFound;
        result.message = tr("No %1 is stored for profile \u201c%2\u201d.").arg(what, key.profile);
        return result;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = VaultResult::Status::Denied;
        result.message = tr("The keychain refused access: %1").arg(job.errorString());
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // With no session bus or no Secret Service daemon QtKeychain answers OtherError (7).
        result.status = VaultResult::Status::Unavailable;
        result.message = tr("No keychain service is available (%1). Secrets are kept in memory "
                            "for this session only and will be asked for again next time.")
                                 .arg(job.errorString());
        if (m_available) {
            m_available = false;
            m_unavailableReason = result.message;
            // errorString() names the service and the bus, never the secret.
            qCWarning(lcAuth) << "keychain unavailable:" << job.error() << job.errorString();
            Q_EMIT becameUnavailable(m_unavailableReason);
        }
        return result;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    result.status = VaultResult::Status::Failed;
    result.message = tr("The keychain could not handle the %1: %2").arg(what, job.errorString());
    return result;
}

} // namespace bc::auth
