// Billing groups (reference §3.18): /bc/billing_group/get|create|update|advertiser/list/.
#include "accesshandlers.h"
#include "accesstoolkit.h"
#include "nullable.h"
#include "worldreplies.h"

#include "emulator/emulatorrequest.h"
#include "emulator/pagination.h"
#include "emulator/world.h"
#include "emulator/world/roughedges.h"

using namespace Qt::StringLiterals;

namespace bc::emulator {

using namespace access;

namespace {

constexpr qint64 billingGroupPageSizeMax = 50;
// /bc/billing_group/advertiser/list/ publishes no maximum: 50, like the other BC lists.
constexpr qint64 billingGroupAdvertiserPageSizeMax = 50;
constexpr qsizetype maxAdvertiserIds = 100;
constexpr qsizetype maxNameLength = 100;
constexpr qsizetype maxFilterNameLength = 256;
constexpr qsizetype maxEmails = 20;

// ⚠ filtering.status: Y types it int64, TS lists VALID/INVALID. We follow Y; which number means
// which status is not published, so this table is our assumption (one place to correct).
QString statusForCode(qint64 code)
{
    switch (code) {
    case 1:
        return u"VALID"_s;
    case 0:
        return u"INVALID"_s;
    default:
        return {};
    }
}

// Billing-group writes change who pays: the BC admin role (admin-only writes) and the finance
// manager role (World::createBillingGroup) are both needed.
WorldError checkWriter(const World &world, const QString &token, const QString &bcId)
{
    if (WorldError error = world.checkAdmin(token, bcId); !error.ok())
        return error;
    return world.checkFinance(token, bcId, World::FinanceAccess::Manage);
}

QJsonObject billingGroupItem(const World &world, const QString &bcId, const BillingGroup *group)
{
    QJsonArray advertisers;
    for (const QString &id : group->advertiserIds) {
        const AdAccount *account = world.findAdAccount(bcId, id);
        advertisers.append(
                QJsonObject{{u"advertiser_id"_s, rowId(id)},
                            {u"advertiser_name"_s, orNull(account ? account->name : QString())}});
    }
    QJsonObject item;
    item.insert(u"billing_group_id"_s, rowId(group->billingGroupId));
    item.insert(u"billing_group_name"_s, orNull(group->billingGroupName));
    item.insert(u"status"_s, orNull(group->status));
    item.insert(u"invoice_object_name"_s, orNull(group->invoiceObjectName));
    item.insert(u"is_primary"_s, group->isPrimary);
    item.insert(u"advertisers"_s, advertisers);
    item.insert(u"billing_group_emails"_s, QJsonArray::fromStringList(group->emails));
    item.insert(u"invoice_group_by"_s, orNull(group->invoiceGroupBy));
    item.insert(u"billed_to_type"_s, orNull(group->billedToType));
    item.insert(u"billing_group_type"_s, orNull(group->billingGroupType));
    return RoughEdges::withUnknownFields(item, group->billingGroupId);
}

} // namespace

EmulatorReply handleBcBillingGroupGet(World &world, const EmulatorRequest &request)
{
    Params params(request);
    const QString bcId = params.id(u"bc_id"_s, Need::Required);
    const QJsonObject filtering = params.object(u"filtering"_s, Need::Optional);
    const QString f = u"filtering"_s;
    const QString groupId = params.fieldId(filtering, f, u"billing_group_id"_s, Need::Optional);
    const QString name = params.fieldString(filtering, f, u"billing_group_name"_s, Need::Optional,
                                            maxFilterNameLength);
    if (filtering.contains(u"billing_group_name"_s) && name.isEmpty() && !params.hasError())
        params.fail(u"filtering.billing_group_name: must be 1 to 256 characters."_s);
    const QString type = params.fieldEnumeration(filtering, f, u"billing_group_type"_s,
                                                 {u"AUCTION"_s, u"RESERVATION"_s}, Need::Optional);
    const QString groupBy = params.fieldEnumeration(
            filtering, f, u"invoice_group_by"_s, {u"ACCOUNT"_s, u"ADVERTISER"_s}, Need::Optional);
    const QString billedTo = params.fieldEnumeration(
            filtering, f, u"billed_to_type"_s, {u"ACCOUNT"_s, u"ADVERTISER"_s}, Need::Optional);
    const std::optional<qint64> statusCode = params.fieldInteger(filtering, f, u"status"_s);
    const QString status = statusCode ? statusForCode(*statusCode) : QString();
    if (statusCode && status.isEmpty() && !params.hasError())
        params.fail(u"filtering.status: must be 1 (VALID) or 0 (INVALID)."_s);
    const qint64 page = params.page();
    const qint64 pageSize = params.pageSize(billingGroupPageSizeMax);
    if (params.hasError())
        return params.errorReply();
    EmulatorReply refusal;
    const GeneratedBusinessCenter *bc =
            financeReadableBusinessCenter(world, request, bcId, &refusal);
    if (!bc)
        return refusal;

    QList<const BillingGroup *> rows;
    for (const BillingGroup &group : bc->billingGroups) {
        if ((groupId.isEmpty() || group.billingGroupId == groupId)
            && matchesKeyword(name, {group.billingGroupName})
            && (type.isEmpty() || group.billingGroupType == type)
            && (groupBy.isEmpty() || group.invoiceGroupBy == groupBy)
            && (billedTo.isEmpty() || group.billedToType == billedTo)
            && (status.isEmpty() || group.status == status))
            rows.append(&group);
    }
    return EmulatorReply::success(pagedList(rows, page, pageSize, [&](const BillingGroup *group) {
        return billingGroupItem(world, bcId, group);
    }));
}

EmulatorReply handleBcBillingGroupCreate(World &world, const EmulatorRequest &request)
{
    Params params(request);
    BillingGroupCreate create;
    create.bcId = params.id(u"bc_id"_s, Need::Required);
    create.advertiserIds = params.idList(u"advertiser_ids"_s, Need::Required, 1, maxAdvertiserIds);
    create.billingGroupName = params.string(u"billing_group_name"_s, Need::Required, maxNameLength);
    create.emails = params.stringList(u"billing_group_emails"_s, Need::Optional, 0, maxEmails);
    create.billingGroupType =
            params.enumeration(u"billing_group_type"_s, {u"AUCTION"_s, u"RESERVATION"_s},
                               Need::Optional, u"AUCTION"_s);
    create.isPrimary = params.boolean(u"is_primary"_s).value_or(false);
    if (params.hasError())
        return params.errorReply();
    const QString token = request.accessToken();
    if (WorldError error = checkWriter(world, token, create.bcId); !error.ok())
        return worldErrorReply(error);
    const WorldResult<QString> result = world.createBillingGroup(token, create);
    if (!result.ok())
        return worldErrorReply(result.error);
    return EmulatorReply::success({{u"billing_group_id"_s, result.value}});
}

EmulatorReply handleBcBillingGroupUpdate(World &world, const EmulatorRequest &request)
{
    Params params(request);
    BillingGroupUpdate update;
    update.bcId = params.id(u"bc_id"_s, Need::Required);
    update.billingGroupId = params.id(u"billing_group_id"_s, Need::Required);
    if (params.has(u"new_billing_group_name"_s)) {
        update.name = params.string(u"new_billing_group_name"_s, Need::Required, maxNameLength);
    }
    if (params.has(u"new_billing_group_emails"_s)) {
        update.emails =
                params.stringList(u"new_billing_group_emails"_s, Need::Required, 0, maxEmails);
    }
    update.addAdvertiserIds =
            params.idList(u"add_advertiser_ids"_s, Need::Optional, 0, maxAdvertiserIds);
    update.deleteAdvertiserIds =
            params.idList(u"delete_advertiser_ids"_s, Need::Optional, 0, maxAdvertiserIds);
    update.isPrimary = params.boolean(u"is_primary"_s);
    if (params.hasError())
        return params.errorReply();
    const QString token = request.accessToken();
    if (WorldError error = checkWriter(world, token, update.bcId); !error.ok())
        return worldErrorReply(error);
    return worldErrorReply(world.updateBillingGroup(token, update));
}

EmulatorReply handleBcBillingGroupAdvertiserList(World &world, const EmulatorRequest &request)
{
    Params params(request);
    const QString bcId = params.id(u"bc_id"_s, Need::Required);
    const QString groupId = params.id(u"billing_group_id"_s, Need::Required);
    const qint64 page = params.page();
    const qint64 pageSize = params.pageSize(billingGroupAdvertiserPageSizeMax);
    if (params.hasError())
        return params.errorReply();
    EmulatorReply refusal;
    if (!financeReadableBusinessCenter(world, request, bcId, &refusal))
        return refusal;
    const BillingGroup *group = world.findBillingGroup(bcId, groupId);
    if (!group)
        return worldErrorReply(WorldError::notFound(u"Billing group does not exist: "_s + groupId));
    return EmulatorReply::success(
            pagedList(group->advertiserIds, page, pageSize, [&](const QString &id) {
                const AdAccount *account = world.findAdAccount(bcId, id);
                return RoughEdges::withUnknownFields(
                        {{u"advertiser_id"_s, rowId(id)},
                         {u"advertiser_name"_s, orNull(account ? account->name : QString())}},
                        id);
            }));
}

} // namespace bc::emulator
