#pragma once

#include "core/api/endpoints/memberrequests.h"
#include "core/api/listspec.h"
#include "core/api/typedcall.h"
#include "core/domain/member.h"

namespace bc::api {

// The members of a Business Center (reference §3.16). Each xxxRequest() builds the exact request
// (tested without a network); each call sends it through the client.
class MemberEndpoints final
{
public:
    explicit MemberEndpoints(ApiClient &client)
        : m_client(client)
    { }

    // 20 per page: the B SDK's maximum; the official spec gives none (⚠ §1.5).
    static constexpr int maxPageSize = 20;
    [[nodiscard]] static ListSpec listSpec() { return {QStringLiteral("list"), maxPageSize}; }

    [[nodiscard]] static ApiRequest listRequest(const MemberQuery &query);
    [[nodiscard]] static ApiRequest inviteRequest(const MemberInvitation &invitation);
    [[nodiscard]] static ApiRequest updateRequest(const MemberUpdate &update);
    [[nodiscard]] static ApiRequest deleteRequest(const MemberRemoval &removal);
    [[nodiscard]] static ApiRequest assignRequest(const MemberAssignment &assignment);

    ListFetch *list(const MemberQuery &query, QObject *context,
                    ResultHandler<QList<domain::Member>> done,
                    RequestPriority priority = RequestPriority::Normal);
    ApiCall *invite(const MemberInvitation &invitation, QObject *context,
                    ResultHandler<WriteReceipt> done);
    ApiCall *update(const MemberUpdate &update, QObject *context, ResultHandler<WriteReceipt> done);
    ApiCall *remove(const MemberRemoval &removal, QObject *context,
                    ResultHandler<WriteReceipt> done);
    ApiCall *assign(const MemberAssignment &assignment, QObject *context,
                    ResultHandler<WriteReceipt> done);

private:
    ApiClient &m_client;
};

} // namespace bc::api
