// The ad account management endpoints (reference §3.7–§3.13) against the in-process emulator:
// each request's encoding, each answer's decoding, one success and one documented error per
// endpoint, the state changes the writes make (read back through the client), and the retry
// rules of money moves.
#include "core/api/decoders/advertiserbalancedecoder.h"
#include "core/api/decoders/advertiserinfodecoder.h"
#include "core/api/decoders/businesscenterbalancedecoder.h"
#include "core/api/endpoints/advertiseraccountendpoints.h"
#include "core/api/jsonfields.h"
#include "emulator/emulatorserver.h"
#include "emulator/faultkind.h"
#include "tests/support/awaitedresult.h"
#include "tests/support/emulatorfixture.h"
#include "tests/support/requestinspection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using bc::api::AdvertiserAccountEndpoints;
using bc::api::ApiClient;
using bc::api::ApiError;
using bc::api::ApiRequest;
using bc::api::WriteReceipt;
using bc::domain::AdvertiserBalance;
using bc::domain::AdvertiserInfo;
using bc::domain::Amount;
using bc::domain::BusinessCenterBalance;
using bc::domain::Qualification;
using bc::domain::TransferResult;
using bc::emulator::EmulatorConfig;
using bc::emulator::EmulatorServer;
using bc::testing::AwaitedResult;
using bc::testing::emulatorClient;
using bc::testing::queryValue;
using bc::testing::unlimitedEmulatorConfig;

namespace {

const QString kToken = u"fake-advertiser-account-token"_s;
// The demo world's first BC: the user is ADMIN and Finance MANAGER, AGENCY, monthly invoicing.
const QString kBcId = u"7093123456789012345"_s;
const QString kUnknownBcId = u"7999999999999999999"_s;

Amount cents(qint64 minorUnits)
{
    return Amount::fromMinorUnits(minorUnits);
}

} // namespace

class TestAdvertiserAccountEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void requestsAreEncodedAsDocumented();
    void transferKeysAreFreshAndKept();
    void createAddsAnAccount();
    void createWithoutNameIsRejected();
    void createTiedToBillingGroupNeedsTheAllowlist();
    void updateRenamesAnAccount();
    void updateSetsABudget();
    void updateWithoutTargetIsRejected();
    void disableRefundsTheBalance();
    void disableOfADeliveringAccountIsRefused();
    void disableInUnknownBcIsAnError();
    void qualificationsAreListed();
    void qualificationsFilterByVerified();
    void qualificationsOfUnknownBcIsAnError();
    void attributeListsCurrenciesAndRegions();
    void attributeOfUnknownBcIsAnError();
    void unionPayCheckRecognisesMainlandLicences();
    void unionPayCheckWithoutLicenceIsRejected();
    void unionPaySubmitIsStored();
    void unionPaySubmitWithBadAccountIsRejected();
    void advertiserTransferMovesMoneyBothWays();
    void advertiserTransferIsNeverRetried();
    void advertiserTransferBeyondTheBalanceIsRejected();
    void bcTransferWithTheSameKeyMovesCreditOnce();
    void bcTransferIsRetriedWithItsKey();

private:
    [[nodiscard]] const bc::emulator::AdAccount *transferableAccount() const;
    [[nodiscard]] BusinessCenterBalance bcBalance();
    [[nodiscard]] AdvertiserBalance accountBalance(const QString &advertiserId);
    [[nodiscard]] AdvertiserInfo accountInfo(const QString &advertiserId);
    [[nodiscard]] int requestsTo(const QString &path) const;

    std::unique_ptr<EmulatorServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<AdvertiserAccountEndpoints> m_accounts;
    QObject m_context;
};

void TestAdvertiserAccountEndpoints::initTestCase()
{
    EmulatorConfig config = unlimitedEmulatorConfig(kToken, 31);
    m_server = std::make_unique<EmulatorServer>(config);
    QVERIFY(m_server->listenOnLoopback() != 0);
    m_client = emulatorClient(*m_server, kToken);
    // Retries in milliseconds, so the retry test does not wait for the real backoff.
    bc::api::RetryPolicy::Settings fast;
    fast.baseDelay = std::chrono::milliseconds(5);
    fast.maxDelay = std::chrono::milliseconds(20);
    m_client->setRetryPolicy(bc::api::RetryPolicy(fast));
    m_accounts = std::make_unique<AdvertiserAccountEndpoints>(*m_client);

    const auto *center = m_server->world().findBusinessCenter(kBcId);
    QVERIFY(center);
    QCOMPARE(center->userRole, u"ADMIN"_s);
    QCOMPARE(center->financeRole, u"MANAGER"_s);
    QVERIFY(center->monthlyInvoicing);
}

const bc::emulator::AdAccount *TestAdvertiserAccountEndpoints::transferableAccount() const
{
    const auto *center = m_server->world().findBusinessCenter(kBcId);
    for (const auto &account : center->adAccounts) {
        if (account.relationType == u"OWNER_BC"_s && account.status == u"STATUS_ENABLE"_s
            && !account.disabled && account.balance.validCash > 10000)
            return &account;
    }
    return nullptr;
}

BusinessCenterBalance TestAdvertiserAccountEndpoints::bcBalance()
{
    ApiRequest request = ApiRequest::get(u"bc/balance/get/"_s);
    request.addQuery(u"bc_id"_s, kBcId);
    AwaitedResult<BusinessCenterBalance> balance;
    bc::api::sendTyped<BusinessCenterBalance>(*m_client, request, &m_context,
                                              &bc::api::BusinessCenterBalanceDecoder::decode,
                                              balance.handler());
    if (!balance.wait() || !balance.ok())
        return {};
    return balance.value();
}

AdvertiserBalance TestAdvertiserAccountEndpoints::accountBalance(const QString &advertiserId)
{
    ApiRequest request = ApiRequest::get(u"advertiser/balance/get/"_s);
    request.addQuery(u"bc_id"_s, kBcId);
    request.addJsonQuery(u"filtering"_s, QJsonObject{{u"keyword"_s, advertiserId}});
    AwaitedResult<QList<AdvertiserBalance>> rows;
    bc::api::fetchAllTyped<bc::api::AdvertiserBalanceDecoder>(
            *m_client, request, {u"advertiser_account_list"_s, 50}, &m_context, rows.handler());
    if (!rows.wait() || !rows.ok())
        return {};
    for (const AdvertiserBalance &row : rows.value()) {
        if (row.advertiserId == advertiserId)
            return row;
    }
    return {};
}

AdvertiserInfo TestAdvertiserAccountEndpoints::accountInfo(const QString &advertiserId)
{
    ApiRequest request = ApiRequest::get(u"advertiser/info/"_s);
    request.addJsonQuery(u"advertiser_ids"_s, QJsonArray{advertiserId});
    AwaitedResult<AdvertiserInfo> info;
    bc::api::sendTyped<AdvertiserInfo>(
            *m_client, request, &m_context,
            [](const QJsonObject &data) {
                const auto list = bc::api::json::decodeList<bc::api::AdvertiserInfoDecoder>(
                        data.value("list"_L1));
                return list.isEmpty() ? AdvertiserInfo{} : list.first();
            },
            info.handler());
    if (!info.wait() || !info.ok())
        return {};
    return info.value();
}

int TestAdvertiserAccountEndpoints::requestsTo(const QString &path) const
{
    return m_server->stats().requestsByPath.value(u"/open_api/v1.3/"_s + path);
}

void TestAdvertiserAccountEndpoints::requestsAreEncodedAsDocumented()
{
    bc::api::AdvertiserCreation creation;
    creation.bcId = kBcId;
    creation.name = u"Neu"_s;
    creation.currency = u"EUR"_s;
    creation.company = u"Neu GmbH"_s;
    creation.industry = 290101;
    creation.taxMap = {{u"vat"_s, u"DE123"_s}};
    const ApiRequest create = AdvertiserAccountEndpoints::createRequest(creation);
    QCOMPARE(create.method, QByteArray("POST"));
    QCOMPARE(create.path, u"bc/advertiser/create/"_s);
    QCOMPARE(create.body.value("bc_id"_L1).toString(), kBcId);
    QCOMPARE(create.body.value("advertiser_info"_L1).toObject(),
             (QJsonObject{{u"name"_s, u"Neu"_s}, {u"currency"_s, u"EUR"_s}}));
    // ⚠ PY's customer_info, not B's customer.
    QCOMPARE(create.body.value("customer_info"_L1).toObject(),
             (QJsonObject{{u"company"_s, u"Neu GmbH"_s}, {u"industry"_s, 290101}}));
    QVERIFY(!create.body.contains("customer"_L1));
    // ⚠ PY's tax_map is a string: the map as JSON text.
    QCOMPARE(create.body.value("billing_info"_L1).toObject().value("tax_map"_L1).toString(),
             u"{\"vat\":\"DE123\"}"_s);
    QVERIFY(!create.body.contains("contact_info"_L1)); // nothing set: left out
    QVERIFY(!create.body.contains("tied_to_billing_group"_L1));
    QVERIFY(!create.isIdempotent());

    bc::api::AdvertiserUpdate update;
    update.bcId = kBcId;
    update.budgetUpdateType = u"UPDATE"_s;
    update.budgets = {{u"7093000000000000123"_s, u"DAILY_BUDGET"_s, cents(12345)}};
    update.qualificationImageIds = {u"img1"_s};
    const ApiRequest updateRequest = AdvertiserAccountEndpoints::updateRequest(update);
    QCOMPARE(updateRequest.path, u"advertiser/update/"_s); // ⚠ the official path
    QCOMPARE(updateRequest.method, QByteArray("POST"));
    const QJsonObject budget =
            updateRequest.body.value("advertiser_budgets"_L1).toArray().first().toObject();
    QCOMPARE(budget.value("advertiser_id"_L1).toString(), u"7093000000000000123"_s);
    QCOMPARE(budget.value("budget"_L1).toDouble(), 123.45);
    QCOMPARE(QJsonDocument(budget).toJson(QJsonDocument::Compact).contains("123.45"), true);
    QCOMPARE(updateRequest.body.value("qualification_images"_L1).toArray(),
             (QJsonArray{QJsonObject{{u"image_id"_s, u"img1"_s}}}));
    QVERIFY(!updateRequest.body.contains("advertiser_id"_L1));
    QVERIFY(!updateRequest.isIdempotent());

    const ApiRequest disable =
            AdvertiserAccountEndpoints::disableRequest({kBcId, u"7093000000000000124"_s});
    QCOMPARE(disable.path, u"bc/advertiser/disable/"_s);
    QCOMPARE(disable.body.value("advertiser_ids"_L1).toArray(),
             QJsonArray{u"7093000000000000124"_s});

    const ApiRequest qualifications =
            AdvertiserAccountEndpoints::qualificationsRequest({kBcId, true});
    QCOMPARE(qualifications.method, QByteArray("GET"));
    QCOMPARE(qualifications.path, u"bc/advertiser/qualification/get/"_s);
    QCOMPARE(queryValue(qualifications, u"filtering"_s), u"{\"verified\":true}"_s);
    QCOMPARE(AdvertiserAccountEndpoints::qualificationListSpec().maxPageSize, 100);
    QCOMPARE(AdvertiserAccountEndpoints::qualificationListSpec().listKey, u"qualifications"_s);
    QVERIFY(queryValue(AdvertiserAccountEndpoints::qualificationsRequest({kBcId, {}}),
                       u"filtering"_s)
                    .isEmpty());

    const ApiRequest attribute = AdvertiserAccountEndpoints::attributeRequest(kBcId);
    QCOMPARE(attribute.path, u"bc/advertiser/attribute/"_s);
    QCOMPARE(queryValue(attribute, u"bc_id"_s), kBcId);

    const ApiRequest check = AdvertiserAccountEndpoints::unionPayCheckRequest(u"91110000X"_s);
    QCOMPARE(check.method, QByteArray("GET"));
    QCOMPARE(check.path, u"bc/advertiser/unionpay_info/check/"_s);
    QCOMPARE(queryValue(check, u"license_no"_s), u"91110000X"_s);

    const ApiRequest submit = AdvertiserAccountEndpoints::unionPaySubmitRequest(
            {kBcId, u"1"_s, u"Li Lei"_s, {}, u"110"_s, u"6222000000000000"_s, u"13800000000"_s});
    QCOMPARE(submit.method, QByteArray("POST"));
    QCOMPARE(submit.path, u"bc/advertiser/unionpay_info/submit/"_s);
    QCOMPARE(submit.body.value("unionpay_account"_L1).toString(), u"6222000000000000"_s);
    QVERIFY(!submit.body.contains("representative_document_type"_L1)); // ID_CARD by default

    bc::api::BcTransfer toAccount;
    toAccount.bcId = kBcId;
    toAccount.transferType = u"RECHARGE"_s;
    toAccount.advertiserId = u"7093000000000000125"_s;
    toAccount.cashAmount = cents(1050);
    toAccount.idempotencyKey = u"42"_s; // ignored: ADVERTISER level has no key
    const ApiRequest advertiserTransfer = AdvertiserAccountEndpoints::transferRequest(toAccount);
    QCOMPARE(advertiserTransfer.path, u"bc/transfer/"_s);
    QCOMPARE(advertiserTransfer.body.value("cash_amount"_L1).toDouble(), 10.5);
    QVERIFY(!advertiserTransfer.body.contains("grant_amount"_L1));
    QVERIFY(!advertiserTransfer.body.contains("request_id"_L1));
    QVERIFY(!advertiserTransfer.body.contains("transfer_level"_L1)); // ADVERTISER by default
    QVERIFY(!advertiserTransfer.carriesIdempotencyKey);
    QVERIFY(!advertiserTransfer.isIdempotent());

    bc::api::BcTransfer credit;
    credit.bcId = kBcId;
    credit.transferType = u"RECHARGE"_s;
    credit.transferLevel = u"BC"_s;
    credit.creditAmount = cents(500000);
    credit.idempotencyKey = u"123456789"_s;
    const ApiRequest bcTransfer = AdvertiserAccountEndpoints::transferRequest(credit);
    QCOMPARE(bcTransfer.body.value("transfer_level"_L1).toString(), u"BC"_s);
    QCOMPARE(bcTransfer.body.value("request_id"_L1).toString(), u"123456789"_s);
    QCOMPARE(bcTransfer.body.value("amount_info"_L1).toObject(),
             (QJsonObject{{u"credit_amount"_s, 5000}}));
    QVERIFY(bcTransfer.carriesIdempotencyKey);
    QVERIFY(bcTransfer.isIdempotent());
}

void TestAdvertiserAccountEndpoints::transferKeysAreFreshAndKept()
{
    const QString first = AdvertiserAccountEndpoints::newTransferKey();
    const QString second = AdvertiserAccountEndpoints::newTransferKey();
    QVERIFY(first != second);
    bool ok = false;
    QVERIFY(first.toLongLong(&ok) > 0 && ok);

    bc::api::BcTransfer credit;
    credit.bcId = kBcId;
    credit.transferType = u"RECHARGE"_s;
    credit.transferLevel = u"BC"_s;
    credit.creditAmount = cents(100);
    // No key given: one is made, and the request shows it so the caller can repeat it.
    const QString generated = AdvertiserAccountEndpoints::transferRequest(credit)
                                      .body.value("request_id"_L1)
                                      .toString();
    QVERIFY(generated.toLongLong(&ok) > 0 && ok);
}

void TestAdvertiserAccountEndpoints::createAddsAnAccount()
{
    const auto *center = m_server->world().findBusinessCenter(kBcId);
    const qsizetype before = center->adAccounts.size();
    bc::api::AdvertiserCreation creation;
    creation.bcId = kBcId;
    creation.name = u"Konsole Testkonto Ä"_s;
    creation.currency = center->currency;
    creation.timezone = u"Europe/Berlin"_s;
    creation.company = u"Konsole GmbH"_s;
    creation.registeredArea = u"DE"_s;
    creation.promotionLink = u"https://example.com/shop"_s; // required in AGENCY BCs
    creation.contactName = u"Kim Berg"_s;
    creation.contactEmail = u"kim@example.com"_s;
    AwaitedResult<bc::domain::AdvertiserCreateResult> created;
    m_accounts->create(creation, &m_context, created.handler());
    QVERIFY(created.wait());
    QVERIFY2(created.ok(), created.describe().constData());
    const QString id = created.value().advertiserId;
    QCOMPARE(id.size(), 19);
    QVERIFY(created.value().portfolioBindingStatus.isEmpty()); // null: no portfolio given

    QCOMPARE(center->adAccounts.size(), before + 1);
    QCOMPARE(center->adAccounts.constLast().advertiserId, id);
    const AdvertiserInfo info = accountInfo(id);
    QCOMPARE(info.advertiserId, id);
    QCOMPARE(info.name, u"Konsole Testkonto Ä"_s);
    QCOMPARE(info.currency, center->currency);
}

void TestAdvertiserAccountEndpoints::createWithoutNameIsRejected()
{
    const qsizetype before = m_server->world().findBusinessCenter(kBcId)->adAccounts.size();
    bc::api::AdvertiserCreation creation;
    creation.bcId = kBcId;
    creation.currency = u"EUR"_s;
    creation.promotionLink = u"https://example.com"_s;
    AwaitedResult<bc::domain::AdvertiserCreateResult> created;
    m_accounts->create(creation, &m_context, created.handler());
    QVERIFY(created.wait());
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code, 40002);
    QCOMPARE(created.error().kind, ApiError::Kind::Validation);
    QVERIFY(!created.error().requestId.isEmpty());
    QCOMPARE(m_server->world().findBusinessCenter(kBcId)->adAccounts.size(), before);
}

void TestAdvertiserAccountEndpoints::createTiedToBillingGroupNeedsTheAllowlist()
{
    bc::api::AdvertiserCreation creation;
    creation.bcId = kBcId;
    creation.name = u"Gated"_s;
    creation.currency = u"EUR"_s;
    creation.promotionLink = u"https://example.com"_s;
    creation.tiedToBillingGroup = true;
    AwaitedResult<bc::domain::AdvertiserCreateResult> created;
    m_accounts->create(creation, &m_context, created.handler());
    QVERIFY(created.wait());
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code, 40118);
}

void TestAdvertiserAccountEndpoints::updateRenamesAnAccount()
{
    const auto *account = transferableAccount();
    QVERIFY(account);
    const QString id = account->advertiserId;
    bc::api::AdvertiserUpdate update;
    update.advertiserId = id;
    update.advertiserName = u"Umbenannt 東京"_s;
    AwaitedResult<QList<bc::domain::AdvertiserUpdateResult>> updated;
    m_accounts->update(update, &m_context, updated.handler());
    QVERIFY(updated.wait());
    QVERIFY2(updated.ok(), updated.describe().constData());
    for (const auto &result : updated.value())
        QCOMPARE(result.status, u"SUCCESS"_s);
    QCOMPARE(accountInfo(id).name, u"Umbenannt 東京"_s);
}

void TestAdvertiserAccountEndpoints::updateSetsABudget()
{
    const auto *account = transferableAccount();
    QVERIFY(account);
    const QString id = account->advertiserId;
    const qint64 budget = std::max<qint64>(account->minimumBudget, 5000) + 777;
    bc::api::AdvertiserUpdate update;
    update.bcId = kBcId;
    update.budgetUpdateType = u"UPDATE"_s;
    update.budgets = {{id, u"DAILY_BUDGET"_s, cents(budget)}};
    AwaitedResult<QList<bc::domain::AdvertiserUpdateResult>> updated;
    m_accounts->update(update, &m_context, updated.handler());
    QVERIFY(updated.wait());
    QVERIFY2(updated.ok(), updated.describe().constData());
    QCOMPARE(updated.value().size(), 1);
    QCOMPARE(updated.value().first().advertiserId, id);
    QCOMPARE(updated.value().first().status, u"SUCCESS"_s);

    const AdvertiserBalance after = accountBalance(id);
    QCOMPARE(after.advertiserId, id);
    QCOMPARE(after.budgetMode, u"DAILY_BUDGET"_s);
    QCOMPARE(after.budget, cents(budget));
}

void TestAdvertiserAccountEndpoints::updateWithoutTargetIsRejected()
{
    bc::api::AdvertiserUpdate update;
    update.advertiserName = u"Nobody"_s;
    AwaitedResult<QList<bc::domain::AdvertiserUpdateResult>> updated;
    m_accounts->update(update, &m_context, updated.handler());
    QVERIFY(updated.wait());
    QVERIFY(!updated.ok());
    QCOMPARE(updated.error().code, 40002);

    update.advertiserId = u"7999999999999999990"_s; // not an account the token can see
    m_accounts->update(update, &m_context, updated.handler());
    QVERIFY(updated.wait());
    QVERIFY(!updated.ok());
    QCOMPARE(updated.error().code, 40001);
    QCOMPARE(updated.error().kind, ApiError::Kind::Permission);
}

void TestAdvertiserAccountEndpoints::disableRefundsTheBalance()
{
    const auto *center = m_server->world().findBusinessCenter(kBcId);
    const bc::emulator::AdAccount *target = nullptr;
    for (const auto &account : center->adAccounts) {
        if (account.relationType == u"OWNER_BC"_s && account.status == u"STATUS_ENABLE"_s
            && !account.disabled && !account.delivering && !account.unpaidBill
            && !account.autopayUnbilled && account.balance.validCash > 0
            && account.balance.frozenCash == 0 && account.balance.frozenGrant == 0) {
            target = &account;
            break;
        }
    }
    QVERIFY2(target, "the demo BC has an idle owned account with money");
    const QString id = target->advertiserId;
    const AdvertiserBalance accountBefore = accountBalance(id);
    QVERIFY(accountBefore.accountBalance.isSet());
    const BusinessCenterBalance before = bcBalance();

    AwaitedResult<bc::domain::AdvertiserDisableResult> disabled;
    m_accounts->disable({kBcId, id}, &m_context, disabled.handler());
    QVERIFY(disabled.wait());
    QVERIFY2(disabled.ok(), disabled.describe().constData());
    QCOMPARE(disabled.value().disabledAdvertiserIds, QStringList{id});
    QVERIFY(disabled.value().failedReasons.isEmpty());

    QCOMPARE(accountInfo(id).status, u"STATUS_DISABLE"_s);
    const BusinessCenterBalance after = bcBalance();
    // Everything the account held, cash, grant and reserved tax, is back in the BC.
    QCOMPARE(after.accountBalance.minorUnits() - before.accountBalance.minorUnits(),
             accountBefore.accountBalance.minorUnits());
    QCOMPARE(after.grantBalance.minorUnits() - before.grantBalance.minorUnits(),
             accountBefore.grantBalance.minorUnits());
}

void TestAdvertiserAccountEndpoints::disableOfADeliveringAccountIsRefused()
{
    const auto *center = m_server->world().findBusinessCenter(kBcId);
    const auto delivering =
            std::find_if(center->adAccounts.cbegin(), center->adAccounts.cend(), [](const auto &a) {
                return a.relationType == u"OWNER_BC"_s && !a.disabled && a.delivering
                       && !a.unpaidBill && !a.autopayUnbilled;
            });
    QVERIFY(delivering != center->adAccounts.cend());
    const QString id = delivering->advertiserId;
    AwaitedResult<bc::domain::AdvertiserDisableResult> disabled;
    m_accounts->disable({kBcId, id}, &m_context, disabled.handler());
    QVERIFY(disabled.wait());
    QVERIFY2(disabled.ok(), disabled.describe().constData()); // refusals come with code 0
    QVERIFY(disabled.value().disabledAdvertiserIds.isEmpty());
    QCOMPARE(disabled.value().failedReasons.value(id), u"DELIVERING"_s);
    QVERIFY(accountInfo(id).status != u"STATUS_DISABLE"_s);
}

void TestAdvertiserAccountEndpoints::disableInUnknownBcIsAnError()
{
    AwaitedResult<bc::domain::AdvertiserDisableResult> disabled;
    m_accounts->disable({kUnknownBcId, u"7093000000000000001"_s}, &m_context, disabled.handler());
    QVERIFY(disabled.wait());
    QVERIFY(!disabled.ok());
    QCOMPARE(disabled.error().code, 40001);
}

void TestAdvertiserAccountEndpoints::qualificationsAreListed()
{
    const auto &world = m_server->world();
    const auto *center = world.findBusinessCenter(kBcId);
    const QHash<QString, int> links = world.qualificationLinkCounts(kBcId);
    AwaitedResult<QList<Qualification>> listed;
    m_accounts->qualifications({kBcId, {}}, &m_context, listed.handler());
    QVERIFY(listed.wait());
    QVERIFY2(listed.ok(), listed.describe().constData());
    QCOMPARE(listed.value().size(), center->qualifications.size());
    QVERIFY(!listed.value().isEmpty());
    for (const auto &expected : center->qualifications) {
        const auto found = std::find_if(listed.value().cbegin(), listed.value().cend(),
                                        [&](const Qualification &q) {
                                            return q.qualificationId == expected.qualificationId;
                                        });
        QVERIFY2(found != listed.value().cend(), qPrintable(expected.qualificationId));
        QCOMPARE(found->companyName, expected.companyName);
        QCOMPARE(found->status, expected.status);
        QCOMPARE(found->ownerAdvertiserId, expected.ownerAdvertiserId);
        QCOMPARE(found->regionCode, expected.regionCode);
        QCOMPARE(found->linkedAdvertiserCount.value_or(-1),
                 qint64(links.value(expected.qualificationId)));
    }
}

void TestAdvertiserAccountEndpoints::qualificationsFilterByVerified()
{
    const auto *center = m_server->world().findBusinessCenter(kBcId);
    const auto verifiedCount =
            std::count_if(center->qualifications.cbegin(), center->qualifications.cend(),
                          [](const auto &q) { return q.status == u"VERIFIED"_s; });
    AwaitedResult<QList<Qualification>> listed;
    m_accounts->qualifications({kBcId, true}, &m_context, listed.handler());
    QVERIFY(listed.wait());
    QVERIFY2(listed.ok(), listed.describe().constData());
    QCOMPARE(listed.value().size(), qsizetype(verifiedCount));
    for (const Qualification &q : listed.value())
        QCOMPARE(q.status, u"VERIFIED"_s);
}

void TestAdvertiserAccountEndpoints::qualificationsOfUnknownBcIsAnError()
{
    AwaitedResult<QList<Qualification>> listed;
    m_accounts->qualifications({kUnknownBcId, {}}, &m_context, listed.handler());
    QVERIFY(listed.wait());
    QVERIFY(!listed.ok());
    QCOMPARE(listed.error().code, 40001);
}

void TestAdvertiserAccountEndpoints::attributeListsCurrenciesAndRegions()
{
    const auto *center = m_server->world().findBusinessCenter(kBcId);
    AwaitedResult<bc::domain::AdvertiserAttribute> attribute;
    m_accounts->attribute(kBcId, &m_context, attribute.handler());
    QVERIFY(attribute.wait());
    QVERIFY2(attribute.ok(), attribute.describe().constData());
    QCOMPARE(attribute.value().currencies, center->advertiserCurrencies);
    QCOMPARE(attribute.value().regionCodes, center->advertiserRegionCodes);
    QVERIFY(!attribute.value().currencies.isEmpty());
}

void TestAdvertiserAccountEndpoints::attributeOfUnknownBcIsAnError()
{
    AwaitedResult<bc::domain::AdvertiserAttribute> attribute;
    m_accounts->attribute(kUnknownBcId, &m_context, attribute.handler());
    QVERIFY(attribute.wait());
    QVERIFY(!attribute.ok());
    QCOMPARE(attribute.error().code, 40001);
}

void TestAdvertiserAccountEndpoints::unionPayCheckRecognisesMainlandLicences()
{
    AwaitedResult<bc::domain::UnionPayCheck> mainland;
    m_accounts->checkUnionPay(u"91110000600037479B"_s, &m_context, mainland.handler());
    QVERIFY(mainland.wait());
    QVERIFY2(mainland.ok(), mainland.describe().constData());
    QCOMPARE(mainland.value().verificationRequired, std::optional<bool>(true));

    AwaitedResult<bc::domain::UnionPayCheck> other;
    m_accounts->checkUnionPay(u"HRB 12345"_s, &m_context, other.handler());
    QVERIFY(other.wait());
    QVERIFY2(other.ok(), other.describe().constData());
    QCOMPARE(other.value().verificationRequired, std::optional<bool>(false));
}

void TestAdvertiserAccountEndpoints::unionPayCheckWithoutLicenceIsRejected()
{
    AwaitedResult<bc::domain::UnionPayCheck> check;
    m_accounts->checkUnionPay({}, &m_context, check.handler());
    QVERIFY(check.wait());
    QVERIFY(!check.ok());
    QCOMPARE(check.error().code, 40002);
}

void TestAdvertiserAccountEndpoints::unionPaySubmitIsStored()
{
    const auto *center = m_server->world().findBusinessCenter(kBcId);
    const qsizetype before = center->unionPaySubmissions.size();
    const QString advertiserId = center->adAccounts.first().advertiserId;
    AwaitedResult<WriteReceipt> submitted;
    m_accounts->submitUnionPay({kBcId, advertiserId, u"Li Lei"_s, u"PASSPORT"_s, u"E12345678"_s,
                                u"6222020200112233445"_s, u"13800138000"_s},
                               &m_context, submitted.handler());
    QVERIFY(submitted.wait());
    QVERIFY2(submitted.ok(), submitted.describe().constData());
    QVERIFY(!submitted.value().requestId.isEmpty());
    // No endpoint reads submissions back; the world shows what was stored.
    QCOMPARE(center->unionPaySubmissions.size(), before + 1);
}

void TestAdvertiserAccountEndpoints::unionPaySubmitWithBadAccountIsRejected()
{
    const auto *center = m_server->world().findBusinessCenter(kBcId);
    const qsizetype before = center->unionPaySubmissions.size();
    AwaitedResult<WriteReceipt> submitted;
    m_accounts->submitUnionPay({kBcId,
                                center->adAccounts.first().advertiserId,
                                u"Li Lei"_s,
                                {},
                                u"110101199003070000"_s,
                                u"12345"_s,
                                u"13800138000"_s},
                               &m_context, submitted.handler());
    QVERIFY(submitted.wait());
    QVERIFY(!submitted.ok());
    QCOMPARE(submitted.error().code, 40002);
    QCOMPARE(center->unionPaySubmissions.size(), before);
}

void TestAdvertiserAccountEndpoints::advertiserTransferMovesMoneyBothWays()
{
    const auto *account = transferableAccount();
    QVERIFY(account);
    const QString id = account->advertiserId;
    const BusinessCenterBalance bcBefore = bcBalance();
    const AdvertiserBalance accountBefore = accountBalance(id);
    QVERIFY(bcBefore.validCashBalance.isSet());
    QVERIFY(accountBefore.validCashBalance.isSet());

    bc::api::BcTransfer recharge;
    recharge.bcId = kBcId;
    recharge.transferType = u"RECHARGE"_s;
    recharge.advertiserId = id;
    recharge.cashAmount = cents(1234);
    AwaitedResult<TransferResult> moved;
    m_accounts->transfer(recharge, &m_context, moved.handler());
    QVERIFY(moved.wait());
    QVERIFY2(moved.ok(), moved.describe().constData());
    QCOMPARE(moved.value().bcId, kBcId);
    QCOMPARE(moved.value().advertiserId, id);
    QVERIFY(!moved.value().transactions.isEmpty());
    const auto &record = moved.value().transactions.first();
    QCOMPARE(record.transactionType, u"CASH"_s);
    QCOMPARE(record.payeeAccountId, id);
    QCOMPARE(record.remitterAccountId, kBcId);

    QCOMPARE(bcBalance().validCashBalance.minorUnits(),
             bcBefore.validCashBalance.minorUnits() - 1234);
    QCOMPARE(accountBalance(id).validCashBalance.minorUnits(),
             accountBefore.validCashBalance.minorUnits() + 1234);

    // And back: both sides return to where they were.
    bc::api::BcTransfer refund = recharge;
    refund.transferType = u"REFUND"_s;
    AwaitedResult<TransferResult> back;
    m_accounts->transfer(refund, &m_context, back.handler());
    QVERIFY(back.wait());
    QVERIFY2(back.ok(), back.describe().constData());
    QCOMPARE(bcBalance().validCashBalance, bcBefore.validCashBalance);
    QCOMPARE(accountBalance(id).validCashBalance, accountBefore.validCashBalance);
}

void TestAdvertiserAccountEndpoints::advertiserTransferIsNeverRetried()
{
    const auto *account = transferableAccount();
    QVERIFY(account);
    const QString id = account->advertiserId;
    const AdvertiserBalance accountBefore = accountBalance(id);
    const int requestsBefore = requestsTo(u"bc/transfer/"_s);
    // A transient failure that a read would retry: the transfer reports it instead.
    m_server->injectFault(u"bc/transfer/"_s, bc::emulator::FaultKind::SystemError50000);

    bc::api::BcTransfer recharge;
    recharge.bcId = kBcId;
    recharge.transferType = u"RECHARGE"_s;
    recharge.advertiserId = id;
    recharge.cashAmount = cents(100);
    AwaitedResult<TransferResult> moved;
    m_accounts->transfer(recharge, &m_context, moved.handler());
    QVERIFY(moved.wait());
    QVERIFY(!moved.ok());
    QCOMPARE(moved.error().code, 50000);
    QCOMPARE(requestsTo(u"bc/transfer/"_s), requestsBefore + 1);
    QCOMPARE(accountBalance(id).validCashBalance, accountBefore.validCashBalance);
    m_server->clearFaults();
}

void TestAdvertiserAccountEndpoints::advertiserTransferBeyondTheBalanceIsRejected()
{
    const auto *account = transferableAccount();
    QVERIFY(account);
    const QString id = account->advertiserId;
    const AdvertiserBalance accountBefore = accountBalance(id);
    bc::api::BcTransfer refund;
    refund.bcId = kBcId;
    refund.transferType = u"REFUND"_s;
    refund.advertiserId = id;
    refund.cashAmount = cents(accountBefore.validCashBalance.minorUnits() + 100);
    AwaitedResult<TransferResult> moved;
    m_accounts->transfer(refund, &m_context, moved.handler());
    QVERIFY(moved.wait());
    QVERIFY(!moved.ok());
    QCOMPARE(moved.error().code, 40002);
    QCOMPARE(accountBalance(id).validCashBalance, accountBefore.validCashBalance);
}

void TestAdvertiserAccountEndpoints::bcTransferWithTheSameKeyMovesCreditOnce()
{
    const auto *center = m_server->world().findBusinessCenter(kBcId);
    const qint64 creditBefore = center->balance.validCredit;
    bc::api::BcTransfer credit;
    credit.bcId = kBcId;
    credit.transferType = u"RECHARGE"_s;
    credit.transferLevel = u"BC"_s;
    credit.creditAmount = cents(250000);
    credit.idempotencyKey = AdvertiserAccountEndpoints::newTransferKey();
    for (int i = 0; i < 2; ++i) {
        AwaitedResult<TransferResult> moved;
        m_accounts->transfer(credit, &m_context, moved.handler());
        QVERIFY(moved.wait());
        QVERIFY2(moved.ok(), moved.describe().constData());
        QCOMPARE(moved.value().bcId, kBcId);
    }
    QCOMPARE(center->balance.validCredit, creditBefore + 250000);
}

void TestAdvertiserAccountEndpoints::bcTransferIsRetriedWithItsKey()
{
    const auto *center = m_server->world().findBusinessCenter(kBcId);
    const qint64 creditBefore = center->balance.validCredit;
    const int requestsBefore = requestsTo(u"bc/transfer/"_s);
    m_server->injectFault(u"bc/transfer/"_s, bc::emulator::FaultKind::SystemError50000);
    bc::api::BcTransfer credit;
    credit.bcId = kBcId;
    credit.transferType = u"RECHARGE"_s;
    credit.transferLevel = u"BC"_s;
    credit.creditAmount = cents(1000);
    AwaitedResult<TransferResult> moved;
    m_accounts->transfer(credit, &m_context, moved.handler());
    QVERIFY(moved.wait());
    QVERIFY2(moved.ok(), moved.describe().constData());
    QCOMPARE(requestsTo(u"bc/transfer/"_s), requestsBefore + 2);
    QCOMPARE(center->balance.validCredit, creditBefore + 1000);
}

QTEST_GUILESS_MAIN(TestAdvertiserAccountEndpoints)
#include "tst_advertiseraccountendpoints.moc"
