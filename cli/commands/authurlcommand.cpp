#include "cli/commands/authurlcommand.h"

#include "cli/commands/authstatuscommand.h"
#include "cli/console.h"
#include "core/auth/advertiserauthorization.h"
#include "core/auth/authorizationstate.h"
#include "core/auth/pendingsignin.h"
#include "core/auth/tokenvault.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace bc::cli {

AuthUrlCommand::AuthUrlCommand(QObject *parent)
    : BcctlCommand(parent)
{ }

void AuthUrlCommand::run()
{
    QString problem;
    if (!AuthStatusCommand::checkSignInProfile(globalOptions(), profile(), &problem)) {
        fail(2, problem);
        return;
    }
    // The keychain is asked first: without it (or without the secret) the link would lead to
    // an exchange that cannot happen.
    vault().read({profile().name, profile().appId, auth::SecretKind::AppSecret}, this,
                 [this](const auth::VaultResult &result) {
                     if (result.status == auth::VaultResult::Status::NotFound) {
                         fail(1, tr("The app secret of profile “%1” is not in the keychain: run "
                                    "`bcctl --profile %1 profile create` again.")
                                         .arg(profile().name));
                         return;
                     }
                     if (!result.ok()) {
                         fail(1, vaultProblem(int(result.status), result.message));
                         return;
                     }
                     const api::Environment environment = globalOptions().connection.resolve();
                     const QString state = auth::AuthorizationState::generate();
                     QString error;
                     if (!auth::PendingSignIn(profileFolder())
                                  .begin(state, profile().redirectUri,
                                         QDateTime::currentDateTimeUtc(), &error)) {
                         fail(1, error);
                         return;
                     }
                     const QUrl url = auth::AdvertiserAuthorization::authorizationUrl(
                             auth::AdvertiserAuthorization::authorizationPage(environment),
                             profile().appId, state, profile().redirectUri);
                     Console::writeOut(url.toString(QUrl::FullyEncoded) + u'\n');
                     Console::note(tr("open this address in a browser and approve the access; "
                                      "the browser then lands on %1?…: copy that whole address "
                                      "into `bcctl --profile %2 auth exchange --redirected-url "
                                      "'ADDRESS'`. The link works once.")
                                           .arg(profile().redirectUri.toString(QUrl::RemoveQuery),
                                                profile().name));
                     succeed();
                 });
}

} // namespace bc::cli
