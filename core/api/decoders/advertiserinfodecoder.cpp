#include "core/api/decoders/advertiserinfodecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::AdvertiserInfo AdvertiserInfoDecoder::decode(const QJsonObject &item)
{
    domain::AdvertiserInfo info;
    info.advertiserId = json::idString(item.value("advertiser_id"_L1));
    info.name = json::text(item.value("name"_L1));
    info.company = json::text(item.value("company"_L1));
    info.status = json::text(item.value("status"_L1));
    info.role = json::text(item.value("role"_L1));
    info.rejectionReason = json::text(item.value("rejection_reason"_L1));
    info.timezone = json::text(item.value("timezone"_L1));
    info.displayTimezone = json::text(item.value("display_timezone"_L1));
    info.currency = json::text(item.value("currency"_L1));
    info.country = json::text(item.value("country"_L1));
    info.address = json::text(item.value("address"_L1));
    info.industry = json::text(item.value("industry"_L1));
    info.language = json::text(item.value("language"_L1));
    info.contacter = json::text(item.value("contacter"_L1));
    info.email = json::text(item.value("email"_L1));
    info.cellphoneNumber = json::text(item.value("cellphone_number"_L1));
    info.telephoneNumber = json::text(item.value("telephone_number"_L1));
    info.licenseNo = json::text(item.value("license_no"_L1));
    info.licenseUrl = json::text(item.value("license_url"_L1));
    info.description = json::text(item.value("description"_L1));
    info.balance = json::amountOrUnset(item.value("balance"_L1));
    info.createTime = json::dateTime(item.value("create_time"_L1));
    info.ownerBcId = json::idString(item.value("owner_bc_id"_L1));
    info.advertiserAccountType = json::text(item.value("advertiser_account_type"_L1));
    info.companyNameEditable = json::boolean(item.value("company_name_editable"_L1));
    info.canUseCustomIdentity = json::boolean(item.value("can_use_custom_identity"_L1));
    info.adsOnlyMode = json::boolean(item.value("ads_only_mode"_L1));
    info.raw = item;
    return info;
}

} // namespace bc::api
