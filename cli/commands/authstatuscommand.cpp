#include "cli/commands/authstatuscommand.h"

#include "cli/console.h"
#include "core/auth/tokenstatus.h"
#include "core/auth/tokenstatusfile.h"
#include "core/auth/tokenvault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace bc::cli {

AuthStatusCommand::AuthStatusCommand(QObject *parent)
    : BcctlCommand(parent)
{ }

bool AuthStatusCommand::checkSignInProfile(const BcctlOptions &options,
                                           const store::Profile &profile, QString *problem)
{
    if (options.profileName.isEmpty()) {
        *problem = tr("Name a saved profile with --profile NAME (create one with `bcctl --profile "
                      "NAME profile create`).");
        return false;
    }
    if (profile.environment == api::EnvironmentKind::Demo) {
        *problem = tr("The demo environment signs itself in; its profiles need no sign-in.");
        return false;
    }
    if (profile.appId.isEmpty()) {
        *problem = tr("Profile “%1” has no app: run `bcctl --profile %1 profile create --app-id "
                      "ID --app-secret-env VAR` first.")
                           .arg(profile.name);
        return false;
    }
    return true;
}

void AuthStatusCommand::print(BcctlOptions::Format format, const store::Profile &profile,
                              const std::optional<auth::TokenStatus> &saved, bool signedIn)
{
    auth::TokenStatus status = saved.value_or(auth::TokenStatus{});
    status.profile = profile.name;
    status.appId = profile.appId;
    // Without a token in the keychain, signing in is what helps too.
    status.needsSignIn = status.needsSignIn || !signedIn;
    if (format == BcctlOptions::Format::Json) {
        QJsonObject object = status.toJson();
        object.insert(u"environment"_s, api::Environment::key(profile.environment));
        object.insert(u"signed_in"_s, signedIn);
        if (!saved)
            object.insert(u"granted_at"_s, QJsonValue::Null);
        Console::writeOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
        return;
    }
    const QString yes = tr("yes");
    const QString no = tr("no");
    QStringList scopes;
    const QStringList words = status.scopesInWords();
    for (qsizetype i = 0; i < status.scopeIds.size(); ++i)
        scopes.append(u"%1 (%2)"_s.arg(status.scopeIds.at(i)).arg(words.value(i)));
    QString text;
    text += tr("profile: %1").arg(profile.name) + u'\n';
    text += tr("environment: %1").arg(api::Environment::key(profile.environment)) + u'\n';
    text += tr("app id: %1").arg(profile.appId) + u'\n';
    text += tr("signed in: %1").arg(signedIn ? yes : no) + u'\n';
    text += tr("needs sign-in: %1").arg(status.needsSignIn ? yes : no) + u'\n';
    text += tr("granted at: %1")
                    .arg(status.grantedAt.isValid() ? status.grantedAt.toString(Qt::ISODate)
                                                    : u"-"_s)
            + u'\n';
    text += tr("ad accounts: %1")
                    .arg(status.accounts.isEmpty() ? u"-"_s : status.accounts.join(u", "_s))
            + u'\n';
    text += tr("scopes: %1").arg(scopes.isEmpty() ? u"-"_s : scopes.join(u", "_s)) + u'\n';
    Console::writeOut(text);
}

void AuthStatusCommand::run()
{
    QString problem;
    if (!checkSignInProfile(globalOptions(), profile(), &problem)) {
        fail(2, problem);
        return;
    }
    // Only whether a token is there: it is read, never printed, and dropped at once.
    vault().read({profile().name, profile().appId, auth::SecretKind::AdvertiserAccessToken}, this,
                 [this](const auth::VaultResult &result) {
                     if (!result.ok() && result.status != auth::VaultResult::Status::NotFound) {
                         fail(1, vaultProblem(int(result.status), result.message));
                         return;
                     }
                     std::optional<auth::TokenStatus> status =
                             auth::TokenStatusFile(profileFolder()).read();
                     if (!result.ok())
                         status.reset(); // a status without its token grants nothing
                     print(globalOptions().format, profile(), status, result.ok());
                     succeed();
                 });
}

} // namespace bc::cli
