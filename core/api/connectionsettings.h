#pragma once

#include "core/api/environment.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace bc::api {

// Where to connect and where the token comes from, as chosen on a command line (`--env`,
// `--base-url`, `--access-token-env`). Shared by bcconsole and bcctl so both read them alike.
struct ConnectionSettings
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSettings)

public:
    EnvironmentKind environment = EnvironmentKind::Demo;
    QUrl baseUrl;                // Custom only
    QString accessTokenVariable; // empty: no token from the environment

    // `environmentKey` is "demo", "sandbox" or "production"; a non-empty `baseUrl` overrides it.
    // Nothing, with `error` set, when either is unusable.
    [[nodiscard]] static std::optional<ConnectionSettings>
    fromOptions(const QString &environmentKey, const QString &baseUrl,
                const QString &accessTokenVariable, QString *error);

    // The environment to talk to; `demoBaseUrl` is where the demo emulator listens.
    [[nodiscard]] Environment resolve(const QUrl &demoBaseUrl = {}) const;

    // Replaces `token` with the named variable's value. True when no variable is named; false,
    // with `error` set, when it is named but unset or empty.
    [[nodiscard]] bool readToken(QString *token, QString *error) const;
};

} // namespace bc::api
