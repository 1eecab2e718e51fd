#include "core/api/decoders/billingreportdecoder.h"
#include "core/api/decoders/billingreportlinedecoder.h"
#include "core/api/decoders/invoicedecoder.h"
#include "core/api/decoders/invoicetaskdecoder.h"
#include "core/api/decoders/unpaidinvoicesummarydecoder.h"
#include "core/api/jsonfields.h"
#include "tests/support/decodercheck.h"

#include <QTest>

using namespace Qt::StringLiterals;
namespace domain = bc::domain;
using namespace bc::api;
using namespace bc::testing;

// Decoders of invoice answers: invoices, the unpaid summary, download tasks, billing reports.
// Every case is a sample item written from the reference with the documented fields set, and
// the value each field must decode to. The generic tests then change the sample (nulls, wrong
// types, ids as numbers, numbers as strings, unknown fields) and check what must still hold.
class TestInvoiceDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyField_data();
    void everyField();
    void everyFieldHasAnExpectation_data();
    void everyFieldHasAnExpectation();
    void missingNullAndWrongTypes_data();
    void missingNullAndWrongTypes();
    void idsAsNumbers_data();
    void idsAsNumbers();
    void numbersAsStrings_data();
    void numbersAsStrings();
    void unknownFieldsStayInRaw_data();
    void unknownFieldsStayInRaw();
    void edgeCases_data();
    void edgeCases();
};

// How each decoded type reads as fields (see tests/support/decodercheck.h).
namespace bc::testing {

template<>
void addFields(QVariantMap &fields, const QString &prefix, const domain::InvoiceReference &value)
{
    fields.insert(prefix + "invoiceId"_L1, view(value.invoiceId));
    fields.insert(prefix + "serialNumber"_L1, view(value.serialNumber));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix, const domain::Invoice &value)
{
    fields.insert(prefix + "invoiceId"_L1, view(value.invoiceId));
    fields.insert(prefix + "serialNumber"_L1, view(value.serialNumber));
    fields.insert(prefix + "subjectId"_L1, view(value.subjectId));
    fields.insert(prefix + "sendDate"_L1, view(value.sendDate));
    fields.insert(prefix + "dueDate"_L1, view(value.dueDate));
    fields.insert(prefix + "currencyCode"_L1, view(value.currencyCode));
    fields.insert(prefix + "status"_L1, view(value.status));
    fields.insert(prefix + "invoiceType"_L1, view(value.invoiceType));
    fields.insert(prefix + "payStatus"_L1, view(value.payStatus));
    fields.insert(prefix + "overdueStatus"_L1, view(value.overdueStatus));
    fields.insert(prefix + "unpaidAmount"_L1, view(value.unpaidAmount));
    fields.insert(prefix + "amount"_L1, view(value.amount));
    fields.insert(prefix + "amountExcludingTax"_L1, view(value.amountExcludingTax));
    fields.insert(prefix + "totalTaxAmount"_L1, view(value.totalTaxAmount));
    fields.insert(prefix + "taxType1"_L1, view(value.taxType1));
    fields.insert(prefix + "taxRate1"_L1, view(value.taxRate1));
    fields.insert(prefix + "taxAmount1"_L1, view(value.taxAmount1));
    fields.insert(prefix + "taxType2"_L1, view(value.taxType2));
    fields.insert(prefix + "taxRate2"_L1, view(value.taxRate2));
    fields.insert(prefix + "taxAmount2"_L1, view(value.taxAmount2));
    fields.insert(prefix + "taxId1"_L1, view(value.taxId1));
    fields.insert(prefix + "taxId2"_L1, view(value.taxId2));
    fields.insert(prefix + "entitySerials"_L1, view(value.entitySerials));
    addList(fields, prefix + "negativeInvoices"_L1, value.negativeInvoices);
    addList(fields, prefix + "positiveInvoices"_L1, value.positiveInvoices);
    fields.insert(prefix + "billingGroupId"_L1, view(value.billingGroupId));
    fields.insert(prefix + "accountName"_L1, view(value.accountName));
    fields.insert(prefix + "invoiceTitle"_L1, view(value.invoiceTitle));
    fields.insert(prefix + "countryCode"_L1, view(value.countryCode));
    fields.insert(prefix + "address"_L1, view(value.address));
    fields.insert(prefix + "emails"_L1, view(value.emails));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix,
               const domain::UnpaidInvoiceSummary &value)
{
    fields.insert(prefix + "currencyCode"_L1, view(value.currencyCode));
    fields.insert(prefix + "amount"_L1, view(value.amount));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix, const domain::InvoiceTask &value)
{
    fields.insert(prefix + "taskId"_L1, view(value.taskId));
    fields.insert(prefix + "bcId"_L1, view(value.bcId));
    fields.insert(prefix + "status"_L1, view(value.status));
    fields.insert(prefix + "downloadType"_L1, view(value.downloadType));
    fields.insert(prefix + "downloadUrl"_L1, view(value.downloadUrl));
    fields.insert(prefix + "errorMsg"_L1, view(value.errorMsg));
    fields.insert(prefix + "createTime"_L1, view(value.createTime));
    fields.insert(prefix + "updateTime"_L1, view(value.updateTime));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix, const domain::BillingReportLine &value)
{
    fields.insert(prefix + "advertiserId"_L1, view(value.advertiserId));
    fields.insert(prefix + "advertiserName"_L1, view(value.advertiserName));
    fields.insert(prefix + "billingGroupId"_L1, view(value.billingGroupId));
    fields.insert(prefix + "currency"_L1, view(value.currency));
    fields.insert(prefix + "cashAmount"_L1, view(value.cashAmount));
    fields.insert(prefix + "grantAmount"_L1, view(value.grantAmount));
    fields.insert(prefix + "taxAmount"_L1, view(value.taxAmount));
    fields.insert(prefix + "totalAmount"_L1, view(value.totalAmount));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix, const domain::BillingReport &value)
{
    fields.insert(prefix + "startDate"_L1, view(value.startDate));
    fields.insert(prefix + "endDate"_L1, view(value.endDate));
    addList(fields, prefix + "lines"_L1, value.lines);
    addList(fields, prefix + "totals"_L1, value.totals);
}

} // namespace bc::testing

namespace {

const QList<DecoderCase> &cases();

} // namespace

void TestInvoiceDecoder::everyField_data()
{
    addEveryFieldRows(cases());
}

void TestInvoiceDecoder::everyField()
{
    checkEveryField(cases());
}

void TestInvoiceDecoder::everyFieldHasAnExpectation_data()
{
    addCaseRows(cases());
}

void TestInvoiceDecoder::everyFieldHasAnExpectation()
{
    checkEveryFieldHasAnExpectation(cases());
}

void TestInvoiceDecoder::missingNullAndWrongTypes_data()
{
    addMissingNullAndWrongTypeRows(cases());
}

void TestInvoiceDecoder::missingNullAndWrongTypes()
{
    checkMissingNullAndWrongTypes(cases());
}

void TestInvoiceDecoder::idsAsNumbers_data()
{
    addIdsAsNumbersRows(cases());
}

void TestInvoiceDecoder::idsAsNumbers()
{
    checkIdsAsNumbers(cases());
}

void TestInvoiceDecoder::numbersAsStrings_data()
{
    addNumbersAsStringsRows(cases());
}

void TestInvoiceDecoder::numbersAsStrings()
{
    checkNumbersAsStrings(cases());
}

void TestInvoiceDecoder::unknownFieldsStayInRaw_data()
{
    addCaseRows(cases());
}

void TestInvoiceDecoder::unknownFieldsStayInRaw()
{
    checkUnknownFieldsStayInRaw(cases());
}

void TestInvoiceDecoder::edgeCases_data()
{
    addEdgeCaseColumns();

    QTest::newRow("invoice id past a double's precision")
            << u"Invoice"_s << QByteArray(R"({"invoice_id": 7299999999999999999})")
            << u"invoiceId"_s << QVariant(u"7299999999999999999"_s);
    QTest::newRow("subject_id as text")
            << u"Invoice"_s << QByteArray(R"({"subject_id": "7093000000000000290"})")
            << u"subjectId"_s << QVariant(u"7093000000000000290"_s);
    QTest::newRow("no second tax")
            << u"Invoice"_s
            << QByteArray(R"({"tax_type2": null, "tax_rate2": null, "tax_amount2": null})")
            << u"taxRate2"_s << QVariant();
    QTest::newRow("tax rate with a percent sign is not read")
            << u"Invoice"_s << QByteArray(R"({"tax_rate1": "19%"})") << u"taxRate1"_s << QVariant();
    QTest::newRow("tax rate as text") << u"Invoice"_s << QByteArray(R"({"tax_rate1": "7.5"})")
                                      << u"taxRate1"_s << QVariant(7.5);
    QTest::newRow("send_date as a date")
            << u"Invoice"_s << QByteArray(R"({"send_date": "2024-05-01"})") << u"sendDate"_s
            << utc(2024, 5, 1);
    QTest::newRow("no credit notes")
            << u"Invoice"_s << QByteArray(R"({"negative_invoice_ids": null})")
            << u"negativeInvoices.size"_s << i64(0);
    QTest::newRow("unpaid amount 0.1 + 0.2 style")
            << u"Invoice"_s << QByteArray(R"({"unpaid_amount": 0.30000000000000004})")
            << u"unpaidAmount"_s << QVariant(u"0.30"_s);
    QTest::newRow("unpaid summary without the result wrapper")
            << u"UnpaidInvoiceSummary"_s
            << QByteArray(R"({"currency_code": "USD", "amount": "0.10"})") << u"amount"_s
            << QVariant(u"0.10"_s);
    QTest::newRow("unpaid summary with a null result")
            << u"UnpaidInvoiceSummary"_s << QByteArray(R"({"result": null, "amount": 5})")
            << u"amount"_s << QVariant();
    QTest::newRow("task not finished has no link")
            << u"InvoiceTask"_s << QByteArray(R"({"status": "RUNNING", "download_url": null})")
            << u"downloadUrl"_s << QVariant();
    QTest::newRow("task id as a number")
            << u"InvoiceTask"_s << QByteArray(R"({"task_id": 7093000000000000293})") << u"taskId"_s
            << QVariant(u"7093000000000000293"_s);
    QTest::newRow("task time as epoch seconds")
            << u"InvoiceTask"_s << QByteArray(R"({"create_time": 1714979289})") << u"createTime"_s
            << utc(2024, 5, 6, 7, 8, 9);
    QTest::newRow("report summary as an object is not a list")
            << u"BillingReport"_s << QByteArray(R"({"summary": {"currency": "EUR"}})")
            << u"totals.size"_s << i64(0);
}

void TestInvoiceDecoder::edgeCases()
{
    checkEdgeCase(cases());
}

namespace {

const QList<DecoderCase> &cases()
{
    static const QList<DecoderCase> all{
            {u"Invoice"_s,
             &decodeWith<InvoiceDecoder>,
             R"({"invoice_id": "7093000000000000201", "serial_number": "INV-DE-2024-0007",
                 "subject_id": 7093000000000000202, "send_date": "2024-05-01 00:00:00",
                 "due_date": "2024-05-31 23:59:59", "currency_code": "EUR", "status": "APPROVED",
                 "invoice_type": "RECON", "pay_status": "PARTIAL_PAID", "overdue_status": "NO",
                 "unpaid_amount": 265.5, "amount": 1265, "amount_excluding_tax": 1000,
                 "total_tax_amount": 265, "tax_type1": "VAT", "tax_rate1": 19, "tax_amount1": 190,
                 "tax_type2": "CITY_TAX", "tax_rate2": 7.5, "tax_amount2": 75,
                 "tax_id1": "DE123456789", "tax_id2": "HRB 12345", "entity_serials": ["ES-1", "ES-2"],
                 "negative_invoice_ids": [{"invoice_id": "7093000000000000203", "serial_number": "CN-0001"}],
                 "positive_invoice_ids": [{"invoice_id": "7093000000000000204", "serial_number": "INV-0006"}],
                 "billing_group_id": "7093000000000000205", "account_name": "Café Berlin GmbH",
                 "invoice_title": "Mai 2024", "country_code": "DE",
                 "address": "Musterstraße 1, 10115 Berlin", "emails": ["billing@example.com"]})",
             {{u"invoiceId"_s, u"7093000000000000201"_s},
              {u"serialNumber"_s, u"INV-DE-2024-0007"_s},
              {u"subjectId"_s, u"7093000000000000202"_s},
              {u"sendDate"_s, utc(2024, 5, 1)},
              {u"dueDate"_s, utc(2024, 5, 31, 23, 59, 59)},
              {u"currencyCode"_s, u"EUR"_s},
              {u"status"_s, u"APPROVED"_s},
              {u"invoiceType"_s, u"RECON"_s},
              {u"payStatus"_s, u"PARTIAL_PAID"_s},
              {u"overdueStatus"_s, u"NO"_s},
              {u"unpaidAmount"_s, u"265.50"_s},
              {u"amount"_s, u"1265.00"_s},
              {u"amountExcludingTax"_s, u"1000.00"_s},
              {u"totalTaxAmount"_s, u"265.00"_s},
              {u"taxType1"_s, u"VAT"_s},
              {u"taxRate1"_s, 19.0},
              {u"taxAmount1"_s, u"190.00"_s},
              {u"taxType2"_s, u"CITY_TAX"_s},
              {u"taxRate2"_s, 7.5},
              {u"taxAmount2"_s, u"75.00"_s},
              {u"taxId1"_s, u"DE123456789"_s},
              {u"taxId2"_s, u"HRB 12345"_s},
              {u"entitySerials"_s, list({u"ES-1"_s, u"ES-2"_s})},
              {u"negativeInvoices.size"_s, i64(1)},
              {u"negativeInvoices[0].invoiceId"_s, u"7093000000000000203"_s},
              {u"negativeInvoices[0].serialNumber"_s, u"CN-0001"_s},
              {u"positiveInvoices.size"_s, i64(1)},
              {u"positiveInvoices[0].invoiceId"_s, u"7093000000000000204"_s},
              {u"positiveInvoices[0].serialNumber"_s, u"INV-0006"_s},
              {u"billingGroupId"_s, u"7093000000000000205"_s},
              {u"accountName"_s, u"Café Berlin GmbH"_s},
              {u"invoiceTitle"_s, u"Mai 2024"_s},
              {u"countryCode"_s, u"DE"_s},
              {u"address"_s, u"Musterstraße 1, 10115 Berlin"_s},
              {u"emails"_s, list({u"billing@example.com"_s})}}},
            {u"UnpaidInvoiceSummary"_s,
             &decodeWith<UnpaidInvoiceSummaryDecoder>,
             R"({"result": {"currency_code": "EUR", "amount": 12345.67}})",
             {{u"currencyCode"_s, u"EUR"_s}, {u"amount"_s, u"12345.67"_s}}},
            {u"InvoiceTask"_s,
             &decodeWith<InvoiceTaskDecoder>,
             R"({"task_id": "7093000000000000206", "bc_id": "7093000000000000207",
                 "status": "SUCCEED", "download_type": "INVOICE_BATCH",
                 "download_url": "https://example.com/open_api/v1.3/bc/invoice/task/file/?sign=abc",
                 "error_msg": "No invoices match the filter.", "create_time": "2024-05-06 07:08:09",
                 "update_time": "2024-05-06 07:08:14"})",
             {{u"taskId"_s, u"7093000000000000206"_s},
              {u"bcId"_s, u"7093000000000000207"_s},
              {u"status"_s, u"SUCCEED"_s},
              {u"downloadType"_s, u"INVOICE_BATCH"_s},
              {u"downloadUrl"_s,
               u"https://example.com/open_api/v1.3/bc/invoice/task/file/?sign=abc"_s},
              {u"errorMsg"_s, u"No invoices match the filter."_s},
              {u"createTime"_s, utc(2024, 5, 6, 7, 8, 9)},
              {u"updateTime"_s, utc(2024, 5, 6, 7, 8, 14)}}},
            {u"BillingReport"_s,
             &decodeWith<BillingReportDecoder>,
             R"({"start_date": "2024-04-01", "end_date": "2024-04-30",
                 "list": [{"advertiser_id": "7093000000000000208", "advertiser_name": "Spender",
                           "billing_group_id": "7093000000000000209", "currency": "EUR",
                           "cash_amount": 80.1, "grant_amount": 20.2, "tax_amount": 19.05,
                           "total_amount": 119.35}],
                 "summary": [{"currency": "EUR", "cash_amount": 80.1, "grant_amount": 20.2,
                              "tax_amount": 19.05, "total_amount": 119.35}],
                 "page_info": {"page": 1, "page_size": 10, "total_number": 1, "total_page": 1}})",
             {{u"startDate"_s, utc(2024, 4, 1)},
              {u"endDate"_s, utc(2024, 4, 30)},
              {u"lines.size"_s, i64(1)},
              {u"lines[0].advertiserId"_s, u"7093000000000000208"_s},
              {u"lines[0].advertiserName"_s, u"Spender"_s},
              {u"lines[0].billingGroupId"_s, u"7093000000000000209"_s},
              {u"lines[0].currency"_s, u"EUR"_s},
              {u"lines[0].cashAmount"_s, u"80.10"_s},
              {u"lines[0].grantAmount"_s, u"20.20"_s},
              {u"lines[0].taxAmount"_s, u"19.05"_s},
              {u"lines[0].totalAmount"_s, u"119.35"_s},
              {u"totals.size"_s, i64(1)},
              {u"totals[0].advertiserId"_s, QVariant()},
              {u"totals[0].advertiserName"_s, QVariant()},
              {u"totals[0].billingGroupId"_s, QVariant()},
              {u"totals[0].currency"_s, u"EUR"_s},
              {u"totals[0].cashAmount"_s, u"80.10"_s},
              {u"totals[0].grantAmount"_s, u"20.20"_s},
              {u"totals[0].taxAmount"_s, u"19.05"_s},
              {u"totals[0].totalAmount"_s, u"119.35"_s}}},
            {u"BillingReportLine"_s,
             &decodeWith<BillingReportLineDecoder>,
             R"({"advertiser_id": "7093000000000000210", "advertiser_name": "Other",
                 "billing_group_id": "7093000000000000211", "currency": "USD", "cash_amount": 0.1,
                 "grant_amount": 0.2, "tax_amount": 0, "total_amount": 0.3})",
             {{u"advertiserId"_s, u"7093000000000000210"_s},
              {u"advertiserName"_s, u"Other"_s},
              {u"billingGroupId"_s, u"7093000000000000211"_s},
              {u"currency"_s, u"USD"_s},
              {u"cashAmount"_s, u"0.10"_s},
              {u"grantAmount"_s, u"0.20"_s},
              {u"taxAmount"_s, u"0.00"_s},
              {u"totalAmount"_s, u"0.30"_s}}},
    };
    return all;
}

} // namespace

QTEST_GUILESS_MAIN(TestInvoiceDecoder)
#include "tst_invoicedecoder.moc"
