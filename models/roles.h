#pragma once

#include <Qt>

namespace bc::models {

// Item data roles shared by every model of the console.
enum Role {
    IdRole = Qt::UserRole + 1, // the row's object id, digit-exact (QString)
    SortRole,                  // the raw value to sort by (not the formatted display text)
    RawJsonRole,               // the whole object as the API sent it (QJsonObject)
    NodeKindRole,              // navigator: what a node stands for (NavigatorModel::NodeKind)
    FetchedAtRole,             // mirror tables: when the row was fetched (QDateTime, UTC)
    ScopeRole,                 // mirror tables: the row's scope (asset type, billing group, ...);
                               // navigator: the asset type of an Assets child
    SectionRole,               // navigator: the node's section (int of bc::models::Section)
    BcIdRole,                  // navigator: the Business Center the node belongs to (QString)
    FailedRole,                // activity: the request failed (bool)
};

} // namespace bc::models
