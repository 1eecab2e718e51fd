#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The real bcconsole executable, started the way the README and the docs use it.
class TestBcconsole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void screenshotOfTheDemo();
    void badArgumentsExitWithTwo_data();
    void badArgumentsExitWithTwo();
};

void TestBcconsole::screenshotOfTheDemo()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString png = dir.filePath(u"shot.png"_s);
    QProcess process;
    process.start(QStringLiteral(BCCONSOLE_EXE),
                  {u"--screenshot"_s, png, u"--data-dir"_s, dir.filePath(u"data"_s)});
    QVERIFY(process.waitForFinished(90000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    const QImage image(png);
    QVERIFY(!image.isNull());
    // The session kept what it loaded in the demo profile's mirror, inside --data-dir.
    QVERIFY(QFileInfo::exists(dir.filePath(u"data/profiles/demo/mirror.sqlite"_s)));
    QVERIFY(image.width() >= 800);
    QVERIFY(image.height() >= 500);
    // The demo banner's blue is on the picture, near the top.
    bool sawBannerBlue = false;
    for (int y = 0; y < image.height() / 4 && !sawBannerBlue; ++y) {
        const QColor pixel = image.pixelColor(image.width() / 2 + 200, y);
        sawBannerBlue =
                pixel.blue() > 150 && pixel.red() < 60 && pixel.green() > 70 && pixel.green() < 120;
    }
    QVERIFY(sawBannerBlue);
}

void TestBcconsole::badArgumentsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown environment") << QStringList{u"--env"_s, u"staging"_s};
    QTest::newRow("http to a remote host")
            << QStringList{u"--base-url"_s, u"http://example.com/open_api/"_s};
    QTest::newRow("unknown option") << QStringList{u"--no-such-option"_s};
}

void TestBcconsole::badArgumentsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    process.start(QStringLiteral(BCCONSOLE_EXE), arguments);
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(!process.readAllStandardError().isEmpty());
}

QTEST_GUILESS_MAIN(TestBcconsole)
#include "tst_bcconsole.moc"
