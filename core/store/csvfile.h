#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace bc::store {

// An RFC 4180 CSV document: UTF-8, CRLF line ends, a field quoted when it holds a comma, a quote,
// CR or LF (quotes doubled) or starts or ends with a space. Built in memory, then written whole
// through QSaveFile, so a failed write leaves any earlier file as it was.
class CsvFile
{
public:
    void addRow(const QStringList &fields);
    [[nodiscard]] const QByteArray &bytes() const { return m_bytes; }
    [[nodiscard]] int rowCount() const { return m_rows; }

    // False, with `error` set, when the file cannot be written.
    bool save(const QString &path, QString *error) const;

    [[nodiscard]] static QString quoted(const QString &field);

private:
    QByteArray m_bytes;
    int m_rows = 0;
};

} // namespace bc::store
