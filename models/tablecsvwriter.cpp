#include "models/tablecsvwriter.h"

#include "models/mirrortablemodel.h"
#include "models/roles.h"

#include <QAbstractProxyModel>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace bc::models {

namespace {

const MirrorTableModel *mirrorBehind(const QAbstractItemModel *model)
{
    while (model) {
        if (const auto *mirror = qobject_cast<const MirrorTableModel *>(model))
            return mirror;
        const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model);
        model = proxy ? proxy->sourceModel() : nullptr;
    }
    return nullptr;
}

bool finish(QSaveFile &file, const QString &path, QString *error)
{
    if (file.commit())
        return true;
    if (error)
        *error = TableCsvWriter::tr("Could not write %1: %2").arg(path, file.errorString());
    return false;
}

} // namespace

QList<CsvColumn> TableCsvWriter::columnsFor(const QAbstractItemModel &model,
                                            const QList<int> &visibleColumns)
{
    const MirrorTableModel *mirror = mirrorBehind(&model);
    QList<CsvColumn> columns;
    QList<int> added;
    for (const int column : visibleColumns) {
        CsvColumn csv{column, model.headerData(column, Qt::Horizontal).toString(),
                      CsvColumn::Kind::Text};
        int currency = -1;
        if (mirror && column >= 0 && column < mirror->columns().size()) {
            const MirrorTableColumn &spec = mirror->columns().at(column);
            if (spec.kind == ColumnKind::Id)
                csv.kind = CsvColumn::Kind::Id;
            if (spec.kind == ColumnKind::Money) {
                csv.kind = CsvColumn::Kind::Money;
                currency = spec.currencyColumn;
            }
        }
        columns.append(csv);
        added.append(column);
        // A bare amount means nothing without its currency.
        if (currency >= 0 && !visibleColumns.contains(currency) && !added.contains(currency)) {
            columns.append({currency, model.headerData(currency, Qt::Horizontal).toString(),
                            CsvColumn::Kind::Text});
            added.append(currency);
        }
    }
    return columns;
}

QString TableCsvWriter::quoted(const QString &field)
{
    const bool needsQuotes = field.contains(u',') || field.contains(u'"') || field.contains(u'\n')
                             || field.contains(u'\r') || field.startsWith(u' ')
                             || field.endsWith(u' ');
    if (!needsQuotes)
        return field;
    QString text = field;
    text.replace(u"\""_s, u"\"\""_s);
    return u'"' + text + u'"';
}

QByteArray TableCsvWriter::line(const QStringList &fields)
{
    QStringList quotedFields;
    quotedFields.reserve(fields.size());
    for (const QString &field : fields)
        quotedFields.append(quoted(field));
    return quotedFields.join(u',').toUtf8() + "\r\n";
}

QString TableCsvWriter::plainDecimal(qint64 minor)
{
    const quint64 magnitude = minor < 0 ? 0 - quint64(minor) : quint64(minor);
    return (minor < 0 ? u"-"_s : QString()) + QString::number(magnitude / 100u) + u'.'
           + QString::number(magnitude % 100u).rightJustified(2, u'0');
}

bool TableCsvWriter::write(const QString &path, const QAbstractItemModel &model,
                           const QList<CsvColumn> &columns, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    QStringList header;
    for (const CsvColumn &column : columns)
        header.append(column.header);
    file.write(line(header));
    const int rows = model.rowCount();
    QStringList cells;
    for (int row = 0; row < rows; ++row) {
        cells.clear();
        for (const CsvColumn &column : columns) {
            const QModelIndex index = model.index(row, column.column);
            switch (column.kind) {
            case CsvColumn::Kind::Money: {
                const QVariant minor = index.data(SortRole);
                cells.append(minor.isValid() ? plainDecimal(minor.toLongLong()) : QString());
                break;
            }
            case CsvColumn::Kind::Id:
            case CsvColumn::Kind::Text:
                cells.append(index.data(Qt::DisplayRole).toString());
                break;
            }
        }
        file.write(line(cells));
    }
    return finish(file, path, error);
}

bool TableCsvWriter::write(const QString &path, const QStringList &header,
                           const QList<QStringList> &rows, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(line(header));
    for (const QStringList &row : rows)
        file.write(line(row));
    return finish(file, path, error);
}

} // namespace bc::models
