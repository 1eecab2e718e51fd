#pragma once

#include "core/sync/syncfailure.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace bc::sync {

// What one sync did, list by list (names as in SyncFailure::name).
struct SyncSummary
{
    QString bcId; // '' for the BC list itself
    // Lists read completely and written as complete (rows no longer listed were removed).
    QStringList succeeded;
    // Lists that failed or were cancelled: their previous mirror is intact.
    QList<SyncFailure> failed;
    bool cancelled = false; // cancel() was called
    qint64 rowsWritten = 0;
    qint64 rowsRemoved = 0;

    [[nodiscard]] bool ok() const { return failed.isEmpty() && !cancelled; }
    [[nodiscard]] const SyncFailure *failure(const QString &name) const
    {
        for (const SyncFailure &failure : failed) {
            if (failure.name == name)
                return &failure;
        }
        return nullptr;
    }
};

} // namespace bc::sync
