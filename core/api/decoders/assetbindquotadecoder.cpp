#include "core/api/decoders/assetbindquotadecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::AssetBindQuota AssetBindQuotaDecoder::decode(const QJsonObject &item)
{
    domain::AssetBindQuota quota;
    quota.totalQuota = json::integer(item.value("total_quota"_L1));
    quota.usedQuota = json::integer(item.value("used_quota"_L1));
    quota.availableQuota = json::integer(item.value("available_quota"_L1));
    quota.raw = item;
    return quota;
}

} // namespace bc::api
