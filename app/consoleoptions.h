#pragma once

#include "core/api/connectionsettings.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace bc::app {

// What the desktop console was asked to do on its command line.
struct ConsoleOptions
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleOptions)

public:
    api::ConnectionSettings connection;
    QString screenshotPath; // save a PNG after the first load and quit
    QString dataDirectory;  // the profiles' mirrors; empty: the application data folder
    // With --screenshot: the section to show ("ad-accounts", ...; models::sectionKey), of which
    // Business Center (empty: the first) and, under Assets, which asset type.
    QString section;
    QString bcId;
    QString scope;
    int demoBusinessCenters = 12;
    quint32 demoSeed = 1;

    // Parses `arguments` (argv, program name first). On a mistake returns nothing and sets
    // `error`; on --help or --version sets `error` to the text to print and `exitEarly`.
    [[nodiscard]] static std::optional<ConsoleOptions> parse(const QStringList &arguments,
                                                             QString *error, bool *exitEarly);
};

} // namespace bc::app
