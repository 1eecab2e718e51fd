#include "core/api/jsonfields.h"

#include <QJsonDocument>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
namespace json = bc::api::json;

class TestJsonFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idString_data();
    void idString();
    void text_data();
    void text();
    void integer_data();
    void integer();
    void amount_data();
    void amount();
    void amountToString_data();
    void amountToString();
    void amountOrUnset();
    void real_data();
    void real();
    void boolean_data();
    void boolean();
    void dateTime_data();
    void dateTime();
    void stringList_data();
    void stringList();
    void idList_data();
    void idList();
    void integerList_data();
    void integerList();
    void commaSeparated_data();
    void commaSeparated();
    void textMap_data();
    void textMap();
    void arrayAndDecodeList();
};

namespace {

// Parses `{"v": <literal>}` the way the client parses answers, and returns v.
QJsonValue valueOf(const QByteArray &literal)
{
    const QJsonDocument document = QJsonDocument::fromJson("{\"v\":" + literal + '}');
    Q_ASSERT(document.isObject());
    return document.object().value("v"_L1);
}

// A decoder as the decodeList() template expects one.
struct NameDecoder
{
    static QString decode(const QJsonObject &item) { return item.value("name"_L1).toString(); }
};

} // namespace

void TestJsonFields::idString_data()
{
    QTest::addColumn<QByteArray>("literal");
    QTest::addColumn<QString>("expected");

    QTest::newRow("19 digits as string")
            << QByteArray("\"7093123456789012345\"") << u"7093123456789012345"_s;
    QTest::newRow("19 digits as number")
            << QByteArray("7093123456789012345") << u"7093123456789012345"_s;
    QTest::newRow("19 digits near the double gap")
            << QByteArray("7299999999999999999") << u"7299999999999999999"_s;
    QTest::newRow("int64 max") << QByteArray("9223372036854775807") << u"9223372036854775807"_s;
    QTest::newRow("small number") << QByteArray("42") << u"42"_s;
    QTest::newRow("string with spaces") << QByteArray("\" 123 \"") << u"123"_s;
    QTest::newRow("null") << QByteArray("null") << QString();
    QTest::newRow("object") << QByteArray("{}") << QString();
}

void TestJsonFields::idString()
{
    QFETCH(QByteArray, literal);
    QFETCH(QString, expected);
    QCOMPARE(json::idString(valueOf(literal)), expected);
}

void TestJsonFields::text_data()
{
    QTest::addColumn<QByteArray>("literal");
    QTest::addColumn<QString>("expected");

    QTest::newRow("string") << QByteArray("\"Café 東京 🚀\"") << u"Café 東京 🚀"_s;
    QTest::newRow("integer") << QByteArray("12") << u"12"_s;
    QTest::newRow("decimal") << QByteArray("12.5") << u"12.5"_s;
    QTest::newRow("bool") << QByteArray("true") << u"true"_s;
    QTest::newRow("null") << QByteArray("null") << QString();
    QTest::newRow("array") << QByteArray("[1]") << QString();
}

void TestJsonFields::text()
{
    QFETCH(QByteArray, literal);
    QFETCH(QString, expected);
    QCOMPARE(json::text(valueOf(literal)), expected);
}

void TestJsonFields::integer_data()
{
    QTest::addColumn<QByteArray>("literal");
    QTest::addColumn<bool>("present");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("number") << QByteArray("50") << true << qint64(50);
    QTest::newRow("numeric string") << QByteArray("\"7\"") << true << qint64(7);
    QTest::newRow("big") << QByteArray("7093123456789012345") << true
                         << qint64(7093123456789012345);
    QTest::newRow("fraction") << QByteArray("1.5") << false << qint64(0);
    QTest::newRow("word") << QByteArray("\"seven\"") << false << qint64(0);
    QTest::newRow("null") << QByteArray("null") << false << qint64(0);
}

void TestJsonFields::integer()
{
    QFETCH(QByteArray, literal);
    QFETCH(bool, present);
    QFETCH(qint64, expected);
    const auto value = json::integer(valueOf(literal));
    QCOMPARE(value.has_value(), present);
    if (present)
        QCOMPARE(*value, expected);
}

void TestJsonFields::amount_data()
{
    QTest::addColumn<QByteArray>("literal");
    QTest::addColumn<bool>("present");
    QTest::addColumn<qint64>("minorUnits");

    // Numbers go through their shortest decimal text: none of these may pick up binary noise.
    QTest::newRow("12.34") << QByteArray("12.34") << true << qint64(1234);
    QTest::newRow("0.3") << QByteArray("0.3") << true << qint64(30);
    QTest::newRow("0.1 and 0.2 written long")
            << QByteArray("0.30000000000000004") << true << qint64(30);
    QTest::newRow("1.005 rounds half up, not down as its double would")
            << QByteArray("1.005") << true << qint64(101);
    QTest::newRow("0.29") << QByteArray("0.29") << true << qint64(29);
    QTest::newRow("4.35") << QByteArray("4.35") << true << qint64(435);
    QTest::newRow("large") << QByteArray("9999999999.99") << true << qint64(999999999999);
    QTest::newRow("large as string")
            << QByteArray("\"9999999999.99\"") << true << qint64(999999999999);
    QTest::newRow("larger than a double's cents")
            << QByteArray("\"92233720368547758.07\"") << true << qint64(9223372036854775807);
    QTest::newRow("integer") << QByteArray("50") << true << qint64(5000);
    QTest::newRow("integer written as decimal") << QByteArray("100.0") << true << qint64(10000);
    QTest::newRow("one decimal") << QByteArray("1234.5") << true << qint64(123450);
    QTest::newRow("negative") << QByteArray("-0.05") << true << qint64(-5);
    QTest::newRow("negative string") << QByteArray("\"-12.30\"") << true << qint64(-1230);
    QTest::newRow("plus sign and spaces") << QByteArray("\" +7.5 \"") << true << qint64(750);
    QTest::newRow("third decimal rounds up") << QByteArray("\"0.125\"") << true << qint64(13);
    QTest::newRow("third decimal rounds down") << QByteArray("\"0.124\"") << true << qint64(12);
    QTest::newRow("negative rounds away from zero")
            << QByteArray("\"-0.125\"") << true << qint64(-13);
    QTest::newRow("zero") << QByteArray("0") << true << qint64(0);
    QTest::newRow("zero string") << QByteArray("\"0.00\"") << true << qint64(0);
    QTest::newRow("leading dot") << QByteArray("\".5\"") << true << qint64(50);
    QTest::newRow("thousands separator") << QByteArray("\"1,234.50\"") << false << qint64(0);
    QTest::newRow("two dots") << QByteArray("\"1.2.3\"") << false << qint64(0);
    QTest::newRow("exponent string") << QByteArray("\"1e3\"") << false << qint64(0);
    QTest::newRow("currency sign") << QByteArray("\"$12\"") << false << qint64(0);
    QTest::newRow("sign only") << QByteArray("\"-\"") << false << qint64(0);
    QTest::newRow("empty string") << QByteArray("\"\"") << false << qint64(0);
    QTest::newRow("too large for minor units")
            << QByteArray("\"92233720368547758.08\"") << false << qint64(0);
    QTest::newRow("too large number") << QByteArray("1e20") << false << qint64(0);
    QTest::newRow("null") << QByteArray("null") << false << qint64(0);
    QTest::newRow("bool") << QByteArray("true") << false << qint64(0);
    QTest::newRow("object") << QByteArray("{\"amount\": 1}") << false << qint64(0);
}

void TestJsonFields::amount()
{
    QFETCH(QByteArray, literal);
    QFETCH(bool, present);
    QFETCH(qint64, minorUnits);
    const auto value = json::amount(valueOf(literal));
    QCOMPARE(value.has_value(), present);
    if (present) {
        QVERIFY(value->isSet());
        QCOMPARE(value->minorUnits(), minorUnits);
    }
}

void TestJsonFields::amountToString_data()
{
    QTest::addColumn<qint64>("minorUnits");
    QTest::addColumn<QString>("expected");

    QTest::newRow("cents") << qint64(1234) << u"12.34"_s;
    QTest::newRow("trailing zero kept") << qint64(123450) << u"1234.50"_s;
    QTest::newRow("whole") << qint64(500) << u"5.00"_s;
    QTest::newRow("zero") << qint64(0) << u"0.00"_s;
    QTest::newRow("one cent") << qint64(1) << u"0.01"_s;
    QTest::newRow("minus one cent") << qint64(-1) << u"-0.01"_s;
    QTest::newRow("negative") << qint64(-123456) << u"-1234.56"_s;
    QTest::newRow("large") << qint64(999999999999) << u"9999999999.99"_s;
    QTest::newRow("max") << qint64(9223372036854775807) << u"92233720368547758.07"_s;
    QTest::newRow("min") << std::numeric_limits<qint64>::min() << u"-92233720368547758.08"_s;
}

void TestJsonFields::amountToString()
{
    QFETCH(qint64, minorUnits);
    QFETCH(QString, expected);
    const auto amount = bc::domain::Amount::fromMinorUnits(minorUnits);
    QCOMPARE(amount.toString(), expected);
    // The text reads back as the same amount (the most negative one has no positive twin).
    if (minorUnits != std::numeric_limits<qint64>::min())
        QCOMPARE(bc::domain::Amount::fromDecimalString(expected), amount);
}

void TestJsonFields::amountOrUnset()
{
    const bc::domain::Amount unset = json::amountOrUnset(valueOf("null"));
    QVERIFY(!unset.isSet());
    QVERIFY(unset.toString().isEmpty());
    QVERIFY(unset != bc::domain::Amount::fromMinorUnits(0));
    const bc::domain::Amount zero = json::amountOrUnset(valueOf("0"));
    QVERIFY(zero.isSet());
    QCOMPARE(zero, bc::domain::Amount::fromMinorUnits(0));
    QCOMPARE(json::amountOrUnset(valueOf("\"x\"")), bc::domain::Amount());
}

void TestJsonFields::real_data()
{
    QTest::addColumn<QByteArray>("literal");
    QTest::addColumn<bool>("present");
    QTest::addColumn<double>("expected");

    QTest::newRow("number") << QByteArray("7.5") << true << 7.5;
    QTest::newRow("integer") << QByteArray("19") << true << 19.0;
    QTest::newRow("string") << QByteArray("\" 0.1234 \"") << true << 0.1234;
    QTest::newRow("word") << QByteArray("\"high\"") << false << 0.0;
    QTest::newRow("infinite string") << QByteArray("\"inf\"") << false << 0.0;
    QTest::newRow("null") << QByteArray("null") << false << 0.0;
    QTest::newRow("array") << QByteArray("[1]") << false << 0.0;
}

void TestJsonFields::real()
{
    QFETCH(QByteArray, literal);
    QFETCH(bool, present);
    QFETCH(double, expected);
    const auto value = json::real(valueOf(literal));
    QCOMPARE(value.has_value(), present);
    if (present)
        QCOMPARE(*value, expected);
}

void TestJsonFields::boolean_data()
{
    QTest::addColumn<QByteArray>("literal");
    QTest::addColumn<int>("expected"); // -1: nothing

    QTest::newRow("true") << QByteArray("true") << 1;
    QTest::newRow("false") << QByteArray("false") << 0;
    QTest::newRow("string TRUE") << QByteArray("\"TRUE\"") << 1;
    QTest::newRow("string false") << QByteArray("\"false\"") << 0;
    QTest::newRow("one") << QByteArray("1") << 1;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("string one") << QByteArray("\"1\"") << 1;
    QTest::newRow("two") << QByteArray("2") << -1;
    QTest::newRow("word") << QByteArray("\"yes\"") << -1;
    QTest::newRow("null") << QByteArray("null") << -1;
    QTest::newRow("object") << QByteArray("{}") << -1;
}

void TestJsonFields::boolean()
{
    QFETCH(QByteArray, literal);
    QFETCH(int, expected);
    const auto value = json::boolean(valueOf(literal));
    QCOMPARE(value.has_value(), expected != -1);
    if (value)
        QCOMPARE(*value, expected == 1);
}

void TestJsonFields::dateTime_data()
{
    QTest::addColumn<QByteArray>("literal");
    QTest::addColumn<QDateTime>("expected");

    const QDateTime morning(QDate(2024, 5, 6), QTime(7, 8, 9), Qt::UTC);
    QTest::newRow("API time") << QByteArray("\"2024-05-06 07:08:09\"") << morning;
    QTest::newRow("ISO UTC") << QByteArray("\"2024-05-06T07:08:09Z\"") << morning;
    QTest::newRow("ISO without offset is UTC") << QByteArray("\"2024-05-06T07:08:09\"") << morning;
    QTest::newRow("ISO with offset") << QByteArray("\"2024-05-06T09:08:09+02:00\"") << morning;
    QTest::newRow("ISO with negative offset")
            << QByteArray("\"2024-05-06T02:08:09-05:00\"") << morning;
    QTest::newRow("milliseconds") << QByteArray("\"2024-05-06T07:08:09.250Z\"")
                                  << morning.addMSecs(250);
    QTest::newRow("date only") << QByteArray("\"2024-05-06\"")
                               << QDateTime(QDate(2024, 5, 6), QTime(0, 0), Qt::UTC);
    QTest::newRow("epoch seconds") << QByteArray("1714979289") << morning;
    QTest::newRow("epoch seconds as string") << QByteArray("\"1714979289\"") << morning;
    // 2024-03-31 02:30 does not exist in Europe's local time; UTC must not care.
    QTest::newRow("inside a DST gap") << QByteArray("\"2024-03-31 02:30:00\"")
                                      << QDateTime(QDate(2024, 3, 31), QTime(2, 30), Qt::UTC);
    QTest::newRow("impossible date") << QByteArray("\"2024-02-30 00:00:00\"") << QDateTime();
    QTest::newRow("impossible time") << QByteArray("\"2024-05-06 25:00:00\"") << QDateTime();
    QTest::newRow("other separator") << QByteArray("\"2024-05-06/07:08:09\"") << QDateTime();
    QTest::newRow("words") << QByteArray("\"yesterday\"") << QDateTime();
    QTest::newRow("empty") << QByteArray("\"\"") << QDateTime();
    QTest::newRow("fraction") << QByteArray("1.5") << QDateTime();
    QTest::newRow("null") << QByteArray("null") << QDateTime();
}

void TestJsonFields::dateTime()
{
    QFETCH(QByteArray, literal);
    QFETCH(QDateTime, expected);
    const QDateTime value = json::dateTime(valueOf(literal));
    QCOMPARE(value.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(value, expected);
        QCOMPARE(value.timeSpec(), Qt::UTC);
    }
}

void TestJsonFields::stringList_data()
{
    QTest::addColumn<QByteArray>("literal");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("strings") << QByteArray(R"(["POST", "LIVE"])")
                             << QStringList{u"POST"_s, u"LIVE"_s};
    QTest::newRow("mixed scalars")
            << QByteArray(R"(["a", 12, true])") << QStringList{u"a"_s, u"12"_s, u"true"_s};
    QTest::newRow("nulls and objects left out")
            << QByteArray(R"([null, "a", {}, [], ""])") << QStringList{u"a"_s};
    QTest::newRow("lone string") << QByteArray("\"LeadAds terms\"")
                                 << QStringList{u"LeadAds terms"_s};
    QTest::newRow("empty") << QByteArray("[]") << QStringList();
    QTest::newRow("null") << QByteArray("null") << QStringList();
    QTest::newRow("object") << QByteArray(R"({"a": "b"})") << QStringList();
}

void TestJsonFields::stringList()
{
    QFETCH(QByteArray, literal);
    QFETCH(QStringList, expected);
    QCOMPARE(json::stringList(valueOf(literal)), expected);
}

void TestJsonFields::idList_data()
{
    QTest::addColumn<QByteArray>("literal");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("strings") << QByteArray(R"(["7093123456789012345", " 42 "])")
                             << QStringList{u"7093123456789012345"_s, u"42"_s};
    QTest::newRow("numbers keep every digit")
            << QByteArray("[7093123456789012345, 7299999999999999999]")
            << QStringList{u"7093123456789012345"_s, u"7299999999999999999"_s};
    QTest::newRow("nulls left out") << QByteArray(R"([null, "1", {}])") << QStringList{u"1"_s};
    QTest::newRow("lone number") << QByteArray("7093123456789012345")
                                 << QStringList{u"7093123456789012345"_s};
    QTest::newRow("null") << QByteArray("null") << QStringList();
}

void TestJsonFields::idList()
{
    QFETCH(QByteArray, literal);
    QFETCH(QStringList, expected);
    QCOMPARE(json::idList(valueOf(literal)), expected);
}

void TestJsonFields::integerList_data()
{
    QTest::addColumn<QByteArray>("literal");
    QTest::addColumn<QList<qint64>>("expected");

    QTest::newRow("numbers") << QByteArray("[4, 5, 7093123456789012345]")
                             << QList<qint64>{4, 5, 7093123456789012345};
    QTest::newRow("strings") << QByteArray(R"(["4", "x", 1.5, null])") << QList<qint64>{4};
    QTest::newRow("not an array") << QByteArray("4") << QList<qint64>();
}

void TestJsonFields::integerList()
{
    QFETCH(QByteArray, literal);
    QFETCH(QList<qint64>, expected);
    QCOMPARE(json::integerList(valueOf(literal)), expected);
}

void TestJsonFields::commaSeparated_data()
{
    QTest::addColumn<QByteArray>("literal");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("comma text") << QByteArray("\"user.info.basic, video.list,,\"")
                                << QStringList{u"user.info.basic"_s, u"video.list"_s};
    QTest::newRow("one scope") << QByteArray("\"user.info.basic\"")
                               << QStringList{u"user.info.basic"_s};
    QTest::newRow("array") << QByteArray(R"(["a", "b"])") << QStringList{u"a"_s, u"b"_s};
    QTest::newRow("empty") << QByteArray("\"\"") << QStringList();
    QTest::newRow("null") << QByteArray("null") << QStringList();
}

void TestJsonFields::commaSeparated()
{
    QFETCH(QByteArray, literal);
    QFETCH(QStringList, expected);
    QCOMPARE(json::commaSeparated(valueOf(literal)), expected);
}

void TestJsonFields::textMap_data()
{
    QTest::addColumn<QByteArray>("literal");
    QTest::addColumn<QStringList>("expected"); // "key=value", sorted by key

    QTest::newRow("reasons") << QByteArray(
            R"({"7093123456789012345": "DELIVERING", "2": "UNPAID_BILL"})")
                             << QStringList{u"2=UNPAID_BILL"_s,
                                            u"7093123456789012345=DELIVERING"_s};
    QTest::newRow("numbers and nulls")
            << QByteArray(R"({"a": 1, "b": null, "c": {}})") << QStringList{u"a=1"_s};
    QTest::newRow("array") << QByteArray(R"(["a"])") << QStringList();
    QTest::newRow("null") << QByteArray("null") << QStringList();
}

void TestJsonFields::textMap()
{
    QFETCH(QByteArray, literal);
    QFETCH(QStringList, expected);
    const QMap<QString, QString> map = json::textMap(valueOf(literal));
    QStringList entries;
    for (auto it = map.begin(); it != map.end(); ++it)
        entries.append(it.key() + u'=' + it.value());
    QCOMPARE(entries, expected);
}

void TestJsonFields::arrayAndDecodeList()
{
    QCOMPARE(json::array(valueOf("[1, 2]")).size(), 2);
    QVERIFY(json::array(valueOf("{}")).isEmpty());
    QVERIFY(json::array(valueOf("null")).isEmpty());

    const auto names = json::decodeList<NameDecoder>(
            valueOf(R"([{"name": "a"}, null, 3, {"name": "b"}, []])"));
    QCOMPARE(names, (QList<QString>{u"a"_s, u"b"_s}));
    QVERIFY(json::decodeList<NameDecoder>(valueOf(R"({"name": "a"})")).isEmpty());
    QVERIFY(json::decodeList<NameDecoder>(valueOf("null")).isEmpty());
}

QTEST_GUILESS_MAIN(TestJsonFields)
#include "tst_jsonfields.moc"
