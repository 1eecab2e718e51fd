#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

namespace bc::emulator {

// Money is kept in integer cents, so sums and the balance identities (account_balance =
// valid_account_balance + frozen_balance + tax) stay exact; it becomes a two-decimal value only
// when it is answered.
using Cents = qint64;

namespace Money {

// 123456 → the JSON number 1234.56 (Qt writes the shortest form that reads back the same double,
// so it appears as "1234.56" on the wire).
[[nodiscard]] QJsonValue toJson(Cents cents);
// 123456 → "1234.56", -5 → "-0.05", 100 → "1.00".
[[nodiscard]] QString format(Cents cents);
// "12.34", "12.3", "12", "-0.5" → cents; nullopt for more than two decimals or anything else.
[[nodiscard]] std::optional<Cents> parse(const QString &text);
// A JSON number (12.34) or numeric string ("12.34") → cents; nullopt otherwise.
[[nodiscard]] std::optional<Cents> fromJson(const QJsonValue &value);
// amount × basisPoints / 10000, rounded half away from zero (1900 basis points = 19 %).
[[nodiscard]] Cents applyRate(Cents amount, int basisPoints);

} // namespace Money

} // namespace bc::emulator
