#include "core/api/decoders/billingreportdecoder.h"

#include "core/api/decoders/billingreportlinedecoder.h"
#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::BillingReport BillingReportDecoder::decode(const QJsonObject &item)
{
    domain::BillingReport report;
    report.startDate = json::dateTime(item.value("start_date"_L1));
    report.endDate = json::dateTime(item.value("end_date"_L1));
    report.lines = json::decodeList<BillingReportLineDecoder>(item.value("list"_L1));
    report.totals = json::decodeList<BillingReportLineDecoder>(item.value("summary"_L1));
    report.raw = item;
    return report;
}

} // namespace bc::api
