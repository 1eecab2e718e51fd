#pragma once

#include "emulator/emulatorreply.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace bc::emulator {

class ParamReader;
struct EmulatorRequest;

namespace InvoiceInput {

// A required numeric id in the query (bc_id, invoice_id, task_id): 40002 naming it when absent.
QString requiredId(ParamReader &params, const EmulatorRequest &request, const QString &name);
// A GET array parameter: URL-encoded JSON text of an array of strings, each one of allowed
// (allowed empty: any non-empty string). Absent: an empty list; present but empty []: 40002.
QStringList stringArray(ParamReader &params, const EmulatorRequest &request, const QString &name,
                        const QStringList &allowed);
// "YYYY-MM-DD HH:MM:SS" or "YYYY-MM-DD" (UTC) → seconds; -1 when absent; 40002 when malformed.
qint64 time(ParamReader &params, const EmulatorRequest &request, const QString &name);

} // namespace InvoiceInput

// A POST body read the way the gateway does: JSON object only, typed fields, first problem kept.
class InvoiceBody final
{
public:
    explicit InvoiceBody(const EmulatorRequest &request);

    // A numeric id as a string of digits (a JSON integer is accepted too: the gateway converts).
    QString id(const QJsonObject &object, const QString &path, const QString &key, bool required);
    QString string(const QJsonObject &object, const QString &path, const QString &key);
    QString enumeration(const QJsonObject &object, const QString &path, const QString &key,
                        const QStringList &allowed, bool required);
    QStringList enumArray(const QJsonObject &object, const QString &path, const QString &key,
                          const QStringList &allowed);
    qint64 time(const QJsonObject &object, const QString &path, const QString &key);
    QJsonObject object(const QJsonObject &object, const QString &path, const QString &key);

    [[nodiscard]] const QJsonObject &root() const { return m_root; }
    void fail(const QString &message);
    [[nodiscard]] bool hasError() const { return !m_error.isEmpty(); }
    [[nodiscard]] EmulatorReply errorReply() const;

private:
    QJsonObject m_root;
    QString m_error;
};

} // namespace bc::emulator
