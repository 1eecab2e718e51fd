#include "cli/commands/listcommand.h"

#include "cli/console.h"
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

namespace {

const QStringList payStatusValues{u"UNPAID"_s, u"PAID"_s, u"PARTIAL_PAID"_s, u"NO_NEED"_s};
const QStringList invoiceTypeValues{u"RECON"_s, u"CREDIT"_s, u"AUTO_PAY"_s};

// Repeated options and comma-separated values both add up; each one must be known.
bool readEnumeration(const QCommandLineParser &parser, const QString &option,
                     const QStringList &allowed, QStringList *values, QString *error)
{
    for (const QString &value : parser.values(option)) {
        for (const QString &part : value.split(u',')) {
            const QString item = part.trimmed();
            if (!allowed.contains(item)) {
                *error = ListCommand::tr("--%1 must be one of %2, not “%3”.")
                                 .arg(option, allowed.join(u'|'), item);
                return false;
            }
            if (!values->contains(item))
                values->append(item);
        }
    }
    return true;
}

bool readDate(const QCommandLineParser &parser, const QString &option, QDate *date, QString *error)
{
    if (!parser.isSet(option))
        return true;
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QString text = parser.value(option);
    *date = shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!date->isValid()) {
        *error = ListCommand::tr("--%1 needs a date as YYYY-MM-DD, not “%2”.").arg(option, text);
        return false;
    }
    return true;
}

} // namespace

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
    if (m_resource.filters & ListResource::PayStatus) {
        options.append(QCommandLineOption(
                u"pay-status"_s,
                tr("Only invoices of this pay status: UNPAID, PAID, PARTIAL_PAID or NO_NEED "
                   "(repeat or separate with commas for several)."),
                tr("status")));
    }
    if (m_resource.filters & ListResource::InvoiceType) {
        options.append(QCommandLineOption(
                u"type"_s,
                tr("Only invoices of this type: RECON, CREDIT or AUTO_PAY (repeat or separate "
                   "with commas for several)."),
                tr("type")));
    }
    if (m_resource.filters & ListResource::DateRange) {
        options.append(
                QCommandLineOption(u"from"_s,
                                   tr("From this day on, inclusive (YYYY-MM-DD, UTC; on %1).")
                                           .arg(m_resource.dateField),
                                   tr("date")));
        options.append(QCommandLineOption(
                u"to"_s,
                tr("Up to this day, inclusive (YYYY-MM-DD, UTC; on %1).").arg(m_resource.dateField),
                tr("date")));
    }
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
    if ((m_resource.filters & ListResource::PayStatus)
        && !readEnumeration(parser, u"pay-status"_s, payStatusValues, &m_filter.payStatuses, error))
        return false;
    if ((m_resource.filters & ListResource::InvoiceType)
        && !readEnumeration(parser, u"type"_s, invoiceTypeValues, &m_filter.invoiceTypes, error))
        return false;
    if (m_resource.filters & ListResource::DateRange) {
        if (!readDate(parser, u"from"_s, &m_filter.from, error)
            || !readDate(parser, u"to"_s, &m_filter.to, error))
            return false;
        if (m_filter.from.isValid() && m_filter.to.isValid() && m_filter.to < m_filter.from) {
            *error = tr("--to (%1) is before --from (%2).")
                             .arg(m_filter.to.toString(Qt::ISODate),
                                  m_filter.from.toString(Qt::ISODate));
            return false;
        }
    }
    return true;
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
