#include "core/api/decoders/assetpartnerdecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::AssetPartner AssetPartnerDecoder::decode(const QJsonObject &item)
{
    domain::AssetPartner partner;
    partner.bcId = json::idString(item.value("bc_id"_L1));
    partner.bcName = json::text(item.value("bc_name"_L1));
    partner.raw = item;
    return partner;
}

} // namespace bc::api
