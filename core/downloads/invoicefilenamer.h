#pragma once

#include "core/downloads/invoicedownloaditem.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace bc::downloads {

// Turns a naming template into a file path below the download folder. Placeholders: {bc_id},
// {bc_name}, {invoice_id}, {serial_number}, {yyyy}, {mm}, {dd} (from send_date); '/' separates
// folders ('\' too). The path never leaves the folder:
// - a value cannot add folders: '/' and '\' in it become '_';
// - characters unsafe in file names (control characters, < > : " | ? *) become '_', leading
//   and trailing spaces and trailing dots go, a component of only dots ("..") becomes '_', and
//   Windows device names (CON, NUL, COM1, ...) get a leading '_';
// - empty components are dropped; each component is cut to 150 characters (keeping the
//   extension);
// - empty values fall back: {bc_name} to the bc_id, {serial_number} to the invoice_id, a missing
//   send_date to 0000-00-00.
class InvoiceFileNamer final
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceFileNamer)

public:
    static constexpr int maxComponentLength = 150;

    explicit InvoiceFileNamer(QString nameTemplate);

    [[nodiscard]] static QStringList placeholders();

    // False for a template that names no file or has an unknown {placeholder}; see errorString().
    [[nodiscard]] bool isValid() const { return m_error.isEmpty(); }
    [[nodiscard]] QString errorString() const { return m_error; }

    // The item's path relative to the download folder, '/'-separated, never empty, never with
    // "." or ".." components. Empty when the template is not valid.
    [[nodiscard]] QString relativePath(const InvoiceDownloadItem &item) const;

    // One path component made safe (see the class comment).
    [[nodiscard]] static QString safeComponent(const QString &text);

private:
    QString m_template;
    QString m_error;
};

} // namespace bc::downloads
