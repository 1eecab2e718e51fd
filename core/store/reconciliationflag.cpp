#include "core/store/reconciliationflag.h"

using namespace Qt::StringLiterals;

namespace bc::store {

QString reconciliationFlagKey(ReconciliationFlag flag)
{
    switch (flag) {
    case ReconciliationFlag::CurrencyMismatch:
        return u"CURRENCY_MISMATCH"_s;
    case ReconciliationFlag::NoTransactions:
        return u"NO_TRANSACTIONS"_s;
    case ReconciliationFlag::ChargedDiffers:
        return u"CHARGED_DIFFERS"_s;
    case ReconciliationFlag::Unpaid:
        return u"UNPAID"_s;
    case ReconciliationFlag::Overpaid:
        return u"OVERPAID"_s;
    case ReconciliationFlag::Ok:
        return u"OK"_s;
    }
    return {};
}

} // namespace bc::store
