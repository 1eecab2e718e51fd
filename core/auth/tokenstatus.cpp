#include "core/auth/tokenstatus.h"

#include "core/auth/scopenames.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace bc::auth {

namespace {

QString isoText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime fromIso(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QJsonArray textArray(const QStringList &texts)
{
    QJsonArray array;
    for (const QString &text : texts)
        array.append(text);
    return array;
}

QStringList textList(const QJsonValue &value)
{
    QStringList texts;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        texts.append(item.isString() ? item.toString() : QString::number(item.toInteger()));
    return texts;
}

} // namespace

QStringList TokenStatus::scopesInWords() const
{
    return kind == Kind::Advertiser ? ScopeNames::advertiserScopes(scopeIds)
                                    : ScopeNames::ttUserScopes(scopes);
}

bool TokenStatus::expiresWithin(const QDateTime &now, qint64 marginSecs) const
{
    return kind == Kind::TtUser && expiresAt.isValid() && now.secsTo(expiresAt) <= marginSecs;
}

QJsonObject TokenStatus::toJson() const
{
    QJsonObject object{{u"kind"_s, kind == Kind::Advertiser ? u"advertiser"_s : u"tt_user"_s},
                       {u"profile"_s, profile},
                       {u"app_id"_s, appId},
                       {u"scope_words"_s, textArray(scopesInWords())},
                       {u"granted_at"_s, isoText(grantedAt)},
                       {u"needs_sign_in"_s, needsSignIn}};
    if (kind == Kind::Advertiser) {
        object.insert(u"advertiser_ids"_s, textArray(accounts));
        QJsonArray ids;
        for (qint64 id : scopeIds)
            ids.append(id);
        object.insert(u"scopes"_s, ids);
    } else {
        object.insert(u"open_id"_s, accounts.value(0));
        object.insert(u"scopes"_s, textArray(scopes));
        object.insert(u"expires_at"_s, isoText(expiresAt));
        object.insert(u"refresh_expires_at"_s, isoText(refreshExpiresAt));
    }
    return object;
}

std::optional<TokenStatus> TokenStatus::fromJson(const QJsonObject &object)
{
    TokenStatus status;
    const QString kind = object.value(u"kind"_s).toString();
    if (kind == u"advertiser"_s)
        status.kind = Kind::Advertiser;
    else if (kind == u"tt_user"_s)
        status.kind = Kind::TtUser;
    else
        return std::nullopt;
    status.profile = object.value(u"profile"_s).toString();
    status.appId = object.value(u"app_id"_s).toString();
    status.grantedAt = fromIso(object.value(u"granted_at"_s));
    status.needsSignIn = object.value(u"needs_sign_in"_s).toBool();
    if (status.kind == Kind::Advertiser) {
        status.accounts = textList(object.value(u"advertiser_ids"_s));
        const QJsonArray ids = object.value(u"scopes"_s).toArray();
        for (const QJsonValue &id : ids)
            status.scopeIds.append(id.toInteger());
    } else {
        const QString openId = object.value(u"open_id"_s).toString();
        if (!openId.isEmpty())
            status.accounts = {openId};
        status.scopes = textList(object.value(u"scopes"_s));
        status.expiresAt = fromIso(object.value(u"expires_at"_s));
        status.refreshExpiresAt = fromIso(object.value(u"refresh_expires_at"_s));
    }
    return status;
}

} // namespace bc::auth
