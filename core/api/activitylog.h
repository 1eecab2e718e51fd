#pragma once

#include "core/api/activityentry.h"

#include <QObject>

#include <deque>

namespace bc::api {

// The requests of this run, newest last, for the UI's Activity view and `bcctl activity list`.
// In memory only and bounded: the oldest entries go once `capacity` is reached.
class ActivityLog final : public QObject
{
    Q_OBJECT

public:
    explicit ActivityLog(int capacity = 5000, QObject *parent = nullptr);

    void append(ActivityEntry entry);
    void clear();

    [[nodiscard]] int size() const { return static_cast<int>(m_entries.size()); }
    [[nodiscard]] int capacity() const { return m_capacity; }
    // 0 is the oldest kept entry.
    [[nodiscard]] const ActivityEntry &at(int index) const;
    [[nodiscard]] QList<ActivityEntry> entries() const;

Q_SIGNALS:
    // The newest entry; when `droppedOldest`, the oldest one was removed to make room.
    void entryAppended(const bc::api::ActivityEntry &entry, bool droppedOldest);
    void cleared();

private:
    int m_capacity;
    std::deque<ActivityEntry> m_entries;
};

} // namespace bc::api
