#include "cli/commandcatalog.h"

#include "cli/commands/activitylistcommand.h"
#include "cli/commands/invoicedownloadcommand.h"
#include "cli/commands/listcommand.h"
#include "cli/commands/synccommand.h"
#include "cli/listresources.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc::cli {

namespace {

QList<CommandSpec> buildCommands()
{
    QList<CommandSpec> commands;
    for (const ListResource &resource : ListResources::all()) {
        commands.append({{resource.resource, resource.verb},
                         resource.synopsis,
                         resource.summary,
                         [&resource] { return std::make_unique<ListCommand>(resource); }});
    }
    commands.append({{u"sync"_s},
                     u"sync --bc ID"_s,
                     CommandCatalog::tr("refresh the local mirror of one Business Center"),
                     [] { return std::make_unique<SyncCommand>(); }});
    commands.append(
            {{u"invoices"_s, u"download"_s},
             u"invoices download --bc ID (--invoice ID | --all) --out DIR [--name-template T] "
             "[--pay-status S] [--type T] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--no-resume]"_s,
             CommandCatalog::tr("download invoices of a Business Center as PDF files"),
             [] { return std::make_unique<InvoiceDownloadCommand>(); }});
    commands.append({{u"activity"_s, u"list"_s},
                     u"activity list [--limit N] [--since YYYY-MM-DD]"_s,
                     CommandCatalog::tr("the request log of this profile, newest first"),
                     [] { return std::make_unique<ActivityListCommand>(); }});
    return commands;
}

} // namespace

const QList<CommandSpec> &CommandCatalog::commands()
{
    static const QList<CommandSpec> commands = buildCommands();
    return commands;
}

const CommandSpec *CommandCatalog::find(const QStringList &words)
{
    for (const CommandSpec &spec : commands()) {
        if (spec.words == words)
            return &spec;
    }
    return nullptr;
}

QString CommandCatalog::overview()
{
    qsizetype width = 0;
    for (const CommandSpec &spec : commands())
        width = std::max(width, spec.name().size());
    QString text;
    for (const CommandSpec &spec : commands())
        text += u"  "_s + spec.name().leftJustified(width + 2) + spec.summary + u'\n';
    return text;
}

} // namespace bc::cli
