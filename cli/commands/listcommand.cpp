#include "cli/commands/listcommand.h"

#include "cli/console.h"
#include "cli/listfilteroptions.h"
#include "cli/rownormalizer.h"
#include "cli/rowprinter.h"
#include "core/api/apicall.h"
#include "core/api/apiclient.h"
#include "core/api/listfetch.h"
#include "core/store/mirrorstore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc::cli {

ListCommand::ListCommand(const ListResource &resource, QObject *parent)
    : BcctlCommand(parent)
    , m_resource(resource)
{ }

QList<QCommandLineOption> ListCommand::options() const
{
    QList<QCommandLineOption> options;
    if (m_resource.perBusinessCenter)
        options.append(
                QCommandLineOption(u"bc"_s, tr("The Business Center's id (required)."), tr("id")));
    options.append(ListFilterOptions::options(m_resource.filters, m_resource.dateField));
    return options;
}

bool ListCommand::configureCommand(const QCommandLineParser &parser, QString *error)
{
    if (m_resource.perBusinessCenter) {
        m_bcId = parser.value(u"bc"_s).trimmed();
        static const QRegularExpression digits(u"^\\d{1,32}$"_s);
        if (m_bcId.isEmpty()) {
            *error = tr("%1 %2 needs --bc ID, the Business Center to read.")
                             .arg(m_resource.resource, m_resource.verb);
            return false;
        }
        if (!digits.match(m_bcId).hasMatch()) {
            *error = tr("--bc needs the Business Center's numeric id, not “%1”.").arg(m_bcId);
            return false;
        }
    }
    return ListFilterOptions::read(parser, m_resource.filters, &m_filter, error);
}

QString ListCommand::what() const
{
    const QString name = m_resource.resource + u' ' + m_resource.verb;
    return m_bcId.isEmpty() ? name : tr("%1 of Business Center %2").arg(name, m_bcId);
}

void ListCommand::run()
{
    if (globalOptions().offline) {
        listOffline();
        return;
    }
    // The mirror first: a profile whose mirror cannot be written fails before any request.
    if (openStore() && connectToApi())
        fetch();
}

void ListCommand::fetch()
{
    const api::ApiRequest request = m_resource.request(m_bcId, m_filter);
    if (m_resource.singleObject) {
        api::ApiCall *call = client()->send(request);
        connect(call, &api::ApiCall::finished, this, [this, call] {
            call->deleteLater();
            if (!call->result().ok()) {
                failApi(call->result().error());
                return;
            }
            fetched({call->result().value().data});
        });
        return;
    }
    api::ListFetch *fetch = client()->fetchAll(request, m_resource.listSpec.listKey,
                                               m_resource.listSpec.maxPageSize);
    fetch->setAlternativeListKeys(m_resource.listSpec.alternativeKeys);
    connect(fetch, &api::ListFetch::finished, this, [this, fetch] {
        fetch->deleteLater();
        if (fetch->error()) {
            failApi(*fetch->error());
            return;
        }
        fetched(fetch->items());
    });
    fetch->start();
}

void ListCommand::fetched(const QList<QJsonObject> &rows)
{
    store::ListWrite write;
    write.list = m_resource.list;
    write.bcId = m_bcId;
    write.rows = rows;
    // A filtered listing says nothing about the rows it left out: it only adds and updates.
    write.complete = m_filter.isEmpty();
    if (const store::ListWriteResult written = mirror()->write(write); written.error.isError()) {
        fail(1, tr("The %1 were read, but the local mirror of profile “%2” could not be "
                   "updated: %3")
                        .arg(what(), profile().name, written.error.describe()));
        return;
    }
    print(rows);
}

void ListCommand::listOffline()
{
    if (!openExistingStore())
        return;
    store::StoreError error;
    const auto freshness = mirror()->freshness(m_resource.list, m_bcId, {}, &error);
    const QList<store::MirrorRow> rows =
            error.isError() ? QList<store::MirrorRow>()
                            : mirror()->rows(m_resource.list, m_bcId, QString(), &error);
    if (error.isError()) {
        fail(1, tr("The local mirror of profile “%1” could not be read: %2")
                        .arg(profile().name, error.describe()));
        return;
    }
    if (!freshness) {
        const QString command = m_resource.resource + u' ' + m_resource.verb
                                + (m_bcId.isEmpty() ? QString() : u" --bc "_s + m_bcId);
        fail(1, tr("The %1 of profile “%2” were never fetched completely: run “bcctl %3” (without "
                   "filters) or “bcctl sync --bc ID” once without --offline.")
                        .arg(what(), profile().name, command));
        return;
    }
    const QString when =
            QLocale::c().toString(freshness->fetchedAt.toUTC(), u"yyyy-MM-dd HH:mm:ss 'UTC'"_s);
    Console::note(tr("offline: profile “%1”, %2 as fetched %3").arg(profile().name, what(), when));
    QList<QJsonObject> raw;
    raw.reserve(rows.size());
    for (const store::MirrorRow &row : rows)
        raw.append(row.raw);
    print(raw);
}

void ListCommand::print(QList<QJsonObject> rows)
{
    if (!m_filter.isEmpty()) {
        rows.erase(std::remove_if(rows.begin(), rows.end(),
                                  [this](const QJsonObject &row) {
                                      return !m_filter.matches(row, m_resource.dateField);
                                  }),
                   rows.end());
    }
    const RowNormalizer normalizer(m_resource);
    struct Printed
    {
        QJsonObject object;
        QStringList key;
    };
    QList<Printed> printed;
    printed.reserve(rows.size());
    for (const QJsonObject &row : std::as_const(rows)) {
        Printed item{normalizer.normalize(row), {}};
        for (const QString &field : m_resource.sortFields)
            item.key.append(normalizer.cell(item.object, field));
        item.key.append(
                QString::fromUtf8(QJsonDocument(item.object).toJson(QJsonDocument::Compact)));
        printed.append(std::move(item));
    }
    // The same order online and offline, whatever order the pages or the mirror had.
    std::sort(printed.begin(), printed.end(),
              [](const Printed &a, const Printed &b) { return a.key < b.key; });

    if (globalOptions().format == BcctlOptions::Format::Json) {
        QJsonArray array;
        for (const Printed &item : std::as_const(printed))
            array.append(item.object);
        Console::writeOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    } else {
        QList<QStringList> cells;
        cells.reserve(printed.size());
        for (const Printed &item : std::as_const(printed)) {
            QStringList line;
            for (const QString &column : m_resource.columns)
                line.append(normalizer.cell(item.object, column));
            cells.append(line);
        }
        // Nested fields are headed by their own name ("finance_role").
        QStringList header;
        for (const QString &column : m_resource.columns)
            header.append(column.section(u'.', -1));
        Console::writeOut(globalOptions().format == BcctlOptions::Format::Csv
                                  ? RowPrinter::csv(header, cells)
                                  : RowPrinter::table(header, cells));
    }
    succeed();
}

} // namespace bc::cli
