#include "cli/rowprinter.h"

using namespace Qt::StringLiterals;

namespace bc::cli {

namespace {

// Columns of East Asian wide characters and emoji take two cells in a terminal.
bool isWide(char32_t code)
{
    return (code >= 0x1100 && code <= 0x115F) || (code >= 0x2E80 && code <= 0xA4CF)
           || (code >= 0xAC00 && code <= 0xD7A3) || (code >= 0xF900 && code <= 0xFAFF)
           || (code >= 0xFE30 && code <= 0xFE4F) || (code >= 0xFF00 && code <= 0xFF60)
           || (code >= 0xFFE0 && code <= 0xFFE6) || (code >= 0x1F300 && code <= 0x1FAFF)
           || (code >= 0x20000 && code <= 0x3FFFD);
}

int displayWidth(const QString &text)
{
    int width = 0;
    for (auto it = text.cbegin(); it != text.cend(); ++it) {
        char32_t code = it->unicode();
        if (it->isHighSurrogate() && std::next(it) != text.cend()) {
            code = QChar::surrogateToUcs4(*it, *std::next(it));
            ++it;
        }
        width += isWide(code) ? 2 : 1;
    }
    return width;
}

// One line, at most `maxWidth` terminal columns: longer text is cut and ends in "…".
QString fitted(QString text, int maxWidth)
{
    for (QChar &c : text) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    }
    if (displayWidth(text) <= maxWidth)
        return text;
    QString out;
    int width = 0;
    for (auto it = text.cbegin(); it != text.cend(); ++it) {
        QString character(*it);
        char32_t code = it->unicode();
        if (it->isHighSurrogate() && std::next(it) != text.cend()) {
            code = QChar::surrogateToUcs4(*it, *std::next(it));
            character += *++it;
        }
        const int charWidth = isWide(code) ? 2 : 1;
        if (width + charWidth > maxWidth - 1)
            break;
        width += charWidth;
        out += character;
    }
    return out + u'…';
}

} // namespace

QString RowPrinter::table(const QStringList &header, const QList<QStringList> &sourceRows,
                          int maxCellWidth)
{
    QList<QStringList> rows;
    rows.reserve(sourceRows.size());
    for (const QStringList &row : sourceRows) {
        QStringList cells;
        for (const QString &cell : row)
            cells.append(fitted(cell, maxCellWidth));
        rows.append(cells);
    }
    QList<int> widths;
    for (const QString &title : header)
        widths.append(displayWidth(title));
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row.at(i)));
    }
    auto line = [&widths](const QStringList &cells) -> QString {
        QString out;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const QString &cell = cells.at(i);
            out += cell;
            if (i + 1 < cells.size())
                out += QString(widths.at(i) - displayWidth(cell) + 2, u' ');
        }
        return out + u'\n';
    };
    QString out = line(header);
    for (const QStringList &row : rows)
        out += line(row);
    return out;
}

QString RowPrinter::csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n')
        && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString RowPrinter::csv(const QStringList &header, const QList<QStringList> &rows)
{
    auto line = [](const QStringList &cells) -> QString {
        QStringList fields;
        for (const QString &cell : cells)
            fields.append(csvField(cell));
        return fields.join(u',') + u"\r\n"_s;
    };
    QString out = line(header);
    for (const QStringList &row : rows)
        out += line(row);
    return out;
}

} // namespace bc::cli
