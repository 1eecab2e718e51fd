#pragma once

#include "core/api/endpoints/pixelrequests.h"
#include "core/api/listspec.h"
#include "core/api/typedcall.h"
#include "core/domain/pixel.h"
#include "core/domain/pixellink.h"
#include "core/domain/pixeltransferresult.h"

#include <QStringList>

namespace bc::api {

// The pixels of a Business Center (reference §3.20). Each xxxRequest() builds the exact request
// (tested without a network); each call sends it through the client.
class PixelEndpoints final
{
public:
    explicit PixelEndpoints(ApiClient &client)
        : m_client(client)
    { }

    // bc/pixel/get/ is undocumented; clients that use it live ask for 20 at most (§3.20).
    static constexpr int maxPixelPageSize = 20;
    // No maximum is published for the links (§1.5); 50 as for the other BC lists.
    static constexpr int maxLinkPageSize = 50;
    [[nodiscard]] static ListSpec linkListSpec()
    {
        return {QStringLiteral("list"), maxLinkPageSize};
    }
    // ⚠ Where bc/pixel/get/ keeps its rows is unsure: the first of these that holds an array.
    [[nodiscard]] static QStringList pixelListKeys();

    [[nodiscard]] static ApiRequest listRequest(const PixelQuery &query);
    [[nodiscard]] static ApiRequest linkListRequest(const PixelLinkQuery &query);
    [[nodiscard]] static ApiRequest linkUpdateRequest(const PixelLinkUpdate &update);
    [[nodiscard]] static ApiRequest transferRequest(const PixelTransfer &transfer);

    // Every pixel. Page 1 shows which of pixelListKeys() the API uses; the other pages are read
    // with it.
    ListFetch *list(const PixelQuery &query, QObject *context,
                    ResultHandler<QList<domain::Pixel>> done,
                    RequestPriority priority = RequestPriority::Normal);
    ListFetch *links(const PixelLinkQuery &query, QObject *context,
                     ResultHandler<QList<domain::PixelLink>> done,
                     RequestPriority priority = RequestPriority::Normal);
    ApiCall *updateLinks(const PixelLinkUpdate &update, QObject *context,
                         ResultHandler<WriteReceipt> done);
    ApiCall *transfer(const PixelTransfer &transfer, QObject *context,
                      ResultHandler<domain::PixelTransferResult> done);

private:
    ApiClient &m_client;
};

} // namespace bc::api
