#include "accesstoolkit.h"

#include "nullable.h"

#include "emulator/emulatorrequest.h"
#include "emulator/paramreader.h"
#include "emulator/world/roughedges.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace bc::emulator::access {

Params::Params(const EmulatorRequest &request)
    : m_request(request)
    , m_fromQuery(request.method != QHttpServerRequest::Method::Post)
    , m_reader(m_fromQuery ? BodyReader() : BodyReader(request))
{ }

QJsonObject Params::source(const QString &name) const
{
    if (!m_fromQuery)
        return m_reader.root();
    if (!m_request.hasQueryValue(name))
        return {};
    return {{name, m_request.queryValue(name)}};
}

std::optional<QJsonObject> Params::structuredSource(const QString &name, QJsonValue::Type type)
{
    if (!m_fromQuery || !m_request.hasQueryValue(name))
        return source(name);
    QJsonParseError parseError;
    const QJsonDocument document =
            QJsonDocument::fromJson(m_request.queryValue(name).toUtf8(), &parseError);
    const bool wantArray = type == QJsonValue::Array;
    if (parseError.error != QJsonParseError::NoError
        || (wantArray ? !document.isArray() : !document.isObject())) {
        fail(name
             % (wantArray ? u": must be a JSON array (URL-encoded JSON text)."_s
                          : u": must be a JSON object (URL-encoded JSON text)."_s));
        return std::nullopt;
    }
    return QJsonObject{
            {name, wantArray ? QJsonValue(document.array()) : QJsonValue(document.object())}};
}

bool Params::has(const QString &name) const
{
    return BodyReader::has(source(name), name);
}

QString Params::id(const QString &name, Need need)
{
    return m_reader.id(source(name), {}, name, need);
}

QString Params::string(const QString &name, Need need, qsizetype maxLength)
{
    return m_reader.string(source(name), {}, name, need, maxLength);
}

QString Params::enumeration(const QString &name, const QStringList &allowed, Need need,
                            const QString &defaultValue)
{
    return m_reader.enumeration(source(name), {}, name, allowed, need, defaultValue);
}

std::optional<bool> Params::boolean(const QString &name)
{
    QJsonObject holder = source(name);
    // A query has no JSON booleans: the texts true and false stand for them.
    const QString text = holder.value(name).toString();
    if (m_fromQuery && (text == u"true"_s || text == u"false"_s))
        holder.insert(name, text == u"true"_s);
    return m_reader.boolean(holder, {}, name);
}

QJsonArray Params::array(const QString &name, Need need, qsizetype min, qsizetype max)
{
    const std::optional<QJsonObject> holder = structuredSource(name, QJsonValue::Array);
    if (!holder)
        return {};
    return m_reader.array(*holder, {}, name, need, min, max).value_or(QJsonArray());
}

QStringList Params::idList(const QString &name, Need need, qsizetype min, qsizetype max)
{
    const std::optional<QJsonObject> holder = structuredSource(name, QJsonValue::Array);
    return holder ? m_reader.idList(*holder, {}, name, need, min, max) : QStringList();
}

QStringList Params::stringList(const QString &name, Need need, qsizetype min, qsizetype max)
{
    const std::optional<QJsonObject> holder = structuredSource(name, QJsonValue::Array);
    return holder ? m_reader.stringList(*holder, {}, name, need, min, max) : QStringList();
}

QJsonObject Params::object(const QString &name, Need need)
{
    const std::optional<QJsonObject> holder = structuredSource(name, QJsonValue::Object);
    return holder ? m_reader.object(*holder, {}, name, need) : QJsonObject();
}

qint64 Params::page()
{
    ParamReader query(m_request);
    const qint64 page = query.page();
    if (query.hasError())
        fail(query.errorMessage());
    return page;
}

qint64 Params::pageSize(qint64 maxPageSize)
{
    ParamReader query(m_request);
    const qint64 pageSize = query.pageSize(maxPageSize);
    if (query.hasError())
        fail(query.errorMessage());
    return pageSize;
}

QString Params::fieldEnumeration(const QJsonObject &object, const QString &path, const QString &key,
                                 const QStringList &allowed, Need need)
{
    const QJsonValue value = object.value(key);
    if (need == Need::Optional && value.isString() && value.toString().isEmpty())
        return {};
    return m_reader.enumeration(object, path, key, allowed, need);
}

// ---- Answers -----------------------------------------------------------------------------------

QJsonValue rowId(const QString &id)
{
    return RoughEdges::idValue(id);
}

QJsonObject withoutNulls(QJsonObject object)
{
    for (auto it = object.begin(); it != object.end();) {
        if (it.value().isNull())
            it = object.erase(it);
        else
            ++it;
    }
    return object;
}

void insertRoleFields(QJsonObject &item, const AssetRole &role)
{
    item.insert(u"advertiser_role"_s, orNull(role.advertiserRole));
    item.insert(u"catalog_role"_s, orNull(role.catalogRole));
    item.insert(u"form_library_role"_s, orNull(role.formLibraryRole));
    item.insert(u"store_role"_s, orNull(role.storeRole));
    item.insert(u"tt_account_roles"_s,
                role.ttAccountRoles.isEmpty()
                        ? QJsonValue(QJsonValue::Null)
                        : QJsonValue(QJsonArray::fromStringList(role.ttAccountRoles)));
    item.insert(u"business_account_role"_s, orNull(role.businessAccountRole));
}

bool matchesKeyword(const QString &keyword, const QStringList &texts)
{
    if (keyword.isEmpty())
        return true;
    return std::any_of(texts.cbegin(), texts.cend(), [&](const QString &text) {
        return text.contains(keyword, Qt::CaseInsensitive);
    });
}

const QStringList &assetTypes()
{
    static const QStringList values = {
            u"ADVERTISER"_s, u"CATALOG"_s,    u"LEAD"_s,
            u"PIXEL"_s,      u"STOREFRONT"_s, u"TIKTOK_SHOP"_s,
            u"TT_ACCOUNT"_s, u"DOMAIN"_s,     u"MANAGED_BUSINESS_ACCOUNT"_s};
    return values;
}

const QStringList &userRoles()
{
    static const QStringList values = {u"ADMIN"_s, u"STANDARD"_s};
    return values;
}

const QStringList &financeRoles()
{
    static const QStringList values = {u"MANAGER"_s, u"ANALYST"_s};
    return values;
}

const QStringList &advertiserRoles()
{
    static const QStringList values = {u"ADMIN"_s, u"OPERATOR"_s, u"ANALYST"_s};
    return values;
}

const QStringList &catalogRoles()
{
    static const QStringList values = {u"ADMIN"_s, u"AD_PROMOTE"_s};
    return values;
}

const QStringList &storeRoles()
{
    static const QStringList values = {u"AD_PROMOTION"_s, u"MANAGER"_s};
    return values;
}

const QStringList &ttAccountRoles()
{
    static const QStringList values = {u"POST"_s, u"LIVE"_s, u"DIRECT_MESSAGE"_s};
    return values;
}

const QStringList &relationStatuses()
{
    static const QStringList values = {u"BOUND"_s, u"UNBOUND"_s, u"PENDING"_s, u"REJECTED"_s};
    return values;
}

} // namespace bc::emulator::access
