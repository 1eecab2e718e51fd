#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace bc::emulator {

class World;
struct GeneratedBusinessCenter;
struct Invoice;
struct InvoiceTask;

// The files of the invoice family: an invoice as PDF (/bc/invoice/download/, and inside
// INVOICE_BATCH zips), the CSVs of INVOICE_LIST and BILLING_REPORT tasks, and zips.
namespace InvoiceFiles {

// QPdfWriter needs the font database, i.e. a QGuiApplication. Without one the file endpoints
// answer 50000 instead of crashing.
[[nodiscard]] bool canRenderPdf();
// A valid PDF (starts with %PDF-, ends with %%EOF) showing the serial number, dates, BC, billing
// group, a line table, amounts with and without tax and the currency. Empty if !canRenderPdf().
// Works on any thread (painting on a QPdfWriter does not need the GUI thread).
[[nodiscard]] QByteArray invoicePdf(const GeneratedBusinessCenter &bc, const Invoice &invoice);
// "<serial>.pdf", as the Content-Disposition and the zip entries name it.
[[nodiscard]] QString pdfFileName(const Invoice &invoice);

// UTF-8 CSV with a byte-order mark (the console's exports open in spreadsheets), CRLF lines.
[[nodiscard]] QByteArray invoiceListCsv(const QList<const Invoice *> &invoices);
[[nodiscard]] QByteArray billingReportCsv(const World &world, const GeneratedBusinessCenter &bc,
                                          const InvoiceTask &task);

// A zip (libarchive) of (file name, contents); empty on a libarchive failure.
[[nodiscard]] QByteArray zip(const QList<QPair<QString, QByteArray>> &entries, qint64 mtimeSecs);

} // namespace InvoiceFiles

} // namespace bc::emulator
