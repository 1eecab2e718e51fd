#include "core/api/decoders/advertiserdecoder.h"
#include "core/api/decoders/assetadmindecoder.h"
#include "core/api/decoders/assetbindquotadecoder.h"
#include "core/api/decoders/assetdecoder.h"
#include "core/api/decoders/assetgroupdecoder.h"
#include "core/api/decoders/assetmemberdecoder.h"
#include "core/api/decoders/assetpartnerdecoder.h"
#include "core/api/decoders/billinggroupadvertiserdecoder.h"
#include "core/api/decoders/billinggroupdecoder.h"
#include "core/api/decoders/childbusinesscenterdecoder.h"
#include "core/api/decoders/memberdecoder.h"
#include "core/api/decoders/partnerassetdecoder.h"
#include "core/api/decoders/partnerdecoder.h"
#include "core/api/decoders/pixeldecoder.h"
#include "core/api/decoders/pixellinkdecoder.h"
#include "core/api/jsonfields.h"
#include "tests/support/decodercheck.h"

#include <QTest>

using namespace Qt::StringLiterals;
namespace domain = bc::domain;
using namespace bc::api;
using namespace bc::testing;

// Decoders of the access family: assets, members, partners, asset groups, billing groups, pixels.
// Every case is a sample item written from the reference with the documented fields set, and
// the value each field must decode to. The generic tests then change the sample (nulls, wrong
// types, ids as numbers, numbers as strings, unknown fields) and check what must still hold.
class TestAccessDecoder : public QObject
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
void addFields(QVariantMap &fields, const QString &prefix, const domain::Asset &value)
{
    fields.insert(prefix + "id"_L1, view(value.id));
    fields.insert(prefix + "name"_L1, view(value.name));
    fields.insert(prefix + "type"_L1, view(value.type));
    fields.insert(prefix + "advertiserAccountType"_L1, view(value.advertiserAccountType));
    fields.insert(prefix + "advertiserRole"_L1, view(value.advertiserRole));
    fields.insert(prefix + "catalogRole"_L1, view(value.catalogRole));
    fields.insert(prefix + "adCreationEligible"_L1, view(value.adCreationEligible));
    fields.insert(prefix + "storeRole"_L1, view(value.storeRole));
    fields.insert(prefix + "ttAccountRoles"_L1, view(value.ttAccountRoles));
    fields.insert(prefix + "formLibraryRole"_L1, view(value.formLibraryRole));
    fields.insert(prefix + "ownerBcName"_L1, view(value.ownerBcName));
    fields.insert(prefix + "businessAccountRole"_L1, view(value.businessAccountRole));
    fields.insert(prefix + "isBusinessVerified"_L1, view(value.isBusinessVerified));
    fields.insert(prefix + "operatingRegionCode"_L1, view(value.operatingRegionCode));
    fields.insert(prefix + "ttAssetHandle"_L1, view(value.ttAssetHandle));
    fields.insert(prefix + "ttAssetProfileImage"_L1, view(value.ttAssetProfileImage));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix, const domain::Advertiser &value)
{
    fields.insert(prefix + "id"_L1, view(value.id));
    fields.insert(prefix + "name"_L1, view(value.name));
    fields.insert(prefix + "assetType"_L1, view(value.assetType));
    fields.insert(prefix + "advertiserAccountType"_L1, view(value.advertiserAccountType));
    fields.insert(prefix + "advertiserRole"_L1, view(value.advertiserRole));
    fields.insert(prefix + "ownerBcName"_L1, view(value.ownerBcName));
    fields.insert(prefix + "advertiserStatus"_L1, view(value.advertiserStatus));
    fields.insert(prefix + "relationType"_L1, view(value.relationType));
    fields.insert(prefix + "relationStatus"_L1, view(value.relationStatus));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix, const domain::AssetAdmin &value)
{
    addFields(fields, prefix + "asset."_L1, value.asset);
    fields.insert(prefix + "advertiserStatus"_L1, view(value.advertiserStatus));
    fields.insert(prefix + "relationType"_L1, view(value.relationType));
    fields.insert(prefix + "relationStatus"_L1, view(value.relationStatus));
    fields.insert(prefix + "pixelCode"_L1, view(value.pixelCode));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix, const domain::AssetMember &value)
{
    fields.insert(prefix + "userId"_L1, view(value.userId));
    fields.insert(prefix + "userName"_L1, view(value.userName));
    fields.insert(prefix + "userEmail"_L1, view(value.userEmail));
    fields.insert(prefix + "userRole"_L1, view(value.userRole));
    fields.insert(prefix + "relationStatus"_L1, view(value.relationStatus));
    fields.insert(prefix + "advertiserRole"_L1, view(value.advertiserRole));
    fields.insert(prefix + "catalogRole"_L1, view(value.catalogRole));
    fields.insert(prefix + "financeRole"_L1, view(value.financeRole));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix, const domain::AssetPartner &value)
{
    fields.insert(prefix + "bcId"_L1, view(value.bcId));
    fields.insert(prefix + "bcName"_L1, view(value.bcName));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix, const domain::Member &value)
{
    fields.insert(prefix + "userId"_L1, view(value.userId));
    fields.insert(prefix + "userName"_L1, view(value.userName));
    fields.insert(prefix + "userEmail"_L1, view(value.userEmail));
    fields.insert(prefix + "userRole"_L1, view(value.userRole));
    fields.insert(prefix + "relationStatus"_L1, view(value.relationStatus));
    fields.insert(prefix + "financeRole"_L1, view(value.financeRole));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix, const domain::Partner &value)
{
    fields.insert(prefix + "bcId"_L1, view(value.bcId));
    fields.insert(prefix + "bcName"_L1, view(value.bcName));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix, const domain::PartnerAsset &value)
{
    addFields(fields, prefix + "asset."_L1, value.asset);
}

template<>
void addFields(QVariantMap &fields, const QString &prefix, const domain::AssetGroupAsset &value)
{
    fields.insert(prefix + "assetId"_L1, view(value.assetId));
    fields.insert(prefix + "assetType"_L1, view(value.assetType));
    fields.insert(prefix + "assetName"_L1, view(value.assetName));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix, const domain::AssetGroupMember &value)
{
    fields.insert(prefix + "memberId"_L1, view(value.memberId));
    fields.insert(prefix + "memberName"_L1, view(value.memberName));
    fields.insert(prefix + "memberEmail"_L1, view(value.memberEmail));
    fields.insert(prefix + "assetRoles"_L1, view(value.assetRoles));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix, const domain::AssetGroup &value)
{
    fields.insert(prefix + "assetGroupId"_L1, view(value.assetGroupId));
    fields.insert(prefix + "assetGroupName"_L1, view(value.assetGroupName));
    addList(fields, prefix + "assets"_L1, value.assets);
    addList(fields, prefix + "members"_L1, value.members);
}

template<>
void addFields(QVariantMap &fields, const QString &prefix,
               const domain::BillingGroupAdvertiser &value)
{
    fields.insert(prefix + "advertiserId"_L1, view(value.advertiserId));
    fields.insert(prefix + "advertiserName"_L1, view(value.advertiserName));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix, const domain::BillingGroup &value)
{
    fields.insert(prefix + "billingGroupId"_L1, view(value.billingGroupId));
    fields.insert(prefix + "billingGroupName"_L1, view(value.billingGroupName));
    fields.insert(prefix + "status"_L1, view(value.status));
    fields.insert(prefix + "invoiceObjectName"_L1, view(value.invoiceObjectName));
    fields.insert(prefix + "isPrimary"_L1, view(value.isPrimary));
    addList(fields, prefix + "advertisers"_L1, value.advertisers);
    fields.insert(prefix + "billingGroupEmails"_L1, view(value.billingGroupEmails));
    fields.insert(prefix + "invoiceGroupBy"_L1, view(value.invoiceGroupBy));
    fields.insert(prefix + "billedToType"_L1, view(value.billedToType));
    fields.insert(prefix + "billingGroupType"_L1, view(value.billingGroupType));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix, const domain::Pixel &value)
{
    fields.insert(prefix + "pixelCode"_L1, view(value.pixelCode));
    fields.insert(prefix + "pixelId"_L1, view(value.pixelId));
    fields.insert(prefix + "pixelName"_L1, view(value.pixelName));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix, const domain::PixelLink &value)
{
    fields.insert(prefix + "advertiserId"_L1, view(value.advertiserId));
    fields.insert(prefix + "advertiserName"_L1, view(value.advertiserName));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix, const domain::AssetBindQuota &value)
{
    fields.insert(prefix + "totalQuota"_L1, view(value.totalQuota));
    fields.insert(prefix + "usedQuota"_L1, view(value.usedQuota));
    fields.insert(prefix + "availableQuota"_L1, view(value.availableQuota));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix, const domain::ChildBusinessCenter &value)
{
    fields.insert(prefix + "childBcId"_L1, view(value.childBcId));
    fields.insert(prefix + "relationStatus"_L1, view(value.relationStatus));
}

} // namespace bc::testing

namespace {

const QList<DecoderCase> &cases();

} // namespace

void TestAccessDecoder::everyField_data()
{
    addEveryFieldRows(cases());
}

void TestAccessDecoder::everyField()
{
    checkEveryField(cases());
}

void TestAccessDecoder::everyFieldHasAnExpectation_data()
{
    addCaseRows(cases());
}

void TestAccessDecoder::everyFieldHasAnExpectation()
{
    checkEveryFieldHasAnExpectation(cases());
}

void TestAccessDecoder::missingNullAndWrongTypes_data()
{
    addMissingNullAndWrongTypeRows(cases());
}

void TestAccessDecoder::missingNullAndWrongTypes()
{
    checkMissingNullAndWrongTypes(cases());
}

void TestAccessDecoder::idsAsNumbers_data()
{
    addIdsAsNumbersRows(cases());
}

void TestAccessDecoder::idsAsNumbers()
{
    checkIdsAsNumbers(cases());
}

void TestAccessDecoder::numbersAsStrings_data()
{
    addNumbersAsStringsRows(cases());
}

void TestAccessDecoder::numbersAsStrings()
{
    checkNumbersAsStrings(cases());
}

void TestAccessDecoder::unknownFieldsStayInRaw_data()
{
    addCaseRows(cases());
}

void TestAccessDecoder::unknownFieldsStayInRaw()
{
    checkUnknownFieldsStayInRaw(cases());
}

void TestAccessDecoder::edgeCases_data()
{
    addEdgeCaseColumns();

    QTest::newRow("asset id past a double's precision")
            << u"Asset"_s << QByteArray(R"({"asset_id": 7299999999999999999})") << u"id"_s
            << QVariant(u"7299999999999999999"_s);
    QTest::newRow("asset name sent as a number")
            << u"Asset"_s << QByteArray(R"({"asset_name": 12345})") << u"name"_s
            << QVariant(u"12345"_s);
    QTest::newRow("tt_account_roles as one string")
            << u"Asset"_s << QByteArray(R"({"tt_account_roles": "POST"})") << u"ttAccountRoles"_s
            << list({u"POST"_s});
    QTest::newRow("tt_account_roles with nulls")
            << u"Asset"_s << QByteArray(R"({"tt_account_roles": [null, "LIVE"]})")
            << u"ttAccountRoles"_s << list({u"LIVE"_s});
    QTest::newRow("is_business_verified as text")
            << u"Asset"_s << QByteArray(R"({"is_business_verified": "false"})")
            << u"isBusinessVerified"_s << QVariant(false);
    QTest::newRow("advertiser from /bc/asset/get/ has no show status")
            << u"Advertiser"_s
            << QByteArray(R"({"asset_id": "7093000000000000101", "asset_type": "ADVERTISER",
                              "advertiser_role": "ANALYST"})")
            << u"advertiserStatus"_s << QVariant();
    QTest::newRow("pending invitee has no user id")
            << u"Member"_s
            << QByteArray(R"({"user_id": null, "user_email": "new.member@example.com",
                              "relation_status": "PENDING", "ext_user_role": {"finance_role": null}})")
            << u"userId"_s << QVariant();
    QTest::newRow("pending invitee keeps the e-mail")
            << u"Member"_s
            << QByteArray(R"({"user_id": null, "user_email": "new.member@example.com"})")
            << u"userEmail"_s << QVariant(u"new.member@example.com"_s);
    QTest::newRow("member without a finance role")
            << u"AssetMember"_s << QByteArray(R"({"ext_user_role": {"finance_role": null}})")
            << u"financeRole"_s << QVariant();
    QTest::newRow("billing group status as Y's int64")
            << u"BillingGroup"_s << QByteArray(R"({"status": 1})") << u"status"_s
            << QVariant(u"1"_s);
    QTest::newRow("billing group advertisers skip nulls")
            << u"BillingGroup"_s
            << QByteArray(R"({"advertisers": [null, {"advertiser_id": 7093000000000000103}]})")
            << u"advertisers.size"_s << i64(1);
    QTest::newRow("billing group advertiser id as a number")
            << u"BillingGroup"_s
            << QByteArray(R"({"advertisers": [null, {"advertiser_id": 7093000000000000103}]})")
            << u"advertisers[0].advertiserId"_s << QVariant(u"7093000000000000103"_s);
    QTest::newRow("is_primary as 0") << u"BillingGroup"_s << QByteArray(R"({"is_primary": 0})")
                                     << u"isPrimary"_s << QVariant(false);
    QTest::newRow("asset roles drop null roles")
            << u"AssetGroup"_s << QByteArray(R"({"members": [{"member_id": "7093000000000000201",
                              "asset_roles": {"ADVERTISER": "ADVERTISER_ROLE_ANALYST", "CATALOG": null}}]})")
            << u"members[0].assetRoles"_s << list({u"ADVERTISER=ADVERTISER_ROLE_ANALYST"_s});
    QTest::newRow("asset group list with counts instead of arrays")
            << u"AssetGroup"_s << QByteArray(R"({"assets": 3, "members": 2})") << u"assets.size"_s
            << i64(0);
    QTest::newRow("quota as text") << u"AssetBindQuota"_s << QByteArray(R"({"total_quota": "50"})")
                                   << u"totalQuota"_s << i64(50);
    QTest::newRow("quota with a fraction")
            << u"AssetBindQuota"_s << QByteArray(R"({"used_quota": 1.5})") << u"usedQuota"_s
            << QVariant();
    QTest::newRow("zero quota is set")
            << u"AssetBindQuota"_s << QByteArray(R"({"available_quota": 0})") << u"availableQuota"_s
            << i64(0);
    QTest::newRow("unbind answers only the child id")
            << u"ChildBusinessCenter"_s << QByteArray(R"({"child_bc_id": "7093000000000000301"})")
            << u"relationStatus"_s << QVariant();
}

void TestAccessDecoder::edgeCases()
{
    checkEdgeCase(cases());
}

namespace {

const QList<DecoderCase> &cases()
{
    static const QList<DecoderCase> all{
            {u"Asset"_s,
             &decodeWith<AssetDecoder>,
             R"({"asset_id": "7093000000000000011", "asset_name": "Café Berlin – Katalog",
                 "asset_type": "CATALOG", "advertiser_account_type": "AUCTION",
                 "advertiser_role": "ADMIN", "catalog_role": "AD_PROMOTE",
                 "ad_creation_eligible": "AVAILABLE", "store_role": "MANAGER",
                 "tt_account_roles": ["POST", "LIVE", "DIRECT_MESSAGE"], "form_library_role": "ADMIN",
                 "owner_bc_name": "Owner BC GmbH", "business_account_role": "BUSINESS_ACCOUNT_ADMIN",
                 "is_business_verified": true, "operating_region_code": "DE",
                 "tt_asset_handle": "@cafe.berlin",
                 "tt_asset_profile_image": "https://example.com/avatar.png"})",
             {{u"id"_s, u"7093000000000000011"_s},
              {u"name"_s, u"Café Berlin – Katalog"_s},
              {u"type"_s, u"CATALOG"_s},
              {u"advertiserAccountType"_s, u"AUCTION"_s},
              {u"advertiserRole"_s, u"ADMIN"_s},
              {u"catalogRole"_s, u"AD_PROMOTE"_s},
              {u"adCreationEligible"_s, u"AVAILABLE"_s},
              {u"storeRole"_s, u"MANAGER"_s},
              {u"ttAccountRoles"_s, list({u"POST"_s, u"LIVE"_s, u"DIRECT_MESSAGE"_s})},
              {u"formLibraryRole"_s, u"ADMIN"_s},
              {u"ownerBcName"_s, u"Owner BC GmbH"_s},
              {u"businessAccountRole"_s, u"BUSINESS_ACCOUNT_ADMIN"_s},
              {u"isBusinessVerified"_s, true},
              {u"operatingRegionCode"_s, u"DE"_s},
              {u"ttAssetHandle"_s, u"@cafe.berlin"_s},
              {u"ttAssetProfileImage"_s, u"https://example.com/avatar.png"_s}}},
            {u"Advertiser"_s,
             &decodeWith<AdvertiserDecoder>,
             R"({"asset_id": "7093000000000000012", "asset_name": "東京 Ads 🚀",
                 "asset_type": "ADVERTISER", "advertiser_account_type": "RESERVATION",
                 "advertiser_role": "OPERATOR", "owner_bc_name": "Agency BC",
                 "advertiser_status": "SHOW_ACCOUNT_STATUS_IN_REVIEW", "relation_type": "OWNER_PARTNER",
                 "relation_status": "BOUND", "catalog_role": null, "pixel_code": null})",
             {{u"id"_s, u"7093000000000000012"_s},
              {u"name"_s, u"東京 Ads 🚀"_s},
              {u"assetType"_s, u"ADVERTISER"_s},
              {u"advertiserAccountType"_s, u"RESERVATION"_s},
              {u"advertiserRole"_s, u"OPERATOR"_s},
              {u"ownerBcName"_s, u"Agency BC"_s},
              {u"advertiserStatus"_s, u"SHOW_ACCOUNT_STATUS_IN_REVIEW"_s},
              {u"relationType"_s, u"OWNER_PARTNER"_s},
              {u"relationStatus"_s, u"BOUND"_s}}},
            {u"AssetAdmin"_s,
             &decodeWith<AssetAdminDecoder>,
             R"({"asset_id": "7093000000000000013", "asset_name": "Shop pixel", "asset_type": "PIXEL",
                 "advertiser_account_type": "AUCTION", "advertiser_role": "ANALYST",
                 "catalog_role": "ADMIN", "ad_creation_eligible": "NOT_AVAILABLE",
                 "store_role": "AD_PROMOTION", "tt_account_roles": ["POST"],
                 "form_library_role": "ADMIN", "owner_bc_name": "Owner BC",
                 "business_account_role": "BUSINESS_ACCOUNT_ANALYST", "is_business_verified": false,
                 "operating_region_code": "FR", "tt_asset_handle": "@shop",
                 "tt_asset_profile_image": "https://example.com/shop.png",
                 "advertiser_status": "SHOW_ACCOUNT_STATUS_APPROVED", "relation_type": "OWNER_BC",
                 "relation_status": "UNBOUND", "pixel_code": "C4ABCDEF1234567890"})",
             {{u"asset.id"_s, u"7093000000000000013"_s},
              {u"asset.name"_s, u"Shop pixel"_s},
              {u"asset.type"_s, u"PIXEL"_s},
              {u"asset.advertiserAccountType"_s, u"AUCTION"_s},
              {u"asset.advertiserRole"_s, u"ANALYST"_s},
              {u"asset.catalogRole"_s, u"ADMIN"_s},
              {u"asset.adCreationEligible"_s, u"NOT_AVAILABLE"_s},
              {u"asset.storeRole"_s, u"AD_PROMOTION"_s},
              {u"asset.ttAccountRoles"_s, list({u"POST"_s})},
              {u"asset.formLibraryRole"_s, u"ADMIN"_s},
              {u"asset.ownerBcName"_s, u"Owner BC"_s},
              {u"asset.businessAccountRole"_s, u"BUSINESS_ACCOUNT_ANALYST"_s},
              {u"asset.isBusinessVerified"_s, false},
              {u"asset.operatingRegionCode"_s, u"FR"_s},
              {u"asset.ttAssetHandle"_s, u"@shop"_s},
              {u"asset.ttAssetProfileImage"_s, u"https://example.com/shop.png"_s},
              {u"advertiserStatus"_s, u"SHOW_ACCOUNT_STATUS_APPROVED"_s},
              {u"relationType"_s, u"OWNER_BC"_s},
              {u"relationStatus"_s, u"UNBOUND"_s},
              {u"pixelCode"_s, u"C4ABCDEF1234567890"_s}}},
            {u"AssetMember"_s,
             &decodeWith<AssetMemberDecoder>,
             R"({"user_id": "7093000000000000014", "user_name": "Zoë Ünal",
                 "user_email": "zoe@example.com", "user_role": "STANDARD",
                 "relation_status": "BOUND", "advertiser_role": "ANALYST", "catalog_role": "ADMIN",
                 "ext_user_role": {"finance_role": "ANALYST"}})",
             {{u"userId"_s, u"7093000000000000014"_s},
              {u"userName"_s, u"Zoë Ünal"_s},
              {u"userEmail"_s, u"zoe@example.com"_s},
              {u"userRole"_s, u"STANDARD"_s},
              {u"relationStatus"_s, u"BOUND"_s},
              {u"advertiserRole"_s, u"ANALYST"_s},
              {u"catalogRole"_s, u"ADMIN"_s},
              {u"financeRole"_s, u"ANALYST"_s}}},
            {u"AssetPartner"_s,
             &decodeWith<AssetPartnerDecoder>,
             R"({"bc_id": "7093000000000000015", "bc_name": "Partner Agency"})",
             {{u"bcId"_s, u"7093000000000000015"_s}, {u"bcName"_s, u"Partner Agency"_s}}},
            {u"Member"_s,
             &decodeWith<MemberDecoder>,
             R"({"user_id": "7093000000000000016", "user_name": "Ana Admin",
                 "user_email": "ana@example.com", "user_role": "ADMIN", "relation_status": "BOUND",
                 "ext_user_role": {"finance_role": "MANAGER"}})",
             {{u"userId"_s, u"7093000000000000016"_s},
              {u"userName"_s, u"Ana Admin"_s},
              {u"userEmail"_s, u"ana@example.com"_s},
              {u"userRole"_s, u"ADMIN"_s},
              {u"relationStatus"_s, u"BOUND"_s},
              {u"financeRole"_s, u"MANAGER"_s}}},
            {u"Partner"_s,
             &decodeWith<PartnerDecoder>,
             R"({"bc_id": "7093000000000000017", "bc_name": "Partner BC Ltd"})",
             {{u"bcId"_s, u"7093000000000000017"_s}, {u"bcName"_s, u"Partner BC Ltd"_s}}},
            {u"PartnerAsset"_s,
             &decodeWith<PartnerAssetDecoder>,
             R"({"asset_id": "7093000000000000018", "asset_name": "Shared account",
                 "asset_type": "ADVERTISER", "advertiser_account_type": "AUCTION",
                 "advertiser_role": "ADMIN", "catalog_role": "AD_PROMOTE",
                 "ad_creation_eligible": "AVAILABLE", "store_role": "MANAGER",
                 "tt_account_roles": ["LIVE"], "form_library_role": "ADMIN",
                 "owner_bc_name": "Partner BC", "business_account_role": "BUSINESS_ACCOUNT_OPERATOR",
                 "is_business_verified": true, "operating_region_code": "US",
                 "tt_asset_handle": "@shared", "tt_asset_profile_image": "https://example.com/s.png"})",
             {{u"asset.id"_s, u"7093000000000000018"_s},
              {u"asset.name"_s, u"Shared account"_s},
              {u"asset.type"_s, u"ADVERTISER"_s},
              {u"asset.advertiserAccountType"_s, u"AUCTION"_s},
              {u"asset.advertiserRole"_s, u"ADMIN"_s},
              {u"asset.catalogRole"_s, u"AD_PROMOTE"_s},
              {u"asset.adCreationEligible"_s, u"AVAILABLE"_s},
              {u"asset.storeRole"_s, u"MANAGER"_s},
              {u"asset.ttAccountRoles"_s, list({u"LIVE"_s})},
              {u"asset.formLibraryRole"_s, u"ADMIN"_s},
              {u"asset.ownerBcName"_s, u"Partner BC"_s},
              {u"asset.businessAccountRole"_s, u"BUSINESS_ACCOUNT_OPERATOR"_s},
              {u"asset.isBusinessVerified"_s, true},
              {u"asset.operatingRegionCode"_s, u"US"_s},
              {u"asset.ttAssetHandle"_s, u"@shared"_s},
              {u"asset.ttAssetProfileImage"_s, u"https://example.com/s.png"_s}}},
            {u"AssetGroup"_s,
             &decodeWith<AssetGroupDecoder>,
             R"({"asset_group_id": "7093000000000000019", "asset_group_name": "EU accounts",
                 "assets": [{"asset_id": "7093000000000000020", "asset_type": "ADVERTISER",
                             "asset_name": "EU 1"},
                            {"asset_id": "7093000000000000021", "asset_type": "ADVERTISER",
                             "asset_name": "EU 2"}],
                 "members": [{"member_id": "7093000000000000022", "member_name": "Max",
                              "member_email": "max@example.com",
                              "asset_roles": {"ADVERTISER": "ADVERTISER_ROLE_OPERATOR"}}]})",
             {{u"assetGroupId"_s, u"7093000000000000019"_s},
              {u"assetGroupName"_s, u"EU accounts"_s},
              {u"assets.size"_s, i64(2)},
              {u"assets[0].assetId"_s, u"7093000000000000020"_s},
              {u"assets[0].assetType"_s, u"ADVERTISER"_s},
              {u"assets[0].assetName"_s, u"EU 1"_s},
              {u"assets[1].assetId"_s, u"7093000000000000021"_s},
              {u"assets[1].assetType"_s, u"ADVERTISER"_s},
              {u"assets[1].assetName"_s, u"EU 2"_s},
              {u"members.size"_s, i64(1)},
              {u"members[0].memberId"_s, u"7093000000000000022"_s},
              {u"members[0].memberName"_s, u"Max"_s},
              {u"members[0].memberEmail"_s, u"max@example.com"_s},
              {u"members[0].assetRoles"_s, list({u"ADVERTISER=ADVERTISER_ROLE_OPERATOR"_s})}}},
            {u"BillingGroup"_s,
             &decodeWith<BillingGroupDecoder>,
             R"({"billing_group_id": "7093000000000000023", "billing_group_name": "Q3 EU",
                 "status": "VALID", "invoice_object_name": "Café Berlin GmbH", "is_primary": true,
                 "advertisers": [{"advertiser_id": "7093000000000000024", "advertiser_name": "EU 1"}],
                 "billing_group_emails": ["billing@example.com", "cfo@example.com"],
                 "invoice_group_by": "ACCOUNT", "billed_to_type": "ADVERTISER",
                 "billing_group_type": "AUCTION"})",
             {{u"billingGroupId"_s, u"7093000000000000023"_s},
              {u"billingGroupName"_s, u"Q3 EU"_s},
              {u"status"_s, u"VALID"_s},
              {u"invoiceObjectName"_s, u"Café Berlin GmbH"_s},
              {u"isPrimary"_s, true},
              {u"advertisers.size"_s, i64(1)},
              {u"advertisers[0].advertiserId"_s, u"7093000000000000024"_s},
              {u"advertisers[0].advertiserName"_s, u"EU 1"_s},
              {u"billingGroupEmails"_s, list({u"billing@example.com"_s, u"cfo@example.com"_s})},
              {u"invoiceGroupBy"_s, u"ACCOUNT"_s},
              {u"billedToType"_s, u"ADVERTISER"_s},
              {u"billingGroupType"_s, u"AUCTION"_s}}},
            {u"BillingGroupAdvertiser"_s,
             &decodeWith<BillingGroupAdvertiserDecoder>,
             R"({"advertiser_id": "7093000000000000025", "advertiser_name": "Listed account"})",
             {{u"advertiserId"_s, u"7093000000000000025"_s},
              {u"advertiserName"_s, u"Listed account"_s}}},
            {u"Pixel"_s,
             &decodeWith<PixelDecoder>,
             R"({"pixel_code": "C4PIXELCODE0001", "pixel_id": "7093000000000000026",
                 "pixel_name": "Checkout pixel"})",
             {{u"pixelCode"_s, u"C4PIXELCODE0001"_s},
              {u"pixelId"_s, u"7093000000000000026"_s},
              {u"pixelName"_s, u"Checkout pixel"_s}}},
            {u"PixelLink"_s,
             &decodeWith<PixelLinkDecoder>,
             R"({"advertiser_id": "7093000000000000027", "advertiser_name": "Linked account"})",
             {{u"advertiserId"_s, u"7093000000000000027"_s},
              {u"advertiserName"_s, u"Linked account"_s}}},
            {u"AssetBindQuota"_s,
             &decodeWith<AssetBindQuotaDecoder>,
             R"({"total_quota": 100, "used_quota": 37, "available_quota": 63})",
             {{u"totalQuota"_s, i64(100)},
              {u"usedQuota"_s, i64(37)},
              {u"availableQuota"_s, i64(63)}}},
            {u"ChildBusinessCenter"_s,
             &decodeWith<ChildBusinessCenterDecoder>,
             R"({"child_bc_id": "7093000000000000028", "relation_status": "PENDING"})",
             {{u"childBcId"_s, u"7093000000000000028"_s}, {u"relationStatus"_s, u"PENDING"_s}}},
    };
    return all;
}

} // namespace

QTEST_GUILESS_MAIN(TestAccessDecoder)
#include "tst_accessdecoder.moc"
