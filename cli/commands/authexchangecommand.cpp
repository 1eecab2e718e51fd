#include "cli/commands/authexchangecommand.h"

#include "cli/commands/authstatuscommand.h"
#include "cli/console.h"
#include "core/api/apiclient.h"
#include "core/auth/advertiserauthorization.h"
#include "core/auth/authorizationredirect.h"
#include "core/auth/pendingsignin.h"
#include "core/auth/secretscrubber.h"
#include "core/auth/tokenstatusfile.h"
#include "core/auth/tokenvault.h"

#include <QCommandLineParser>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace bc::cli {

AuthExchangeCommand::AuthExchangeCommand(QObject *parent)
    : BcctlCommand(parent)
{ }

AuthExchangeCommand::~AuthExchangeCommand()
{
    m_authorization.reset(); // uses the base's client and vault
    auth::SecretScrubber::scrub(m_redirected);
    auth::SecretScrubber::scrub(m_code);
}

QList<QCommandLineOption> AuthExchangeCommand::options() const
{
    return {
            QCommandLineOption(u"redirected-url"_s,
                               tr("The whole address the browser landed on after the approval "
                                  "(\"-\": read it from stdin)."),
                               tr("url")),
            QCommandLineOption(u"code"_s,
                               tr("The auth_code alone, copied by hand (instead of "
                                  "--redirected-url)."),
                               tr("code")),
            QCommandLineOption(u"state"_s,
                               tr("With --code: the state of the same address, checked too."),
                               tr("state")),
    };
}

bool AuthExchangeCommand::configureCommand(const QCommandLineParser &parser, QString *error)
{
    const bool url = parser.isSet(u"redirected-url"_s);
    const bool code = parser.isSet(u"code"_s);
    if (url == code) {
        *error = tr("auth exchange needs either --redirected-url URL or --code CODE.");
        return false;
    }
    if (globalOptions().offline) {
        *error = tr("auth exchange talks to the API: it cannot run with --offline.");
        return false;
    }
    if (url) {
        m_redirected = parser.value(u"redirected-url"_s);
        if (m_redirected == u"-") {
            QFile in;
            if (in.open(stdin, QIODevice::ReadOnly))
                m_redirected = QString::fromUtf8(in.readLine(64 * 1024)).trimmed();
        }
        if (m_redirected.trimmed().isEmpty()) {
            *error = tr("--redirected-url needs the address the browser landed on.");
            return false;
        }
    } else {
        m_code = parser.value(u"code"_s).trimmed();
        m_state = parser.value(u"state"_s);
        if (m_code.isEmpty()) {
            *error = tr("--code needs the auth_code.");
            return false;
        }
    }
    return true;
}

void AuthExchangeCommand::run()
{
    QString problem;
    if (!AuthStatusCommand::checkSignInProfile(globalOptions(), profile(), &problem)) {
        fail(2, problem);
        return;
    }
    QString code = m_code;
    QString state = m_state;
    const bool checkState = !m_redirected.isEmpty() || !m_state.isEmpty();
    if (!m_redirected.isEmpty()) {
        auth::AuthorizationRedirect redirect = auth::AuthorizationRedirect::parseText(m_redirected);
        auth::SecretScrubber::scrub(m_redirected);
        if (redirect.code.isEmpty()) {
            fail(1, redirect.error.isEmpty()
                            ? auth::AuthError::make(auth::AuthError::Kind::MissingCode).message
                            : auth::AuthError::make(auth::AuthError::Kind::Denied, redirect.error)
                                      .message);
            return;
        }
        code = redirect.code;
        state = redirect.state;
        auth::SecretScrubber::scrub(redirect.code);
    }
    auth::SecretScrubber::scrub(m_code);

    // The state is checked, and used up, before the code goes anywhere.
    QString error;
    auth::PendingSignIn pending(profileFolder());
    const auth::AuthorizationState::Check check =
            checkState ? pending.consume(state, &error) : pending.consumeWithoutState(&error);
    if (!error.isEmpty()) {
        fail(1, error);
        return;
    }
    auth::AuthError::Kind refusal = auth::AuthError::Kind::Api;
    switch (check) {
    case auth::AuthorizationState::Check::Ok:
        break;
    case auth::AuthorizationState::Check::Mismatch:
        refusal = auth::AuthError::Kind::StateMismatch;
        break;
    case auth::AuthorizationState::Check::Reused:
        refusal = auth::AuthError::Kind::StateReused;
        break;
    case auth::AuthorizationState::Check::NotStarted:
        refusal = auth::AuthError::Kind::NotStarted;
        break;
    }
    if (refusal != auth::AuthError::Kind::Api) {
        auth::SecretScrubber::scrub(code);
        fail(1, auth::AuthError::make(refusal).message
                        + tr(" Run `bcctl --profile %1 auth url` for a new link.")
                                  .arg(profile().name));
        return;
    }

    if (!connectToApi()) {
        auth::SecretScrubber::scrub(code);
        return;
    }
    if (client()->environment().usesPlainHttp()
        && client()->environment().kind() == api::EnvironmentKind::Custom) {
        Console::note(tr("warning: the app secret and the code go over plain http to %1 "
                         "(loopback only)")
                              .arg(client()->environment().baseUrl().host()));
    }
    m_authorization =
            std::make_unique<auth::AdvertiserAuthorization>(*client(), vault(), profile());
    connect(m_authorization.get(), &auth::AdvertiserAuthorization::authorized, this,
            &AuthExchangeCommand::onAuthorized);
    connect(m_authorization.get(), &auth::AuthorizationFlow::failed, this,
            &AuthExchangeCommand::onFailed);
    m_authorization->exchangeCode(code);
    auth::SecretScrubber::scrub(code);
}

void AuthExchangeCommand::onAuthorized(const auth::TokenStatus &status)
{
    QString error;
    if (!auth::TokenStatusFile(profileFolder()).write(status, &error))
        Console::note(error); // the token is in the keychain; only the summary is missing
    AuthStatusCommand::print(globalOptions().format, profile(), status, true);
    Console::note(tr("profile “%1” is signed in for %n ad account(s)", nullptr,
                     int(status.accounts.size()))
                          .arg(profile().name));
    succeed();
}

void AuthExchangeCommand::onFailed(const auth::AuthError &error)
{
    if (error.apiError) {
        failApi(*error.apiError);
        return;
    }
    if (error.kind == auth::AuthError::Kind::Vault && !vault().available()) {
        fail(1, vaultProblem(int(auth::VaultResult::Status::Unavailable), error.message));
        return;
    }
    if (error.kind == auth::AuthError::Kind::NotSignedIn) {
        fail(1, tr("The app secret of profile “%1” is not in the keychain: run `bcctl --profile "
                   "%1 profile create` again.")
                        .arg(profile().name));
        return;
    }
    fail(1, error.message);
}

} // namespace bc::cli
