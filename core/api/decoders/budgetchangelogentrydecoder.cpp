#include "core/api/decoders/budgetchangelogentrydecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::BudgetChangelogEntry BudgetChangelogEntryDecoder::decode(const QJsonObject &item)
{
    domain::BudgetChangelogEntry entry;
    entry.operationTime = json::dateTime(item.value("operation_time"_L1));
    entry.activityType = json::text(item.value("activity_type"_L1));
    entry.previousBudget = json::amountOrUnset(item.value("previous_budget"_L1));
    entry.previousBudgetMode = json::text(item.value("previous_budget_mode"_L1));
    entry.currentBudget = json::amountOrUnset(item.value("current_budget"_L1));
    entry.currentBudgetMode = json::text(item.value("current_budget_mode"_L1));
    entry.currency = json::text(item.value("currency"_L1));
    entry.operatorId = json::idString(item.value("operator_id"_L1));
    entry.operatorName = json::text(item.value("operator_name"_L1));
    entry.raw = item;
    return entry;
}

} // namespace bc::api
