#include "core/auth/secretkey.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace bc::auth {

QString SecretKey::kindName(SecretKind kind)
{
    switch (kind) {
    case SecretKind::AppSecret:
        return u"app_secret"_s;
    case SecretKind::AdvertiserAccessToken:
        return u"advertiser_access_token"_s;
    case SecretKind::TtUserAccessToken:
        return u"tt_user_access_token"_s;
    case SecretKind::TtUserRefreshToken:
        return u"tt_user_refresh_token"_s;
    }
    return {};
}

std::optional<SecretKind> SecretKey::kindFromName(QStringView name)
{
    for (SecretKind kind : allKinds()) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QList<SecretKind> SecretKey::allKinds()
{
    return {SecretKind::AppSecret, SecretKind::AdvertiserAccessToken, SecretKind::TtUserAccessToken,
            SecretKind::TtUserRefreshToken};
}

QString SecretKey::entryName() const
{
    return QString::fromLatin1(QUrl::toPercentEncoding(profile)) + u'/'
           + QString::fromLatin1(QUrl::toPercentEncoding(appId)) + u'/' + kindName(kind);
}

} // namespace bc::auth
