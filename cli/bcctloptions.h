#pragma once

#include "core/api/connectionsettings.h"

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
    Format format = Format::Table;
    QString resource;
    QString verb;

    // On a mistake: nothing, with `error` set. On --help/--version: nothing, `exitEarly` set and
    // `error` holding the text to print.
    [[nodiscard]] static std::optional<BcctlOptions> parse(const QStringList &arguments,
                                                           QString *error, bool *exitEarly);
};

} // namespace bc::cli
