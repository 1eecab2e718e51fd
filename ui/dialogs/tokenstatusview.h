#pragma once

#include "core/auth/tokenstatus.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace bc::auth {
class SignInTracker;
class TokenVault;
} // namespace bc::auth

namespace bc::store {
class ProfileRegistry;
}

namespace bc::ui {

// The sign-in state of every profile, usable on its own or inside a dialog: signed in or
// "needs sign-in" (the SignInTracker's mark), which accounts the token reaches, its permissions
// in words, when it was granted and, for account holder tokens, when it expires. "Sign in again"
// asks the caller to open the sign-in (reauthorizeRequested); "Sign out" deletes the profile's
// tokens from the vault (the app secret stays, so signing in again needs nothing retyped).
//
// What a token reaches is known from the sign-in of this run (setTokenStatus()), or from a
// TokenStatus the caller saved next to the profile (it holds no secret).
class TokenStatusView final : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        ProfileColumn,
        StateColumn,
        AccountsColumn,
        ScopesColumn,
        GrantedColumn,
        ExpiresColumn,
        ColumnCount,
    };

    TokenStatusView(store::ProfileRegistry *registry, auth::TokenVault *vault,
                    auth::SignInTracker *tracker, QWidget *parent = nullptr);
    ~TokenStatusView() override;

    // Lists the registry's profiles again and asks the vault which ones hold a token.
    void reload();
    void setTokenStatus(const auth::TokenStatus &status);
    [[nodiscard]] std::optional<auth::TokenStatus> tokenStatus(const QString &profile) const;

    // Deletes the profile's tokens from the vault; signedOut() when done.
    void signOut(const QString &profile);
    void selectProfile(const QString &profile);
    [[nodiscard]] QString selectedProfile() const;

    // "Signed in", "Needs sign-in", "Not signed in" or "Checking…".
    [[nodiscard]] QString stateText(const QString &profile) const;
    [[nodiscard]] QString text(const QString &profile, Column column) const;
    // The selected profile's details in full (state, accounts, permissions, dates).
    [[nodiscard]] QString detailsText() const;
    [[nodiscard]] QTreeWidget *view() const { return m_view; }

Q_SIGNALS:
    void reauthorizeRequested(const QString &profile);
    // The profile's tokens left the vault (ok) or could not be deleted; the caller also drops
    // the token from the profile's ApiClient.
    void signedOut(const QString &profile, bool ok);

private:
    enum class TokenPresence {
        Unknown,
        Present,
        Absent,
    };

    void probeToken(const QString &profile, const QString &appId, int kindIndex);
    void updateRow(const QString &profile);
    void updateButtons();
    void updateDetails();
    [[nodiscard]] QTreeWidgetItem *itemFor(const QString &profile) const;
    [[nodiscard]] QString appIdOf(const QString &profile) const;

    store::ProfileRegistry *m_registry;
    auth::TokenVault *m_vault;
    auth::SignInTracker *m_tracker;
    QHash<QString, auth::TokenStatus> m_statuses;
    QHash<QString, TokenPresence> m_presence;
    QTreeWidget *m_view;
    QPushButton *m_signInAgain;
    QPushButton *m_signOut;
    QLabel *m_note;
    QLabel *m_details;
};

} // namespace bc::ui
