#pragma once

#include "core/api/apirequest.h"
#include "core/api/envelope.h"
#include "core/api/result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <optional>

class QNetworkReply;

namespace bc::api {

// One HTTP exchange with the API, from sending to a parsed envelope or a typed error.
// Emits finished() exactly once, also after abort().
class ApiCall final : public QObject
{
    Q_OBJECT

public:
    ApiCall(QNetworkReply *reply, ApiRequest request, QObject *parent = nullptr);
    ~ApiCall() override;

    [[nodiscard]] const ApiRequest &request() const { return m_request; }
    [[nodiscard]] bool isFinished() const { return m_result.has_value(); }
    // Valid once finished() was emitted.
    [[nodiscard]] const Result<Envelope> &result() const { return *m_result; }
    [[nodiscard]] qint64 elapsedMs() const { return m_elapsedMs; }

    // Stops the exchange; the result is a Cancelled error.
    void abort();

Q_SIGNALS:
    void finished();

private:
    void onReplyFinished();
    void finish(Result<Envelope> result);

    QPointer<QNetworkReply> m_reply;
    ApiRequest m_request;
    QElapsedTimer m_clock;
    qint64 m_elapsedMs = 0;
    bool m_aborting = false;
    std::optional<Result<Envelope>> m_result;
};

} // namespace bc::api
