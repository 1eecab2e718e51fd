#pragma once

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace bc::domain {

// An ad account's terms of one term_type (§4.4): /term/get/ answers their text, /term/check/
// whether they are confirmed; either answer fills its half.
struct Term
{
    QStringList terms; // B: a string array; a lone string is taken as one
    std::optional<bool> confirmed;
    QJsonObject raw; // the object as the API sent it, unknown fields included

    friend bool operator==(const Term &, const Term &) = default;
};

} // namespace bc::domain
