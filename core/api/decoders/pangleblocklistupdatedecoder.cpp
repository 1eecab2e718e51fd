#include "core/api/decoders/pangleblocklistupdatedecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::PangleBlockListUpdate PangleBlockListUpdateDecoder::decode(const QJsonObject &item)
{
    domain::PangleBlockListUpdate update;
    update.successCount = json::integer(item.value("success_count"_L1));
    update.raw = item;
    return update;
}

} // namespace bc::api
