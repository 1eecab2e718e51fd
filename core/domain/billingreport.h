#pragma once

#include "core/domain/billingreportline.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace bc::domain {

// A billing report page from /bc/invoice/billing_report/get/. The reference has no contract for
// that endpoint (§3.19: reports come through task_create(BILLING_REPORT)); this follows the
// emulator's assumed one, so the console can show what the demo serves.
struct BillingReport
{
    QDateTime startDate;
    QDateTime endDate;
    QList<BillingReportLine> lines;  // this page's ad accounts
    QList<BillingReportLine> totals; // per currency, over the whole range
    QJsonObject raw;                 // the object as the API sent it, unknown fields included

    friend bool operator==(const BillingReport &, const BillingReport &) = default;
};

} // namespace bc::domain
