#include "core/store/mirrorstore.h"

#include "core/api/jsonfields.h"
#include "core/store/logging.h"
#include "core/store/schema.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc::store {

namespace {

const QString stampFormat = u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s;

QJsonValue valueAt(const QJsonObject &object, const QString &path)
{
    const QStringList parts = path.split(u'.');
    QJsonValue value = object;
    for (const QString &part : parts) {
        if (!value.isObject())
            return {};
        value = value.toObject().value(part);
    }
    return value;
}

QVariant columnValue(const MirrorColumn &column, const QJsonObject &row)
{
    const QJsonValue value = valueAt(row, column.jsonPath);
    switch (column.type) {
    case ColumnType::Text: {
        const QString text = api::json::text(value);
        return text.isEmpty() && !value.isString() ? QVariant(QMetaType(QMetaType::QString))
                                                   : QVariant(text);
    }
    case ColumnType::Integer:
        if (const auto whole = api::json::integer(value))
            return QVariant::fromValue(*whole);
        break;
    case ColumnType::Amount:
        if (const auto amount = api::json::amount(value))
            return QVariant::fromValue(amount->minorUnits());
        break;
    case ColumnType::Boolean:
        if (const auto flag = api::json::boolean(value))
            return QVariant::fromValue(qint64(*flag ? 1 : 0));
        break;
    }
    return QVariant(QMetaType(QMetaType::LongLong));
}

// bc_id and scope are NOT NULL and '' means "none": a null QString would bind as NULL, fail the
// constraint on writes and match nothing on reads.
QString keyText(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

QDateTime parseStamp(const QString &text)
{
    QDateTime stamp = QDateTime::fromString(text, Qt::ISODateWithMs);
    return stamp.toUTC();
}

// Keeps a damaged SQLite file (and its WAL) for support under a name that says what happened.
QString moveAside(const QString &path)
{
    const QString suffix =
            u".corrupt-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    QString target = path + suffix;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = path + suffix + u'-' + QString::number(n);
    if (!QFile::rename(path, target))
        return {};
    for (const QString &companion : {u"-wal"_s, u"-shm"_s}) {
        if (QFileInfo::exists(path + companion))
            QFile::rename(path + companion, target + companion);
    }
    return target;
}

// WrongProfile when the database names another environment or API than `identity`; nothing when
// it names none yet.
// WrongProfile when the database was claimed by another environment or API; `unclaimed` says
// whether it was claimed at all (a new database is claimed by its first profile).
StoreError compareIdentity(StoreConnection &connection, const StoreIdentity &identity,
                           bool *unclaimed = nullptr)
{
    QSqlQuery query;
    if (StoreError e = connection.run(u"SELECT key, value FROM meta WHERE key IN "
                                      u"('environment', 'api_base')"_s,
                                      {}, &query);
        e.isError())
        return e;
    QHash<QString, QString> stored;
    while (query.next())
        stored.insert(query.value(0).toString(), query.value(1).toString());
    if (unclaimed)
        *unclaimed = stored.isEmpty();
    if (stored.isEmpty())
        return {};
    const QString environment = stored.value(u"environment"_s);
    const QString apiBase = stored.value(u"api_base"_s);
    if (environment != identity.environment || apiBase != identity.apiBase) {
        return StoreError(StoreError::Kind::WrongProfile,
                          u"the database belongs to %1 (%2), the profile to %3 (%4)"_s.arg(
                                  environment, apiBase, identity.environment, identity.apiBase));
    }
    return {};
}

std::unique_ptr<StoreConnection> openAndMigrate(const StoreLocation &location,
                                                const StoreIdentity &identity, StoreError *error,
                                                int *migratedFrom)
{
    std::unique_ptr<StoreConnection> connection = StoreConnection::open(location, error);
    if (!connection)
        return nullptr;
    *migratedFrom = Schema::currentVersion(*connection, error);
    if (error->isError())
        return nullptr;
    // Another profile's mirror is not touched at all, not even migrated.
    if (*migratedFrom > 0) {
        *error = compareIdentity(*connection, identity);
        if (error->isError())
            return nullptr;
    }
    *error = Schema::migrate(*connection);
    if (error->isError())
        return nullptr;
    return connection;
}

} // namespace

MirrorStore::MirrorStore(std::unique_ptr<StoreConnection> connection, StoreIdentity identity)
    : m_connection(std::move(connection))
    , m_identity(std::move(identity))
{ }

std::unique_ptr<MirrorStore> MirrorStore::open(const StoreLocation &location,
                                               const StoreIdentity &identity, StoreError *error,
                                               OpenReport *report)
{
    OpenReport localReport;
    OpenReport &done = report ? *report : localReport;
    done = {};
    *error = {};
    std::unique_ptr<StoreConnection> connection =
            openAndMigrate(location, identity, error, &done.migratedFrom);
    if (!connection && error->kind() == StoreError::Kind::Corrupt
        && location.backend() == StoreBackend::Sqlite) {
        qCWarning(lcStore) << "the mirror is damaged; moving it aside:" << error->detail();
        done.movedAsidePath = moveAside(location.path());
        if (done.movedAsidePath.isEmpty()) {
            *error = StoreError(StoreError::Kind::Corrupt,
                                error->detail() + u"; it could not be moved aside"_s);
            return nullptr;
        }
        connection = openAndMigrate(location, identity, error, &done.migratedFrom);
    }
    if (!connection)
        return nullptr;
    std::unique_ptr<MirrorStore> store(new MirrorStore(std::move(connection), identity));
    *error = store->checkIdentity();
    if (error->isError())
        return nullptr;
    return store;
}

StoreError MirrorStore::checkIdentity()
{
    bool unclaimed = false;
    if (StoreError e = compareIdentity(*m_connection, m_identity, &unclaimed); !unclaimed)
        return e;
    // Claim it. Another program may claim it at the same moment: its claim wins (DO NOTHING)
    // and the comparison below then tells whether the two agree.
    const StoreError claimed = m_connection->inTransaction([this]() -> StoreError {
        const QList<std::pair<QString, QString>> entries = {
                {u"environment"_s, m_identity.environment},
                {u"api_base"_s, m_identity.apiBase},
                {u"created_by_profile"_s, m_identity.profile}};
        for (const auto &[key, value] : entries) {
            if (StoreError e = m_connection->run(u"INSERT INTO meta (key, value) VALUES (?, ?) "
                                                 u"ON CONFLICT (key) DO NOTHING"_s,
                                                 {key, value});
                e.isError())
                return e;
        }
        return {};
    });
    if (claimed.isError())
        return claimed;
    return compareIdentity(*m_connection, m_identity);
}

QString MirrorStore::rowId(const MirrorListSpec &spec, const QJsonObject &row)
{
    QStringList parts;
    parts.reserve(spec.idFields.size());
    bool anyPart = false;
    for (const QString &field : spec.idFields) {
        // Missing and null mean the same: a row of a list without ids of its own (a BC
        // transaction without an invoice) still has an id made of its other fields.
        const QJsonValue value = valueAt(row, field);
        parts.append(value.isString() ? value.toString().trimmed() : api::json::text(value));
        anyPart = anyPart || !parts.constLast().isEmpty();
    }
    if (!anyPart) {
        // Pending invitees have no user id yet: their e-mail address keys them until they join.
        if (!spec.fallbackIdField.isEmpty()) {
            const QString fallback = api::json::text(valueAt(row, spec.fallbackIdField)).trimmed();
            if (!fallback.isEmpty())
                return spec.fallbackIdField + u':' + fallback;
        }
        return {};
    }
    return parts.join(u'|');
}

// Unique per write, so that "every row not stamped by this write" is exactly what a complete
// listing no longer contains.
QString MirrorStore::nextStamp(const QDateTime &fetchedAt)
{
    QDateTime when = fetchedAt.isValid() ? fetchedAt.toUTC() : QDateTime::currentDateTimeUtc();
    QString stamp = when.toString(stampFormat);
    while (stamp <= m_lastStamp) {
        when = when.addMSecs(1);
        stamp = when.toString(stampFormat);
    }
    m_lastStamp = stamp;
    return stamp;
}

ListWriteResult MirrorStore::write(const ListWrite &write)
{
    const MirrorListSpec &spec = mirrorListSpec(write.list);
    QString stamp = nextStamp(write.fetchedAt);
    ListWriteResult result;

    QStringList columnNames = {u"bc_id"_s, u"scope"_s, u"id"_s};
    for (const MirrorColumn &column : spec.columns)
        columnNames.append(column.name);
    columnNames << u"raw"_s << u"fetched_at"_s;
    QStringList updates;
    for (qsizetype i = 3; i < columnNames.size(); ++i)
        updates.append(columnNames.at(i) + u" = excluded."_s + columnNames.at(i));
    const QString upsertSql =
            u"INSERT INTO "_s + spec.table + u" ("_s + columnNames.join(u", "_s) + u") VALUES ("_s
            + QStringList(columnNames.size(), u"?"_s).join(u", "_s)
            + u") ON CONFLICT (bc_id, scope, id) DO UPDATE SET "_s + updates.join(u", "_s);

    // Outlives the transaction: on PostgreSQL a prepared statement cannot be freed inside a
    // transaction that failed.
    QSqlQuery upsert(m_connection->database());
    QSqlQuery removal;
    result.error = m_connection->inTransaction([&]() -> StoreError {
        if (write.complete) {
            // A complete listing removes every row of the scope it did not stamp, so its stamp
            // must differ from every stamp already there, also those written by another run of
            // the program at the same millisecond or by a clock that was ahead.
            QSqlQuery latest;
            if (StoreError e =
                        m_connection->run(u"SELECT max(fetched_at) FROM "_s + spec.table
                                                  + u" WHERE bc_id = ? AND scope = ?"_s,
                                          {keyText(write.bcId), keyText(write.scope)}, &latest);
                e.isError())
                return e;
            const QString newest = latest.next() ? latest.value(0).toString() : QString();
            if (!newest.isEmpty() && stamp <= newest) {
                stamp = parseStamp(newest).addMSecs(1).toString(stampFormat);
                m_lastStamp = std::max(m_lastStamp, stamp);
            }
        }
        if (!upsert.prepare(upsertSql))
            return StoreError::fromSqlError(upsert.lastError());
        QHash<QString, int> seen;
        const bool ownIds = spec.idFields.size() == 1;
        for (const QJsonObject &row : write.rows) {
            QString id = rowId(spec, row);
            if (id.isEmpty() && !spec.idFields.isEmpty()) {
                ++result.skipped;
                continue;
            }
            // Rows without an id of their own that are equal in every id field stay apart. A
            // real id listed twice (offset pages that shifted) is one row, upserted again.
            if (const int occurrence = ++seen[id]; occurrence > 1 && !ownIds)
                id += u'#' + QString::number(occurrence);
            upsert.addBindValue(keyText(write.bcId));
            upsert.addBindValue(keyText(write.scope));
            upsert.addBindValue(keyText(id));
            for (const MirrorColumn &column : spec.columns)
                upsert.addBindValue(columnValue(column, row));
            upsert.addBindValue(
                    QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact)));
            upsert.addBindValue(stamp);
            if (!upsert.exec())
                return StoreError::fromSqlError(upsert.lastError());
            ++result.upserted;
        }
        if (!write.complete)
            return {};
        if (StoreError e =
                    m_connection->run(u"DELETE FROM "_s + spec.table
                                              + u" WHERE bc_id = ? AND scope = ? "
                                                u"AND fetched_at <> ?"_s,
                                      {keyText(write.bcId), keyText(write.scope), stamp}, &removal);
            e.isError())
            return e;
        result.removed = removal.numRowsAffected();
        if (write.otherScopesToKeep) {
            if (StoreError e = pruneScopes(spec, write, &result.removed); e.isError())
                return e;
        }
        return m_connection->run(
                u"INSERT INTO list_fetches (bc_id, list, scope, fetched_at, row_count) "
                u"VALUES (?, ?, ?, ?, ?) ON CONFLICT (bc_id, list, scope) DO UPDATE SET "
                u"fetched_at = excluded.fetched_at, row_count = excluded.row_count"_s,
                {keyText(write.bcId), spec.key, keyText(write.scope), stamp,
                 ownIds ? qint64(seen.size()) : qint64(result.upserted)});
    });
    if (result.error.isError()) {
        result.upserted = 0;
        result.removed = 0;
    }
    return result;
}

// Removes the rows and freshness of every scope of the list that is neither written now nor
// named in otherScopesToKeep: billing groups that are gone, asset types no longer read, an older
// cost range.
StoreError MirrorStore::pruneScopes(const MirrorListSpec &spec, const ListWrite &write,
                                    int *removed)
{
    const QStringList &keep = *write.otherScopesToKeep;
    QString condition = u" WHERE bc_id = ? AND scope <> ?"_s;
    QVariantList values = {keyText(write.bcId), keyText(write.scope)};
    if (!keep.isEmpty()) {
        condition +=
                u" AND scope NOT IN ("_s + QStringList(keep.size(), u"?"_s).join(u", "_s) + u')';
        for (const QString &scope : keep)
            values.append(keyText(scope));
    }
    QSqlQuery rowsGone;
    if (StoreError e =
                m_connection->run(u"DELETE FROM "_s + spec.table + condition, values, &rowsGone);
        e.isError())
        return e;
    *removed += rowsGone.numRowsAffected();
    values.insert(1, spec.key);
    return m_connection->run(
            u"DELETE FROM list_fetches"_s
                    + QString(condition).replace(u"bc_id = ?"_s, u"bc_id = ? AND list = ?"_s),
            values);
}

QList<MirrorRow> MirrorStore::rows(MirrorList list, const QString &bcId,
                                   const std::optional<QString> &scope, StoreError *error)
{
    const MirrorListSpec &spec = mirrorListSpec(list);
    QString sql = u"SELECT scope, id, raw, fetched_at FROM "_s + spec.table + u" WHERE bc_id = ?"_s;
    QVariantList values = {keyText(bcId)};
    if (scope) {
        sql += u" AND scope = ?"_s;
        values.append(keyText(*scope));
    }
    sql += u" ORDER BY scope, id"_s;
    QSqlQuery query;
    QList<MirrorRow> found;
    StoreError e = m_connection->run(sql, values, &query);
    if (!e.isError()) {
        while (query.next()) {
            found.append({bcId, query.value(0).toString(), query.value(1).toString(),
                          QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object(),
                          parseStamp(query.value(3).toString())});
        }
        e = StoreError::fromSqlError(query.lastError());
    }
    if (error)
        *error = e;
    return found;
}

qint64 MirrorStore::rowCount(MirrorList list, const QString &bcId, StoreError *error)
{
    QSqlQuery query;
    const StoreError e = m_connection->run(u"SELECT count(*) FROM "_s + mirrorListSpec(list).table
                                                   + u" WHERE bc_id = ?"_s,
                                           {keyText(bcId)}, &query);
    if (error)
        *error = e;
    return !e.isError() && query.next() ? query.value(0).toLongLong() : 0;
}

std::optional<ListFreshness> MirrorStore::freshness(MirrorList list, const QString &bcId,
                                                    const QString &scope, StoreError *error)
{
    QSqlQuery query;
    const StoreError e = m_connection->run(
            u"SELECT fetched_at, row_count FROM list_fetches WHERE bc_id = ? AND list = ? "
            u"AND scope = ?"_s,
            {keyText(bcId), mirrorListSpec(list).key, keyText(scope)}, &query);
    if (error)
        *error = e;
    if (e.isError() || !query.next())
        return std::nullopt;
    return ListFreshness{parseStamp(query.value(0).toString()), query.value(1).toLongLong()};
}

} // namespace bc::store
