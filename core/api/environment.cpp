#include "core/api/environment.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace bc::api {

Environment::Environment(EnvironmentKind kind, QUrl baseUrl)
    : m_kind(kind)
    , m_baseUrl(std::move(baseUrl))
{ }

Environment Environment::production()
{
    return {EnvironmentKind::Production, QUrl(u"https://business-api.tiktok.com/open_api/"_s)};
}

Environment Environment::sandbox()
{
    return {EnvironmentKind::Sandbox, QUrl(u"https://sandbox-ads.tiktok.com/open_api/"_s)};
}

Environment Environment::demo(const QUrl &emulatorBaseUrl)
{
    return {EnvironmentKind::Demo, emulatorBaseUrl};
}

Environment Environment::custom(const QUrl &baseUrl)
{
    return {EnvironmentKind::Custom, baseUrl};
}

std::optional<EnvironmentKind> Environment::kindFromKey(QStringView key)
{
    if (key == u"demo")
        return EnvironmentKind::Demo;
    if (key == u"sandbox")
        return EnvironmentKind::Sandbox;
    if (key == u"production")
        return EnvironmentKind::Production;
    if (key == u"custom")
        return EnvironmentKind::Custom;
    return std::nullopt;
}

QString Environment::key(EnvironmentKind kind)
{
    switch (kind) {
    case EnvironmentKind::Demo:
        return u"demo"_s;
    case EnvironmentKind::Sandbox:
        return u"sandbox"_s;
    case EnvironmentKind::Production:
        return u"production"_s;
    case EnvironmentKind::Custom:
        break;
    }
    return u"custom"_s;
}

QString Environment::problemWithBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("“%1” is not a valid URL.").arg(url.toDisplayString());
    if (!url.path().endsWith(u"/open_api/"))
        return tr("The API root must end in /open_api/ (got “%1”).").arg(url.toDisplayString());
    if (url.scheme() == u"https")
        return {};
    if (url.scheme() == u"http") {
        if (isLoopbackHost(url.host()))
            return {};
        return tr("Plain http is accepted only for the loopback interface; use https.");
    }
    return tr("Unsupported URL scheme “%1”.").arg(url.scheme());
}

bool Environment::isLoopbackHost(const QString &host)
{
    return host.compare(u"localhost", Qt::CaseInsensitive) == 0 || QHostAddress(host).isLoopback();
}

QString Environment::transportProblem() const
{
    switch (m_kind) {
    case EnvironmentKind::Sandbox:
    case EnvironmentKind::Production:
        // TikTok's own hosts: never anything but https.
        if (m_baseUrl.scheme() != u"https")
            return tr("%1 is reached over https only.").arg(displayName());
        return {};
    case EnvironmentKind::Demo:
    case EnvironmentKind::Custom:
        break;
    }
    return problemWithBaseUrl(m_baseUrl);
}

QString Environment::displayName() const
{
    switch (m_kind) {
    case EnvironmentKind::Demo:
        return tr("Demo");
    case EnvironmentKind::Sandbox:
        return tr("Sandbox");
    case EnvironmentKind::Production:
        return tr("Production");
    case EnvironmentKind::Custom:
        break;
    }
    return tr("Custom API");
}

QString Environment::badge() const
{
    switch (m_kind) {
    case EnvironmentKind::Demo:
        return tr("DEMO");
    case EnvironmentKind::Sandbox:
        return tr("SANDBOX");
    case EnvironmentKind::Production:
        return tr("PRODUCTION");
    case EnvironmentKind::Custom:
        break;
    }
    return tr("CUSTOM");
}

QString Environment::caution() const
{
    switch (m_kind) {
    case EnvironmentKind::Demo:
        return tr("built-in emulator with generated data; nothing here is real");
    case EnvironmentKind::Sandbox:
        return tr("TikTok's sandbox; test accounts, no real money");
    case EnvironmentKind::Production:
        return tr("changes here are real and may cost money");
    case EnvironmentKind::Custom:
        break;
    }
    return tr("API at %1").arg(m_baseUrl.host());
}

QUrl Environment::endpointUrl(const QString &path) const
{
    return m_baseUrl.resolved(QUrl(u"v1.3/"_s + path));
}

} // namespace bc::api
