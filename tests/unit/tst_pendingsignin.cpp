// PendingSignIn, the state `bcctl auth url` leaves for `bcctl auth exchange`: only the newest
// state is accepted, once; a foreign state is a mismatch (and does not use the sign-in up), a
// used or replaced one is "reused"; the file holds hashes, never the state, and is owner-only;
// a damaged file counts as nothing pending.
#include "core/auth/pendingsignin.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using bc::auth::AuthorizationState;
using bc::auth::PendingSignIn;

class TestPendingSignIn final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void newestStateOnce();
    void foreignStateDoesNotUseItUp_data();
    void foreignStateDoesNotUseItUp();
    void replacedStateIsReused();
    void nothingStarted();
    void fileHoldsNoState();
    void damagedFileIsNothingPending();
    void withoutState();
    void usedMemoryIsBounded();

private:
    [[nodiscard]] QString folder() const { return m_dir->path() + u"/profiles/p"_s; }
    std::unique_ptr<QTemporaryDir> m_dir;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
    const QUrl m_redirect = QUrl(u"https://app.example/callback"_s);
};

void TestPendingSignIn::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestPendingSignIn::newestStateOnce()
{
    QString error;
    const QString state = AuthorizationState::generate();
    QVERIFY(PendingSignIn(folder()).begin(state, m_redirect, m_now, &error));
    // Another instance (another process) sees it.
    PendingSignIn later(folder());
    QVERIFY(later.hasPending());
    QCOMPARE(later.redirectUri(), m_redirect);
    QCOMPARE(later.startedAt(), m_now);
    QCOMPARE(later.consume(state, &error), AuthorizationState::Check::Ok);
    QVERIFY(error.isEmpty());
    QVERIFY(!later.hasPending());
    QCOMPARE(PendingSignIn(folder()).consume(state, &error), AuthorizationState::Check::Reused);
}

void TestPendingSignIn::foreignStateDoesNotUseItUp_data()
{
    QTest::addColumn<QString>("foreign");
    QTest::newRow("other") << u"someone-elses-state"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("prefix") << u"x"_s;
}

void TestPendingSignIn::foreignStateDoesNotUseItUp()
{
    QFETCH(QString, foreign);
    QString error;
    const QString state = AuthorizationState::generate();
    PendingSignIn pending(folder());
    QVERIFY(pending.begin(state, m_redirect, m_now, &error));
    QCOMPARE(pending.consume(foreign, &error), AuthorizationState::Check::Mismatch);
    QVERIFY(pending.hasPending());
    QCOMPARE(pending.consume(state, &error), AuthorizationState::Check::Ok);
}

void TestPendingSignIn::replacedStateIsReused()
{
    QString error;
    const QString older = AuthorizationState::generate();
    const QString newer = AuthorizationState::generate();
    PendingSignIn pending(folder());
    QVERIFY(pending.begin(older, m_redirect, m_now, &error));
    QVERIFY(pending.begin(newer, m_redirect, m_now.addSecs(5), &error));
    QCOMPARE(pending.consume(older, &error), AuthorizationState::Check::Reused);
    QCOMPARE(pending.startedAt(), m_now.addSecs(5));
    QCOMPARE(pending.consume(newer, &error), AuthorizationState::Check::Ok);
}

void TestPendingSignIn::nothingStarted()
{
    QString error;
    PendingSignIn pending(folder());
    QVERIFY(!pending.hasPending());
    QCOMPARE(pending.consume(u"any"_s, &error), AuthorizationState::Check::NotStarted);
    QVERIFY(error.isEmpty());
    QVERIFY(!QFile::exists(pending.filePath()));
}

void TestPendingSignIn::fileHoldsNoState()
{
    QString error;
    const QString state = AuthorizationState::generate();
    PendingSignIn pending(folder());
    QVERIFY(pending.begin(state, m_redirect, m_now, &error));
    QFile file(pending.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains(state.toUtf8()));
    QVERIFY(bytes.contains(PendingSignIn::hash(state).toUtf8()));
    QCOMPARE(PendingSignIn::hash(state).size(), 64);
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
}

void TestPendingSignIn::damagedFileIsNothingPending()
{
    QString error;
    PendingSignIn pending(folder());
    QVERIFY(pending.begin(u"s1"_s, m_redirect, m_now, &error));
    QFile file(pending.filePath());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{ not json");
    file.close();
    QVERIFY(!pending.hasPending());
    QCOMPARE(pending.consume(u"s1"_s, &error), AuthorizationState::Check::NotStarted);
    // A new sign-in writes a good file again.
    QVERIFY(pending.begin(u"s2"_s, m_redirect, m_now, &error));
    QCOMPARE(pending.consume(u"s2"_s, &error), AuthorizationState::Check::Ok);
}

void TestPendingSignIn::withoutState()
{
    QString error;
    PendingSignIn pending(folder());
    QCOMPARE(pending.consumeWithoutState(&error), AuthorizationState::Check::NotStarted);
    QVERIFY(pending.begin(u"s1"_s, m_redirect, m_now, &error));
    QCOMPARE(pending.consumeWithoutState(&error), AuthorizationState::Check::Ok);
    QCOMPARE(pending.consumeWithoutState(&error), AuthorizationState::Check::NotStarted);
    QCOMPARE(pending.consume(u"s1"_s, &error), AuthorizationState::Check::Reused);
}

void TestPendingSignIn::usedMemoryIsBounded()
{
    QString error;
    PendingSignIn pending(folder());
    for (int i = 0; i < PendingSignIn::usedMemory + 5; ++i)
        QVERIFY(pending.begin(u"state-%1"_s.arg(i), m_redirect, m_now, &error));
    // The most recent replaced ones are remembered; the oldest fell out (now just "mismatch").
    QCOMPARE(pending.consume(u"state-%1"_s.arg(PendingSignIn::usedMemory + 3), &error),
             AuthorizationState::Check::Reused);
    QCOMPARE(pending.consume(u"state-0"_s, &error), AuthorizationState::Check::Mismatch);
    QFile file(pending.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.size() < 8 * 1024);
}

QTEST_GUILESS_MAIN(TestPendingSignIn)
#include "tst_pendingsignin.moc"
