// SessionTokenVault: secrets in memory for one run, keyed by profile, app and kind; answers
// arrive later (like the keychain's); logout and removal scrub the values. SecretScrubber and
// SecretKey on their own.
#include "core/auth/secretkey.h"
#include "core/auth/secretscrubber.h"
#include "core/auth/sessiontokenvault.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace bc::auth;

namespace {

// Waits for one vault answer without sleeping.
class Answer
{
public:
    [[nodiscard]] VaultHandler handler()
    {
        m_result.reset();
        return [this](const VaultResult &result) { m_result = result; };
    }
    [[nodiscard]] bool wait()
    {
        return QTest::qWaitFor([this] { return m_result.has_value(); }, 5000);
    }
    [[nodiscard]] bool arrived() const { return m_result.has_value(); }
    [[nodiscard]] const VaultResult &result() const { return *m_result; }

private:
    std::optional<VaultResult> m_result;
};

} // namespace

class TestSessionTokenVault final : public QObject
{
    Q_OBJECT

private slots:
    void storeReadRemove_data();
    void storeReadRemove();
    void answersAreNeverSynchronous();
    void keysSeparateProfilesAppsAndKinds();
    void replaceKeepsOneEntry();
    void logoutRemovesOnlyThatProfile();
    void noHandlerAfterContextIsGone();
    void readGivesAnIndependentCopy();
    void scrubberOverwritesOwnedBuffers();
    void scrubberLeavesSharedBuffers();
    void entryNames_data();
    void entryNames();
    void kindNamesRoundTrip();
};

void TestSessionTokenVault::storeReadRemove_data()
{
    QTest::addColumn<SecretKind>("kind");
    QTest::addColumn<QString>("secret");
    QTest::newRow("app secret") << SecretKind::AppSecret << u"fake-app-secret-1"_s;
    QTest::newRow("advertiser token")
            << SecretKind::AdvertiserAccessToken << u"fake-advertiser-token-1"_s;
    QTest::newRow("tt_user access") << SecretKind::TtUserAccessToken << u"fake-tt-access-1"_s;
    QTest::newRow("tt_user refresh")
            << SecretKind::TtUserRefreshToken << u"fake-tt-refresh-\u00e9\u4e2d-1"_s;
}

void TestSessionTokenVault::storeReadRemove()
{
    QFETCH(SecretKind, kind);
    QFETCH(QString, secret);
    SessionTokenVault vault;
    QVERIFY(vault.available());
    QVERIFY(!vault.persistent());
    const SecretKey key{u"sandbox"_s, u"7000000001"_s, kind};
    Answer answer;

    vault.read(key, this, answer.handler());
    QVERIFY(answer.wait());
    QCOMPARE(answer.result().status, VaultResult::Status::NotFound);
    QVERIFY(!answer.result().message.isEmpty());

    vault.store(key, secret, this, answer.handler());
    QVERIFY(answer.wait());
    QVERIFY(answer.result().ok());
    QVERIFY(vault.contains(key));

    vault.read(key, this, answer.handler());
    QVERIFY(answer.wait());
    QVERIFY(answer.result().ok());
    QCOMPARE(answer.result().secret, secret);

    vault.remove(key, this, answer.handler());
    QVERIFY(answer.wait());
    QVERIFY(answer.result().ok());
    QVERIFY(!vault.contains(key));
    vault.read(key, this, answer.handler());
    QVERIFY(answer.wait());
    QCOMPARE(answer.result().status, VaultResult::Status::NotFound);

    // Removing what is not there is fine.
    vault.remove(key, this, answer.handler());
    QVERIFY(answer.wait());
    QVERIFY(answer.result().ok());
}

void TestSessionTokenVault::answersAreNeverSynchronous()
{
    SessionTokenVault vault;
    const SecretKey key{u"p"_s, u"1"_s, SecretKind::AppSecret};
    Answer answer;
    vault.store(key, u"fake-app-secret-sync"_s, this, answer.handler());
    QVERIFY(!answer.arrived());
    QVERIFY(answer.wait());
    vault.read(key, this, answer.handler());
    QVERIFY(!answer.arrived());
    QVERIFY(answer.wait());
    QCOMPARE(answer.result().secret, u"fake-app-secret-sync"_s);
}

void TestSessionTokenVault::keysSeparateProfilesAppsAndKinds()
{
    SessionTokenVault vault;
    const QList<SecretKey> keys = {
            {u"sandbox"_s, u"1"_s, SecretKind::AdvertiserAccessToken},
            {u"production"_s, u"1"_s, SecretKind::AdvertiserAccessToken},
            {u"sandbox"_s, u"2"_s, SecretKind::AdvertiserAccessToken},
            {u"sandbox"_s, u"1"_s, SecretKind::TtUserAccessToken},
            // A profile name that looks like an entry name must not collide with one.
            {u"sandbox/1"_s, u""_s, SecretKind::AdvertiserAccessToken},
    };
    Answer answer;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        vault.store(keys.at(i), u"fake-token-%1"_s.arg(i), this, answer.handler());
        QVERIFY(answer.wait());
    }
    QCOMPARE(vault.size(), keys.size());
    for (qsizetype i = 0; i < keys.size(); ++i) {
        vault.read(keys.at(i), this, answer.handler());
        QVERIFY(answer.wait());
        QCOMPARE(answer.result().secret, u"fake-token-%1"_s.arg(i));
    }
}

void TestSessionTokenVault::replaceKeepsOneEntry()
{
    SessionTokenVault vault;
    const SecretKey key{u"p"_s, u"1"_s, SecretKind::TtUserRefreshToken};
    Answer answer;
    vault.store(key, u"fake-refresh-old"_s, this, answer.handler());
    QVERIFY(answer.wait());
    vault.store(key, u"fake-refresh-new"_s, this, answer.handler());
    QVERIFY(answer.wait());
    QCOMPARE(vault.size(), 1);
    vault.read(key, this, answer.handler());
    QVERIFY(answer.wait());
    QCOMPARE(answer.result().secret, u"fake-refresh-new"_s);
}

void TestSessionTokenVault::logoutRemovesOnlyThatProfile()
{
    SessionTokenVault vault;
    Answer answer;
    for (SecretKind kind : SecretKey::allKinds()) {
        vault.store({u"leaving"_s, u"1"_s, kind}, u"fake-secret-leaving"_s, this, answer.handler());
        QVERIFY(answer.wait());
        vault.store({u"staying"_s, u"1"_s, kind}, u"fake-secret-staying"_s, this, answer.handler());
        QVERIFY(answer.wait());
    }
    // An entry of the same profile under another app id goes too.
    vault.store({u"leaving"_s, u"2"_s, SecretKind::AppSecret}, u"fake-secret-other-app"_s, this,
                answer.handler());
    QVERIFY(answer.wait());
    QCOMPARE(vault.size(), 9);

    vault.removeProfile(u"leaving"_s, u"1"_s, this, answer.handler());
    QVERIFY(answer.wait());
    QVERIFY(answer.result().ok());
    QCOMPARE(vault.size(), 4);
    for (SecretKind kind : SecretKey::allKinds()) {
        QVERIFY(!vault.contains({u"leaving"_s, u"1"_s, kind}));
        QVERIFY(vault.contains({u"staying"_s, u"1"_s, kind}));
    }
    vault.clear();
    QCOMPARE(vault.size(), 0);
}

void TestSessionTokenVault::noHandlerAfterContextIsGone()
{
    SessionTokenVault vault;
    bool called = false;
    auto context = std::make_unique<QObject>();
    vault.store({u"p"_s, u"1"_s, SecretKind::AppSecret}, u"fake-app-secret-ctx"_s, context.get(),
                [&called](const VaultResult &) { called = true; });
    context.reset();
    // A later answer on a live context proves the queue was processed.
    Answer answer;
    vault.read({u"p"_s, u"1"_s, SecretKind::AppSecret}, this, answer.handler());
    QVERIFY(answer.wait());
    QCOMPARE(answer.result().secret, u"fake-app-secret-ctx"_s);
    QVERIFY(!called);
}

void TestSessionTokenVault::readGivesAnIndependentCopy()
{
    SessionTokenVault vault;
    const SecretKey key{u"p"_s, u"1"_s, SecretKind::AdvertiserAccessToken};
    Answer answer;
    vault.store(key, u"fake-token-copy"_s, this, answer.handler());
    QVERIFY(answer.wait());
    vault.read(key, this, answer.handler());
    QVERIFY(answer.wait());
    QString held = answer.result().secret;
    // Removing scrubs the vault's own buffer, never the reader's copy.
    vault.remove(key, this, answer.handler());
    QVERIFY(answer.wait());
    QCOMPARE(held, u"fake-token-copy"_s);
}

void TestSessionTokenVault::scrubberOverwritesOwnedBuffers()
{
    QString text = SecretScrubber::ownCopy(u"fake-secret-text"_s);
    const QChar *buffer = text.constData();
    QVERIFY(SecretScrubber::overwrite(text));
    QCOMPARE(text.constData(), buffer); // in place, not a detached copy
    QCOMPARE(text.size(), 16);
    for (QChar c : std::as_const(text))
        QCOMPARE(c, QChar(0));
    SecretScrubber::scrub(text);
    QVERIFY(text.isEmpty());

    QByteArray bytes("fake-secret-bytes");
    bytes.detach();
    const char *raw = bytes.constData();
    QVERIFY(SecretScrubber::overwrite(bytes));
    QCOMPARE(bytes.constData(), raw);
    QCOMPARE(bytes, QByteArray(17, '\0'));
    SecretScrubber::scrub(bytes);
    QVERIFY(bytes.isEmpty());
}

void TestSessionTokenVault::scrubberLeavesSharedBuffers()
{
    QString original = SecretScrubber::ownCopy(u"fake-secret-shared"_s);
    QString copy = original; // shares the buffer
    QVERIFY(!SecretScrubber::overwrite(copy));
    QCOMPARE(original, u"fake-secret-shared"_s);
    QCOMPARE(copy, u"fake-secret-shared"_s);
    SecretScrubber::scrub(copy);
    QVERIFY(copy.isEmpty());
    QCOMPARE(original, u"fake-secret-shared"_s);

    // Literals live in read-only memory: never written.
    QString literal = u"fake-secret-literal"_s;
    QVERIFY(!SecretScrubber::overwrite(literal));
    QCOMPARE(literal, u"fake-secret-literal"_s);

    QVERIFY(SecretScrubber::ownCopy(original).constData() != original.constData());
}

void TestSessionTokenVault::entryNames_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("appId");
    QTest::addColumn<SecretKind>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"sandbox"_s << u"7001"_s << SecretKind::AppSecret
                           << u"sandbox/7001/app_secret"_s;
    QTest::newRow("slash in profile") << u"a/b"_s << u"1"_s << SecretKind::AdvertiserAccessToken
                                      << u"a%2Fb/1/advertiser_access_token"_s;
    QTest::newRow("unicode") << u"Caf\u00e9"_s << u"1"_s << SecretKind::TtUserRefreshToken
                             << u"Caf%C3%A9/1/tt_user_refresh_token"_s;
}

void TestSessionTokenVault::entryNames()
{
    QFETCH(QString, profile);
    QFETCH(QString, appId);
    QFETCH(SecretKind, kind);
    QFETCH(QString, expected);
    QCOMPARE((SecretKey{profile, appId, kind}.entryName()), expected);
}

void TestSessionTokenVault::kindNamesRoundTrip()
{
    QCOMPARE(SecretKey::allKinds().size(), 4);
    for (SecretKind kind : SecretKey::allKinds())
        QCOMPARE(SecretKey::kindFromName(SecretKey::kindName(kind)).value_or(SecretKind::AppSecret),
                 kind);
    QVERIFY(!SecretKey::kindFromName(u"password"_s));
}

QTEST_GUILESS_MAIN(TestSessionTokenVault)
#include "tst_sessiontokenvault.moc"
