#include "bcgethandler.h"

#include "emulator/emulatorrequest.h"
#include "emulator/pagination.h"
#include "emulator/paramreader.h"
#include "emulator/world.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace bc::emulator {

namespace {

constexpr qint64 maxPageSize = 50;

// /bc/get/ has pop_resp_nullvalue: absent values are left out, never sent as null.
void insertIfPresent(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

QJsonObject listItem(const GeneratedBusinessCenter &bc)
{
    QJsonObject info;
    // Some ids come as JSON numbers, as they did in v1.2; 19 digits only survive as an integer.
    if (bc.bcIdAsJsonNumber)
        info.insert(u"bc_id"_s, QJsonValue(bc.bcId.toLongLong()));
    else
        info.insert(u"bc_id"_s, bc.bcId);
    insertIfPresent(info, u"name"_s, bc.name);
    insertIfPresent(info, u"company"_s, bc.company);
    insertIfPresent(info, u"currency"_s, bc.currency);
    insertIfPresent(info, u"registered_area"_s, bc.registeredArea);
    insertIfPresent(info, u"status"_s, bc.status);
    insertIfPresent(info, u"timezone"_s, bc.timezone);
    insertIfPresent(info, u"type"_s, bc.type);
    insertIfPresent(info, u"verification_status"_s, bc.verificationStatus);
    insertIfPresent(info, u"organization_type"_s, bc.organizationType);

    QJsonObject extUserRole; // stays {} for a user without a finance role
    insertIfPresent(extUserRole, u"finance_role"_s, bc.financeRole);

    QJsonObject item;
    item.insert(u"bc_info"_s, info);
    insertIfPresent(item, u"user_role"_s, bc.userRole);
    item.insert(u"ext_user_role"_s, extUserRole);
    insertIfPresent(item, u"binding_status"_s, bc.bindingStatus);
    // Not in any spec: clients must ignore fields they do not know.
    item.insert(u"bc_tags"_s, QJsonArray::fromStringList(bc.tags));
    return item;
}

bool matchesKeyword(const GeneratedBusinessCenter &bc, const QString &keyword)
{
    return keyword.isEmpty() || bc.name.contains(keyword, Qt::CaseInsensitive)
           || bc.bcId.contains(keyword, Qt::CaseInsensitive);
}

} // namespace

EmulatorReply handleBcGet(World &world, const EmulatorRequest &request)
{
    ParamReader params(request);
    const QString bcId = params.id(u"bc_id"_s);
    // The world has child BCs (GeneratedBusinessCenter::childBusinessCenters), but this endpoint
    // does not list tiers yet: TIERED_ACCOUNT lists the same BCs and no parent_bc.
    params.enumeration(u"scene"_s, {u"SINGLE_ACCOUNT"_s, u"TIERED_ACCOUNT"_s}, u"SINGLE_ACCOUNT"_s);
    const QJsonObject filtering = params.jsonObject(u"filtering"_s);
    const QString keyword = params.objectString(filtering, u"filtering"_s, u"keyword"_s);
    // Validated like the gateway does, but not applied yet: the keyword is always matched against
    // BC names and ids.
    params.objectEnumeration(filtering, u"filtering"_s, u"keyword_type"_s,
                             {u"ASSET"_s, u"MEMBER"_s, u"PARTNER"_s, u"TIER"_s});
    params.objectEnumeration(filtering, u"filtering"_s, u"relation_type"_s,
                             {u"PARENT"_s, u"CHILD"_s});
    const qint64 page = params.page();
    const qint64 pageSize = params.pageSize(maxPageSize);
    if (params.hasError())
        return params.errorReply();

    // An unknown bc_id gives an empty list rather than an error (the reference does not say).
    QList<const GeneratedBusinessCenter *> matches;
    for (const GeneratedBusinessCenter &bc : world.businessCenters()) {
        if ((bcId.isEmpty() || bc.bcId == bcId) && matchesKeyword(bc, keyword))
            matches.append(&bc);
    }

    QJsonObject data = pagedList(matches, page, pageSize,
                                 [](const GeneratedBusinessCenter *bc) { return listItem(*bc); });
    // Another field outside the spec, this time inside page_info.
    QJsonObject pageInfo = data.value(u"page_info"_s).toObject();
    pageInfo.insert(u"page_token_supported"_s, false);
    data.insert(u"page_info"_s, pageInfo);
    return EmulatorReply::success(data);
}

} // namespace bc::emulator
