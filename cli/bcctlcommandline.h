#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace bc::cli {

class BcctlCommand;

// Reads bcctl's command line: finds the command (`<resource> <verb>` after the global options),
// parses the global options and the command's own with one parser, and answers --help (general
// or per command) and --version.
class BcctlCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(BcctlCommandLine)

public:
    struct Outcome
    {
        std::unique_ptr<BcctlCommand> command; // configured, ready to start
        // Without a command: what to print and the exit status (0: help or version on stdout;
        // 2: a usage error on stderr).
        QString text;
        int exitCode = 0;
    };

    [[nodiscard]] static Outcome parse(const QStringList &arguments);
};

} // namespace bc::cli
