#pragma once

#include "core/auth/secretkey.h"
#include "core/auth/vaultresult.h"

#include <QObject>
#include <QString>

namespace bc::auth {

// Where a profile's secrets live: the app secret and its tokens, keyed by profile, app and kind
// (SecretKey). Operations are asynchronous (a keychain may ask the user, or a daemon); each
// handler runs once, later, in `context`'s thread, and not at all once `context` is gone.
//
// KeychainTokenVault is the real one (the OS keychain through QtKeychain); SessionTokenVault
// keeps secrets in memory for this run only: the fallback when there is no keychain, and the
// fake for tests.
class TokenVault : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~TokenVault() override = default;

    // False once it is known that the vault cannot keep anything; unavailableReason() says why
    // in words for the user.
    [[nodiscard]] virtual bool available() const = 0;
    [[nodiscard]] virtual QString unavailableReason() const = 0;
    // True when entries outlive this run (the keychain); false for the session vault.
    [[nodiscard]] virtual bool persistent() const = 0;

    virtual void store(const SecretKey &key, const QString &secret, QObject *context,
                       VaultHandler done) = 0;
    virtual void read(const SecretKey &key, QObject *context, VaultHandler done) = 0;
    // Removing an entry that does not exist is Ok.
    virtual void remove(const SecretKey &key, QObject *context, VaultHandler done) = 0;

    // Logout: removes every kind of entry of `profile` for `appId`, scrubbing in-memory copies.
    // `done` runs once, after all of them, with the first failure or Ok.
    virtual void removeProfile(const QString &profile, const QString &appId, QObject *context,
                               VaultHandler done);
};

} // namespace bc::auth
