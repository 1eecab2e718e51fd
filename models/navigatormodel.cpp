#include "models/navigatormodel.h"

#include "models/roles.h"

namespace bc::models {

struct NavigatorModel::Node
{
    NodeKind kind = NodeKind::Profile;
    QString text;
    QString detail; // tooltip
    QString id;
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

NavigatorModel::NavigatorModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

NavigatorModel::~NavigatorModel() = default;

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
    beginInsertRows({}, 0, 0);
    m_root->children.push_back(std::move(profile));
    endInsertRows();
}

void NavigatorModel::setBusinessCenters(const QList<domain::BusinessCenter> &centers)
{
    if (m_root->children.empty())
        return;
    Node *profile = m_root->children.front().get();
    const QModelIndex profileIdx = indexFor(profile);

    const bool sameIds = std::equal(
            profile->children.cbegin(), profile->children.cend(), centers.cbegin(), centers.cend(),
            [](const auto &node, const domain::BusinessCenter &bc) { return node->id == bc.id; });
    if (sameIds) {
        for (size_t i = 0; i < profile->children.size(); ++i) {
            Node *node = profile->children[i].get();
            const domain::BusinessCenter &bc = centers.at(static_cast<qsizetype>(i));
            if (node->text != bc.name) {
                node->text = bc.name;
                const QModelIndex changed = indexFor(node);
                Q_EMIT dataChanged(changed, changed);
            }
        }
        return;
    }

    if (!profile->children.empty()) {
        beginRemoveRows(profileIdx, 0, static_cast<int>(profile->children.size()) - 1);
        profile->children.clear();
        endRemoveRows();
    }
    if (centers.isEmpty())
        return;
    beginInsertRows(profileIdx, 0, static_cast<int>(centers.size()) - 1);
    for (const domain::BusinessCenter &bc : centers) {
        auto node = std::make_unique<Node>();
        node->kind = NodeKind::BusinessCenter;
        node->text = bc.name;
        node->detail = tr("%1\nID %2").arg(bc.company, bc.id);
        node->id = bc.id;
        node->parent = profile;
        profile->children.push_back(std::move(node));
    }
    endInsertRows();
}

QModelIndex NavigatorModel::profileIndex() const
{
    return m_root->children.empty() ? QModelIndex() : indexFor(m_root->children.front().get());
}

QModelIndex NavigatorModel::businessCenterIndex(const QString &id) const
{
    if (m_root->children.empty())
        return {};
    for (const auto &node : m_root->children.front()->children) {
        if (node->id == id)
            return indexFor(node.get());
    }
    return {};
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
        return node->text;
    case Qt::ToolTipRole:
        return node->detail;
    case IdRole:
        return node->id;
    case NodeKindRole:
        return QVariant::fromValue(node->kind);
    default:
        return {};
    }
}

} // namespace bc::models
