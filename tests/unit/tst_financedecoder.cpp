#include "core/api/decoders/accountcostdecoder.h"
#include "core/api/decoders/accountcostsummarydecoder.h"
#include "core/api/decoders/accounttransactiondecoder.h"
#include "core/api/decoders/advertiserbalancedecoder.h"
#include "core/api/decoders/advertisertransactiondecoder.h"
#include "core/api/decoders/balancebreakdowndecoder.h"
#include "core/api/decoders/budgetchangelogentrydecoder.h"
#include "core/api/decoders/businesscenterbalancedecoder.h"
#include "core/api/decoders/businesscentertransactiondecoder.h"
#include "core/api/decoders/businesscentertransactionsummarydecoder.h"
#include "core/api/decoders/transferresultdecoder.h"
#include "core/api/jsonfields.h"
#include "tests/support/decodercheck.h"

#include <QTest>

using namespace Qt::StringLiterals;
namespace domain = bc::domain;
using namespace bc::api;
using namespace bc::testing;

// Decoders of money answers: balances, transactions, costs, budget changes and transfers.
// Every case is a sample item written from the reference with the documented fields set, and
// the value each field must decode to. The generic tests then change the sample (nulls, wrong
// types, ids as numbers, numbers as strings, unknown fields) and check what must still hold.
class TestFinanceDecoder : public QObject
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
    void balanceIdentityHoldsExactly_data();
    void balanceIdentityHoldsExactly();
};

// How each decoded type reads as fields (see tests/support/decodercheck.h).
namespace bc::testing {

template<>
void addFields(QVariantMap &fields, const QString &prefix,
               const domain::BusinessCenterBalance &value)
{
    fields.insert(prefix + "bcId"_L1, view(value.bcId));
    fields.insert(prefix + "currency"_L1, view(value.currency));
    fields.insert(prefix + "accountBalance"_L1, view(value.accountBalance));
    fields.insert(prefix + "validAccountBalance"_L1, view(value.validAccountBalance));
    fields.insert(prefix + "frozenBalance"_L1, view(value.frozenBalance));
    fields.insert(prefix + "tax"_L1, view(value.tax));
    fields.insert(prefix + "cashBalance"_L1, view(value.cashBalance));
    fields.insert(prefix + "validCashBalance"_L1, view(value.validCashBalance));
    fields.insert(prefix + "grantBalance"_L1, view(value.grantBalance));
    fields.insert(prefix + "validGrantBalance"_L1, view(value.validGrantBalance));
    fields.insert(prefix + "paymentPortfolioType"_L1, view(value.paymentPortfolioType));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix,
               const domain::BusinessCenterTransaction &value)
{
    fields.insert(prefix + "date"_L1, view(value.date));
    fields.insert(prefix + "amount"_L1, view(value.amount));
    fields.insert(prefix + "timezone"_L1, view(value.timezone));
    fields.insert(prefix + "currency"_L1, view(value.currency));
    fields.insert(prefix + "fundsType"_L1, view(value.fundsType));
    fields.insert(prefix + "invoiceId"_L1, view(value.invoiceId));
    fields.insert(prefix + "invoiceSerialNumber"_L1, view(value.invoiceSerialNumber));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix,
               const domain::BusinessCenterTransactionSummary &value)
{
    fields.insert(prefix + "amountCharged"_L1, view(value.amountCharged));
    fields.insert(prefix + "amountPaid"_L1, view(value.amountPaid));
    fields.insert(prefix + "currency"_L1, view(value.currency));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix, const domain::AccountTransaction &value)
{
    fields.insert(prefix + "transactionId"_L1, view(value.transactionId));
    fields.insert(prefix + "paymentPortfolioId"_L1, view(value.paymentPortfolioId));
    fields.insert(prefix + "paymentPortfolioName"_L1, view(value.paymentPortfolioName));
    fields.insert(prefix + "accountId"_L1, view(value.accountId));
    fields.insert(prefix + "accountName"_L1, view(value.accountName));
    fields.insert(prefix + "bcId"_L1, view(value.bcId));
    fields.insert(prefix + "bcName"_L1, view(value.bcName));
    fields.insert(prefix + "amount"_L1, view(value.amount));
    fields.insert(prefix + "subtotal"_L1, view(value.subtotal));
    fields.insert(prefix + "taxAmount"_L1, view(value.taxAmount));
    fields.insert(prefix + "currency"_L1, view(value.currency));
    fields.insert(prefix + "amountType"_L1, view(value.amountType));
    fields.insert(prefix + "transactionType"_L1, view(value.transactionType));
    fields.insert(prefix + "billingType"_L1, view(value.billingType));
    fields.insert(prefix + "timezone"_L1, view(value.timezone));
    fields.insert(prefix + "createTime"_L1, view(value.createTime));
    fields.insert(prefix + "invoiceId"_L1, view(value.invoiceId));
    fields.insert(prefix + "serialNumber"_L1, view(value.serialNumber));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix, const domain::AccountCost &value)
{
    fields.insert(prefix + "advertiserId"_L1, view(value.advertiserId));
    fields.insert(prefix + "advertiserName"_L1, view(value.advertiserName));
    fields.insert(prefix + "amount"_L1, view(value.amount));
    fields.insert(prefix + "cashAmount"_L1, view(value.cashAmount));
    fields.insert(prefix + "grantAmount"_L1, view(value.grantAmount));
    fields.insert(prefix + "taxAmount"_L1, view(value.taxAmount));
    fields.insert(prefix + "currency"_L1, view(value.currency));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix, const domain::AccountCostSummary &value)
{
    fields.insert(prefix + "amount"_L1, view(value.amount));
    fields.insert(prefix + "cashAmount"_L1, view(value.cashAmount));
    fields.insert(prefix + "grantAmount"_L1, view(value.grantAmount));
    fields.insert(prefix + "taxAmount"_L1, view(value.taxAmount));
    fields.insert(prefix + "currency"_L1, view(value.currency));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix,
               const domain::BudgetChangelogEntry &value)
{
    fields.insert(prefix + "operationTime"_L1, view(value.operationTime));
    fields.insert(prefix + "activityType"_L1, view(value.activityType));
    fields.insert(prefix + "previousBudget"_L1, view(value.previousBudget));
    fields.insert(prefix + "previousBudgetMode"_L1, view(value.previousBudgetMode));
    fields.insert(prefix + "currentBudget"_L1, view(value.currentBudget));
    fields.insert(prefix + "currentBudgetMode"_L1, view(value.currentBudgetMode));
    fields.insert(prefix + "currency"_L1, view(value.currency));
    fields.insert(prefix + "operatorId"_L1, view(value.operatorId));
    fields.insert(prefix + "operatorName"_L1, view(value.operatorName));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix, const domain::BalanceBreakdown &value)
{
    fields.insert(prefix + "accountBalance"_L1, view(value.accountBalance));
    fields.insert(prefix + "validAccountBalance"_L1, view(value.validAccountBalance));
    fields.insert(prefix + "frozenBalance"_L1, view(value.frozenBalance));
    fields.insert(prefix + "tax"_L1, view(value.tax));
    fields.insert(prefix + "cashBalance"_L1, view(value.cashBalance));
    fields.insert(prefix + "frozenCashBalance"_L1, view(value.frozenCashBalance));
    fields.insert(prefix + "cashTax"_L1, view(value.cashTax));
    fields.insert(prefix + "validCashBalance"_L1, view(value.validCashBalance));
    fields.insert(prefix + "grantBalance"_L1, view(value.grantBalance));
    fields.insert(prefix + "validGrantBalance"_L1, view(value.validGrantBalance));
    fields.insert(prefix + "frozenGrantBalance"_L1, view(value.frozenGrantBalance));
    fields.insert(prefix + "creditBalance"_L1, view(value.creditBalance));
    fields.insert(prefix + "validCreditBalance"_L1, view(value.validCreditBalance));
    fields.insert(prefix + "frozenCreditBalance"_L1, view(value.frozenCreditBalance));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix, const domain::AdvertiserBalance &value)
{
    fields.insert(prefix + "advertiserId"_L1, view(value.advertiserId));
    fields.insert(prefix + "advertiserName"_L1, view(value.advertiserName));
    fields.insert(prefix + "advertiserStatus"_L1, view(value.advertiserStatus));
    fields.insert(prefix + "advertiserType"_L1, view(value.advertiserType));
    fields.insert(prefix + "timezone"_L1, view(value.timezone));
    fields.insert(prefix + "currency"_L1, view(value.currency));
    fields.insert(prefix + "accountOpenDays"_L1, view(value.accountOpenDays));
    fields.insert(prefix + "balanceReminder"_L1, view(value.balanceReminder));
    fields.insert(prefix + "company"_L1, view(value.company));
    fields.insert(prefix + "contactName"_L1, view(value.contactName));
    fields.insert(prefix + "contactEmail"_L1, view(value.contactEmail));
    fields.insert(prefix + "createTime"_L1, view(value.createTime));
    fields.insert(prefix + "accountBalance"_L1, view(value.accountBalance));
    fields.insert(prefix + "validAccountBalance"_L1, view(value.validAccountBalance));
    fields.insert(prefix + "frozenBalance"_L1, view(value.frozenBalance));
    fields.insert(prefix + "tax"_L1, view(value.tax));
    fields.insert(prefix + "cashBalance"_L1, view(value.cashBalance));
    fields.insert(prefix + "validCashBalance"_L1, view(value.validCashBalance));
    fields.insert(prefix + "grantBalance"_L1, view(value.grantBalance));
    fields.insert(prefix + "validGrantBalance"_L1, view(value.validGrantBalance));
    fields.insert(prefix + "paymentPortfolioId"_L1, view(value.paymentPortfolioId));
    fields.insert(prefix + "paymentPortfolioName"_L1, view(value.paymentPortfolioName));
    fields.insert(prefix + "paymentPortfolioType"_L1, view(value.paymentPortfolioType));
    fields.insert(prefix + "transferableAmount"_L1, view(value.transferableAmount));
    fields.insert(prefix + "maxTransferableCash"_L1, view(value.maxTransferableCash));
    fields.insert(prefix + "maxTransferableGrant"_L1, view(value.maxTransferableGrant));
    addFields(fields, prefix + "balanceInfo."_L1, value.balanceInfo);
    fields.insert(prefix + "budgetMode"_L1, view(value.budgetMode));
    fields.insert(prefix + "budget"_L1, view(value.budget));
    fields.insert(prefix + "budgetCost"_L1, view(value.budgetCost));
    fields.insert(prefix + "budgetRemaining"_L1, view(value.budgetRemaining));
    fields.insert(prefix + "budgetChangesTotal"_L1, view(value.budgetChangesTotal));
    fields.insert(prefix + "budgetChangesUsed"_L1, view(value.budgetChangesUsed));
    fields.insert(prefix + "budgetChangesRemaining"_L1, view(value.budgetChangesRemaining));
    fields.insert(prefix + "budgetChangesStart"_L1, view(value.budgetChangesStart));
    fields.insert(prefix + "budgetChangesEnd"_L1, view(value.budgetChangesEnd));
    fields.insert(prefix + "budgetMinimumAmount"_L1, view(value.budgetMinimumAmount));
    fields.insert(prefix + "minTransferableCash"_L1, view(value.minTransferableCash));
    fields.insert(prefix + "minTransferableGrant"_L1, view(value.minTransferableGrant));
    fields.insert(prefix + "minTransferableCredit"_L1, view(value.minTransferableCredit));
    fields.insert(prefix + "firstRechargeAmount"_L1, view(value.firstRechargeAmount));
    fields.insert(prefix + "firstRechargeTime"_L1, view(value.firstRechargeTime));
    fields.insert(prefix + "latestRechargeTime"_L1, view(value.latestRechargeTime));
    fields.insert(prefix + "rechargeAmount"_L1, view(value.rechargeAmount));
    fields.insert(prefix + "rechargeCount"_L1, view(value.rechargeCount));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix,
               const domain::AdvertiserTransaction &value)
{
    fields.insert(prefix + "advertiserId"_L1, view(value.advertiserId));
    fields.insert(prefix + "advertiserName"_L1, view(value.advertiserName));
    fields.insert(prefix + "amount"_L1, view(value.amount));
    fields.insert(prefix + "currency"_L1, view(value.currency));
    fields.insert(prefix + "date"_L1, view(value.date));
    fields.insert(prefix + "fundsType"_L1, view(value.fundsType));
    fields.insert(prefix + "transferType"_L1, view(value.transferType));
    fields.insert(prefix + "timezone"_L1, view(value.timezone));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix, const domain::TransferTransaction &value)
{
    fields.insert(prefix + "transactionId"_L1, view(value.transactionId));
    fields.insert(prefix + "transactionType"_L1, view(value.transactionType));
    fields.insert(prefix + "payeeAccountType"_L1, view(value.payeeAccountType));
    fields.insert(prefix + "payeeAccountId"_L1, view(value.payeeAccountId));
    fields.insert(prefix + "remitterAccountType"_L1, view(value.remitterAccountType));
    fields.insert(prefix + "remitterAccountId"_L1, view(value.remitterAccountId));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix, const domain::TransferResult &value)
{
    fields.insert(prefix + "bcId"_L1, view(value.bcId));
    fields.insert(prefix + "advertiserId"_L1, view(value.advertiserId));
    fields.insert(prefix + "childBcId"_L1, view(value.childBcId));
    addList(fields, prefix + "transactions"_L1, value.transactions);
}

} // namespace bc::testing

namespace {

const QList<DecoderCase> &cases();

} // namespace

void TestFinanceDecoder::everyField_data()
{
    addEveryFieldRows(cases());
}

void TestFinanceDecoder::everyField()
{
    checkEveryField(cases());
}

void TestFinanceDecoder::everyFieldHasAnExpectation_data()
{
    addCaseRows(cases());
}

void TestFinanceDecoder::everyFieldHasAnExpectation()
{
    checkEveryFieldHasAnExpectation(cases());
}

void TestFinanceDecoder::missingNullAndWrongTypes_data()
{
    addMissingNullAndWrongTypeRows(cases());
}

void TestFinanceDecoder::missingNullAndWrongTypes()
{
    checkMissingNullAndWrongTypes(cases());
}

void TestFinanceDecoder::idsAsNumbers_data()
{
    addIdsAsNumbersRows(cases());
}

void TestFinanceDecoder::idsAsNumbers()
{
    checkIdsAsNumbers(cases());
}

void TestFinanceDecoder::numbersAsStrings_data()
{
    addNumbersAsStringsRows(cases());
}

void TestFinanceDecoder::numbersAsStrings()
{
    checkNumbersAsStrings(cases());
}

void TestFinanceDecoder::unknownFieldsStayInRaw_data()
{
    addCaseRows(cases());
}

void TestFinanceDecoder::unknownFieldsStayInRaw()
{
    checkUnknownFieldsStayInRaw(cases());
}

void TestFinanceDecoder::edgeCases_data()
{
    addEdgeCaseColumns();

    QTest::newRow("amount 12.34") << u"BusinessCenterBalance"_s
                                  << QByteArray(R"({"account_balance": 12.34})")
                                  << u"accountBalance"_s << QVariant(u"12.34"_s);
    QTest::newRow("amount 0.29 (28.999... as a double times 100)")
            << u"BusinessCenterBalance"_s << QByteArray(R"({"cash_balance": 0.29})")
            << u"cashBalance"_s << QVariant(u"0.29"_s);
    QTest::newRow("large amount") << u"BusinessCenterBalance"_s
                                  << QByteArray(R"({"account_balance": 9999999999.99})")
                                  << u"accountBalance"_s << QVariant(u"9999999999.99"_s);
    QTest::newRow("large amount as text")
            << u"BusinessCenterBalance"_s << QByteArray(R"({"account_balance": "9999999999.99"})")
            << u"accountBalance"_s << QVariant(u"9999999999.99"_s);
    QTest::newRow("zero is set") << u"BusinessCenterBalance"_s << QByteArray(R"({"tax": 0})")
                                 << u"tax"_s << QVariant(u"0.00"_s);
    QTest::newRow("amount with a thousands separator is not read")
            << u"BusinessCenterBalance"_s << QByteArray(R"({"tax": "1,234.00"})") << u"tax"_s
            << QVariant();
    QTest::newRow("negative BC transaction")
            << u"BusinessCenterTransaction"_s << QByteArray(R"({"amount": -250.5})") << u"amount"_s
            << QVariant(u"-250.50"_s);
    QTest::newRow("credit record has no funds type")
            << u"BusinessCenterTransaction"_s << QByteArray(R"({"funds_type": null})")
            << u"fundsType"_s << QVariant();
    QTest::newRow("date without time")
            << u"BusinessCenterTransaction"_s << QByteArray(R"({"date": "2024-05-06"})")
            << u"date"_s << utc(2024, 5, 6);
    QTest::newRow("summary row has no date")
            << u"AdvertiserTransaction"_s
            << QByteArray(R"({"advertiser_id": "7093000000000000401", "date": null, "amount": 10})")
            << u"date"_s << QVariant();
    QTest::newRow("minimum budget as text")
            << u"AdvertiserBalance"_s
            << QByteArray(R"({"budget_amount_restriction": {"minimum_amount": "100.50"}})")
            << u"budgetMinimumAmount"_s << QVariant(u"100.50"_s);
    QTest::newRow("no min_transferable_amount beyond page_size 1")
            << u"AdvertiserBalance"_s << QByteArray(R"({"advertiser_id": "7093000000000000402"})")
            << u"minTransferableCash"_s << QVariant();
    QTest::newRow("deprecated recharge fields null")
            << u"AdvertiserBalance"_s
            << QByteArray(R"({"first_recharge_amount": null, "recharge_count": null})")
            << u"rechargeCount"_s << QVariant();
    QTest::newRow("balance_info not asked for")
            << u"AdvertiserBalance"_s << QByteArray(R"({"advertiser_id": "7093000000000000403"})")
            << u"balanceInfo.accountBalance"_s << QVariant();
    QTest::newRow("balance_reminder false")
            << u"AdvertiserBalance"_s << QByteArray(R"({"balance_reminder": false})")
            << u"balanceReminder"_s << QVariant(false);
    QTest::newRow("create_time as epoch seconds")
            << u"AdvertiserBalance"_s << QByteArray(R"({"create_time": 1714979289})")
            << u"createTime"_s << utc(2024, 5, 6, 7, 8, 9);
    QTest::newRow("subtotal with three decimals rounds")
            << u"AccountTransaction"_s << QByteArray(R"({"subtotal": "10.005"})") << u"subtotal"_s
            << QVariant(u"10.01"_s);
    QTest::newRow("UTC offset timezone stays text")
            << u"AccountTransaction"_s << QByteArray(R"({"timezone": "UTC-05:00"})")
            << u"timezone"_s << QVariant(u"UTC-05:00"_s);
    QTest::newRow("changelog budget as text")
            << u"BudgetChangelogEntry"_s << QByteArray(R"({"current_budget": "500"})")
            << u"currentBudget"_s << QVariant(u"500.00"_s);
    QTest::newRow("transfer without child BC")
            << u"TransferResult"_s
            << QByteArray(R"({"bc_id": "7093000000000000404", "child_bc_id": null})")
            << u"childBcId"_s << QVariant();
    QTest::newRow("transfer account id as a 19-digit number")
            << u"TransferResult"_s
            << QByteArray(
                       R"({"transaction_infos": [{"payee_account": {"account_id": 7299999999999999999}}]})")
            << u"transactions[0].payeeAccountId"_s << QVariant(u"7299999999999999999"_s);
}

void TestFinanceDecoder::edgeCases()
{
    checkEdgeCase(cases());
}

void TestFinanceDecoder::balanceIdentityHoldsExactly_data()
{
    QTest::addColumn<QByteArray>("json");

    // Values whose double sums miss: 0.1 + 0.2 != 0.3, 1.15 * 100 = 114.999..., and so on.
    QTest::newRow("0.1 + 0.2") << QByteArray(
            R"({"account_balance": 0.3, "valid_account_balance": 0.1, "frozen_balance": 0.2, "tax": 0})");
    QTest::newRow("cents that truncate")
            << QByteArray(R"({"account_balance": 6.07, "valid_account_balance": 4.35,
                              "frozen_balance": 1.15, "tax": 0.57})");
    QTest::newRow("large") << QByteArray(
            R"({"account_balance": 9999999999.99, "valid_account_balance": 9999999000.33,
                "frozen_balance": 999.33, "tax": 0.33})");
    QTest::newRow("as text") << QByteArray(
            R"({"account_balance": "1000.10", "valid_account_balance": "900.05",
                "frozen_balance": "50.02", "tax": "50.03"})");
}

void TestFinanceDecoder::balanceIdentityHoldsExactly()
{
    // account = valid + frozen + tax (reference §4.2) must hold to the cent after decoding.
    QFETCH(QByteArray, json);
    const QJsonObject item = parse(json);
    const auto bc = BusinessCenterBalanceDecoder::decode(item);
    QCOMPARE(bc.accountBalance.minorUnits(), bc.validAccountBalance.minorUnits()
                                                     + bc.frozenBalance.minorUnits()
                                                     + bc.tax.minorUnits());
    const auto account = AdvertiserBalanceDecoder::decode(item);
    QCOMPARE(account.accountBalance, bc.accountBalance);
    const auto breakdown = BalanceBreakdownDecoder::decode(item);
    QCOMPARE(breakdown.accountBalance.minorUnits(), breakdown.validAccountBalance.minorUnits()
                                                            + breakdown.frozenBalance.minorUnits()
                                                            + breakdown.tax.minorUnits());
}

namespace {

const QList<DecoderCase> &cases()
{
    static const QList<DecoderCase> all{
            {u"BusinessCenterBalance"_s,
             &decodeWith<BusinessCenterBalanceDecoder>,
             R"({"bc_id": "7093000000000000101", "currency": "EUR", "account_balance": 1000.1,
                 "valid_account_balance": 900.05, "frozen_balance": 50.02, "tax": 50.03,
                 "cash_balance": 700.25, "valid_cash_balance": 650.25, "grant_balance": 299.85,
                 "valid_grant_balance": 249.8, "payment_portfolio_type": "NON_SHARED"})",
             {{u"bcId"_s, u"7093000000000000101"_s},
              {u"currency"_s, u"EUR"_s},
              {u"accountBalance"_s, u"1000.10"_s},
              {u"validAccountBalance"_s, u"900.05"_s},
              {u"frozenBalance"_s, u"50.02"_s},
              {u"tax"_s, u"50.03"_s},
              {u"cashBalance"_s, u"700.25"_s},
              {u"validCashBalance"_s, u"650.25"_s},
              {u"grantBalance"_s, u"299.85"_s},
              {u"validGrantBalance"_s, u"249.80"_s},
              {u"paymentPortfolioType"_s, u"NON_SHARED"_s}}},
            {u"BusinessCenterTransaction"_s,
             &decodeWith<BusinessCenterTransactionDecoder>,
             R"({"date": "2024-05-06 07:08:09", "amount": -1234.56, "timezone": "Europe/Berlin",
                 "currency": "EUR", "funds_type": "FUNDS_TYPE_CASH",
                 "invoice_id": "7093000000000000102", "invoice_serial_number": "INV-DE-2024-0001"})",
             {{u"date"_s, utc(2024, 5, 6, 7, 8, 9)},
              {u"amount"_s, u"-1234.56"_s},
              {u"timezone"_s, u"Europe/Berlin"_s},
              {u"currency"_s, u"EUR"_s},
              {u"fundsType"_s, u"FUNDS_TYPE_CASH"_s},
              {u"invoiceId"_s, u"7093000000000000102"_s},
              {u"invoiceSerialNumber"_s, u"INV-DE-2024-0001"_s}}},
            {u"BusinessCenterTransactionSummary"_s,
             &decodeWith<BusinessCenterTransactionSummaryDecoder>,
             R"({"amount_charged": -5000.75, "amount_paid": 4200, "currency": "USD"})",
             {{u"amountCharged"_s, u"-5000.75"_s},
              {u"amountPaid"_s, u"4200.00"_s},
              {u"currency"_s, u"USD"_s}}},
            {u"AccountTransaction"_s,
             &decodeWith<AccountTransactionDecoder>,
             R"({"transaction_id": "7093000000000000103", "payment_portfolio_id": "7093000000000000104",
                 "payment_portfolio_name": "Main portfolio", "account_id": "7093000000000000105",
                 "account_name": "Café Ads", "bc_id": "7093000000000000106", "bc_name": "Café BC",
                 "amount": 119, "subtotal": 100, "tax_amount": 19, "currency": "EUR",
                 "amount_type": "NEGATIVE", "transaction_type": "ADD_BALANCE",
                 "billing_type": "CASH", "timezone": "UTC+08:00",
                 "create_time": "2024-05-06 07:08:09", "invoice_id": "7093000000000000107",
                 "serial_number": "SN-0042"})",
             {{u"transactionId"_s, u"7093000000000000103"_s},
              {u"paymentPortfolioId"_s, u"7093000000000000104"_s},
              {u"paymentPortfolioName"_s, u"Main portfolio"_s},
              {u"accountId"_s, u"7093000000000000105"_s},
              {u"accountName"_s, u"Café Ads"_s},
              {u"bcId"_s, u"7093000000000000106"_s},
              {u"bcName"_s, u"Café BC"_s},
              {u"amount"_s, u"119.00"_s},
              {u"subtotal"_s, u"100.00"_s},
              {u"taxAmount"_s, u"19.00"_s},
              {u"currency"_s, u"EUR"_s},
              {u"amountType"_s, u"NEGATIVE"_s},
              {u"transactionType"_s, u"ADD_BALANCE"_s},
              {u"billingType"_s, u"CASH"_s},
              {u"timezone"_s, u"UTC+08:00"_s},
              {u"createTime"_s, utc(2024, 5, 6, 7, 8, 9)},
              {u"invoiceId"_s, u"7093000000000000107"_s},
              {u"serialNumber"_s, u"SN-0042"_s}}},
            {u"AccountCost"_s,
             &decodeWith<AccountCostDecoder>,
             R"({"advertiser_id": "7093000000000000108", "advertiser_name": "Spender",
                 "amount": 123.45, "cash_amount": 100.4, "grant_amount": 20, "tax_amount": 3.05,
                 "currency": "JPY"})",
             {{u"advertiserId"_s, u"7093000000000000108"_s},
              {u"advertiserName"_s, u"Spender"_s},
              {u"amount"_s, u"123.45"_s},
              {u"cashAmount"_s, u"100.40"_s},
              {u"grantAmount"_s, u"20.00"_s},
              {u"taxAmount"_s, u"3.05"_s},
              {u"currency"_s, u"JPY"_s}}},
            {u"AccountCostSummary"_s,
             &decodeWith<AccountCostSummaryDecoder>,
             R"({"amount": 9999999999.99, "cash_amount": 9999999000.99, "grant_amount": 999,
                 "tax_amount": 0.01, "currency": "USD"})",
             {{u"amount"_s, u"9999999999.99"_s},
              {u"cashAmount"_s, u"9999999000.99"_s},
              {u"grantAmount"_s, u"999.00"_s},
              {u"taxAmount"_s, u"0.01"_s},
              {u"currency"_s, u"USD"_s}}},
            {u"BudgetChangelogEntry"_s,
             &decodeWith<BudgetChangelogEntryDecoder>,
             R"({"operation_time": "2024-05-06 07:08:09", "activity_type": "INCREASE_BUDGET",
                 "previous_budget": 50, "previous_budget_mode": "DAILY_BUDGET",
                 "current_budget": 75.5, "current_budget_mode": "MONTHLY_BUDGET", "currency": "EUR",
                 "operator_id": "7093000000000000109", "operator_name": "Fin Manager"})",
             {{u"operationTime"_s, utc(2024, 5, 6, 7, 8, 9)},
              {u"activityType"_s, u"INCREASE_BUDGET"_s},
              {u"previousBudget"_s, u"50.00"_s},
              {u"previousBudgetMode"_s, u"DAILY_BUDGET"_s},
              {u"currentBudget"_s, u"75.50"_s},
              {u"currentBudgetMode"_s, u"MONTHLY_BUDGET"_s},
              {u"currency"_s, u"EUR"_s},
              {u"operatorId"_s, u"7093000000000000109"_s},
              {u"operatorName"_s, u"Fin Manager"_s}}},
            {u"AdvertiserBalance"_s,
             &decodeWith<AdvertiserBalanceDecoder>,
             R"({"advertiser_id": "7093000000000000110", "advertiser_name": "Balance account",
                 "advertiser_status": "SHOW_ACCOUNT_STATUS_APPROVED", "advertiser_type": "AUCTION",
                 "timezone": "Etc/GMT", "currency": "EUR", "account_open_days": 412,
                 "balance_reminder": true, "company": "Café Berlin GmbH", "contact_name": "Max M.",
                 "contact_email": "max@example.com", "create_time": "2023-01-02 03:04:05",
                 "account_balance": 1000.1, "valid_account_balance": 900.05,
                 "frozen_balance": 50.02, "tax": 50.03, "cash_balance": 800.1,
                 "valid_cash_balance": 750.1, "grant_balance": 200, "valid_grant_balance": 149.95,
                 "payment_portfolio_id": "7093000000000000111", "payment_portfolio_name": "Main",
                 "payment_portfolio_type": "SHARED", "transferable_amount": 750.1,
                 "max_transferable_amount": {"cash_amount": 750.1, "grant_amount": 149.95},
                 "balance_info": {"account_balance": 1000.1, "valid_account_balance": 900.05,
                                  "frozen_balance": 50.02, "tax": 50.03, "cash_balance": 800.1,
                                  "frozen_cash_balance": 40.01, "cash_tax": 10.02,
                                  "valid_cash_balance": 750.07, "grant_balance": 200,
                                  "valid_grant_balance": 149.95, "frozen_grant_balance": 10.01,
                                  "credit_balance": 5000, "valid_credit_balance": 4999.99,
                                  "frozen_credit_balance": 0.01},
                 "budget_mode": "DAILY_BUDGET", "budget": 300, "budget_cost": 120.45,
                 "budget_remaining": 179.55,
                 "budget_frequency_restriction": {"total_count": 10, "used_count": 3,
                                                  "remaining_count": 7,
                                                  "effective_start_time": "2024-05-06 00:00:00",
                                                  "effective_end_time": "2024-05-06 23:59:59"},
                 "budget_amount_restriction": {"minimum_amount": 20.5},
                 "min_transferable_amount": {"cash_amount": 1, "grant_amount": 0.5,
                                             "credit_amount": 10},
                 "first_recharge_amount": 500, "first_recharge_time": "2023-01-03 10:00:00",
                 "latest_recharge_time": "2024-04-30 09:30:00", "recharge_amount": 2500.75,
                 "recharge_count": 6})",
             {{u"advertiserId"_s, u"7093000000000000110"_s},
              {u"advertiserName"_s, u"Balance account"_s},
              {u"advertiserStatus"_s, u"SHOW_ACCOUNT_STATUS_APPROVED"_s},
              {u"advertiserType"_s, u"AUCTION"_s},
              {u"timezone"_s, u"Etc/GMT"_s},
              {u"currency"_s, u"EUR"_s},
              {u"accountOpenDays"_s, i64(412)},
              {u"balanceReminder"_s, true},
              {u"company"_s, u"Café Berlin GmbH"_s},
              {u"contactName"_s, u"Max M."_s},
              {u"contactEmail"_s, u"max@example.com"_s},
              {u"createTime"_s, utc(2023, 1, 2, 3, 4, 5)},
              {u"accountBalance"_s, u"1000.10"_s},
              {u"validAccountBalance"_s, u"900.05"_s},
              {u"frozenBalance"_s, u"50.02"_s},
              {u"tax"_s, u"50.03"_s},
              {u"cashBalance"_s, u"800.10"_s},
              {u"validCashBalance"_s, u"750.10"_s},
              {u"grantBalance"_s, u"200.00"_s},
              {u"validGrantBalance"_s, u"149.95"_s},
              {u"paymentPortfolioId"_s, u"7093000000000000111"_s},
              {u"paymentPortfolioName"_s, u"Main"_s},
              {u"paymentPortfolioType"_s, u"SHARED"_s},
              {u"transferableAmount"_s, u"750.10"_s},
              {u"maxTransferableCash"_s, u"750.10"_s},
              {u"maxTransferableGrant"_s, u"149.95"_s},
              {u"balanceInfo.accountBalance"_s, u"1000.10"_s},
              {u"balanceInfo.validAccountBalance"_s, u"900.05"_s},
              {u"balanceInfo.frozenBalance"_s, u"50.02"_s},
              {u"balanceInfo.tax"_s, u"50.03"_s},
              {u"balanceInfo.cashBalance"_s, u"800.10"_s},
              {u"balanceInfo.frozenCashBalance"_s, u"40.01"_s},
              {u"balanceInfo.cashTax"_s, u"10.02"_s},
              {u"balanceInfo.validCashBalance"_s, u"750.07"_s},
              {u"balanceInfo.grantBalance"_s, u"200.00"_s},
              {u"balanceInfo.validGrantBalance"_s, u"149.95"_s},
              {u"balanceInfo.frozenGrantBalance"_s, u"10.01"_s},
              {u"balanceInfo.creditBalance"_s, u"5000.00"_s},
              {u"balanceInfo.validCreditBalance"_s, u"4999.99"_s},
              {u"balanceInfo.frozenCreditBalance"_s, u"0.01"_s},
              {u"budgetMode"_s, u"DAILY_BUDGET"_s},
              {u"budget"_s, u"300.00"_s},
              {u"budgetCost"_s, u"120.45"_s},
              {u"budgetRemaining"_s, u"179.55"_s},
              {u"budgetChangesTotal"_s, i64(10)},
              {u"budgetChangesUsed"_s, i64(3)},
              {u"budgetChangesRemaining"_s, i64(7)},
              {u"budgetChangesStart"_s, utc(2024, 5, 6)},
              {u"budgetChangesEnd"_s, utc(2024, 5, 6, 23, 59, 59)},
              {u"budgetMinimumAmount"_s, u"20.50"_s},
              {u"minTransferableCash"_s, u"1.00"_s},
              {u"minTransferableGrant"_s, u"0.50"_s},
              {u"minTransferableCredit"_s, u"10.00"_s},
              {u"firstRechargeAmount"_s, u"500.00"_s},
              {u"firstRechargeTime"_s, utc(2023, 1, 3, 10)},
              {u"latestRechargeTime"_s, utc(2024, 4, 30, 9, 30)},
              {u"rechargeAmount"_s, u"2500.75"_s},
              {u"rechargeCount"_s, i64(6)}}},
            {u"BalanceBreakdown"_s,
             &decodeWith<BalanceBreakdownDecoder>,
             R"({"account_balance": 0.3, "valid_account_balance": 0.1, "frozen_balance": 0.2,
                 "tax": 0, "cash_balance": 0.29, "frozen_cash_balance": 1.15, "cash_tax": 4.35,
                 "valid_cash_balance": 0.57, "grant_balance": 1.005, "valid_grant_balance": 2.675,
                 "frozen_grant_balance": 8.2, "credit_balance": 16.4,
                 "valid_credit_balance": 32.8, "frozen_credit_balance": 64.1})",
             {{u"accountBalance"_s, u"0.30"_s},
              {u"validAccountBalance"_s, u"0.10"_s},
              {u"frozenBalance"_s, u"0.20"_s},
              {u"tax"_s, u"0.00"_s},
              {u"cashBalance"_s, u"0.29"_s},
              {u"frozenCashBalance"_s, u"1.15"_s},
              {u"cashTax"_s, u"4.35"_s},
              {u"validCashBalance"_s, u"0.57"_s},
              {u"grantBalance"_s, u"1.01"_s},
              {u"validGrantBalance"_s, u"2.68"_s},
              {u"frozenGrantBalance"_s, u"8.20"_s},
              {u"creditBalance"_s, u"16.40"_s},
              {u"validCreditBalance"_s, u"32.80"_s},
              {u"frozenCreditBalance"_s, u"64.10"_s}}},
            {u"AdvertiserTransaction"_s,
             &decodeWith<AdvertiserTransactionDecoder>,
             R"({"advertiser_id": "7093000000000000112", "advertiser_name": "Moved money",
                 "amount": 250.5, "currency": "GBP", "date": "2024-05-06 07:08:09",
                 "funds_type": "FUNDS_TYPE_GRANT", "transfer_type": "TRANS_TYPE_TRANSFER",
                 "timezone": "Europe/London"})",
             {{u"advertiserId"_s, u"7093000000000000112"_s},
              {u"advertiserName"_s, u"Moved money"_s},
              {u"amount"_s, u"250.50"_s},
              {u"currency"_s, u"GBP"_s},
              {u"date"_s, utc(2024, 5, 6, 7, 8, 9)},
              {u"fundsType"_s, u"FUNDS_TYPE_GRANT"_s},
              {u"transferType"_s, u"TRANS_TYPE_TRANSFER"_s},
              {u"timezone"_s, u"Europe/London"_s}}},
            {u"TransferResult"_s,
             &decodeWith<TransferResultDecoder>,
             R"({"bc_id": "7093000000000000113", "advertiser_id": "7093000000000000114",
                 "child_bc_id": "7093000000000000115",
                 "transaction_infos": [
                     {"transaction_id": "7093000000000000116", "transaction_type": "CASH",
                      "payee_account": {"account_type": "ADVERTISER", "account_id": "7093000000000000114"},
                      "remitter_account": {"account_type": "BC", "account_id": "7093000000000000113"}},
                     {"transaction_id": "7093000000000000117", "transaction_type": "GRANT",
                      "payee_account": {"account_type": "ADVERTISER", "account_id": "7093000000000000114"},
                      "remitter_account": {"account_type": "PORTFOLIO", "account_id": "7093000000000000118"}}]})",
             {{u"bcId"_s, u"7093000000000000113"_s},
              {u"advertiserId"_s, u"7093000000000000114"_s},
              {u"childBcId"_s, u"7093000000000000115"_s},
              {u"transactions.size"_s, i64(2)},
              {u"transactions[0].transactionId"_s, u"7093000000000000116"_s},
              {u"transactions[0].transactionType"_s, u"CASH"_s},
              {u"transactions[0].payeeAccountType"_s, u"ADVERTISER"_s},
              {u"transactions[0].payeeAccountId"_s, u"7093000000000000114"_s},
              {u"transactions[0].remitterAccountType"_s, u"BC"_s},
              {u"transactions[0].remitterAccountId"_s, u"7093000000000000113"_s},
              {u"transactions[1].transactionId"_s, u"7093000000000000117"_s},
              {u"transactions[1].transactionType"_s, u"GRANT"_s},
              {u"transactions[1].payeeAccountType"_s, u"ADVERTISER"_s},
              {u"transactions[1].payeeAccountId"_s, u"7093000000000000114"_s},
              {u"transactions[1].remitterAccountType"_s, u"PORTFOLIO"_s},
              {u"transactions[1].remitterAccountId"_s, u"7093000000000000118"_s}}},
    };
    return all;
}

} // namespace

QTEST_GUILESS_MAIN(TestFinanceDecoder)
#include "tst_financedecoder.moc"
