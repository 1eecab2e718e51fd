#include "cli/commands/authrevokecommand.h"

#include "cli/commands/authstatuscommand.h"
#include "cli/console.h"
#include "core/api/apiclient.h"
#include "core/auth/advertiserauthorization.h"
#include "core/auth/tokenstatusfile.h"
#include "core/auth/tokenvault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace bc::cli {

AuthRevokeCommand::AuthRevokeCommand(QObject *parent)
    : BcctlCommand(parent)
{ }

AuthRevokeCommand::~AuthRevokeCommand()
{
    m_authorization.reset(); // uses the base's client and vault
}

void AuthRevokeCommand::run()
{
    QString problem;
    if (!AuthStatusCommand::checkSignInProfile(globalOptions(), profile(), &problem)) {
        fail(2, problem);
        return;
    }
    if (globalOptions().offline) {
        fail(2, tr("auth revoke talks to the API: it cannot run with --offline."));
        return;
    }
    if (!connectToApi())
        return;
    m_authorization =
            std::make_unique<auth::AdvertiserAuthorization>(*client(), vault(), profile());
    connect(m_authorization.get(), &auth::AdvertiserAuthorization::revoked, this,
            &AuthRevokeCommand::onRevoked);
    connect(m_authorization.get(), &auth::AuthorizationFlow::failed, this,
            &AuthRevokeCommand::onFailed);
    m_authorization->revoke();
}

void AuthRevokeCommand::onRevoked(const QStringList &advertiserIds)
{
    QString error;
    if (!auth::TokenStatusFile(profileFolder()).remove(&error))
        Console::note(error);
    if (globalOptions().format == BcctlOptions::Format::Json) {
        const QJsonObject object{{u"profile"_s, profile().name},
                                 {u"revoked"_s, true},
                                 {u"advertiser_ids"_s, QJsonArray::fromStringList(advertiserIds)}};
        Console::writeOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
    } else {
        Console::writeOut(tr("Profile “%1”: the token is revoked and removed from the keychain "
                             "(%n ad account(s) lost access).",
                             nullptr, int(advertiserIds.size()))
                                  .arg(profile().name)
                          + u'\n');
    }
    succeed();
}

void AuthRevokeCommand::onFailed(const auth::AuthError &error)
{
    if (error.apiError && error.apiError->needsSignIn()) {
        // The API no longer takes the token: nothing left to revoke there, so it goes here too.
        const QString line = Console::describe(*error.apiError);
        forget([this, line] {
            Console::note(tr("the API no longer accepted the token (%1); it was removed from the "
                             "keychain")
                                  .arg(line));
            onRevoked({});
        });
        return;
    }
    if (error.apiError) {
        failApi(*error.apiError);
        return;
    }
    if (error.kind == auth::AuthError::Kind::NotSignedIn) {
        fail(1, tr("Profile “%1”: %2").arg(profile().name, error.message));
        return;
    }
    if (error.kind == auth::AuthError::Kind::Vault && !vault().available()) {
        fail(1, vaultProblem(int(auth::VaultResult::Status::Unavailable), error.message));
        return;
    }
    fail(1, error.message);
}

void AuthRevokeCommand::forget(const std::function<void()> &done)
{
    vault().remove({profile().name, profile().appId, auth::SecretKind::AdvertiserAccessToken}, this,
                   [this, done](const auth::VaultResult &result) {
                       if (!result.ok()) {
                           fail(1, vaultProblem(int(result.status), result.message));
                           return;
                       }
                       done();
                   });
}

} // namespace bc::cli
