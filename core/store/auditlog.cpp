#include "core/store/auditlog.h"

#include "core/api/redactor.h"
#include "core/store/logging.h"
#include "core/store/storeconnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <functional>

using namespace Qt::StringLiterals;

namespace bc::store {

namespace {

// Fixed width, so that the text order of the column is the time order.
const QString timeFormat = u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s;

QString timeText(const QDateTime &at)
{
    return at.toUTC().toString(timeFormat);
}

// Text columns are NOT NULL: a null QString would be bound as NULL.
QVariant textValue(const QString &text)
{
    return text.isNull() ? QVariant(u""_s) : QVariant(text);
}

QJsonValue redactKeys(const QJsonValue &value);

// The Redactor masks values; a key can be an address too ({"alice@example.com": "ADMIN"}).
QJsonObject redactKeys(const QJsonObject &object)
{
    QJsonObject result;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString redacted = api::Redactor::redactText(it.key());
        QString key = redacted;
        // Two addresses become the same mask: keep both entries.
        for (int n = 2; key != it.key() && result.contains(key); ++n)
            key = redacted + u" ("_s + QString::number(n) + u')';
        result.insert(key, redactKeys(it.value()));
    }
    return result;
}

QJsonValue redactKeys(const QJsonValue &value)
{
    if (value.isObject())
        return redactKeys(value.toObject());
    if (value.isArray()) {
        QJsonArray result;
        for (const QJsonValue &item : value.toArray())
            result.append(redactKeys(item));
        return result;
    }
    return value;
}

QJsonObject redactedParameters(const QJsonObject &parameters)
{
    return redactKeys(api::Redactor::redactJson(parameters));
}

QString parametersText(const QJsonObject &parameters)
{
    return QString::fromUtf8(QJsonDocument(parameters).toJson(QJsonDocument::Compact));
}

AuditEntry entryOf(const QSqlQuery &query)
{
    AuditEntry entry;
    entry.sequence = query.value(0).toLongLong();
    entry.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs).toUTC();
    entry.profile = query.value(2).toString();
    entry.environment = query.value(3).toString();
    entry.endpoint = query.value(4).toString();
    entry.parameters = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
    entry.requestId = query.value(6).toString();
    // A key written by a newer version: say nothing more than "unknown".
    entry.outcome = auditOutcomeFromKey(query.value(7).toString()).value_or(AuditOutcome::Unknown);
    if (!query.isNull(8))
        entry.code = query.value(8).toLongLong();
    return entry;
}

// Runs `query` and hands each matching entry, newest first, to `take` (false stops).
StoreError select(StoreConnection &connection, const AuditQuery &query,
                  const std::function<bool(const AuditEntry &)> &take)
{
    QStringList conditions;
    QVariantList values;
    if (query.since) {
        conditions.append(u"at >= ?"_s);
        values.append(timeText(*query.since));
    }
    if (query.until) {
        conditions.append(u"at < ?"_s);
        values.append(timeText(*query.until));
    }
    if (!query.endpoint.isEmpty()) {
        QString pattern = query.endpoint.toLower();
        pattern.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        conditions.append(u"lower(endpoint) LIKE ? ESCAPE '\\'"_s);
        values.append(QString(u'%' + pattern + u'%'));
    }
    if (query.outcome) {
        conditions.append(u"outcome = ?"_s);
        values.append(auditOutcomeKey(*query.outcome));
    }
    QString sql = u"SELECT seq, at, profile, environment, endpoint, parameters, request_id, "
                  u"outcome, code FROM audit_log"_s;
    if (!conditions.isEmpty())
        sql += u" WHERE "_s + conditions.join(u" AND "_s);
    sql += u" ORDER BY at DESC, seq DESC"_s;
    if (query.limit > 0) {
        sql += u" LIMIT ?"_s;
        values.append(QVariant::fromValue(qint64(query.limit)));
    }
    QSqlQuery rows;
    if (StoreError e = connection.run(sql, values, &rows); e.isError())
        return e;
    while (rows.next()) {
        if (!take(entryOf(rows)))
            break;
    }
    return StoreError::fromSqlError(rows.lastError());
}

} // namespace

StoreError AuditLog::append(AuditEntry &entry)
{
    AuditEntry stored = entry;
    if (!stored.at.isValid())
        stored.at = QDateTime::currentDateTimeUtc();
    stored.at = QDateTime::fromString(timeText(stored.at), Qt::ISODateWithMs).toUTC();
    stored.parameters = redactedParameters(entry.parameters);
    // An endpoint is a path; should a whole URL slip in, its query goes too.
    stored.endpoint = api::Redactor::redactText(entry.endpoint);

    QVariant code(QMetaType(QMetaType::LongLong));
    if (stored.code)
        code = QVariant::fromValue(*stored.code);
    QSqlQuery query;
    const StoreError error = m_connection.run(
            u"INSERT INTO audit_log (at, profile, environment, endpoint, parameters, request_id, "
            u"outcome, code) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq"_s,
            {timeText(stored.at), textValue(stored.profile), textValue(stored.environment),
             textValue(stored.endpoint), parametersText(stored.parameters),
             textValue(stored.requestId), auditOutcomeKey(stored.outcome), code},
            &query);
    if (error.isError()) {
        qCWarning(lcStore) << "audit log append failed:" << error.detail();
        return error;
    }
    if (!query.next())
        return StoreError(StoreError::Kind::Query, u"the audit log assigned no sequence number"_s);
    stored.sequence = query.value(0).toLongLong();
    // SQLite keeps the statement (and its write lock) open until it is finished.
    query.finish();
    entry = stored;
    return {};
}

QList<AuditEntry> AuditLog::entries(const AuditQuery &query, StoreError *error)
{
    QList<AuditEntry> result;
    const StoreError e = select(m_connection, query, [&result](const AuditEntry &entry) {
        result.append(entry);
        return true;
    });
    if (error)
        *error = e;
    if (e.isError())
        return {};
    return result;
}

QString AuditLog::csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\r')
        && !text.contains(u'\n'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

StoreError AuditLog::exportCsv(const QString &path, const AuditQuery &query)
{
    QSaveFile file(path);
    const auto fileError = [&file, &path]() {
        return StoreError(StoreError::Kind::Export, path + u": "_s + file.errorString());
    };
    if (!file.open(QIODevice::WriteOnly))
        return fileError();

    const auto line = [](const QStringList &fields) -> QByteArray {
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString &field : fields)
            quoted.append(csvField(field));
        return quoted.join(u',').toUtf8() + "\r\n";
    };
    QByteArray buffer = line({u"sequence"_s, u"at"_s, u"profile"_s, u"environment"_s, u"endpoint"_s,
                              u"parameters"_s, u"request_id"_s, u"outcome"_s, u"code"_s});
    bool written = true;
    const StoreError selected = select(m_connection, query, [&](const AuditEntry &entry) {
        buffer += line({QString::number(entry.sequence), timeText(entry.at), entry.profile,
                        entry.environment, entry.endpoint, parametersText(entry.parameters),
                        entry.requestId, auditOutcomeKey(entry.outcome),
                        entry.code ? QString::number(*entry.code) : QString()});
        if (buffer.size() >= 64 * 1024) {
            written = file.write(buffer) == buffer.size();
            buffer.clear();
        }
        return written;
    });
    if (selected.isError()) {
        file.cancelWriting();
        return selected;
    }
    if (!written || file.write(buffer) != buffer.size() || !file.commit()) {
        const StoreError error = fileError();
        file.cancelWriting();
        qCWarning(lcStore) << "audit log export failed:" << error.detail();
        return error;
    }
    return {};
}

} // namespace bc::store
