#include "core/store/activitystore.h"

#include "core/api/redactor.h"
#include "core/store/logging.h"
#include "core/store/storeconnection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc::store {

using api::ActivityEntry;
using api::ApiError;
using api::Redactor;

namespace {

// Fixed width, so that the text order of the column is the time order.
const QString timeFormat = u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s;
const QString succeededKey = u"succeeded"_s;

QString timeText(const QDateTime &at)
{
    return at.toUTC().toString(timeFormat);
}

QVariant textValue(const QString &text)
{
    return text.isNull() ? QVariant(u""_s) : QVariant(text);
}

QVariant integerValue(qint64 value)
{
    return QVariant::fromValue(value);
}

std::optional<ApiError::Kind> kindFromName(const QString &name)
{
    using Kind = ApiError::Kind;
    for (const Kind kind : {Kind::Network, Kind::Timeout, Kind::Throttled, Kind::Auth,
                            Kind::Permission, Kind::Validation, Kind::NotFound, Kind::Server,
                            Kind::Parse, Kind::Cancelled, Kind::LocalFile, Kind::Other}) {
        if (ApiError::kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

// Keys the Redactor does not know but that carry credentials in signed links (X-Amz-Signature,
// X-Goog-Credential, ...).
bool isSigningKey(const QString &key)
{
    const QString lower = key.toLower();
    return Redactor::isSecretKey(key) || lower.contains(u"sign"_s)
           || lower.contains(u"credential"_s) || lower.contains(u"auth"_s);
}

// "key=value&key=value" as ApiCall writes it (values unencoded), or a JSON object for writes.
QString redactParameters(const QString &parameters)
{
    const QString trimmed = parameters.trimmed();
    if (trimmed.startsWith(u'{')) {
        const QJsonDocument document = QJsonDocument::fromJson(trimmed.toUtf8());
        if (document.isObject())
            return QString::fromUtf8(QJsonDocument(Redactor::redactJson(document.object()))
                                             .toJson(QJsonDocument::Compact));
    }
    QStringList parts = parameters.split(u'&');
    for (QString &part : parts) {
        const qsizetype equals = part.indexOf(u'=');
        if (equals < 0) {
            part = Redactor::redactText(part);
            continue;
        }
        const QString key = part.left(equals);
        if (isSigningKey(key)) {
            part = key + u'=' + Redactor::mask;
            continue;
        }
        part = Redactor::redactQuery({{key, part.mid(equals + 1)}});
    }
    return parts.join(u'&');
}

ActivityEntry entryOf(const QSqlQuery &query)
{
    ActivityEntry entry;
    entry.startedAt = QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs).toUTC();
    entry.method = query.value(1).toString();
    entry.path = query.value(2).toString();
    entry.parameters = query.value(3).toString();
    entry.code = query.value(4).toInt();
    entry.httpStatus = query.value(5).toInt();
    entry.durationMs = query.value(6).toLongLong();
    entry.retries = query.value(7).toInt();
    entry.requestId = query.value(8).toString();
    const QString outcome = query.value(9).toString();
    if (outcome != succeededKey)
        entry.errorKind = kindFromName(outcome).value_or(ApiError::Kind::Other);
    entry.message = query.value(10).toString();
    return entry;
}

} // namespace

ActivityStore::ActivityStore(StoreConnection &connection, QString profile, int keep)
    : m_connection(connection)
    , m_profile(std::move(profile))
    , m_keep(std::max(keep, 1))
{ }

ActivityEntry ActivityStore::redacted(const ActivityEntry &entry)
{
    ActivityEntry result = entry;
    // A path is below /open_api/v1.3/ and has no query; should one slip in, it goes.
    QString path = entry.path;
    const qsizetype query = path.indexOf(u'?');
    if (query >= 0)
        path.truncate(query);
    result.path = Redactor::redactText(path);
    result.parameters = redactParameters(entry.parameters);
    result.message = Redactor::redactText(entry.message);
    result.requestId = Redactor::redactText(entry.requestId);
    return result;
}

StoreError ActivityStore::append(const ActivityEntry &entry)
{
    return append(QList<ActivityEntry>{entry});
}

StoreError ActivityStore::append(const QList<ActivityEntry> &entries)
{
    if (entries.isEmpty())
        return {};
    const StoreError error = m_connection.inTransaction([&]() -> StoreError {
        for (const ActivityEntry &original : entries) {
            const ActivityEntry entry = redacted(original);
            const QDateTime at =
                    entry.startedAt.isValid() ? entry.startedAt : QDateTime::currentDateTimeUtc();
            const QString outcome =
                    entry.errorKind ? ApiError::kindName(*entry.errorKind) : succeededKey;
            if (StoreError e = m_connection.run(
                        u"INSERT INTO activity (profile, at, method, path, parameters, code, "
                        u"http_status, duration_ms, retries, request_id, outcome, message) "
                        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                        {textValue(m_profile), timeText(at), textValue(entry.method),
                         textValue(entry.path), textValue(entry.parameters),
                         integerValue(entry.code), integerValue(entry.httpStatus),
                         integerValue(entry.durationMs), integerValue(entry.retries),
                         textValue(entry.requestId), outcome, textValue(entry.message)});
                e.isError())
                return e;
        }
        // Keep the newest `keep` of this profile: everything at or below the (keep+1)-th newest
        // sequence number goes.
        return m_connection.run(
                u"DELETE FROM activity WHERE profile = ? AND seq <= (SELECT seq FROM activity "
                u"WHERE profile = ? ORDER BY seq DESC LIMIT 1 OFFSET ?)"_s,
                {textValue(m_profile), textValue(m_profile), integerValue(m_keep)});
    });
    if (error.isError())
        qCWarning(lcStore) << "activity append failed:" << error.detail();
    return error;
}

QList<ActivityEntry> ActivityStore::entries(const ActivityQuery &query, StoreError *error)
{
    QString sql = u"SELECT at, method, path, parameters, code, http_status, duration_ms, "
                  u"retries, request_id, outcome, message FROM activity WHERE profile = ?"_s;
    QVariantList values{textValue(m_profile)};
    if (query.since) {
        sql += u" AND at >= ?"_s;
        values.append(timeText(*query.since));
    }
    sql += u" ORDER BY at DESC, seq DESC"_s;
    if (query.limit > 0) {
        sql += u" LIMIT ?"_s;
        values.append(integerValue(query.limit));
    }
    QList<ActivityEntry> result;
    QSqlQuery rows;
    StoreError e = m_connection.run(sql, values, &rows);
    if (!e.isError()) {
        while (rows.next())
            result.append(entryOf(rows));
        e = StoreError::fromSqlError(rows.lastError());
    }
    if (error)
        *error = e;
    return e.isError() ? QList<ActivityEntry>() : result;
}

qint64 ActivityStore::count(StoreError *error)
{
    QSqlQuery rows;
    StoreError e = m_connection.run(u"SELECT count(*) FROM activity WHERE profile = ?"_s,
                                    {textValue(m_profile)}, &rows);
    qint64 n = 0;
    if (!e.isError() && rows.next())
        n = rows.value(0).toLongLong();
    if (error)
        *error = e;
    return n;
}

} // namespace bc::store
