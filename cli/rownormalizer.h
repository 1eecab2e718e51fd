#pragma once

#include "cli/listresource.h"

#include <QJsonObject>
#include <QSet>
#include <QString>

namespace bc::cli {

// Turns a row as the API sent it into what bcctl prints: the API's own field names and values,
// with ids as digit-exact strings (the mirror's id fields and every field ending in _id or _ids,
// also when the API sent a number) and money as JSON numbers (the mirror's Amount columns, exact
// to the cent: "12.30" becomes 12.3). Text stays as it is. Gives the cells of table and csv too.
class RowNormalizer
{
public:
    explicit RowNormalizer(const ListResource &resource);

    [[nodiscard]] QJsonObject normalize(const QJsonObject &raw) const;
    // The text of a column ("a.b" for a nested field) of a normalized row: money with two
    // decimals, other numbers in their shortest spelling, arrays and objects as compact JSON.
    [[nodiscard]] QString cell(const QJsonObject &row, const QString &column) const;

private:
    [[nodiscard]] QJsonValue normalized(const QString &path, const QString &key,
                                        const QJsonValue &value) const;
    [[nodiscard]] bool isIdField(const QString &path, const QString &key) const;

    bool m_flattenBcInfo = false;
    QSet<QString> m_idPaths;
    QSet<QString> m_amountPaths;
};

} // namespace bc::cli
