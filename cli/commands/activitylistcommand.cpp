#include "cli/commands/activitylistcommand.h"

#include "cli/console.h"
#include "cli/rowprinter.h"
#include "core/api/activityentry.h"
#include "core/store/activitystore.h"
#include "core/store/mirrorstore.h"
#include "core/store/profileregistry.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace bc::cli {

namespace {

const QStringList columns{u"time"_s,        u"method"_s,      u"path"_s,    u"code"_s,
                          u"http_status"_s, u"duration_ms"_s, u"retries"_s, u"request_id"_s,
                          u"outcome"_s,     u"message"_s};

// "ok", or the kind of failure ("auth", "server", "network", ...).
QString outcomeOf(const api::ActivityEntry &entry)
{
    return entry.errorKind ? api::ApiError::kindName(*entry.errorKind) : u"ok"_s;
}

QString timeOf(const api::ActivityEntry &entry)
{
    return QLocale::c().toString(entry.startedAt.toUTC(), u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
}

} // namespace

ActivityListCommand::ActivityListCommand(QObject *parent)
    : BcctlCommand(parent)
{ }

QList<QCommandLineOption> ActivityListCommand::options() const
{
    return {QCommandLineOption(u"limit"_s, tr("Only the newest N requests."), tr("N")),
            QCommandLineOption(u"since"_s, tr("Only requests from this day on (YYYY-MM-DD, UTC)."),
                               tr("date"))};
}

bool ActivityListCommand::configureCommand(const QCommandLineParser &parser, QString *error)
{
    if (parser.isSet(u"limit"_s)) {
        bool ok = false;
        m_limit = parser.value(u"limit"_s).toInt(&ok);
        if (!ok || m_limit < 1) {
            *error = tr("--limit needs a whole number of requests from 1 on, not “%1”.")
                             .arg(parser.value(u"limit"_s));
            return false;
        }
    }
    if (parser.isSet(u"since"_s)) {
        static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
        const QString text = parser.value(u"since"_s);
        m_since = shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
        if (!m_since.isValid()) {
            *error = tr("--since needs a date as YYYY-MM-DD, not “%1”.").arg(text);
            return false;
        }
    }
    return true;
}

void ActivityListCommand::run()
{
    QList<api::ActivityEntry> entries;
    const store::StoreLocation location = registry().location(profile());
    // No mirror yet: nothing was ever recorded (and nothing is created to say so).
    const bool none =
            location.backend() == store::StoreBackend::Sqlite && !QFile::exists(location.path());
    if (!none) {
        if (!openStore())
            return;
        store::ActivityStore activity(mirror()->connection(), mirror()->identity().profile);
        store::ActivityQuery query;
        query.limit = m_limit;
        if (m_since.isValid())
            query.since = m_since.startOfDay(Qt::UTC);
        store::StoreError error;
        entries = activity.entries(query, &error);
        if (error.isError()) {
            fail(1, tr("The request log of profile “%1” could not be read: %2")
                            .arg(profile().name, error.describe()));
            return;
        }
    }

    if (globalOptions().format == BcctlOptions::Format::Json) {
        QJsonArray array;
        for (const api::ActivityEntry &entry : std::as_const(entries)) {
            array.append(QJsonObject{{u"time"_s, timeOf(entry)},
                                     {u"method"_s, entry.method},
                                     {u"path"_s, entry.path},
                                     {u"code"_s, entry.code},
                                     {u"http_status"_s, entry.httpStatus},
                                     {u"duration_ms"_s, entry.durationMs},
                                     {u"retries"_s, entry.retries},
                                     {u"request_id"_s, entry.requestId},
                                     {u"outcome"_s, outcomeOf(entry)},
                                     {u"message"_s, entry.message},
                                     {u"parameters"_s, entry.parameters}});
        }
        Console::writeOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    } else {
        QList<QStringList> cells;
        cells.reserve(entries.size());
        for (const api::ActivityEntry &entry : std::as_const(entries)) {
            cells.append({timeOf(entry), entry.method, entry.path, QString::number(entry.code),
                          QString::number(entry.httpStatus), QString::number(entry.durationMs),
                          QString::number(entry.retries), entry.requestId, outcomeOf(entry),
                          entry.message});
        }
        Console::writeOut(globalOptions().format == BcctlOptions::Format::Csv
                                  ? RowPrinter::csv(columns, cells)
                                  : RowPrinter::table(columns, cells));
    }
    succeed();
}

} // namespace bc::cli
