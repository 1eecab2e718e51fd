#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace bc::models {

// Sorts by the raw SortRole value and filters by free text: every word typed must appear in at
// least one column of the row (case-insensitive), so "eur admin" finds admin rows in euros.
class TableFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TableFilterProxyModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    [[nodiscard]] QString filterText() const { return m_terms.join(u' '); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_terms;
};

} // namespace bc::models
