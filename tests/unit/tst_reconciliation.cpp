// Reconciliation of invoices against the mirror's transactions, and the CSV files written from
// the mirror (reconciliation and full invoice list): a store holding hand-made rows, each case
// built to land on one flag, sums checked to the cent, and RFC 4180 quoting.
#include "core/domain/amount.h"
#include "core/store/csvfile.h"
#include "core/store/invoicecsvexport.h"
#include "core/store/mirrorstore.h"
#include "core/store/reconciliation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace bc::store;

namespace {

const QString kBc = u"7093000000000000001"_s;
const StoreIdentity kIdentity{u"Finance"_s, u"demo"_s, u"http://127.0.0.1:1/open_api/"_s};

QJsonObject invoice(const QString &id, const QString &serial, const QJsonValue &amount,
                    const QString &payStatus, const QString &sendDate,
                    const QString &currency = u"EUR"_s)
{
    return {{u"invoice_id"_s, id},
            {u"serial_number"_s, serial},
            {u"invoice_type"_s, u"RECON"_s},
            {u"status"_s, u"APPROVED"_s},
            {u"pay_status"_s, payStatus},
            {u"currency_code"_s, currency},
            {u"amount"_s, amount},
            {u"unpaid_amount"_s, payStatus == u"PAID"_s ? QJsonValue(0) : amount},
            {u"send_date"_s, sendDate},
            {u"billing_group_id"_s, u"7200000000000000001"_s}};
}

// /bc/transaction/get/: amounts signed from the BC's side.
QJsonObject bcTransaction(const QString &date, const QJsonValue &amount, const QString &invoiceId,
                          const QString &serial = {}, const QString &currency = u"EUR"_s)
{
    QJsonObject row{{u"date"_s, date},
                    {u"amount"_s, amount},
                    {u"currency"_s, currency},
                    {u"funds_type"_s, u"FUNDS_TYPE_CASH"_s},
                    {u"timezone"_s, u"Etc/GMT"_s}};
    row.insert(u"invoice_id"_s, invoiceId.isEmpty() ? QJsonValue() : QJsonValue(invoiceId));
    row.insert(u"invoice_serial_number"_s, serial.isEmpty() ? QJsonValue() : QJsonValue(serial));
    return row;
}

// /bc/account/transaction/get/: magnitudes with amount_type.
QJsonObject accountTransaction(const QString &id, const QJsonValue &amount, const QString &type,
                               const QString &invoiceId, const QString &serial = {},
                               const QString &currency = u"EUR"_s)
{
    QJsonObject row{{u"transaction_id"_s, id}, {u"account_id"_s, u"7100000000000000001"_s},
                    {u"amount"_s, amount},     {u"amount_type"_s, type},
                    {u"currency"_s, currency}, {u"transaction_type"_s, u"DECREASE_BALANCE"_s}};
    row.insert(u"invoice_id"_s, invoiceId.isEmpty() ? QJsonValue() : QJsonValue(invoiceId));
    row.insert(u"serial_number"_s, serial.isEmpty() ? QJsonValue() : QJsonValue(serial));
    return row;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestReconciliation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void flags_data();
    void flags();
    void sumsAreExact();
    void idWinsOverSerial();
    void duplicateSerialLinksNothing();
    void currencyMismatchIsLeftOutOfTheSums();
    void rowsOrderedBySendDate();
    void csvHasHeaderAndExactAmounts();
    void csvQuoting_data();
    void csvQuoting();
    void csvSaveReplacesWhole();
    void invoiceExportHasEveryField();

private:
    void put(MirrorList list, const QList<QJsonObject> &rows);
    [[nodiscard]] QList<ReconciliationRow> reconcileMirror();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MirrorStore> m_store;
};

void TestReconciliation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestReconciliation::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    StoreError error;
    m_store = MirrorStore::open(StoreLocation::sqliteFile(m_dir->filePath(u"mirror.sqlite"_s)),
                                kIdentity, &error);
    QVERIFY2(m_store, qPrintable(error.describe()));
}

void TestReconciliation::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestReconciliation::put(MirrorList list, const QList<QJsonObject> &rows)
{
    ListWrite write;
    write.list = list;
    write.bcId = kBc;
    write.rows = rows;
    write.complete = true;
    const ListWriteResult result = m_store->write(write);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.describe()));
    QCOMPARE(result.upserted, rows.size());
}

QList<ReconciliationRow> TestReconciliation::reconcileMirror()
{
    StoreError error;
    const QList<ReconciliationRow> rows = Reconciliation::fromMirror(*m_store, kBc, &error);
    if (error.isError())
        qWarning("fromMirror: %s", qPrintable(error.describe()));
    return rows;
}

void TestReconciliation::flags_data()
{
    QTest::addColumn<QJsonObject>("invoiceRow");
    QTest::addColumn<QList<QJsonObject>>("bcRows");
    QTest::addColumn<QList<QJsonObject>>("accountRows");
    QTest::addColumn<QString>("flag");
    QTest::addColumn<QString>("charged");
    QTest::addColumn<qint64>("paid");
    QTest::addColumn<qint64>("unpaid");

    const QString id = u"9100000000000000001"_s;
    const QString serial = u"TTDE20261100001"_s;
    QTest::newRow("matching")
            << invoice(id, serial, 119.00, u"PAID"_s, u"2026-10-01 00:00:00"_s)
            << QList<QJsonObject>{bcTransaction(u"2026-10-05 10:00:00"_s, 119.00, id, serial)}
            << QList<QJsonObject>{accountTransaction(u"1"_s, 100.00, u"NEGATIVE"_s, id),
                                  accountTransaction(u"2"_s, 19.00, u"NEGATIVE"_s, id)}
            << u"OK"_s << u"119.00"_s << qint64(11900) << qint64(0);
    QTest::newRow("charged differs")
            << invoice(id, serial, 119.00, u"PAID"_s, u"2026-10-01 00:00:00"_s)
            << QList<QJsonObject>{bcTransaction(u"2026-10-05 10:00:00"_s, 119.00, id)}
            << QList<QJsonObject>{accountTransaction(u"1"_s, 120.00, u"NEGATIVE"_s, id),
                                  accountTransaction(u"2"_s, 0.99, u"POSITIVE"_s, id)}
            << u"CHARGED_DIFFERS"_s << u"119.01"_s << qint64(11900) << qint64(0);
    QTest::newRow("partly paid")
            << invoice(id, serial, 119.00, u"PARTIAL_PAID"_s, u"2026-10-01 00:00:00"_s)
            << QList<QJsonObject>{bcTransaction(u"2026-10-05 10:00:00"_s, 50.10, id)}
            << QList<QJsonObject>{} << u"UNPAID"_s << QString() << qint64(5010) << qint64(6890);
    QTest::newRow("unpaid, nothing linked")
            << invoice(id, serial, 119.00, u"UNPAID"_s, u"2026-10-01 00:00:00"_s)
            << QList<QJsonObject>{} << QList<QJsonObject>{} << u"UNPAID"_s << QString() << qint64(0)
            << qint64(11900);
    QTest::newRow("paid, no transactions")
            << invoice(id, serial, 119.00, u"PAID"_s, u"2026-10-01 00:00:00"_s)
            << QList<QJsonObject>{bcTransaction(u"2026-10-05 10:00:00"_s, 119.00,
                                                u"9100000000000000999"_s)}
            << QList<QJsonObject>{} << u"NO_TRANSACTIONS"_s << QString() << qint64(0)
            << qint64(11900);
    QTest::newRow("currency mismatch")
            << invoice(id, serial, 119.00, u"PAID"_s, u"2026-10-01 00:00:00"_s)
            << QList<QJsonObject>{bcTransaction(u"2026-10-05 10:00:00"_s, 119.00, id, {}, u"USD"_s)}
            << QList<QJsonObject>{} << u"CURRENCY_MISMATCH"_s << QString() << qint64(0)
            << qint64(11900);
    QTest::newRow("overpaid")
            << invoice(id, serial, 119.00, u"PAID"_s, u"2026-10-01 00:00:00"_s)
            << QList<QJsonObject>{bcTransaction(u"2026-10-05 10:00:00"_s, 100.00, id),
                                  bcTransaction(u"2026-10-06 10:00:00"_s, 20.00, id)}
            << QList<QJsonObject>{} << u"OVERPAID"_s << QString() << qint64(12000) << qint64(-100);
    QJsonObject correction = invoice(id, serial, -30.00, u"NO_NEED"_s, u"2026-10-01 00:00:00"_s);
    QTest::newRow("correction, nothing to pay")
            << correction << QList<QJsonObject>{} << QList<QJsonObject>{} << u"OK"_s << QString()
            << qint64(0) << qint64(0);
    // The BC's side signs a payment either way; the magnitude is what was paid.
    QTest::newRow("negative payment sign")
            << invoice(id, serial, 10.00, u"PAID"_s, u"2026-10-01 00:00:00"_s)
            << QList<QJsonObject>{bcTransaction(u"2026-10-05 10:00:00"_s, u"-10.00"_s, id)}
            << QList<QJsonObject>{} << u"OK"_s << QString() << qint64(1000) << qint64(0);
    QTest::newRow("linked by serial only")
            << invoice(id, serial, 10.00, u"PAID"_s, u"2026-10-01 00:00:00"_s)
            << QList<QJsonObject>{bcTransaction(u"2026-10-05 10:00:00"_s, 10.00, {}, serial)}
            << QList<QJsonObject>{accountTransaction(u"1"_s, 10.00, u"NEGATIVE"_s, {}, serial)}
            << u"OK"_s << u"10.00"_s << qint64(1000) << qint64(0);
}

void TestReconciliation::flags()
{
    QFETCH(QJsonObject, invoiceRow);
    QFETCH(QList<QJsonObject>, bcRows);
    QFETCH(QList<QJsonObject>, accountRows);
    QFETCH(QString, flag);
    QFETCH(QString, charged);
    QFETCH(qint64, paid);
    QFETCH(qint64, unpaid);

    put(MirrorList::Invoices, {invoiceRow});
    if (!bcRows.isEmpty())
        put(MirrorList::BcTransactions, bcRows);
    if (!accountRows.isEmpty())
        put(MirrorList::AccountTransactions, accountRows);
    const QList<ReconciliationRow> rows = reconcileMirror();
    QCOMPARE(rows.size(), 1);
    const ReconciliationRow &row = rows.first();
    QCOMPARE(reconciliationFlagKey(row.flag), flag);
    QCOMPARE(row.charged ? bc::domain::Amount::fromMinorUnits(*row.charged).toString() : QString(),
             charged);
    QCOMPARE(row.paid, paid);
    QCOMPARE(row.unpaid, unpaid);
    QCOMPARE(row.invoiceId, invoiceRow.value(u"invoice_id"_s).toString());
    QCOMPARE(Reconciliation::disagreements(rows), flag == u"OK"_s ? 0 : 1);
}

void TestReconciliation::sumsAreExact()
{
    // 0.1 + 0.2 a thousand times: a double would drift, minor units do not.
    const QString id = u"9100000000000000001"_s;
    put(MirrorList::Invoices, {invoice(id, u"S1"_s, 300.00, u"PAID"_s, u"2026-10-01"_s)});
    QList<QJsonObject> charges;
    for (int i = 0; i < 1000; ++i)
        charges.append(
                accountTransaction(QString::number(i + 1), i % 2 ? 0.1 : 0.2, u"NEGATIVE"_s, id));
    // Rows of BC transactions are told apart by their fields; make each unique by date+amount.
    QList<QJsonObject> unique;
    for (int i = 0; i < 1000; ++i) {
        QJsonObject row = bcTransaction(u"2026-10-01 10:%1:%2"_s.arg(i / 60, 2, 10, QChar(u'0'))
                                                .arg(i % 60, 2, 10, QChar(u'0')),
                                        i % 2 ? 0.1 : 0.2, id);
        unique.append(row);
    }
    put(MirrorList::BcTransactions, unique);
    put(MirrorList::AccountTransactions, charges);
    const QList<ReconciliationRow> rows = reconcileMirror();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().paid, qint64(15000));
    QCOMPARE(rows.first().charged, std::optional<qint64>(15000));
    QCOMPARE(rows.first().unpaid, qint64(15000));
    QCOMPARE(rows.first().bcTransactions, 1000);
    QCOMPARE(rows.first().accountTransactions, 1000);
    QCOMPARE(reconciliationFlagKey(rows.first().flag), u"CHARGED_DIFFERS"_s);
}

void TestReconciliation::idWinsOverSerial()
{
    const QString a = u"9100000000000000001"_s;
    const QString b = u"9100000000000000002"_s;
    put(MirrorList::Invoices, {invoice(a, u"SA"_s, 10.00, u"PAID"_s, u"2026-10-01"_s),
                               invoice(b, u"SB"_s, 20.00, u"PAID"_s, u"2026-10-02"_s)});
    // The id says b, the serial says a: it belongs to b.
    put(MirrorList::BcTransactions, {bcTransaction(u"2026-10-05 10:00:00"_s, 20.00, b, u"SA"_s)});
    const QList<ReconciliationRow> rows = reconcileMirror();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).invoiceId, a);
    QCOMPARE(rows.at(0).paid, qint64(0));
    QCOMPARE(reconciliationFlagKey(rows.at(0).flag), u"NO_TRANSACTIONS"_s);
    QCOMPARE(rows.at(1).invoiceId, b);
    QCOMPARE(rows.at(1).paid, qint64(2000));
    QCOMPARE(reconciliationFlagKey(rows.at(1).flag), u"OK"_s);
}

void TestReconciliation::duplicateSerialLinksNothing()
{
    const QString a = u"9100000000000000001"_s;
    const QString b = u"9100000000000000002"_s;
    put(MirrorList::Invoices, {invoice(a, u"SAME"_s, 10.00, u"UNPAID"_s, u"2026-10-01"_s),
                               invoice(b, u"SAME"_s, 10.00, u"UNPAID"_s, u"2026-10-02"_s)});
    put(MirrorList::BcTransactions,
        {bcTransaction(u"2026-10-05 10:00:00"_s, 10.00, {}, u"SAME"_s)});
    const QList<ReconciliationRow> rows = reconcileMirror();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).paid + rows.at(1).paid, qint64(0));
}

void TestReconciliation::currencyMismatchIsLeftOutOfTheSums()
{
    const QString id = u"9100000000000000001"_s;
    put(MirrorList::Invoices, {invoice(id, u"S"_s, 100.00, u"PAID"_s, u"2026-10-01"_s)});
    put(MirrorList::BcTransactions,
        {bcTransaction(u"2026-10-05 10:00:00"_s, 60.00, id),
         bcTransaction(u"2026-10-06 10:00:00"_s, 40.00, id, {}, u"USD"_s)});
    const QList<ReconciliationRow> rows = reconcileMirror();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().paid, qint64(6000));
    QCOMPARE(rows.first().bcTransactions, 1);
    QCOMPARE(rows.first().otherCurrency, 1);
    QCOMPARE(reconciliationFlagKey(rows.first().flag), u"CURRENCY_MISMATCH"_s);
}

void TestReconciliation::rowsOrderedBySendDate()
{
    put(MirrorList::Invoices,
        {invoice(u"30"_s, u"C"_s, 1, u"UNPAID"_s, u"2026-09-01 00:00:00"_s),
         invoice(u"200"_s, u"B"_s, 1, u"UNPAID"_s, u"2026-08-01 00:00:00"_s),
         invoice(u"100"_s, u"A"_s, 1, u"UNPAID"_s, u"2026-09-01 00:00:00"_s)});
    const QList<ReconciliationRow> rows = reconcileMirror();
    QStringList ids;
    for (const ReconciliationRow &row : rows)
        ids.append(row.invoiceId);
    QCOMPARE(ids, (QStringList{u"200"_s, u"30"_s, u"100"_s}));
}

void TestReconciliation::csvHasHeaderAndExactAmounts()
{
    const QString id = u"9100000000000000001"_s;
    put(MirrorList::Invoices, {invoice(id, u"TT, \"Q\""_s, u"1234567.89"_s, u"PARTIAL_PAID"_s,
                                       u"2026-10-01 00:00:00"_s)});
    put(MirrorList::BcTransactions, {bcTransaction(u"2026-10-05 10:00:00"_s, 0.01, id)});
    const QList<ReconciliationRow> rows = reconcileMirror();
    const CsvFile csv = Reconciliation::csv(rows);
    QCOMPARE(csv.rowCount(), 2);
    const QList<QByteArray> lines = csv.bytes().split('\n');
    QCOMPARE(lines.size(), 3); // two lines and the empty rest after the last CRLF
    QCOMPARE(lines.at(0),
             "invoice_id,serial_number,invoice_type,status,pay_status,currency,send_date,"
             "billing_group_id,invoiced_amount,charged_amount,paid_amount,unpaid_amount,"
             "api_unpaid_amount,account_transactions,bc_transactions,flag\r");
    QCOMPARE(lines.at(1),
             "9100000000000000001,\"TT, \"\"Q\"\"\",RECON,APPROVED,PARTIAL_PAID,EUR,2026-10-01 "
             "00:00:00,7200000000000000001,1234567.89,,0.01,1234567.88,1234567.89,0,1,UNPAID\r");
    QVERIFY(lines.at(2).isEmpty());
}

void TestReconciliation::csvQuoting_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"abc"_s << u"abc"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
    QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("newline") << u"a\nb"_s << u"\"a\nb\""_s;
    QTest::newRow("carriage return") << u"a\rb"_s << u"\"a\rb\""_s;
    QTest::newRow("leading space") << u" a"_s << u"\" a\""_s;
    QTest::newRow("unicode") << u"Müller 株式会社"_s << u"Müller 株式会社"_s;
}

void TestReconciliation::csvQuoting()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QCOMPARE(CsvFile::quoted(field), expected);
    CsvFile file;
    file.addRow({field, u"x"_s});
    QCOMPARE(QString::fromUtf8(file.bytes()), expected + u",x\r\n"_s);
}

void TestReconciliation::csvSaveReplacesWhole()
{
    const QString path = m_dir->filePath(u"out.csv"_s);
    CsvFile first;
    first.addRow({u"a"_s});
    QString error;
    QVERIFY(first.save(path, &error));
    QCOMPARE(readAll(path), QByteArray("a\r\n"));
    CsvFile second;
    second.addRow({u"b"_s, u"ü"_s});
    QVERIFY(second.save(path, &error));
    QCOMPARE(readAll(path), QByteArray("b,\xc3\xbc\r\n"));
    // A folder that does not exist: an error, nothing written.
    QVERIFY(!second.save(m_dir->filePath(u"missing/out.csv"_s), &error));
    QVERIFY(error.contains(u"missing"_s));
}

void TestReconciliation::invoiceExportHasEveryField()
{
    QJsonObject full = invoice(u"9100000000000000001"_s, u"TT1"_s, 119.00, u"PAID"_s,
                               u"2026-10-01 00:00:00"_s);
    full.insert(u"subject_id"_s, QJsonValue(qint64(7000000000000000123)));
    full.insert(u"tax_rate1"_s, 0.19);
    full.insert(u"tax_amount1"_s, 19.00);
    full.insert(u"entity_serials"_s, QJsonArray{u"E1"_s, u"E2"_s});
    full.insert(u"negative_invoice_ids"_s,
                QJsonArray{QJsonObject{{u"invoice_id"_s, u"9100000000000000002"_s},
                                       {u"serial_number"_s, u"TT2"_s}}});
    full.insert(u"emails"_s, QJsonArray{u"billing@example.com"_s});
    full.insert(u"address"_s, u"1 Main St, Berlin"_s);
    full.insert(u"zz_new_field"_s, u"later"_s);
    put(MirrorList::Invoices, {full});

    StoreError error;
    const QList<MirrorRow> rows = InvoiceCsvExport::invoices(*m_store, kBc, &error);
    QVERIFY(!error.isError());
    const QStringList columns = InvoiceCsvExport::columns(rows);
    QCOMPARE(columns.size(), InvoiceCsvExport::documentedColumns().size() + 1);
    QCOMPARE(columns.last(), u"zz_new_field"_s);
    // Every key of the row has a column.
    for (auto it = full.constBegin(); it != full.constEnd(); ++it)
        QVERIFY2(columns.contains(it.key()), qPrintable(it.key()));

    const QStringList expected{u"subject_id=7000000000000000123"_s,
                               u"tax_rate1=0.19"_s,
                               u"tax_amount1=19.00"_s,
                               u"amount=119.00"_s,
                               u"entity_serials=E1; E2"_s,
                               u"negative_invoice_ids=9100000000000000002 TT2"_s,
                               u"emails=billing@example.com"_s,
                               u"tax_type2="_s};
    for (const QString &pair : expected) {
        const QString column = pair.section(u'=', 0, 0);
        QCOMPARE(InvoiceCsvExport::field(full, column), pair.section(u'=', 1));
    }
    const CsvFile csv = InvoiceCsvExport::csv(rows);
    QCOMPARE(csv.rowCount(), 2);
    QVERIFY(csv.bytes().contains("\"1 Main St, Berlin\""));
}

QTEST_GUILESS_MAIN(TestReconciliation)
#include "tst_reconciliation.moc"
