#pragma once

#include "core/domain/member.h"

#include <QJsonObject>

namespace bc::api {

// Turns a /bc/member/get/ list item into a Member.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class MemberDecoder
{
public:
    [[nodiscard]] static domain::Member decode(const QJsonObject &item);
};

} // namespace bc::api
