#pragma once

#include "core/domain/amount.h"
#include "core/domain/invoicereference.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bc::domain {

// An invoice, as /bc/invoice/get/ lists it (§3.19; fields from the TS types, no published page).
struct Invoice
{
    QString invoiceId;
    QString serialNumber; // the number printed on the invoice
    QString subjectId;    // typed as a number by the reference: kept digit-exact
    QDateTime sendDate;
    QDateTime dueDate;
    QString currencyCode;
    QString status;        // CREATED, SUBMITTED, APPROVED, DELETED
    QString invoiceType;   // RECON, CREDIT, AUTO_PAY
    QString payStatus;     // UNPAID, PAID, PARTIAL_PAID, NO_NEED
    QString overdueStatus; // INITIALIZED, YES, NO
    Amount unpaidAmount;
    Amount amount; // including tax
    Amount amountExcludingTax;
    Amount totalTaxAmount;
    QString taxType1;
    std::optional<double> taxRate1; // format unpublished; a percentage (19, 7.5) is assumed
    Amount taxAmount1;
    QString taxType2;
    std::optional<double> taxRate2;
    Amount taxAmount2;
    QString taxId1; // a tax registration number, not one of the API's ids
    QString taxId2;
    QStringList entitySerials;
    QList<InvoiceReference> negativeInvoices; // credit notes against it
    QList<InvoiceReference> positiveInvoices; // invoices it corrects
    QString billingGroupId;
    QString accountName;
    QString invoiceTitle;
    QString countryCode;
    QString address;
    QStringList emails; // personal data: never logged
    QJsonObject raw;    // the object as the API sent it, unknown fields included

    friend bool operator==(const Invoice &, const Invoice &) = default;
};

} // namespace bc::domain
