#pragma once

#include "core/api/apicall.h"
#include "core/api/apiclient.h"
#include "core/api/listfetch.h"
#include "core/api/listspec.h"
#include "core/api/result.h"
#include "core/api/writereceipt.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>

// The glue between ApiClient's untyped calls and the endpoint families' typed ones: a request
// goes out, the envelope's data (or each list item) is decoded, and the caller's handler gets a
// Result<T>. Handlers run in `context`'s thread and not at all once `context` is gone; the call
// or fetch deletes itself when finished either way.
namespace bc::api {

template<typename T>
using ResultHandler = std::function<void(const Result<T> &result)>;

template<typename T>
using DataDecoder = std::function<T(const QJsonObject &data)>;

template<typename T>
ApiCall *sendTyped(ApiClient &client, const ApiRequest &request, QObject *context,
                   DataDecoder<T> decode, ResultHandler<T> done)
{
    ApiCall *call = client.send(request);
    QObject::connect(call, &ApiCall::finished, context,
                     [call, decode = std::move(decode), done = std::move(done)] {
                         if (!call->result().ok())
                             done(call->result().error());
                         else
                             done(decode(call->result().value().data));
                     });
    QObject::connect(call, &ApiCall::finished, call, &QObject::deleteLater);
    return call;
}

// A write: its receipt carries the request_id the audit log keeps.
inline ApiCall *sendWrite(ApiClient &client, const ApiRequest &request, QObject *context,
                          ResultHandler<WriteReceipt> done)
{
    ApiCall *call = client.send(request);
    QObject::connect(call, &ApiCall::finished, context, [call, done = std::move(done)] {
        if (!call->result().ok())
            done(call->result().error());
        else
            done(WriteReceipt{call->result().value().requestId, call->result().value().data});
    });
    QObject::connect(call, &ApiCall::finished, call, &QObject::deleteLater);
    return call;
}

// Every page of a list, each item through `Decoder::decode`. The fetch is started; connect to
// its pageReceived() for progressive display (items there are raw JSON).
template<typename Decoder>
ListFetch *fetchAllTyped(ApiClient &client, const ApiRequest &request, const ListSpec &spec,
                         QObject *context,
                         ResultHandler<QList<decltype(Decoder::decode(QJsonObject{}))>> done)
{
    using Item = decltype(Decoder::decode(QJsonObject{}));
    ListFetch *fetch = client.fetchAll(request, spec.listKey, spec.maxPageSize);
    fetch->setAlternativeListKeys(spec.alternativeKeys);
    QObject::connect(fetch, &ListFetch::finished, context, [fetch, done = std::move(done)] {
        if (fetch->error()) {
            done(*fetch->error());
            return;
        }
        QList<Item> items;
        items.reserve(fetch->items().size());
        for (const QJsonObject &item : fetch->items())
            items.append(Decoder::decode(item));
        done(items);
    });
    QObject::connect(fetch, &ListFetch::finished, fetch, &QObject::deleteLater);
    fetch->start();
    return fetch;
}

} // namespace bc::api
