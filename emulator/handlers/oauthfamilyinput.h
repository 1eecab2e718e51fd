#pragma once

#include "emulator/emulatorreply.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace bc::emulator {

struct EmulatorRequest;
class ParamReader;

// Input helpers of the OAuth / advertiser-level / child-BC / inspiration-tool endpoints
// (handlers/oauthendpoints.h). ParamReader reads optional query scalars; these add what those
// endpoints need on top: required query parameters, JSON-array query parameters and JSON bodies.
namespace OauthFamilyInput {

// A required numeric id in the query: "<name>: is required." when absent.
[[nodiscard]] QString requiredId(ParamReader &params, const EmulatorRequest &request,
                                 const QString &name);
// A required enum in the query.
[[nodiscard]] QString requiredEnum(ParamReader &params, const EmulatorRequest &request,
                                   const QString &name, const QStringList &allowed);
// A required non-empty string in the query.
[[nodiscard]] QString requiredString(ParamReader &params, const EmulatorRequest &request,
                                     const QString &name);
// URL-encoded JSON text of an array of strings, with minItems..maxItems entries (anything
// else is 40002); nullopt when absent (and then "<name>: is required." if required).
[[nodiscard]] std::optional<QStringList> stringArray(ParamReader &params,
                                                     const EmulatorRequest &request,
                                                     const QString &name, bool required,
                                                     qsizetype minItems, qsizetype maxItems);
// "YYYY-MM-DD" in the query; -1 when absent (40002 for anything else, or absent and required).
[[nodiscard]] qint64 date(ParamReader &params, const EmulatorRequest &request, const QString &name,
                          bool required);

} // namespace OauthFamilyInput

// A POST body read the way the gateway does: Content-Type application/json and a JSON object,
// typed fields, first problem kept (40002 naming the field), like ParamReader for queries.
class JsonBodyReader final
{
public:
    explicit JsonBodyReader(const EmulatorRequest &request);

    // A string (empty when absent); required: absent or empty fails.
    QString string(const QString &name, bool required, qsizetype maxLength = 1024);
    // A numeric id, given as a string or (as v1.2 clients do) as a JSON integer.
    QString id(const QString &name, bool required);
    // One of allowed.
    QString enumeration(const QString &name, bool required, const QStringList &allowed);
    // true/false only; defaultValue when absent.
    bool boolean(const QString &name, bool defaultValue);
    // An array of non-empty strings with at most maxItems entries; empty when absent.
    QStringList stringArray(const QString &name, bool required, qsizetype maxItems);

    void fail(const QString &message);
    [[nodiscard]] bool has(const QString &name) const;
    [[nodiscard]] bool hasError() const { return !m_error.isEmpty(); }
    [[nodiscard]] EmulatorReply errorReply() const;

private:
    QJsonObject m_body;
    QString m_error;
};

} // namespace bc::emulator
