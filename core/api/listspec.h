#pragma once

#include <QString>

namespace bc::api {

// Where a paged endpoint keeps its rows and how many it hands out per page at most
// (reference §1.5): "fetch all" always asks for the largest page.
struct ListSpec
{
    QString listKey = QStringLiteral("list");
    int maxPageSize = 50;
};

} // namespace bc::api
