#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QtGlobal>

#include <utility>

// Fresh PostgreSQL databases for the team-store tests, on the server that scripts/test starts
// (scripts/postgres-for-tests). The server's libpq connection string is in BC_TEST_POSTGRES:
//     host=127.0.0.1 port=PORT user=bc dbname=postgres
// Connection strings here are plain space-separated key=value pairs, no quoting.
namespace bc::testsupport {

using namespace Qt::StringLiterals;

class PostgresFixture
{
public:
    PostgresFixture()
        : m_serverConninfo(qEnvironmentVariable("BC_TEST_POSTGRES"))
        , m_adminConnection(u"bc-postgres-fixture-"_s
                            + QUuid::createUuid().toString(QUuid::WithoutBraces))
    { }

    // Drops every database this fixture created (WITH (FORCE) ends sessions still open on them)
    // and removes the fixture's own QSqlDatabase connection.
    ~PostgresFixture()
    {
        if (QSqlDatabase::contains(m_adminConnection)) {
            {
                QSqlDatabase admin = QSqlDatabase::database(m_adminConnection);
                if (admin.isOpen() || admin.open()) {
                    for (const QString &name : std::as_const(m_databases)) {
                        QSqlQuery query(admin);
                        if (!query.exec(u"DROP DATABASE IF EXISTS "_s + name + u" WITH (FORCE)"_s))
                            qWarning("PostgresFixture: could not drop %s: %s", qPrintable(name),
                                     qPrintable(query.lastError().text()));
                    }
                } else {
                    qWarning("PostgresFixture: could not drop %s: %s",
                             qPrintable(m_databases.join(u", "_s)),
                             qPrintable(admin.lastError().text()));
                }
                admin.close();
            }
            QSqlDatabase::removeDatabase(m_adminConnection);
        }
    }

    PostgresFixture(const PostgresFixture &) = delete;
    PostgresFixture &operator=(const PostgresFixture &) = delete;

    // True when BC_TEST_POSTGRES names a server and Qt's PostgreSQL driver is installed.
    static bool available()
    {
        return !qEnvironmentVariable("BC_TEST_POSTGRES").isEmpty()
               && QSqlDatabase::isDriverAvailable(u"QPSQL"_s);
    }

    // The server's connection string, as in BC_TEST_POSTGRES.
    QString serverConninfo() const { return m_serverConninfo; }

    // Creates an empty database bc_test_<16 hex digits> and returns the connection string for it
    // (the server's, with dbname replaced); an empty string on failure, see lastError().
    QString createDatabase()
    {
        m_lastError.clear();
        if (!available()) {
            m_lastError = u"BC_TEST_POSTGRES is not set or the QPSQL driver is missing"_s;
            return {};
        }
        const QString name = u"bc_test_"_s
                             + QString::number(QRandomGenerator::global()->generate64(), 16)
                                       .rightJustified(16, u'0');
        {
            if (!QSqlDatabase::contains(m_adminConnection))
                configure(QSqlDatabase::addDatabase(u"QPSQL"_s, m_adminConnection),
                          m_serverConninfo);
            QSqlDatabase admin = QSqlDatabase::database(m_adminConnection);
            if (!admin.isOpen()) {
                m_lastError = u"cannot connect to "_s + m_serverConninfo + u": "_s
                              + admin.lastError().text();
                return {};
            }
            QSqlQuery query(admin);
            if (!query.exec(u"CREATE DATABASE "_s + name)) {
                m_lastError = u"CREATE DATABASE "_s + name + u": "_s + query.lastError().text();
                return {};
            }
        }
        m_databases.append(name);
        return withValue(m_serverConninfo, u"dbname"_s, name);
    }

    // The databases created so far (dropped by the destructor).
    QStringList databases() const { return m_databases; }

    QString lastError() const { return m_lastError; }

    // Sets `db` (a QPSQL connection, not yet open) up from a connection string: host, port, user,
    // password and dbname through QSqlDatabase's setters, any other key as a connect option.
    static void configure(QSqlDatabase db, const QString &conninfo)
    {
        QStringList options;
        for (const auto &[key, value] : parse(conninfo)) {
            if (key == u"host")
                db.setHostName(value);
            else if (key == u"port")
                db.setPort(value.toInt());
            else if (key == u"user")
                db.setUserName(value);
            else if (key == u"password")
                db.setPassword(value);
            else if (key == u"dbname")
                db.setDatabaseName(value);
            else
                options.append(key + u'=' + value);
        }
        db.setConnectOptions(options.join(u';'));
    }

    // The key=value pairs of `conninfo`, in order.
    static QList<std::pair<QString, QString>> parse(const QString &conninfo)
    {
        QList<std::pair<QString, QString>> pairs;
        const QStringList words = conninfo.split(u' ', Qt::SkipEmptyParts);
        for (const QString &word : words) {
            const qsizetype equals = word.indexOf(u'=');
            if (equals > 0)
                pairs.append({word.left(equals), word.mid(equals + 1)});
        }
        return pairs;
    }

    // `conninfo` with `key` set to `value` (replaced in place, or appended).
    static QString withValue(const QString &conninfo, const QString &key, const QString &value)
    {
        QStringList words;
        bool replaced = false;
        for (const auto &[k, v] : parse(conninfo)) {
            if (k == key) {
                words.append(k + u'=' + value);
                replaced = true;
            } else {
                words.append(k + u'=' + v);
            }
        }
        if (!replaced)
            words.append(key + u'=' + value);
        return words.join(u' ');
    }

private:
    QString m_serverConninfo;
    QString m_adminConnection;
    QStringList m_databases;
    QString m_lastError;
};

} // namespace bc::testsupport
