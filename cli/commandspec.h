#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace bc::cli {

class BcctlCommand;

// One command of bcctl: the words that name it, what it does, and how to make it.
struct CommandSpec
{
    QStringList words; // {"invoices", "list"}, {"sync"}
    QString synopsis;  // the words with the command's own options, for the help
    QString summary;   // one line
    std::function<std::unique_ptr<BcctlCommand>()> create;

    [[nodiscard]] QString name() const { return words.join(u' '); }
};

} // namespace bc::cli
