#include "core/api/decoders/advertiseraccesstokendecoder.h"
#include "core/api/decoders/authorizedadvertiserdecoder.h"
#include "core/api/decoders/tokenrevocationdecoder.h"
#include "core/api/decoders/ttusertokendecoder.h"
#include "core/api/decoders/ttusertokeninfodecoder.h"
#include "core/api/decoders/userinfodecoder.h"
#include "core/api/jsonfields.h"
#include "tests/support/decodercheck.h"

#include <QTest>

using namespace Qt::StringLiterals;
namespace domain = bc::domain;
using namespace bc::api;
using namespace bc::testing;

// Decoders of OAuth and identity answers: advertiser tokens, authorized accounts, revocation,
// TikTok account holder tokens and user info. Tokens here are fake.
// Every case is a sample item written from the reference with the documented fields set, and
// the value each field must decode to. The generic tests then change the sample (nulls, wrong
// types, ids as numbers, numbers as strings, unknown fields) and check what must still hold.
class TestOauthDecoder : public QObject
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
void addFields(QVariantMap &fields, const QString &prefix,
               const domain::AdvertiserAccessToken &value)
{
    fields.insert(prefix + "accessToken"_L1, view(value.accessToken));
    fields.insert(prefix + "advertiserIds"_L1, view(value.advertiserIds));
    fields.insert(prefix + "scope"_L1, view(value.scope));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix,
               const domain::AuthorizedAdvertiser &value)
{
    fields.insert(prefix + "advertiserId"_L1, view(value.advertiserId));
    fields.insert(prefix + "advertiserName"_L1, view(value.advertiserName));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix, const domain::TokenRevocation &value)
{
    fields.insert(prefix + "appId"_L1, view(value.appId));
    fields.insert(prefix + "advertiserIds"_L1, view(value.advertiserIds));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix, const domain::TtUserToken &value)
{
    fields.insert(prefix + "accessToken"_L1, view(value.accessToken));
    fields.insert(prefix + "tokenType"_L1, view(value.tokenType));
    fields.insert(prefix + "scope"_L1, view(value.scope));
    fields.insert(prefix + "expiresIn"_L1, view(value.expiresIn));
    fields.insert(prefix + "refreshToken"_L1, view(value.refreshToken));
    fields.insert(prefix + "refreshTokenExpiresIn"_L1, view(value.refreshTokenExpiresIn));
    fields.insert(prefix + "openId"_L1, view(value.openId));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix, const domain::TtUserTokenInfo &value)
{
    fields.insert(prefix + "appId"_L1, view(value.appId));
    fields.insert(prefix + "scope"_L1, view(value.scope));
    fields.insert(prefix + "creatorId"_L1, view(value.creatorId));
}

template<>
void addFields(QVariantMap &fields, const QString &prefix, const domain::UserInfo &value)
{
    fields.insert(prefix + "coreUserId"_L1, view(value.coreUserId));
    fields.insert(prefix + "displayName"_L1, view(value.displayName));
    fields.insert(prefix + "email"_L1, view(value.email));
    fields.insert(prefix + "avatarUrl"_L1, view(value.avatarUrl));
    fields.insert(prefix + "createTime"_L1, view(value.createTime));
}

} // namespace bc::testing

namespace {

const QList<DecoderCase> &cases();

} // namespace

void TestOauthDecoder::everyField_data()
{
    addEveryFieldRows(cases());
}

void TestOauthDecoder::everyField()
{
    checkEveryField(cases());
}

void TestOauthDecoder::everyFieldHasAnExpectation_data()
{
    addCaseRows(cases());
}

void TestOauthDecoder::everyFieldHasAnExpectation()
{
    checkEveryFieldHasAnExpectation(cases());
}

void TestOauthDecoder::missingNullAndWrongTypes_data()
{
    addMissingNullAndWrongTypeRows(cases());
}

void TestOauthDecoder::missingNullAndWrongTypes()
{
    checkMissingNullAndWrongTypes(cases());
}

void TestOauthDecoder::idsAsNumbers_data()
{
    addIdsAsNumbersRows(cases());
}

void TestOauthDecoder::idsAsNumbers()
{
    checkIdsAsNumbers(cases());
}

void TestOauthDecoder::numbersAsStrings_data()
{
    addNumbersAsStringsRows(cases());
}

void TestOauthDecoder::numbersAsStrings()
{
    checkNumbersAsStrings(cases());
}

void TestOauthDecoder::unknownFieldsStayInRaw_data()
{
    addCaseRows(cases());
}

void TestOauthDecoder::unknownFieldsStayInRaw()
{
    checkUnknownFieldsStayInRaw(cases());
}

void TestOauthDecoder::edgeCases_data()
{
    addEdgeCaseColumns();

    QTest::newRow("return_advertiser_ids false")
            << u"AdvertiserAccessToken"_s
            << QByteArray(
                       R"({"access_token": "example-token", "advertiser_ids": null, "scope": [4]})")
            << u"advertiserIds"_s << QVariant();
    QTest::newRow("advertiser ids as numbers")
            << u"AdvertiserAccessToken"_s
            << QByteArray(R"({"advertiser_ids": [7299999999999999999, "7093000000000000601"]})")
            << u"advertiserIds"_s << list({u"7299999999999999999"_s, u"7093000000000000601"_s});
    QTest::newRow("scope ids as text")
            << u"AdvertiserAccessToken"_s << QByteArray(R"({"scope": ["4", "10", "x"]})")
            << u"scope"_s << list({u"4"_s, u"10"_s});
    QTest::newRow("token with spaces kept as sent")
            << u"AdvertiserAccessToken"_s << QByteArray(R"({"access_token": " abc "})")
            << u"accessToken"_s << QVariant(u" abc "_s);
    QTest::newRow("tt_user scope with spaces")
            << u"TtUserToken"_s << QByteArray(R"({"scope": "user.info.basic, video.list"})")
            << u"scope"_s << list({u"user.info.basic"_s, u"video.list"_s});
    QTest::newRow("tt_user scope as an array")
            << u"TtUserToken"_s << QByteArray(R"({"scope": ["user.info.basic"]})") << u"scope"_s
            << list({u"user.info.basic"_s});
    QTest::newRow("expires_in as text")
            << u"TtUserToken"_s << QByteArray(R"({"expires_in": "86400"})") << u"expiresIn"_s
            << i64(86400);
    QTest::newRow("token info with one scope")
            << u"TtUserTokenInfo"_s << QByteArray(R"({"scope": "user.info.basic"})") << u"scope"_s
            << list({u"user.info.basic"_s});
    QTest::newRow("revocation of no accounts")
            << u"TokenRevocation"_s
            << QByteArray(R"({"app_id": "7093000000000000602", "advertiser_ids": []})")
            << u"advertiserIds"_s << QVariant();
    QTest::newRow("user create_time as API time")
            << u"UserInfo"_s << QByteArray(R"({"create_time": "2024-05-06 07:08:09"})")
            << u"createTime"_s << utc(2024, 5, 6, 7, 8, 9);
}

void TestOauthDecoder::edgeCases()
{
    checkEdgeCase(cases());
}

namespace {

const QList<DecoderCase> &cases()
{
    static const QList<DecoderCase> all{
            {u"AdvertiserAccessToken"_s,
             &decodeWith<AdvertiserAccessTokenDecoder>,
             R"({"access_token": "example-access-token-0001",
                 "advertiser_ids": ["7093000000000000401", "7093000000000000402"],
                 "scope": [4, 10, 16]})",
             {{u"accessToken"_s, u"example-access-token-0001"_s},
              {u"advertiserIds"_s, list({u"7093000000000000401"_s, u"7093000000000000402"_s})},
              {u"scope"_s, list({u"4"_s, u"10"_s, u"16"_s})}}},
            {u"AuthorizedAdvertiser"_s,
             &decodeWith<AuthorizedAdvertiserDecoder>,
             R"({"advertiser_id": "7093000000000000403", "advertiser_name": "Granted account"})",
             {{u"advertiserId"_s, u"7093000000000000403"_s},
              {u"advertiserName"_s, u"Granted account"_s}}},
            {u"TokenRevocation"_s,
             &decodeWith<TokenRevocationDecoder>,
             R"({"app_id": "7093000000000000404", "advertiser_ids": ["7093000000000000405"]})",
             {{u"appId"_s, u"7093000000000000404"_s},
              {u"advertiserIds"_s, list({u"7093000000000000405"_s})}}},
            {u"TtUserToken"_s,
             &decodeWith<TtUserTokenDecoder>,
             R"({"access_token": "example-tt-access-0001", "token_type": "Bearer",
                 "scope": "user.info.basic,video.list", "expires_in": 86400,
                 "refresh_token": "example-tt-refresh-0001", "refresh_token_expires_in": 31536000,
                 "open_id": "-000Example_OpenId"})",
             {{u"accessToken"_s, u"example-tt-access-0001"_s},
              {u"tokenType"_s, u"Bearer"_s},
              {u"scope"_s, list({u"user.info.basic"_s, u"video.list"_s})},
              {u"expiresIn"_s, i64(86400)},
              {u"refreshToken"_s, u"example-tt-refresh-0001"_s},
              {u"refreshTokenExpiresIn"_s, i64(31536000)},
              {u"openId"_s, u"-000Example_OpenId"_s}}},
            {u"TtUserTokenInfo"_s,
             &decodeWith<TtUserTokenInfoDecoder>,
             R"({"app_id": "7093000000000000406", "scope": "user.info.basic,biz.creator.info",
                 "creator_id": "7093000000000000407"})",
             {{u"appId"_s, u"7093000000000000406"_s},
              {u"scope"_s, list({u"user.info.basic"_s, u"biz.creator.info"_s})},
              {u"creatorId"_s, u"7093000000000000407"_s}}},
            {u"UserInfo"_s,
             &decodeWith<UserInfoDecoder>,
             R"({"core_user_id": "7093000000000000408", "display_name": "Ana Admin",
                 "email": "a***@example.com", "avatar_url": "https://example.com/ana.png",
                 "create_time": 1714979289})",
             {{u"coreUserId"_s, u"7093000000000000408"_s},
              {u"displayName"_s, u"Ana Admin"_s},
              {u"email"_s, u"a***@example.com"_s},
              {u"avatarUrl"_s, u"https://example.com/ana.png"_s},
              {u"createTime"_s, utc(2024, 5, 6, 7, 8, 9)}}},
    };
    return all;
}

} // namespace

QTEST_GUILESS_MAIN(TestOauthDecoder)
#include "tst_oauthdecoder.moc"
