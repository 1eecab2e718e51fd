#include "core/auth/authorizationredirect.h"

#include "core/api/redactor.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace bc::auth {

AuthorizationRedirect AuthorizationRedirect::parse(const QUrl &url)
{
    AuthorizationRedirect redirect;
    const QUrlQuery query(url);
    redirect.code = query.queryItemValue(u"auth_code"_s, QUrl::FullyDecoded);
    if (redirect.code.isEmpty())
        redirect.code = query.queryItemValue(u"code"_s, QUrl::FullyDecoded);
    redirect.state = query.queryItemValue(u"state"_s, QUrl::FullyDecoded);
    redirect.error = query.queryItemValue(u"error_description"_s, QUrl::FullyDecoded);
    if (redirect.error.isEmpty())
        redirect.error = query.queryItemValue(u"error"_s, QUrl::FullyDecoded);
    return redirect;
}

AuthorizationRedirect AuthorizationRedirect::parseText(const QString &pasted)
{
    return parse(QUrl(pasted.trimmed(), QUrl::TolerantMode));
}

QString AuthorizationRedirect::redacted(const QUrl &url)
{
    QList<QPair<QString, QString>> items;
    const auto queryItems = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : queryItems)
        items.append({name, value});
    QString text = url.toString(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    if (!items.isEmpty())
        text += u'?' + api::Redactor::redactQuery(items);
    return text;
}

} // namespace bc::auth
