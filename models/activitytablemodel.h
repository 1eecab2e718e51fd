#pragma once

#include "core/api/activityentry.h"
#include "core/api/activitylog.h" // QPointer needs the complete type

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

#include <deque>

namespace bc::models {

// The API client's request log as a table, newest first: the live requests of this run (from an
// api::ActivityLog, updated row by row as requests finish) and below them, marked as from an
// earlier run, the entries kept in the profile's store (store::ActivityStore).
class ActivityTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Time,
        Method,
        Path,
        Code,
        Duration,
        Retries,
        RequestId,
        Outcome,
        ColumnCount,
    };
    Q_ENUM(Column)

    explicit ActivityTableModel(QObject *parent = nullptr);
    ~ActivityTableModel() override;

    // Follows `log` (may be null); its current entries show at once.
    void setLog(api::ActivityLog *log);
    [[nodiscard]] api::ActivityLog *log() const { return m_log; }
    // Entries of earlier runs, newest first (as ActivityStore::entries() returns them).
    void setEarlierEntries(const QList<api::ActivityEntry> &entries);
    // Forgets both sources.
    void clear();

    [[nodiscard]] int liveCount() const { return static_cast<int>(m_live.size()); }
    [[nodiscard]] int earlierCount() const { return static_cast<int>(m_earlier.size()); }
    [[nodiscard]] int failureCount() const;
    [[nodiscard]] const api::ActivityEntry &entryAt(int row) const;
    [[nodiscard]] bool isEarlier(int row) const { return row >= liveCount(); }
    // Failed: an error kind or a non-zero TikTok code.
    [[nodiscard]] static bool isFailure(const api::ActivityEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void onEntryAppended(const api::ActivityEntry &entry, bool droppedOldest);
    void onLogCleared();
    [[nodiscard]] QVariant display(const api::ActivityEntry &entry, int column) const;
    [[nodiscard]] QVariant sortValue(const api::ActivityEntry &entry, int column) const;
    [[nodiscard]] QString outcomeText(const api::ActivityEntry &entry) const;

    QPointer<api::ActivityLog> m_log;
    std::deque<api::ActivityEntry> m_live; // newest first: a copy, as the log's signals arrive
                                           // after it changed
    QList<api::ActivityEntry> m_earlier;   // newest first
};

} // namespace bc::models
