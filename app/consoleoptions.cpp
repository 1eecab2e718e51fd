#include "app/consoleoptions.h"

#include "models/section.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace bc::app {

std::optional<ConsoleOptions> ConsoleOptions::parse(const QStringList &arguments, QString *error,
                                                    bool *exitEarly)
{
    *exitEarly = false;
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("A desktop console for TikTok Business Centers."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption envOption(u"env"_s,
                                       tr("Environment: demo (default), sandbox or production."),
                                       tr("name"), u"demo"_s);
    const QCommandLineOption baseUrlOption(
            u"base-url"_s,
            tr("API root ending in /open_api/ (overrides --env; plain http only on loopback)."),
            tr("url"));
    const QCommandLineOption tokenOption(
            u"access-token-env"_s,
            tr("Read the Access-Token from this environment variable (never from the command "
               "line)."),
            tr("variable"));
    const QCommandLineOption screenshotOption(
            u"screenshot"_s, tr("Save a PNG of the main window after the first load, then quit."),
            tr("file"));
    const QCommandLineOption demoCountOption(
            u"demo-business-centers"_s,
            tr("How many Business Centers the demo environment generates (default 12)."), tr("n"),
            u"12"_s);
    const QCommandLineOption demoSeedOption(
            u"demo-seed"_s, tr("Seed of the demo environment's generated data (default 1)."),
            tr("n"), u"1"_s);
    const QCommandLineOption dataDirOption(
            u"data-dir"_s,
            tr("Where profiles keep their local mirror (default: the application data folder)."),
            tr("folder"));
    const QCommandLineOption sectionOption(
            u"section"_s,
            tr("With --screenshot: show this section first (overview, ad-accounts, members, "
               "partners, assets, asset-groups, billing-groups, invoices, transactions, "
               "bc-transactions, costs, pixels, activity)."),
            tr("name"));
    const QCommandLineOption bcIdOption(
            u"bc-id"_s, tr("With --section: the Business Center (default: the first one)."),
            tr("id"));
    const QCommandLineOption assetTypeOption(
            u"asset-type"_s, tr("With --section assets: one asset type, e.g. CATALOG."),
            tr("type"));
    parser.addOptions({envOption, baseUrlOption, tokenOption, screenshotOption, demoCountOption,
                       demoSeedOption, dataDirOption, sectionOption, bcIdOption, assetTypeOption});

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(helpOption)) {
        *exitEarly = true;
        *error = parser.helpText();
        return std::nullopt;
    }
    if (parser.isSet(versionOption)) {
        *exitEarly = true;
        *error =
                QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion();
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("Unexpected argument “%1”.").arg(parser.positionalArguments().constFirst());
        return std::nullopt;
    }

    ConsoleOptions options;
    const auto connection = api::ConnectionSettings::fromOptions(
            parser.value(envOption), parser.value(baseUrlOption), parser.value(tokenOption), error);
    if (!connection)
        return std::nullopt;
    options.connection = *connection;
    options.screenshotPath = parser.value(screenshotOption);
    options.dataDirectory = parser.value(dataDirOption);
    options.section = parser.value(sectionOption);
    options.bcId = parser.value(bcIdOption);
    options.scope = parser.value(assetTypeOption);
    if (!options.section.isEmpty() && !models::sectionFromKey(options.section)) {
        *error = tr("Unknown section “%1”; see --help for the names.").arg(options.section);
        return std::nullopt;
    }

    bool ok = false;
    options.demoBusinessCenters = parser.value(demoCountOption).toInt(&ok);
    if (!ok || options.demoBusinessCenters < 0 || options.demoBusinessCenters > 100000) {
        *error = tr("--demo-business-centers takes a number from 0 to 100000.");
        return std::nullopt;
    }
    options.demoSeed = parser.value(demoSeedOption).toUInt(&ok);
    if (!ok) {
        *error = tr("--demo-seed takes a non-negative whole number.");
        return std::nullopt;
    }
    return options;
}

} // namespace bc::app
