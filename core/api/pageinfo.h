#pragma once

namespace bc::api {

// `data.page_info` of a paged list.
struct PageInfo
{
    int page = 0;
    int pageSize = 0;
    int totalNumber = 0;
    int totalPage = 0;

    friend bool operator==(const PageInfo &, const PageInfo &) = default;
};

} // namespace bc::api
