#include "core/api/envelopeparser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using bc::api::ApiError;
using bc::api::EnvelopeParser;

class TestEnvelopeParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void success_data();
    void success();
    void errors_data();
    void errors();
    void keepsRequestIdWhenNumeric();
};

void TestEnvelopeParser::success_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("requestId");
    QTest::addColumn<int>("dataKeys");

    QTest::newRow("ok") << QByteArray(
            R"({"code":0,"message":"OK","request_id":"2026112503","data":{"a":1}})")
                        << 0 << u"2026112503"_s << 1;
    QTest::newRow("data null") << QByteArray(
            R"({"code":0,"message":"OK","request_id":"r1","data":null})")
                               << 0 << u"r1"_s << 0;
    QTest::newRow("data missing") << QByteArray(R"({"code":0,"message":"OK","request_id":"r2"})")
                                  << 0 << u"r2"_s << 0;
    QTest::newRow("message and request_id null")
            << QByteArray(R"({"code":0,"message":null,"request_id":null,"data":{}})") << 0
            << QString() << 0;
    QTest::newRow("unknown fields ignored") << QByteArray(
            R"({"code":0,"message":"OK","request_id":"r3","data":{"x":[]},"trace":{"a":1},"new_top":7})")
                                            << 0 << u"r3"_s << 1;
    QTest::newRow("code as string")
            << QByteArray(R"({"code":"0","message":"OK","data":{}})") << 0 << QString() << 0;
    QTest::newRow("partial success")
            << QByteArray(R"({"code":20001,"message":"partial","request_id":"r4","data":{"k":1}})")
            << 20001 << u"r4"_s << 1;
}

void TestEnvelopeParser::success()
{
    QFETCH(QByteArray, body);
    QFETCH(int, code);
    QFETCH(QString, requestId);
    QFETCH(int, dataKeys);

    const auto result = EnvelopeParser::parse(200, body);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().details()));
    QCOMPARE(result.value().code, code);
    QCOMPARE(result.value().requestId, requestId);
    QCOMPARE(result.value().data.size(), dataKeys);
    QCOMPARE(result.value().httpStatus, 200);
}

void TestEnvelopeParser::errors_data()
{
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("requestId");

    QTest::newRow("40105 as HTTP 200")
            << 200
            << QByteArray(
                       R"({"code":40105,"message":"Access token is incorrect or has been revoked.","request_id":"req-9","data":{}})")
            << ApiError::Kind::Auth << 40105 << u"req-9"_s;
    QTest::newRow("40100 throttled")
            << 200
            << QByteArray(R"({"code":40100,"message":"Too many","request_id":"t","data":{}})")
            << ApiError::Kind::Throttled << 40100 << u"t"_s;
    QTest::newRow("40001 permission")
            << 200 << QByteArray(R"({"code":40001,"message":"No permission","request_id":"p"})")
            << ApiError::Kind::Permission << 40001 << u"p"_s;
    QTest::newRow("40002 validation")
            << 200 << QByteArray(R"({"code":40002,"message":"page_size","request_id":"v"})")
            << ApiError::Kind::Validation << 40002 << u"v"_s;
    QTest::newRow("50000 server") << 200
                                  << QByteArray(R"({"code":50000,"message":"System error."})")
                                  << ApiError::Kind::Server << 50000 << QString();
    QTest::newRow("51060 downstream") << 200 << QByteArray(R"({"code":51060,"message":"rpc"})")
                                      << ApiError::Kind::Server << 51060 << QString();
    QTest::newRow("unknown code") << 200 << QByteArray(R"({"code":98765,"message":"new"})")
                                  << ApiError::Kind::Other << 98765 << QString();
    QTest::newRow("error code wins over HTTP 500")
            << 500 << QByteArray(R"({"code":40002,"message":"bad","request_id":"x"})")
            << ApiError::Kind::Validation << 40002 << u"x"_s;
    QTest::newRow("HTML gateway page") << 502 << QByteArray("<html><body>Bad Gateway</body></html>")
                                       << ApiError::Kind::Server << 0 << QString();
    QTest::newRow("malformed JSON") << 200 << QByteArray(R"({"code":0,"message":"OK","data":{)")
                                    << ApiError::Kind::Parse << 0 << QString();
    QTest::newRow("empty body") << 200 << QByteArray() << ApiError::Kind::Parse << 0 << QString();
    QTest::newRow("array, not object")
            << 200 << QByteArray("[1,2]") << ApiError::Kind::Parse << 0 << QString();
    QTest::newRow("no code") << 200 << QByteArray(R"({"message":"OK","data":{}})")
                             << ApiError::Kind::Parse << 0 << QString();
    QTest::newRow("code null") << 200 << QByteArray(R"({"code":null,"data":{}})")
                               << ApiError::Kind::Parse << 0 << QString();
    QTest::newRow("success code on HTTP 503")
            << 503 << QByteArray(R"({"code":0,"message":"OK","data":{}})") << ApiError::Kind::Server
            << 0 << QString();
}

void TestEnvelopeParser::errors()
{
    QFETCH(int, httpStatus);
    QFETCH(QByteArray, body);
    QFETCH(ApiError::Kind, kind);
    QFETCH(int, code);
    QFETCH(QString, requestId);

    const auto result = EnvelopeParser::parse(httpStatus, body);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, kind);
    QCOMPARE(result.error().code, code);
    QCOMPARE(result.error().requestId, requestId);
    QCOMPARE(result.error().httpStatus, httpStatus);
    QVERIFY(!result.error().explanation().isEmpty());
    if (!requestId.isEmpty())
        QVERIFY(result.error().details().contains(requestId));
}

void TestEnvelopeParser::keepsRequestIdWhenNumeric()
{
    const auto result = EnvelopeParser::parse(
            200, R"({"code":40105,"message":"bad","request_id":2026112503123456789})");
    QVERIFY(!result.ok());
    QCOMPARE(result.error().requestId, u"2026112503123456789"_s);
}

QTEST_GUILESS_MAIN(TestEnvelopeParser)
#include "tst_envelopeparser.moc"
