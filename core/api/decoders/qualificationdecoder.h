#pragma once

#include "core/domain/qualification.h"

#include <QJsonObject>

namespace bc::api {

// Turns a `qualifications` item into a Qualification.
// Missing and null fields stay not set, ids may be numbers, wrong types read as not set.
class QualificationDecoder
{
public:
    [[nodiscard]] static domain::Qualification decode(const QJsonObject &item);
};

} // namespace bc::api
