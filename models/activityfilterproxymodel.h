#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace bc::models {

// The Activity panel's filter over an ActivityTableModel: free text (every word typed must
// appear in one column of the row, case-insensitive: path, request id, code, message, ...) and
// "failures only". Sorts by the raw SortRole value.
class ActivityFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ActivityFilterProxyModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    [[nodiscard]] QString filterText() const { return m_terms.join(u' '); }
    void setFailuresOnly(bool failuresOnly);
    [[nodiscard]] bool failuresOnly() const { return m_failuresOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // Equal values keep the source's order (newest first), so requests started in the same
    // millisecond do not swap places as rows arrive.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QStringList m_terms;
    bool m_failuresOnly = false;
};

} // namespace bc::models
