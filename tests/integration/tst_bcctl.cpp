#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

// bcctl as a script would use it: the real executable, its stdout and its exit code.
class TestBcctl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsDemoBusinessCentersAsJson();
    void listsAsCsvAndTable();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void missingTokenVariable();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run run(const QStringList &arguments);
};

TestBcctl::Run TestBcctl::run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(BCCTL_EXE), arguments);
    Run result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestBcctl::listsDemoBusinessCentersAsJson()
{
    const Run result = run({u"--format"_s, u"json"_s, u"bc"_s, u"list"_s});
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(document.isArray());
    const QJsonArray array = document.array();
    QCOMPARE(array.size(), 12);
    const QRegularExpression id(u"^7\\d{18}$"_s);
    for (const QJsonValue &value : array) {
        const QJsonObject info = value.toObject().value("bc_info"_L1).toObject();
        // Ids are strings of 19 digits, even those the emulator sent as numbers.
        QVERIFY(info.value("bc_id"_L1).isString());
        QVERIFY2(id.match(info.value("bc_id"_L1).toString()).hasMatch(),
                 qPrintable(info.value("bc_id"_L1).toString()));
        QVERIFY(!info.value("name"_L1).toString().isEmpty());
    }
    // The API's own field names are kept, including the ones the client does not model.
    QVERIFY(array.first().toObject().contains("user_role"_L1));
}

void TestBcctl::listsAsCsvAndTable()
{
    const Run csv = run({u"--format"_s, u"csv"_s, u"bc"_s, u"list"_s});
    QCOMPARE(csv.exitCode, 0);
    const QStringList lines = QString::fromUtf8(csv.out).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 13);
    QVERIFY(lines.first().startsWith(u"bc_id,name,"_s));

    const Run table = run({u"bc"_s, u"list"_s});
    QCOMPARE(table.exitCode, 0);
    QCOMPARE(QString::fromUtf8(table.out).split(u'\n', Qt::SkipEmptyParts).size(), 13);
}

void TestBcctl::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList() << u"resource and a verb"_s;
    QTest::newRow("unknown command") << QStringList{u"bc"_s, u"explode"_s} << u"Unknown command"_s;
    QTest::newRow("bad format") << QStringList{u"--format"_s, u"xml"_s, u"bc"_s, u"list"_s}
                                << u"Unknown format"_s;
    QTest::newRow("bad env") << QStringList{u"--env"_s, u"prod"_s, u"bc"_s, u"list"_s}
                             << u"Unknown environment"_s;
    QTest::newRow("http to a remote host")
            << QStringList{u"--base-url"_s, u"http://example.com/open_api/"_s, u"bc"_s, u"list"_s}
            << u"loopback"_s;
}

void TestBcctl::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    QVERIFY(result.out.isEmpty());
}

void TestBcctl::missingTokenVariable()
{
    const Run result =
            run({u"--access-token-env"_s, u"BC_TEST_SURELY_UNSET_VARIABLE"_s, u"bc"_s, u"list"_s});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("BC_TEST_SURELY_UNSET_VARIABLE"));
}

QTEST_GUILESS_MAIN(TestBcctl)
#include "tst_bcctl.moc"
