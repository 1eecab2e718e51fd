#pragma once

#include "core/auth/tokenstatus.h"
#include "core/store/profile.h"

#include <QDialog>
#include <QHash>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QWidget;

namespace bc::api {
class ApiClient;
}

namespace bc::auth {
class AdvertiserAuthorization;
class TokenVault;
struct AuthError;
} // namespace bc::auth

namespace bc::domain {
struct AuthorizedAdvertiser;
}

namespace bc::ui {

class ErrorBanner;

// The advertiser sign-in of one profile (reference §2.1–2.5): shows the authorization address
// to open in the browser, waits for the browser on the loopback redirect when the profile's
// redirect URI is http://127.0.0.1:PORT/… (or, for a demo or custom emulator without one, on
// any free port), and otherwise takes the address the browser landed on, pasted. The code is
// exchanged, the token goes to the vault (and onto `client`), and the dialog shows which ad
// accounts and permissions were granted. In sandbox, where the accounts cannot be listed, the
// user can enter the sandbox advertiser id.
//
// After signedIn(), the caller typically clears the profile's SignInTracker mark and hands
// tokenStatus() to its TokenStatusView.
class SignInDialog final : public QDialog
{
    Q_OBJECT

public:
    // Opens the address in a browser; the default is QDesktopServices::openUrl.
    using UrlOpener = std::function<bool(const QUrl &url)>;

    SignInDialog(api::ApiClient *client, auth::TokenVault *vault, const store::Profile &profile,
                 QWidget *parent = nullptr);
    ~SignInDialog() override;

    void setUrlOpener(UrlOpener opener) { m_opener = std::move(opener); }

    // A new sign-in: a new single-use state and address (the previous address stops working).
    void restart();
    // What the "Continue" button does with the paste field: a redirect address (its auth_code
    // or code, and its state, are checked), or a bare code copied by hand.
    void submitPasted(const QString &text);
    void openInBrowser();
    void copyAddress();

    [[nodiscard]] const store::Profile &profile() const { return m_profile; }
    [[nodiscard]] QUrl authorizationUrl() const { return m_url; }
    // The loopback redirect address while the dialog waits for the browser; empty otherwise.
    [[nodiscard]] QUrl listeningOn() const;
    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] bool isSignedIn() const { return m_status.has_value(); }
    // What was granted, with a sandbox advertiser id entered by hand among the accounts.
    [[nodiscard]] std::optional<auth::TokenStatus> tokenStatus() const;
    [[nodiscard]] QStringList advertiserIds() const;
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] QString resultText() const;

    [[nodiscard]] QLineEdit *pasteEdit() const { return m_paste; }
    [[nodiscard]] QLineEdit *addressEdit() const { return m_address; }
    // Only in sandbox; null otherwise.
    [[nodiscard]] QLineEdit *sandboxAdvertiserEdit() const { return m_sandboxId; }
    [[nodiscard]] QPushButton *continueButton() const { return m_continue; }

Q_SIGNALS:
    // The token is stored in the vault and set on the client.
    void signedIn();

private:
    void onAuthorized(const auth::TokenStatus &status);
    void onAdvertisers(const QList<domain::AuthorizedAdvertiser> &advertisers);
    void onFailed(const auth::AuthError &error);
    void setBusy(bool busy);
    void useSandboxAdvertiser();
    void showResult();
    void startListening();

    auth::TokenVault *m_vault;
    store::Profile m_profile;
    auth::AdvertiserAuthorization *m_auth;
    UrlOpener m_opener;
    QUrl m_url;
    std::optional<auth::TokenStatus> m_status;
    QStringList m_sandboxIds;
    bool m_listingAdvertisers = false;
    QHash<QString, QString> m_advertiserNames; // id -> name, once listed

    QLineEdit *m_address;
    QPushButton *m_copy;
    QPushButton *m_open;
    QLabel *m_listening;
    QLineEdit *m_paste;
    QPushButton *m_continue;
    QProgressBar *m_progress;
    ErrorBanner *m_error;
    QWidget *m_resultBox;
    QLabel *m_result;
    QListWidget *m_accounts;
    QLineEdit *m_sandboxId = nullptr;
    QPushButton *m_done;
};

} // namespace bc::ui
