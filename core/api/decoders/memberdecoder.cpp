#include "core/api/decoders/memberdecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::Member MemberDecoder::decode(const QJsonObject &item)
{
    const QJsonObject extUserRole = json::object(item.value("ext_user_role"_L1));

    domain::Member member;
    member.userId = json::idString(item.value("user_id"_L1));
    member.userName = json::text(item.value("user_name"_L1));
    member.userEmail = json::text(item.value("user_email"_L1));
    member.userRole = json::text(item.value("user_role"_L1));
    member.relationStatus = json::text(item.value("relation_status"_L1));
    member.financeRole = json::text(extUserRole.value("finance_role"_L1));
    member.raw = item;
    return member;
}

} // namespace bc::api
