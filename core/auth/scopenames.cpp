#include "core/auth/scopenames.h"

using namespace Qt::StringLiterals;

namespace bc::auth {

QString ScopeNames::advertiserScope(qint64 id)
{
    switch (id) {
    case 1:
        return tr("Ad account management");
    case 2:
        return tr("Ads management");
    case 3:
        return tr("Audience management");
    case 4:
        return tr("Reporting");
    case 5:
        return tr("Pixel management");
    case 6:
        return tr("Creative management");
    case 7:
        return tr("Lead management");
    case 8:
        return tr("Catalog management");
    case 9:
        return tr("Business Center management");
    case 10:
        return tr("Comment management");
    case 11:
        return tr("TikTok account management");
    case 12:
        return tr("Measurement");
    default:
        return tr("Permission scope %1").arg(id);
    }
}

QString ScopeNames::ttUserScope(const QString &scope)
{
    if (scope == u"user.info.basic"_s)
        return tr("Basic account information");
    if (scope == u"user.info.profile"_s)
        return tr("Profile information");
    if (scope == u"user.info.stats"_s)
        return tr("Account statistics");
    if (scope == u"video.list"_s)
        return tr("Public videos");
    if (scope == u"biz.creator.info"_s)
        return tr("Creator account information");
    if (scope == u"biz.creator.insights"_s)
        return tr("Creator insights");
    if (scope == u"tt.cm.manage"_s)
        return tr("Comment management");
    return tr("Scope \u201c%1\u201d").arg(scope);
}

QStringList ScopeNames::advertiserScopes(const QList<qint64> &ids)
{
    QStringList words;
    for (qint64 id : ids)
        words.append(advertiserScope(id));
    return words;
}

QStringList ScopeNames::ttUserScopes(const QStringList &scopes)
{
    QStringList words;
    for (const QString &scope : scopes)
        words.append(ttUserScope(scope));
    return words;
}

} // namespace bc::auth
