#include "core/api/decoders/qualificationdecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::Qualification QualificationDecoder::decode(const QJsonObject &item)
{
    domain::Qualification qualification;
    qualification.qualificationId = json::idString(item.value("qualification_id"_L1));
    qualification.companyName = json::text(item.value("company_name"_L1));
    qualification.status = json::text(item.value("status"_L1));
    qualification.ownerAdvertiserId = json::idString(item.value("owner_advertiser_id"_L1));
    qualification.linkedAdvertiserCount = json::integer(item.value("linked_advertiser_count"_L1));
    qualification.regionCode = json::text(item.value("region_code"_L1));
    qualification.raw = item;
    return qualification;
}

} // namespace bc::api
