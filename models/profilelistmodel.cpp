#include "models/profilelistmodel.h"

#include "core/api/environment.h"
#include "models/roles.h"

using namespace Qt::StringLiterals;

namespace bc::models {

ProfileListModel::ProfileListModel(store::ProfileRegistry *registry, QObject *parent)
    : QAbstractTableModel(parent)
    , m_registry(registry)
    , m_profiles(registry->profiles())
{ }

QString ProfileListModel::badgeText(const store::Profile &profile)
{
    switch (profile.environment) {
    case api::EnvironmentKind::Demo:
        return api::Environment::demo({}).badge();
    case api::EnvironmentKind::Sandbox:
        return api::Environment::sandbox().badge();
    case api::EnvironmentKind::Production:
        return api::Environment::production().badge();
    case api::EnvironmentKind::Custom:
        break;
    }
    const QUrl &url = profile.customBaseUrl;
    if (url.host().isEmpty())
        return api::Environment::custom(url).badge();
    return url.port() > 0 ? u"%1:%2"_s.arg(url.host()).arg(url.port()) : url.host();
}

std::optional<store::Profile> ProfileListModel::profileAt(int row) const
{
    if (row < 0 || row >= m_profiles.size())
        return std::nullopt;
    return m_profiles.at(row);
}

int ProfileListModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_profiles.size(); ++row) {
        if (m_profiles.at(row).name == name)
            return row;
    }
    return -1;
}

bool ProfileListModel::addProfile(const store::Profile &profile, QString *error)
{
    if (!m_registry->add(profile, error))
        return false;
    const int row = int(m_profiles.size());
    beginInsertRows({}, row, row);
    m_profiles.append(profile);
    endInsertRows();
    return true;
}

bool ProfileListModel::updateProfile(const store::Profile &profile, QString *error)
{
    if (!m_registry->update(profile, error))
        return false;
    const int row = rowOf(profile.name);
    if (row < 0) {
        reload();
        return true;
    }
    m_profiles[row] = profile;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

bool ProfileListModel::removeProfile(const QString &name,
                                     store::ProfileRegistry::FolderOnRemove folder, QString *error)
{
    const int row = rowOf(name);
    const bool removed = m_registry->remove(name, folder, error);
    // The registry may drop the profile and still report that its folder stayed: follow it.
    const bool gone = !m_registry->find(name).has_value();
    if (gone && row >= 0) {
        beginRemoveRows({}, row, row);
        m_profiles.removeAt(row);
        endRemoveRows();
    }
    return removed;
}

void ProfileListModel::reload()
{
    beginResetModel();
    m_profiles = m_registry->profiles();
    endResetModel();
}

int ProfileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size());
}

int ProfileListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfileListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::Profile &profile = m_profiles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name:
            return profile.name;
        case Environment:
            if (role == Qt::ToolTipRole && profile.environment == api::EnvironmentKind::Custom)
                return profile.customBaseUrl.toDisplayString();
            return badgeText(profile);
        case AppId:
            if (role == Qt::DisplayRole && profile.appId.isEmpty())
                return tr("(none)");
            return profile.appId;
        }
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == Environment)
            return tr("Environment %1").arg(badgeText(profile));
        break;
    case IdRole:
        return profile.name;
    case SortRole:
        return index.column() == Environment ? QVariant(int(profile.environment))
                                             : data(index, Qt::DisplayRole);
    case EnvironmentKindRole:
        return int(profile.environment);
    }
    return {};
}

QVariant ProfileListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Profile");
    case Environment:
        return tr("Environment");
    case AppId:
        return tr("App ID");
    }
    return {};
}

} // namespace bc::models
