#include "models/businesscentertablemodel.h"

#include "models/enumtext.h"
#include "models/roles.h"

#include <QHash>
#include <QSet>

namespace bc::models {

BusinessCenterTableModel::BusinessCenterTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void BusinessCenterTableModel::setBusinessCenters(const QList<domain::BusinessCenter> &centers)
{
    if (m_rows.isEmpty() || centers.isEmpty()) {
        beginResetModel();
        m_rows = centers;
        endResetModel();
        return;
    }

    QHash<QString, qsizetype> incoming;
    incoming.reserve(centers.size());
    for (qsizetype i = 0; i < centers.size(); ++i)
        incoming.insert(centers.at(i).id, i);

    // Remove rows that are gone, from the bottom up so earlier row numbers stay valid.
    for (int row = static_cast<int>(m_rows.size()) - 1; row >= 0; --row) {
        if (!incoming.contains(m_rows.at(row).id)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }

    // Update the rows that stay, in place.
    QSet<QString> present;
    for (int row = 0; row < m_rows.size(); ++row) {
        const domain::BusinessCenter &fresh = centers.at(incoming.value(m_rows.at(row).id));
        present.insert(fresh.id);
        if (!(m_rows.at(row) == fresh)) {
            m_rows[row] = fresh;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }

    // Append the new ones, in the order the API listed them.
    QList<domain::BusinessCenter> added;
    for (const domain::BusinessCenter &bc : centers) {
        if (!present.contains(bc.id))
            added.append(bc);
    }
    if (!added.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        m_rows.append(added);
        endInsertRows();
    }
}

void BusinessCenterTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int BusinessCenterTableModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

int BusinessCenterTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int BusinessCenterTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BusinessCenterTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::BusinessCenter &bc = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(bc, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Timezone || index.column() == Name)
            return tr("%1\nID %2\nTime zone %3").arg(bc.name, bc.id, bc.timezone);
        return {};
    case IdRole:
        return bc.id;
    case SortRole:
        return sortValue(bc, index.column());
    case RawJsonRole:
        return bc.raw;
    default:
        return {};
    }
}

QVariant BusinessCenterTableModel::displayText(const domain::BusinessCenter &bc, int column)
{
    switch (column) {
    case Name:
        return bc.name;
    case Id:
        return bc.id;
    case Company:
        return bc.company;
    case Currency:
        return bc.currency;
    case Timezone:
        return bc.timezone;
    case Status:
        return EnumText::businessCenterStatus(bc.status);
    case UserRole:
        return EnumText::userRole(bc.userRole);
    case FinanceRole:
        return EnumText::financeRole(bc.financeRole);
    default:
        return {};
    }
}

QVariant BusinessCenterTableModel::sortValue(const domain::BusinessCenter &bc, int column)
{
    switch (column) {
    case Id:
        // Ids of different lengths sort by number when compared as equal-length strings.
        return bc.id.rightJustified(20, u'0');
    // Enums sort by their API value, whatever language the display text is in.
    case Status:
        return bc.status;
    case UserRole:
        return bc.userRole;
    case FinanceRole:
        return bc.financeRole;
    default:
        return displayText(bc, column);
    }
}

QVariant BusinessCenterTableModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Id:
        return tr("ID");
    case Company:
        return tr("Company");
    case Currency:
        return tr("Currency");
    case Timezone:
        return tr("Time zone");
    case Status:
        return tr("Status");
    case UserRole:
        return tr("Your role");
    case FinanceRole:
        return tr("Your finance role");
    default:
        return {};
    }
}

} // namespace bc::models
