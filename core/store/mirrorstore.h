#pragma once

#include "core/store/listwrite.h"
#include "core/store/mirrorlist.h"
#include "core/store/mirrorrow.h"
#include "core/store/storeconnection.h"
#include "core/store/storeerror.h"
#include "core/store/storeidentity.h"
#include "core/store/storelocation.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace bc::store {

// What open() had to do besides opening.
struct OpenReport
{
    // A damaged SQLite file was renamed to this path (kept for support, never deleted) and a new,
    // empty mirror was created in its place: the caller should sync it again.
    QString movedAsidePath;
    int migratedFrom = 0; // the schema version found (0: a new database)
};

// One profile's local mirror of its Business Centers: typed tables over the API's raw objects.
// Not thread-safe: use it from the thread that opened it (MirrorWriter owns one on a worker
// thread for bulk writes; readers open their own).
class MirrorStore final
{
public:
    // Opens or creates the mirror, migrates it, and checks that it belongs to `identity`'s
    // environment and API (WrongProfile otherwise). A SQLite file that turns out to be corrupt is
    // moved aside and replaced by a new mirror (see OpenReport). Null and *error on failure.
    [[nodiscard]] static std::unique_ptr<MirrorStore> open(const StoreLocation &location,
                                                           const StoreIdentity &identity,
                                                           StoreError *error,
                                                           OpenReport *report = nullptr);

    [[nodiscard]] StoreConnection &connection() { return *m_connection; }
    [[nodiscard]] const StoreIdentity &identity() const { return m_identity; }

    // Writes one listing in one transaction (see ListWrite::complete). Nothing changes on error.
    ListWriteResult write(const ListWrite &write);

    // The rows of a list for one BC ('' for the BC list), ordered by id; every scope when `scope`
    // is not given.
    [[nodiscard]] QList<MirrorRow> rows(MirrorList list, const QString &bcId,
                                        const std::optional<QString> &scope = std::nullopt,
                                        StoreError *error = nullptr);
    [[nodiscard]] qint64 rowCount(MirrorList list, const QString &bcId,
                                  StoreError *error = nullptr);
    // Nothing when the list was never read completely.
    [[nodiscard]] std::optional<ListFreshness> freshness(MirrorList list, const QString &bcId,
                                                         const QString &scope = {},
                                                         StoreError *error = nullptr);

    // The id a row gets in its list (spec.idFields joined with '|'); empty when a field is missing.
    [[nodiscard]] static QString rowId(const MirrorListSpec &spec, const QJsonObject &row);

private:
    MirrorStore(std::unique_ptr<StoreConnection> connection, StoreIdentity identity);
    StoreError checkIdentity();
    StoreError pruneScopes(const MirrorListSpec &spec, const ListWrite &write, int *removed);
    QString nextStamp(const QDateTime &fetchedAt);

    std::unique_ptr<StoreConnection> m_connection;
    StoreIdentity m_identity;
    QString m_lastStamp;
};

} // namespace bc::store
