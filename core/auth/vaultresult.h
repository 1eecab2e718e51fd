#pragma once

#include <QString>

#include <functional>

namespace bc::auth {

// How one vault operation ended. `secret` is set by a successful read only.
struct VaultResult
{
    enum class Status {
        Ok,
        NotFound,    // no such entry (a remove of a missing entry is Ok)
        Unavailable, // no keychain service: fall back to SessionTokenVault
        Denied,      // the user or the keychain refused access
        Failed,      // anything else; see message
    };

    Status status = Status::Ok;
    QString secret;  // secret: never logged
    QString message; // translated, for people; never contains the secret

    [[nodiscard]] bool ok() const { return status == Status::Ok; }
};

// Runs once per operation, later (never inside the call), in the context object's thread, and
// not at all once the context object is gone.
using VaultHandler = std::function<void(const VaultResult &result)>;

} // namespace bc::auth
