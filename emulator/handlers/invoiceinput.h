#pragma once

#include <QString>
#include <QStringList>

namespace bc::emulator {

class ParamReader;
struct EmulatorRequest;

// Query helpers of the invoice endpoints on top of ParamReader (the task body is read with
// BodyReader).
namespace InvoiceInput {

// A GET array parameter: URL-encoded JSON text of an array of strings, each one of allowed
// (allowed empty: any non-empty string). Absent: an empty list; present but empty []: 40002.
QStringList stringArray(ParamReader &params, const EmulatorRequest &request, const QString &name,
                        const QStringList &allowed);
// "YYYY-MM-DD HH:MM:SS" or "YYYY-MM-DD" (UTC) → seconds; -1 when absent; 40002 when malformed.
qint64 time(ParamReader &params, const EmulatorRequest &request, const QString &name);

} // namespace InvoiceInput

} // namespace bc::emulator
