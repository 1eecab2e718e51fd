#include "core/auth/authorizationflow.h"

#include "core/api/apiclient.h"
#include "core/auth/authorizationredirect.h"
#include "core/auth/logging.h"
#include "core/auth/loopbackredirectlistener.h"
#include "core/auth/secretscrubber.h"
#include "core/auth/tokenvault.h"

#include <memory>

namespace bc::auth {

AuthorizationFlow::AuthorizationFlow(api::ApiClient &client, TokenVault &vault,
                                     store::Profile profile, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_vault(vault)
    , m_profile(std::move(profile))
{ }

AuthorizationFlow::~AuthorizationFlow() = default;

QUrl AuthorizationFlow::redirectUri() const
{
    if (m_listener && m_listener->isListening())
        return m_listener->redirectUri();
    return m_profile.redirectUri;
}

bool AuthorizationFlow::listenOnLoopback(quint16 port, QString *error)
{
    if (!m_listener) {
        m_listener = new LoopbackRedirectListener(this);
        connect(m_listener, &LoopbackRedirectListener::redirected, this,
                &AuthorizationFlow::acceptRedirect);
    }
    QString reason;
    if (!m_listener->listen(port, &reason)) {
        if (error)
            *error = AuthError::make(AuthError::Kind::Listener, reason).message;
        return false;
    }
    return true;
}

void AuthorizationFlow::acceptRedirect(const QUrl &redirected)
{
    AuthorizationRedirect redirect = AuthorizationRedirect::parse(redirected);
    qCDebug(lcAuth) << "redirect for profile" << m_profile.name
                    << AuthorizationRedirect::redacted(redirected);
    switch (m_state.consume(redirect.state)) {
    case AuthorizationState::Check::Ok:
        break;
    case AuthorizationState::Check::Mismatch:
        SecretScrubber::scrub(redirect.code);
        fail(AuthError::make(AuthError::Kind::StateMismatch));
        return;
    case AuthorizationState::Check::Reused:
        SecretScrubber::scrub(redirect.code);
        fail(AuthError::make(AuthError::Kind::StateReused));
        return;
    case AuthorizationState::Check::NotStarted:
        SecretScrubber::scrub(redirect.code);
        fail(AuthError::make(AuthError::Kind::NotStarted));
        return;
    }
    if (redirect.code.isEmpty()) {
        fail(redirect.error.isEmpty() ? AuthError::make(AuthError::Kind::MissingCode)
                                      : AuthError::make(AuthError::Kind::Denied, redirect.error));
        return;
    }
    exchangeCode(redirect.code);
    SecretScrubber::scrub(redirect.code);
}

void AuthorizationFlow::acceptRedirectText(const QString &pasted)
{
    acceptRedirect(QUrl(pasted.trimmed(), QUrl::TolerantMode));
}

QDateTime AuthorizationFlow::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

QString AuthorizationFlow::beginState()
{
    const QUrl redirect = redirectUri();
    if (redirect.isEmpty() || !redirect.isValid()) {
        fail(AuthError::make(AuthError::Kind::NoRedirectUri));
        return {};
    }
    m_usedRedirectUri = redirect;
    return m_state.begin();
}

SecretKey AuthorizationFlow::key(SecretKind kind) const
{
    return SecretKey{m_profile.name, m_profile.appId, kind};
}

struct AuthorizationFlow::Reading
{
    QList<SecretKind> left;
    QStringList secrets;
    std::function<void(QStringList)> then;

    ~Reading()
    {
        for (QString &secret : secrets)
            SecretScrubber::scrub(secret);
    }
};

void AuthorizationFlow::readSecrets(const QList<SecretKind> &kinds,
                                    std::function<void(QStringList)> then)
{
    auto reading = std::make_shared<Reading>();
    reading->left = kinds;
    reading->then = std::move(then);
    readNext(reading);
}

void AuthorizationFlow::readNext(const std::shared_ptr<Reading> &reading)
{
    if (reading->left.isEmpty()) {
        reading->then(reading->secrets);
        return;
    }
    const SecretKind kind = reading->left.takeFirst();
    m_vault.read(key(kind), this, [this, reading, kind](const VaultResult &result) {
        if (result.ok()) {
            reading->secrets.append(SecretScrubber::ownCopy(result.secret));
            readNext(reading);
        } else if (result.status == VaultResult::Status::NotFound) {
            fail(AuthError::make(AuthError::Kind::NotSignedIn,
                                 kind == SecretKind::AppSecret
                                         ? tr("the app secret is not stored for this profile.")
                                         : tr("no token is stored for this profile.")));
        } else {
            fail(AuthError::make(AuthError::Kind::Vault, result.message));
        }
    });
}

void AuthorizationFlow::storeSecrets(const QList<QPair<SecretKind, QString>> &entries,
                                     std::function<void()> then)
{
    auto left = std::make_shared<int>(int(entries.size()));
    auto failedOnce = std::make_shared<bool>(false);
    auto done = std::make_shared<std::function<void()>>(std::move(then));
    if (entries.isEmpty()) {
        (*done)();
        return;
    }
    for (const auto &[kind, secret] : entries) {
        m_vault.store(key(kind), secret, this,
                      [this, left, failedOnce, done](const VaultResult &result) {
                          if (!result.ok() && !*failedOnce) {
                              *failedOnce = true;
                              fail(AuthError::make(AuthError::Kind::Vault, result.message));
                          }
                          if (--*left == 0 && !*failedOnce)
                              (*done)();
                      });
    }
}

void AuthorizationFlow::fail(const AuthError &error)
{
    qCInfo(lcAuth) << "sign-in step failed for profile" << m_profile.name << int(error.kind)
                   << (error.apiError ? error.apiError->code : 0);
    Q_EMIT failed(error);
}

void AuthorizationFlow::failApi(const api::ApiError &error)
{
    fail(AuthError::fromApi(error));
}

} // namespace bc::auth
