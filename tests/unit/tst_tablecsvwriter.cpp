#include "core/store/mirrorstore.h"
#include "models/mirrorcolumnset.h"
#include "models/mirrortablemodel.h"
#include "models/roles.h"
#include "models/tablecsvwriter.h"
#include "models/typedfilterproxymodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

using namespace Qt::StringLiterals;
using bc::models::CsvColumn;
using bc::models::TableCsvWriter;

namespace {

// A strict RFC 4180 reader: quoted fields may hold commas, quotes ("") and line breaks.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

QString readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

class TestTableCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void quotesOnlyWhatNeedsIt_data();
    void quotesOnlyWhatNeedsIt();
    void plainDecimals_data();
    void plainDecimals();
    void roundTripsAwkwardTextAsUtf8();
    void writesAModelWithMoneyAndIds();
    void mirrorColumnsKeepTheCurrency();
    void failsOnAnUnwritablePathAndKeepsTheOldFile();
};

void TestTableCsvWriter::quotesOnlyWhatNeedsIt_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"Café Berlin"_s << u"Café Berlin"_s;
    QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
    QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("newline") << u"line1\nline2"_s << u"\"line1\nline2\""_s;
    QTest::newRow("carriage return") << u"a\rb"_s << u"\"a\rb\""_s;
    QTest::newRow("leading space") << u" x"_s << u"\" x\""_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestTableCsvWriter::quotesOnlyWhatNeedsIt()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QCOMPARE(TableCsvWriter::quoted(field), expected);
}

void TestTableCsvWriter::plainDecimals_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << qint64(0) << u"0.00"_s;
    QTest::newRow("cents") << qint64(5) << u"0.05"_s;
    QTest::newRow("negative cents") << qint64(-5) << u"-0.05"_s;
    QTest::newRow("thousands, no separator") << qint64(123456789) << u"1234567.89"_s;
    QTest::newRow("beyond a double's exact range")
            << qint64(9007199254740993) << u"90071992547409.93"_s;
}

void TestTableCsvWriter::plainDecimals()
{
    QFETCH(qint64, minor);
    QFETCH(QString, expected);
    QCOMPARE(TableCsvWriter::plainDecimal(minor), expected);
}

void TestTableCsvWriter::roundTripsAwkwardTextAsUtf8()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"rows.csv"_s);
    const QStringList header = {u"Name"_s, u"Note"_s, u"ID"_s};
    const QList<QStringList> rows = {
            {u"広告 Tokyo"_s, u"comma, and \"quotes\""_s, u"7093000000000004417"_s},
            {u"Ünited Café"_s, u"two\nlines"_s, u"7093000000000005521"_s},
            {u""_s, u"ends with space "_s, u"1"_s},
    };
    QString error;
    QVERIFY2(TableCsvWriter::write(path, header, rows, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("Name,Note,ID\r\n"));       // no BOM, CRLF
    QVERIFY(bytes.contains("\xe5\xba\x83\xe5\x91\x8a")); // 広告 in UTF-8
    const QList<QStringList> parsed = parseCsv(QString::fromUtf8(bytes));
    QCOMPARE(parsed.size(), 4);
    QCOMPARE(parsed.at(0), header);
    for (int i = 0; i < rows.size(); ++i)
        QCOMPARE(parsed.at(i + 1), rows.at(i));
}

void TestTableCsvWriter::writesAModelWithMoneyAndIds()
{
    // A plain model: money in SortRole as minor units.
    QStandardItemModel model(2, 3);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHorizontalHeaderLabels({u"ID"_s, u"Amount"_s, u"Currency"_s});
    const QList<std::tuple<QString, qint64, QString>> rows = {
            {u"7000000000000000001"_s, 123450, u"EUR"_s},
            {u"7000000000000000002"_s, -99, u"JPY"_s}};
    for (int row = 0; row < rows.size(); ++row) {
        model.setData(model.index(row, 0), std::get<0>(rows.at(row)));
        model.setData(model.index(row, 1), u"1,234.50 EUR"_s);
        model.setData(model.index(row, 1), std::get<1>(rows.at(row)), bc::models::SortRole);
        model.setData(model.index(row, 2), std::get<2>(rows.at(row)));
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(u"model.csv"_s);
    QString error;
    QVERIFY2(TableCsvWriter::write(path, model,
                                   {{0, u"ID"_s, CsvColumn::Kind::Id},
                                    {1, u"Amount"_s, CsvColumn::Kind::Money},
                                    {2, u"Currency"_s, CsvColumn::Kind::Text}},
                                   &error),
             qPrintable(error));
    const QList<QStringList> parsed = parseCsv(readAll(path));
    QCOMPARE(parsed.size(), 3);
    QCOMPARE(parsed.at(1), (QStringList{u"7000000000000000001"_s, u"1234.50"_s, u"EUR"_s}));
    QCOMPARE(parsed.at(2), (QStringList{u"7000000000000000002"_s, u"-0.99"_s, u"JPY"_s}));
}

void TestTableCsvWriter::mirrorColumnsKeepTheCurrency()
{
    using namespace bc::store;
    QTemporaryDir dir;
    StoreError error;
    auto store =
            MirrorStore::open(StoreLocation::sqliteFile(dir.filePath(u"m.sqlite"_s)),
                              {u"test"_s, u"demo"_s, u"https://demo.invalid/open_api/"_s}, &error);
    QVERIFY2(store, qPrintable(error.describe()));
    ListWrite write;
    write.list = MirrorList::Invoices;
    write.bcId = u"7000000000000000042"_s;
    write.complete = true;
    write.rows = {QJsonObject{{u"invoice_id"_s, u"8000000000000000001"_s},
                              {u"serial_number"_s, u"INV-1"_s},
                              {u"invoice_title"_s, u"March, \"ads\""_s},
                              {u"currency_code"_s, u"EUR"_s},
                              {u"amount"_s, u"1234.56"_s},
                              {u"unpaid_amount"_s, u"0.00"_s},
                              {u"send_date"_s, u"2026-03-01"_s}}};
    QVERIFY(!store->write(write).error.isError());
    bc::models::MirrorTableModel model(*store, MirrorList::Invoices, write.bcId, std::nullopt,
                                       bc::models::MirrorColumnSet::forList(MirrorList::Invoices));
    bc::models::TypedFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QSignalSpy loaded(&model, &bc::models::MirrorTableModel::loaded);
    model.load();
    QVERIFY(loaded.wait());

    using namespace bc::models::InvoiceColumns;
    // The currency column is hidden; the export keeps it next to the amount.
    const QList<CsvColumn> columns = TableCsvWriter::columnsFor(proxy, {Id, Title, Amount});
    QCOMPARE(columns.size(), 4);
    QCOMPARE(columns.at(2).kind, CsvColumn::Kind::Money);
    QCOMPARE(columns.at(3).column, int(Currency));
    QCOMPARE(columns.at(0).kind, CsvColumn::Kind::Id);
    const QString path = dir.filePath(u"invoices.csv"_s);
    QString message;
    QVERIFY2(TableCsvWriter::write(path, proxy, columns, &message), qPrintable(message));
    const QList<QStringList> parsed = parseCsv(readAll(path));
    QCOMPARE(parsed.size(), 2);
    QCOMPARE(parsed.at(0), (QStringList{u"Invoice ID"_s, u"Title"_s, u"Amount"_s, u"Currency"_s}));
    QCOMPARE(parsed.at(1),
             (QStringList{u"8000000000000000001"_s, u"March, \"ads\""_s, u"1234.56"_s, u"EUR"_s}));
}

void TestTableCsvWriter::failsOnAnUnwritablePathAndKeepsTheOldFile()
{
    QTemporaryDir dir;
    // A folder under a regular file cannot exist, whoever runs the test.
    const QString blocker = dir.filePath(u"file"_s);
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
    }
    QString error;
    QVERIFY(!TableCsvWriter::write(blocker + u"/out.csv"_s, {u"a"_s}, {{u"1"_s}}, &error));
    QVERIFY2(error.contains(u"out.csv"_s), qPrintable(error));
    QCOMPARE(readAll(blocker), u"keep me"_s);
}

QTEST_GUILESS_MAIN(TestTableCsvWriter)
#include "tst_tablecsvwriter.moc"
