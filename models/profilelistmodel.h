#pragma once

#include "core/store/profile.h"
#include "core/store/profileregistry.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace bc::models {

// The saved profiles of a ProfileRegistry, one row each, in the registry's order. Changes go
// through the model (which saves them in the registry at once) so that views update in place.
class ProfileListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Environment, // the badge: DEMO, SANDBOX, PRODUCTION, or the custom API's host
        AppId,
        ColumnCount,
    };
    Q_ENUM(Column)

    enum ProfileRole {
        EnvironmentKindRole = Qt::UserRole + 100, // api::EnvironmentKind as int
    };

    explicit ProfileListModel(store::ProfileRegistry *registry, QObject *parent = nullptr);

    // "DEMO", "SANDBOX", "PRODUCTION", or "host:port" for a custom API root.
    [[nodiscard]] static QString badgeText(const store::Profile &profile);

    [[nodiscard]] store::ProfileRegistry *registry() const { return m_registry; }
    [[nodiscard]] std::optional<store::Profile> profileAt(int row) const;
    // -1 when there is no such profile.
    [[nodiscard]] int rowOf(const QString &name) const;

    // Each saves through the registry; false, with `error` set, and no change when it fails.
    [[nodiscard]] bool addProfile(const store::Profile &profile, QString *error);
    [[nodiscard]] bool updateProfile(const store::Profile &profile, QString *error);
    [[nodiscard]] bool removeProfile(const QString &name,
                                     store::ProfileRegistry::FolderOnRemove folder, QString *error);
    // Reads the registry's list again (after someone else changed it).
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    store::ProfileRegistry *m_registry;
    QList<store::Profile> m_profiles;
};

} // namespace bc::models
