#include "core/api/decoders/partnerdecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::Partner PartnerDecoder::decode(const QJsonObject &item)
{
    domain::Partner partner;
    partner.bcId = json::idString(item.value("bc_id"_L1));
    partner.bcName = json::text(item.value("bc_name"_L1));
    partner.raw = item;
    return partner;
}

} // namespace bc::api
