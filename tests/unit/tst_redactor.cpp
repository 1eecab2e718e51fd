#include "core/api/redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using bc::api::Redactor;

using Query = QList<QPair<QString, QString>>;

// What the activity log and the bc.api category record must not contain (design, Conventions:
// "Logs ... redact tokens, secrets and e-mail addresses"). All values here are fakes.
class TestRedactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secretKeys_data();
    void secretKeys();
    void ordinaryKeys_data();
    void ordinaryKeys();
    void textEmails_data();
    void textEmails();
    void textWithoutEmailsIsUntouched_data();
    void textWithoutEmailsIsUntouched();
    void textRedactionIsStable();
    void queryMasksSecretValues_data();
    void queryMasksSecretValues();
    void queryKeepsOrdinaryParameters();
    void queryJsonText_data();
    void queryJsonText();
    void queryMalformedJsonTextStillLosesEmails();
    void jsonBody_data();
    void jsonBody();
    void jsonBodyKeepsLargeIdsExact();
};

namespace {

QJsonObject object(const char *json)
{
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json));
    Q_ASSERT(document.isObject());
    return document.object();
}

QString compact(const QJsonObject &value)
{
    return QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact));
}

// The value of `key` in a redacted "k=v&k=v" string (values here contain no '&').
QString valueIn(const QString &query, const QString &key)
{
    for (const QString &part : query.split(u'&')) {
        if (part.startsWith(key + u'='))
            return part.mid(key.size() + 1);
    }
    return {};
}

} // namespace

void TestRedactor::secretKeys_data()
{
    QTest::addColumn<QString>("key");
    // Reference §1.2 and §2: the header, the OAuth token endpoints' fields,
    // /oauth2/advertiser/get/'s secret query parameter, the auth code of the redirect.
    for (const char *key :
         {"access_token", "Access-Token", "ACCESS_TOKEN", "access-token", "refresh_token", "secret",
          "app_secret", "client_secret", "Secret", "auth_code", "code", "Code", "password",
          "Authorization", "sandbox_access_token", "advertiser_access_token"})
        QTest::newRow(key) << QString::fromLatin1(key);
}

void TestRedactor::secretKeys()
{
    QFETCH(QString, key);
    QVERIFY(Redactor::isSecretKey(key));
}

void TestRedactor::ordinaryKeys_data()
{
    QTest::addColumn<QString>("key");
    for (const char *key :
         {"bc_id",     "advertiser_id", "advertiser_ids", "app_id",     "page",
          "page_size", "fields",        "filtering",      "status",     "keyword",
          "currency",  "country_code",  "timezone",       "request_id", "email",
          "name",      "transfer_type", "amount",         "start_date", "end_date",
          "asset_type"})
        QTest::newRow(key) << QString::fromLatin1(key);
}

void TestRedactor::ordinaryKeys()
{
    QFETCH(QString, key);
    QVERIFY(!Redactor::isSecretKey(key));
}

void TestRedactor::textEmails_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("addresses"); // none of these may survive, nor their parts
    QTest::addColumn<QStringList>("kept");      // the words around them stay

    QTest::newRow("alone") << u"someone@example.com"_s << QStringList{u"someone@example.com"_s}
                           << QStringList{};
    QTest::newRow("in a sentence")
            << u"No permission to operate member someone@example.com in this BC"_s
            << QStringList{u"someone@example.com"_s}
            << QStringList{u"No permission to operate member "_s, u" in this BC"_s};
    QTest::newRow("several") << u"Invite first.last+tag@mail.example.org, other@example.net and "
                                u"x_y-z@sub.example.co.uk now"_s
                             << QStringList{u"first.last+tag@mail.example.org"_s,
                                            u"other@example.net"_s, u"x_y-z@sub.example.co.uk"_s}
                             << QStringList{u"Invite "_s, u" and "_s, u" now"_s};
    QTest::newRow("adjacent, separated by punctuation")
            << u"a@example.com;b@example.com,c@example.com"_s
            << QStringList{u"a@example.com"_s, u"b@example.com"_s, u"c@example.com"_s}
            << QStringList{};
    QTest::newRow("quoted, JSON text")
            << u"{\"email\":\"someone@example.com\",\"role\":\"ADMIN\"}"_s
            << QStringList{u"someone@example.com"_s}
            << QStringList{u"\"email\":\""_s, u"\"role\":\"ADMIN\""_s};
    QTest::newRow("JSON array text")
            << u"[\"someone@example.com\",\"other@example.com\"]"_s
            << QStringList{u"someone@example.com"_s, u"other@example.com"_s} << QStringList{};
    QTest::newRow("angle brackets")
            << u"From: Some One <someone@example.com>"_s << QStringList{u"someone@example.com"_s}
            << QStringList{u"From: Some One <"_s};
    QTest::newRow("parentheses") << u"owner (someone@example.com)"_s
                                 << QStringList{u"someone@example.com"_s}
                                 << QStringList{u"owner ("_s};
    QTest::newRow("mailto") << u"mailto:someone@example.com"_s
                            << QStringList{u"someone@example.com"_s} << QStringList{u"mailto:"_s};
    QTest::newRow("single quotes")
            << u"user 'someone@example.com' exists"_s << QStringList{u"someone@example.com"_s}
            << QStringList{u"user '"_s, u"' exists"_s};
    QTest::newRow("lines") << u"line one\nsomeone@example.com\tother@example.com\nline three"_s
                           << QStringList{u"someone@example.com"_s, u"other@example.com"_s}
                           << QStringList{u"line one\n"_s, u"\nline three"_s};
    QTest::newRow("non-ASCII") << u"Jörg <jörg.müller@exämple.de>"_s
                               << QStringList{u"jörg.müller@exämple.de"_s}
                               << QStringList{u"Jörg <"_s};
    QTest::newRow("end of sentence")
            << u"Sent to someone@example.com."_s << QStringList{u"someone@example.com"_s}
            << QStringList{u"Sent to "_s};
}

void TestRedactor::textEmails()
{
    QFETCH(QString, text);
    QFETCH(QStringList, addresses);
    QFETCH(QStringList, kept);

    const QString redacted = Redactor::redactText(text);
    for (const QString &address : addresses) {
        const QString local = address.section(u'@', 0, 0);
        const QString domain = address.section(u'@', 1);
        QVERIFY2(!redacted.contains(address), qPrintable(redacted));
        QVERIFY2(!redacted.contains(local + u'@'), qPrintable(redacted));
        QVERIFY2(!redacted.contains(u'@' + domain), qPrintable(redacted));
        QVERIFY2(!redacted.contains(domain), qPrintable(redacted));
    }
    // Each address left a visible mark, so a reader sees something was there.
    QVERIFY2(redacted.count(u"***@***"_s) >= addresses.size(), qPrintable(redacted));
    for (const QString &word : kept)
        QVERIFY2(redacted.contains(word), qPrintable(redacted));
}

void TestRedactor::textWithoutEmailsIsUntouched_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("plain") << u"Access token is incorrect or has been revoked."_s;
    QTest::newRow("ids and amounts") << u"advertiser 7000000000000000001 balance 12.50 USD"_s;
    QTest::newRow("handle") << u"@tiktok_shop posted"_s;
    QTest::newRow("spaced at") << u"3 items @ 2.00 USD"_s;
    QTest::newRow("trailing at") << u"ends with @"_s;
    QTest::newRow("url without user") << u"https://business-api.tiktok.com/open_api/v1.3/bc/get/"_s;
}

void TestRedactor::textWithoutEmailsIsUntouched()
{
    QFETCH(QString, text);
    QCOMPARE(Redactor::redactText(text), text);
}

void TestRedactor::textRedactionIsStable()
{
    // Redacting what was already redacted changes nothing more (logs may pass text twice).
    const QString once = Redactor::redactText(u"to someone@example.com and other@example.org"_s);
    QCOMPARE(Redactor::redactText(once), once);
}

void TestRedactor::queryMasksSecretValues_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");

    QTest::newRow("access_token") << u"access_token"_s << u"fake-token-0123456789abcdef"_s;
    QTest::newRow("Access-Token") << u"Access-Token"_s << u"fake-token-header"_s;
    QTest::newRow("secret") << u"secret"_s << u"fake-secret-abc"_s;
    QTest::newRow("app_secret") << u"app_secret"_s << u"fake-secret-app"_s;
    QTest::newRow("client_secret") << u"client_secret"_s << u"fake-secret-client"_s;
    QTest::newRow("refresh_token") << u"refresh_token"_s << u"fake-token-refresh"_s;
    QTest::newRow("auth_code") << u"auth_code"_s << u"fake-code-xyz"_s;
    QTest::newRow("code") << u"code"_s << u"fake-code-redirect"_s;
    // A secret that looks like something else is still a secret.
    QTest::newRow("secret shaped like e-mail") << u"secret"_s << u"someone@example.com"_s;
    QTest::newRow("secret shaped like JSON") << u"access_token"_s << u"{\"t\":\"fake-token-j\"}"_s;
    QTest::newRow("empty secret") << u"access_token"_s << QString();
}

void TestRedactor::queryMasksSecretValues()
{
    QFETCH(QString, key);
    QFETCH(QString, value);

    const Query query = {
            {u"app_id"_s, u"7100000000000000001"_s}, {key, value}, {u"page"_s, u"1"_s}};
    const QString redacted = Redactor::redactQuery(query);
    const QString expected =
            u"app_id=7100000000000000001&"_s + key + u'=' + Redactor::mask + u"&page=1"_s;
    QCOMPARE(redacted, expected);
    if (!value.isEmpty())
        QVERIFY(!redacted.contains(value));
}

void TestRedactor::queryKeepsOrdinaryParameters()
{
    // Order and values as given; nothing added or dropped.
    const Query query = {
            {u"bc_id"_s, u"7000000000000000001"_s},
            {u"page"_s, u"2"_s},
            {u"page_size"_s, u"50"_s},
            {u"keyword"_s, u"Summer sale"_s},
            {u"start_date"_s, u"2024-01-01"_s},
            {u"country_code"_s, u"US"_s},
            {u"fields"_s, u"[\"name\",\"status\"]"_s},
            {u"empty"_s, QString()},
    };
    QCOMPARE(Redactor::redactQuery(query),
             u"bc_id=7000000000000000001&page=2&page_size=50&keyword=Summer sale"
             u"&start_date=2024-01-01&country_code=US&fields=[\"name\",\"status\"]&empty="_s);
    QCOMPARE(Redactor::redactQuery({}), QString());
}

void TestRedactor::queryJsonText_data()
{
    QTest::addColumn<QString>("value");    // a GET parameter sent as JSON text (reference §1.3)
    QTest::addColumn<QString>("expected"); // the same JSON, redacted, compared as JSON

    QTest::newRow("ordinary object") << u"{\"keyword\":\"x\",\"status\":\"ACTIVE\"}"_s
                                     << u"{\"keyword\":\"x\",\"status\":\"ACTIVE\"}"_s;
    QTest::newRow("ordinary id array") << u"[\"7000000000000000001\",\"7000000000000000002\"]"_s
                                       << u"[\"7000000000000000001\",\"7000000000000000002\"]"_s;
    QTest::newRow("e-mail filter") << u"{\"email\":\"someone@example.com\",\"role\":\"ADMIN\"}"_s
                                   << u"{\"email\":\"***@***\",\"role\":\"ADMIN\"}"_s;
    QTest::newRow("e-mail list") << u"{\"emails\":[\"a@example.com\",\"b@example.org\"]}"_s
                                 << u"{\"emails\":[\"***@***\",\"***@***\"]}"_s;
    QTest::newRow("secret key inside")
            << u"{\"access_token\":\"fake-token-f\",\"bc_id\":\"7000000000000000001\"}"_s
            << u"{\"access_token\":\"***\",\"bc_id\":\"7000000000000000001\"}"_s;
    QTest::newRow("nested")
            << u"{\"outer\":{\"inner\":{\"client_secret\":\"fake-secret-n\",\"note\":\"mail "
               u"someone@example.com now\"}},\"n\":3}"_s
            << u"{\"outer\":{\"inner\":{\"client_secret\":\"***\",\"note\":\"mail ***@*** "
               u"now\"}},\"n\":3}"_s;
    QTest::newRow("array of objects")
            << u"[{\"refresh_token\":\"fake-token-r\"},\"someone@example.com\",3,true,null]"_s
            << u"[{\"refresh_token\":\"***\"},\"***@***\",3,true,null]"_s;
    QTest::newRow("array in array")
            << u"[[\"someone@example.com\"],[\"ok\"]]"_s << u"[[\"***@***\"],[\"ok\"]]"_s;
    QTest::newRow("leading blanks")
            << u"  {\"secret\":\"fake-secret-s\"}"_s << u"{\"secret\":\"***\"}"_s;
}

void TestRedactor::queryJsonText()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);

    const QString redacted = Redactor::redactQuery({{u"bc_id"_s, u"1"_s}, {u"filtering"_s, value}});
    QVERIFY2(redacted.startsWith(u"bc_id=1&filtering="_s), qPrintable(redacted));
    const QString json = valueIn(redacted, u"filtering"_s);

    QJsonParseError error;
    const QJsonDocument actualDocument = QJsonDocument::fromJson(json.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(json)); // still JSON text
    QCOMPARE(actualDocument, QJsonDocument::fromJson(expected.toUtf8()));
    for (const char *fake : {"fake-token", "fake-secret", "example.com", "example.org"})
        QVERIFY2(!json.contains(QLatin1StringView(fake)), qPrintable(json));
}

void TestRedactor::queryMalformedJsonTextStillLosesEmails()
{
    // Not JSON after all: still treated as text, so the address goes anyway.
    const QString redacted =
            Redactor::redactQuery({{u"filtering"_s, u"{\"email\":\"someone@example.com\""_s}});
    QVERIFY2(!redacted.contains(u"someone"_s), qPrintable(redacted));
    QVERIFY2(!redacted.contains(u"example.com"_s), qPrintable(redacted));
    QVERIFY2(redacted.startsWith(u"filtering={\"email\":\""_s), qPrintable(redacted));
}

void TestRedactor::jsonBody_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QJsonObject>("expected");

    QTest::newRow("ordinary write body")
            << object(R"({"bc_id":"7000000000000000001","advertiser_id":"7000000000000000002",
                         "transfer_type":"RECHARGE","amount":12.5,"enabled":false,"note":null})")
            << object(R"({"bc_id":"7000000000000000001","advertiser_id":"7000000000000000002",
                         "transfer_type":"RECHARGE","amount":12.5,"enabled":false,"note":null})");
    QTest::newRow("OAuth token exchange")
            << object(R"({"app_id":"7100000000000000001","secret":"fake-secret-1",
                         "auth_code":"fake-code-1","grant_type":"authorization_code"})")
            << object(R"({"app_id":"7100000000000000001","secret":"***",
                         "auth_code":"***","grant_type":"authorization_code"})");
    QTest::newRow("refresh and client secret")
            << object(R"({"client_secret":"fake-secret-2","refresh_token":"fake-token-2",
                         "grant_type":"refresh_token"})")
            << object(R"({"client_secret":"***","refresh_token":"***",
                         "grant_type":"refresh_token"})");
    QTest::newRow("secret of any JSON type")
            << object(R"({"access_token":{"value":"fake-token-3"},"app_secret":["fake-secret-3"],
                         "code":12345,"password":null})")
            << object(R"({"access_token":"***","app_secret":"***","code":"***","password":"***"})");
    QTest::newRow("member invitation")
            << object(R"({"bc_id":"7000000000000000001","emails":["a@example.com","b@example.org"],
                         "user_role":"STANDARD"})")
            << object(R"({"bc_id":"7000000000000000001","emails":["***@***","***@***"],
                         "user_role":"STANDARD"})");
    QTest::newRow("nested objects and arrays")
            << object(R"({"billing":{"contact":{"email":"someone@example.com","name":"Some One"},
                         "sessions":[{"Access-Token":"fake-token-4"},{"id":"7"}]},"list":[[{"secret":"x"}],1]})")
            << object(R"({"billing":{"contact":{"email":"***@***","name":"Some One"},
                         "sessions":[{"Access-Token":"***"},{"id":"7"}]},"list":[[{"secret":"***"}],1]})");
    QTest::newRow("e-mail inside text")
            << object(R"({"note":"ask someone@example.com or other@example.com"})")
            << object(R"({"note":"ask ***@*** or ***@***"})");
    QTest::newRow("empty") << QJsonObject() << QJsonObject();
}

void TestRedactor::jsonBody()
{
    QFETCH(QJsonObject, body);
    QFETCH(QJsonObject, expected);

    const QJsonObject redacted = Redactor::redactJson(body);
    QCOMPARE(redacted, expected);
    const QString text = compact(redacted);
    for (const char *fake : {"fake-", "example.com", "example.org", "12345"})
        QVERIFY2(!text.contains(QLatin1StringView(fake)), qPrintable(text));
}

void TestRedactor::jsonBodyKeepsLargeIdsExact()
{
    // 19-digit ids may arrive as JSON numbers (design "API rules"); redaction must not round them.
    const QJsonObject body =
            object(R"({"advertiser_id":7000000000000000001,"ids":[7000000000000000003]})");
    const QString text = compact(Redactor::redactJson(body));
    QVERIFY2(text.contains(u"7000000000000000001"_s), qPrintable(text));
    QVERIFY2(text.contains(u"7000000000000000003"_s), qPrintable(text));

    const QString query =
            Redactor::redactQuery({{u"advertiser_ids"_s, u"[7000000000000000005]"_s}});
    QVERIFY2(query.contains(u"7000000000000000005"_s), qPrintable(query));
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
