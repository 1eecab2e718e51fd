#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bc::store {

// The lists of a Business Center the mirror keeps, one table each.
enum class MirrorList {
    BusinessCenters,      // /bc/get/ (not per BC: bc_id is the row's own)
    AdAccounts,           // /bc/asset/get/ asset_type=ADVERTISER
    Assets,               // /bc/asset/get/ other types; scope = asset type
    Members,              // /bc/member/get/
    Partners,             // /bc/partner/get/
    AssetGroups,          // /bc/asset_group/list/
    BillingGroups,        // /bc/billing_group/get/
    BillingGroupAccounts, // /bc/billing_group/advertiser/list/; scope = billing group id
    Invoices,             // /bc/invoice/get/
    BcTransactions,       // /bc/transaction/get/
    AccountTransactions,  // /bc/account/transaction/get/
    AccountCosts,         // /bc/account/cost/get/; scope = "START..END" dates
    BcBalance,            // /bc/balance/get/ (one row)
    AccountBalances,      // /advertiser/balance/get/ at BC level
    Pixels,               // /bc/pixel/get/
};

// How a column's value is read from a row's JSON.
enum class ColumnType {
    Text,    // digit-exact ids and texts (json::text / json::idString)
    Integer, // whole numbers
    Amount,  // money, stored exactly as minor units (cents) in a BIGINT
    Boolean, // 0 or 1
};

struct MirrorColumn
{
    QString name;     // SQL column
    QString jsonPath; // "user_role", or "bc_info.name" for nested objects
    ColumnType type = ColumnType::Text;
};

// One list's table: which JSON fields make a row's id, which are copied into typed columns
// (for sorting, filtering and sums); the whole object is kept too, in `raw`, so that fields the
// API added later are never lost.
struct MirrorListSpec
{
    MirrorList list;
    QString key;   // stable name for list_fetches and logs: "ad_accounts"
    QString table; // SQL table
    // The row id: these fields joined with '|'. Lists without ids of their own (BC transactions)
    // name several; rows that are still equal get "#2", "#3", ... in listing order.
    QStringList idFields;
    QList<MirrorColumn> columns;
    // Keys a row whose id fields are all empty ("user_email:a@b.example"); empty: such rows are
    // skipped.
    QString fallbackIdField = {};
};

[[nodiscard]] const QList<MirrorListSpec> &mirrorListSpecs();
[[nodiscard]] const MirrorListSpec &mirrorListSpec(MirrorList list);
[[nodiscard]] std::optional<MirrorList> mirrorListFromKey(const QString &key);

} // namespace bc::store
