#include "cli/bcctloptions.h"

#include "core/store/profileregistry.h"

#include <QCommandLineParser>
#include <QDir>

using namespace Qt::StringLiterals;

namespace bc::cli {

QList<QCommandLineOption> BcctlOptions::commandLineOptions()
{
    return {
            QCommandLineOption(u"env"_s, tr("demo (default), sandbox or production."), tr("name"),
                               u"demo"_s),
            QCommandLineOption(
                    u"base-url"_s,
                    tr("API root ending in /open_api/; overrides --env (http on loopback only)."),
                    tr("url")),
            QCommandLineOption(u"access-token-env"_s,
                               tr("Read the Access-Token from environment variable VAR."),
                               tr("VAR")),
            QCommandLineOption(u"profile"_s,
                               tr("A saved profile; its environment is the default --env."),
                               tr("name")),
            QCommandLineOption(
                    u"data-dir"_s,
                    tr("Where profiles keep their local mirror (default: the app data dir)."),
                    tr("dir")),
            QCommandLineOption(u"offline"_s,
                               tr("Answer list commands from the local mirror only, no network.")),
            QCommandLineOption(u"format"_s, tr("table (default), json or csv."), tr("format"),
                               u"table"_s),
            QCommandLineOption(u"qps"_s, tr("Client-side request budget per second (default 10)."),
                               tr("N"), u"10"_s),
    };
}

std::optional<BcctlOptions> BcctlOptions::fromParser(const QCommandLineParser &parser,
                                                     QString *error)
{
    BcctlOptions options;
    const auto connection = api::ConnectionSettings::fromOptions(
            parser.value(u"env"_s), parser.value(u"base-url"_s),
            parser.value(u"access-token-env"_s), error);
    if (!connection)
        return std::nullopt;
    options.connection = *connection;
    options.environmentGiven = parser.isSet(u"env"_s) || parser.isSet(u"base-url"_s);
    options.profileName = parser.value(u"profile"_s);
    if (parser.isSet(u"profile"_s) && options.profileName.isEmpty()) {
        *error = tr("--profile needs a name.");
        return std::nullopt;
    }
    if (parser.isSet(u"data-dir"_s)) {
        options.dataDirectory = parser.value(u"data-dir"_s);
        if (options.dataDirectory.isEmpty()) {
            *error = tr("--data-dir needs a folder.");
            return std::nullopt;
        }
        options.dataDirectory = QDir(options.dataDirectory).absolutePath();
    }
    options.offline = parser.isSet(u"offline"_s);

    const QString format = parser.value(u"format"_s);
    if (format == u"table")
        options.format = Format::Table;
    else if (format == u"json")
        options.format = Format::Json;
    else if (format == u"csv")
        options.format = Format::Csv;
    else {
        *error = tr("Unknown format “%1”: use table, json or csv.").arg(format);
        return std::nullopt;
    }

    bool ok = false;
    const QString qps = parser.value(u"qps"_s);
    options.qps = qps.toInt(&ok);
    if (!ok || options.qps < 1 || options.qps > 1000) {
        *error = tr("--qps needs a whole number of requests per second from 1 to 1000, not “%1”.")
                         .arg(qps);
        return std::nullopt;
    }
    return options;
}

std::optional<store::Profile> BcctlOptions::resolveProfile(QString *error)
{
    if (profileName.isEmpty())
        return store::Profile::implicitFor(connection.environment, connection.baseUrl);

    store::ProfileRegistry registry(dataDirectory.isEmpty()
                                            ? store::ProfileRegistry::defaultDataDirectory()
                                            : dataDirectory);
    if (!registry.load(error))
        return std::nullopt;
    const std::optional<store::Profile> profile = registry.find(profileName);
    if (!profile) {
        *error = tr("There is no saved profile “%1” in %2.")
                         .arg(profileName, QDir::toNativeSeparators(registry.dataDirectory()));
        return std::nullopt;
    }
    if (environmentGiven) {
        const store::Profile asked =
                store::Profile::implicitFor(connection.environment, connection.baseUrl);
        const store::StoreIdentity askedIdentity = store::ProfileRegistry::identity(asked);
        const store::StoreIdentity profileIdentity = store::ProfileRegistry::identity(*profile);
        const bool same = askedIdentity.environment == profileIdentity.environment
                          && askedIdentity.apiBase == profileIdentity.apiBase;
        if (!same) {
            *error = tr("The profile “%1” is for %2; --env/--base-url asks for another "
                        "environment. Leave them out, or choose another profile.")
                             .arg(profile->name, api::Environment::key(profile->environment));
            return std::nullopt;
        }
    }
    connection.environment = profile->environment;
    connection.baseUrl = profile->customBaseUrl;
    return profile;
}

std::optional<store::Profile> BcctlOptions::newProfile(QString *error)
{
    if (profileName.isEmpty()) {
        *error = tr("Name the new profile with --profile NAME.");
        return std::nullopt;
    }
    // New profiles are for TikTok's sandbox unless asked otherwise: nothing real by accident.
    if (!environmentGiven) {
        connection.environment = api::EnvironmentKind::Sandbox;
        connection.baseUrl.clear();
    }
    store::Profile profile;
    profile.name = profileName;
    profile.environment = connection.environment;
    if (profile.environment == api::EnvironmentKind::Custom)
        profile.customBaseUrl = connection.baseUrl;
    return profile;
}

} // namespace bc::cli
