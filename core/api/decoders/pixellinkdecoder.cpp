#include "core/api/decoders/pixellinkdecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::PixelLink PixelLinkDecoder::decode(const QJsonObject &item)
{
    domain::PixelLink link;
    link.advertiserId = json::idString(item.value("advertiser_id"_L1));
    link.advertiserName = json::text(item.value("advertiser_name"_L1));
    link.raw = item;
    return link;
}

} // namespace bc::api
