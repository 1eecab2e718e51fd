#pragma once

#include <QDialog>
#include <QString>

#include <functional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace bc::auth {
class TokenVault;
}

namespace bc::store {
class ProfileRegistry;
}

namespace bc::models {
class ProfileListModel;
}

namespace bc::ui {

class ProfileEditor;

// Manages the saved profiles: the list with each one's environment badge, Add / Edit / Remove
// (Insert, Enter, Delete on the list), and Open, which hands the chosen profile to the caller.
// App secrets go to the TokenVault only; removing a profile also deletes its vault entries. A
// banner says so when the vault keeps secrets for this run only.
class ProfilesDialog final : public QDialog
{
    Q_OBJECT

public:
    // Asked before a profile is removed; true to go ahead. The default asks with a message box.
    using Confirmer = std::function<bool(const QString &question)>;

    ProfilesDialog(store::ProfileRegistry *registry, auth::TokenVault *vault,
                   QWidget *parent = nullptr);
    ~ProfilesDialog() override;

    void setConfirmer(Confirmer confirmer) { m_confirmer = std::move(confirmer); }

    // Selects the named profile in the list (e.g. the one in use).
    void selectProfile(const QString &name);
    [[nodiscard]] QString selectedProfile() const;

    void addProfile();
    void editSelected();
    void removeSelected();
    void openSelected();

    [[nodiscard]] bool isEditing() const;
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] ProfileEditor *editor() const { return m_editor; }
    [[nodiscard]] models::ProfileListModel *model() const { return m_model; }
    // The last outcome shown under the list ("Saved …", "Removed …", or an error).
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] bool vaultBannerShown() const;

Q_SIGNALS:
    // "Open" was chosen for this profile; the dialog then closes (accepted).
    void profileChosen(const QString &name);
    // A vault operation this dialog started has finished (for the caller's status line, and
    // for tests that wait on the asynchronous vault).
    void vaultOperationFinished(bool ok);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

public Q_SLOTS:
    void reject() override;

private:
    void save();
    void showList();
    void updateButtons();
    void updateVaultBanner();
    void setStatus(const QString &text, bool error = false);
    [[nodiscard]] bool secretsPersist() const;

    store::ProfileRegistry *m_registry;
    auth::TokenVault *m_vault;
    models::ProfileListModel *m_model;
    Confirmer m_confirmer;
    QLabel *m_vaultBanner;
    QStackedWidget *m_pages;
    QTableView *m_view;
    ProfileEditor *m_editor;
    QLabel *m_status;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_open;
};

} // namespace bc::ui
