#include "core/api/jsonfields.h"

#include <QJsonDocument>
#include <QTest>

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
};

namespace {

// Parses `{"v": <literal>}` the way the client parses answers, and returns v.
QJsonValue valueOf(const QByteArray &literal)
{
    const QJsonDocument document = QJsonDocument::fromJson("{\"v\":" + literal + '}');
    Q_ASSERT(document.isObject());
    return document.object().value("v"_L1);
}

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

QTEST_GUILESS_MAIN(TestJsonFields)
#include "tst_jsonfields.moc"
