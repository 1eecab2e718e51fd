#pragma once

#include <QString>

namespace bc::api {

// Parameters of /bc/get/.
struct BusinessCenterQuery
{
    static constexpr int maxPageSize = 50; // the endpoint's documented maximum

    QString bcId;    // empty: every BC the token can see
    QString keyword; // filtering.keyword
    int pageSize = maxPageSize;
};

} // namespace bc::api
