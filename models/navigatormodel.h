#pragma once

#include "core/domain/businesscenter.h"
#include "models/section.h"

#include <QAbstractItemModel>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace bc::models {

// The tree on the left of the main window: the profile; under it its Business Centers, each
// with its sections (Overview, Ad accounts, ..., Assets with one child per asset type,
// Transactions with the BC's own transactions as a child), and Activity as the profile's last
// child. Section nodes carry SectionRole, BcIdRole and, for asset types, ScopeRole.
class NavigatorModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class NodeKind {
        Profile,
        BusinessCenter,
        Section,
    };
    Q_ENUM(NodeKind)

    explicit NavigatorModel(QObject *parent = nullptr);
    ~NavigatorModel() override;

    // Shows one profile, e.g. "Demo" with the badge "DEMO"; replaces any previous one with its BCs.
    void setProfile(const QString &name, const QString &badge);
    // Keeps the nodes (and so the views' expansion and selection) of BCs that stay; only BCs
    // that come or go are inserted or removed, renamed ones change in place.
    void setBusinessCenters(const QList<domain::BusinessCenter> &centers);

    // The asset types shown under each BC's Assets (the sync's list: the window passes
    // sync::SyncService::assetTypes(), as this library does not link the sync).
    void setAssetTypes(const QStringList &types);
    [[nodiscard]] const QStringList &assetTypes() const { return m_assetTypes; }
    // The same six types the sync mirrors by default.
    [[nodiscard]] static QStringList defaultAssetTypes();

    // Shows "Ad accounts (5,012)"; a negative count removes the suffix.
    void setSectionCount(const QString &bcId, Section section, qint64 count,
                         const QString &scope = {});

    [[nodiscard]] QModelIndex profileIndex() const;
    [[nodiscard]] QModelIndex businessCenterIndex(const QString &id) const;
    // A section of a BC; for Assets, `scope` picks the asset type's child (empty: Assets
    // itself). Activity ignores the BC.
    [[nodiscard]] QModelIndex sectionIndex(const QString &bcId, Section section,
                                           const QString &scope = {}) const;
    [[nodiscard]] QModelIndex activityIndex() const;

    // The section a node stands for; none for the profile and BC nodes.
    [[nodiscard]] static std::optional<Section> sectionAt(const QModelIndex &index);
    // The BC a node is or belongs to; empty for the profile and Activity.
    [[nodiscard]] static QString bcIdAt(const QModelIndex &index);
    // The asset type of an Assets child; empty otherwise.
    [[nodiscard]] static QString scopeAt(const QModelIndex &index);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Node;

    [[nodiscard]] Node *nodeFor(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexFor(const Node *node) const;
    [[nodiscard]] Node *profileNode() const;
    [[nodiscard]] int businessCenterCount() const;
    [[nodiscard]] Node *findSection(const Node *parent, Section section) const;
    [[nodiscard]] std::unique_ptr<Node> makeBusinessCenter(const domain::BusinessCenter &bc,
                                                           Node *parent) const;
    [[nodiscard]] std::unique_ptr<Node> makeSection(Section section, const QString &bcId,
                                                    Node *parent) const;
    [[nodiscard]] std::unique_ptr<Node> makeAssetType(const QString &type, const QString &bcId,
                                                      Node *parent) const;

    std::unique_ptr<Node> m_root;
    QStringList m_assetTypes;
};

} // namespace bc::models
