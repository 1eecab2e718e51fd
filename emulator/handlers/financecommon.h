#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace bc::emulator {

// Helpers shared by the finance family's handlers (Business Center money and ad-account
// management): date ranges and filtering objects. POST bodies are read with BodyReader, the
// world's refusals answered with worldErrorReply().
namespace Finance {

// A closed range of seconds [from, to] (UTC).
struct DateRange
{
    qint64 from = 0;
    qint64 to = 0;
};

enum class DateFormat {
    Date,     // YYYY-MM-DD: the range covers whole days
    DateTime, // YYYY-MM-DD HH:MM:SS
};

// Validates a start/end pair (either may be absent: nullopt). Both-or-neither when required so;
// a bad format, end before start or a span of more than 365 days fails with 40002 through fail.
// Absent: the last defaultDays days up to now.
[[nodiscard]] DateRange readDateRange(const std::optional<QString> &start, const QString &startName,
                                      const std::optional<QString> &end, const QString &endName,
                                      DateFormat format, bool bothOrNeither, int defaultDays,
                                      qint64 nowSecs, QString *error);

// A JSON array parameter of strings from an already parsed filtering object; each must be in
// allowed (when not empty). Fails through error.
[[nodiscard]] QStringList stringArray(const QJsonObject &object, const QString &objectName,
                                      const QString &key, const QStringList &allowed,
                                      qsizetype maxCount, QString *error);

// A string field of a filtering object when present (nullopt when absent or null); a non-string
// fails through error.
[[nodiscard]] std::optional<QString> optionalObjectString(const QJsonObject &object,
                                                          const QString &objectName,
                                                          const QString &key, QString *error);

// "Maximum page_size" of list endpoints where the reference publishes none.
inline constexpr qint64 defaultMaxPageSize = 50;

} // namespace Finance

} // namespace bc::emulator
