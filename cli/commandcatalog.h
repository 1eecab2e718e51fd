#pragma once

#include "cli/commandspec.h"

#include <QCoreApplication>
#include <QList>

namespace bc::cli {

// Every bcctl command. A new command is one class in cli/commands/ and one entry here.
class CommandCatalog
{
    Q_DECLARE_TR_FUNCTIONS(CommandCatalog)

public:
    [[nodiscard]] static const QList<CommandSpec> &commands();
    // The command named by `words`; nullptr when there is none.
    [[nodiscard]] static const CommandSpec *find(const QStringList &words);
    // "  bc list   the Business Centers ...", one line per command, for the general help.
    [[nodiscard]] static QString overview();
};

} // namespace bc::cli
