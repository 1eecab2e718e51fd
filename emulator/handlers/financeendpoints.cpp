#include "financeendpoints.h"

#include "financehandlers.h"

#include "emulator/endpointregistry.h"

using namespace Qt::StringLiterals;

namespace bc::emulator {

void registerFinanceEndpoints(EndpointRegistry &registry)
{
    using Method = QHttpServerRequest::Method;
    registry.add(u"bc/balance/get/"_s, {Method::Get, true, &handleBcBalanceGet});
    registry.add(u"bc/transaction/get/"_s, {Method::Get, true, &handleBcTransactionGet});
    registry.add(u"bc/account/transaction/get/"_s,
                 {Method::Get, true, &handleBcAccountTransactionGet});
    registry.add(u"bc/account/cost/get/"_s, {Method::Get, true, &handleBcAccountCostGet});
    registry.add(u"bc/account/budget/changelog/get/"_s,
                 {Method::Get, true, &handleBcAccountBudgetChangelogGet});
    registry.add(u"bc/advertiser/create/"_s, {Method::Post, true, &handleBcAdvertiserCreate});
    // The official path (Y, PY, L); bububa's /bc/advertiser/update/ is not registered.
    registry.add(u"advertiser/update/"_s, {Method::Post, true, &handleAdvertiserUpdate});
    registry.add(u"bc/advertiser/disable/"_s, {Method::Post, true, &handleBcAdvertiserDisable});
    registry.add(u"bc/advertiser/qualification/get/"_s,
                 {Method::Get, true, &handleBcAdvertiserQualificationGet});
    registry.add(u"bc/advertiser/attribute/"_s, {Method::Get, true, &handleBcAdvertiserAttribute});
    registry.add(u"bc/advertiser/unionpay_info/check/"_s,
                 {Method::Get, true, &handleBcAdvertiserUnionpayCheck});
    registry.add(u"bc/advertiser/unionpay_info/submit/"_s,
                 {Method::Post, true, &handleBcAdvertiserUnionpaySubmit});
    registry.add(u"bc/transfer/"_s, {Method::Post, true, &handleBcTransfer});
    registry.add(u"bc/image/upload/"_s, {Method::Post, true, &handleBcImageUpload});
}

} // namespace bc::emulator
