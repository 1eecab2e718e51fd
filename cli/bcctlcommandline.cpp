#include "cli/bcctlcommandline.h"

#include "cli/bcctlcommand.h"
#include "cli/bcctloptions.h"
#include "cli/commandcatalog.h"

#include <QCommandLineParser>
#include <QSet>

using namespace Qt::StringLiterals;

namespace bc::cli {

namespace {

// Names of the options that take a value, global or of any command: their values are not words
// of the command.
QSet<QString> valueOptionNames()
{
    QSet<QString> names;
    auto add = [&names](const QList<QCommandLineOption> &options) {
        for (const QCommandLineOption &option : options) {
            if (!option.valueName().isEmpty()) {
                for (const QString &name : option.names())
                    names.insert(name);
            }
        }
    };
    add(BcctlOptions::commandLineOptions());
    for (const CommandSpec &spec : CommandCatalog::commands())
        add(spec.create()->options());
    return names;
}

// The positional words of the command line, in order.
QStringList commandWords(const QStringList &arguments)
{
    static const QSet<QString> takesValue = valueOptionNames();
    QStringList words;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--") {
            words += arguments.mid(i + 1);
            break;
        }
        if (argument.startsWith(u'-') && argument.size() > 1) {
            QString name = argument.mid(argument.startsWith(u"--"_s) ? 2 : 1);
            if (!name.contains(u'=') && takesValue.contains(name))
                ++i;
            continue;
        }
        words.append(argument);
    }
    return words;
}

} // namespace

BcctlCommandLine::Outcome BcctlCommandLine::parse(const QStringList &arguments)
{
    Outcome outcome;
    const QStringList words = commandWords(arguments);
    const CommandSpec *spec = CommandCatalog::find(words.mid(0, 2));
    if (!spec)
        spec = CommandCatalog::find(words.mid(0, 1));

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addOptions(BcctlOptions::commandLineOptions());

    std::unique_ptr<BcctlCommand> command;
    if (spec) {
        command = spec->create();
        parser.addOptions(command->options());
        parser.setApplicationDescription(
                spec->summary + u"\n\n"_s
                + tr("Synopsis: bcctl [global options] %1").arg(spec->synopsis));
        for (const QString &word : spec->words)
            parser.addPositionalArgument(word, tr("(the command)"));
    } else {
        parser.setApplicationDescription(
                tr("TikTok Business Centers from the command line.\n\n"
                   "Synopsis: bcctl [global options] <resource> <verb> [options]\n\nCommands:\n")
                + CommandCatalog::overview()
                + tr("\n“bcctl <resource> <verb> --help” shows a command's own options."));
        parser.addPositionalArgument(u"resource"_s, tr("What to work on, e.g. invoices."));
        parser.addPositionalArgument(u"verb"_s, tr("What to do, e.g. list."));
    }

    if (!parser.parse(arguments)) {
        outcome.text = parser.errorText();
        outcome.exitCode = 2;
        return outcome;
    }
    if (parser.isSet(helpOption)) {
        outcome.text = parser.helpText();
        return outcome;
    }
    if (parser.isSet(versionOption)) {
        outcome.text =
                QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion();
        return outcome;
    }
    outcome.exitCode = 2;
    const QStringList positional = parser.positionalArguments();
    if (!spec) {
        if (positional.isEmpty()) {
            outcome.text = tr("Expected a resource and a verb, e.g. “bcctl bc list”. "
                              "“bcctl --help” lists the commands.");
        } else {
            outcome.text = tr("Unknown command “%1”. Available: %2.")
                                   .arg(positional.mid(0, 2).join(u' '), [] {
                                       QStringList names;
                                       for (const CommandSpec &known : CommandCatalog::commands())
                                           names.append(known.name());
                                       return names.join(u", "_s);
                                   }());
        }
        return outcome;
    }
    if (positional != spec->words) {
        outcome.text = tr("Unexpected arguments after “%1”: %2.")
                               .arg(spec->name(), positional.mid(spec->words.size()).join(u' '));
        return outcome;
    }
    QString error;
    const std::optional<BcctlOptions> options = BcctlOptions::fromParser(parser, &error);
    if (!options || !command->configure(*options, parser, &error)) {
        outcome.text = error;
        return outcome;
    }
    outcome.command = std::move(command);
    outcome.exitCode = 0;
    return outcome;
}

} // namespace bc::cli
