#include "core/api/apirequest.h"

#include <QJsonArray>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using bc::api::ApiRequest;

class TestApiRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonQueryIsEncodedJsonText();
    void awkwardCharactersSurvive_data();
    void awkwardCharactersSurvive();
    void setQueryReplaces();
};

void TestApiRequest::jsonQueryIsEncodedJsonText()
{
    ApiRequest request = ApiRequest::get(u"bc/get/"_s);
    request.addJsonQuery(u"filtering"_s, QJsonObject{{u"keyword"_s, u"x"_s}});
    request.addJsonQuery(u"advertiser_ids"_s, QJsonArray{u"123"_s});
    QCOMPARE(request.encodedQuery(),
             QByteArray("filtering=%7B%22keyword%22%3A%22x%22%7D&advertiser_ids=%5B%22123%22%5D"));
}

void TestApiRequest::awkwardCharactersSurvive_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("plus") << u"Etc/GMT+8"_s;
    QTest::newRow("ampersand and equals") << u"a&b=c"_s;
    QTest::newRow("hash and percent") << u"#1 100%"_s;
    QTest::newRow("unicode") << u"東京 Café 🚀"_s;
}

void TestApiRequest::awkwardCharactersSurvive()
{
    QFETCH(QString, value);
    ApiRequest request;
    request.addJsonQuery(u"filtering"_s, QJsonObject{{u"keyword"_s, value}});
    // Decode the way a server does and compare with what went in.
    const QUrlQuery decoded(QString::fromLatin1(request.encodedQuery()));
    const QString filtering = decoded.queryItemValue(u"filtering"_s, QUrl::FullyDecoded);
    QCOMPARE(filtering, u"{\"keyword\":\"%1\"}"_s.arg(value));
}

void TestApiRequest::setQueryReplaces()
{
    ApiRequest request;
    request.setQuery(u"page"_s, u"1"_s);
    request.addQuery(u"page_size"_s, 50);
    request.setQuery(u"page"_s, u"2"_s);
    QCOMPARE(request.encodedQuery(), QByteArray("page=2&page_size=50"));
}

QTEST_GUILESS_MAIN(TestApiRequest)
#include "tst_apirequest.moc"
