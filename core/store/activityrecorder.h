#pragma once

#include "core/store/storeerror.h"

#include <QObject>
#include <QPointer>

namespace bc::api {
class ActivityLog;
struct ActivityEntry;
} // namespace bc::api

namespace bc::store {

class ActivityStore;

// Keeps an ApiClient's request log: every entry its ActivityLog appends (entryAppended, emitted
// when a call finishes) is appended to an ActivityStore as it comes. Lives on the thread of the
// log and of the store's connection. Neither is owned; recording stops when the log is destroyed
// or the recorder is.
class ActivityRecorder final : public QObject
{
    Q_OBJECT

public:
    ActivityRecorder(api::ActivityLog *log, ActivityStore *store, QObject *parent = nullptr);

    [[nodiscard]] int recordedCount() const { return m_recorded; }
    [[nodiscard]] int failedCount() const { return m_failed; }
    // The last append that failed; no error when every one worked.
    [[nodiscard]] const StoreError &lastError() const { return m_lastError; }

Q_SIGNALS:
    // An entry could not be stored (the request itself is unaffected).
    void recordFailed(const bc::store::StoreError &error);

private:
    void record(const api::ActivityEntry &entry);

    QPointer<api::ActivityLog> m_log;
    ActivityStore *m_store;
    int m_recorded = 0;
    int m_failed = 0;
    StoreError m_lastError;
};

} // namespace bc::store
