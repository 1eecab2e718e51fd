#include "pagination.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc::emulator {

Pagination::Pagination(qint64 page, qint64 pageSize, qsizetype totalNumber)
    : m_page(std::max<qint64>(page, 1))
    , m_pageSize(std::max<qint64>(pageSize, 1))
    , m_totalNumber(std::max<qsizetype>(totalNumber, 0))
{ }

qint64 Pagination::totalPage() const
{
    return (m_totalNumber + m_pageSize - 1) / m_pageSize;
}

qsizetype Pagination::first() const
{
    // Compared before multiplying: page can be as large as the gateway's int64.
    if (m_page > totalPage())
        return m_totalNumber;
    return (m_page - 1) * m_pageSize;
}

qsizetype Pagination::count() const
{
    return std::min<qsizetype>(m_pageSize, m_totalNumber - first());
}

QJsonObject Pagination::pageInfo() const
{
    return {
            {u"page"_s, m_page},
            {u"page_size"_s, m_pageSize},
            {u"total_number"_s, static_cast<qint64>(m_totalNumber)},
            {u"total_page"_s, totalPage()},
    };
}

} // namespace bc::emulator
