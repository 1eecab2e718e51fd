#include "core/api/businesscenterdecoder.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using bc::api::BusinessCenterDecoder;

class TestBusinessCenterDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyField();
    void idAsNumberKeepsEveryDigit();
    void missingAndNullFields_data();
    void missingAndNullFields();
    void unknownFieldsStayInRaw();
};

namespace {

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

void TestBusinessCenterDecoder::everyField()
{
    const auto bc = BusinessCenterDecoder::decode(parse(R"({
        "bc_info": {"bc_id": "7093123456789012345", "name": "Café Berlin GmbH", "company": "Café Berlin",
                    "currency": "EUR", "registered_area": "DE", "status": "ENABLE",
                    "timezone": "Europe/Berlin", "type": "AGENCY", "verification_status": "VERIFIED",
                    "organization_type": "ENTERPRISE"},
        "user_role": "ADMIN", "ext_user_role": {"finance_role": "MANAGER"}, "binding_status": "BOUND"})"));
    QCOMPARE(bc.id, u"7093123456789012345"_s);
    QCOMPARE(bc.name, u"Café Berlin GmbH"_s);
    QCOMPARE(bc.company, u"Café Berlin"_s);
    QCOMPARE(bc.currency, u"EUR"_s);
    QCOMPARE(bc.registeredArea, u"DE"_s);
    QCOMPARE(bc.status, u"ENABLE"_s);
    QCOMPARE(bc.timezone, u"Europe/Berlin"_s);
    QCOMPARE(bc.type, u"AGENCY"_s);
    QCOMPARE(bc.verificationStatus, u"VERIFIED"_s);
    QCOMPARE(bc.organizationType, u"ENTERPRISE"_s);
    QCOMPARE(bc.userRole, u"ADMIN"_s);
    QCOMPARE(bc.financeRole, u"MANAGER"_s);
    QCOMPARE(bc.bindingStatus, u"BOUND"_s);
}

void TestBusinessCenterDecoder::idAsNumberKeepsEveryDigit()
{
    const auto asNumber = BusinessCenterDecoder::decode(
            parse(R"({"bc_info": {"bc_id": 7093123456789012345, "name": "n"}})"));
    const auto asString = BusinessCenterDecoder::decode(
            parse(R"({"bc_info": {"bc_id": "7093123456789012345", "name": "n"}})"));
    QCOMPARE(asNumber.id, u"7093123456789012345"_s);
    QCOMPARE(asNumber.id, asString.id);
}

void TestBusinessCenterDecoder::missingAndNullFields_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("id");

    QTest::newRow("empty item") << QByteArray("{}") << QString();
    QTest::newRow("bc_info null") << QByteArray(R"({"bc_info": null, "user_role": null})")
                                  << QString();
    QTest::newRow("fields null") << QByteArray(
            R"({"bc_info": {"bc_id": "1", "name": null, "currency": null},
                             "ext_user_role": null, "user_role": null})")
                                 << u"1"_s;
    QTest::newRow("ext_user_role empty")
            << QByteArray(R"({"bc_info": {"bc_id": "2"}, "ext_user_role": {}})") << u"2"_s;
    QTest::newRow("wrong types") << QByteArray(R"({"bc_info": [], "ext_user_role": "x"})")
                                 << QString();
}

void TestBusinessCenterDecoder::missingAndNullFields()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, id);
    const auto bc = BusinessCenterDecoder::decode(parse(json));
    QCOMPARE(bc.id, id);
    QVERIFY(bc.name.isEmpty());
    QVERIFY(bc.currency.isEmpty());
    QVERIFY(bc.userRole.isEmpty());
    QVERIFY(bc.financeRole.isEmpty());
}

void TestBusinessCenterDecoder::unknownFieldsStayInRaw()
{
    const QJsonObject item = parse(
            R"({"bc_info": {"bc_id": "3", "name": "n", "new_info_field": 1}, "bc_tags": ["a"], "user_role": "STANDARD"})");
    const auto bc = BusinessCenterDecoder::decode(item);
    QCOMPARE(bc.userRole, u"STANDARD"_s);
    QCOMPARE(bc.raw, item);
    QVERIFY(bc.raw.contains("bc_tags"_L1));
    QCOMPARE(bc.raw.value("bc_info"_L1).toObject().value("new_info_field"_L1).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestBusinessCenterDecoder)
#include "tst_businesscenterdecoder.moc"
