#include "core/api/decoders/advertisercreateresultdecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::AdvertiserCreateResult AdvertiserCreateResultDecoder::decode(const QJsonObject &item)
{
    const QJsonObject paymentPortfolioBindingResult =
            json::object(item.value("payment_portfolio_binding_result"_L1));
    const QJsonObject budgetSetupResult = json::object(item.value("budget_setup_result"_L1));

    domain::AdvertiserCreateResult result;
    result.advertiserId = json::idString(item.value("advertiser_id"_L1));
    result.portfolioBindingStatus = json::text(paymentPortfolioBindingResult.value("status"_L1));
    result.portfolioBindingError = json::text(paymentPortfolioBindingResult.value("error_msg"_L1));
    result.budgetSetupStatus = json::text(budgetSetupResult.value("status"_L1));
    result.budgetSetupError = json::text(budgetSetupResult.value("error_msg"_L1));
    result.raw = item;
    return result;
}

} // namespace bc::api
