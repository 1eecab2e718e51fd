#include "core/api/redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace bc::api {

namespace {

QJsonValue redactValue(const QJsonValue &value);

QJsonArray redactArray(const QJsonArray &array)
{
    QJsonArray result;
    for (const QJsonValue &item : array)
        result.append(redactValue(item));
    return result;
}

QJsonValue redactValue(const QJsonValue &value)
{
    if (value.isObject())
        return Redactor::redactJson(value.toObject());
    if (value.isArray())
        return redactArray(value.toArray());
    if (value.isString())
        return Redactor::redactText(value.toString());
    return value;
}

// A query value that is JSON text (filtering, advertiser_ids) is redacted as JSON.
QString redactQueryValue(const QString &value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.startsWith(u'{') || trimmed.startsWith(u'[')) {
        const QJsonDocument document = QJsonDocument::fromJson(trimmed.toUtf8());
        if (document.isObject()) {
            return QString::fromUtf8(QJsonDocument(Redactor::redactJson(document.object()))
                                             .toJson(QJsonDocument::Compact));
        }
        if (document.isArray()) {
            return QString::fromUtf8(
                    QJsonDocument(redactArray(document.array())).toJson(QJsonDocument::Compact));
        }
    }
    return Redactor::redactText(value);
}

} // namespace

bool Redactor::isSecretKey(const QString &key)
{
    const QString lower = key.toLower();
    // sign/signature: signed download links work for anyone who has them.
    static const QStringList exact = {u"code"_s,       u"auth_code"_s, u"state"_s,
                                      u"client_key"_s, u"sign"_s,      u"signature"_s};
    if (exact.contains(lower))
        return true;
    static const QStringList parts = {u"token"_s, u"secret"_s, u"password"_s, u"authorization"_s};
    for (const QString &part : parts) {
        if (lower.contains(part))
            return true;
    }
    return false;
}

QString Redactor::redactText(const QString &text)
{
    // A URL's query may carry a secret or an address (transport errors quote the whole URL).
    static const QRegularExpression urlQuery(u"(https?://[^\\s?#\"'<>]+)\\?[^\\s#\"'<>]*"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    // Deliberately broad: anything shaped like local@domain goes, percent-encoded ones too.
    static const QRegularExpression email(u"[^\\s@\"'<>(),;:]+@[^\\s@\"'<>(),;:]+"_s);
    static const QRegularExpression encodedEmail(u"[^\\s\"'<>(),;:&=?]+%40[^\\s\"'<>(),;:&]+"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
    QString result = text;
    if (result.contains(u'?'))
        result.replace(urlQuery, u"\\1?"_s + mask);
    if (result.contains(u'@'))
        result.replace(email, u"***@***"_s);
    if (result.contains(u"%40"_s, Qt::CaseInsensitive))
        result.replace(encodedEmail, u"***@***"_s);
    return result;
}

QString Redactor::redactQuery(const QList<QPair<QString, QString>> &query)
{
    QStringList parts;
    parts.reserve(query.size());
    for (const auto &[key, value] : query)
        parts.append(key + u'=' + (isSecretKey(key) ? mask : redactQueryValue(value)));
    return parts.join(u'&');
}

QJsonObject Redactor::redactJson(const QJsonObject &object)
{
    QJsonObject result;
    for (auto it = object.begin(); it != object.end(); ++it)
        result.insert(it.key(), isSecretKey(it.key()) ? QJsonValue(mask) : redactValue(it.value()));
    return result;
}

} // namespace bc::api
