#pragma once

#include <QJsonArray>
#include <QString>
#include <QStringList>

#include <QList>

namespace bc::cli {

// Writes a list of rows as an aligned text table or RFC 4180 CSV.
class RowPrinter
{
public:
    [[nodiscard]] static QString table(const QStringList &header, const QList<QStringList> &rows);
    [[nodiscard]] static QString csv(const QStringList &header, const QList<QStringList> &rows);
    [[nodiscard]] static QString csvField(const QString &value);
};

} // namespace bc::cli
