#pragma once

#include <QObject>
#include <QSet>
#include <QString>

namespace bc::api {
class ActivityLog;
struct ApiError;
} // namespace bc::api

namespace bc::auth {

// Which profiles need to sign in again: the API rejected their token (40105 revoked, 40102
// expired, 40110 bad code, ... every ApiError::needsSignIn()). The mark is all that changes:
// the mirror, the settings and the other profiles are untouched, and the UI offers to
// re-authorize. A successful sign-in clears it.
class SignInTracker final : public QObject
{
    Q_OBJECT

public:
    explicit SignInTracker(QObject *parent = nullptr);

    // Marks `profile` when `error` means its token is no good.
    void report(const QString &profile, const api::ApiError &error);
    // Watches every call `log` records (a profile's client's activity log).
    void watch(const QString &profile, api::ActivityLog *log);
    void clear(const QString &profile);

    [[nodiscard]] bool needsSignIn(const QString &profile) const;
    [[nodiscard]] QSet<QString> profiles() const { return m_profiles; }

Q_SIGNALS:
    void needsSignInChanged(const QString &profile, bool needsSignIn);

private:
    void mark(const QString &profile);

    QSet<QString> m_profiles;
};

} // namespace bc::auth
