#include "models/activitytablemodel.h"

#include "core/api/activitylog.h"
#include "models/roles.h"

#include <QColor>
#include <QGuiApplication>
#include <QIcon>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc::models {

namespace {

const QColor failureColor(176, 32, 32);
const QColor earlierColor(112, 112, 112);

} // namespace

ActivityTableModel::ActivityTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

ActivityTableModel::~ActivityTableModel() = default;

void ActivityTableModel::setLog(api::ActivityLog *log)
{
    if (m_log == log)
        return;
    if (m_log)
        disconnect(m_log, nullptr, this, nullptr);
    beginResetModel();
    m_log = log;
    m_live.clear();
    if (m_log) {
        const QList<api::ActivityEntry> entries = m_log->entries(); // oldest first
        m_live.assign(entries.crbegin(), entries.crend());
        connect(m_log, &api::ActivityLog::entryAppended, this,
                &ActivityTableModel::onEntryAppended);
        connect(m_log, &api::ActivityLog::cleared, this, &ActivityTableModel::onLogCleared);
    }
    endResetModel();
}

void ActivityTableModel::setEarlierEntries(const QList<api::ActivityEntry> &entries)
{
    const int first = liveCount();
    if (!m_earlier.isEmpty()) {
        beginRemoveRows({}, first, first + earlierCount() - 1);
        m_earlier.clear();
        endRemoveRows();
    }
    if (entries.isEmpty())
        return;
    beginInsertRows({}, first, first + static_cast<int>(entries.size()) - 1);
    m_earlier = entries;
    endInsertRows();
}

void ActivityTableModel::clear()
{
    if (m_log)
        disconnect(m_log, nullptr, this, nullptr);
    beginResetModel();
    m_log = nullptr;
    m_live.clear();
    m_earlier.clear();
    endResetModel();
}

void ActivityTableModel::onEntryAppended(const api::ActivityEntry &entry, bool droppedOldest)
{
    // The log has already dropped its oldest entry: the copy drops it too, then takes the new one.
    if (droppedOldest && !m_live.empty()) {
        const int last = liveCount() - 1;
        beginRemoveRows({}, last, last);
        m_live.pop_back();
        endRemoveRows();
    }
    beginInsertRows({}, 0, 0);
    m_live.push_front(entry);
    endInsertRows();
}

void ActivityTableModel::onLogCleared()
{
    if (m_live.empty())
        return;
    beginResetModel();
    m_live.clear();
    endResetModel();
}

int ActivityTableModel::failureCount() const
{
    const auto failed = [](const api::ActivityEntry &entry) { return isFailure(entry); };
    return static_cast<int>(std::count_if(m_live.cbegin(), m_live.cend(), failed)
                            + std::count_if(m_earlier.cbegin(), m_earlier.cend(), failed));
}

const api::ActivityEntry &ActivityTableModel::entryAt(int row) const
{
    if (row < liveCount())
        return m_live.at(static_cast<size_t>(row));
    return m_earlier.at(row - liveCount());
}

bool ActivityTableModel::isFailure(const api::ActivityEntry &entry)
{
    return !entry.succeeded() || entry.code != 0;
}

int ActivityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : liveCount() + earlierCount();
}

int ActivityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActivityTableModel::outcomeText(const api::ActivityEntry &entry) const
{
    if (!isFailure(entry))
        return tr("OK");
    QString reason = entry.message;
    if (reason.isEmpty() && entry.errorKind)
        reason = api::ApiError::kindName(*entry.errorKind);
    return reason.isEmpty() ? tr("failed") : tr("failed: %1").arg(reason);
}

QVariant ActivityTableModel::display(const api::ActivityEntry &entry, int column) const
{
    switch (column) {
    case Time:
        return entry.startedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
    case Method:
        return entry.method;
    case Path:
        return entry.path;
    case Code:
        // No envelope (a transport failure) has no code to show.
        if (entry.code == 0 && isFailure(entry))
            return u"—"_s;
        return QString::number(entry.code);
    case Duration:
        return QLocale().toString(entry.durationMs);
    case Retries:
        return QLocale().toString(entry.retries);
    case RequestId:
        return entry.requestId;
    case Outcome:
        return outcomeText(entry);
    default:
        return {};
    }
}

QVariant ActivityTableModel::sortValue(const api::ActivityEntry &entry, int column) const
{
    switch (column) {
    case Time:
        return entry.startedAt.toMSecsSinceEpoch();
    case Method:
        return entry.method;
    case Path:
        return entry.path;
    case Code:
        return entry.code;
    case Duration:
        return entry.durationMs;
    case Retries:
        return entry.retries;
    case RequestId:
        return entry.requestId;
    case Outcome:
        return outcomeText(entry);
    default:
        return {};
    }
}

QVariant ActivityTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const api::ActivityEntry &entry = entryAt(index.row());
    const int column = index.column();
    const bool failed = isFailure(entry);
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, column);
    case SortRole:
        return sortValue(entry, column);
    case IdRole:
        return entry.requestId;
    case FailedRole:
        return failed;
    case Qt::ForegroundRole:
        if (failed)
            return failureColor;
        if (isEarlier(index.row()))
            return earlierColor;
        return {};
    case Qt::DecorationRole:
        // Theme icons need a GUI application (the model also serves guiless tests).
        if (column == Outcome && failed
            && qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return QIcon::fromTheme(u"dialog-error"_s);
        return {};
    case Qt::TextAlignmentRole:
        if (column == Code || column == Duration || column == Retries)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case Time: {
            const QString utc = entry.startedAt.toUTC().toString(Qt::ISODateWithMs);
            return isEarlier(index.row()) ? tr("%1 (an earlier run)").arg(utc) : utc;
        }
        case Path:
            return entry.parameters.isEmpty() ? QVariant() : QVariant(entry.parameters);
        case Code:
        case Outcome: {
            QStringList lines;
            if (column == Outcome && failed)
                lines << outcomeText(entry);
            if (entry.errorKind)
                lines << tr("Kind: %1").arg(api::ApiError::kindName(*entry.errorKind));
            lines << tr("TikTok code: %1").arg(entry.code);
            lines << (entry.httpStatus > 0 ? tr("HTTP status: %1").arg(entry.httpStatus)
                                           : tr("HTTP status: none (no answer)"));
            return lines.join(u'\n');
        }
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ActivityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Method:
        return tr("Method");
    case Path:
        return tr("Path");
    case Code:
        return tr("Code");
    case Duration:
        return tr("Duration (ms)");
    case Retries:
        return tr("Retries");
    case RequestId:
        return tr("Request ID");
    case Outcome:
        return tr("Outcome");
    default:
        return {};
    }
}

} // namespace bc::models
