#include "cli/commandcatalog.h"

#include "cli/commands/activitylistcommand.h"
#include "cli/commands/authexchangecommand.h"
#include "cli/commands/authrevokecommand.h"
#include "cli/commands/authstatuscommand.h"
#include "cli/commands/authurlcommand.h"
#include "cli/commands/billingreportcommand.h"
#include "cli/commands/invoicedownloadcommand.h"
#include "cli/commands/invoiceexportcommand.h"
#include "cli/commands/invoicereconcilecommand.h"
#include "cli/commands/listcommand.h"
#include "cli/commands/profilecreatecommand.h"
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
    commands.append({{u"invoices"_s, u"reconcile"_s},
                     u"invoices reconcile --bc ID --out FILE.csv"_s,
                     CommandCatalog::tr("invoices against their transactions, as CSV with a "
                                        "flag per invoice"),
                     [] { return std::make_unique<InvoiceReconcileCommand>(); }});
    commands.append({{u"invoices"_s, u"report"_s},
                     u"invoices report --bc ID --start-date YYYY-MM-DD --end-date YYYY-MM-DD "
                     "--out FILE [--billing-group ID] [--timeout SECONDS]"_s,
                     CommandCatalog::tr("download the billing report of a date range"),
                     [] { return std::make_unique<BillingReportCommand>(); }});
    commands.append({{u"invoices"_s, u"export"_s},
                     u"invoices export --bc ID --out FILE.csv"_s,
                     CommandCatalog::tr("every field of the invoices of a Business Center as CSV"),
                     [] { return std::make_unique<InvoiceExportCommand>(); }});
    commands.append({{u"profile"_s, u"create"_s},
                     u"profile create --app-id ID --app-secret-env VAR [--redirect-uri URI]"_s,
                     CommandCatalog::tr("save the --profile (sandbox unless --env/--base-url), "
                                        "its app secret to the keychain"),
                     [] { return std::make_unique<ProfileCreateCommand>(); }});
    commands.append({{u"auth"_s, u"url"_s},
                     u"auth url"_s,
                     CommandCatalog::tr("print the address where the profile's sign-in starts"),
                     [] { return std::make_unique<AuthUrlCommand>(); }});
    commands.append({{u"auth"_s, u"exchange"_s},
                     u"auth exchange (--redirected-url URL|- | --code CODE [--state S])"_s,
                     CommandCatalog::tr("finish the sign-in: the token goes to the keychain"),
                     [] { return std::make_unique<AuthExchangeCommand>(); }});
    commands.append({{u"auth"_s, u"status"_s},
                     u"auth status"_s,
                     CommandCatalog::tr("ad accounts and scopes the profile's sign-in grants"),
                     [] { return std::make_unique<AuthStatusCommand>(); }});
    commands.append({{u"auth"_s, u"revoke"_s},
                     u"auth revoke"_s,
                     CommandCatalog::tr("revoke the profile's token and remove it from the "
                                        "keychain"),
                     [] { return std::make_unique<AuthRevokeCommand>(); }});
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
