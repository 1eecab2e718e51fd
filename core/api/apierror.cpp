#include "core/api/apierror.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace bc::api {

ApiError::Kind ApiError::kindForCode(int code)
{
    switch (code) {
    case 40100: // requests too frequent
    case 40132: // request frequency limited
    case 40133:
    case 40016: // business frequency control
    case 61000: // too many requests (blacklist)
        return Kind::Throttled;
    case 40102: // access token expired
    case 40103: // refresh token expired
    case 40104: // access token empty
    case 40105: // access token invalid or revoked
    case 40107: // invalid refresh token
    case 40110: // auth code error
    case 40130: // scope not authorized
    case 40131: // TikTok user OAuth failed
        return Kind::Auth;
    case 40001: // permission error
    case 40003: // forbidden
    case 40118: // not in allowlist
    case 40125: // developer has no permission
    case 40301: // advertiser role error
        return Kind::Permission;
    case 40007: // object does not exist
    case 40300: // advertiser does not exist
    case 40302:
    case 40400: // route not found
        return Kind::NotFound;
    case 50000: // system error
    case 50002: // system timeout
    case 60001: // maintenance
        return Kind::Server;
    default:
        break;
    }
    if ((code >= 51000 && code <= 51099) || (code >= 52000 && code <= 52299))
        return Kind::Server;
    if (code >= 40000 && code < 41000)
        return Kind::Validation;
    return Kind::Other;
}

ApiError ApiError::fromCode(int code, const QString &message, const QString &requestId,
                            int httpStatus)
{
    return ApiError{kindForCode(code), code, message, requestId, httpStatus};
}

QString ApiError::explanation() const
{
    switch (code) {
    case 40000:
        return tr("TikTok rejected the request's parameters.");
    case 40001:
        return tr("You don't have permission to do this in this Business Center, or on this ad "
                  "account.");
    case 40002:
        return tr("TikTok rejected a parameter of the request.");
    case 40003:
        return tr("TikTok refuses this request for your account.");
    case 40006:
    case 40051:
        return tr("TikTok does not accept this API version. The console may be out of date.");
    case 40007:
        return tr("That object no longer exists at TikTok. Refresh the list.");
    case 40009:
        return tr("TikTok's sandbox does not offer this; it works in production only.");
    case 40011:
        return tr("Too many ids in one request; select fewer at a time.");
    case 40012:
        return tr("Nothing to change: the values are already as requested.");
    case 40013:
        return tr("This sandbox ad account does not exist. Check the id in the developer portal.");
    case 40014:
        return tr("This object lives in another TikTok region than the one asked.");
    case 40016:
    case 40100:
    case 40132:
    case 40133:
        return tr("Too many requests for this app right now; the console will slow down and try "
                  "again.");
    case 40050:
        return tr("TikTok already received this request once.");
    case 40102:
        return tr("Your sign-in has expired. Sign in again.");
    case 40103:
    case 40107:
        return tr("The saved sign-in can no longer be renewed. Sign in again.");
    case 40104:
        return tr("No access token was sent. Sign in first.");
    case 40105:
        return tr("The access token is incorrect or has been revoked. Sign in again.");
    case 40110:
        return tr("The authorization code is expired, used or wrong. Start the sign-in again.");
    case 40118:
        return tr("This feature needs TikTok's allowlist approval for your app.");
    case 40130:
        return tr("Your sign-in does not include the permission this needs. Sign in again and "
                  "grant it.");
    case 40131:
        return tr("Signing in with the TikTok account failed. Try again.");
    case 40201:
        return tr("TikTok is still preparing this; it will be ready shortly.");
    case 40202:
        return tr("Someone changed this at the same time. Refresh and try again.");
    case 40300:
    case 40302:
        return tr("TikTok does not know this ad account.");
    case 40301:
        return tr("Your role on this ad account does not allow this.");
    case 40400:
        return tr("TikTok does not know this endpoint. The console may be out of date.");
    case 41000:
        return tr("TikTok has blocked this request.");
    case 41001:
    case 41002:
        return tr("TikTok has retired this endpoint or field. The console may be out of date.");
    case 50000:
    case 50002:
        return tr("TikTok had a temporary problem. Try again in a moment.");
    case 60001:
        return tr("TikTok is under maintenance. Try again later.");
    case 61000:
        return tr("TikTok has paused this app for making too many requests. Wait a few minutes.");
    default:
        break;
    }
    if ((code >= 51000 && code <= 51099) || (code >= 52000 && code <= 52299))
        return tr("A TikTok service had a temporary problem. Try again in a moment.");
    switch (kind) {
    case Kind::Network:
        return tr("Could not reach the server: %1").arg(message);
    case Kind::Timeout:
        return tr("The server did not answer in time.");
    case Kind::Throttled:
        return tr("TikTok is limiting how often this app may call it; wait and try again.");
    case Kind::Auth:
        return tr("Your sign-in is no longer valid. Sign in again.");
    case Kind::Permission:
        return tr("You don't have the role this needs.");
    case Kind::Validation:
        return tr("TikTok rejected the request: %1").arg(message);
    case Kind::NotFound:
        return tr("TikTok could not find what was asked for.");
    case Kind::Server:
        return httpStatus >= 500
                       ? tr("The server failed (HTTP %1). Try again in a moment.").arg(httpStatus)
                       : tr("TikTok had a temporary problem. Try again in a moment.");
    case Kind::Parse:
        return tr("The server's answer could not be read: %1").arg(message);
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::LocalFile:
        return tr("The file could not be saved: %1").arg(message);
    case Kind::Other:
        break;
    }
    return tr("TikTok answered with error %1: %2").arg(code).arg(message);
}

QString ApiError::details() const
{
    QStringList facts;
    if (code != 0)
        facts << tr("code %1").arg(code);
    if (!message.isEmpty() && kind != Kind::Network && kind != Kind::Parse)
        facts << tr("“%1”").arg(message);
    if (!requestId.isEmpty())
        facts << tr("request_id %1").arg(requestId);
    if (httpStatus != 0 && httpStatus != 200)
        facts << tr("HTTP %1").arg(httpStatus);
    if (facts.isEmpty())
        return explanation();
    return explanation() + u" ("_s + facts.join(u", "_s) + u')';
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Throttled:
        return QStringLiteral("throttled");
    case Kind::Auth:
        return QStringLiteral("auth");
    case Kind::Permission:
        return QStringLiteral("permission");
    case Kind::Validation:
        return QStringLiteral("validation");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Parse:
        return QStringLiteral("parse");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::LocalFile:
        return QStringLiteral("local-file");
    case Kind::Other:
        break;
    }
    return QStringLiteral("other");
}

} // namespace bc::api
