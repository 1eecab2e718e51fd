#pragma once

#include <QJsonArray>
#include <QString>
#include <QStringList>

#include <QList>

namespace bc::cli {

// Writes a list of rows as an aligned text table or RFC 4180 CSV (CRLF line ends, fields with
// commas, quotes or line breaks quoted, quotes doubled).
class RowPrinter
{
public:
    // Cells wider than `maxCellWidth` terminal columns are cut and end in "…"; line breaks and
    // tabs in a cell show as spaces.
    [[nodiscard]] static QString table(const QStringList &header, const QList<QStringList> &rows,
                                       int maxCellWidth = 40);
    [[nodiscard]] static QString csv(const QStringList &header, const QList<QStringList> &rows);
    [[nodiscard]] static QString csvField(const QString &value);
};

} // namespace bc::cli
