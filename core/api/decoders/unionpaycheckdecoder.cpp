#include "core/api/decoders/unionpaycheckdecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::UnionPayCheck UnionPayCheckDecoder::decode(const QJsonObject &item)
{
    domain::UnionPayCheck check;
    check.verificationRequired = json::boolean(item.value("unionpay_verification_required"_L1));
    check.raw = item;
    return check;
}

} // namespace bc::api
