#pragma once

#include <QDate>
#include <QString>

namespace bc::downloads {

// What BillingReportDownloader asks for: a BILLING_REPORT task of one BC over [startDate,
// endDate] (UTC days, sent as filtering.start_time 00:00:00 and end_time 23:59:59), optionally
// of one billing group, and where its file goes.
struct BillingReportOrder
{
    QString bcId;
    QDate startDate;
    QDate endDate;
    QString billingGroupId; // empty: every billing group
    QString path;           // the file to write (replaced whole through QSaveFile)
};

} // namespace bc::downloads
