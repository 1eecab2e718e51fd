#include "core/store/csvfile.h"

#include <QCoreApplication>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace bc::store {

QString CsvFile::quoted(const QString &field)
{
    const bool needsQuotes =
            field.contains(u',') || field.contains(u'"') || field.contains(u'\r')
            || field.contains(u'\n')
            || (!field.isEmpty() && (field.front() == u' ' || field.back() == u' '));
    if (!needsQuotes)
        return field;
    QString text = field;
    text.replace(u"\""_s, u"\"\""_s);
    return u'"' + text + u'"';
}

void CsvFile::addRow(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += u',';
        line += quoted(fields.at(i));
    }
    line += u"\r\n"_s;
    m_bytes += line.toUtf8();
    ++m_rows;
}

bool CsvFile::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_bytes) != m_bytes.size()
        || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("bc::store::CsvFile", "cannot write %1: %2")
                             .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace bc::store
