#include "models/mirrorreader.h"

#include "core/store/mirrorstore.h"

#include <QHash>
#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace bc::models {

namespace {

// Distinct values kept per column for sharing; past this a column is mostly unique values
// (ids, times) and sharing would cost more than it saves.
constexpr qsizetype internLimit = 20000;

bool isNumeric(ColumnKind kind)
{
    return kind == ColumnKind::Money || kind == ColumnKind::Integer;
}

// Equal strings share one buffer: enum values, currencies, account names and stamps repeat
// thousands of times.
class StringPool
{
public:
    QString intern(QString &&text)
    {
        if (text.isEmpty())
            return text;
        const auto found = m_strings.constFind(text);
        if (found != m_strings.cend())
            return *found;
        if (m_strings.size() < internLimit)
            m_strings.insert(text, text);
        return std::move(text);
    }
    void clear() { m_strings.clear(); }

private:
    QHash<QString, QString> m_strings;
};

class ReaderState final : public QObject
{
public:
    std::unique_ptr<store::MirrorStore> store;
    store::StoreError openError;
    QList<StringPool> pools; // per column; then scope and fetched_at
};

QString columnExpression(const MirrorTableColumn &column, store::StoreBackend backend)
{
    if (!column.sqlColumn.isEmpty())
        return column.sqlColumn;
    if (backend == store::StoreBackend::Sqlite)
        return u"json_extract(raw, '$."_s + column.jsonPath + u"')"_s;
    return u"(raw::jsonb #>> '{"_s + QString(column.jsonPath).replace(u'.', u',') + u"}')"_s;
}

store::StoreError readRows(ReaderState &state, const MirrorReadRequest &request, bool fromStart,
                           const QString &afterScope, const QString &afterId, int limit,
                           MirrorRowBlock *block, bool *atEnd)
{
    const store::MirrorListSpec &spec = store::mirrorListSpec(request.list);
    const qsizetype columnCount = request.columns.size();
    store::StoreConnection &connection = state.store->connection();
    QStringList select = {u"scope"_s, u"id"_s, u"fetched_at"_s};
    for (const MirrorTableColumn &column : request.columns)
        select.append(columnExpression(column, connection.backend()));
    QString sql =
            u"SELECT "_s + select.join(u", "_s) + u" FROM "_s + spec.table + u" WHERE bc_id = ?"_s;
    QVariantList values = {request.bcId.isNull() ? u""_s : request.bcId};
    if (request.scope) {
        sql += u" AND scope = ?"_s;
        values.append(request.scope->isNull() ? u""_s : *request.scope);
        if (!fromStart) {
            sql += u" AND id > ?"_s;
            values.append(afterId);
        }
    } else if (!fromStart) {
        sql += u" AND (scope, id) > (?, ?)"_s;
        values << afterScope << afterId;
    }
    sql += u" ORDER BY scope, id"_s;
    if (limit > 0) {
        // One more than asked tells whether there is more.
        sql += u" LIMIT ?"_s;
        values.append(limit + 1);
    }

    if (fromStart || state.pools.size() != columnCount + 2) {
        state.pools.clear();
        state.pools.resize(columnCount + 2);
    }
    StringPool &scopePool = state.pools[columnCount];
    StringPool &stampPool = state.pools[columnCount + 1];

    QSqlQuery query;
    if (store::StoreError e = connection.run(sql, values, &query); e.isError())
        return e;
    block->texts.resize(columnCount);
    block->numbers.resize(columnCount);
    *atEnd = true;
    int rows = 0;
    while (query.next()) {
        if (limit > 0 && rows == limit) {
            *atEnd = false;
            break;
        }
        ++rows;
        block->scopes.append(scopePool.intern(query.value(0).toString()));
        block->ids.append(query.value(1).toString());
        block->fetchedAt.append(stampPool.intern(query.value(2).toString()));
        for (qsizetype c = 0; c < columnCount; ++c) {
            const QVariant value = query.value(int(c) + 3);
            const ColumnKind kind = request.columns.at(c).kind;
            if (isNumeric(kind)) {
                block->numbers[c].append(value.isNull() ? MirrorRowBlock::nullNumber
                                                        : value.toLongLong());
            } else if (request.columns.at(c).sqlColumn == u"id") {
                block->texts[c].append(block->ids.constLast());
            } else {
                block->texts[c].append(state.pools[c].intern(value.toString()));
            }
        }
    }
    return store::StoreError::fromSqlError(query.lastError());
}

} // namespace

MirrorReader::MirrorReader(store::StoreLocation location, store::StoreIdentity identity,
                           QObject *parent)
    : QObject(parent)
    , m_location(std::move(location))
    , m_identity(std::move(identity))
{
    m_thread.setObjectName(u"bc.models.reader"_s);
    auto *state = new ReaderState;
    m_worker = state;
    state->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, state, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(
            state,
            [state, location = m_location, identity = m_identity] {
                state->store = store::MirrorStore::open(location, identity, &state->openError);
            },
            Qt::QueuedConnection);
}

MirrorReader::~MirrorReader()
{
    auto *state = static_cast<ReaderState *>(m_worker);
    // Reads still queued finish first (their answers are dropped: this object is gone), then the
    // connection closes on its own thread.
    QMetaObject::invokeMethod(
            state,
            [state] {
                state->store.reset();
                QThread::currentThread()->quit();
            },
            Qt::QueuedConnection);
    m_thread.wait();
}

void MirrorReader::read(quint64 ticket, const MirrorReadRequest &request, bool fromStart,
                        const QString &afterScope, const QString &afterId, int limit)
{
    auto *state = static_cast<ReaderState *>(m_worker);
    QPointer<MirrorReader> self(this);
    QMetaObject::invokeMethod(
            state,
            [state, self, ticket, request, fromStart, afterScope, afterId, limit] {
                MirrorRowBlock block;
                bool atEnd = true;
                store::StoreError error;
                if (state->store) {
                    error = readRows(*state, request, fromStart, afterScope, afterId, limit, &block,
                                     &atEnd);
                } else {
                    error = state->openError.isError()
                                    ? state->openError
                                    : store::StoreError(store::StoreError::Kind::CannotOpen,
                                                        u"the mirror was not opened"_s);
                }
                if (error.isError()) {
                    block = MirrorRowBlock();
                    block.texts.resize(request.columns.size());
                    block.numbers.resize(request.columns.size());
                }
                QMetaObject::invokeMethod(
                        self.data(),
                        [self, ticket, block = std::move(block), atEnd, error] {
                            if (self)
                                Q_EMIT self->rowsRead(ticket, block, atEnd, error);
                        },
                        Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
}

} // namespace bc::models
