#include "core/api/decoders/assetgroupmemberdecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::AssetGroupMember AssetGroupMemberDecoder::decode(const QJsonObject &item)
{
    domain::AssetGroupMember member;
    member.memberId = json::idString(item.value("member_id"_L1));
    member.memberName = json::text(item.value("member_name"_L1));
    member.memberEmail = json::text(item.value("member_email"_L1));
    member.assetRoles = json::textMap(item.value("asset_roles"_L1));
    member.raw = item;
    return member;
}

} // namespace bc::api
