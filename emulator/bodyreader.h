#pragma once

#include "emulatorreply.h"
#include "need.h"
#include "world/money.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>

namespace bc::emulator {

struct EmulatorRequest;

// Reads a POST body the way the v1.3 gateway does: Content-Type application/json, a JSON object,
// typed fields. Like ParamReader for queries, the first problem is kept; handlers read all their
// fields, then check hasError() once and answer errorReply() (40002, the message starting with the
// field's path: "advertiser_info.name: ...").
//
// Each read names the object holding the field and that object's path ("" for the body itself);
// the overloads without them read the body itself. A field that is absent or null is "not given".
// The reads work on any JSON object, so a default-constructed reader also checks objects that came
// URL-encoded in a query.
class BodyReader final
{
public:
    static constexpr qsizetype noMaxLength = -1;
    static constexpr qsizetype noMaxCount = std::numeric_limits<qsizetype>::max();

    BodyReader() = default;
    explicit BodyReader(const EmulatorRequest &request);

    [[nodiscard]] const QJsonObject &root() const { return m_root; }

    // A numeric id: 1 to 19 digits as a string, or a non-negative JSON integer (the gateway
    // converts both to int64, and v1.2-style clients still send numbers).
    QString id(const QJsonObject &object, const QString &path, const QString &key, Need need);
    // A string; a required one must not be empty.
    QString string(const QJsonObject &object, const QString &path, const QString &key, Need need,
                   qsizetype maxLength = noMaxLength);
    // A string only when the field is given (partial updates tell "unchanged" from "cleared").
    std::optional<QString> optionalString(const QJsonObject &object, const QString &path,
                                          const QString &key, qsizetype maxLength = noMaxLength);
    // One of allowed, exact case; defaultValue when not given.
    QString enumeration(const QJsonObject &object, const QString &path, const QString &key,
                        const QStringList &allowed, Need need, const QString &defaultValue = {});
    std::optional<bool> boolean(const QJsonObject &object, const QString &path, const QString &key);
    std::optional<qint64> integer(const QJsonObject &object, const QString &path,
                                  const QString &key);
    // A money amount: a JSON number (or numeric string) with at most two decimals.
    std::optional<Cents> money(const QJsonObject &object, const QString &path, const QString &key);
    // "YYYY-MM-DD HH:MM:SS" or "YYYY-MM-DD" (UTC) → seconds; -1 when not given.
    qint64 time(const QJsonObject &object, const QString &path, const QString &key);
    QJsonObject object(const QJsonObject &object, const QString &path, const QString &key,
                       Need need);
    // An array of minCount..maxCount items; nullopt when not given or wrong.
    std::optional<QJsonArray> array(const QJsonObject &object, const QString &path,
                                    const QString &key, Need need, qsizetype minCount,
                                    qsizetype maxCount);
    // Arrays of ids, of non-empty strings, of values out of allowed.
    QStringList idList(const QJsonObject &object, const QString &path, const QString &key,
                       Need need, qsizetype minCount, qsizetype maxCount);
    QStringList stringList(const QJsonObject &object, const QString &path, const QString &key,
                           Need need, qsizetype minCount, qsizetype maxCount);
    QStringList enumerationList(const QJsonObject &object, const QString &path, const QString &key,
                                const QStringList &allowed, Need need, qsizetype minCount,
                                qsizetype maxCount);

    // The same reads on the body itself.
    QString id(const QString &key, Need need) { return id(m_root, {}, key, need); }
    QString string(const QString &key, Need need, qsizetype maxLength = noMaxLength)
    {
        return string(m_root, {}, key, need, maxLength);
    }
    std::optional<QString> optionalString(const QString &key, qsizetype maxLength = noMaxLength)
    {
        return optionalString(m_root, {}, key, maxLength);
    }
    QString enumeration(const QString &key, const QStringList &allowed, Need need,
                        const QString &defaultValue = {})
    {
        return enumeration(m_root, {}, key, allowed, need, defaultValue);
    }
    std::optional<bool> boolean(const QString &key) { return boolean(m_root, {}, key); }
    QJsonObject object(const QString &key, Need need) { return object(m_root, {}, key, need); }
    std::optional<QJsonArray> array(const QString &key, Need need, qsizetype minCount,
                                    qsizetype maxCount)
    {
        return array(m_root, {}, key, need, minCount, maxCount);
    }
    QStringList idList(const QString &key, Need need, qsizetype minCount, qsizetype maxCount)
    {
        return idList(m_root, {}, key, need, minCount, maxCount);
    }
    QStringList stringList(const QString &key, Need need, qsizetype minCount, qsizetype maxCount)
    {
        return stringList(m_root, {}, key, need, minCount, maxCount);
    }

    // Calls visit(object, path) for the items of an array of objects in order, path naming the
    // item ("assets[2]"), until a problem is found; an item that is not an object is one.
    template<typename Visit>
    void forEachObject(const QJsonArray &items, const QString &name, Visit visit)
    {
        for (qsizetype i = 0; i < items.size() && !hasError(); ++i) {
            const QString path = name + u'[' + QString::number(i) + u']';
            if (!items.at(i).isObject()) {
                fail(path + QStringLiteral(": must be a JSON object."));
                return;
            }
            visit(items.at(i).toObject(), path);
        }
    }

    void fail(const QString &message);
    [[nodiscard]] bool hasError() const { return !m_error.isEmpty(); }
    [[nodiscard]] QString errorMessage() const { return m_error; }
    [[nodiscard]] EmulatorReply errorReply() const;

    // Given: present and not null.
    [[nodiscard]] static bool has(const QJsonObject &object, const QString &key);
    // "advertiser_info" + "name" → "advertiser_info.name"; "" + "bc_id" → "bc_id".
    [[nodiscard]] static QString joinPath(const QString &path, const QString &key);
    // The id a JSON value stands for (see id()); nullopt when it is none.
    [[nodiscard]] static std::optional<QString> idText(const QJsonValue &value);

private:
    // The field's value when given; fails "<path>: is required." when it must be and is not.
    std::optional<QJsonValue> given(const QJsonObject &object, const QString &path,
                                    const QString &key, Need need);

    // A bad value as messages echo it.
    [[nodiscard]] static QString shown(const QJsonValue &value);

    QJsonObject m_root;
    QString m_error;
};

} // namespace bc::emulator
