#pragma once

#include "core/domain/businesscenter.h"

#include <QAbstractTableModel>
#include <QList>

namespace bc::models {

// The Business Centers the signed-in user can see, one row each.
class BusinessCenterTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Id,
        Company,
        Currency,
        Timezone,
        Status,
        UserRole,
        FinanceRole,
        ColumnCount,
    };
    Q_ENUM(Column)

    explicit BusinessCenterTableModel(QObject *parent = nullptr);

    // Replaces the contents, updating rows in place by id: rows that stay keep their position (so
    // selections survive a refresh), rows that went are removed, new rows are appended.
    void setBusinessCenters(const QList<domain::BusinessCenter> &centers);
    void clear();

    [[nodiscard]] const QList<domain::BusinessCenter> &businessCenters() const { return m_rows; }
    [[nodiscard]] int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] static QVariant displayText(const domain::BusinessCenter &bc, int column);
    [[nodiscard]] static QVariant sortValue(const domain::BusinessCenter &bc, int column);

    QList<domain::BusinessCenter> m_rows;
};

} // namespace bc::models
