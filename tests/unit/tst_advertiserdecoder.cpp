#include "core/api/decoders/adperformancedecoder.h"
#include "core/api/decoders/advertiserattributedecoder.h"
#include "core/api/decoders/advertisercreateresultdecoder.h"
#include "core/api/decoders/advertiserdisableresultdecoder.h"
#include "core/api/decoders/advertiserinfodecoder.h"
#include "core/api/decoders/advertiserupdateresultdecoder.h"
#include "core/api/decoders/audienceinsightdecoder.h"
#include "core/api/decoders/imageuploaddecoder.h"
#include "core/api/decoders/pangleaudiencepackagedecoder.h"
#include "core/api/decoders/pangleblocklistdecoder.h"
#include "core/api/decoders/pangleblocklistupdatedecoder.h"
#include "core/api/decoders/qualificationdecoder.h"
#include "core/api/decoders/termdecoder.h"
#include "core/api/decoders/unionpaycheckdecoder.h"
#include "core/api/jsonfields.h"
#include "tests/support/decodercheck.h"

#include <QTest>

using namespace Qt::StringLiterals;
namespace domain = bc::domain;
using namespace bc::api;
using namespace bc::testing;

// Decoders of ad account answers: details, account management results, qualifications, terms,
// Pangle, and the inspiration tool of the emulator's assumed contract.
// Every case is a sample item written from the reference with the documented fields set, and
// the value each field must decode to. The generic tests then change the sample (nulls, wrong
// types, ids as numbers, numbers as strings, unknown fields) and check what must still hold.
class TestAdvertiserDecoder : public QObject
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
void addFields(QVariantMap &fields, const QString &prefix, const domain::AdvertiserInfo &value)
{
    fields.insert(prefix + "advertiserId"_L1, view(value.advertiserId));
    fields.insert(prefix + "name"_L1, view(value.name));
    fields.insert(prefix + "company"_L1, view(value.company));
    fields.insert(prefix + "status"_L1, view(value.status));
    fields.insert(prefix + "role"_L1, view(value.role));
    fields.insert(prefix + "rejectionReason"_L1, view(value.rejectionReason));
    fields.insert(prefix + "timezone"_L1, view(value.timezone));
    fields.insert(prefix + "displayTimezone"_L1, view(value.displayTimezone));
    fields.insert(prefix + "currency"_L1, view(value.currency));
    fields.insert(prefix + "country"_L1, view(value.country));
    fields.insert(prefix + "address"_L1, view(value.address));
    fields.insert(prefix + "industry"_L1, view(value.industry));
    fields.insert(prefix + "language"_L1, view(value.language));
    fields.insert(prefix + "contacter"_L1, view(value.contacter));
    fields.insert(prefix + "email"_L1, view(value.email));
    fields.insert(prefix + "cellphoneNumber"_L1, view(value.cellphoneNumber));
    fields.insert(prefix + "telephoneNumber"_L1, view(value.telephoneNumber));
    fields.insert(prefix + "licenseNo"_L1, view(value.licenseNo));
    fields.insert(prefix + "licenseUrl"_L1, view(value.licenseUrl));
    fields.insert(prefix + "description"_L1, view(value.description));
    fields.insert(prefix + "balance"_L1, view(value.balance));
    fields.insert(prefix + "createTime"_L1, view(value.createTime));
    fields.insert(prefix + "ownerBcId"_L1, view(value.ownerBcId));
    fields.insert(prefix + "advertiserAccountType"_L1, view(value.advertiserAccountType));
    fields.insert(prefix + "companyNameEditable"_L1, view(value.companyNameEditable));
    fields.insert(prefix + "canUseCustomIdentity"_L1, view(value.canUseCustomIdentity));
    fields.insert(prefix + "adsOnlyMode"_L1, view(value.adsOnlyMode));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix,
               const domain::AdvertiserCreateResult &value)
{
    fields.insert(prefix + "advertiserId"_L1, view(value.advertiserId));
    fields.insert(prefix + "portfolioBindingStatus"_L1, view(value.portfolioBindingStatus));
    fields.insert(prefix + "portfolioBindingError"_L1, view(value.portfolioBindingError));
    fields.insert(prefix + "budgetSetupStatus"_L1, view(value.budgetSetupStatus));
    fields.insert(prefix + "budgetSetupError"_L1, view(value.budgetSetupError));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix,
               const domain::AdvertiserUpdateResult &value)
{
    fields.insert(prefix + "advertiserId"_L1, view(value.advertiserId));
    fields.insert(prefix + "status"_L1, view(value.status));
    fields.insert(prefix + "errorMsg"_L1, view(value.errorMsg));
    fields.insert(prefix + "oneClickSetAmount"_L1, view(value.oneClickSetAmount));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix,
               const domain::AdvertiserDisableResult &value)
{
    fields.insert(prefix + "disabledAdvertiserIds"_L1, view(value.disabledAdvertiserIds));
    fields.insert(prefix + "failedReasons"_L1, view(value.failedReasons));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix, const domain::Qualification &value)
{
    fields.insert(prefix + "qualificationId"_L1, view(value.qualificationId));
    fields.insert(prefix + "companyName"_L1, view(value.companyName));
    fields.insert(prefix + "status"_L1, view(value.status));
    fields.insert(prefix + "ownerAdvertiserId"_L1, view(value.ownerAdvertiserId));
    fields.insert(prefix + "linkedAdvertiserCount"_L1, view(value.linkedAdvertiserCount));
    fields.insert(prefix + "regionCode"_L1, view(value.regionCode));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix, const domain::AdvertiserAttribute &value)
{
    fields.insert(prefix + "currencies"_L1, view(value.currencies));
    fields.insert(prefix + "regionCodes"_L1, view(value.regionCodes));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix, const domain::UnionPayCheck &value)
{
    fields.insert(prefix + "verificationRequired"_L1, view(value.verificationRequired));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix, const domain::ImageUpload &value)
{
    fields.insert(prefix + "imageId"_L1, view(value.imageId));
    fields.insert(prefix + "imageUrl"_L1, view(value.imageUrl));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix, const domain::Term &value)
{
    fields.insert(prefix + "terms"_L1, view(value.terms));
    fields.insert(prefix + "confirmed"_L1, view(value.confirmed));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix, const domain::PangleBlockList &value)
{
    fields.insert(prefix + "appList"_L1, view(value.appList));
    fields.insert(prefix + "appPackageId"_L1, view(value.appPackageId));
    fields.insert(prefix + "modifyTime"_L1, view(value.modifyTime));
    fields.insert(prefix + "campaignId"_L1, view(value.campaignId));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix,
               const domain::PangleBlockListUpdate &value)
{
    fields.insert(prefix + "successCount"_L1, view(value.successCount));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix,
               const domain::PangleAudiencePackage &value)
{
    fields.insert(prefix + "packageId"_L1, view(value.packageId));
    fields.insert(prefix + "packageName"_L1, view(value.packageName));
    fields.insert(prefix + "bindType"_L1, view(value.bindType));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix, const domain::AudienceInsight &value)
{
    fields.insert(prefix + "dimensionValue"_L1, view(value.dimensionValue));
    fields.insert(prefix + "impressions"_L1, view(value.impressions));
    fields.insert(prefix + "clicks"_L1, view(value.clicks));
    fields.insert(prefix + "audienceShare"_L1, view(value.audienceShare));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix, const domain::AdPerformance &value)
{
    fields.insert(prefix + "advertiserId"_L1, view(value.advertiserId));
    fields.insert(prefix + "advertiserName"_L1, view(value.advertiserName));
    fields.insert(prefix + "currency"_L1, view(value.currency));
    fields.insert(prefix + "spend"_L1, view(value.spend));
    fields.insert(prefix + "impressions"_L1, view(value.impressions));
    fields.insert(prefix + "clicks"_L1, view(value.clicks));
    fields.insert(prefix + "ctr"_L1, view(value.ctr));
    fields.insert(prefix + "cpc"_L1, view(value.cpc));
    fields.insert(prefix + "cpm"_L1, view(value.cpm));
    fields.insert(prefix + "conversions"_L1, view(value.conversions));
}

} // namespace bc::testing

namespace {

const QList<DecoderCase> &cases();

} // namespace

void TestAdvertiserDecoder::everyField_data()
{
    addEveryFieldRows(cases());
}

void TestAdvertiserDecoder::everyField()
{
    checkEveryField(cases());
}

void TestAdvertiserDecoder::everyFieldHasAnExpectation_data()
{
    addCaseRows(cases());
}

void TestAdvertiserDecoder::everyFieldHasAnExpectation()
{
    checkEveryFieldHasAnExpectation(cases());
}

void TestAdvertiserDecoder::missingNullAndWrongTypes_data()
{
    addMissingNullAndWrongTypeRows(cases());
}

void TestAdvertiserDecoder::missingNullAndWrongTypes()
{
    checkMissingNullAndWrongTypes(cases());
}

void TestAdvertiserDecoder::idsAsNumbers_data()
{
    addIdsAsNumbersRows(cases());
}

void TestAdvertiserDecoder::idsAsNumbers()
{
    checkIdsAsNumbers(cases());
}

void TestAdvertiserDecoder::numbersAsStrings_data()
{
    addNumbersAsStringsRows(cases());
}

void TestAdvertiserDecoder::numbersAsStrings()
{
    checkNumbersAsStrings(cases());
}

void TestAdvertiserDecoder::unknownFieldsStayInRaw_data()
{
    addCaseRows(cases());
}

void TestAdvertiserDecoder::unknownFieldsStayInRaw()
{
    checkUnknownFieldsStayInRaw(cases());
}

void TestAdvertiserDecoder::edgeCases_data()
{
    addEdgeCaseColumns();

    QTest::newRow("create_time as epoch seconds text")
            << u"AdvertiserInfo"_s << QByteArray(R"({"create_time": "1714979289"})")
            << u"createTime"_s << utc(2024, 5, 6, 7, 8, 9);
    QTest::newRow("company_name_editable only")
            << u"AdvertiserInfo"_s
            << QByteArray(
                       R"({"advertiser_id": "7093000000000000501", "company_name_editable": false})")
            << u"companyNameEditable"_s << QVariant(false);
    QTest::newRow("fields not asked for stay not set")
            << u"AdvertiserInfo"_s
            << QByteArray(
                       R"({"advertiser_id": "7093000000000000501", "company_name_editable": false})")
            << u"balance"_s << QVariant();
    QTest::newRow("ads_only_mode null")
            << u"AdvertiserInfo"_s << QByteArray(R"({"ads_only_mode": null})") << u"adsOnlyMode"_s
            << QVariant();
    QTest::newRow("industry id as a number")
            << u"AdvertiserInfo"_s << QByteArray(R"({"industry": 291905})") << u"industry"_s
            << QVariant(u"291905"_s);
    QTest::newRow("balance as text")
            << u"AdvertiserInfo"_s << QByteArray(R"({"balance": "1234.5"})") << u"balance"_s
            << QVariant(u"1234.50"_s);
    QTest::newRow("create without a portfolio")
            << u"AdvertiserCreateResult"_s << QByteArray(R"({"advertiser_id": "7093000000000000502",
                              "payment_portfolio_binding_result": null, "budget_setup_result": null})")
            << u"portfolioBindingStatus"_s << QVariant();
    QTest::newRow("incremental budget of minus 50")
            << u"AdvertiserUpdateResult"_s << QByteArray(R"({"one_click_set_amount": -50})")
            << u"oneClickSetAmount"_s << QVariant(u"-50.00"_s);
    QTest::newRow("disable failure keyed by a 19-digit id")
            << u"AdvertiserDisableResult"_s
            << QByteArray(
                       R"({"disabled_advertiser_ids": [], "failed_infos": {"7299999999999999999": "UNPAID_BILL"}})")
            << u"failedReasons"_s << list({u"7299999999999999999=UNPAID_BILL"_s});
    QTest::newRow("disabled ids as numbers")
            << u"AdvertiserDisableResult"_s
            << QByteArray(R"({"disabled_advertiser_ids": [7299999999999999999]})")
            << u"disabledAdvertiserIds"_s << list({u"7299999999999999999"_s});
    QTest::newRow("qualifications: verified count as text")
            << u"Qualification"_s << QByteArray(R"({"linked_advertiser_count": "3"})")
            << u"linkedAdvertiserCount"_s << i64(3);
    QTest::newRow("attribute lists with nulls")
            << u"AdvertiserAttribute"_s << QByteArray(R"({"currencies": ["EUR", null, "USD"]})")
            << u"currencies"_s << list({u"EUR"_s, u"USD"_s});
    QTest::newRow("unionpay flag as text")
            << u"UnionPayCheck"_s << QByteArray(R"({"unionpay_verification_required": "true"})")
            << u"verificationRequired"_s << QVariant(true);
    QTest::newRow("terms as one text")
            << u"Term"_s << QByteArray(R"({"terms": "You agree to the Lead Ads terms."})")
            << u"terms"_s << list({u"You agree to the Lead Ads terms."_s});
    QTest::newRow("term check answers only confirmed")
            << u"Term"_s << QByteArray(R"({"confirmed": false})") << u"confirmed"_s
            << QVariant(false);
    QTest::newRow("block list never saved")
            << u"PangleBlockList"_s
            << QByteArray(R"({"app_list": [], "app_package_id": null, "modify_time": null})")
            << u"modifyTime"_s << QVariant();
    QTest::newRow("block list time with an offset")
            << u"PangleBlockList"_s << QByteArray(R"({"modify_time": "2024-05-06T09:08:09+02:00"})")
            << u"modifyTime"_s << utc(2024, 5, 6, 7, 8, 9);
    QTest::newRow("nothing added")
            << u"PangleBlockListUpdate"_s << QByteArray(R"({"success_count": 0})")
            << u"successCount"_s << i64(0);
    QTest::newRow("audience share as text")
            << u"AudienceInsight"_s << QByteArray(R"({"audience_share": "0.25"})")
            << u"audienceShare"_s << QVariant(0.25);
    QTest::newRow("metrics not asked for")
            << u"AdPerformance"_s
            << QByteArray(R"({"advertiser_id": "7093000000000000503", "spend": 10})") << u"ctr"_s
            << QVariant();
    QTest::newRow("spend with float noise")
            << u"AdPerformance"_s << QByteArray(R"({"spend": 1234.5600000000002})") << u"spend"_s
            << QVariant(u"1234.56"_s);
}

void TestAdvertiserDecoder::edgeCases()
{
    checkEdgeCase(cases());
}

namespace {

const QList<DecoderCase> &cases()
{
    static const QList<DecoderCase> all{
            {u"AdvertiserInfo"_s,
             &decodeWith<AdvertiserInfoDecoder>,
             R"({"advertiser_id": "7093000000000000301", "name": "Café Berlin – Ads",
                 "company": "Café Berlin GmbH", "status": "STATUS_ENABLE", "role": "ROLE_ADVERTISER",
                 "rejection_reason": "Licence unreadable", "timezone": "Etc/GMT",
                 "display_timezone": "Europe/London", "currency": "EUR", "country": "DE",
                 "address": "Musterstraße 1", "industry": "291905", "language": "de",
                 "contacter": "M***", "email": "m***@example.com", "cellphone_number": "+49*****67",
                 "telephone_number": "+49*****89", "license_no": "HRB-12345",
                 "license_url": "https://example.com/licence.png", "description": "Coffee shop ads",
                 "balance": 1000.1, "create_time": 1714979289, "owner_bc_id": "7093000000000000302",
                 "advertiser_account_type": "AUCTION", "company_name_editable": true,
                 "can_use_custom_identity": false, "ads_only_mode": true})",
             {{u"advertiserId"_s, u"7093000000000000301"_s},
              {u"name"_s, u"Café Berlin – Ads"_s},
              {u"company"_s, u"Café Berlin GmbH"_s},
              {u"status"_s, u"STATUS_ENABLE"_s},
              {u"role"_s, u"ROLE_ADVERTISER"_s},
              {u"rejectionReason"_s, u"Licence unreadable"_s},
              {u"timezone"_s, u"Etc/GMT"_s},
              {u"displayTimezone"_s, u"Europe/London"_s},
              {u"currency"_s, u"EUR"_s},
              {u"country"_s, u"DE"_s},
              {u"address"_s, u"Musterstraße 1"_s},
              {u"industry"_s, u"291905"_s},
              {u"language"_s, u"de"_s},
              {u"contacter"_s, u"M***"_s},
              {u"email"_s, u"m***@example.com"_s},
              {u"cellphoneNumber"_s, u"+49*****67"_s},
              {u"telephoneNumber"_s, u"+49*****89"_s},
              {u"licenseNo"_s, u"HRB-12345"_s},
              {u"licenseUrl"_s, u"https://example.com/licence.png"_s},
              {u"description"_s, u"Coffee shop ads"_s},
              {u"balance"_s, u"1000.10"_s},
              {u"createTime"_s, utc(2024, 5, 6, 7, 8, 9)},
              {u"ownerBcId"_s, u"7093000000000000302"_s},
              {u"advertiserAccountType"_s, u"AUCTION"_s},
              {u"companyNameEditable"_s, true},
              {u"canUseCustomIdentity"_s, false},
              {u"adsOnlyMode"_s, true}}},
            {u"AdvertiserCreateResult"_s,
             &decodeWith<AdvertiserCreateResultDecoder>,
             R"({"advertiser_id": "7093000000000000303",
                 "payment_portfolio_binding_result": {"status": "FAILED", "error_msg": "Portfolio is full."},
                 "budget_setup_result": {"status": "SUCCESS", "error_msg": "none"}})",
             {{u"advertiserId"_s, u"7093000000000000303"_s},
              {u"portfolioBindingStatus"_s, u"FAILED"_s},
              {u"portfolioBindingError"_s, u"Portfolio is full."_s},
              {u"budgetSetupStatus"_s, u"SUCCESS"_s},
              {u"budgetSetupError"_s, u"none"_s}}},
            {u"AdvertiserUpdateResult"_s,
             &decodeWith<AdvertiserUpdateResultDecoder>,
             R"({"advertiser_id": "7093000000000000304", "status": "FAILED",
                 "error_msg": "Budget can be changed 10 times a day.", "one_click_set_amount": 99.99})",
             {{u"advertiserId"_s, u"7093000000000000304"_s},
              {u"status"_s, u"FAILED"_s},
              {u"errorMsg"_s, u"Budget can be changed 10 times a day."_s},
              {u"oneClickSetAmount"_s, u"99.99"_s}}},
            {u"AdvertiserDisableResult"_s,
             &decodeWith<AdvertiserDisableResultDecoder>,
             R"({"disabled_advertiser_ids": ["7093000000000000305"],
                 "failed_infos": {"7093000000000000306": "DELIVERING", "7093000000000000307": "SUSPENDED"}})",
             {{u"disabledAdvertiserIds"_s, list({u"7093000000000000305"_s})},
              {u"failedReasons"_s,
               list({u"7093000000000000306=DELIVERING"_s, u"7093000000000000307=SUSPENDED"_s})}}},
            {u"Qualification"_s,
             &decodeWith<QualificationDecoder>,
             R"({"qualification_id": "7093000000000000308", "company_name": "Café Berlin GmbH",
                 "status": "VERIFIED", "owner_advertiser_id": "7093000000000000309",
                 "linked_advertiser_count": 4, "region_code": "DE"})",
             {{u"qualificationId"_s, u"7093000000000000308"_s},
              {u"companyName"_s, u"Café Berlin GmbH"_s},
              {u"status"_s, u"VERIFIED"_s},
              {u"ownerAdvertiserId"_s, u"7093000000000000309"_s},
              {u"linkedAdvertiserCount"_s, i64(4)},
              {u"regionCode"_s, u"DE"_s}}},
            {u"AdvertiserAttribute"_s,
             &decodeWith<AdvertiserAttributeDecoder>,
             R"({"currencies": ["EUR"], "region_codes": ["DE", "AT", "CH"]})",
             {{u"currencies"_s, list({u"EUR"_s})},
              {u"regionCodes"_s, list({u"DE"_s, u"AT"_s, u"CH"_s})}}},
            {u"UnionPayCheck"_s,
             &decodeWith<UnionPayCheckDecoder>,
             R"({"unionpay_verification_required": true})",
             {{u"verificationRequired"_s, true}}},
            {u"ImageUpload"_s,
             &decodeWith<ImageUploadDecoder>,
             R"({"image_id": "ad-site-i18n-sg/202405065d0d", "image_url": "https://example.com/i.png"})",
             {{u"imageId"_s, u"ad-site-i18n-sg/202405065d0d"_s},
              {u"imageUrl"_s, u"https://example.com/i.png"_s}}},
            {u"Term"_s,
             &decodeWith<TermDecoder>,
             R"({"terms": ["1. Lead Ads terms", "2. Data processing"], "confirmed": true})",
             {{u"terms"_s, list({u"1. Lead Ads terms"_s, u"2. Data processing"_s})},
              {u"confirmed"_s, true}}},
            {u"PangleBlockList"_s,
             &decodeWith<PangleBlockListDecoder>,
             R"({"app_list": ["1234567890", "com.example.game"],
                 "app_package_id": "7093000000000000310", "modify_time": "2024-05-06T07:08:09Z",
                 "campaign_id": "7093000000000000311"})",
             {{u"appList"_s, list({u"1234567890"_s, u"com.example.game"_s})},
              {u"appPackageId"_s, u"7093000000000000310"_s},
              {u"modifyTime"_s, utc(2024, 5, 6, 7, 8, 9)},
              {u"campaignId"_s, u"7093000000000000311"_s}}},
            {u"PangleBlockListUpdate"_s,
             &decodeWith<PangleBlockListUpdateDecoder>,
             R"({"success_count": 2})",
             {{u"successCount"_s, i64(2)}}},
            {u"PangleAudiencePackage"_s,
             &decodeWith<PangleAudiencePackageDecoder>,
             R"({"package_id": "7093000000000000312", "package_name": "Gamers", "bind_type": "EXCLUDE"})",
             {{u"packageId"_s, u"7093000000000000312"_s},
              {u"packageName"_s, u"Gamers"_s},
              {u"bindType"_s, u"EXCLUDE"_s}}},
            {u"AudienceInsight"_s,
             &decodeWith<AudienceInsightDecoder>,
             R"({"dimension_value": "25-34", "impressions": 120000, "clicks": 1800,
                 "audience_share": 0.3125})",
             {{u"dimensionValue"_s, u"25-34"_s},
              {u"impressions"_s, i64(120000)},
              {u"clicks"_s, i64(1800)},
              {u"audienceShare"_s, 0.3125}}},
            {u"AdPerformance"_s,
             &decodeWith<AdPerformanceDecoder>,
             R"({"advertiser_id": "7093000000000000313", "advertiser_name": "Top spender",
                 "currency": "EUR", "spend": 1234.56, "impressions": 250000, "clicks": 3125,
                 "ctr": 1.25, "cpc": 0.4, "cpm": 4.94, "conversions": 87})",
             {{u"advertiserId"_s, u"7093000000000000313"_s},
              {u"advertiserName"_s, u"Top spender"_s},
              {u"currency"_s, u"EUR"_s},
              {u"spend"_s, u"1234.56"_s},
              {u"impressions"_s, i64(250000)},
              {u"clicks"_s, i64(3125)},
              {u"ctr"_s, 1.25},
              {u"cpc"_s, u"0.40"_s},
              {u"cpm"_s, u"4.94"_s},
              {u"conversions"_s, i64(87)}}},
    };
    return all;
}

} // namespace

QTEST_GUILESS_MAIN(TestAdvertiserDecoder)
#include "tst_advertiserdecoder.moc"
