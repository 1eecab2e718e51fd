#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace bc::emulator {

struct EmulatorRequest;
class ParamReader;

// Query helpers of the OAuth / advertiser-level / child-BC / inspiration-tool endpoints
// (handlers/oauthendpoints.h) on top of ParamReader: JSON-array and date parameters. POST bodies
// are read with BodyReader.
namespace OauthFamilyInput {

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

} // namespace bc::emulator
