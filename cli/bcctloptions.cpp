#include "cli/bcctloptions.h"

#include "core/store/profileregistry.h"

#include <QCommandLineParser>
#include <QDir>

using namespace Qt::StringLiterals;

namespace bc::cli {

std::optional<BcctlOptions> BcctlOptions::parse(const QStringList &arguments, QString *error,
                                                bool *exitEarly)
{
    *exitEarly = false;
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("TikTok Business Centers from the command line.\n\nCommands:\n"
               "  bc list          the Business Centers the token can see\n"
               "  sync --bc ID     refresh the local mirror of one Business Center"));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption envOption(u"env"_s, tr("demo (default), sandbox or production."),
                                       tr("name"), u"demo"_s);
    const QCommandLineOption baseUrlOption(
            u"base-url"_s,
            tr("API root ending in /open_api/; overrides --env (http on loopback only)."),
            tr("url"));
    const QCommandLineOption tokenOption(u"access-token-env"_s,
                                         tr("Read the Access-Token from environment variable VAR."),
                                         tr("VAR"));
    const QCommandLineOption formatOption(u"format"_s, tr("table (default), json or csv."),
                                          tr("format"), u"table"_s);
    const QCommandLineOption profileOption(
            u"profile"_s, tr("A saved profile; its environment is the default --env."), tr("name"));
    const QCommandLineOption dataDirOption(
            u"data-dir"_s,
            tr("Where profiles keep their local mirror (default: the app data dir)."), tr("dir"));
    const QCommandLineOption offlineOption(
            u"offline"_s, tr("Answer list commands from the local mirror only, no network."));
    const QCommandLineOption bcOption(u"bc"_s, tr("The Business Center's id."), tr("id"));
    parser.addOptions({envOption, baseUrlOption, tokenOption, profileOption, dataDirOption,
                       offlineOption, formatOption, bcOption});
    parser.addPositionalArgument(u"resource"_s, tr("What to work on, e.g. bc."));
    parser.addPositionalArgument(u"verb"_s, tr("What to do, e.g. list."));

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(helpOption) || parser.isSet(versionOption)) {
        *exitEarly = true;
        *error = parser.isSet(helpOption) ? parser.helpText()
                                          : QCoreApplication::applicationName() + u' '
                                                    + QCoreApplication::applicationVersion();
        return std::nullopt;
    }

    BcctlOptions options;
    const auto connection = api::ConnectionSettings::fromOptions(
            parser.value(envOption), parser.value(baseUrlOption), parser.value(tokenOption), error);
    if (!connection)
        return std::nullopt;
    options.connection = *connection;
    options.environmentGiven = parser.isSet(envOption) || parser.isSet(baseUrlOption);
    options.profileName = parser.value(profileOption);
    if (parser.isSet(profileOption) && options.profileName.isEmpty()) {
        *error = tr("--profile needs a name.");
        return std::nullopt;
    }
    if (parser.isSet(dataDirOption)) {
        options.dataDirectory = parser.value(dataDirOption);
        if (options.dataDirectory.isEmpty()) {
            *error = tr("--data-dir needs a folder.");
            return std::nullopt;
        }
        options.dataDirectory = QDir(options.dataDirectory).absolutePath();
    }
    options.offline = parser.isSet(offlineOption);
    options.bcId = parser.value(bcOption);

    const QString format = parser.value(formatOption);
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

    const QStringList positional = parser.positionalArguments();
    if (positional.size() == 1 && positional.first() == u"sync") {
        options.resource = positional.first();
        if (options.bcId.isEmpty()) {
            *error = tr("sync needs --bc ID, the Business Center to refresh.");
            return std::nullopt;
        }
        if (options.offline) {
            *error = tr("sync reads the API: it cannot run with --offline.");
            return std::nullopt;
        }
        return options;
    }
    if (positional.size() != 2) {
        *error = tr("Expected a resource and a verb, e.g. “bcctl bc list”.");
        return std::nullopt;
    }
    options.resource = positional.at(0);
    options.verb = positional.at(1);
    if (options.resource != u"bc" || options.verb != u"list") {
        *error = tr("Unknown command “%1 %2”. Available: bc list, sync --bc ID.")
                         .arg(options.resource, options.verb);
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

} // namespace bc::cli
