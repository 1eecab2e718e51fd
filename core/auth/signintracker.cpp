#include "core/auth/signintracker.h"

#include "core/api/activitylog.h"
#include "core/api/apierror.h"
#include "core/auth/logging.h"

namespace bc::auth {

SignInTracker::SignInTracker(QObject *parent)
    : QObject(parent)
{ }

void SignInTracker::report(const QString &profile, const api::ApiError &error)
{
    if (error.needsSignIn())
        mark(profile);
}

void SignInTracker::watch(const QString &profile, api::ActivityLog *log)
{
    connect(log, &api::ActivityLog::entryAppended, this,
            [this, profile](const api::ActivityEntry &entry, bool) {
                if (entry.errorKind == api::ApiError::Kind::Auth)
                    mark(profile);
            });
}

void SignInTracker::clear(const QString &profile)
{
    if (m_profiles.remove(profile))
        Q_EMIT needsSignInChanged(profile, false);
}

bool SignInTracker::needsSignIn(const QString &profile) const
{
    return m_profiles.contains(profile);
}

void SignInTracker::mark(const QString &profile)
{
    if (m_profiles.contains(profile))
        return;
    m_profiles.insert(profile);
    qCInfo(lcAuth) << "profile" << profile << "needs to sign in again";
    Q_EMIT needsSignInChanged(profile, true);
}

} // namespace bc::auth
