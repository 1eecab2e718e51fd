#include "ui/dialogs/tokenstatusview.h"

#include "core/auth/secretkey.h"
#include "core/auth/signintracker.h"
#include "core/auth/tokenvault.h"
#include "core/store/profileregistry.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace bc::ui {

namespace {

const QList<auth::SecretKind> tokenKinds = {auth::SecretKind::AdvertiserAccessToken,
                                            auth::SecretKind::TtUserAccessToken,
                                            auth::SecretKind::TtUserRefreshToken};

QString when(const QDateTime &moment)
{
    return moment.isValid() ? QLocale().toString(moment.toLocalTime(), QLocale::ShortFormat)
                            : QString();
}

} // namespace

TokenStatusView::TokenStatusView(store::ProfileRegistry *registry, auth::TokenVault *vault,
                                 auth::SignInTracker *tracker, QWidget *parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_vault(vault)
    , m_tracker(tracker)
    , m_view(new QTreeWidget(this))
    , m_signInAgain(new QPushButton(tr("Sign &in again…"), this))
    , m_signOut(new QPushButton(tr("Sign &out"), this))
    , m_note(new QLabel(this))
    , m_details(new QLabel(this))
{
    m_view->setColumnCount(ColumnCount);
    m_view->setHeaderLabels({tr("Profile"), tr("Sign-in"), tr("Ad accounts"), tr("Permissions"),
                             tr("Granted"), tr("Expires")});
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAccessibleName(tr("Sign-in status of the profiles"));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(AccountsColumn, QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(ScopesColumn, QHeaderView::Stretch);
    m_view->header()->resizeSection(AccountsColumn,
                                    m_view->fontMetrics().horizontalAdvance(
                                            u"0000000000000000000, 0000000000000000000, …"_s));
    connect(m_view, &QTreeWidget::itemSelectionChanged, this, &TokenStatusView::updateButtons);
    connect(m_view, &QTreeWidget::itemSelectionChanged, this, &TokenStatusView::updateDetails);

    // The selected profile in full: every permission, and the accounts the cells abbreviate.
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setAccessibleName(tr("Sign-in details of the selected profile"));

    m_signInAgain->setToolTip(tr("Open the sign-in for the selected profile"));
    m_signOut->setToolTip(tr("Delete the selected profile's tokens from the vault; its app "
                             "secret stays"));
    connect(m_signInAgain, &QPushButton::clicked, this, [this] {
        if (const QString profile = selectedProfile(); !profile.isEmpty())
            Q_EMIT reauthorizeRequested(profile);
    });
    connect(m_signOut, &QPushButton::clicked, this, [this] {
        if (const QString profile = selectedProfile(); !profile.isEmpty())
            signOut(profile);
    });

    m_note->setWordWrap(true);
    m_note->setText(tr("Ad account tokens last until they are revoked; TikTok account holder "
                       "tokens expire after a day and are renewed automatically."));
    QPalette notePalette = m_note->palette();
    notePalette.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_note->setPalette(notePalette);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_note, 1);
    buttons->addWidget(m_signInAgain);
    buttons->addWidget(m_signOut);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);
    layout->addLayout(buttons);

    if (m_tracker)
        connect(m_tracker, &auth::SignInTracker::needsSignInChanged, this,
                [this](const QString &profile) { updateRow(profile); });
    reload();
}

TokenStatusView::~TokenStatusView() = default;

void TokenStatusView::reload()
{
    const QString selected = selectedProfile();
    m_view->clear();
    for (const store::Profile &profile : m_registry->profiles()) {
        auto *item = new QTreeWidgetItem(m_view);
        item->setText(ProfileColumn, profile.name);
        item->setData(ProfileColumn, Qt::UserRole, profile.name);
        if (!m_presence.contains(profile.name))
            m_presence.insert(profile.name, TokenPresence::Unknown);
        updateRow(profile.name);

        probeToken(profile.name, profile.appId, 0);
    }
    if (!selected.isEmpty())
        selectProfile(selected);
    else if (m_view->topLevelItemCount() > 0)
        m_view->setCurrentItem(m_view->topLevelItem(0));
    updateButtons();
}

void TokenStatusView::probeToken(const QString &profile, const QString &appId, int kindIndex)
{
    // Which profiles hold a token at all: the first token kind found answers it.
    if (kindIndex >= tokenKinds.size()) {
        m_presence.insert(profile, TokenPresence::Absent);
        updateRow(profile);
        return;
    }
    m_vault->read({profile, appId, tokenKinds.at(kindIndex)}, this,
                  [this, profile, appId, kindIndex](const auth::VaultResult &r) {
                      if (r.status == auth::VaultResult::Status::NotFound) {
                          probeToken(profile, appId, kindIndex + 1);
                          return;
                      }
                      m_presence.insert(profile,
                                        r.ok() ? TokenPresence::Present : TokenPresence::Unknown);
                      updateRow(profile);
                  });
}

void TokenStatusView::setTokenStatus(const auth::TokenStatus &status)
{
    m_statuses.insert(status.profile, status);
    if (!status.needsSignIn)
        m_presence.insert(status.profile, TokenPresence::Present);
    updateRow(status.profile);
}

std::optional<auth::TokenStatus> TokenStatusView::tokenStatus(const QString &profile) const
{
    const auto it = m_statuses.constFind(profile);
    if (it == m_statuses.cend())
        return std::nullopt;
    return *it;
}

void TokenStatusView::signOut(const QString &profile)
{
    const QString appId = appIdOf(profile);
    auto left = std::make_shared<int>(int(tokenKinds.size()));
    auto firstFailure = std::make_shared<QString>();
    for (const auth::SecretKind kind : tokenKinds) {
        m_vault->remove(
                {profile, appId, kind}, this,
                [this, profile, left, firstFailure](const auth::VaultResult &r) {
                    if (!r.ok() && firstFailure->isEmpty())
                        *firstFailure = r.message.isEmpty() ? tr("unknown error") : r.message;
                    if (--*left > 0)
                        return;
                    const bool ok = firstFailure->isEmpty();
                    if (ok) {
                        m_statuses.remove(profile);
                        m_presence.insert(profile, TokenPresence::Absent);
                    }
                    updateRow(profile);
                    if (!ok) {
                        if (QTreeWidgetItem *item = itemFor(profile))
                            item->setToolTip(StateColumn,
                                             tr("Signing out failed: %1").arg(*firstFailure));
                    }
                    Q_EMIT signedOut(profile, ok);
                });
    }
}

void TokenStatusView::selectProfile(const QString &profile)
{
    if (QTreeWidgetItem *item = itemFor(profile))
        m_view->setCurrentItem(item);
}

QString TokenStatusView::selectedProfile() const
{
    const QList<QTreeWidgetItem *> items = m_view->selectedItems();
    return items.isEmpty() ? QString()
                           : items.first()->data(ProfileColumn, Qt::UserRole).toString();
}

QString TokenStatusView::stateText(const QString &profile) const
{
    return text(profile, StateColumn);
}

QString TokenStatusView::text(const QString &profile, Column column) const
{
    const QTreeWidgetItem *item = itemFor(profile);
    return item ? item->text(column) : QString();
}

void TokenStatusView::updateRow(const QString &profile)
{
    QTreeWidgetItem *item = itemFor(profile);
    if (!item)
        return;
    const auto status = tokenStatus(profile);
    const TokenPresence presence = m_presence.value(profile, TokenPresence::Unknown);
    const bool needsSignIn =
            (m_tracker && m_tracker->needsSignIn(profile)) || (status && status->needsSignIn);

    QString state;
    QColor colour;
    if (needsSignIn) {
        state = tr("Needs sign-in");
        colour = QColor(0xb3, 0x26, 0x1e);
    } else if (presence == TokenPresence::Present || status) {
        state = tr("Signed in");
        colour = QColor(0x18, 0x80, 0x38);
    } else if (presence == TokenPresence::Absent) {
        state = tr("Not signed in");
    } else {
        state = tr("Checking…");
    }
    item->setText(StateColumn, state);
    item->setForeground(StateColumn, colour.isValid() ? QBrush(colour) : QBrush());
    QFont font = item->font(StateColumn);
    font.setBold(needsSignIn);
    item->setFont(StateColumn, font);

    if (status) {
        const bool holder = status->kind == auth::TokenStatus::Kind::TtUser;
        // An agency token can reach hundreds of accounts: a few ids and the count; all in the
        // tooltip.
        const qsizetype count = status->accounts.size();
        QString accounts = status->accounts.mid(0, 3).join(u", "_s);
        if (count > 3)
            accounts = tr("%n accounts: %1, …", nullptr, int(count))
                               .arg(status->accounts.mid(0, 2).join(u", "_s));
        item->setText(AccountsColumn, holder ? tr("TikTok account %1").arg(accounts)
                                             : (accounts.isEmpty() ? tr("none listed") : accounts));
        item->setToolTip(AccountsColumn, status->accounts.join(u'\n'));
        const QStringList words = status->scopesInWords();
        item->setText(ScopesColumn, words.join(u", "_s));
        item->setToolTip(ScopesColumn, words.join(u'\n'));
        item->setText(GrantedColumn, when(status->grantedAt));
        item->setText(ExpiresColumn, holder ? when(status->expiresAt) : tr("when revoked"));
        if (holder && status->refreshExpiresAt.isValid())
            item->setToolTip(ExpiresColumn,
                             tr("Renewable until %1").arg(when(status->refreshExpiresAt)));
    } else {
        const QString unknown =
                presence == TokenPresence::Present ? tr("sign in again to see") : QString();
        item->setText(AccountsColumn, unknown);
        item->setText(ScopesColumn, QString());
        item->setText(GrantedColumn, QString());
        item->setText(ExpiresColumn, QString());
    }
    updateButtons();
    if (profile == selectedProfile())
        updateDetails();
}

void TokenStatusView::updateDetails()
{
    const QString profile = selectedProfile();
    const auto status = tokenStatus(profile);
    if (profile.isEmpty()) {
        m_details->clear();
        return;
    }
    QStringList lines{tr("%1: %2").arg(profile, stateText(profile))};
    if (status) {
        constexpr int shown = 12;
        const qsizetype count = status->accounts.size();
        QString accounts = status->accounts.mid(0, shown).join(u", "_s);
        if (count > shown)
            accounts = tr("%1 and %n more", nullptr, int(count - shown)).arg(accounts);
        lines << tr("Accounts (%1): %2")
                         .arg(QString::number(count),
                              accounts.isEmpty() ? tr("none listed") : accounts);
        lines << tr("Permissions: %1").arg(status->scopesInWords().join(u", "_s));
        lines << tr("Granted: %1").arg(when(status->grantedAt));
        if (status->kind == auth::TokenStatus::Kind::TtUser) {
            lines << (status->refreshExpiresAt.isValid()
                              ? tr("Expires: %1 (renewable until %2)")
                                        .arg(when(status->expiresAt),
                                             when(status->refreshExpiresAt))
                              : tr("Expires: %1").arg(when(status->expiresAt)));
        }
    }
    m_details->setText(lines.join(u'\n'));
}

QString TokenStatusView::detailsText() const
{
    return m_details->text();
}

void TokenStatusView::updateButtons()
{
    const QString profile = selectedProfile();
    m_signInAgain->setEnabled(!profile.isEmpty());
    // A token this run signed in with, or one the vault may hold.
    m_signOut->setEnabled(
            !profile.isEmpty()
            && (m_statuses.contains(profile)
                || m_presence.value(profile, TokenPresence::Unknown) != TokenPresence::Absent));
}

QTreeWidgetItem *TokenStatusView::itemFor(const QString &profile) const
{
    for (int i = 0; i < m_view->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_view->topLevelItem(i);
        if (item->data(ProfileColumn, Qt::UserRole).toString() == profile)
            return item;
    }
    return nullptr;
}

QString TokenStatusView::appIdOf(const QString &profile) const
{
    if (const auto found = m_registry->find(profile))
        return found->appId;
    if (const auto status = tokenStatus(profile))
        return status->appId;
    return {};
}

} // namespace bc::ui
