#include "portalauthhandler.h"

#include "emulator/emulatorrequest.h"
#include "emulator/world.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace bc::emulator {

namespace {

EmulatorReply errorPage(const QString &reason)
{
    const QString html = u"<!DOCTYPE html>\n<html><head><title>Authorization failed</title></head>"
                         u"<body><h1>Authorization failed</h1><p>"_s
                         + reason.toHtmlEscaped() + u"</p></body></html>\n"_s;
    EmulatorReply reply =
            EmulatorReply::raw(html.toUtf8(), QByteArrayLiteral("text/html; charset=utf-8"));
    reply.httpStatus = 400;
    return reply;
}

// The real page only accepts the app's registered redirect URLs; the emulator has no list of
// them, so any absolute http(s) URL passes.
bool isValidRedirectUri(const QUrl &url)
{
    return url.isValid() && !url.isRelative() && !url.host().isEmpty()
           && (url.scheme() == u"http"_s || url.scheme() == u"https"_s);
}

} // namespace

EmulatorReply handlePortalAuth(World &world, const EmulatorRequest &request)
{
    const QString appId = request.queryValue(u"app_id"_s);
    if (appId.isEmpty() || appId != world.app().appId)
        return errorPage(u"Unknown app_id."_s);
    const QString redirectText = request.queryValue(u"redirect_uri"_s);
    const QUrl redirectUri(redirectText, QUrl::StrictMode);
    if (redirectText.isEmpty() || !isValidRedirectUri(redirectUri))
        return errorPage(u"redirect_uri is missing or is not a valid http(s) URL."_s);
    const bool hasState = request.hasQueryValue(u"state"_s);
    const QString state = request.queryValue(u"state"_s);

    const WorldResult<AuthCode> code = world.issueAuthCode(appId, redirectText, state);
    if (!code.ok())
        return errorPage(code.error.message);

    // Appended to whatever query the redirect URL already has; clients read either name.
    QUrl location = redirectUri;
    QUrlQuery query(location);
    query.addQueryItem(u"auth_code"_s, code.value.code);
    query.addQueryItem(u"code"_s, code.value.code);
    if (hasState) {
        // Encoded by hand: QUrlQuery leaves '&', '=', '+' and '#' of a free-form state alone.
        query.addQueryItem(u"state"_s, QString::fromLatin1(QUrl::toPercentEncoding(state)));
    }
    location.setQuery(query);
    return EmulatorReply::redirect(location);
}

} // namespace bc::emulator
