#include "core/store/activityrecorder.h"

#include "core/api/activitylog.h"
#include "core/store/activitystore.h"
#include "core/store/logging.h"

namespace bc::store {

ActivityRecorder::ActivityRecorder(api::ActivityLog *log, ActivityStore *store, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_store(store)
{
    if (m_log && m_store) {
        connect(m_log, &api::ActivityLog::entryAppended, this,
                [this](const api::ActivityEntry &entry, bool) { record(entry); });
    }
}

void ActivityRecorder::record(const api::ActivityEntry &entry)
{
    const StoreError error = m_store->append(entry);
    if (!error.isError()) {
        ++m_recorded;
        return;
    }
    ++m_failed;
    m_lastError = error;
    // Only the first failure is worth a warning: the next ones say the same.
    if (m_failed == 1)
        qCWarning(lcStore) << "activity could not be kept:" << error.detail();
    Q_EMIT recordFailed(error);
}

} // namespace bc::store
