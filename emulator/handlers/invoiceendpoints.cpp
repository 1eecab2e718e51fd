#include "invoiceendpoints.h"

#include "invoicecontract.h"
#include "invoicehandlers.h"

#include "emulator/endpointregistry.h"

using namespace Qt::StringLiterals;

namespace bc::emulator {

void registerInvoiceEndpoints(EndpointRegistry &registry)
{
    using Method = QHttpServerRequest::Method;
    registry.add(u"bc/invoice/get/"_s, {Method::Get, true, &handleBcInvoiceGet});
    registry.add(u"bc/invoice/unpaid/get/"_s, {Method::Get, true, &handleBcInvoiceUnpaidGet});
    registry.add(u"bc/invoice/download/"_s, {Method::Get, true, &handleBcInvoiceDownload});
    registry.add(u"bc/invoice/task/create/"_s, {Method::Post, true, &handleBcInvoiceTaskCreate});
    registry.add(u"bc/invoice/task/get/"_s, {Method::Get, true, &handleBcInvoiceTaskGet});
    registry.add(u"bc/invoice/task/list/"_s, {Method::Get, true, &handleBcInvoiceTaskList});
    registry.add(u"bc/invoice/billing_report/get/"_s,
                 {Method::Get, true, &handleBcInvoiceBillingReportGet});
    // The download_url of SUCCEED tasks: signed, so it needs no Access-Token.
    registry.add(QString::fromLatin1(InvoiceContract::taskFileEndpoint),
                 {Method::Get, false, &handleBcInvoiceTaskFile});
}

} // namespace bc::emulator
