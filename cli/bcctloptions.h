#pragma once

#include "core/api/connectionsettings.h"
#include "core/store/profile.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace bc::cli {

// bcctl's command line: `bcctl [global options] <resource> <verb> [options]`.
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
    QString resource;
    QString verb;
    QString bcId; // --bc

    // The profile to use: the saved one named by --profile (its environment becomes the
    // connection's; an --env or --base-url that contradicts it is an error), else the implicit
    // profile of the environment. Nothing, with `error` set, on failure.
    [[nodiscard]] std::optional<store::Profile> resolveProfile(QString *error);

    // On a mistake: nothing, with `error` set. On --help/--version: nothing, `exitEarly` set and
    // `error` holding the text to print.
    [[nodiscard]] static std::optional<BcctlOptions> parse(const QStringList &arguments,
                                                           QString *error, bool *exitEarly);
};

} // namespace bc::cli
