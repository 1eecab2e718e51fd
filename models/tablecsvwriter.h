#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemModel;

namespace bc::models {

// One column of a CSV export: which model column, its header, and how its cells are written.
struct CsvColumn
{
    enum class Kind {
        Text,  // the display text (names, enums in words, dates in the user's locale)
        Id,    // the id in full, as stored
        Money, // a plain decimal from the exact minor units ("-1234.50"); the currency is a column
    };
    int column = 0;
    QString header;
    Kind kind = Kind::Text;
};

// Writes what a table view shows as RFC 4180 CSV (UTF-8, CRLF, a header row, fields quoted
// when they hold a comma, quote or line break), through QSaveFile so that a failed export never
// leaves a half-written file in place.
class TableCsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(TableCsvWriter)

public:
    // The export columns for `visibleColumns` (model columns, in the order shown) of `model`, a
    // MirrorTableModel or a proxy chain over one: money as plain decimals, ids in full, and the
    // currency column of every money column added after it when it is not among the visible ones.
    [[nodiscard]] static QList<CsvColumn> columnsFor(const QAbstractItemModel &model,
                                                     const QList<int> &visibleColumns);

    [[nodiscard]] static QString quoted(const QString &field);
    [[nodiscard]] static QByteArray line(const QStringList &fields);
    // The exact decimal text of `minor` units ("12345" -> "123.45").
    [[nodiscard]] static QString plainDecimal(qint64 minor);

    // Every top-level row of `model` in its order. False and *error (readable) on failure.
    static bool write(const QString &path, const QAbstractItemModel &model,
                      const QList<CsvColumn> &columns, QString *error);
    static bool write(const QString &path, const QStringList &header,
                      const QList<QStringList> &rows, QString *error);
};

} // namespace bc::models
