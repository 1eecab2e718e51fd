#pragma once

#include "core/domain/ttusertokeninfo.h"

#include <QJsonObject>

namespace bc::api {

// Turns the `data` of /tt_user/token_info/get/ into a TtUserTokenInfo.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class TtUserTokenInfoDecoder
{
public:
    [[nodiscard]] static domain::TtUserTokenInfo decode(const QJsonObject &item);
};

} // namespace bc::api
