#pragma once

#include <QStringList>

// The invoice family's assumptions where the reference (§3.19) gives no contract, in one place so
// a correction is one edit here (and one line in README.md's "Invoices" section).
namespace bc::emulator::InvoiceContract {

// page_size maxima: "min 1, max not published" for /bc/invoice/*; 50 like the rest of the BC
// family.
inline constexpr qint64 maxPageSize = 50;
inline constexpr qint64 defaultPageSize = 10;

// /bc/invoice/get/: TS marks invoice_types required; the emulator follows it (a client that omits
// it breaks on the real API if TS is right).
inline constexpr bool invoiceTypesRequired = true;
inline const QStringList invoiceTypes = {QStringLiteral("RECON"), QStringLiteral("CREDIT"),
                                         QStringLiteral("AUTO_PAY")};
inline const QStringList payStatuses = {QStringLiteral("UNPAID"), QStringLiteral("PAID"),
                                        QStringLiteral("PARTIAL_PAID"), QStringLiteral("NO_NEED")};
// /bc/invoice/unpaid/get/ (Y): only RECON.
inline const QStringList unpaidInvoiceTypes = {QStringLiteral("RECON")};
inline const QStringList downloadTypes = {QStringLiteral("INVOICE_LIST"),
                                          QStringLiteral("INVOICE_BATCH"),
                                          QStringLiteral("BILLING_REPORT")};
// TS: /bc/invoice/task/get/ reads BILLING_REPORT tasks, /bc/invoice/task/list/ lists the
// INVOICE_LIST and INVOICE_BATCH ones. The emulator keeps the split strictly.
inline const QStringList taskGetTypes = {QStringLiteral("BILLING_REPORT")};
inline const QStringList taskListTypes = {QStringLiteral("INVOICE_LIST"),
                                          QStringLiteral("INVOICE_BATCH")};

// Where SUCCEED tasks' files are served: an endpoint of the emulator itself, reached without an
// Access-Token (the link is signed, like a CDN link) and answered as the file or the envelope.
inline constexpr auto taskFileEndpoint = "bc/invoice/task/file/";

// /bc/invoice/billing_report/get/ (invented: no contract found anywhere): the longest range.
inline constexpr qint64 billingReportMaxDays = 90;

} // namespace bc::emulator::InvoiceContract
