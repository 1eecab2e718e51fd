#include "cli/commands/profilecreatecommand.h"

#include "cli/console.h"
#include "core/auth/secretscrubber.h"
#include "core/auth/tokenvault.h"
#include "core/store/profileregistry.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace bc::cli {

ProfileCreateCommand::ProfileCreateCommand(QObject *parent)
    : BcctlCommand(parent)
{ }

ProfileCreateCommand::~ProfileCreateCommand()
{
    auth::SecretScrubber::scrub(m_secret);
}

QList<QCommandLineOption> ProfileCreateCommand::options() const
{
    return {
            QCommandLineOption(u"app-id"_s, tr("The TikTok app's id (required)."), tr("id")),
            QCommandLineOption(u"app-secret-env"_s,
                               tr("Read the app's secret from environment variable VAR "
                                  "(required; it goes to the keychain only)."),
                               tr("VAR")),
            QCommandLineOption(u"redirect-uri"_s,
                               tr("The redirect URL registered for the app (required for "
                                  "sandbox and production)."),
                               tr("url")),
    };
}

bool ProfileCreateCommand::configureCommand(const QCommandLineParser &parser, QString *error)
{
    m_appId = parser.value(u"app-id"_s).trimmed();
    if (m_appId.isEmpty()) {
        *error = tr("profile create needs --app-id ID, the TikTok app's id.");
        return false;
    }
    m_secretVariable = parser.value(u"app-secret-env"_s).trimmed();
    if (m_secretVariable.isEmpty()) {
        *error = tr("profile create needs --app-secret-env VAR, the environment variable that "
                    "holds the app secret (never the secret itself on the command line).");
        return false;
    }
    if (parser.isSet(u"redirect-uri"_s)) {
        m_redirectUri = QUrl(parser.value(u"redirect-uri"_s).trimmed(), QUrl::StrictMode);
        if (!m_redirectUri.isValid() || m_redirectUri.host().isEmpty()
            || (m_redirectUri.scheme() != u"https" && m_redirectUri.scheme() != u"http")) {
            *error = tr("--redirect-uri needs an absolute http(s) URL, as registered for the app.");
            return false;
        }
    }
    if (globalOptions().offline) {
        *error = tr("profile create cannot run with --offline.");
        return false;
    }
    m_secret = qEnvironmentVariable(m_secretVariable.toLocal8Bit().constData());
    if (m_secret.isEmpty()) {
        *error = tr("The environment variable %1 is not set or empty.").arg(m_secretVariable);
        return false;
    }
    return true;
}

void ProfileCreateCommand::run()
{
    store::Profile profile = this->profile();
    profile.appId = m_appId;
    profile.redirectUri = m_redirectUri;
    const bool tiktok = profile.environment == api::EnvironmentKind::Sandbox
                        || profile.environment == api::EnvironmentKind::Production;
    if (tiktok && profile.redirectUri.isEmpty()) {
        fail(2, tr("A %1 profile needs --redirect-uri URL: the redirect URL registered for the "
                   "app on TikTok's developer portal.")
                        .arg(api::Environment::key(profile.environment)));
        return;
    }
    if (tiktok && profile.redirectUri.scheme() != u"https"
        && !api::Environment::isLoopbackHost(profile.redirectUri.host())) {
        fail(2, tr("The redirect URI must use https (plain http only on this computer's "
                   "loopback address)."));
        return;
    }
    if (profile.redirectUri.isEmpty()) {
        // The emulator's consent page accepts any address; the user copies it from the
        // browser's address bar whether or not anything answers there.
        profile.redirectUri = QUrl(u"http://127.0.0.1/callback"_s);
    }
    if (const QString problem = store::ProfileRegistry::validate(profile); !problem.isEmpty()) {
        fail(2, problem);
        return;
    }

    QString error;
    if (!registry().load(&error)) {
        fail(1, error);
        return;
    }
    bool update = false;
    if (const std::optional<store::Profile> existing = registry().find(profile.name)) {
        const store::StoreIdentity before = store::ProfileRegistry::identity(*existing);
        const store::StoreIdentity after = store::ProfileRegistry::identity(profile);
        if (before.environment != after.environment || before.apiBase != after.apiBase) {
            fail(1, tr("A profile “%1” already exists for %2; choose another name.")
                            .arg(profile.name, api::Environment::key(existing->environment)));
            return;
        }
        profile.postgresConnection = existing->postgresConnection;
        update = true;
    }
    if (profile.environment == api::EnvironmentKind::Custom
        && profile.customBaseUrl.scheme() == u"http") {
        Console::note(tr("warning: %1 is plain http: the app secret and tokens travel "
                         "unencrypted (allowed on the loopback interface only, for the emulator)")
                              .arg(profile.customBaseUrl.toDisplayString()));
    }

    // The secret first: with no keychain, no profile is saved that could never sign in.
    vault().store({profile.name, profile.appId, auth::SecretKind::AppSecret}, m_secret, this,
                  [this, profile, update](const auth::VaultResult &result) {
                      auth::SecretScrubber::scrub(m_secret);
                      if (!result.ok()) {
                          fail(1, vaultProblem(int(result.status), result.message));
                          return;
                      }
                      saveProfile(profile, update);
                  });
}

void ProfileCreateCommand::saveProfile(const store::Profile &profile, bool update)
{
    QString error;
    if (!(update ? registry().update(profile, &error) : registry().add(profile, &error))) {
        fail(1, error);
        return;
    }
    if (globalOptions().format == BcctlOptions::Format::Json) {
        const QJsonObject object{
                {u"profile"_s, profile.name},
                {u"environment"_s, api::Environment::key(profile.environment)},
                {u"base_url"_s, profile.customBaseUrl.toString()},
                {u"app_id"_s, profile.appId},
                {u"redirect_uri"_s, profile.redirectUri.toString()},
                {u"updated"_s, update},
        };
        Console::writeOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
    } else {
        Console::writeOut((update ? tr("Profile “%1” updated (%2, app %3); its app secret is in "
                                       "the keychain.")
                                  : tr("Profile “%1” saved (%2, app %3); its app secret is in "
                                       "the keychain."))
                                  .arg(profile.name, api::Environment::key(profile.environment),
                                       profile.appId)
                          + u'\n');
    }
    Console::note(tr("next: sign in with `bcctl --profile %1 auth url`").arg(profile.name));
    succeed();
}

} // namespace bc::cli
