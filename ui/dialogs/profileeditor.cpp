#include "ui/dialogs/profileeditor.h"

#include "core/api/environment.h"
#include "core/store/profileregistry.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc::ui {

namespace {

bool isLoopbackHost(const QString &host)
{
    return host == "localhost"_L1 || QHostAddress(host).isLoopback();
}

QLabel *messageLabel(const QString &objectName, const QString &style, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(style);
    label->hide();
    return label;
}

} // namespace

ProfileEditor::ProfileEditor(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_environment(new QComboBox(this))
    , m_customUrl(new QLineEdit(this))
    , m_appId(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_secretHint(new QLabel(this))
    , m_redirect(new QLineEdit(this))
    , m_error(messageLabel(u"profileError"_s,
                           u"QLabel { background: #fdecea; color: #5f0b07; border: 1px solid "
                           "#d93025; border-radius: 4px; padding: 4px; }"_s,
                           this))
    , m_warning(messageLabel(u"profileWarning"_s,
                             u"QLabel { background: #fff4e5; color: #663c00; border: 1px solid "
                             "#f0a030; border-radius: 4px; padding: 4px; }"_s,
                             this))
    , m_save(new QPushButton(tr("&Save"), this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);

    m_name->setMaxLength(store::ProfileRegistry::maxNameLength);
    m_name->setPlaceholderText(tr("e.g. Agency sandbox"));
    m_name->setAccessibleName(tr("Profile name"));

    // Sandbox first: the safe default for a new profile.
    m_environment->addItem(tr("Sandbox (test accounts, no real money)"),
                           int(api::EnvironmentKind::Sandbox));
    m_environment->addItem(tr("Production (real accounts and money)"),
                           int(api::EnvironmentKind::Production));
    m_environment->addItem(tr("Demo (built-in emulator)"), int(api::EnvironmentKind::Demo));
    m_environment->addItem(tr("Custom API URL"), int(api::EnvironmentKind::Custom));
    m_environment->setAccessibleName(tr("Environment"));
    connect(m_environment, &QComboBox::currentIndexChanged, this,
            &ProfileEditor::updateCustomUrlState);

    m_customUrl->setPlaceholderText(u"https://api.example.com/open_api/"_s);
    m_customUrl->setAccessibleName(tr("Custom API URL"));

    m_appId->setPlaceholderText(tr("digits, from the TikTok developer portal"));
    m_appId->setAccessibleName(tr("App ID"));

    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(tr("App secret"));
    m_secretHint->setWordWrap(true);
    QPalette hintPalette = m_secretHint->palette();
    hintPalette.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_secretHint->setPalette(hintPalette);

    m_redirect->setPlaceholderText(tr("optional, e.g. http://127.0.0.1:8400/callback"));
    m_redirect->setAccessibleName(tr("Redirect URI"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Environment:"), m_environment);
    form->addRow(tr("API &URL:"), m_customUrl);
    form->addRow(tr("App &ID:"), m_appId);
    form->addRow(tr("App se&cret:"), m_secret);
    form->addRow(QString(), m_secretHint);
    form->addRow(tr("&Redirect URI:"), m_redirect);

    auto *cancel = new QPushButton(tr("Cancel"), this);
    m_save->setAutoDefault(false);
    cancel->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, &ProfileEditor::saveRequested);
    connect(cancel, &QPushButton::clicked, this, &ProfileEditor::cancelRequested);
    for (QLineEdit *edit : {m_name, m_customUrl, m_appId, m_secret, m_redirect})
        connect(edit, &QLineEdit::returnPressed, this, &ProfileEditor::saveRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_warning);
    layout->addStretch(1);
    layout->addLayout(buttons);

    updateCustomUrlState();
}

void ProfileEditor::startNew(const QStringList &takenNames, bool secretsPersist)
{
    m_isNew = true;
    m_original = store::Profile();
    m_takenNames = takenNames;
    m_title->setText(tr("New profile"));
    m_name->clear();
    m_name->setReadOnly(false);
    m_name->setToolTip(QString());
    setEnvironment(api::EnvironmentKind::Sandbox);
    m_customUrl->clear();
    m_appId->clear();
    clearSecret();
    m_secret->setPlaceholderText(tr("the app's secret"));
    m_secretHint->setText(secretsPersist
                                  ? tr("Stored in the system keychain, never in the profile file.")
                                  : tr("No system keychain: kept in memory for this run only, "
                                       "never written to disk."));
    m_redirect->clear();
    clearMessages();
    m_name->setFocus();
}

void ProfileEditor::startEdit(const store::Profile &profile, bool secretsPersist)
{
    m_isNew = false;
    m_original = profile;
    m_takenNames.clear();
    m_title->setText(tr("Edit profile “%1”").arg(profile.name));
    m_name->setText(profile.name);
    m_name->setReadOnly(true);
    m_name->setToolTip(tr("The name also names the profile's folder and keychain entries, so it "
                          "cannot be changed. Add a new profile instead."));
    setEnvironment(profile.environment);
    m_customUrl->setText(profile.customBaseUrl.toDisplayString());
    m_appId->setText(profile.appId);
    clearSecret();
    m_secret->setPlaceholderText(tr("leave empty to keep the stored secret"));
    m_secretHint->setText(secretsPersist
                                  ? tr("Stored in the system keychain, never in the profile file. "
                                       "Changing the app ID forgets the old app's secret and "
                                       "tokens.")
                                  : tr("No system keychain: kept in memory for this run only. "
                                       "Changing the app ID forgets the old app's secret and "
                                       "tokens."));
    m_redirect->setText(profile.redirectUri.toDisplayString());
    clearMessages();
    m_environment->setFocus();
}

QString ProfileEditor::problemWith(const store::Profile &profile, bool isNew,
                                   const QStringList &takenNames, QString *warning)
{
    if (warning)
        warning->clear();
    if (profile.name.trimmed().isEmpty())
        return tr("Enter a name for the profile.");
    if (isNew && takenNames.contains(profile.name, Qt::CaseSensitive))
        return tr("A profile named “%1” already exists: choose another name.").arg(profile.name);
    if (profile.environment == api::EnvironmentKind::Custom) {
        const QUrl &url = profile.customBaseUrl;
        if (url.isEmpty())
            return tr("Enter the custom API's URL, ending in /open_api/.");
        if (!url.isValid() || url.host().isEmpty())
            return tr("“%1” is not a valid URL.").arg(url.toDisplayString());
        if (url.scheme() == "http"_L1) {
            if (!isLoopbackHost(url.host()))
                return tr("The custom API URL must use https. Plain http is only accepted for "
                          "this computer (127.0.0.1 or localhost).");
            if (warning)
                *warning = tr("Plain http on this computer: fine for a local emulator, but the "
                              "traffic is not encrypted.");
        } else if (url.scheme() != "https"_L1) {
            return tr("The custom API URL must start with https://.");
        }
    }
    static const QRegularExpression digits(u"^[0-9]+$"_s);
    const bool needsApp = profile.environment == api::EnvironmentKind::Sandbox
                          || profile.environment == api::EnvironmentKind::Production;
    if (profile.appId.isEmpty() && needsApp)
        return tr("Enter the app ID (digits, from the TikTok developer portal).");
    if (!profile.appId.isEmpty() && !digits.match(profile.appId).hasMatch())
        return tr("The app ID must be digits only (got “%1”).").arg(profile.appId);
    return store::ProfileRegistry::validate(profile);
}

std::optional<store::Profile> ProfileEditor::validatedProfile()
{
    store::Profile profile = m_isNew ? store::Profile() : m_original;
    profile.name = m_isNew ? m_name->text().trimmed() : m_original.name;
    profile.environment = environment();
    profile.customBaseUrl = profile.environment == api::EnvironmentKind::Custom
                                    ? QUrl(m_customUrl->text().trimmed(), QUrl::StrictMode)
                                    : QUrl();
    profile.appId = m_appId->text().trimmed();
    profile.redirectUri = QUrl(m_redirect->text().trimmed(), QUrl::StrictMode);

    QString warning;
    const QString problem = problemWith(profile, m_isNew, m_takenNames, &warning);
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
    if (!problem.isEmpty()) {
        showError(problem);
        return std::nullopt;
    }
    m_error->hide();
    return profile;
}

QString ProfileEditor::takeSecret()
{
    QString secret = m_secret->text();
    // Once the field lets go of its text, this copy is the only one left to scrub.
    clearSecret();
    return secret;
}

void ProfileEditor::clearSecret()
{
    m_secret->clear();
}

void ProfileEditor::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setAccessibleDescription(message);
    m_error->show();
}

void ProfileEditor::clearMessages()
{
    m_error->clear();
    m_error->hide();
    m_warning->clear();
    m_warning->hide();
}

QString ProfileEditor::secretHintText() const
{
    return m_secretHint->text();
}

QString ProfileEditor::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString ProfileEditor::warningText() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

void ProfileEditor::setEnvironment(api::EnvironmentKind kind)
{
    m_environment->setCurrentIndex(std::max(0, m_environment->findData(int(kind))));
    updateCustomUrlState();
}

api::EnvironmentKind ProfileEditor::environment() const
{
    return static_cast<api::EnvironmentKind>(m_environment->currentData().toInt());
}

void ProfileEditor::updateCustomUrlState()
{
    const bool custom = environment() == api::EnvironmentKind::Custom;
    m_customUrl->setEnabled(custom);
    if (!custom)
        m_customUrl->setPlaceholderText(tr("only for a custom API"));
    else
        m_customUrl->setPlaceholderText(u"https://api.example.com/open_api/"_s);
}

} // namespace bc::ui
