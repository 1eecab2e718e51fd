#pragma once

#include "core/auth/tokenvault.h"

#include <QCoreApplication>

namespace QKeychain {
class Job;
}

namespace bc::auth {

// The OS keychain (Secret Service on Linux, Keychain on macOS, Credential Manager on Windows)
// through QtKeychain, service name "BC Console". The insecure plaintext fallback is off: when
// there is no keychain service (no session bus, no daemon), operations end Unavailable,
// available() turns false with a clear reason, and the caller switches to SessionTokenVault.
class KeychainTokenVault final : public TokenVault
{
    Q_OBJECT

public:
    static inline const QString serviceName = QStringLiteral("BC Console");

    explicit KeychainTokenVault(QObject *parent = nullptr);

    // True until an operation or probe() found no keychain service.
    [[nodiscard]] bool available() const override { return m_available; }
    [[nodiscard]] QString unavailableReason() const override { return m_unavailableReason; }
    [[nodiscard]] bool persistent() const override { return true; }

    void store(const SecretKey &key, const QString &secret, QObject *context,
               VaultHandler done) override;
    void read(const SecretKey &key, QObject *context, VaultHandler done) override;
    void remove(const SecretKey &key, QObject *context, VaultHandler done) override;

    // Asks the keychain for an entry that does not exist: Ok when the service answers (whether
    // or not the entry is there), Unavailable otherwise. Call once at start-up to choose between
    // this vault and a SessionTokenVault.
    void probe(QObject *context, VaultHandler done);

Q_SIGNALS:
    // available() turned false.
    void becameUnavailable(const QString &reason);

private:
    void watch(QKeychain::Job *job, const SecretKey &key, QObject *context, VaultHandler done,
               bool isProbe);
    VaultResult resultOf(const QKeychain::Job &job, const SecretKey &key, bool isProbe);

    bool m_available = true;
    QString m_unavailableReason;
};

} // namespace bc::auth
