#include "core/api/environment.h"

#include <QTest>

using namespace Qt::StringLiterals;
using bc::api::Environment;
using bc::api::EnvironmentKind;

class TestEnvironment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostsAndBadges();
    void endpointUrl();
    void baseUrlRules_data();
    void baseUrlRules();
    void keys();
};

void TestEnvironment::hostsAndBadges()
{
    QCOMPARE(Environment::production().baseUrl(),
             QUrl(u"https://business-api.tiktok.com/open_api/"_s));
    QCOMPARE(Environment::sandbox().baseUrl(), QUrl(u"https://sandbox-ads.tiktok.com/open_api/"_s));
    QCOMPARE(Environment::production().badge(), u"PRODUCTION"_s);
    QCOMPARE(Environment::sandbox().badge(), u"SANDBOX"_s);
    QCOMPARE(Environment::demo(QUrl(u"http://127.0.0.1:1/open_api/"_s)).badge(), u"DEMO"_s);
    QVERIFY(Environment::production().movesRealMoney());
    QVERIFY(!Environment::sandbox().movesRealMoney());
    QVERIFY(Environment::production() != Environment::sandbox());
}

void TestEnvironment::endpointUrl()
{
    QCOMPARE(Environment::production().endpointUrl(u"bc/get/"_s),
             QUrl(u"https://business-api.tiktok.com/open_api/v1.3/bc/get/"_s));
    QCOMPARE(Environment::custom(QUrl(u"http://127.0.0.1:8080/open_api/"_s))
                     .endpointUrl(u"bc/get/"_s),
             QUrl(u"http://127.0.0.1:8080/open_api/v1.3/bc/get/"_s));
}

void TestEnvironment::baseUrlRules_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("acceptable");
    QTest::newRow("https") << u"https://example.com/open_api/"_s << true;
    QTest::newRow("http loopback") << u"http://127.0.0.1:9000/open_api/"_s << true;
    QTest::newRow("http localhost") << u"http://localhost:9000/open_api/"_s << true;
    QTest::newRow("http ipv6 loopback") << u"http://[::1]:9000/open_api/"_s << true;
    QTest::newRow("http remote") << u"http://example.com/open_api/"_s << false;
    QTest::newRow("missing /open_api/") << u"https://example.com/"_s << false;
    QTest::newRow("ftp") << u"ftp://127.0.0.1/open_api/"_s << false;
    QTest::newRow("garbage") << u"not a url"_s << false;
}

void TestEnvironment::baseUrlRules()
{
    QFETCH(QString, url);
    QFETCH(bool, acceptable);
    const QString problem = Environment::problemWithBaseUrl(QUrl(url));
    QCOMPARE(problem.isEmpty(), acceptable);
}

void TestEnvironment::keys()
{
    QCOMPARE(Environment::kindFromKey(u"sandbox"), EnvironmentKind::Sandbox);
    QCOMPARE(Environment::kindFromKey(u"production"), EnvironmentKind::Production);
    QCOMPARE(Environment::kindFromKey(u"demo"), EnvironmentKind::Demo);
    QVERIFY(!Environment::kindFromKey(u"prod"));
    QCOMPARE(Environment::key(EnvironmentKind::Sandbox), u"sandbox"_s);
}

QTEST_GUILESS_MAIN(TestEnvironment)
#include "tst_environment.moc"
