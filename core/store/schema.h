#pragma once

#include "core/store/storeerror.h"
#include "core/store/storelocation.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace bc::store {

class StoreConnection;

// One step of the schema's history: the statements that take version-1 to `version`.
struct SchemaStep
{
    int version = 0;
    QString summary;
    QStringList statements;
};

// The mirror's versioned schema. The version lives in the `meta` table; each step runs in its own
// transaction together with the version bump, so a failing step leaves the database exactly at
// the previous version, still usable. Steps are never edited once released: changes are new steps.
class Schema final
{
public:
    [[nodiscard]] static QList<SchemaStep> steps(StoreBackend backend);
    [[nodiscard]] static int latestVersion();

    // 0 for a database that has no schema yet.
    [[nodiscard]] static int currentVersion(StoreConnection &connection, StoreError *error);

    // Brings the database to the last of `steps` (the real steps unless a test passes its own).
    // NewerSchema when the database is ahead of them; Migration when a step fails.
    static StoreError migrate(StoreConnection &connection, const QList<SchemaStep> &steps);
    static StoreError migrate(StoreConnection &connection);
};

} // namespace bc::store
