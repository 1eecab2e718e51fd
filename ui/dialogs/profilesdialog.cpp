#include "ui/dialogs/profilesdialog.h"

#include "core/auth/keychaintokenvault.h"
#include "core/auth/secretkey.h"
#include "core/auth/secretscrubber.h"
#include "core/auth/tokenvault.h"
#include "core/store/profileregistry.h"
#include "models/profilelistmodel.h"
#include "ui/dialogs/profileeditor.h"
#include "ui/widgets/environmentpalette.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc::ui {

namespace {

// Draws the environment column as a coloured badge; the text stays the badge's name, so colour
// is never the only signal.
class BadgeDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : nullptr;
        if (style)
            style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const auto kind = static_cast<api::EnvironmentKind>(
                index.data(models::ProfileListModel::EnvironmentKindRole).toInt());
        const EnvironmentPalette colours = EnvironmentPalette::forKind(kind);
        QFont font = opt.font;
        font.setBold(true);
        const QFontMetrics metrics(font);
        const int width = std::min(metrics.horizontalAdvance(text) + 12, opt.rect.width() - 4);
        const QRect badge(opt.rect.left() + 4, opt.rect.center().y() - metrics.height() / 2 - 1,
                          width, metrics.height() + 2);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colours.background);
        painter->drawRoundedRect(badge, 3, 3);
        painter->setPen(colours.foreground);
        painter->setFont(font);
        painter->drawText(badge, Qt::AlignCenter,
                          metrics.elidedText(text, Qt::ElideRight, badge.width() - 8));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.rwidth() += 16;
        return size;
    }
};

} // namespace

ProfilesDialog::ProfilesDialog(store::ProfileRegistry *registry, auth::TokenVault *vault,
                               QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_vault(vault)
    , m_model(new models::ProfileListModel(registry, this))
    , m_vaultBanner(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_view(new QTableView(this))
    , m_editor(new ProfileEditor(this))
    , m_status(new QLabel(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_open(new QPushButton(tr("&Open"), this))
{
    setWindowTitle(tr("Profiles"));
    resize(720, 420);

    m_vaultBanner->setObjectName(u"vaultBanner"_s);
    m_vaultBanner->setWordWrap(true);
    m_vaultBanner->setStyleSheet(u"#vaultBanner { background: #fff4e5; color: #663c00; border: "
                                 "1px solid #f0a030; border-radius: 4px; padding: 6px; }"_s);

    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(models::ProfileListModel::Environment,
                                     new BadgeDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setSectionResizeMode(models::ProfileListModel::Name,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(models::ProfileListModel::Environment,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(models::ProfileListModel::AppId,
                                                     QHeaderView::ResizeToContents);
    m_view->setAccessibleName(tr("Profiles"));
    m_view->installEventFilter(this);
    connect(m_view, &QTableView::doubleClicked, this, &ProfilesDialog::editSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProfilesDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ProfilesDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProfilesDialog::updateButtons);

    m_add->setToolTip(tr("Add a profile (Insert)"));
    m_edit->setToolTip(tr("Edit the selected profile (Enter)"));
    m_remove->setToolTip(tr("Remove the selected profile and its stored secrets (Delete)"));
    m_open->setToolTip(tr("Use the selected profile"));
    for (QPushButton *button : {m_add, m_edit, m_remove, m_open})
        button->setAutoDefault(false);
    connect(m_add, &QPushButton::clicked, this, &ProfilesDialog::addProfile);
    connect(m_edit, &QPushButton::clicked, this, &ProfilesDialog::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &ProfilesDialog::removeSelected);
    connect(m_open, &QPushButton::clicked, this, &ProfilesDialog::openSelected);

    auto *side = new QVBoxLayout;
    side->addWidget(m_add);
    side->addWidget(m_edit);
    side->addWidget(m_remove);
    side->addStretch(1);
    side->addWidget(m_open);

    auto *listPage = new QWidget(this);
    auto *listLayout = new QHBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_view, 1);
    listLayout->addLayout(side);

    m_pages->addWidget(listPage);
    m_pages->addWidget(m_editor);
    connect(m_editor, &ProfileEditor::saveRequested, this, &ProfilesDialog::save);
    connect(m_editor, &ProfileEditor::cancelRequested, this, &ProfilesDialog::showList);

    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_vaultBanner);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_status);
    layout->addWidget(close);

    // A keychain that disappears mid-run (daemon gone) turns the banner on.
    if (auto *keychain = qobject_cast<auth::KeychainTokenVault *>(m_vault))
        connect(keychain, &auth::KeychainTokenVault::becameUnavailable, this,
                &ProfilesDialog::updateVaultBanner);
    updateVaultBanner();
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    updateButtons();
    m_view->setFocus();
}

ProfilesDialog::~ProfilesDialog() = default;

void ProfilesDialog::selectProfile(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row >= 0)
        m_view->selectRow(row);
}

QString ProfilesDialog::selectedProfile() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const auto profile = m_model->profileAt(rows.first().row());
    return profile ? profile->name : QString();
}

bool ProfilesDialog::isEditing() const
{
    return m_pages->currentWidget() == m_editor;
}

QString ProfilesDialog::statusText() const
{
    return m_status->text();
}

bool ProfilesDialog::vaultBannerShown() const
{
    return !m_vaultBanner->isHidden();
}

void ProfilesDialog::addProfile()
{
    QStringList names;
    for (const store::Profile &profile : m_registry->profiles())
        names << profile.name;
    m_editor->startNew(names, secretsPersist());
    m_pages->setCurrentWidget(m_editor);
    m_editor->nameEdit()->setFocus();
}

void ProfilesDialog::editSelected()
{
    const QString name = selectedProfile();
    const auto profile = m_registry->find(name);
    if (!profile)
        return;
    m_editor->startEdit(*profile, secretsPersist());
    m_pages->setCurrentWidget(m_editor);
    m_editor->environmentBox()->setFocus();
}

void ProfilesDialog::removeSelected()
{
    const QString name = selectedProfile();
    const auto profile = m_registry->find(name);
    if (!profile)
        return;
    const QString question =
            tr("Remove the profile “%1”? Its app secret and tokens are deleted from the %2. Its "
               "local mirror stays on disk and is used again by a profile of the same name.")
                    .arg(name, secretsPersist() ? tr("system keychain") : tr("session"));
    const bool go = m_confirmer ? m_confirmer(question)
                                : QMessageBox::question(this, tr("Remove profile"), question,
                                                        QMessageBox::Yes | QMessageBox::Cancel,
                                                        QMessageBox::Cancel)
                                          == QMessageBox::Yes;
    if (!go)
        return;
    const int row = m_model->rowOf(name);
    QString error;
    if (!m_model->removeProfile(name, store::ProfileRegistry::FolderOnRemove::Keep, &error)) {
        setStatus(error, true);
        return;
    }
    setStatus(tr("Removed “%1”; deleting its stored secrets…").arg(name));
    m_vault->removeProfile(name, profile->appId, this, [this, name](const auth::VaultResult &r) {
        if (r.ok())
            setStatus(tr("Removed “%1” and its stored secrets.").arg(name));
        else
            setStatus(tr("Removed “%1”, but its stored secrets could not be deleted: %2")
                              .arg(name, r.message),
                      true);
        Q_EMIT vaultOperationFinished(r.ok());
    });
    if (m_model->rowCount() > 0)
        m_view->selectRow(std::min(row, m_model->rowCount() - 1));
    updateButtons();
}

void ProfilesDialog::openSelected()
{
    const QString name = selectedProfile();
    if (name.isEmpty())
        return;
    Q_EMIT profileChosen(name);
    accept();
}

void ProfilesDialog::save()
{
    const auto profile = m_editor->validatedProfile();
    if (!profile)
        return;
    const bool isNew = m_editor->isNew();
    const QString oldAppId = m_editor->originalAppId();
    QString error;
    const bool saved = isNew ? m_model->addProfile(*profile, &error)
                             : m_model->updateProfile(*profile, &error);
    if (!saved) {
        m_editor->showError(error);
        return;
    }

    QString secret = m_editor->takeSecret();
    const auth::SecretKey key{profile->name, profile->appId, auth::SecretKind::AppSecret};
    const auto storeSecret = [this, key, name = profile->name](QString secretCopy) {
        m_vault->store(key, secretCopy, this, [this, name](const auth::VaultResult &r) {
            if (r.ok())
                setStatus(tr("Saved “%1”; its app secret is stored.").arg(name));
            else
                setStatus(tr("Saved “%1”, but its app secret could not be stored: %2")
                                  .arg(name, r.message),
                          true);
            Q_EMIT vaultOperationFinished(r.ok());
        });
        auth::SecretScrubber::scrub(secretCopy);
    };
    setStatus(tr("Saved “%1”.").arg(profile->name));
    if (!isNew && oldAppId != profile->appId) {
        // Tokens belong to the old app: forget them (and its secret) before storing anything.
        auto pending = std::make_shared<QString>(auth::SecretScrubber::ownCopy(secret));
        m_vault->removeProfile(profile->name, oldAppId, this,
                               [this, pending, storeSecret](const auth::VaultResult &r) {
                                   if (!pending->isEmpty())
                                       storeSecret(std::move(*pending));
                                   else
                                       Q_EMIT vaultOperationFinished(r.ok());
                                   auth::SecretScrubber::scrub(*pending);
                               });
    } else if (!secret.isEmpty()) {
        storeSecret(auth::SecretScrubber::ownCopy(secret));
    }
    auth::SecretScrubber::scrub(secret);

    showList();
    selectProfile(profile->name);
}

void ProfilesDialog::showList()
{
    m_editor->clearSecret();
    m_editor->clearMessages();
    m_pages->setCurrentIndex(0);
    m_view->setFocus();
    updateButtons();
}

void ProfilesDialog::reject()
{
    // Escape in the editor leaves the editor, not the dialog.
    if (isEditing()) {
        showList();
        return;
    }
    QDialog::reject();
}

bool ProfilesDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & ~Qt::KeypadModifier)
            return QDialog::eventFilter(watched, event);
        switch (key->key()) {
        case Qt::Key_Insert:
            addProfile();
            return true;
        case Qt::Key_Delete:
            removeSelected();
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            editSelected();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ProfilesDialog::updateButtons()
{
    const bool selected = !selectedProfile().isEmpty();
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_open->setEnabled(selected);
}

void ProfilesDialog::updateVaultBanner()
{
    if (secretsPersist()) {
        m_vaultBanner->hide();
        return;
    }
    QString text = tr("No system keychain is available: app secrets and tokens are kept for this "
                      "run only, and you will be asked for them again next time.");
    if (!m_vault->available() && !m_vault->unavailableReason().isEmpty())
        text += u' ' + m_vault->unavailableReason();
    m_vaultBanner->setText(text);
    m_vaultBanner->show();
}

void ProfilesDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"color: #b3261e;"_s : QString());
}

bool ProfilesDialog::secretsPersist() const
{
    return m_vault->available() && m_vault->persistent();
}

} // namespace bc::ui
