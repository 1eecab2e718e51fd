#include "core/api/apierror.h"

#include <QTest>

using namespace Qt::StringLiterals;
using bc::api::ApiError;

class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kindForCode_data();
    void kindForCode();
    void detailsNameTheFacts();
    void everyKindExplains();
    void knownCodesHaveTheirOwnWords_data();
    void knownCodesHaveTheirOwnWords();
    void authErrorsAskForSignIn();
};

void TestApiError::kindForCode_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<ApiError::Kind>("kind");

    const struct
    {
        int code;
        ApiError::Kind kind;
    } table[] = {
            {40100, ApiError::Kind::Throttled},  {40132, ApiError::Kind::Throttled},
            {40016, ApiError::Kind::Throttled},  {61000, ApiError::Kind::Throttled},
            {40102, ApiError::Kind::Auth},       {40104, ApiError::Kind::Auth},
            {40105, ApiError::Kind::Auth},       {40110, ApiError::Kind::Auth},
            {40130, ApiError::Kind::Auth},       {40001, ApiError::Kind::Permission},
            {40003, ApiError::Kind::Permission}, {40118, ApiError::Kind::Permission},
            {40000, ApiError::Kind::Validation}, {40002, ApiError::Kind::Validation},
            {40011, ApiError::Kind::Validation}, {40007, ApiError::Kind::NotFound},
            {40400, ApiError::Kind::NotFound},   {50000, ApiError::Kind::Server},
            {50002, ApiError::Kind::Server},     {51060, ApiError::Kind::Server},
            {52003, ApiError::Kind::Server},     {60001, ApiError::Kind::Server},
            {12345, ApiError::Kind::Other},
    };
    for (const auto &row : table)
        QTest::addRow("%d", row.code) << row.code << row.kind;
}

void TestApiError::kindForCode()
{
    QFETCH(int, code);
    QFETCH(ApiError::Kind, kind);
    QCOMPARE(ApiError::kindForCode(code), kind);
}

void TestApiError::detailsNameTheFacts()
{
    const ApiError error =
            ApiError::fromCode(40105, u"Access token is incorrect"_s, u"req-77"_s, 200);
    QCOMPARE(error.kind, ApiError::Kind::Auth);
    const QString details = error.details();
    QVERIFY2(details.contains(u"40105"_s), qPrintable(details));
    QVERIFY2(details.contains(u"req-77"_s), qPrintable(details));
    QVERIFY2(details.contains(u"Sign in again"_s), qPrintable(details));
    QVERIFY2(!details.contains(u"HTTP 200"_s), qPrintable(details));
}

void TestApiError::everyKindExplains()
{
    for (int k = 0; k <= static_cast<int>(ApiError::Kind::Other); ++k) {
        const ApiError error{static_cast<ApiError::Kind>(k), 0, u"m"_s, {}, 0};
        QVERIFY(!error.explanation().isEmpty());
        QVERIFY(!ApiError::kindName(error.kind).isEmpty());
    }
}

void TestApiError::knownCodesHaveTheirOwnWords_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("words");
    QTest::newRow("40001") << 40001 << u"permission"_s;
    QTest::newRow("40007") << 40007 << u"no longer exists"_s;
    QTest::newRow("40009") << 40009 << u"sandbox"_s;
    QTest::newRow("40100") << 40100 << u"slow down"_s;
    QTest::newRow("40110") << 40110 << u"authorization code"_s;
    QTest::newRow("40118") << 40118 << u"allowlist"_s;
    QTest::newRow("40130") << 40130 << u"permission this needs"_s;
    QTest::newRow("40202") << 40202 << u"same time"_s;
    QTest::newRow("51060") << 51060 << u"temporary"_s;
    QTest::newRow("61000") << 61000 << u"paused"_s;
}

void TestApiError::knownCodesHaveTheirOwnWords()
{
    QFETCH(int, code);
    QFETCH(QString, words);
    const ApiError error = ApiError::fromCode(code, u"raw message"_s, u"req-1"_s, 200);
    const QString text = error.explanation();
    QVERIFY2(text.contains(words), qPrintable(text));
    // Not the catch-all sentence that only repeats TikTok's code and message.
    QVERIFY2(!text.contains(u"raw message"_s), qPrintable(text));
}

void TestApiError::authErrorsAskForSignIn()
{
    for (const int code : {40102, 40105, 40110, 40130})
        QVERIFY(ApiError::fromCode(code, {}, {}, 200).needsSignIn());
    for (const int code : {40001, 40100, 50000})
        QVERIFY(!ApiError::fromCode(code, {}, {}, 200).needsSignIn());
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
