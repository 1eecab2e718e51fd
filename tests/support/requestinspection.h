#pragma once

#include "core/api/apirequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <algorithm>

// Reading back what an endpoint put into its ApiRequest.
namespace bc::testing {

using namespace Qt::StringLiterals;

// The value of a query parameter; empty when the request has none of that name.
inline QString queryValue(const bc::api::ApiRequest &request, const QString &key)
{
    for (const auto &[name, value] : request.query) {
        if (name == key)
            return value;
    }
    return {};
}

inline bool hasQuery(const bc::api::ApiRequest &request, const QString &key)
{
    return std::any_of(request.query.cbegin(), request.query.cend(),
                       [&](const auto &item) { return item.first == key; });
}

// A query parameter sent as JSON text (an array or an object), parsed back.
inline QJsonValue jsonQuery(const bc::api::ApiRequest &request, const QString &key)
{
    const QJsonDocument document = QJsonDocument::fromJson(queryValue(request, key).toUtf8());
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

// The `filtering` parameter as an object.
inline QJsonObject filteringOf(const bc::api::ApiRequest &request)
{
    return QJsonDocument::fromJson(queryValue(request, u"filtering"_s).toUtf8()).object();
}

} // namespace bc::testing
