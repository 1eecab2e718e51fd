#pragma once

#include <QDate>
#include <QJsonObject>
#include <QStringList>

namespace bc::cli {

// What a list command's filter options ask for. Online they go to the API; offline (and
// online too, so that both agree) they are applied to the rows.
struct ListFilter
{
    QStringList payStatuses;  // --pay-status
    QStringList invoiceTypes; // --type
    QDate from;               // --from, inclusive (UTC)
    QDate to;                 // --to, inclusive (UTC)

    // Nothing narrows the list: a listing through it is complete.
    [[nodiscard]] bool isEmpty() const
    {
        return payStatuses.isEmpty() && invoiceTypes.isEmpty() && !from.isValid() && !to.isValid();
    }
    // Whether a row of the API passes: pay_status, invoice_type, and the UTC date of
    // `dateField` ("send_date", "date") within from..to.
    [[nodiscard]] bool matches(const QJsonObject &row, const QString &dateField) const;
};

} // namespace bc::cli
