#include "accesstoolkit.h"

#include "emulator/emulatorrequest.h"
#include "emulator/returncode.h"
#include "emulator/world/roughedges.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <limits>

using namespace Qt::StringLiterals;

namespace bc::emulator::access {

namespace {

QString quoted(const QString &value)
{
    constexpr qsizetype maxEcho = 64;
    const QString shown = value.size() > maxEcho ? value.left(maxEcho) + u"..."_s : value;
    return u'"' + shown + u'"';
}

bool isIdText(const QString &text)
{
    static const QRegularExpression digits(u"^[0-9]{1,19}$"_s);
    return digits.match(text).hasMatch();
}

bool isDecimalInteger(const QString &text)
{
    static const QRegularExpression pattern(u"^-?[0-9]+$"_s);
    return pattern.match(text).hasMatch();
}

QString countRange(qsizetype min, qsizetype max)
{
    return QString::number(min) + u" to "_s + QString::number(max);
}

} // namespace

Params::Params(const EmulatorRequest &request)
    : m_request(request)
    , m_fromQuery(request.method != QHttpServerRequest::Method::Post)
{
    if (m_fromQuery)
        return;
    // The gateway reads POST parameters from a JSON body only.
    const QByteArray contentType = request.header(QByteArrayLiteral("content-type")).toLower();
    if (!contentType.startsWith("application/json")) {
        fail(u"Content-Type: must be application/json."_s);
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        fail(u"request body: must be a JSON object."_s);
        return;
    }
    m_body = document.object();
}

bool Params::has(const QString &name) const
{
    return !raw(name).isUndefined();
}

QJsonValue Params::raw(const QString &name) const
{
    if (m_fromQuery) {
        if (!m_request.hasQueryValue(name))
            return QJsonValue(QJsonValue::Undefined);
        return m_request.queryValue(name);
    }
    const QJsonValue value = m_body.value(name);
    return value.isNull() ? QJsonValue(QJsonValue::Undefined) : value;
}

QJsonValue Params::structured(const QString &name, bool *parsed) const
{
    *parsed = true;
    const QJsonValue value = raw(name);
    if (!m_fromQuery || value.isUndefined())
        return value;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *parsed = false;
        return {};
    }
    if (document.isArray())
        return document.array();
    if (document.isObject())
        return document.object();
    *parsed = false;
    return {};
}

QString Params::idFrom(const QJsonValue &value, const QString &name)
{
    if (value.isString() && isIdText(value.toString()))
        return value.toString();
    // A JSON integer is converted by the gateway like a string of digits.
    if (value.isDouble()) {
        const qint64 number = value.toInteger(-1);
        if (number >= 0)
            return QString::number(number);
    }
    const QString shown = value.isString() ? quoted(value.toString()) : u"a non-string value"_s;
    fail(name % u": must be a numeric id string, got "_s % shown % u'.');
    return {};
}

QString Params::stringFrom(const QJsonValue &value, const QString &name, Need need,
                           qsizetype maxLength)
{
    if (!value.isString()) {
        fail(name % u": must be a string."_s);
        return {};
    }
    const QString text = value.toString();
    if (text.isEmpty() && need == Need::Required) {
        fail(name % u": must not be empty."_s);
        return {};
    }
    if (maxLength > 0 && text.size() > maxLength) {
        fail(name % u": must be at most "_s % QString::number(maxLength) % u" characters."_s);
        return {};
    }
    return text;
}

QString Params::id(const QString &name, Need need)
{
    const QJsonValue value = raw(name);
    if (value.isUndefined()) {
        if (need == Need::Required)
            fail(name % u": is required."_s);
        return {};
    }
    return idFrom(value, name);
}

QString Params::string(const QString &name, Need need, qsizetype maxLength)
{
    const QJsonValue value = raw(name);
    if (value.isUndefined()) {
        if (need == Need::Required)
            fail(name % u": is required."_s);
        return {};
    }
    return stringFrom(value, name, need, maxLength);
}

QString Params::enumeration(const QString &name, const QStringList &allowed, Need need,
                            const QString &defaultValue)
{
    const QJsonValue value = raw(name);
    if (value.isUndefined()) {
        if (need == Need::Required)
            fail(name % u": is required."_s);
        return defaultValue;
    }
    const QString text = value.isString() ? value.toString() : QString();
    if (!allowed.contains(text)) {
        fail(name % u": must be one of "_s % allowed.join(u", "_s) % u", got "_s
             % (value.isString() ? quoted(text) : u"a non-string value"_s) % u'.');
        return defaultValue;
    }
    return text;
}

std::optional<bool> Params::boolean(const QString &name)
{
    const QJsonValue value = raw(name);
    if (value.isUndefined())
        return std::nullopt;
    if (value.isBool())
        return value.toBool();
    if (m_fromQuery && (value.toString() == u"true"_s || value.toString() == u"false"_s))
        return value.toString() == u"true"_s;
    fail(name % u": must be true or false."_s);
    return std::nullopt;
}

QJsonArray Params::array(const QString &name, Need need, qsizetype min, qsizetype max)
{
    bool parsed = true;
    const QJsonValue value = structured(name, &parsed);
    if (value.isUndefined()) {
        if (need == Need::Required)
            fail(name % u": is required."_s);
        return {};
    }
    if (!parsed || !value.isArray()) {
        fail(name
             % (m_fromQuery ? u": must be a JSON array (URL-encoded JSON text)."_s
                            : u": must be a JSON array."_s));
        return {};
    }
    const QJsonArray items = value.toArray();
    if (items.size() < min || items.size() > max) {
        fail(name % u": must hold "_s % countRange(min, max) % u" items, got "_s
             % QString::number(items.size()) % u'.');
        return {};
    }
    return items;
}

QStringList Params::idList(const QString &name, Need need, qsizetype min, qsizetype max)
{
    const QJsonArray items = array(name, need, min, max);
    QStringList ids;
    for (qsizetype i = 0; i < items.size() && !hasError(); ++i)
        ids.append(idFrom(items.at(i), name % u'[' % QString::number(i) % u']'));
    return hasError() ? QStringList() : ids;
}

QStringList Params::stringList(const QString &name, Need need, qsizetype min, qsizetype max)
{
    const QJsonArray items = array(name, need, min, max);
    QStringList texts;
    for (qsizetype i = 0; i < items.size() && !hasError(); ++i) {
        texts.append(stringFrom(items.at(i), name % u'[' % QString::number(i) % u']',
                                Need::Required, 0));
    }
    return hasError() ? QStringList() : texts;
}

QJsonObject Params::object(const QString &name, Need need)
{
    bool parsed = true;
    const QJsonValue value = structured(name, &parsed);
    if (value.isUndefined()) {
        if (need == Need::Required)
            fail(name % u": is required."_s);
        return {};
    }
    if (!parsed || !value.isObject()) {
        fail(name
             % (m_fromQuery ? u": must be a JSON object (URL-encoded JSON text)."_s
                            : u": must be a JSON object."_s));
        return {};
    }
    return value.toObject();
}

qint64 Params::page()
{
    const QJsonValue value = raw(u"page"_s);
    if (value.isUndefined())
        return 1;
    const QString text = value.isString() ? value.toString() : QString();
    bool ok = false;
    const qint64 number = isDecimalInteger(text) ? text.toLongLong(&ok) : 0;
    if (!ok || number < 1) {
        fail(u"page: must be an integer at least 1, got "_s % quoted(text) % u'.');
        return 1;
    }
    return number;
}

qint64 Params::pageSize(qint64 maxPageSize)
{
    const QJsonValue value = raw(u"page_size"_s);
    if (value.isUndefined())
        return 10;
    const QString text = value.isString() ? value.toString() : QString();
    bool ok = false;
    const qint64 number = isDecimalInteger(text) ? text.toLongLong(&ok) : 0;
    if (!ok || number < 1 || number > maxPageSize) {
        fail(u"page_size: must be an integer between 1 and "_s % QString::number(maxPageSize)
             % u", got "_s % quoted(text) % u'.');
        return 10;
    }
    return number;
}

QString Params::fieldString(const QJsonObject &object, const QString &path, const QString &key,
                            Need need, qsizetype maxLength)
{
    const QJsonValue value = object.value(key);
    const QString name = path % u'.' % key;
    if (value.isUndefined() || value.isNull()) {
        if (need == Need::Required)
            fail(name % u": is required."_s);
        return {};
    }
    return stringFrom(value, name, need, maxLength);
}

QString Params::fieldId(const QJsonObject &object, const QString &path, const QString &key,
                        Need need)
{
    const QJsonValue value = object.value(key);
    const QString name = path % u'.' % key;
    if (value.isUndefined() || value.isNull()) {
        if (need == Need::Required)
            fail(name % u": is required."_s);
        return {};
    }
    return idFrom(value, name);
}

QString Params::fieldEnumeration(const QJsonObject &object, const QString &path, const QString &key,
                                 const QStringList &allowed, Need need)
{
    const QString text = fieldString(object, path, key, need);
    if (hasError())
        return {};
    if (!text.isEmpty() && !allowed.contains(text)) {
        fail(path % u'.' % key % u": must be one of "_s % allowed.join(u", "_s) % u", got "_s
             % quoted(text) % u'.');
        return {};
    }
    return text;
}

std::optional<qint64> Params::fieldInteger(const QJsonObject &object, const QString &path,
                                           const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const qint64 number = value.toInteger(std::numeric_limits<qint64>::min());
    if (!value.isDouble() || number == std::numeric_limits<qint64>::min()) {
        fail(path % u'.' % key % u": must be an integer."_s);
        return std::nullopt;
    }
    return number;
}

void Params::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

EmulatorReply Params::errorReply() const
{
    return EmulatorReply::error(ReturnCode::ParameterError, m_error);
}

// ---- Answers -----------------------------------------------------------------------------------

EmulatorReply worldErrorReply(const WorldError &error)
{
    if (error.ok())
        return emptySuccess();
    return EmulatorReply::error(error.code, error.message);
}

EmulatorReply emptySuccess()
{
    return EmulatorReply::success({});
}

QJsonValue orNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue rowId(const QString &id)
{
    return RoughEdges::idValue(id);
}

QJsonObject withUnknownFields(QJsonObject item, const QString &rowKey)
{
    const QJsonObject extra = RoughEdges::unknownFields(rowKey);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        item.insert(it.key(), it.value());
    return item;
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
