#pragma once

#include "emulator/emulatorreply.h"
#include "emulator/world/money.h"
#include "emulator/world/worlderror.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace bc::emulator {

struct EmulatorRequest;
class ParamReader;

// Helpers shared by the finance family's handlers (Business Center money and ad-account
// management): JSON bodies, date ranges, and the world's refusals as replies.
namespace Finance {

// The world's refusal as the reply the API gives (code and message as the world chose them).
[[nodiscard]] EmulatorReply worldErrorReply(const WorldError &error);

// A JSON id: digits as a string, or (as some clients still send v1.2-style) a JSON integer.
[[nodiscard]] std::optional<QString> idFromJson(const QJsonValue &value);

// Reads and validates a POST body the way the gateway does: Content-Type application/json, a JSON
// object, typed fields. Like ParamReader, the first problem is kept and answered as 40002 with a
// message that starts with the field's path ("advertiser_info.name: ...").
class JsonBodyReader final
{
public:
    explicit JsonBodyReader(const EmulatorRequest &request);

    [[nodiscard]] const QJsonObject &root() const { return m_root; }

    // Each reads object[key]; path names the object for messages ("" for the root). Absent and
    // null count as "not given".
    QString id(const QJsonObject &object, const QString &path, const QString &key, bool required);
    QString string(const QJsonObject &object, const QString &path, const QString &key,
                   bool required, qsizetype maxLength = -1);
    QString enumeration(const QJsonObject &object, const QString &path, const QString &key,
                        const QStringList &allowed, const QString &defaultValue);
    QJsonObject object(const QJsonObject &object, const QString &path, const QString &key,
                       bool required);
    std::optional<QJsonArray> array(const QJsonObject &object, const QString &path,
                                    const QString &key, bool required, qsizetype minCount,
                                    qsizetype maxCount);
    QStringList idList(const QJsonObject &object, const QString &path, const QString &key,
                       bool required, qsizetype minCount, qsizetype maxCount);
    std::optional<bool> boolean(const QJsonObject &object, const QString &path, const QString &key);
    // A money amount: a JSON number (or numeric string) with at most two decimals.
    std::optional<Cents> money(const QJsonObject &object, const QString &path, const QString &key);
    // An optional string that is only set when the field is there (for partial updates).
    std::optional<QString> optionalString(const QJsonObject &object, const QString &path,
                                          const QString &key, qsizetype maxLength);

    void fail(const QString &message);
    [[nodiscard]] bool hasError() const { return !m_error.isEmpty(); }
    [[nodiscard]] QString errorMessage() const { return m_error; }
    [[nodiscard]] EmulatorReply errorReply() const;

    [[nodiscard]] static QString joinPath(const QString &path, const QString &key);

private:
    QJsonObject m_root;
    QString m_error;
};

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
