#pragma once

#include <QString>

namespace bc::store {

// What the reconciliation of one invoice found; one flag per invoice, the first that applies in
// this order (see Reconciliation for the linking rules and the sums).
enum class ReconciliationFlag {
    // A linked transaction is in another currency than the invoice: it was left out of the sums,
    // so the other figures of the row cannot be trusted.
    CurrencyMismatch,
    // The API calls the invoice (partly) paid, but no BC or account transaction in the mirror
    // refers to it: the payment is outside the mirrored range or was never recorded.
    NoTransactions,
    // Account transactions refer to the invoice and their sum differs from the invoiced amount.
    ChargedDiffers,
    // Less was paid than invoiced (including nothing at all).
    Unpaid,
    // More was paid than invoiced, or anything was paid on an invoice with nothing to pay.
    Overpaid,
    // Everything the mirror holds agrees with the invoice.
    Ok,
};

// The flag's column text: "CURRENCY_MISMATCH", "NO_TRANSACTIONS", "CHARGED_DIFFERS", "UNPAID",
// "OVERPAID", "OK".
[[nodiscard]] QString reconciliationFlagKey(ReconciliationFlag flag);

} // namespace bc::store
