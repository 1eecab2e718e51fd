#pragma once

#include "emulator/emulatorreply.h"

namespace bc::emulator {

class World;
struct EmulatorRequest;

// The invoice family (reference §3.19). Every endpoint needs a finance role (MANAGER or ANALYST)
// in the BC: 40001 otherwise, and for a BC the user cannot see. See README.md, "Invoices".

// GET /bc/invoice/get/: invoices, filtered, newest first, paged.
[[nodiscard]] EmulatorReply handleBcInvoiceGet(World &world, const EmulatorRequest &request);
// GET /bc/invoice/unpaid/get/: the unpaid RECON total.
[[nodiscard]] EmulatorReply handleBcInvoiceUnpaidGet(World &world, const EmulatorRequest &request);
// GET /bc/invoice/download/: the invoice as a PDF file; the JSON envelope on error.
[[nodiscard]] EmulatorReply handleBcInvoiceDownload(World &world, const EmulatorRequest &request);
// POST /bc/invoice/task/create/: an export task (INVOICE_LIST, INVOICE_BATCH, BILLING_REPORT).
[[nodiscard]] EmulatorReply handleBcInvoiceTaskCreate(World &world, const EmulatorRequest &request);
// GET /bc/invoice/task/get/: one BILLING_REPORT task.
[[nodiscard]] EmulatorReply handleBcInvoiceTaskGet(World &world, const EmulatorRequest &request);
// GET /bc/invoice/task/list/: the INVOICE_LIST and INVOICE_BATCH tasks, newest first, paged.
[[nodiscard]] EmulatorReply handleBcInvoiceTaskList(World &world, const EmulatorRequest &request);
// GET /bc/invoice/task/file/ (the emulator's own download_url, signed, no token): the result of a
// SUCCEED task: a CSV (INVOICE_LIST, BILLING_REPORT) or a zip of PDFs (INVOICE_BATCH).
[[nodiscard]] EmulatorReply handleBcInvoiceTaskFile(World &world, const EmulatorRequest &request);
// GET /bc/invoice/billing_report/get/ (invented contract): cost per ad account over a range.
[[nodiscard]] EmulatorReply handleBcInvoiceBillingReportGet(World &world,
                                                            const EmulatorRequest &request);

} // namespace bc::emulator
