#pragma once

#include "core/store/profile.h"

#include <QStringList>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace bc::ui {

// The form of one profile, a page of ProfilesDialog: name, environment (sandbox, production,
// demo or a custom API root), app id, the app secret (a password field, handed to the vault and
// cleared, never part of the profile) and the redirect URI. It checks what it can before the
// registry does and says what is wrong in words.
class ProfileEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileEditor(QWidget *parent = nullptr);

    // A new profile (sandbox preselected); `takenNames` are refused. `secretsPersist`: whether
    // the vault keeps secrets beyond this run (the hint under the secret says so).
    void startNew(const QStringList &takenNames, bool secretsPersist);
    // An existing profile; its name is fixed (it also names its folder and keychain entries).
    void startEdit(const store::Profile &profile, bool secretsPersist);
    [[nodiscard]] bool isNew() const { return m_isNew; }
    [[nodiscard]] QString originalAppId() const { return m_original.appId; }

    // The profile the form describes, or nothing (and the reason shown) when it is not valid.
    // A custom http root on the loopback interface is valid, with a warning shown.
    [[nodiscard]] std::optional<store::Profile> validatedProfile();
    // The secret typed in, taken out of the field (which is cleared); empty when none was typed.
    [[nodiscard]] QString takeSecret();
    void clearSecret();
    void showError(const QString &message);
    void clearMessages();

    // Why `profile` cannot be saved, checked before the registry's own rules; empty when it can.
    // `warning` gets what is allowed but worth knowing.
    [[nodiscard]] static QString problemWith(const store::Profile &profile, bool isNew,
                                             const QStringList &takenNames, QString *warning);

    [[nodiscard]] QLineEdit *nameEdit() const { return m_name; }
    [[nodiscard]] QComboBox *environmentBox() const { return m_environment; }
    [[nodiscard]] QLineEdit *customUrlEdit() const { return m_customUrl; }
    [[nodiscard]] QLineEdit *appIdEdit() const { return m_appId; }
    [[nodiscard]] QLineEdit *secretEdit() const { return m_secret; }
    [[nodiscard]] QLineEdit *redirectEdit() const { return m_redirect; }
    [[nodiscard]] QString secretHintText() const;
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] QString warningText() const;

Q_SIGNALS:
    void saveRequested();
    void cancelRequested();

private:
    void setEnvironment(api::EnvironmentKind kind);
    [[nodiscard]] api::EnvironmentKind environment() const;
    void updateCustomUrlState();

    bool m_isNew = true;
    store::Profile m_original;
    QStringList m_takenNames;
    QLabel *m_title;
    QLineEdit *m_name;
    QComboBox *m_environment;
    QLineEdit *m_customUrl;
    QLineEdit *m_appId;
    QLineEdit *m_secret;
    QLabel *m_secretHint;
    QLineEdit *m_redirect;
    QLabel *m_error;
    QLabel *m_warning;
    QPushButton *m_save;
};

} // namespace bc::ui
