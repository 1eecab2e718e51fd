#include "core/api/decoders/partnerassetdecoder.h"

#include "core/api/decoders/assetdecoder.h"
#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::PartnerAsset PartnerAssetDecoder::decode(const QJsonObject &item)
{
    domain::PartnerAsset partnerAsset;
    partnerAsset.asset = AssetDecoder::decode(item);
    partnerAsset.raw = item;
    return partnerAsset;
}

} // namespace bc::api
