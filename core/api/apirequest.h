#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace bc::api {

// One request to an endpoint, before it is sent. GET parameters keep their order; arrays and
// objects are sent as JSON text, as the API expects.
struct ApiRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QString path; // relative to <base>/v1.3/, e.g. "bc/get/"
    QList<QPair<QString, QString>> query;
    QJsonObject body; // POST only

    static ApiRequest get(const QString &path);

    void addQuery(const QString &key, const QString &value);
    void addQuery(const QString &key, qint64 value);
    // Arrays and objects become compact JSON text ("filtering={\"keyword\":\"x\"}").
    void addJsonQuery(const QString &key, const QJsonValue &value);

    // Replaces or adds one parameter (used for `page`).
    void setQuery(const QString &key, const QString &value);

    // The query string with every key and value percent-encoded, so that JSON text survives
    // characters like '+', '&' and '#'.
    [[nodiscard]] QByteArray encodedQuery() const;
};

} // namespace bc::api
