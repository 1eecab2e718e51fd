#pragma once

#include "core/auth/tokenvault.h"

#include <QCoreApplication>
#include <QHash>

namespace bc::auth {

// Secrets in memory for this run only, never written anywhere: the console's fallback when no
// keychain service is available (the user is asked again next time), and the in-memory fake
// for tests. Every value is kept in a buffer of its own and overwritten with zeros when it is
// replaced, removed, logged out, or when the vault is destroyed.
class SessionTokenVault final : public TokenVault
{
    Q_OBJECT

public:
    explicit SessionTokenVault(QObject *parent = nullptr);
    ~SessionTokenVault() override;

    [[nodiscard]] bool available() const override { return true; }
    [[nodiscard]] QString unavailableReason() const override { return {}; }
    [[nodiscard]] bool persistent() const override { return false; }

    void store(const SecretKey &key, const QString &secret, QObject *context,
               VaultHandler done) override;
    void read(const SecretKey &key, QObject *context, VaultHandler done) override;
    void remove(const SecretKey &key, QObject *context, VaultHandler done) override;
    // Every entry of `profile`, whatever the app id.
    void removeProfile(const QString &profile, const QString &appId, QObject *context,
                       VaultHandler done) override;

    // Synchronous views, for tests and for code that already runs on the vault's thread.
    [[nodiscard]] bool contains(const SecretKey &key) const;
    [[nodiscard]] qsizetype size() const { return m_entries.size(); }
    // Scrubs and drops every entry.
    void clear();

private:
    static void finishLater(QObject *context, VaultHandler done, VaultResult result);
    void erase(const QString &entryName);

    QHash<QString, QString> m_entries;  // entry name -> secret (own buffer)
    QHash<QString, QString> m_profiles; // entry name -> profile, for removeProfile()
};

} // namespace bc::auth
