// World: transfers, billing groups and invoice tasks (reference §3.13, §3.18, §3.19).
#include "emulator/world.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc::emulator {

namespace {

constexpr qsizetype maxBillingGroupAdvertisers = 100;
constexpr qsizetype maxBillingGroupNameLength = 100;
constexpr qsizetype maxBillingGroupEmails = 20;

Cents *validPart(Balance &balance, const QString &fundsKind)
{
    if (fundsKind == u"CASH"_s)
        return &balance.validCash;
    if (fundsKind == u"GRANT"_s)
        return &balance.validGrant;
    return &balance.validCredit;
}

Cents validAmount(const Balance &balance, const QString &fundsKind)
{
    if (fundsKind == u"CASH"_s)
        return balance.validCash;
    if (fundsKind == u"GRANT"_s)
        return balance.validGrant;
    return balance.validCredit;
}

QString fundsTypeOf(const QString &fundsKind)
{
    if (fundsKind == u"CASH"_s)
        return u"FUNDS_TYPE_CASH"_s;
    if (fundsKind == u"GRANT"_s)
        return u"FUNDS_TYPE_GRANT"_s;
    return {}; // credit has no funds type in the reference's enum
}

QString fundsLabel(const QString &fundsKind)
{
    return fundsKind.toLower();
}

bool isEmail(const QString &text)
{
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    return pattern.match(text).hasMatch();
}

WorldError checkEmails(const QStringList &emails)
{
    if (emails.size() > maxBillingGroupEmails)
        return WorldError::parameter(u"billing_group_emails: at most 20 addresses."_s);
    for (const QString &email : emails) {
        if (!isEmail(email)) {
            return WorldError::parameter(u"billing_group_emails: not an email address: \""_s + email
                                         + u"\"."_s);
        }
    }
    return {};
}

} // namespace

TransferRecord World::recordTransfer(GeneratedBusinessCenter &bc, AdAccount &account,
                                     const QString &transferType, const QString &fundsKind,
                                     Cents amount)
{
    const bool recharge = transferType == u"RECHARGE"_s;
    Cents *from = validPart(recharge ? bc.balance : account.balance, fundsKind);
    Cents *to = validPart(recharge ? account.balance : bc.balance, fundsKind);
    *from -= amount;
    *to += amount;

    BcTransaction bcSide;
    bcSide.transactionId = newId();
    AccountTransaction accountSide;
    accountSide.transactionId = newId();

    bcSide.time = nowSecs();
    bcSide.amount = recharge ? -amount : amount;
    bcSide.subtotal = bcSide.amount;
    bcSide.currency = bc.currency;
    bcSide.timezone = bc.timezone;
    bcSide.fundsType = fundsTypeOf(fundsKind);
    bcSide.transactionType = recharge ? u"DECREASE_BALANCE"_s : u"INCREASE_BALANCE"_s;
    bcSide.billingType = fundsKind == u"CREDIT"_s ? u"CREDIT"_s : u"CASH"_s;
    bcSide.advertiserId = account.advertiserId;
    bcSide.pairedTransactionId = accountSide.transactionId;

    accountSide.advertiserId = account.advertiserId;
    accountSide.time = bcSide.time;
    accountSide.amount = -bcSide.amount;
    accountSide.subtotal = accountSide.amount;
    accountSide.currency = account.currency;
    accountSide.fundsType = bcSide.fundsType;
    accountSide.transactionType = recharge ? u"ADD_BALANCE"_s : u"REFUND"_s;
    accountSide.transferType = u"TRANS_TYPE_TRANSFER"_s;
    accountSide.billingType = bcSide.billingType;
    accountSide.paymentPortfolioId = account.paymentPortfolioId;
    accountSide.paymentPortfolioName = account.paymentPortfolioName;
    accountSide.pairedTransactionId = bcSide.transactionId;

    bc.transactions.append(bcSide);
    bc.accountTransactions.append(accountSide);

    TransferRecord record;
    record.transactionId = accountSide.transactionId;
    record.transactionType = fundsKind;
    record.payeeAccountType = recharge ? u"ADVERTISER"_s : u"BC"_s;
    record.payeeAccountId = recharge ? account.advertiserId : bc.bcId;
    record.remitterAccountType = recharge ? u"BC"_s : u"ADVERTISER"_s;
    record.remitterAccountId = recharge ? bc.bcId : account.advertiserId;
    return record;
}

WorldResult<TransferResult> World::transfer(const QString &token, const TransferRequest &request)
{
    if (WorldError error = checkFinance(token, request.bcId, FinanceAccess::Manage); !error.ok())
        return error;
    const bool recharge = request.transferType == u"RECHARGE"_s;
    if (!recharge && request.transferType != u"REFUND"_s)
        return WorldError::parameter(u"transfer_type: must be RECHARGE or REFUND."_s);
    const bool bcLevel = request.transferLevel == u"BC"_s;
    if (!bcLevel && request.transferLevel != u"ADVERTISER"_s)
        return WorldError::parameter(u"transfer_level: must be ADVERTISER or BC."_s);
    static const QRegularExpression int64Text(u"^[0-9]{1,19}$"_s);
    if (!request.requestId.isEmpty() && !int64Text.match(request.requestId).hasMatch())
        return WorldError::parameter(u"request_id: must be a decimal integer as a string."_s);

    GeneratedBusinessCenter &bc = *mutableBusinessCenter(request.bcId);
    // The same key again answers what the first call did and moves nothing.
    const QString key = request.transferLevel + u'/' + request.requestId;
    if (!request.requestId.isEmpty()) {
        const auto done = bc.transfersByRequestId.constFind(key);
        if (done != bc.transfersByRequestId.constEnd())
            return *done;
    }

    if (request.cashAmount < 0 || request.grantAmount < 0 || request.creditAmount < 0)
        return WorldError::parameter(u"amount: must not be negative."_s);
    const Cents total = request.cashAmount + request.grantAmount + request.creditAmount;
    if (total <= 0)
        return WorldError::parameter(
                u"cash_amount, grant_amount or credit_amount: must be greater than 0."_s);
    if (bc.status != u"ENABLE"_s)
        return WorldError::noPermission(u"The Business Center is not active: "_s + bc.bcId);

    TransferResult result;
    result.bcId = bc.bcId;
    result.childBcId = request.childBcId;

    if (bcLevel) {
        // The BC's credit line: every amount given counts as credit.
        if (!bc.monthlyInvoicing) {
            return WorldError::parameter(
                    u"transfer_level: BC needs a Business Center on monthly invoicing (credit)."_s);
        }
        if (!recharge && bc.balance.validCredit < total) {
            return WorldError::parameter(u"Insufficient credit balance: the Business Center has "_s
                                         + Money::format(bc.balance.validCredit) + u' '
                                         + bc.currency + u"."_s);
        }
        bc.balance.validCredit += recharge ? total : -total;
        BcTransaction record;
        record.transactionId = newId();
        record.time = nowSecs();
        record.amount = recharge ? total : -total;
        record.subtotal = record.amount;
        record.currency = bc.currency;
        record.timezone = bc.timezone;
        record.transactionType = recharge ? u"INCREASE_BALANCE"_s : u"DECREASE_BALANCE"_s;
        record.billingType = u"CREDIT"_s;
        bc.transactions.append(record);

        const QString target = request.childBcId.isEmpty() ? bc.bcId : request.childBcId;
        TransferRecord info;
        info.transactionId = record.transactionId;
        info.transactionType = u"CREDIT"_s;
        info.payeeAccountType = u"BC"_s;
        info.payeeAccountId = recharge ? target : bc.bcId;
        info.remitterAccountType = u"BC"_s;
        info.remitterAccountId = recharge ? bc.bcId : target;
        result.transactions.append(info);
    } else {
        if (request.advertiserId.isEmpty())
            return WorldError::parameter(
                    u"advertiser_id: required for transfer_level ADVERTISER."_s);
        AdAccount *account = mutableAdAccount(request.advertiserId);
        if (!account || !findAdAccount(bc.bcId, request.advertiserId)) {
            return WorldError::notFound(u"Advertiser does not exist in this Business Center: "_s
                                        + request.advertiserId);
        }
        if (account->relationType != u"OWNER_BC"_s) {
            return WorldError::parameter(
                    u"advertiser_id: only ad accounts the Business Center owns can be funded: "_s
                    + request.advertiserId);
        }
        if (account->disabled)
            return WorldError::parameter(u"advertiser_id: the ad account is disabled."_s);
        if (request.creditAmount > 0 && !bc.monthlyInvoicing)
            return WorldError::parameter(
                    u"credit_amount: the Business Center has no credit line."_s);

        const Balance &source = recharge ? bc.balance : account->balance;
        const QList<std::pair<QString, Cents>> parts = {{u"CASH"_s, request.cashAmount},
                                                        {u"GRANT"_s, request.grantAmount},
                                                        {u"CREDIT"_s, request.creditAmount}};
        for (const auto &[kind, amount] : parts) {
            if (amount == 0)
                continue;
            const Cents available = validAmount(source, kind);
            if (available < amount) {
                return WorldError::parameter(
                        u"Insufficient "_s + fundsLabel(kind) + u" balance: "_s
                        + (recharge ? u"the Business Center has "_s : u"the ad account has "_s)
                        + Money::format(available) + u' ' + bc.currency + u", "_s
                        + Money::format(amount) + u" requested."_s);
            }
        }
        if (recharge && request.cashAmount > 0
            && request.cashAmount < account->minTransferableCash) {
            return WorldError::parameter(u"cash_amount: below the minimum transferable amount of "_s
                                         + Money::format(account->minTransferableCash) + u"."_s);
        }
        for (const auto &[kind, amount] : parts) {
            if (amount > 0)
                result.transactions.append(
                        recordTransfer(bc, *account, request.transferType, kind, amount));
        }
        result.advertiserId = account->advertiserId;
    }

    if (!request.requestId.isEmpty())
        bc.transfersByRequestId.insert(key, result);
    return result;
}

WorldResult<QString> World::createBillingGroup(const QString &token,
                                               const BillingGroupCreate &create)
{
    if (WorldError error = checkFinance(token, create.bcId, FinanceAccess::Manage); !error.ok())
        return error;
    if (create.billingGroupName.trimmed().isEmpty()
        || create.billingGroupName.size() > maxBillingGroupNameLength)
        return WorldError::parameter(u"billing_group_name: must be 1 to 100 characters."_s);
    if (create.advertiserIds.isEmpty() || create.advertiserIds.size() > maxBillingGroupAdvertisers)
        return WorldError::parameter(u"advertiser_ids: must hold 1 to 100 ids."_s);
    if (WorldError error = checkEmails(create.emails); !error.ok())
        return error;
    if (create.billingGroupType != u"AUCTION"_s && create.billingGroupType != u"RESERVATION"_s)
        return WorldError::parameter(u"billing_group_type: must be AUCTION or RESERVATION."_s);
    for (const QString &id : create.advertiserIds) {
        const AdAccount *account = findAdAccount(create.bcId, id);
        if (!account || account->relationType != u"OWNER_BC"_s)
            return WorldError::notFound(u"Advertiser does not exist in this Business Center: "_s
                                        + id);
    }

    GeneratedBusinessCenter &bc = *mutableBusinessCenter(create.bcId);
    BillingGroup group;
    group.billingGroupId = newId();
    group.billingGroupName = create.billingGroupName;
    group.status = u"VALID"_s;
    group.invoiceObjectName = bc.company;
    group.isPrimary = create.isPrimary || bc.billingGroups.isEmpty();
    group.emails = create.emails;
    group.invoiceGroupBy = u"ADVERTISER"_s;
    group.billedToType = u"ADVERTISER"_s;
    group.billingGroupType = create.billingGroupType;
    group.createTime = nowSecs();
    for (BillingGroup &other : bc.billingGroups) {
        other.advertiserIds.removeIf(
                [&](const QString &id) { return create.advertiserIds.contains(id); });
        if (group.isPrimary)
            other.isPrimary = false;
    }
    for (const QString &id : create.advertiserIds) {
        if (!group.advertiserIds.contains(id))
            group.advertiserIds.append(id);
    }
    bc.billingGroups.append(group);
    return group.billingGroupId;
}

WorldError World::updateBillingGroup(const QString &token, const BillingGroupUpdate &update)
{
    if (WorldError error = checkFinance(token, update.bcId, FinanceAccess::Manage); !error.ok())
        return error;
    if (!findBillingGroup(update.bcId, update.billingGroupId))
        return WorldError::notFound(u"Billing group does not exist: "_s + update.billingGroupId);
    if (update.name
        && (update.name->trimmed().isEmpty() || update.name->size() > maxBillingGroupNameLength))
        return WorldError::parameter(u"new_billing_group_name: must be 1 to 100 characters."_s);
    if (update.emails) {
        if (WorldError error = checkEmails(*update.emails); !error.ok())
            return error;
    }
    if (update.addAdvertiserIds.size() > maxBillingGroupAdvertisers
        || update.deleteAdvertiserIds.size() > maxBillingGroupAdvertisers)
        return WorldError::parameter(
                u"add_advertiser_ids, delete_advertiser_ids: at most 100 ids."_s);
    const BillingGroup &current = *findBillingGroup(update.bcId, update.billingGroupId);
    for (const QString &id : update.addAdvertiserIds) {
        const AdAccount *account = findAdAccount(update.bcId, id);
        if (!account || account->relationType != u"OWNER_BC"_s)
            return WorldError::notFound(u"Advertiser does not exist in this Business Center: "_s
                                        + id);
    }
    for (const QString &id : update.deleteAdvertiserIds) {
        if (!current.advertiserIds.contains(id))
            return WorldError::notFound(u"Advertiser is not in this billing group: "_s + id);
    }
    if (update.isPrimary && !*update.isPrimary && current.isPrimary)
        return WorldError::parameter(u"is_primary: make another billing group primary instead."_s);
    if (!update.deleteAdvertiserIds.isEmpty() && current.isPrimary)
        return WorldError::parameter(
                u"delete_advertiser_ids: ad accounts cannot leave the primary billing group; add them to another one."_s);

    GeneratedBusinessCenter &bc = *mutableBusinessCenter(update.bcId);
    BillingGroup *primary = nullptr;
    BillingGroup *target = nullptr;
    for (BillingGroup &group : bc.billingGroups) {
        if (group.billingGroupId == update.billingGroupId)
            target = &group;
        if (group.isPrimary)
            primary = &group;
    }
    if (update.name)
        target->billingGroupName = *update.name;
    if (update.emails)
        target->emails = *update.emails;
    for (BillingGroup &group : bc.billingGroups) {
        if (&group != target) {
            group.advertiserIds.removeIf(
                    [&](const QString &id) { return update.addAdvertiserIds.contains(id); });
        }
    }
    for (const QString &id : update.addAdvertiserIds) {
        if (!target->advertiserIds.contains(id))
            target->advertiserIds.append(id);
    }
    // Accounts that leave a group go back to the primary one.
    for (const QString &id : update.deleteAdvertiserIds) {
        target->advertiserIds.removeAll(id);
        if (primary && primary != target && !primary->advertiserIds.contains(id))
            primary->advertiserIds.append(id);
    }
    if (update.isPrimary && *update.isPrimary) {
        for (BillingGroup &group : bc.billingGroups)
            group.isPrimary = &group == target;
    }
    return {};
}

WorldResult<QString> World::createInvoiceTask(const QString &token, const QString &bcId,
                                              const QString &downloadType, const QString &invoiceId,
                                              const QJsonObject &filtering)
{
    if (WorldError error = checkFinance(token, bcId, FinanceAccess::Read); !error.ok())
        return error;
    static const QStringList types = {u"INVOICE_LIST"_s, u"INVOICE_BATCH"_s, u"BILLING_REPORT"_s};
    if (!types.contains(downloadType))
        return WorldError::parameter(
                u"download_type: must be INVOICE_LIST, INVOICE_BATCH or BILLING_REPORT."_s);
    if (!invoiceId.isEmpty() && !findInvoice(bcId, invoiceId))
        return WorldError::notFound(u"Invoice does not exist: "_s + invoiceId);

    GeneratedBusinessCenter &bc = *mutableBusinessCenter(bcId);
    InvoiceTask task;
    task.taskId = newId();
    task.bcId = bcId;
    task.downloadType = downloadType;
    task.invoiceId = invoiceId;
    task.filtering = filtering;
    task.createTime = nowSecs();
    // Nothing to put in the file: the task runs, then fails, as the real one reports it.
    if (bc.invoices.isEmpty()) {
        task.fails = true;
        task.errorMessage = u"No invoices match the filter."_s;
    }
    bc.invoiceTasks.append(task);
    return task.taskId;
}

} // namespace bc::emulator
