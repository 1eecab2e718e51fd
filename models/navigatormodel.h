#pragma once

#include "core/domain/businesscenter.h"

#include <QAbstractItemModel>
#include <QList>

#include <memory>
#include <vector>

namespace bc::models {

// The tree on the left of the main window: the profile, and under it its Business Centers.
// Sections per Business Center (ad accounts, members, ...) hang under those later.
class NavigatorModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class NodeKind {
        Profile,
        BusinessCenter,
    };
    Q_ENUM(NodeKind)

    explicit NavigatorModel(QObject *parent = nullptr);
    ~NavigatorModel() override;

    // Shows one profile, e.g. "Demo" with the badge "DEMO"; replaces any previous one with its BCs.
    void setProfile(const QString &name, const QString &badge);
    void setBusinessCenters(const QList<domain::BusinessCenter> &centers);

    [[nodiscard]] QModelIndex profileIndex() const;
    [[nodiscard]] QModelIndex businessCenterIndex(const QString &id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Node;

    [[nodiscard]] Node *nodeFor(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexFor(const Node *node) const;

    std::unique_ptr<Node> m_root;
};

} // namespace bc::models
