#pragma once

#include "core/domain/amount.h"

#include <QJsonObject>
#include <QString>

namespace bc::domain {

// What a BC owes on its invoices of one type, from /bc/invoice/unpaid/get/ (§3.19).
struct UnpaidInvoiceSummary
{
    QString currencyCode;
    Amount amount;
    QJsonObject raw; // the object as the API sent it, unknown fields included

    friend bool operator==(const UnpaidInvoiceSummary &, const UnpaidInvoiceSummary &) = default;
};

} // namespace bc::domain
