#pragma once

#include "core/domain/budgetchangelogentry.h"

#include <QJsonObject>

namespace bc::api {

// Turns a `changelog_list` item into a BudgetChangelogEntry.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class BudgetChangelogEntryDecoder
{
public:
    [[nodiscard]] static domain::BudgetChangelogEntry decode(const QJsonObject &item);
};

} // namespace bc::api
