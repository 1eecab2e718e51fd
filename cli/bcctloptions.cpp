#include "cli/bcctloptions.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace bc::cli {

std::optional<BcctlOptions> BcctlOptions::parse(const QStringList &arguments, QString *error,
                                                bool *exitEarly)
{
    *exitEarly = false;
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("TikTok Business Centers from the command line.\n\nCommands:\n  bc list    the "
               "Business Centers the token can see"));
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
    parser.addOptions({envOption, baseUrlOption, tokenOption, formatOption});
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
    if (positional.size() != 2) {
        *error = tr("Expected a resource and a verb, e.g. “bcctl bc list”.");
        return std::nullopt;
    }
    options.resource = positional.at(0);
    options.verb = positional.at(1);
    if (options.resource != u"bc" || options.verb != u"list") {
        *error = tr("Unknown command “%1 %2”. Available: bc list.")
                         .arg(options.resource, options.verb);
        return std::nullopt;
    }
    return options;
}

} // namespace bc::cli
