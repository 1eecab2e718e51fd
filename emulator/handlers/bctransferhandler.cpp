// POST /bc/transfer/ (reference §3.13): money between a BC and its ad accounts, or BC credit.
#include "financecommon.h"
#include "financehandlers.h"
#include "nullable.h"
#include "worldreplies.h"

#include "emulator/bodyreader.h"
#include "emulator/emulatorrequest.h"
#include "emulator/parametertext.h"
#include "emulator/world.h"
#include "emulator/world/roughedges.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace bc::emulator {

EmulatorReply handleBcTransfer(World &world, const EmulatorRequest &request)
{
    BodyReader body(request);
    if (body.hasError())
        return body.errorReply();
    const QJsonObject &root = body.root();
    TransferRequest transfer;
    transfer.bcId = body.id(u"bc_id"_s, Need::Required);
    transfer.transferType =
            body.enumeration(u"transfer_type"_s, {u"RECHARGE"_s, u"REFUND"_s}, Need::Required);
    transfer.transferLevel = body.enumeration(u"transfer_level"_s, {u"ADVERTISER"_s, u"BC"_s},
                                              Need::Optional, u"ADVERTISER"_s);
    const bool bcLevel = transfer.transferLevel == u"BC"_s;
    transfer.advertiserId = body.id(u"advertiser_id"_s, bcLevel ? Need::Optional : Need::Required);
    transfer.childBcId = body.id(u"child_bc_id"_s, Need::Optional);
    body.id(u"payment_portfolio_id"_s, Need::Optional);

    // amount_info, when given, replaces the flat amounts (B); each given amount must be > 0.
    const QJsonObject amountInfo = body.object(u"amount_info"_s, Need::Optional);
    const bool nested = BodyReader::has(root, u"amount_info"_s);
    const QJsonObject &source = nested ? amountInfo : root;
    const QString path = nested ? u"amount_info"_s : QString();
    const std::optional<Cents> cash = body.money(source, path, u"cash_amount"_s);
    const std::optional<Cents> grant = body.money(source, path, u"grant_amount"_s);
    const std::optional<Cents> credit =
            nested ? body.money(source, path, u"credit_amount"_s) : std::nullopt;
    const QList<std::pair<QString, std::optional<Cents>>> amounts = {
            {u"cash_amount"_s, cash}, {u"grant_amount"_s, grant}, {u"credit_amount"_s, credit}};
    for (const auto &[name, amount] : amounts) {
        if (amount && *amount <= 0)
            body.fail(BodyReader::joinPath(path, name) + u": must be greater than 0."_s);
    }
    if (!cash && !grant && !credit)
        body.fail(u"cash_amount: cash_amount or grant_amount is required."_s);

    // The idempotency key of BC-level transfers: a decimal int64 as a string.
    const QJsonValue key = root.value(u"request_id"_s);
    if (!key.isUndefined() && !key.isNull()) {
        if (!key.isString() || !ParameterText::isIdText(key.toString()))
            body.fail(u"request_id: must be a decimal integer as a string."_s);
        else if (bcLevel)
            transfer.requestId = key.toString();
    }
    if (body.hasError())
        return body.errorReply();
    transfer.cashAmount = cash.value_or(0);
    transfer.grantAmount = grant.value_or(0);
    transfer.creditAmount = credit.value_or(0);

    const WorldResult<TransferResult> result = world.transfer(request.accessToken(), transfer);
    if (!result.ok())
        return worldErrorReply(result.error);

    QJsonArray infos;
    for (const TransferRecord &record : result.value.transactions) {
        infos.append(QJsonObject{
                {u"transaction_id"_s, RoughEdges::idValue(record.transactionId)},
                {u"transaction_type"_s, record.transactionType},
                {u"payee_account"_s, QJsonObject{{u"account_type"_s, record.payeeAccountType},
                                                 {u"account_id"_s, record.payeeAccountId}}},
                {u"remitter_account"_s, QJsonObject{{u"account_type"_s, record.remitterAccountType},
                                                    {u"account_id"_s, record.remitterAccountId}}},
        });
    }
    return EmulatorReply::success({{u"bc_id"_s, result.value.bcId},
                                   {u"advertiser_id"_s, orNull(result.value.advertiserId)},
                                   {u"child_bc_id"_s, orNull(result.value.childBcId)},
                                   {u"transaction_infos"_s, infos}});
}

} // namespace bc::emulator
