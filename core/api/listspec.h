#pragma once

#include <QString>
#include <QStringList>

namespace bc::api {

// Where a paged endpoint keeps its rows and how many it hands out per page at most
// (reference §1.5): "fetch all" always asks for the largest page.
struct ListSpec
{
    QString listKey = QStringLiteral("list");
    int maxPageSize = 50;
    // Other names the rows may come under where sources disagree (⚠ in the reference); page 1
    // decides which one this endpoint uses.
    QStringList alternativeKeys = {};
};

} // namespace bc::api
