#include "core/api/decoders/advertiseraccesstokendecoder.h"
#include "core/api/decoders/authorizedadvertiserdecoder.h"
#include "core/api/decoders/tokenrevocationdecoder.h"
#include "core/api/decoders/ttusertokendecoder.h"
#include "core/api/decoders/ttusertokeninfodecoder.h"
#include "core/api/decoders/userinfodecoder.h"
#include "core/api/jsonfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTest>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;
namespace domain = bc::domain;
using namespace bc::api;

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

namespace {

// A decoded value seen as field name -> value; "not set" is an invalid QVariant, so a test can
// tell a missing field from an empty or zero one.
QVariant view(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

[[maybe_unused]] QVariant view(const QStringList &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

[[maybe_unused]] QVariant view(const domain::Amount &value)
{
    return value.isSet() ? QVariant(value.toString()) : QVariant();
}

[[maybe_unused]] QVariant view(const QDateTime &value)
{
    return value.isValid() ? QVariant(value) : QVariant();
}

template<typename T>
QVariant view(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

[[maybe_unused]] QVariant view(const QList<qint64> &value)
{
    QStringList numbers;
    for (const qint64 number : value)
        numbers.append(QString::number(number));
    return view(numbers);
}

[[maybe_unused]] QVariant view(const QMap<QString, QString> &value)
{
    QStringList entries;
    for (auto it = value.begin(); it != value.end(); ++it)
        entries.append(it.key() + u'=' + it.value());
    return view(entries);
}

template<typename T>
void addList(QVariantMap &fields, const QString &name, const QList<T> &list);

void addFields(QVariantMap &fields, const QString &prefix,
               const domain::AdvertiserAccessToken &value)
{
    fields.insert(prefix + "accessToken"_L1, view(value.accessToken));
    fields.insert(prefix + "advertiserIds"_L1, view(value.advertiserIds));
    fields.insert(prefix + "scope"_L1, view(value.scope));
}

void addFields(QVariantMap &fields, const QString &prefix,
               const domain::AuthorizedAdvertiser &value)
{
    fields.insert(prefix + "advertiserId"_L1, view(value.advertiserId));
    fields.insert(prefix + "advertiserName"_L1, view(value.advertiserName));
}

void addFields(QVariantMap &fields, const QString &prefix, const domain::TokenRevocation &value)
{
    fields.insert(prefix + "appId"_L1, view(value.appId));
    fields.insert(prefix + "advertiserIds"_L1, view(value.advertiserIds));
}

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

void addFields(QVariantMap &fields, const QString &prefix, const domain::TtUserTokenInfo &value)
{
    fields.insert(prefix + "appId"_L1, view(value.appId));
    fields.insert(prefix + "scope"_L1, view(value.scope));
    fields.insert(prefix + "creatorId"_L1, view(value.creatorId));
}

void addFields(QVariantMap &fields, const QString &prefix, const domain::UserInfo &value)
{
    fields.insert(prefix + "coreUserId"_L1, view(value.coreUserId));
    fields.insert(prefix + "displayName"_L1, view(value.displayName));
    fields.insert(prefix + "email"_L1, view(value.email));
    fields.insert(prefix + "avatarUrl"_L1, view(value.avatarUrl));
    fields.insert(prefix + "createTime"_L1, view(value.createTime));
}

template<typename T>
void addList(QVariantMap &fields, const QString &name, const QList<T> &list)
{
    fields.insert(name + ".size"_L1, QVariant::fromValue(qint64(list.size())));
    for (qsizetype i = 0; i < list.size(); ++i)
        addFields(fields, name + u'[' + QString::number(i) + "]."_L1, list.at(i));
}

struct Decoded
{
    QVariantMap fields;
    QJsonObject raw;
};

template<typename Decoder>
Decoded decodeWith(const QJsonObject &item)
{
    const auto value = Decoder::decode(item);
    Decoded decoded;
    addFields(decoded.fields, QString(), value);
    decoded.raw = value.raw;
    return decoded;
}

using Expected = QList<std::pair<QString, QVariant>>;

struct Case
{
    QString name;
    Decoded (*decode)(const QJsonObject &);
    QByteArray sample;
    Expected expected;
};

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("sample is not a JSON object: %s", qPrintable(error.errorString()));
    return document.object();
}

[[maybe_unused]] QVariant i64(qint64 value)
{
    return QVariant::fromValue(value);
}

[[maybe_unused]] QVariant utc(int year, int month, int day, int hour = 0, int minute = 0,
                              int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

[[maybe_unused]] QVariant list(const QStringList &values)
{
    return values;
}

const QList<Case> &cases();

const Case &caseNamed(const QString &name)
{
    for (const Case &c : cases()) {
        if (c.name == name)
            return c;
    }
    qFatal("no case %s", qPrintable(name));
    return cases().constFirst();
}

// Every top-level value replaced, keys kept.
QJsonObject replaceValues(const QJsonObject &item, const QJsonValue &replacement)
{
    QJsonObject replaced;
    for (auto it = item.begin(); it != item.end(); ++it)
        replaced.insert(it.key(), replacement);
    return replaced;
}

bool isIdText(const QString &text)
{
    if (text.size() < 15 || text.size() > 19)
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

// Every id-looking string (15 to 19 digits) as a JSON number, at any depth.
QJsonValue idsToNumbers(const QJsonValue &value)
{
    if (value.isString() && isIdText(value.toString()))
        return QJsonValue(value.toString().toLongLong());
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &element : value.toArray())
            array.append(idsToNumbers(element));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = idsToNumbers(it.value());
        return object;
    }
    return value;
}

// Every number as the string a server would write for it, at any depth.
QJsonValue numbersToStrings(const QJsonValue &value)
{
    if (value.isDouble()) {
        const qint64 whole = value.toInteger(-1);
        if (whole != -1)
            return QString::number(whole);
        return QString::number(value.toDouble(), 'f', QLocale::FloatingPointShortest);
    }
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &element : value.toArray())
            array.append(numbersToStrings(element));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = numbersToStrings(it.value());
        return object;
    }
    return value;
}

} // namespace

void TestOauthDecoder::everyField_data()
{
    QTest::addColumn<QString>("caseName");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("expected");
    for (const Case &c : cases()) {
        for (const auto &[field, expected] : c.expected) {
            QTest::addRow("%s: %s", qPrintable(c.name), qPrintable(field))
                    << c.name << field << expected;
        }
    }
}

void TestOauthDecoder::everyField()
{
    QFETCH(QString, caseName);
    QFETCH(QString, field);
    QFETCH(QVariant, expected);
    const Case &c = caseNamed(caseName);
    const Decoded decoded = c.decode(parse(c.sample));
    QVERIFY2(decoded.fields.contains(field), qPrintable(field));
    QCOMPARE(decoded.fields.value(field), expected);
}

void TestOauthDecoder::everyFieldHasAnExpectation_data()
{
    QTest::addColumn<QString>("caseName");
    for (const Case &c : cases())
        QTest::newRow(qPrintable(c.name)) << c.name;
}

void TestOauthDecoder::everyFieldHasAnExpectation()
{
    // Each decoded field has an expectation (a value, or "not set" where the sample leaves it
    // out on purpose), so a field added to a struct without a test shows up here.
    QFETCH(QString, caseName);
    const Case &c = caseNamed(caseName);
    const Decoded decoded = c.decode(parse(c.sample));
    QStringList expectedNames;
    for (const auto &entry : c.expected)
        expectedNames.append(entry.first);
    expectedNames.sort();
    QCOMPARE(decoded.fields.keys(), expectedNames);
}

void TestOauthDecoder::missingNullAndWrongTypes_data()
{
    QTest::addColumn<QString>("caseName");
    QTest::addColumn<QByteArray>("json");
    for (const Case &c : cases()) {
        const QJsonObject sample = parse(c.sample);
        QTest::addRow("%s: empty object", qPrintable(c.name)) << c.name << QByteArray("{}");
        QTest::addRow("%s: every field null", qPrintable(c.name))
                << c.name << QJsonDocument(replaceValues(sample, QJsonValue::Null)).toJson();
        QTest::addRow("%s: every field an object", qPrintable(c.name))
                << c.name
                << QJsonDocument(
                           replaceValues(sample, QJsonObject{{u"unexpected"_s,
                                                              QJsonObject{{u"deeper"_s, 1}}}}))
                           .toJson();
        QTest::addRow("%s: every field an array", qPrintable(c.name))
                << c.name
                << QJsonDocument(replaceValues(sample, QJsonArray{QJsonValue::Null, QJsonArray{}}))
                           .toJson();
    }
}

void TestOauthDecoder::missingNullAndWrongTypes()
{
    QFETCH(QString, caseName);
    QFETCH(QByteArray, json);
    const QJsonObject item = parse(json);
    const Decoded decoded = caseNamed(caseName).decode(item);
    QVERIFY(!decoded.fields.isEmpty());
    for (auto it = decoded.fields.cbegin(); it != decoded.fields.cend(); ++it) {
        // Lists are present but empty; everything else is not set.
        if (it.key().endsWith(".size"_L1))
            QVERIFY2(it.value().toLongLong() == 0, qPrintable(it.key()));
        else
            QVERIFY2(!it.value().isValid(), qPrintable(it.key()));
    }
    QCOMPARE(decoded.raw, item);
}

void TestOauthDecoder::idsAsNumbers_data()
{
    QTest::addColumn<QString>("caseName");
    for (const Case &c : cases()) {
        // Only cases whose sample has ids: for the others the change would be no change.
        const QJsonObject sample = parse(c.sample);
        if (idsToNumbers(sample) != QJsonValue(sample))
            QTest::newRow(qPrintable(c.name)) << c.name;
    }
}

void TestOauthDecoder::idsAsNumbers()
{
    QFETCH(QString, caseName);
    const Case &c = caseNamed(caseName);
    const QJsonObject sample = parse(c.sample);
    // Through JSON text, as the client gets it: 19-digit numbers must survive the parser too.
    const QJsonObject asNumbers = parse(QJsonDocument(idsToNumbers(sample).toObject()).toJson());
    QVERIFY(asNumbers != sample);
    QCOMPARE(c.decode(asNumbers).fields, c.decode(sample).fields);
}

void TestOauthDecoder::numbersAsStrings_data()
{
    QTest::addColumn<QString>("caseName");
    for (const Case &c : cases()) {
        const QJsonObject sample = parse(c.sample);
        if (numbersToStrings(sample) != QJsonValue(sample))
            QTest::newRow(qPrintable(c.name)) << c.name;
    }
}

void TestOauthDecoder::numbersAsStrings()
{
    QFETCH(QString, caseName);
    const Case &c = caseNamed(caseName);
    const QJsonObject sample = parse(c.sample);
    const QJsonObject asStrings = numbersToStrings(sample).toObject();
    QVERIFY(asStrings != sample);
    QCOMPARE(c.decode(asStrings).fields, c.decode(sample).fields);
}

void TestOauthDecoder::unknownFieldsStayInRaw_data()
{
    QTest::addColumn<QString>("caseName");
    for (const Case &c : cases())
        QTest::newRow(qPrintable(c.name)) << c.name;
}

void TestOauthDecoder::unknownFieldsStayInRaw()
{
    QFETCH(QString, caseName);
    const Case &c = caseNamed(caseName);
    const QJsonObject sample = parse(c.sample);
    QJsonObject extended = sample;
    extended.insert(u"zz_added_later"_s, QJsonObject{{u"nested"_s, QJsonArray{1, u"two"_s}}});
    extended.insert(u"ext_info"_s, u"x"_s);
    const Decoded decoded = c.decode(extended);
    QCOMPARE(decoded.fields, c.decode(sample).fields);
    QCOMPARE(decoded.raw, extended);
    QCOMPARE(decoded.raw.value("zz_added_later"_L1)["nested"_L1][1].toString(), u"two"_s);
}

void TestOauthDecoder::edgeCases_data()
{
    QTest::addColumn<QString>("caseName");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("expected");

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
    QFETCH(QString, caseName);
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QVariant, expected);
    const Decoded decoded = caseNamed(caseName).decode(parse(json));
    QVERIFY2(decoded.fields.contains(field), qPrintable(field));
    QCOMPARE(decoded.fields.value(field), expected);
}

namespace {

const QList<Case> &cases()
{
    static const QList<Case> all{
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
