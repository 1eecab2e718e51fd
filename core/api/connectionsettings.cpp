#include "core/api/connectionsettings.h"

namespace bc::api {

std::optional<ConnectionSettings>
ConnectionSettings::fromOptions(const QString &environmentKey, const QString &baseUrl,
                                const QString &accessTokenVariable, QString *error)
{
    ConnectionSettings settings;
    const auto kind = Environment::kindFromKey(environmentKey);
    if (!kind || *kind == EnvironmentKind::Custom) {
        *error = tr("Unknown environment “%1”: use demo, sandbox or production.")
                         .arg(environmentKey);
        return std::nullopt;
    }
    settings.environment = *kind;
    if (!baseUrl.isEmpty()) {
        const QUrl url(baseUrl, QUrl::StrictMode);
        if (const QString problem = Environment::problemWithBaseUrl(url); !problem.isEmpty()) {
            *error = problem;
            return std::nullopt;
        }
        settings.environment = EnvironmentKind::Custom;
        settings.baseUrl = url;
    }
    settings.accessTokenVariable = accessTokenVariable;
    return settings;
}

Environment ConnectionSettings::resolve(const QUrl &demoBaseUrl) const
{
    switch (environment) {
    case EnvironmentKind::Demo:
        return Environment::demo(demoBaseUrl);
    case EnvironmentKind::Sandbox:
        return Environment::sandbox();
    case EnvironmentKind::Production:
        return Environment::production();
    case EnvironmentKind::Custom:
        break;
    }
    return Environment::custom(baseUrl);
}

bool ConnectionSettings::readToken(QString *token, QString *error) const
{
    if (accessTokenVariable.isEmpty())
        return true;
    const QString value = qEnvironmentVariable(accessTokenVariable.toLocal8Bit().constData());
    if (value.isEmpty()) {
        *error = tr("The environment variable %1 is not set or empty.").arg(accessTokenVariable);
        return false;
    }
    *token = value;
    return true;
}

} // namespace bc::api
