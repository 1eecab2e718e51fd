#pragma once

#include "money.h"

#include <QString>

namespace bc::emulator::Currencies {

// Rough units of a currency per US dollar, so generated amounts and minimums look right in each
// currency (a 50-dollar budget is about 7,500 yen). Unknown currencies count as 1.
[[nodiscard]] int unitsPerDollar(const QString &currency);
// Currencies whose amounts are whole numbers in practice (JPY, KRW, IDR, ...).
[[nodiscard]] bool wholeUnits(const QString &currency);
// dollars (in cents) expressed in currency, rounded to whole units where that currency does.
[[nodiscard]] Cents fromDollars(Cents dollarCents, const QString &currency);

} // namespace bc::emulator::Currencies
