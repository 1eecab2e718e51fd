#include "core/api/activitylog.h"

#include <algorithm>

namespace bc::api {

ActivityLog::ActivityLog(int capacity, QObject *parent)
    : QObject(parent)
    , m_capacity(std::max(capacity, 1))
{ }

void ActivityLog::append(ActivityEntry entry)
{
    const bool dropOldest = size() >= m_capacity;
    if (dropOldest)
        m_entries.pop_front();
    m_entries.push_back(std::move(entry));
    Q_EMIT entryAppended(m_entries.back(), dropOldest);
}

void ActivityLog::clear()
{
    m_entries.clear();
    Q_EMIT cleared();
}

const ActivityEntry &ActivityLog::at(int index) const
{
    return m_entries.at(static_cast<size_t>(index));
}

QList<ActivityEntry> ActivityLog::entries() const
{
    return {m_entries.begin(), m_entries.end()};
}

} // namespace bc::api
