#include "models/typedfilterproxymodel.h"

#include "models/mirrortablemodel.h"
#include "models/roles.h"

using namespace Qt::StringLiterals;

namespace bc::models {

TypedFilterProxyModel::TypedFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

// QSortFilterProxyModel::invalidateFilter() removes and inserts the rows that changed interval
// by interval, each interval costing a pass over the whole mapping: 100,000 rows filtered down
// to a thousand scattered ones took a second. A layout change rebuilds the mapping once.
void TypedFilterProxyModel::refilter()
{
    invalidate();
}

void TypedFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    m_mirror = qobject_cast<MirrorTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void TypedFilterProxyModel::setFilterText(const QString &text)
{
    const QStringList terms = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (terms == m_terms)
        return;
    m_terms = terms;
    refilter();
}

void TypedFilterProxyModel::setTextColumns(const QList<int> &columns)
{
    if (columns == m_textColumns)
        return;
    m_textColumns = columns;
    if (!m_terms.isEmpty())
        refilter();
}

void TypedFilterProxyModel::setValueFilter(int column, const QStringList &values)
{
    if (values.isEmpty()) {
        if (m_values.remove(column) == 0)
            return;
    } else {
        const QSet<QString> accepted(values.cbegin(), values.cend());
        if (m_values.value(column) == accepted)
            return;
        m_values.insert(column, accepted);
    }
    refilter();
}

void TypedFilterProxyModel::setDateRange(int column, const QDate &from, const QDate &to)
{
    if (!from.isValid() && !to.isValid()) {
        if (m_dates.remove(column) == 0)
            return;
    } else {
        m_dates.insert(column, {from.isValid() ? from.toString(Qt::ISODate) : QString(),
                                to.isValid() ? to.toString(Qt::ISODate) : QString()});
    }
    refilter();
}

void TypedFilterProxyModel::clearTypedFilters()
{
    if (m_values.isEmpty() && m_dates.isEmpty())
        return;
    m_values.clear();
    m_dates.clear();
    refilter();
}

void TypedFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (m_mirror) {
        // The source sorts; this proxy keeps its order (sort column -1 maps rows in source
        // order, also after the source's layoutChanged).
        if (QSortFilterProxyModel::sortColumn() != -1)
            QSortFilterProxyModel::sort(-1, order);
        m_mirror->sort(column, order);
        return;
    }
    QSortFilterProxyModel::sort(column, order);
}

QString TypedFilterProxyModel::rawValue(int sourceRow, int column,
                                        const QModelIndex &sourceParent) const
{
    if (m_mirror)
        return m_mirror->rawText(sourceRow, column);
    return sourceModel()->index(sourceRow, column, sourceParent).data(SortRole).toString();
}

bool TypedFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        if (!it->contains(rawValue(sourceRow, it.key(), sourceParent)))
            return false;
    }
    for (auto it = m_dates.cbegin(); it != m_dates.cend(); ++it) {
        // ISO text compares like the dates it names; the day is the first ten characters.
        const QString day = rawValue(sourceRow, it.key(), sourceParent).left(10);
        if (day.isEmpty())
            return false;
        if (!it->from.isEmpty() && day < it->from)
            return false;
        if (!it->to.isEmpty() && day > it->to)
            return false;
    }
    if (m_terms.isEmpty())
        return true;
    if (m_mirror)
        return m_mirror->rowMatches(sourceRow, m_terms, m_textColumns);

    const QAbstractItemModel *model = sourceModel();
    const int columns = model->columnCount(sourceParent);
    for (const QString &term : m_terms) {
        bool found = false;
        for (int column = 0; column < columns && !found; ++column) {
            if (!m_textColumns.isEmpty() && !m_textColumns.contains(column))
                continue;
            found = model->index(sourceRow, column, sourceParent)
                            .data()
                            .toString()
                            .contains(term, Qt::CaseInsensitive);
        }
        if (!found)
            return false;
    }
    return true;
}

} // namespace bc::models
