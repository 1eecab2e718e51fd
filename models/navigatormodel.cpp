#include "models/navigatormodel.h"

#include "models/roles.h"

#include <QGuiApplication>
#include <QIcon>
#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc::models {

struct NavigatorModel::Node
{
    NodeKind kind = NodeKind::Profile;
    std::optional<Section> section;
    QString text;
    QString detail; // tooltip
    QString id;     // BC nodes: the BC's id
    QString bcId;   // BC nodes and their descendants
    QString scope;  // asset type children of Assets
    qint64 count = -1;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    [[nodiscard]] int row() const
    {
        if (!parent)
            return 0;
        const auto &siblings = parent->children;
        for (size_t i = 0; i < siblings.size(); ++i) {
            if (siblings[i].get() == this)
                return static_cast<int>(i);
        }
        return 0;
    }
};

namespace {

// The sections directly under a BC, in the order of the navigator; BcTransactions hangs under
// Transactions and Activity under the profile.
constexpr Section businessCenterSections[] = {
        Section::Overview,     Section::AdAccounts,  Section::Members,       Section::Partners,
        Section::Assets,       Section::AssetGroups, Section::BillingGroups, Section::Invoices,
        Section::Transactions, Section::Costs,       Section::Pixels,
};

QString iconName(NavigatorModel::NodeKind kind, std::optional<Section> section)
{
    if (kind == NavigatorModel::NodeKind::Profile)
        return u"user-identity"_s;
    if (kind == NavigatorModel::NodeKind::BusinessCenter || !section)
        return u"folder"_s;
    switch (*section) {
    case Section::Overview:
        return u"go-home"_s;
    case Section::Members:
    case Section::Partners:
        return u"system-users"_s;
    case Section::Invoices:
        return u"x-office-document"_s;
    case Section::Activity:
        return u"utilities-system-monitor"_s;
    default:
        return u"x-office-spreadsheet"_s;
    }
}

} // namespace

NavigatorModel::NavigatorModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
    , m_assetTypes(defaultAssetTypes())
{ }

NavigatorModel::~NavigatorModel() = default;

QStringList NavigatorModel::defaultAssetTypes()
{
    // Mirrors sync::SyncService::defaultAssetTypes(); models do not link the sync.
    return {u"CATALOG"_s,    u"LEAD"_s,        u"PIXEL"_s,
            u"STOREFRONT"_s, u"TIKTOK_SHOP"_s, u"TT_ACCOUNT"_s};
}

void NavigatorModel::setProfile(const QString &name, const QString &badge)
{
    if (!m_root->children.empty()) {
        beginRemoveRows({}, 0, static_cast<int>(m_root->children.size()) - 1);
        m_root->children.clear();
        endRemoveRows();
    }
    auto profile = std::make_unique<Node>();
    profile->kind = NodeKind::Profile;
    profile->text = tr("%1 (%2)").arg(name, badge);
    profile->detail = tr("Profile %1 on the %2 environment").arg(name, badge);
    profile->parent = m_root.get();

    auto activity = std::make_unique<Node>();
    activity->kind = NodeKind::Section;
    activity->section = Section::Activity;
    activity->text = sectionTitle(Section::Activity);
    activity->detail = tr("The requests this profile sent to the API");
    activity->parent = profile.get();
    profile->children.push_back(std::move(activity));

    beginInsertRows({}, 0, 0);
    m_root->children.push_back(std::move(profile));
    endInsertRows();
}

NavigatorModel::Node *NavigatorModel::profileNode() const
{
    return m_root->children.empty() ? nullptr : m_root->children.front().get();
}

int NavigatorModel::businessCenterCount() const
{
    const Node *profile = profileNode();
    if (!profile)
        return 0;
    return static_cast<int>(
            std::count_if(profile->children.cbegin(), profile->children.cend(),
                          [](const auto &node) { return node->kind == NodeKind::BusinessCenter; }));
}

std::unique_ptr<NavigatorModel::Node>
NavigatorModel::makeBusinessCenter(const domain::BusinessCenter &bc, Node *parent) const
{
    auto node = std::make_unique<Node>();
    node->kind = NodeKind::BusinessCenter;
    node->text = bc.name;
    node->detail = tr("%1\nID %2").arg(bc.company, bc.id);
    node->id = bc.id;
    node->bcId = bc.id;
    node->parent = parent;
    for (const Section section : businessCenterSections)
        node->children.push_back(makeSection(section, bc.id, node.get()));
    return node;
}

std::unique_ptr<NavigatorModel::Node>
NavigatorModel::makeSection(Section section, const QString &bcId, Node *parent) const
{
    auto node = std::make_unique<Node>();
    node->kind = NodeKind::Section;
    node->section = section;
    node->text = sectionTitle(section);
    node->bcId = bcId;
    node->parent = parent;
    if (section == Section::Assets) {
        for (const QString &type : m_assetTypes)
            node->children.push_back(makeAssetType(type, bcId, node.get()));
    } else if (section == Section::Transactions) {
        node->detail = tr("Transactions of the Business Center's ad accounts");
        node->children.push_back(makeSection(Section::BcTransactions, bcId, node.get()));
    }
    return node;
}

std::unique_ptr<NavigatorModel::Node>
NavigatorModel::makeAssetType(const QString &type, const QString &bcId, Node *parent) const
{
    auto node = std::make_unique<Node>();
    node->kind = NodeKind::Section;
    node->section = Section::Assets;
    node->text = assetTypeTitle(type);
    node->detail = tr("Assets of type %1").arg(type);
    node->bcId = bcId;
    node->scope = type;
    node->parent = parent;
    return node;
}

void NavigatorModel::setBusinessCenters(const QList<domain::BusinessCenter> &centers)
{
    Node *profile = profileNode();
    if (!profile)
        return;
    const QModelIndex profileIdx = indexFor(profile);
    auto &children = profile->children; // the BCs first, Activity last

    // 1. BCs that went away.
    QSet<QString> wanted;
    for (const domain::BusinessCenter &bc : centers)
        wanted.insert(bc.id);
    for (int row = businessCenterCount() - 1; row >= 0; --row) {
        if (wanted.contains(children[static_cast<size_t>(row)]->id))
            continue;
        beginRemoveRows(profileIdx, row, row);
        children.erase(children.begin() + row);
        endRemoveRows();
    }

    // 2. In the new order: keep (and rename), move or insert.
    for (int row = 0; row < centers.size(); ++row) {
        const domain::BusinessCenter &bc = centers.at(row);
        const int count = businessCenterCount();
        if (row < count && children[static_cast<size_t>(row)]->id == bc.id) {
            Node *node = children[static_cast<size_t>(row)].get();
            const QString detail = tr("%1\nID %2").arg(bc.company, bc.id);
            if (node->text != bc.name || node->detail != detail) {
                node->text = bc.name;
                node->detail = detail;
                const QModelIndex changed = indexFor(node);
                Q_EMIT dataChanged(changed, changed, {Qt::DisplayRole, Qt::ToolTipRole});
            }
            continue;
        }
        int from = -1;
        for (int other = row + 1; other < count; ++other) {
            if (children[static_cast<size_t>(other)]->id == bc.id) {
                from = other;
                break;
            }
        }
        if (from >= 0) {
            beginMoveRows(profileIdx, from, from, profileIdx, row);
            auto node = std::move(children[static_cast<size_t>(from)]);
            children.erase(children.begin() + from);
            children.insert(children.begin() + row, std::move(node));
            endMoveRows();
            --row; // look at it again for a rename
            continue;
        }
        beginInsertRows(profileIdx, row, row);
        children.insert(children.begin() + row, makeBusinessCenter(bc, profile));
        endInsertRows();
    }

    // 3. Leftovers (only when the old list held an id twice).
    const int count = businessCenterCount();
    if (count > centers.size()) {
        beginRemoveRows(profileIdx, static_cast<int>(centers.size()), count - 1);
        children.erase(children.begin() + centers.size(), children.begin() + count);
        endRemoveRows();
    }
}

void NavigatorModel::setAssetTypes(const QStringList &types)
{
    if (types == m_assetTypes)
        return;
    m_assetTypes = types;
    Node *profile = profileNode();
    if (!profile)
        return;
    for (const auto &bc : profile->children) {
        Node *assets = findSection(bc.get(), Section::Assets);
        if (!assets)
            continue;
        const QModelIndex assetsIdx = indexFor(assets);
        if (!assets->children.empty()) {
            beginRemoveRows(assetsIdx, 0, static_cast<int>(assets->children.size()) - 1);
            assets->children.clear();
            endRemoveRows();
        }
        if (m_assetTypes.isEmpty())
            continue;
        beginInsertRows(assetsIdx, 0, static_cast<int>(m_assetTypes.size()) - 1);
        for (const QString &type : m_assetTypes)
            assets->children.push_back(makeAssetType(type, bc->bcId, assets));
        endInsertRows();
    }
}

void NavigatorModel::setSectionCount(const QString &bcId, Section section, qint64 count,
                                     const QString &scope)
{
    const QModelIndex idx = sectionIndex(bcId, section, scope);
    if (!idx.isValid())
        return;
    Node *node = nodeFor(idx);
    const qint64 value = count < 0 ? -1 : count;
    if (node->count == value)
        return;
    node->count = value;
    Q_EMIT dataChanged(idx, idx, {Qt::DisplayRole});
}

QModelIndex NavigatorModel::profileIndex() const
{
    return indexFor(profileNode());
}

QModelIndex NavigatorModel::businessCenterIndex(const QString &id) const
{
    const Node *profile = profileNode();
    if (!profile || id.isEmpty())
        return {};
    for (const auto &node : profile->children) {
        if (node->kind == NodeKind::BusinessCenter && node->id == id)
            return indexFor(node.get());
    }
    return {};
}

NavigatorModel::Node *NavigatorModel::findSection(const Node *parent, Section section) const
{
    if (!parent)
        return nullptr;
    for (const auto &child : parent->children) {
        if (child->section == section && child->scope.isEmpty())
            return child.get();
    }
    return nullptr;
}

QModelIndex NavigatorModel::sectionIndex(const QString &bcId, Section section,
                                         const QString &scope) const
{
    if (section == Section::Activity)
        return activityIndex();
    const QModelIndex bcIdx = businessCenterIndex(bcId);
    if (!bcIdx.isValid())
        return {};
    const Node *bc = nodeFor(bcIdx);
    if (section == Section::BcTransactions)
        return indexFor(findSection(findSection(bc, Section::Transactions), section));
    const Node *node = findSection(bc, section);
    if (!node)
        return {};
    if (section == Section::Assets && !scope.isEmpty()) {
        for (const auto &child : node->children) {
            if (child->scope == scope)
                return indexFor(child.get());
        }
        return {};
    }
    return indexFor(node);
}

QModelIndex NavigatorModel::activityIndex() const
{
    const Node *profile = profileNode();
    if (!profile || profile->children.empty())
        return {};
    const Node *last = profile->children.back().get();
    return last->section == Section::Activity ? indexFor(last) : QModelIndex();
}

std::optional<Section> NavigatorModel::sectionAt(const QModelIndex &index)
{
    const QVariant value = index.data(SectionRole);
    if (!value.isValid())
        return std::nullopt;
    return static_cast<Section>(value.toInt());
}

QString NavigatorModel::bcIdAt(const QModelIndex &index)
{
    return index.data(BcIdRole).toString();
}

QString NavigatorModel::scopeAt(const QModelIndex &index)
{
    return index.data(ScopeRole).toString();
}

NavigatorModel::Node *NavigatorModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex NavigatorModel::indexFor(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), 0, node);
}

QModelIndex NavigatorModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *parentNode = nodeFor(parent);
    return createIndex(row, column, parentNode->children[static_cast<size_t>(row)].get());
}

QModelIndex NavigatorModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *node = nodeFor(child);
    return indexFor(node->parent);
}

int NavigatorModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return static_cast<int>(nodeFor(parent)->children.size());
}

int NavigatorModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant NavigatorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
        if (node->count >= 0)
            return tr("%1 (%2)").arg(node->text, QLocale().toString(node->count));
        return node->text;
    case Qt::ToolTipRole:
        return node->detail.isEmpty() ? QVariant() : QVariant(node->detail);
    case Qt::DecorationRole:
        // Theme icons need a GUI application (the model also serves guiless tests).
        if (node->scope.isEmpty() && qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return QIcon::fromTheme(iconName(node->kind, node->section));
        return {};
    case IdRole:
        return node->id;
    case NodeKindRole:
        return QVariant::fromValue(node->kind);
    case SectionRole:
        return node->section ? QVariant(static_cast<int>(*node->section)) : QVariant();
    case BcIdRole:
        return node->bcId.isEmpty() ? QVariant() : QVariant(node->bcId);
    case ScopeRole:
        return node->scope.isEmpty() ? QVariant() : QVariant(node->scope);
    default:
        return {};
    }
}

} // namespace bc::models
