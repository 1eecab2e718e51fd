#pragma once

#include "core/domain/amount.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QMap>
#include <QStringList>
#include <QTest>
#include <QVariant>

#include <algorithm>
#include <optional>
#include <utility>

// The generic, data-driven checks every decoder test runs over its cases. A test lists its cases
// (a sample item written from the reference with the documented fields set, and the value each
// field must decode to), maps each decoded type to fields with an addFields specialization, and
// forwards its slots to the functions below:
//
//   namespace bc::testing {
//   template<>
//   void addFields(QVariantMap &fields, const QString &prefix, const domain::Pixel &value)
//   {
//       fields.insert(prefix + "pixelCode"_L1, view(value.pixelCode));
//   }
//   } // namespace bc::testing
//
//   void TestAccessDecoder::everyField_data() { addEveryFieldRows(cases()); }
//   void TestAccessDecoder::everyField() { checkEveryField(cases()); }
//
// The checks then change the sample (nulls, wrong types, ids as numbers, numbers as strings,
// unknown fields) and check what must still hold.
namespace bc::testing {

using namespace Qt::StringLiterals;

// One sample item, how to decode it, and the value every decoded field must have.
struct DecoderCase
{
    // A decoded value seen as field name -> value, and the raw object it kept.
    struct Decoded
    {
        QVariantMap fields;
        QJsonObject raw;
    };

    QString name;
    Decoded (*decode)(const QJsonObject &);
    QByteArray sample;
    QList<std::pair<QString, QVariant>> expected;
};

// "Not set" is an invalid QVariant, so a test can tell a missing field from an empty or zero one.
inline QVariant view(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

inline QVariant view(const QStringList &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

inline QVariant view(const bc::domain::Amount &value)
{
    return value.isSet() ? QVariant(value.toString()) : QVariant();
}

inline QVariant view(const QDateTime &value)
{
    return value.isValid() ? QVariant(value) : QVariant();
}

template<typename T>
QVariant view(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

inline QVariant view(const QList<qint64> &value)
{
    QStringList numbers;
    for (const qint64 number : value)
        numbers.append(QString::number(number));
    return view(numbers);
}

inline QVariant view(const QMap<QString, QString> &value)
{
    QStringList entries;
    for (auto it = value.begin(); it != value.end(); ++it)
        entries.append(it.key() + u'=' + it.value());
    return view(entries);
}

// Each test specializes this for every type its decoders return (and the types nested in them).
template<typename T>
void addFields(QVariantMap &fields, const QString &prefix, const T &value);

template<typename T>
void addList(QVariantMap &fields, const QString &name, const QList<T> &list)
{
    fields.insert(name + ".size"_L1, QVariant::fromValue(qint64(list.size())));
    for (qsizetype i = 0; i < list.size(); ++i)
        addFields(fields, name + u'[' + QString::number(i) + "]."_L1, list.at(i));
}

template<typename Decoder>
DecoderCase::Decoded decodeWith(const QJsonObject &item)
{
    const auto value = Decoder::decode(item);
    DecoderCase::Decoded decoded;
    addFields(decoded.fields, QString(), value);
    decoded.raw = value.raw;
    return decoded;
}

inline QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("sample is not a JSON object: %s", qPrintable(error.errorString()));
    return document.object();
}

inline QVariant i64(qint64 value)
{
    return QVariant::fromValue(value);
}

inline QVariant utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

inline QVariant list(const QStringList &values)
{
    return values;
}

inline const DecoderCase &caseNamed(const QList<DecoderCase> &cases, const QString &name)
{
    for (const DecoderCase &c : cases) {
        if (c.name == name)
            return c;
    }
    qFatal("no case %s", qPrintable(name));
    return cases.constFirst();
}

// Every top-level value replaced, keys kept.
inline QJsonObject replaceValues(const QJsonObject &item, const QJsonValue &replacement)
{
    QJsonObject replaced;
    for (auto it = item.begin(); it != item.end(); ++it)
        replaced.insert(it.key(), replacement);
    return replaced;
}

inline bool isIdText(const QString &text)
{
    if (text.size() < 15 || text.size() > 19)
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

// Every id-looking string (15 to 19 digits) as a JSON number, at any depth.
inline QJsonValue idsToNumbers(const QJsonValue &value)
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
inline QJsonValue numbersToStrings(const QJsonValue &value)
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

// One row per case: for everyFieldHasAnExpectation and unknownFieldsStayInRaw.
inline void addCaseRows(const QList<DecoderCase> &cases)
{
    QTest::addColumn<QString>("caseName");
    for (const DecoderCase &c : cases)
        QTest::newRow(qPrintable(c.name)) << c.name;
}

inline void addEveryFieldRows(const QList<DecoderCase> &cases)
{
    QTest::addColumn<QString>("caseName");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("expected");
    for (const DecoderCase &c : cases) {
        for (const auto &[field, expected] : c.expected) {
            QTest::addRow("%s: %s", qPrintable(c.name), qPrintable(field))
                    << c.name << field << expected;
        }
    }
}

inline void checkEveryField(const QList<DecoderCase> &cases)
{
    QFETCH(QString, caseName);
    QFETCH(QString, field);
    QFETCH(QVariant, expected);
    const DecoderCase &c = caseNamed(cases, caseName);
    const DecoderCase::Decoded decoded = c.decode(parse(c.sample));
    QVERIFY2(decoded.fields.contains(field), qPrintable(field));
    QCOMPARE(decoded.fields.value(field), expected);
}

inline void checkEveryFieldHasAnExpectation(const QList<DecoderCase> &cases)
{
    // Each decoded field has an expectation (a value, or "not set" where the sample leaves it
    // out on purpose), so a field added to a struct without a test shows up here.
    QFETCH(QString, caseName);
    const DecoderCase &c = caseNamed(cases, caseName);
    const DecoderCase::Decoded decoded = c.decode(parse(c.sample));
    QStringList expectedNames;
    for (const auto &entry : c.expected)
        expectedNames.append(entry.first);
    expectedNames.sort();
    QCOMPARE(decoded.fields.keys(), expectedNames);
}

inline void addMissingNullAndWrongTypeRows(const QList<DecoderCase> &cases)
{
    QTest::addColumn<QString>("caseName");
    QTest::addColumn<QByteArray>("json");
    for (const DecoderCase &c : cases) {
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

inline void checkMissingNullAndWrongTypes(const QList<DecoderCase> &cases)
{
    QFETCH(QString, caseName);
    QFETCH(QByteArray, json);
    const QJsonObject item = parse(json);
    const DecoderCase::Decoded decoded = caseNamed(cases, caseName).decode(item);
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

inline void addIdsAsNumbersRows(const QList<DecoderCase> &cases)
{
    QTest::addColumn<QString>("caseName");
    for (const DecoderCase &c : cases) {
        // Only cases whose sample has ids: for the others the change would be no change.
        const QJsonObject sample = parse(c.sample);
        if (idsToNumbers(sample) != QJsonValue(sample))
            QTest::newRow(qPrintable(c.name)) << c.name;
    }
}

inline void checkIdsAsNumbers(const QList<DecoderCase> &cases)
{
    QFETCH(QString, caseName);
    const DecoderCase &c = caseNamed(cases, caseName);
    const QJsonObject sample = parse(c.sample);
    // Through JSON text, as the client gets it: 19-digit numbers must survive the parser too.
    const QJsonObject asNumbers = parse(QJsonDocument(idsToNumbers(sample).toObject()).toJson());
    QVERIFY(asNumbers != sample);
    QCOMPARE(c.decode(asNumbers).fields, c.decode(sample).fields);
}

inline void addNumbersAsStringsRows(const QList<DecoderCase> &cases)
{
    QTest::addColumn<QString>("caseName");
    for (const DecoderCase &c : cases) {
        const QJsonObject sample = parse(c.sample);
        if (numbersToStrings(sample) != QJsonValue(sample))
            QTest::newRow(qPrintable(c.name)) << c.name;
    }
}

inline void checkNumbersAsStrings(const QList<DecoderCase> &cases)
{
    QFETCH(QString, caseName);
    const DecoderCase &c = caseNamed(cases, caseName);
    const QJsonObject sample = parse(c.sample);
    const QJsonObject asStrings = numbersToStrings(sample).toObject();
    QVERIFY(asStrings != sample);
    QCOMPARE(c.decode(asStrings).fields, c.decode(sample).fields);
}

inline void checkUnknownFieldsStayInRaw(const QList<DecoderCase> &cases)
{
    QFETCH(QString, caseName);
    const DecoderCase &c = caseNamed(cases, caseName);
    const QJsonObject sample = parse(c.sample);
    QJsonObject extended = sample;
    extended.insert(u"zz_added_later"_s, QJsonObject{{u"nested"_s, QJsonArray{1, u"two"_s}}});
    extended.insert(u"ext_info"_s, u"x"_s);
    const DecoderCase::Decoded decoded = c.decode(extended);
    QCOMPARE(decoded.fields, c.decode(sample).fields);
    QCOMPARE(decoded.raw, extended);
    QCOMPARE(decoded.raw.value("zz_added_later"_L1)["nested"_L1][1].toString(), u"two"_s);
}

// The columns of a test's own edgeCases_data(): a case, an item, a field and its expected value.
inline void addEdgeCaseColumns()
{
    QTest::addColumn<QString>("caseName");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("expected");
}

inline void checkEdgeCase(const QList<DecoderCase> &cases)
{
    QFETCH(QString, caseName);
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QVariant, expected);
    const DecoderCase::Decoded decoded = caseNamed(cases, caseName).decode(parse(json));
    QVERIFY2(decoded.fields.contains(field), qPrintable(field));
    QCOMPARE(decoded.fields.value(field), expected);
}

} // namespace bc::testing
