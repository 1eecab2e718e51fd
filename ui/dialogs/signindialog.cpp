#include "ui/dialogs/signindialog.h"

#include "core/api/apiclient.h"
#include "core/api/environment.h"
#include "core/auth/advertiserauthorization.h"
#include "core/auth/autherror.h"
#include "core/auth/loopbackredirectlistener.h"
#include "core/auth/scopenames.h"
#include "core/auth/secretscrubber.h"
#include "core/auth/tokenvault.h"
#include "core/domain/authorizedadvertiser.h"
#include "models/profilelistmodel.h"
#include "ui/widgets/environmentpalette.h"
#include "ui/widgets/errorbanner.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bc::ui {

namespace {

QLabel *stepLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

// The profile's redirect URI when the loopback listener can receive it: http, 127.0.0.1, an
// explicit port and the listener's /callback path.
std::optional<quint16> loopbackPort(const QUrl &redirect)
{
    if (redirect.scheme() != "http"_L1 || QHostAddress(redirect.host()) != QHostAddress::LocalHost
        || redirect.port() <= 0 || redirect.path() != auth::LoopbackRedirectListener::callbackPath)
        return std::nullopt;
    return quint16(redirect.port());
}

} // namespace

SignInDialog::SignInDialog(api::ApiClient *client, auth::TokenVault *vault,
                           const store::Profile &profile, QWidget *parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_profile(profile)
    , m_auth(new auth::AdvertiserAuthorization(*client, *vault, profile, this))
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_address(new QLineEdit(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_open(new QPushButton(tr("Open in &browser"), this))
    , m_listening(new QLabel(this))
    , m_paste(new QLineEdit(this))
    , m_continue(new QPushButton(tr("C&ontinue"), this))
    , m_progress(new QProgressBar(this))
    , m_error(new ErrorBanner(this))
    , m_resultBox(new QFrame(this))
    , m_result(new QLabel(this))
    , m_accounts(new QListWidget(this))
    , m_done(new QPushButton(tr("Close"), this))
{
    setWindowTitle(tr("Sign in — %1").arg(profile.name));
    resize(680, 440);

    // Which environment this sign-in is for, in words and colour.
    auto *badge = new QLabel(models::ProfileListModel::badgeText(profile), this);
    const EnvironmentPalette colours = EnvironmentPalette::forKind(profile.environment);
    badge->setStyleSheet(colours.styleSheet() + u" padding: 2px 8px; border-radius: 3px;"_s);
    QFont badgeFont = badge->font();
    badgeFont.setBold(true);
    badge->setFont(badgeFont);
    auto *title = new QLabel(
            tr("Sign in the profile “%1” to TikTok API for Business").arg(profile.name), this);
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title->setFont(titleFont);
    auto *header = new QHBoxLayout;
    header->addWidget(title, 1);
    header->addWidget(badge);

    m_address->setReadOnly(true);
    m_address->setAccessibleName(tr("Authorization address"));
    m_copy->setToolTip(tr("Copy the address to the clipboard"));
    m_open->setIcon(QIcon::fromTheme(u"internet-web-browser"_s));
    for (QPushButton *button : {m_copy, m_open, m_continue})
        button->setAutoDefault(false);
    connect(m_copy, &QPushButton::clicked, this, &SignInDialog::copyAddress);
    connect(m_open, &QPushButton::clicked, this, &SignInDialog::openInBrowser);
    auto *addressRow = new QHBoxLayout;
    addressRow->addWidget(m_address, 1);
    addressRow->addWidget(m_copy);
    addressRow->addWidget(m_open);

    m_listening->setWordWrap(true);
    m_listening->hide();

    m_paste->setPlaceholderText(tr("https://…?auth_code=…&state=…"));
    m_paste->setAccessibleName(tr("Address the browser landed on"));
    m_paste->setClearButtonEnabled(true);
    m_continue->setEnabled(false);
    connect(m_paste, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_continue->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_paste, &QLineEdit::returnPressed, this, [this] { submitPasted(m_paste->text()); });
    connect(m_continue, &QPushButton::clicked, this, [this] { submitPasted(m_paste->text()); });
    auto *pasteRow = new QHBoxLayout;
    pasteRow->addWidget(m_paste, 1);
    pasteRow->addWidget(m_continue);

    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Exchanging the authorization code…"));
    m_progress->setTextVisible(true);
    m_progress->hide();

    connect(m_error, &ErrorBanner::retryRequested, this, &SignInDialog::restart);

    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *resultLayout = new QVBoxLayout(m_resultBox);
    resultLayout->setContentsMargins(4, 4, 4, 6);
    resultLayout->addWidget(m_result);
    m_accounts->setAccessibleName(tr("Ad accounts the token reaches"));
    m_accounts->setMaximumHeight(m_accounts->fontMetrics().height() * 7);
    m_accounts->setSelectionMode(QAbstractItemView::ExtendedSelection);
    resultLayout->addWidget(m_accounts);
    m_resultBox->setObjectName(u"signInResult"_s);
    m_resultBox->setStyleSheet(u"#signInResult { background: #e6f4ea; border: 1px solid #34a853; "
                               "border-radius: 4px; } #signInResult QLabel { color: #0d3d1a; "
                               "padding: 6px; }"_s);
    m_resultBox->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(stepLabel(
            tr("1. Open this address in your browser, sign in to TikTok and approve the access:"),
            this));
    layout->addLayout(addressRow);
    layout->addWidget(m_listening);
    layout->addSpacing(6);
    layout->addWidget(stepLabel(tr("2. Then paste here the whole address the browser landed on "
                                   "(it contains auth_code=…):"),
                                this));
    layout->addLayout(pasteRow);

    if (profile.environment == api::EnvironmentKind::Sandbox) {
        m_sandboxId = new QLineEdit(this);
        m_sandboxId->setPlaceholderText(tr("e.g. 7000000000000000001"));
        m_sandboxId->setAccessibleName(tr("Sandbox advertiser ID"));
        m_sandboxId->setValidator(
                new QRegularExpressionValidator(QRegularExpression(u"[0-9]{1,20}"_s), m_sandboxId));
        auto *use = new QPushButton(tr("&Use this account"), this);
        use->setAutoDefault(false);
        connect(use, &QPushButton::clicked, this, &SignInDialog::useSandboxAdvertiser);
        connect(m_sandboxId, &QLineEdit::returnPressed, this, &SignInDialog::useSandboxAdvertiser);
        auto *row = new QHBoxLayout;
        row->addWidget(m_sandboxId, 1);
        row->addWidget(use);
        layout->addSpacing(6);
        layout->addWidget(stepLabel(
                tr("3. TikTok's sandbox cannot list the accounts a token reaches: enter your "
                   "sandbox advertiser ID (from the developer portal's sandbox page):"),
                this));
        layout->addLayout(row);
    }

    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addWidget(m_resultBox);
    layout->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_done);
    layout->addLayout(buttons);
    m_done->setAutoDefault(false);
    connect(m_done, &QPushButton::clicked, this, [this] {
        if (isSignedIn())
            accept();
        else
            reject();
    });

    connect(m_auth, &auth::AdvertiserAuthorization::authorized, this, &SignInDialog::onAuthorized);
    connect(m_auth, &auth::AdvertiserAuthorization::advertisersFetched, this,
            &SignInDialog::onAdvertisers);
    connect(m_auth, &auth::AuthorizationFlow::failed, this, &SignInDialog::onFailed);

    startListening();
    restart();
    m_paste->setFocus();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::startListening()
{
    const auto port = loopbackPort(m_profile.redirectUri);
    // The emulator accepts any redirect: without a registered one, a demo or custom profile
    // listens on a free port. TikTok itself only redirects to the registered address.
    const bool anyPort = m_profile.redirectUri.isEmpty()
                         && (m_profile.environment == api::EnvironmentKind::Demo
                             || m_profile.environment == api::EnvironmentKind::Custom);
    if (!port && !anyPort)
        return;
    QString error;
    if (!m_auth->listenOnLoopback(port.value_or(0), &error)) {
        m_listening->setText(tr("The browser's answer cannot be received here (%1). Paste the "
                                "address it lands on instead.")
                                     .arg(error));
        m_listening->show();
        return;
    }
    connect(m_auth->loopbackListener(), &auth::LoopbackRedirectListener::redirected, this, [this] {
        m_listening->setText(tr("The browser answered."));
        setBusy(true);
    });
}

QUrl SignInDialog::listeningOn() const
{
    const auth::LoopbackRedirectListener *listener = m_auth->loopbackListener();
    return listener && listener->isListening() ? listener->redirectUri() : QUrl();
}

void SignInDialog::restart()
{
    m_error->hide();
    if (m_auth->loopbackListener() && !m_auth->loopbackListener()->isListening()) {
        QString error;
        const auto port = loopbackPort(m_profile.redirectUri);
        if (!m_auth->listenOnLoopback(port.value_or(0), &error))
            m_listening->setText(error);
    }
    m_url = m_auth->begin();
    m_address->setText(m_url.toString(QUrl::FullyEncoded));
    m_address->setCursorPosition(0);
    m_copy->setEnabled(!m_url.isEmpty());
    m_open->setEnabled(!m_url.isEmpty());
    if (const QUrl listening = listeningOn(); !listening.isEmpty()) {
        m_listening->setText(tr("Waiting for the browser at %1: the sign-in finishes by itself "
                                "once you approve.")
                                     .arg(listening.toDisplayString()));
        m_listening->show();
    }
}

void SignInDialog::submitPasted(const QString &text)
{
    QString pasted = text.trimmed();
    m_paste->clear(); // it carries the code
    if (pasted.isEmpty())
        return;
    m_error->hide();
    setBusy(true);
    static const QRegularExpression bareCode(u"^[A-Za-z0-9._~-]+$"_s);
    if (!pasted.contains(u"://"_s) && bareCode.match(pasted).hasMatch())
        m_auth->exchangeCode(pasted);
    else
        m_auth->acceptRedirectText(pasted);
    auth::SecretScrubber::scrub(pasted);
}

void SignInDialog::openInBrowser()
{
    if (m_url.isEmpty())
        return;
    if (!m_opener || !m_opener(m_url))
        m_error->showError(tr("No browser could be opened. Copy the address and open it in your "
                              "browser yourself."));
}

void SignInDialog::copyAddress()
{
    if (!m_url.isEmpty())
        QApplication::clipboard()->setText(m_url.toString(QUrl::FullyEncoded));
}

bool SignInDialog::isBusy() const
{
    return !m_progress->isHidden();
}

std::optional<auth::TokenStatus> SignInDialog::tokenStatus() const
{
    if (!m_status)
        return std::nullopt;
    auth::TokenStatus status = *m_status;
    for (const QString &id : m_sandboxIds) {
        if (!status.accounts.contains(id))
            status.accounts.append(id);
    }
    return status;
}

QStringList SignInDialog::advertiserIds() const
{
    const auto status = tokenStatus();
    return status ? status->accounts : m_sandboxIds;
}

QString SignInDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->message();
}

QString SignInDialog::resultText() const
{
    if (m_resultBox->isHidden())
        return {};
    QStringList lines{m_result->text()};
    for (int row = 0; row < m_accounts->count(); ++row)
        lines << m_accounts->item(row)->text();
    return lines.join(u'\n');
}

void SignInDialog::onAuthorized(const auth::TokenStatus &status)
{
    setBusy(false);
    m_status = status;
    m_listening->hide();
    m_error->hide();
    m_done->setText(tr("Done"));
    showResult();
    Q_EMIT signedIn();
    // The sandbox has no /oauth2/advertiser/get/: the ids typed in stand in for it.
    if (m_profile.environment != api::EnvironmentKind::Sandbox) {
        m_listingAdvertisers = true;
        m_auth->fetchAdvertisers();
    }
}

void SignInDialog::onAdvertisers(const QList<domain::AuthorizedAdvertiser> &advertisers)
{
    m_listingAdvertisers = false;
    for (const domain::AuthorizedAdvertiser &advertiser : advertisers)
        m_advertiserNames.insert(advertiser.advertiserId, advertiser.advertiserName);
    showResult();
}

void SignInDialog::onFailed(const auth::AuthError &error)
{
    setBusy(false);
    QString message = error.apiError ? error.apiError->details() : error.message;
    if (m_listingAdvertisers)
        message = tr("Signed in, but the ad accounts could not be listed: %1").arg(message);
    m_listingAdvertisers = false;
    m_error->showError(message);
}

void SignInDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_paste->setEnabled(!busy);
    m_continue->setEnabled(!busy && !m_paste->text().trimmed().isEmpty());
}

void SignInDialog::useSandboxAdvertiser()
{
    if (!m_sandboxId)
        return;
    const QString id = m_sandboxId->text().trimmed();
    if (id.isEmpty())
        return;
    if (!m_sandboxIds.contains(id))
        m_sandboxIds.append(id);
    m_sandboxId->clear();
    if (isSignedIn())
        showResult();
}

void SignInDialog::showResult()
{
    const auto status = tokenStatus();
    if (!status)
        return;
    const QStringList scopes = status->scopesInWords();
    const QString granted =
            QLocale().toString(status->grantedAt.toLocalTime(), QLocale::ShortFormat);
    const QString html =
            u"<b>"_s + tr("Signed in.").toHtmlEscaped() + u"</b> "_s
            + tr("The token is stored in the %1.")
                      .arg(m_vault->persistent() ? tr("system keychain")
                                                 : tr("session (for this run only)"))
                      .toHtmlEscaped()
            + u"<br>"_s + tr("Permissions:").toHtmlEscaped() + u" "_s
            + (scopes.isEmpty() ? tr("none listed") : scopes.join(u", "_s)).toHtmlEscaped()
            + u"<br>"_s + tr("Granted: %1").arg(granted).toHtmlEscaped() + u"<br>"_s
            + tr("Ad accounts it reaches (%n):", nullptr, int(status->accounts.size()))
                      .toHtmlEscaped();
    m_result->setText(html);
    // An agency token can reach hundreds of accounts: a list that scrolls, one per line.
    m_accounts->clear();
    for (const QString &id : status->accounts) {
        const QString name = m_advertiserNames.value(id);
        m_accounts->addItem(name.isEmpty() ? id : u"%1 — %2"_s.arg(id, name));
    }
    if (status->accounts.isEmpty())
        m_accounts->addItem(tr("none listed"));
    m_resultBox->show();
}

} // namespace bc::ui
