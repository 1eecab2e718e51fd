#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace bc::api {

enum class EnvironmentKind {
    Demo,       // the built-in emulator with generated data
    Sandbox,    // TikTok's sandbox: test accounts, no real money
    Production, // TikTok's live API: real accounts and money
    Custom,     // any other API root, e.g. a standalone bc-emulator
};

// Which API the console talks to. Carries its own name and badge so that every screen can say,
// unmistakably, where its data came from.
class Environment
{
    Q_DECLARE_TR_FUNCTIONS(Environment)

public:
    [[nodiscard]] static Environment production();
    [[nodiscard]] static Environment sandbox();
    [[nodiscard]] static Environment demo(const QUrl &emulatorBaseUrl);
    [[nodiscard]] static Environment custom(const QUrl &baseUrl);

    // "demo", "sandbox", "production": the names used on command lines and in settings.
    [[nodiscard]] static std::optional<EnvironmentKind> kindFromKey(QStringView key);
    [[nodiscard]] static QString key(EnvironmentKind kind);

    // An API root must end in /open_api/ and use https, except on the loopback interface where
    // plain http is accepted (the emulator). Returns an empty string when acceptable.
    [[nodiscard]] static QString problemWithBaseUrl(const QUrl &url);
    // True for a host on the loopback interface ("localhost", 127.0.0.0/8, ::1).
    [[nodiscard]] static bool isLoopbackHost(const QString &host);

    // Why nothing may be sent to this environment's root (the transport rules: https only for
    // sandbox and production, plain http only on the loopback interface); empty when it is fine.
    // Checked by ApiClient before every request, whatever built the environment.
    [[nodiscard]] QString transportProblem() const;
    // The root is plain http (allowed on loopback only): nothing on the wire is encrypted, so
    // bcctl warns and the console can show it.
    [[nodiscard]] bool usesPlainHttp() const { return m_baseUrl.scheme() == u"http"; }

    [[nodiscard]] EnvironmentKind kind() const { return m_kind; }
    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    [[nodiscard]] QString key() const { return key(m_kind); }
    [[nodiscard]] QString displayName() const; // "Demo", "Sandbox", "Production", "Custom API"
    [[nodiscard]] QString badge() const;       // "DEMO", "SANDBOX", "PRODUCTION", "CUSTOM"
    [[nodiscard]] QString caution() const; // one line on what the environment means for the user
    [[nodiscard]] bool movesRealMoney() const { return m_kind == EnvironmentKind::Production; }

    // The full URL of an endpoint path such as "bc/get/".
    [[nodiscard]] QUrl endpointUrl(const QString &path) const;

    friend bool operator==(const Environment &, const Environment &) = default;

private:
    Environment(EnvironmentKind kind, QUrl baseUrl);

    EnvironmentKind m_kind;
    QUrl m_baseUrl;
};

} // namespace bc::api
