#include "core/api/decoders/advertiserattributedecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::AdvertiserAttribute AdvertiserAttributeDecoder::decode(const QJsonObject &item)
{
    domain::AdvertiserAttribute attribute;
    attribute.currencies = json::stringList(item.value("currencies"_L1));
    attribute.regionCodes = json::stringList(item.value("region_codes"_L1));
    attribute.raw = item;
    return attribute;
}

} // namespace bc::api
