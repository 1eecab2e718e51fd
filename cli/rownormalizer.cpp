#include "cli/rownormalizer.h"

#include "core/api/jsonfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace bc::cli {

namespace {

// A path of the API's object as the printed element has it (bc_info's fields are top level
// when flattened).
QString printedPath(const QString &path, bool flattenBcInfo)
{
    static const QString bcInfo = u"bc_info."_s;
    return flattenBcInfo && path.startsWith(bcInfo) ? path.mid(bcInfo.size()) : path;
}

QJsonValue idValue(const QJsonValue &value)
{
    if (value.isDouble())
        return api::json::idString(value);
    return value;
}

} // namespace

RowNormalizer::RowNormalizer(const ListResource &resource)
    : m_flattenBcInfo(resource.flattenBcInfo)
{
    const store::MirrorListSpec &spec = store::mirrorListSpec(resource.list);
    for (const store::MirrorColumn &column : spec.columns) {
        if (column.type == store::ColumnType::Amount)
            m_amountPaths.insert(printedPath(column.jsonPath, m_flattenBcInfo));
    }
    // Lists without ids of their own name several fields, money among them: those stay money.
    for (const QString &field : spec.idFields) {
        const QString path = printedPath(field, m_flattenBcInfo);
        if (!m_amountPaths.contains(path))
            m_idPaths.insert(path);
    }
}

bool RowNormalizer::isIdField(const QString &path, const QString &key) const
{
    return m_idPaths.contains(path) || key.endsWith(u"_id"_s) || key.endsWith(u"_ids"_s);
}

QJsonValue RowNormalizer::normalized(const QString &path, const QString &key,
                                     const QJsonValue &value) const
{
    if (m_amountPaths.contains(path)) {
        if (const std::optional<domain::Amount> amount = api::json::amount(value))
            return double(amount->minorUnits()) / double(domain::Amount::minorPerUnit);
        return value;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QJsonObject out;
        for (auto it = object.begin(); it != object.end(); ++it)
            out.insert(it.key(), normalized(path + u'.' + it.key(), it.key(), it.value()));
        return out;
    }
    if (value.isArray()) {
        const bool ids = isIdField(path, key);
        QJsonArray out;
        for (const QJsonValue &element : value.toArray()) {
            if (element.isObject())
                out.append(normalized(path, {}, element));
            else
                out.append(ids ? idValue(element) : element);
        }
        return out;
    }
    return isIdField(path, key) ? idValue(value) : value;
}

QJsonObject RowNormalizer::normalize(const QJsonObject &raw) const
{
    QJsonObject source = raw;
    if (m_flattenBcInfo) {
        // bc_info's fields at the top level, next to user_role and finance_role.
        source = raw.value(u"bc_info"_s).toObject();
        for (auto it = raw.begin(); it != raw.end(); ++it) {
            if (it.key() != u"bc_info" && !source.contains(it.key()))
                source.insert(it.key(), it.value());
        }
        const QJsonValue financeRole =
                raw.value(u"ext_user_role"_s).toObject().value(u"finance_role"_s);
        if (!source.contains(u"finance_role"_s) && !financeRole.isUndefined())
            source.insert(u"finance_role"_s, financeRole);
    }
    QJsonObject out;
    for (auto it = source.begin(); it != source.end(); ++it)
        out.insert(it.key(), normalized(it.key(), it.key(), it.value()));
    return out;
}

QString RowNormalizer::cell(const QJsonObject &row, const QString &column) const
{
    QJsonValue value = row;
    for (const QString &part : column.split(u'.'))
        value = value.toObject().value(part);
    if (m_amountPaths.contains(column)) {
        if (const std::optional<domain::Amount> amount = api::json::amount(value))
            return amount->toString();
    }
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        if (const std::optional<qint64> whole = api::json::integer(value))
            return QString::number(*whole);
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace bc::cli
