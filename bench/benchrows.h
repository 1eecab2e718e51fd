#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// Generated API rows shared by the benchmarks (store_bench, ui_bench).
namespace bc::bench {

// A 19-digit id like the API's (7 followed by 18 digits).
[[nodiscard]] QString longId(qint64 base, qint64 n);
// /bc/asset/get/ asset_type=ADVERTISER rows: 19-digit asset_id strings, non-ASCII names.
[[nodiscard]] QList<QJsonObject> adAccounts(int count);
// /bc/account/transaction/get/ rows over `accounts` ad accounts (amounts as strings and as
// numbers, like the API's).
[[nodiscard]] QList<QJsonObject> transactions(int count, int accounts);

} // namespace bc::bench
