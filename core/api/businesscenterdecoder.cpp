#include "core/api/businesscenterdecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::BusinessCenter BusinessCenterDecoder::decode(const QJsonObject &item)
{
    const QJsonObject info = json::object(item.value("bc_info"_L1));
    const QJsonObject extRole = json::object(item.value("ext_user_role"_L1));

    domain::BusinessCenter bc;
    bc.id = json::idString(info.value("bc_id"_L1));
    bc.name = json::text(info.value("name"_L1));
    bc.company = json::text(info.value("company"_L1));
    bc.currency = json::text(info.value("currency"_L1));
    bc.registeredArea = json::text(info.value("registered_area"_L1));
    bc.status = json::text(info.value("status"_L1));
    bc.timezone = json::text(info.value("timezone"_L1));
    bc.type = json::text(info.value("type"_L1));
    bc.verificationStatus = json::text(info.value("verification_status"_L1));
    bc.organizationType = json::text(info.value("organization_type"_L1));
    bc.userRole = json::text(item.value("user_role"_L1));
    bc.financeRole = json::text(extRole.value("finance_role"_L1));
    bc.bindingStatus = json::text(item.value("binding_status"_L1));
    bc.raw = item;
    return bc;
}

} // namespace bc::api
