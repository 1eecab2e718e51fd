#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace bc::emulator {

// page / page_size → the slice to answer and data.page_info (reference §1.5).
class Pagination final
{
public:
    Pagination(qint64 page, qint64 pageSize, qsizetype totalNumber);

    [[nodiscard]] qint64 page() const { return m_page; }
    [[nodiscard]] qint64 pageSize() const { return m_pageSize; }
    [[nodiscard]] qsizetype totalNumber() const { return m_totalNumber; }
    // ceil(total_number / page_size); 0 when there is nothing (the reference leaves 0 or 1 open).
    [[nodiscard]] qint64 totalPage() const;
    // Index range of this page in the full list; empty past the last page.
    [[nodiscard]] qsizetype first() const;
    [[nodiscard]] qsizetype count() const;

    [[nodiscard]] QJsonObject pageInfo() const;

    template<typename T>
    [[nodiscard]] QList<T> slice(const QList<T> &all) const
    {
        return all.mid(first(), count());
    }

private:
    qint64 m_page;
    qint64 m_pageSize;
    qsizetype m_totalNumber;
};

// The data of a list answer: {listKey: [build(row) for the rows of this page], "page_info"}.
// Endpoints that answer more (summaries, echoed dates) insert it into the object returned.
template<typename T, typename Build>
[[nodiscard]] QJsonObject pagedList(const QList<T> &rows, qint64 page, qint64 pageSize, Build build,
                                    const QString &listKey = QStringLiteral("list"))
{
    const Pagination pagination(page, pageSize, rows.size());
    QJsonArray list;
    for (const T &row : pagination.slice(rows))
        list.append(build(row));
    return {{listKey, list}, {QStringLiteral("page_info"), pagination.pageInfo()}};
}

} // namespace bc::emulator
