#pragma once

#include "core/api/formpart.h"
#include "core/api/requestpriority.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

#include <chrono>
#include <optional>

namespace bc::api {

// One request to an endpoint, before it is sent. GET parameters keep their order; arrays and
// objects are sent as JSON text, as the API expects. POST bodies are JSON, or multipart when
// formParts is set.
struct ApiRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QString path; // relative to <base>/v1.3/, e.g. "bc/get/"
    QList<QPair<QString, QString>> query;
    QJsonObject body;          // POST only
    QList<FormPart> formParts; // POST multipart/form-data instead of a JSON body
    RequestPriority priority = RequestPriority::Normal;
    // A write that TikTok recognises when it is sent twice (/bc/transfer/ with its request_id at
    // BC level) may be retried like a read; no other write ever is.
    bool carriesIdempotencyKey = false;
    // Binary endpoints (invoice download): a successful file answer is streamed to this path
    // (through QSaveFile); a JSON answer there is the error envelope.
    QString downloadPath;
    // Overrides the client's transfer timeout for this request.
    std::optional<std::chrono::milliseconds> transferTimeout;

    static ApiRequest get(const QString &path);
    static ApiRequest post(const QString &path, QJsonObject body = {});

    // GET requests are reads; writes are idempotent only with an idempotency key.
    [[nodiscard]] bool isIdempotent() const;

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
