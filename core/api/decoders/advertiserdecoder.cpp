#include "core/api/decoders/advertiserdecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::Advertiser AdvertiserDecoder::decode(const QJsonObject &item)
{
    domain::Advertiser advertiser;
    advertiser.id = json::idString(item.value("asset_id"_L1));
    advertiser.name = json::text(item.value("asset_name"_L1));
    advertiser.assetType = json::text(item.value("asset_type"_L1));
    advertiser.advertiserAccountType = json::text(item.value("advertiser_account_type"_L1));
    advertiser.advertiserRole = json::text(item.value("advertiser_role"_L1));
    advertiser.ownerBcName = json::text(item.value("owner_bc_name"_L1));
    advertiser.advertiserStatus = json::text(item.value("advertiser_status"_L1));
    advertiser.relationType = json::text(item.value("relation_type"_L1));
    advertiser.relationStatus = json::text(item.value("relation_status"_L1));
    advertiser.raw = item;
    return advertiser;
}

} // namespace bc::api
