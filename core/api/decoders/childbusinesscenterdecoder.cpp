#include "core/api/decoders/childbusinesscenterdecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::ChildBusinessCenter ChildBusinessCenterDecoder::decode(const QJsonObject &item)
{
    domain::ChildBusinessCenter child;
    child.childBcId = json::idString(item.value("child_bc_id"_L1));
    child.relationStatus = json::text(item.value("relation_status"_L1));
    child.raw = item;
    return child;
}

} // namespace bc::api
