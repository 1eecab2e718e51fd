#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace bc::auth {

// Permission scopes in words, for the token status view.
//
// Advertiser tokens carry numeric scope ids (reference §2.2). The reference has no table of them:
// the words below follow the permission groups of TikTok's developer portal in its usual order
// and are NOT verified against the live API. An unknown id reads "Permission scope N", so
// nothing is ever hidden. TikTok account holder scopes are names ("user.info.basic").
class ScopeNames final
{
    Q_DECLARE_TR_FUNCTIONS(ScopeNames)

public:
    [[nodiscard]] static QString advertiserScope(qint64 id);
    [[nodiscard]] static QString ttUserScope(const QString &scope);
    [[nodiscard]] static QStringList advertiserScopes(const QList<qint64> &ids);
    [[nodiscard]] static QStringList ttUserScopes(const QStringList &scopes);
};

} // namespace bc::auth
