#pragma once

#include "core/store/mirrorrow.h"
#include "core/store/reconciliationrow.h"
#include "core/store/storeerror.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace bc::store {

class CsvFile;
class MirrorStore;

// Sets each invoice of a BC against the transactions the mirror holds for it, with no network:
// the invoices (/bc/invoice/get/), the BC transactions (/bc/transaction/get/) and the account
// transactions (/bc/account/transaction/get/).
//
// Linking. Both transaction lists name the invoice they belong to (reference §3.3: invoice_id,
// invoice_serial_number; §3.4: invoice_id, serial_number). A transaction with an invoice_id
// belongs to that invoice only; one without an id but with a serial number belongs to the invoice
// with that serial number; one with neither belongs to no invoice. In the emulator only BC bill
// payments carry them. Account costs (/bc/account/cost/get/) are totals per ad account and date
// range with no invoice reference, so no share of them can be attributed to one invoice: they are
// not used.
//
// Sums, exact in minor units and only over linked transactions in the invoice's currency:
// - invoiced: the invoice's amount (tax included).
// - charged: the linked account transactions; amount is a magnitude there, so amount_type
//   POSITIVE (money back to the account) subtracts and anything else (a charge) adds.
//   Not set when no account transaction refers to the invoice.
// - paid: the magnitudes of the linked BC transactions (payments of the invoice; the sign only
//   says from which side the API looks at it).
// - unpaid: invoiced - paid for an invoice with something to pay (not DELETED, pay_status not
//   NO_NEED, amount > 0), else -paid; negative means overpaid.
// The flag is the first of ReconciliationFlag's order that applies.
class Reconciliation
{
    Q_DECLARE_TR_FUNCTIONS(Reconciliation)

public:
    // One row per invoice, ordered by send date then invoice id.
    [[nodiscard]] static QList<ReconciliationRow>
    reconcile(const QList<MirrorRow> &invoices, const QList<MirrorRow> &bcTransactions,
              const QList<MirrorRow> &accountTransactions);
    // The same from the mirror's lists of `bcId`. Empty with *error set when they cannot be read.
    [[nodiscard]] static QList<ReconciliationRow>
    fromMirror(MirrorStore &store, const QString &bcId, StoreError *error = nullptr);

    // The CSV columns, API-like snake_case.
    [[nodiscard]] static QStringList columns();
    // A header row, then one row per invoice; amounts as plain decimals with two places.
    [[nodiscard]] static CsvFile csv(const QList<ReconciliationRow> &rows);
    // Rows whose flag is not OK.
    [[nodiscard]] static int disagreements(const QList<ReconciliationRow> &rows);
};

} // namespace bc::store
