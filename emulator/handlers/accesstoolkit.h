#pragma once

// Shared pieces of the "access" endpoint family (assets, asset groups, pixels, partners, members,
// billing groups): parameter reading for GET and POST alike, role fields and the rough edges every
// row gets. Only the handlers of this family use it.

#include "emulator/bodyreader.h"
#include "emulator/emulatorreply.h"
#include "emulator/need.h"
#include "emulator/world/assetrole.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bc::emulator {

struct EmulatorRequest;

namespace access {

// Reads parameters the way the gateway does, from the query (GET: scalars as text, arrays and
// objects as URL-encoded JSON text) or from the JSON body (POST). Either way the checks are
// BodyReader's: a GET parameter is handed to it as the one field of an object. The first problem
// wins; handlers read all their parameters, check hasError() once and answer errorReply() (40002,
// the message starting with the name).
class Params final
{
public:
    explicit Params(const EmulatorRequest &request);

    [[nodiscard]] bool has(const QString &name) const;

    QString id(const QString &name, Need need);
    QString string(const QString &name, Need need, qsizetype maxLength = BodyReader::noMaxLength);
    QString enumeration(const QString &name, const QStringList &allowed, Need need,
                        const QString &defaultValue = {});
    std::optional<bool> boolean(const QString &name);
    QStringList idList(const QString &name, Need need, qsizetype min, qsizetype max);
    QStringList stringList(const QString &name, Need need, qsizetype min, qsizetype max);
    QJsonObject object(const QString &name, Need need);
    QJsonArray array(const QString &name, Need need, qsizetype min, qsizetype max);
    // page ≥ 1 (default 1) and page_size 1..maxPageSize (default 10), from the query: only the
    // family's GET lists are paged.
    qint64 page();
    qint64 pageSize(qint64 maxPageSize);

    // Fields of an object read above; path names it in messages ("filtering", "users[2]").
    QString fieldString(const QJsonObject &object, const QString &path, const QString &key,
                        Need need, qsizetype maxLength = BodyReader::noMaxLength)
    {
        return m_reader.string(object, path, key, need, maxLength);
    }
    QString fieldId(const QJsonObject &object, const QString &path, const QString &key, Need need)
    {
        return m_reader.id(object, path, key, need);
    }
    // An optional one given as "" counts as not given (filters send "" for "any").
    QString fieldEnumeration(const QJsonObject &object, const QString &path, const QString &key,
                             const QStringList &allowed, Need need);
    std::optional<qint64> fieldInteger(const QJsonObject &object, const QString &path,
                                       const QString &key)
    {
        return m_reader.integer(object, path, key);
    }

    // BodyReader::forEachObject(): the items of an array of objects read above, with their paths.
    template<typename Visit>
    void forEachObject(const QJsonArray &items, const QString &name, Visit visit)
    {
        m_reader.forEachObject(items, name, std::move(visit));
    }

    void fail(const QString &message) { m_reader.fail(message); }
    [[nodiscard]] bool hasError() const { return m_reader.hasError(); }
    [[nodiscard]] EmulatorReply errorReply() const { return m_reader.errorReply(); }

private:
    // An object holding the parameter: the body itself (POST), or {name: query text} (GET).
    [[nodiscard]] QJsonObject source(const QString &name) const;
    // The same for an array or object parameter; for GET the query text parsed as JSON, nullopt
    // (and failed) when it is not the JSON type asked for.
    std::optional<QJsonObject> structuredSource(const QString &name, QJsonValue::Type type);

    const EmulatorRequest &m_request;
    bool m_fromQuery = true;
    BodyReader m_reader;
};

// ---- Answers -----------------------------------------------------------------------------------

// The id as the wire sends it for that row: mostly a string, sometimes a JSON number.
[[nodiscard]] QJsonValue rowId(const QString &id);
// Drops null members (endpoints with pop_resp_nullvalue, e.g. /bc/asset_group/get/).
[[nodiscard]] QJsonObject withoutNulls(QJsonObject object);

// advertiser_role, catalog_role, form_library_role, store_role, tt_account_roles,
// business_account_role: the one of the asset's type set, the others null.
void insertRoleFields(QJsonObject &item, const AssetRole &role);

// Case-insensitive substring match of any of texts; an empty keyword matches everything.
[[nodiscard]] bool matchesKeyword(const QString &keyword, const QStringList &texts);

// Enumerations shared by several endpoints of the family (reference §1.10).
[[nodiscard]] const QStringList &assetTypes();
[[nodiscard]] const QStringList &userRoles();
[[nodiscard]] const QStringList &financeRoles();
[[nodiscard]] const QStringList &advertiserRoles();
[[nodiscard]] const QStringList &catalogRoles();
[[nodiscard]] const QStringList &storeRoles();
[[nodiscard]] const QStringList &ttAccountRoles();
[[nodiscard]] const QStringList &relationStatuses();

} // namespace access
} // namespace bc::emulator
