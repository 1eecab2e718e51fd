#include "models/activityfilterproxymodel.h"

#include "models/roles.h"

#include <algorithm>

namespace bc::models {

ActivityFilterProxyModel::ActivityFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ActivityFilterProxyModel::setFilterText(const QString &text)
{
    const QStringList terms = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (terms == m_terms)
        return;
    m_terms = terms;
    invalidateFilter();
}

void ActivityFilterProxyModel::setFailuresOnly(bool failuresOnly)
{
    if (failuresOnly == m_failuresOnly)
        return;
    m_failuresOnly = failuresOnly;
    invalidateFilter();
}

bool ActivityFilterProxyModel::filterAcceptsRow(int sourceRow,
                                                const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (m_failuresOnly && !model->index(sourceRow, 0, sourceParent).data(FailedRole).toBool())
        return false;
    if (m_terms.isEmpty())
        return true;
    const int columns = model->columnCount(sourceParent);
    QStringList cells;
    cells.reserve(columns);
    for (int column = 0; column < columns; ++column)
        cells.append(model->index(sourceRow, column, sourceParent).data().toString());
    return std::all_of(m_terms.cbegin(), m_terms.cend(), [&cells](const QString &term) {
        return std::any_of(cells.cbegin(), cells.cend(), [&term](const QString &cell) {
            return cell.contains(term, Qt::CaseInsensitive);
        });
    });
}

bool ActivityFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (QSortFilterProxyModel::lessThan(left, right))
        return true;
    if (QSortFilterProxyModel::lessThan(right, left))
        return false;
    return left.row() > right.row(); // the older one (further down in the source) is "less"
}

} // namespace bc::models
