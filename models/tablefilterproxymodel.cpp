#include "models/tablefilterproxymodel.h"

#include "models/roles.h"

namespace bc::models {

TableFilterProxyModel::TableFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void TableFilterProxyModel::setFilterText(const QString &text)
{
    const QStringList terms = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (terms == m_terms)
        return;
    m_terms = terms;
    invalidateFilter();
}

bool TableFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_terms.isEmpty())
        return true;
    const QAbstractItemModel *model = sourceModel();
    const int columns = model->columnCount(sourceParent);
    QStringList cells;
    cells.reserve(columns);
    for (int column = 0; column < columns; ++column)
        cells.append(model->index(sourceRow, column, sourceParent).data().toString());
    for (const QString &term : m_terms) {
        const bool found = std::any_of(cells.cbegin(), cells.cend(), [&term](const QString &cell) {
            return cell.contains(term, Qt::CaseInsensitive);
        });
        if (!found)
            return false;
    }
    return true;
}

} // namespace bc::models
