#pragma once

#include "core/store/mirrorlist.h"
#include "models/mirrortablecolumn.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace bc::ui {

// One typed filter of a table panel: a pick of the values present in a column, or a date
// range on a date column.
struct PanelFilter
{
    enum class Kind {
        Values,
        DateRange
    };
    Kind kind = Kind::Values;
    int column = -1;
    QString label; // the column's header
    QString field; // the API field (for the words of its values)
};

// Which typed filters each list gets: the columns people narrow a list by (roles, statuses,
// currencies, types, the billing group, a date range), where the list's column set has them.
class PanelFilters
{
    Q_DECLARE_TR_FUNCTIONS(PanelFilters)

public:
    [[nodiscard]] static QList<PanelFilter>
    forList(store::MirrorList list, const QList<models::MirrorTableColumn> &columns);
};

} // namespace bc::ui
