#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace bc::models {

class MirrorTableModel;

// The filter of a table panel: free text across the visible columns (every word typed must
// appear in one of them, case-insensitive) plus typed filters by column: a set of accepted raw
// values (role, status, relation status, pay status, currency: the API's values, whatever the
// display language) and a date range (on the ISO text of a date column, both ends inclusive).
//
// Over a MirrorTableModel it reads cells without QVariant or display formatting, and sort() is
// passed to the source, which sorts its compact columns itself (far faster than a proxy sort
// over 100,000 rows); over other models it behaves like a QSortFilterProxyModel on SortRole.
class TypedFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TypedFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    void setFilterText(const QString &text);
    [[nodiscard]] QString filterText() const { return m_terms.join(u' '); }
    // The columns the text is looked for in (the visible ones); empty: every column.
    void setTextColumns(const QList<int> &columns);
    [[nodiscard]] const QList<int> &textColumns() const { return m_textColumns; }

    // Only rows whose raw value in `column` is one of `values`; an empty list removes it.
    void setValueFilter(int column, const QStringList &values);
    // Only rows whose date in `column` is within [from, to]; an invalid end is open.
    void setDateRange(int column, const QDate &from, const QDate &to);
    void clearTypedFilters();

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    struct DateRange
    {
        QString from; // "yyyy-MM-dd" or empty
        QString to;   // "yyyy-MM-dd" or empty
    };

    void refilter();
    [[nodiscard]] QString rawValue(int sourceRow, int column,
                                   const QModelIndex &sourceParent) const;

    MirrorTableModel *m_mirror = nullptr;
    QStringList m_terms;
    QList<int> m_textColumns;
    QHash<int, QSet<QString>> m_values;
    QHash<int, DateRange> m_dates;
};

} // namespace bc::models
