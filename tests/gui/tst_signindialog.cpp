// SignInDialog and TokenStatusView offscreen against the in-process emulator: the pasted-address
// flow end to end (a QNetworkAccessManager "browser" opens the emulator's consent page and the
// address it is sent to is pasted), the `code` spelling, the loopback flow (the browser follows
// the redirect to the dialog's listener), a wrong state rejected, a reused or expired code
// shown as 40110 with its request_id, the token in the vault, the accounts and permissions
// shown; the sandbox advertiser id field; the status view's states, re-authorize and sign-out.
// Everything stays on 127.0.0.1; the https redirect URI below is only text, never contacted.
#include "core/api/apierror.h"
#include "core/auth/authorizationredirect.h"
#include "core/auth/authorizationstate.h"
#include "core/auth/scopenames.h"
#include "core/auth/sessiontokenvault.h"
#include "core/auth/signintracker.h"
#include "core/store/profileregistry.h"
#include "tests/support/emulatorfixture.h"
#include "ui/dialogs/signindialog.h"
#include "ui/dialogs/tokenstatusview.h"

#include <emulator/world.h>
#include <emulator/world/worldclock.h>

#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrlQuery>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace bc::auth;
using bc::api::EnvironmentKind;
using bc::ui::SignInDialog;
using bc::ui::TokenStatusView;

namespace {

const QString emulatorToken = u"fake-emulator-token-dialogs"_s;
const QUrl pastedRedirect(u"https://app.example/bc-console/callback"_s);

// A port that was free a moment ago.
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

QUrl withQueryItem(QUrl url, const QString &key, const QString &value, const QString &drop = {})
{
    QUrlQuery query(url);
    query.removeAllQueryItems(key);
    if (!drop.isEmpty())
        query.removeAllQueryItems(drop);
    query.addQueryItem(key, value);
    url.setQuery(query);
    return url;
}

} // namespace

class TestSignInDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void pastedAddressEndToEnd();
    void codeParameterAccepted();
    void loopbackFlow();
    void loopbackWithoutRegisteredRedirect();
    void wrongStateRejected();
    void reusedCodeShows40110();
    void expiredCodeShows40110();
    void missingAppSecret();
    void sandboxAdvertiserField();
    void tokenStatusView();

private:
    [[nodiscard]] bc::store::Profile profile(const QUrl &redirect = pastedRedirect) const;
    [[nodiscard]] QString appId() const { return m_server->world().app().appId; }
    void storeAppSecret(const QString &profileName);
    // GET the authorization URL like a browser, without following the redirect: Location.
    [[nodiscard]] QUrl consent(const QUrl &authorizationUrl);
    [[nodiscard]] std::unique_ptr<SignInDialog> dialog(const bc::store::Profile &p);
    void paste(SignInDialog &dialog, const QString &text);

    QNetworkAccessManager m_browser;
    std::unique_ptr<bc::emulator::EmulatorServer> m_server;
    std::unique_ptr<bc::api::ApiClient> m_client;
    std::unique_ptr<SessionTokenVault> m_vault;
    QList<QUrl> m_opened;
};

void TestSignInDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_browser.setProxy(QNetworkProxy::NoProxy);
    m_server = std::make_unique<bc::emulator::EmulatorServer>(
            bc::testing::unlimitedEmulatorConfig(emulatorToken, 7));
    QVERIFY(m_server->listenOnLoopback(0) != 0);
    m_server->mutableWorld().setNow(
            QDateTime::fromSecsSinceEpoch(bc::emulator::WorldClock::startSecs(), Qt::UTC));
}

void TestSignInDialog::init()
{
    m_browser.clearConnectionCache();
    m_client =
            std::make_unique<bc::api::ApiClient>(bc::api::Environment::custom(m_server->baseUrl()));
    m_vault = std::make_unique<SessionTokenVault>();
    m_opened.clear();
}

void TestSignInDialog::cleanup()
{
    m_client.reset();
    m_vault.reset();
}

bc::store::Profile TestSignInDialog::profile(const QUrl &redirect) const
{
    bc::store::Profile p;
    p.name = u"emulator"_s;
    p.environment = EnvironmentKind::Custom;
    p.customBaseUrl = m_server->baseUrl();
    p.appId = appId();
    p.redirectUri = redirect;
    return p;
}

void TestSignInDialog::storeAppSecret(const QString &profileName)
{
    bool stored = false;
    m_vault->store({profileName, appId(), SecretKind::AppSecret}, m_server->world().app().secret,
                   this, [&stored](const VaultResult &r) { stored = r.ok(); });
    QTRY_VERIFY(stored);
}

QUrl TestSignInDialog::consent(const QUrl &authorizationUrl)
{
    QNetworkRequest request(authorizationUrl);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    std::unique_ptr<QNetworkReply> reply(m_browser.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10000))
        return {};
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 302)
        return {};
    return QUrl::fromEncoded(reply->rawHeader("Location"));
}

std::unique_ptr<SignInDialog> TestSignInDialog::dialog(const bc::store::Profile &p)
{
    auto d = std::make_unique<SignInDialog>(m_client.get(), m_vault.get(), p);
    d->setUrlOpener([this](const QUrl &url) {
        m_opened << url;
        return true;
    });
    d->show();
    if (!QTest::qWaitForWindowExposed(d.get()))
        return nullptr;
    return d;
}

void TestSignInDialog::paste(SignInDialog &dialog, const QString &text)
{
    dialog.pasteEdit()->setFocus();
    QTest::keyClicks(dialog.pasteEdit(), text);
    QVERIFY(dialog.continueButton()->isEnabled());
    QTest::mouseClick(dialog.continueButton(), Qt::LeftButton);
    QVERIFY(dialog.pasteEdit()->text().isEmpty()); // the code does not linger in the field
}

void TestSignInDialog::pastedAddressEndToEnd()
{
    const bc::store::Profile p = profile();
    storeAppSecret(p.name);
    auto d = dialog(p);
    QVERIFY(d);
    QSignalSpy signedIn(d.get(), &SignInDialog::signedIn);
    QVERIFY(d->listeningOn().isEmpty()); // an https redirect: no listener, paste it

    const QUrl url = d->authorizationUrl();
    QCOMPARE(url.path(), u"/portal/auth"_s);
    QCOMPARE(d->addressEdit()->text(), url.toString(QUrl::FullyEncoded));
    const QString state = QUrlQuery(url).queryItemValue(u"state"_s);
    QVERIFY(!state.isEmpty());
    d->openInBrowser();
    QCOMPARE(m_opened, QList<QUrl>{url});

    const QUrl landed = consent(url);
    QCOMPARE(landed.host(), u"app.example"_s);
    QVERIFY(QUrlQuery(landed).hasQueryItem(u"auth_code"_s));
    paste(*d, u"  "_s + landed.toString(QUrl::FullyEncoded) + u" "_s);
    QVERIFY(signedIn.wait(10000));
    QCOMPARE(signedIn.size(), 1);
    QVERIFY(d->isSignedIn());
    QVERIFY2(d->errorText().isEmpty(), qPrintable(d->errorText()));

    // The token is in the vault and on the client.
    QVERIFY(m_vault->contains({p.name, appId(), SecretKind::AdvertiserAccessToken}));
    QVERIFY(m_client->hasAccessToken());
    const auto status = d->tokenStatus();
    QVERIFY(status);
    QCOMPARE(status->profile, p.name);
    QVERIFY(!status->accounts.isEmpty());
    QCOMPARE(d->advertiserIds(), status->accounts);
    const QString result = d->resultText();
    for (const QString &id : status->accounts)
        QVERIFY2(result.contains(id), qPrintable(id));
    QVERIFY(!status->scopeIds.isEmpty());
    for (const QString &words : ScopeNames::advertiserScopes(status->scopeIds))
        QVERIFY2(result.contains(words.toHtmlEscaped()), qPrintable(words));
    // Then the account names from /oauth2/advertiser/get/.
    QTRY_VERIFY_WITH_TIMEOUT(d->resultText().contains(u" — "_s), 10000);
    QVERIFY(d->errorText().isEmpty());

    // The same address again: its state is used up.
    paste(*d, landed.toString(QUrl::FullyEncoded));
    QVERIFY(d->errorText().contains(u"already used"_s));
    QCOMPARE(signedIn.size(), 1);
}

void TestSignInDialog::codeParameterAccepted()
{
    const bc::store::Profile p = profile();
    storeAppSecret(p.name);
    auto d = dialog(p);
    QVERIFY(d);
    QSignalSpy signedIn(d.get(), &SignInDialog::signedIn);
    const QUrl landed = consent(d->authorizationUrl());
    const QString code = QUrlQuery(landed).queryItemValue(u"auth_code"_s);
    QVERIFY(!code.isEmpty());
    // Only `code`, as some redirects spell it.
    QUrl onlyCode = withQueryItem(landed, u"code"_s, code, u"auth_code"_s);
    QVERIFY(!QUrlQuery(onlyCode).hasQueryItem(u"auth_code"_s));
    paste(*d, onlyCode.toString(QUrl::FullyEncoded));
    QVERIFY(signedIn.wait(10000));
    QVERIFY(m_vault->contains({p.name, appId(), SecretKind::AdvertiserAccessToken}));
}

void TestSignInDialog::loopbackFlow()
{
    const quint16 port = freePort();
    QVERIFY(port != 0);
    const QUrl redirect(u"http://127.0.0.1:%1/callback"_s.arg(port));
    const bc::store::Profile p = profile(redirect);
    storeAppSecret(p.name);
    auto d = dialog(p);
    QVERIFY(d);
    QSignalSpy signedIn(d.get(), &SignInDialog::signedIn);
    QCOMPARE(d->listeningOn(), redirect);
    QCOMPARE(QUrl(QUrlQuery(d->authorizationUrl())
                          .queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded)),
             redirect);

    // The "browser" opens the consent page and follows its 302 to the dialog's listener.
    std::unique_ptr<QNetworkReply> reply(m_browser.get(QNetworkRequest(d->authorizationUrl())));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(reply->isFinished() || finished.wait(10000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->url().port(), int(port));
    QVERIFY(reply->readAll().contains("close this tab"));

    QVERIFY(signedIn.wait(10000) || !signedIn.isEmpty());
    QVERIFY(d->errorText().isEmpty());
    QVERIFY(m_vault->contains({p.name, appId(), SecretKind::AdvertiserAccessToken}));
    QVERIFY(!d->tokenStatus()->accounts.isEmpty());
    QVERIFY(d->listeningOn().isEmpty()); // one redirect, then it stops
}

void TestSignInDialog::loopbackWithoutRegisteredRedirect()
{
    // A custom (emulator) profile without a redirect URI listens on any free port.
    const bc::store::Profile p = profile(QUrl());
    storeAppSecret(p.name);
    auto d = dialog(p);
    QVERIFY(d);
    const QUrl listening = d->listeningOn();
    QCOMPARE(listening.host(), u"127.0.0.1"_s);
    QVERIFY(listening.port() > 0);
    QVERIFY(d->errorText().isEmpty());
    QSignalSpy signedIn(d.get(), &SignInDialog::signedIn);
    std::unique_ptr<QNetworkReply> reply(m_browser.get(QNetworkRequest(d->authorizationUrl())));
    QVERIFY(signedIn.wait(10000));

    // Start again: a new state, and the listener listens again.
    d->restart();
    QVERIFY(!d->listeningOn().isEmpty());
}

void TestSignInDialog::wrongStateRejected()
{
    const bc::store::Profile p = profile();
    storeAppSecret(p.name);
    auto d = dialog(p);
    QVERIFY(d);
    QSignalSpy signedIn(d.get(), &SignInDialog::signedIn);
    const QUrl landed = consent(d->authorizationUrl());
    QVERIFY(!landed.isEmpty());
    const QUrl forged = withQueryItem(landed, u"state"_s, AuthorizationState::generate());
    paste(*d, forged.toString(QUrl::FullyEncoded));
    QVERIFY2(d->errorText().contains(u"does not match"_s), qPrintable(d->errorText()));
    QVERIFY(!d->isBusy());
    QVERIFY(!d->isSignedIn());
    QVERIFY(!m_vault->contains({p.name, appId(), SecretKind::AdvertiserAccessToken}));
    QVERIFY(signedIn.isEmpty());

    // The genuine answer still works.
    paste(*d, landed.toString(QUrl::FullyEncoded));
    QVERIFY(signedIn.wait(10000));
    QVERIFY(d->errorText().isEmpty());
}

void TestSignInDialog::reusedCodeShows40110()
{
    const bc::store::Profile p = profile();
    storeAppSecret(p.name);
    auto first = dialog(p);
    QVERIFY(first);
    QSignalSpy signedIn(first.get(), &SignInDialog::signedIn);
    const QUrl landed = consent(first->authorizationUrl());
    paste(*first, landed.toString(QUrl::FullyEncoded));
    QVERIFY(signedIn.wait(10000));

    // The code copied by hand into another sign-in: single use, so the API says 40110.
    auto second = dialog(p);
    QVERIFY(second);
    QSignalSpy secondSignedIn(second.get(), &SignInDialog::signedIn);
    paste(*second, AuthorizationRedirect::parse(landed).code);
    QTRY_VERIFY_WITH_TIMEOUT(!second->errorText().isEmpty(), 10000);
    const QString error = second->errorText();
    QVERIFY2(error.contains(u"40110"_s), qPrintable(error));
    QVERIFY2(error.contains(u"request_id"_s), qPrintable(error));
    QVERIFY2(error.contains(u"expired, used or wrong"_s), qPrintable(error));
    QVERIFY(!second->isBusy());
    QVERIFY(secondSignedIn.isEmpty());
}

void TestSignInDialog::expiredCodeShows40110()
{
    const bc::store::Profile p = profile();
    storeAppSecret(p.name);
    auto d = dialog(p);
    QVERIFY(d);
    const QUrl landed = consent(d->authorizationUrl());
    m_server->mutableWorld().advanceClock(3600); // codes live an hour
    paste(*d, landed.toString(QUrl::FullyEncoded));
    QTRY_VERIFY_WITH_TIMEOUT(!d->errorText().isEmpty(), 10000);
    QVERIFY2(d->errorText().contains(u"40110"_s), qPrintable(d->errorText()));
    QVERIFY(!m_vault->contains({p.name, appId(), SecretKind::AdvertiserAccessToken}));
    QVERIFY(!d->isSignedIn());

    // "Retry" in the error starts again with a new address, which works.
    const QUrl before = d->authorizationUrl();
    d->restart();
    QVERIFY(d->authorizationUrl() != before);
    QVERIFY(d->errorText().isEmpty());
    QSignalSpy signedIn(d.get(), &SignInDialog::signedIn);
    paste(*d, consent(d->authorizationUrl()).toString(QUrl::FullyEncoded));
    QVERIFY(signedIn.wait(10000));
}

void TestSignInDialog::missingAppSecret()
{
    auto d = dialog(profile());
    QVERIFY(d);
    paste(*d, consent(d->authorizationUrl()).toString(QUrl::FullyEncoded));
    QTRY_VERIFY_WITH_TIMEOUT(!d->errorText().isEmpty(), 10000);
    QVERIFY2(d->errorText().contains(u"app secret"_s), qPrintable(d->errorText()));
    QVERIFY(!d->isSignedIn());
}

void TestSignInDialog::sandboxAdvertiserField()
{
    bc::store::Profile p = profile();
    p.environment = EnvironmentKind::Sandbox;
    p.customBaseUrl = QUrl();
    // Sandbox: TikTok's consent page (only shown, never contacted) and an id field.
    bc::api::ApiClient sandbox(bc::api::Environment::sandbox());
    SignInDialog d(&sandbox, m_vault.get(), p);
    QCOMPARE(d.authorizationUrl().host(), u"business-api.tiktok.com"_s);
    QVERIFY(d.listeningOn().isEmpty());
    QVERIFY(d.sandboxAdvertiserEdit());
    QTest::keyClicks(d.sandboxAdvertiserEdit(), u"7000000000000000123"_s);
    QTest::keyClick(d.sandboxAdvertiserEdit(), Qt::Key_Return);
    QCOMPARE(d.advertiserIds(), QStringList{u"7000000000000000123"_s});
    QVERIFY(d.sandboxAdvertiserEdit()->text().isEmpty());
    // Letters are not an id.
    QTest::keyClicks(d.sandboxAdvertiserEdit(), u"abc"_s);
    QVERIFY(d.sandboxAdvertiserEdit()->text().isEmpty());

    auto custom = dialog(profile());
    QVERIFY(custom);
    QVERIFY(!custom->sandboxAdvertiserEdit());
}

void TestSignInDialog::tokenStatusView()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    bc::store::ProfileRegistry registry(dir.path());
    QString error;
    QVERIFY(registry.load(&error));
    const bc::store::Profile p = profile();
    QVERIFY2(registry.add(p, &error), qPrintable(error));
    bc::store::Profile other = profile();
    other.name = u"other"_s;
    QVERIFY2(registry.add(other, &error), qPrintable(error));
    storeAppSecret(p.name);

    SignInTracker tracker;
    TokenStatusView view(&registry, m_vault.get(), &tracker);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.view()->topLevelItemCount(), 2);
    QTRY_COMPARE(view.stateText(p.name), u"Not signed in"_s);
    QTRY_COMPARE(view.stateText(u"other"_s), u"Not signed in"_s);

    // Sign in, then hand the status to the view.
    auto d = dialog(p);
    QVERIFY(d);
    QSignalSpy signedIn(d.get(), &SignInDialog::signedIn);
    paste(*d, consent(d->authorizationUrl()).toString(QUrl::FullyEncoded));
    QVERIFY(signedIn.wait(10000));
    const TokenStatus status = *d->tokenStatus();
    view.setTokenStatus(status);
    QCOMPARE(view.stateText(p.name), u"Signed in"_s);
    const QList<QTreeWidgetItem *> rows = view.view()->findItems(p.name, Qt::MatchExactly);
    QCOMPARE(rows.size(), 1);
    // Hundreds of accounts: the first ids and the count in the cell, every id in its tooltip.
    QVERIFY(status.accounts.size() > 12);
    const QString accounts = view.text(p.name, TokenStatusView::AccountsColumn);
    QVERIFY2(accounts.contains(QString::number(status.accounts.size())), qPrintable(accounts));
    QVERIFY(accounts.contains(status.accounts.at(0)));
    QCOMPARE(rows.at(0)->toolTip(TokenStatusView::AccountsColumn), status.accounts.join(u'\n'));
    view.selectProfile(p.name);
    QVERIFY(view.detailsText().contains(status.scopesInWords().join(u", "_s)));
    QVERIFY(view.detailsText().contains(status.accounts.at(11)));
    QVERIFY(!view.detailsText().contains(status.accounts.at(12)));
    QVERIFY(view.detailsText().contains(u"and %1 more"_s.arg(status.accounts.size() - 12)));
    QCOMPARE(view.text(p.name, TokenStatusView::ScopesColumn),
             status.scopesInWords().join(u", "_s));
    QVERIFY(!view.text(p.name, TokenStatusView::GrantedColumn).isEmpty());
    QCOMPARE(view.text(p.name, TokenStatusView::ExpiresColumn), u"when revoked"_s);
    QCOMPARE(view.stateText(u"other"_s), u"Not signed in"_s);

    // A new view finds the token in the vault by itself.
    TokenStatusView fresh(&registry, m_vault.get(), &tracker);
    QTRY_COMPARE(fresh.stateText(p.name), u"Signed in"_s);

    // The API rejects the token: the tracker's mark shows.
    tracker.report(p.name, bc::api::ApiError::fromCode(40105, u"revoked"_s, u"req-1"_s, 200));
    QCOMPARE(view.stateText(p.name), u"Needs sign-in"_s);
    QSignalSpy reauthorize(&view, &TokenStatusView::reauthorizeRequested);
    view.selectProfile(p.name);
    for (QPushButton *button : view.findChildren<QPushButton *>()) {
        if (button->text().contains(u"again"_s))
            QTest::mouseClick(button, Qt::LeftButton);
    }
    QCOMPARE(reauthorize.size(), 1);
    QCOMPARE(reauthorize.at(0).at(0).toString(), p.name);

    // An account holder token shows when it expires.
    TokenStatus holder;
    holder.kind = TokenStatus::Kind::TtUser;
    holder.profile = u"other"_s;
    holder.appId = appId();
    holder.accounts = {u"open-id-1"_s};
    holder.scopes = {u"user.info.basic"_s};
    holder.grantedAt = QDateTime::fromSecsSinceEpoch(1'790'000'000, Qt::UTC);
    holder.expiresAt = holder.grantedAt.addSecs(86400);
    view.setTokenStatus(holder);
    QCOMPARE(view.text(u"other"_s, TokenStatusView::AccountsColumn), u"TikTok account open-id-1"_s);
    QCOMPARE(view.stateText(u"other"_s), u"Signed in"_s);
    QCOMPARE(view.text(u"other"_s, TokenStatusView::ExpiresColumn),
             QLocale().toString(holder.expiresAt.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(view.text(u"other"_s, TokenStatusView::ScopesColumn),
             ScopeNames::ttUserScope(u"user.info.basic"_s));

    // Sign out: the tokens leave the vault, the app secret stays.
    tracker.clear(p.name);
    QSignalSpy signedOut(&view, &TokenStatusView::signedOut);
    view.signOut(p.name);
    QVERIFY(signedOut.wait(5000));
    QCOMPARE(signedOut.at(0).at(0).toString(), p.name);
    QCOMPARE(signedOut.at(0).at(1).toBool(), true);
    QVERIFY(!m_vault->contains({p.name, appId(), SecretKind::AdvertiserAccessToken}));
    QVERIFY(m_vault->contains({p.name, appId(), SecretKind::AppSecret}));
    QCOMPARE(view.stateText(p.name), u"Not signed in"_s);
    QVERIFY(!view.tokenStatus(p.name));
    QVERIFY(view.text(p.name, TokenStatusView::AccountsColumn).isEmpty());
}

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
