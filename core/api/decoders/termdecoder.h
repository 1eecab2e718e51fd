#pragma once

#include "core/domain/term.h"

#include <QJsonObject>

namespace bc::api {

// Turns the `data` of /term/get/ or /term/check/ into a Term.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class TermDecoder
{
public:
    [[nodiscard]] static domain::Term decode(const QJsonObject &item);
};

} // namespace bc::api
