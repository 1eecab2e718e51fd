#include "core/api/endpoints/memberendpoints.h"

#include "core/api/decoders/memberdecoder.h"
#include "core/api/requestfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

using fields::putFinanceRole;
using fields::putIfSet;

ApiRequest MemberEndpoints::listRequest(const MemberQuery &query)
{
    ApiRequest request = ApiRequest::get(u"bc/member/get/"_s);
    request.addQuery(u"bc_id"_s, query.bcId);
    if (!query.childBcId.isEmpty())
        request.addQuery(u"child_bc_id"_s, query.childBcId);
    QJsonObject filtering;
    putIfSet(filtering, u"keyword"_s, query.keyword);
    putIfSet(filtering, u"relation_status"_s, query.relationStatus);
    putIfSet(filtering, u"user_role"_s, query.userRole);
    fields::addFilteringIfSet(request, filtering);
    return request;
}

ApiRequest MemberEndpoints::inviteRequest(const MemberInvitation &invitation)
{
    QJsonObject body{{u"bc_id"_s, invitation.bcId},
                     {u"emails"_s, QJsonArray::fromStringList(invitation.emails)}};
    putIfSet(body, u"user_role"_s, invitation.userRole);
    putIfSet(body, u"asset_type"_s, invitation.assetType);
    putIfSet(body, u"asset_ids"_s, invitation.assetIds);
    putIfSet(body, u"advertiser_role"_s, invitation.advertiserRole);
    putFinanceRole(body, invitation.financeRole);
    return ApiRequest::post(u"bc/member/invite/"_s, body);
}

ApiRequest MemberEndpoints::updateRequest(const MemberUpdate &update)
{
    QJsonObject body{{u"bc_id"_s, update.bcId}, {u"user_id"_s, update.userId}};
    putIfSet(body, u"child_bc_id"_s, update.childBcId);
    putIfSet(body, u"user_name"_s, update.userName);
    putIfSet(body, u"user_role"_s, update.userRole);
    putFinanceRole(body, update.financeRole);
    return ApiRequest::post(u"bc/member/update/"_s, body);
}

ApiRequest MemberEndpoints::deleteRequest(const MemberRemoval &removal)
{
    QJsonObject body{{u"bc_id"_s, removal.bcId}};
    putIfSet(body, u"child_bc_id"_s, removal.childBcId);
    putIfSet(body, u"user_id"_s, removal.userId);
    putIfSet(body, u"user_email"_s, removal.userEmail);
    return ApiRequest::post(u"bc/member/delete/"_s, body);
}

ApiRequest MemberEndpoints::assignRequest(const MemberAssignment &assignment)
{
    QJsonArray users;
    for (const MemberAssignee &user : assignment.users) {
        QJsonObject item{{u"user_id"_s, user.userId},
                         {u"source_child_bc_id"_s, user.sourceChildBcId}};
        putIfSet(item, u"user_role"_s, user.userRole);
        putFinanceRole(item, user.financeRole);
        users.append(item);
    }
    return ApiRequest::post(u"bc/member/assign/"_s,
                            {{u"bc_id"_s, assignment.bcId},
                             {u"target_child_bc_id"_s, assignment.targetChildBcId},
                             {u"users"_s, users}});
}

ListFetch *MemberEndpoints::list(const MemberQuery &query, QObject *context,
                                 ResultHandler<QList<domain::Member>> done,
                                 RequestPriority priority)
{
    ApiRequest request = listRequest(query);
    request.priority = priority;
    return fetchAllTyped<MemberDecoder>(m_client, request, listSpec(), context, std::move(done));
}

ApiCall *MemberEndpoints::invite(const MemberInvitation &invitation, QObject *context,
                                 ResultHandler<WriteReceipt> done)
{
    return sendWrite(m_client, inviteRequest(invitation), context, std::move(done));
}

ApiCall *MemberEndpoints::update(const MemberUpdate &update, QObject *context,
                                 ResultHandler<WriteReceipt> done)
{
    return sendWrite(m_client, updateRequest(update), context, std::move(done));
}

ApiCall *MemberEndpoints::remove(const MemberRemoval &removal, QObject *context,
                                 ResultHandler<WriteReceipt> done)
{
    return sendWrite(m_client, deleteRequest(removal), context, std::move(done));
}

ApiCall *MemberEndpoints::assign(const MemberAssignment &assignment, QObject *context,
                                 ResultHandler<WriteReceipt> done)
{
    return sendWrite(m_client, assignRequest(assignment), context, std::move(done));
}

} // namespace bc::api
