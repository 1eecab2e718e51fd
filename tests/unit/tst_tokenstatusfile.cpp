// TokenStatusFile, what a profile's sign-in granted kept between bcctl runs: written and read
// back whole, the "needs sign-in" mark added without losing the accounts (or made from nothing),
// removed after a revocation, owner-only, and a damaged file reads as no status.
#include "core/auth/tokenstatusfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using bc::auth::TokenStatus;
using bc::auth::TokenStatusFile;

class TestTokenStatusFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void roundTrip();
    void markKeepsTheGrant();
    void markWithoutStatus();
    void removeIsIdempotent();
    void damagedFileIsNoStatus();

private:
    [[nodiscard]] static TokenStatus sample();
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestTokenStatusFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

TokenStatus TestTokenStatusFile::sample()
{
    TokenStatus status;
    status.profile = u"acme"_s;
    status.appId = u"7000000000000000001"_s;
    status.accounts = {u"7093123456789012345"_s, u"7604925272007232442"_s};
    status.scopeIds = {1, 4, 9};
    status.grantedAt = QDateTime(QDate(2026, 11, 25), QTime(9, 30), Qt::UTC);
    return status;
}

void TestTokenStatusFile::roundTrip()
{
    const TokenStatusFile file(m_dir->path() + u"/profiles/acme"_s);
    QVERIFY(!file.read());
    QString error;
    QVERIFY2(file.write(sample(), &error), qPrintable(error));
    const std::optional<TokenStatus> read = file.read();
    QVERIFY(read);
    QCOMPARE(*read, sample());
    QCOMPARE(QFile(file.filePath()).permissions()
                     & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
}

void TestTokenStatusFile::markKeepsTheGrant()
{
    const TokenStatusFile file(m_dir->path());
    QString error;
    QVERIFY(file.write(sample(), &error));
    QVERIFY(file.markNeedsSignIn(u"acme"_s, u"7000000000000000001"_s, &error));
    TokenStatus expected = sample();
    expected.needsSignIn = true;
    QCOMPARE(file.read().value_or(TokenStatus{}), expected);
}

void TestTokenStatusFile::markWithoutStatus()
{
    const TokenStatusFile file(m_dir->path());
    QString error;
    QVERIFY(file.markNeedsSignIn(u"acme"_s, u"7000000000000000001"_s, &error));
    const std::optional<TokenStatus> read = file.read();
    QVERIFY(read);
    QVERIFY(read->needsSignIn);
    QCOMPARE(read->profile, u"acme"_s);
    QVERIFY(read->accounts.isEmpty());
}

void TestTokenStatusFile::removeIsIdempotent()
{
    const TokenStatusFile file(m_dir->path());
    QString error;
    QVERIFY(file.remove(&error));
    QVERIFY(file.write(sample(), &error));
    QVERIFY(file.remove(&error));
    QVERIFY(!QFile::exists(file.filePath()));
    QVERIFY(!file.read());
}

void TestTokenStatusFile::damagedFileIsNoStatus()
{
    const TokenStatusFile file(m_dir->path());
    QFile raw(file.filePath());
    QVERIFY(raw.open(QIODevice::WriteOnly));
    raw.write("[1, 2");
    raw.close();
    QVERIFY(!file.read());
}

QTEST_GUILESS_MAIN(TestTokenStatusFile)
#include "tst_tokenstatusfile.moc"
