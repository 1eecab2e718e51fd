#pragma once

#include <QString>

namespace bc::store {

enum class StoreBackend {
    Sqlite,   // one file per profile (the default)
    Postgres, // a shared server named by a libpq connection string (the team option)
};

// Where one profile's mirror lives: a SQLite file, or a PostgreSQL database.
class StoreLocation
{
public:
    [[nodiscard]] static StoreLocation sqliteFile(const QString &path)
    {
        return StoreLocation(StoreBackend::Sqlite, path);
    }
    // "host=127.0.0.1 port=5432 dbname=bc user=finance": libpq's key=value form. A password in
    // it is passed to the driver and never shown (displayName() leaves it out).
    [[nodiscard]] static StoreLocation postgres(const QString &connectionString)
    {
        return StoreLocation(StoreBackend::Postgres, connectionString);
    }

    [[nodiscard]] StoreBackend backend() const { return m_backend; }
    [[nodiscard]] QString path() const { return m_target; }             // SQLite only
    [[nodiscard]] QString connectionString() const { return m_target; } // PostgreSQL only
    // For messages: the file path, or "postgresql://user@host:port/dbname".
    [[nodiscard]] QString displayName() const;

private:
    StoreLocation(StoreBackend backend, QString target)
        : m_backend(backend)
        , m_target(std::move(target))
    { }

    StoreBackend m_backend;
    QString m_target;
};

} // namespace bc::store
