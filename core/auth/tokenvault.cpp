#include "core/auth/tokenvault.h"

#include <memory>

namespace bc::auth {

void TokenVault::removeProfile(const QString &profile, const QString &appId, QObject *context,
                               VaultHandler done)
{
    struct Pending
    {
        int left = 0;
        VaultResult first; // the first failure, or Ok
        VaultHandler done;
    };
    const QList<SecretKind> kinds = SecretKey::allKinds();
    auto pending = std::make_shared<Pending>();
    pending->left = int(kinds.size());
    pending->done = std::move(done);
    for (SecretKind kind : kinds) {
        remove(SecretKey{profile, appId, kind}, context, [pending](const VaultResult &result) {
            if (!result.ok() && pending->first.ok())
                pending->first = result;
            if (--pending->left == 0)
                pending->done(pending->first);
        });
    }
}

} // namespace bc::auth
