#pragma once

#include "core/api/connectionsettings.h"
#include "core/store/profile.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class QCommandLineParser;

namespace bc::cli {

// bcctl's global options, the ones every command takes:
// `bcctl [global options] <resource> <verb> [options]`.
struct BcctlOptions
{
    Q_DECLARE_TR_FUNCTIONS(BcctlOptions)

public:
    enum class Format {
        Table,
        Json,
        Csv,
    };

    api::ConnectionSettings connection;
    bool environmentGiven = false; // --env or --base-url was on the command line
    QString profileName;           // --profile; empty: the environment's implicit profile
    QString dataDirectory;         // --data-dir; empty: ProfileRegistry::defaultDataDirectory()
    bool offline = false;          // --offline: lists from the local mirror, no network
    Format format = Format::Table;
    int qps = 10; // --qps: the client-side request budget per second

    // The global options, for the parser (and the help text) of every command.
    [[nodiscard]] static QList<QCommandLineOption> commandLineOptions();
    // Reads the global options of a parsed command line. Nothing, with `error` set, on a mistake.
    [[nodiscard]] static std::optional<BcctlOptions> fromParser(const QCommandLineParser &parser,
                                                                QString *error);

    // The profile to use: the saved one named by --profile (its environment becomes the
    // connection's; an --env or --base-url that contradicts it is an error), else the implicit
    // profile of the environment. Nothing, with `error` set, on failure.
    [[nodiscard]] std::optional<store::Profile> resolveProfile(QString *error);
    // A profile to be saved under --profile NAME (profile create): the environment of --env or
    // --base-url, sandbox when neither is given. Nothing, with `error` set, without a name.
    [[nodiscard]] std::optional<store::Profile> newProfile(QString *error);
};

} // namespace bc::cli
