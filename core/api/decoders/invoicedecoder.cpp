#include "core/api/decoders/invoicedecoder.h"

#include "core/api/decoders/invoicereferencedecoder.h"
#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::Invoice InvoiceDecoder::decode(const QJsonObject &item)
{
    domain::Invoice invoice;
    invoice.invoiceId = json::idString(item.value("invoice_id"_L1));
    invoice.serialNumber = json::text(item.value("serial_number"_L1));
    invoice.subjectId = json::idString(item.value("subject_id"_L1));
    invoice.sendDate = json::dateTime(item.value("send_date"_L1));
    invoice.dueDate = json::dateTime(item.value("due_date"_L1));
    invoice.currencyCode = json::text(item.value("currency_code"_L1));
    invoice.status = json::text(item.value("status"_L1));
    invoice.invoiceType = json::text(item.value("invoice_type"_L1));
    invoice.payStatus = json::text(item.value("pay_status"_L1));
    invoice.overdueStatus = json::text(item.value("overdue_status"_L1));
    invoice.unpaidAmount = json::amountOrUnset(item.value("unpaid_amount"_L1));
    invoice.amount = json::amountOrUnset(item.value("amount"_L1));
    invoice.amountExcludingTax = json::amountOrUnset(item.value("amount_excluding_tax"_L1));
    invoice.totalTaxAmount = json::amountOrUnset(item.value("total_tax_amount"_L1));
    invoice.taxType1 = json::text(item.value("tax_type1"_L1));
    invoice.taxRate1 = json::real(item.value("tax_rate1"_L1));
    invoice.taxAmount1 = json::amountOrUnset(item.value("tax_amount1"_L1));
    invoice.taxType2 = json::text(item.value("tax_type2"_L1));
    invoice.taxRate2 = json::real(item.value("tax_rate2"_L1));
    invoice.taxAmount2 = json::amountOrUnset(item.value("tax_amount2"_L1));
    invoice.taxId1 = json::text(item.value("tax_id1"_L1));
    invoice.taxId2 = json::text(item.value("tax_id2"_L1));
    invoice.entitySerials = json::stringList(item.value("entity_serials"_L1));
    invoice.negativeInvoices =
            json::decodeList<InvoiceReferenceDecoder>(item.value("negative_invoice_ids"_L1));
    invoice.positiveInvoices =
            json::decodeList<InvoiceReferenceDecoder>(item.value("positive_invoice_ids"_L1));
    invoice.billingGroupId = json::idString(item.value("billing_group_id"_L1));
    invoice.accountName = json::text(item.value("account_name"_L1));
    invoice.invoiceTitle = json::text(item.value("invoice_title"_L1));
    invoice.countryCode = json::text(item.value("country_code"_L1));
    invoice.address = json::text(item.value("address"_L1));
    invoice.emails = json::stringList(item.value("emails"_L1));
    invoice.raw = item;
    return invoice;
}

} // namespace bc::api
