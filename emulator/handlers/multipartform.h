#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace bc::emulator {

// One part of a multipart/form-data body (RFC 7578).
struct MultipartPart
{
    QString name;           // Content-Disposition name
    QString fileName;       // filename, empty for plain fields
    QByteArray contentType; // the part's Content-Type, empty when absent
    QByteArray body;
};

struct MultipartForm
{
    QList<MultipartPart> parts;
    QString error; // empty when the body parsed

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
    // The first part with that name, or nullptr.
    [[nodiscard]] const MultipartPart *part(const QString &name) const;
};

// The boundary of a "multipart/form-data; boundary=..." Content-Type (quoted or not); empty when
// the type is something else or the boundary is missing or invalid (1–70 characters).
[[nodiscard]] QByteArray multipartBoundary(const QByteArray &contentType);

// Parses a multipart/form-data body strictly: CRLF line ends, a first delimiter (an optional
// preamble before it), every part with a Content-Disposition form-data header and a name, and the
// closing delimiter. Anything else gives an error (a short reason) and no parts.
[[nodiscard]] MultipartForm parseMultipartForm(const QByteArray &contentType,
                                               const QByteArray &body);

} // namespace bc::emulator
