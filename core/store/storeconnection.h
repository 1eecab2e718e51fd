#pragma once

#include "core/store/storeerror.h"
#include "core/store/storelocation.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>

class QSqlQuery;

namespace bc::store {

// One open database connection, used from the thread that opened it (Qt Sql connections are
// per thread). SQLite connections run in WAL mode with foreign keys on and wait up to
// busyTimeoutMs for a lock before reporting Locked.
class StoreConnection final
{
public:
    static constexpr int busyTimeoutMs = 2000;

    // Opens (creating a SQLite file and its folder when missing). Null and *error set on failure.
    [[nodiscard]] static std::unique_ptr<StoreConnection> open(const StoreLocation &location,
                                                               StoreError *error);
    ~StoreConnection();
    StoreConnection(const StoreConnection &) = delete;
    StoreConnection &operator=(const StoreConnection &) = delete;

    [[nodiscard]] QSqlDatabase database() const;
    [[nodiscard]] StoreBackend backend() const { return m_location.backend(); }
    [[nodiscard]] const StoreLocation &location() const { return m_location; }

    // Runs `work` in a transaction: committed when it returns no error, rolled back otherwise
    // (and when the commit itself fails). The error of the work or of the commit is returned.
    StoreError inTransaction(const std::function<StoreError()> &work);

    // Prepares and runs one statement with positional values. `query` receives the executed
    // statement when given (to read rows from it).
    StoreError run(const QString &sql, const QVariantList &values = {}, QSqlQuery *query = nullptr);

private:
    StoreConnection(StoreLocation location, QString connectionName);
    StoreError configure();

    StoreLocation m_location;
    QString m_connectionName;
};

} // namespace bc::store
