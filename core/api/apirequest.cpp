#include "core/api/apirequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace bc::api {

ApiRequest ApiRequest::get(const QString &path)
{
    ApiRequest request;
    request.path = path;
    return request;
}

ApiRequest ApiRequest::post(const QString &path, QJsonObject body)
{
    ApiRequest request;
    request.method = QByteArrayLiteral("POST");
    request.path = path;
    request.body = std::move(body);
    return request;
}

bool ApiRequest::isIdempotent() const
{
    return method == "GET" || carriesIdempotencyKey;
}

void ApiRequest::addQuery(const QString &key, const QString &value)
{
    query.append({key, value});
}

void ApiRequest::addQuery(const QString &key, qint64 value)
{
    addQuery(key, QString::number(value));
}

void ApiRequest::addJsonQuery(const QString &key, const QJsonValue &value)
{
    QByteArray text;
    if (value.isObject())
        text = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    else if (value.isArray())
        text = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else
        text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).chopped(1).mid(1);
    addQuery(key, QString::fromUtf8(text));
}

void ApiRequest::setQuery(const QString &key, const QString &value)
{
    for (auto &item : query) {
        if (item.first == key) {
            item.second = value;
            return;
        }
    }
    addQuery(key, value);
}

QByteArray ApiRequest::encodedQuery() const
{
    QByteArray encoded;
    for (const auto &[key, value] : query) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return encoded;
}

} // namespace bc::api
