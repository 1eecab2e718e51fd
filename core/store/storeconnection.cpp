#include "core/store/storeconnection.h"

#include "core/store/logging.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace bc::store {

namespace {

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"bc.store." + QString::number(++counter);
}

// Splits libpq's "key=value key=value" form (values may be single-quoted).
QList<std::pair<QString, QString>> connectionPairs(const QString &text)
{
    QList<std::pair<QString, QString>> pairs;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && text.at(i).isSpace())
            ++i;
        const qsizetype equals = text.indexOf(u'=', i);
        if (i >= n || equals < 0)
            break;
        const QString key = text.mid(i, equals - i).trimmed();
        i = equals + 1;
        QString value;
        if (i < n && text.at(i) == u'\'') {
            ++i;
            while (i < n && text.at(i) != u'\'') {
                if (text.at(i) == u'\\' && i + 1 < n)
                    ++i;
                value += text.at(i++);
            }
            ++i;
        } else {
            while (i < n && !text.at(i).isSpace())
                value += text.at(i++);
        }
        pairs.append({key, value});
    }
    return pairs;
}

} // namespace

QString StoreLocation::displayName() const
{
    if (m_backend == StoreBackend::Sqlite)
        return QDir::toNativeSeparators(m_target);
    QString host = u"localhost"_s;
    QString port;
    QString user;
    QString dbname;
    for (const auto &[key, value] : connectionPairs(m_target)) {
        if (key == u"host" || key == u"hostaddr")
            host = value;
        else if (key == u"port")
            port = value;
        else if (key == u"user")
            user = value;
        else if (key == u"dbname")
            dbname = value;
    }
    QString name = u"postgresql://"_s;
    if (!user.isEmpty())
        name += user + u'@';
    name += host;
    if (!port.isEmpty())
        name += u':' + port;
    return name + u'/' + dbname;
}

StoreConnection::StoreConnection(StoreLocation location, QString connectionName)
    : m_location(std::move(location))
    , m_connectionName(std::move(connectionName))
{ }

StoreConnection::~StoreConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<StoreConnection> StoreConnection::open(const StoreLocation &location,
                                                       StoreError *error)
{
    const bool sqlite = location.backend() == StoreBackend::Sqlite;
    const QString driver = sqlite ? u"QSQLITE"_s : u"QPSQL"_s;
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        *error = StoreError(StoreError::Kind::MissingDriver, driver);
        return nullptr;
    }
    const QString name = uniqueConnectionName();
    std::unique_ptr<StoreConnection> connection(new StoreConnection(location, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
    if (sqlite) {
        const QFileInfo file(location.path());
        if (!QDir().mkpath(file.absolutePath())) {
            *error = StoreError(StoreError::Kind::CannotOpen,
                                u"cannot create the folder " + file.absolutePath());
            return nullptr;
        }
        db.setDatabaseName(file.absoluteFilePath());
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT="_s + QString::number(busyTimeoutMs));
    } else {
        QStringList options;
        for (const auto &[key, value] : connectionPairs(location.connectionString())) {
            if (key == u"host" || key == u"hostaddr")
                db.setHostName(value);
            else if (key == u"port")
                db.setPort(value.toInt());
            else if (key == u"dbname")
                db.setDatabaseName(value);
            else if (key == u"user")
                db.setUserName(value);
            else if (key == u"password")
                db.setPassword(value);
            else
                options.append(key + u'=' + value);
        }
        db.setConnectOptions(options.join(u';'));
    }
    if (!db.open()) {
        *error = StoreError::fromSqlError(db.lastError());
        if (!error->isError() || error->kind() == StoreError::Kind::Query)
            *error = StoreError(StoreError::Kind::CannotOpen, db.lastError().text());
        return nullptr;
    }
    if (const StoreError configured = connection->configure(); configured.isError()) {
        *error = configured;
        return nullptr;
    }
    return connection;
}

StoreError StoreConnection::configure()
{
    if (backend() == StoreBackend::Postgres) {
        // Quiet notices, and give a held lock the same time as SQLite's busy timeout. SET
        // cannot be prepared (PostgreSQL's PREPARE takes only queries and DML), so it runs as is.
        QSqlQuery set(database());
        for (const QString &statement :
             {u"SET client_min_messages TO warning"_s,
              QString(u"SET lock_timeout TO "_s + QString::number(busyTimeoutMs))}) {
            if (!set.exec(statement))
                return StoreError::fromSqlError(set.lastError());
        }
        return {};
    }
    // Reading the schema is what fails first on a file that is not a database at all.
    if (StoreError e = run(u"SELECT count(*) FROM sqlite_master"_s); e.isError())
        return e;
    QSqlQuery mode(database());
    if (!mode.exec(u"PRAGMA journal_mode=WAL"_s))
        return StoreError::fromSqlError(mode.lastError());
    for (const QString &pragma : {u"PRAGMA foreign_keys=ON"_s, u"PRAGMA synchronous=NORMAL"_s}) {
        if (StoreError e = run(pragma); e.isError())
            return e;
    }
    return {};
}

QSqlDatabase StoreConnection::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

StoreError StoreConnection::inTransaction(const std::function<StoreError()> &work)
{
    QSqlDatabase db = database();
    if (backend() == StoreBackend::Sqlite) {
        // IMMEDIATE takes the write lock up front, waiting up to the busy timeout for another
        // writer. A deferred transaction that has read first gets SQLITE_BUSY at once when it
        // wants to write (SQLite does not wait where waiting could deadlock).
        QSqlQuery begin(db);
        if (!begin.exec(u"BEGIN IMMEDIATE"_s))
            return StoreError::fromSqlError(begin.lastError());
    } else if (!db.transaction()) {
        return StoreError::fromSqlError(db.lastError());
    }
    StoreError error = work();
    if (!error.isError() && !db.commit())
        error = StoreError::fromSqlError(db.lastError());
    if (error.isError()) {
        if (!db.rollback())
            qCWarning(lcStore) << "rollback failed:" << db.lastError().text();
    }
    return error;
}

StoreError StoreConnection::run(const QString &sql, const QVariantList &values, QSqlQuery *query)
{
    QSqlQuery local(database());
    QSqlQuery &q = query ? *query : local;
    if (query)
        q = QSqlQuery(database());
    // Callers read rows once, in order. (Forward-only must be set before the statement runs:
    // switching it on an executed query leaves its values empty.)
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return StoreError::fromSqlError(q.lastError());
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec())
        return StoreError::fromSqlError(q.lastError());
    return {};
}

} // namespace bc::store
