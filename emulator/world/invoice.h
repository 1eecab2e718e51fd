#pragma once

#include "money.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace bc::emulator {

// An invoice of a BC (/bc/invoice/get/, reference §3.19). Amounts always satisfy
// amount = amountExcludingTax + totalTaxAmount and totalTaxAmount = taxAmount1 + taxAmount2; the
// unpaid amount follows the pay status (PAID and NO_NEED: 0, UNPAID: amount, PARTIAL_PAID: in
// between). A correction ("negative invoice") has negative amounts and points at the invoice it
// corrects through positiveInvoices; that one lists it in negativeInvoices.
struct Invoice
{
    struct Reference
    {
        QString invoiceId;
        QString serialNumber;
    };

    QString invoiceId;
    QString serialNumber;
    QString subjectId; // digits; sent as a JSON number (the reference types it so)
    qint64 sendDate = 0;
    qint64 dueDate = 0;
    QString currencyCode;
    QString status;        // CREATED, SUBMITTED, APPROVED, DELETED
    QString invoiceType;   // RECON, CREDIT, AUTO_PAY
    QString payStatus;     // UNPAID, PAID, PARTIAL_PAID, NO_NEED
    QString overdueStatus; // INITIALIZED, YES, NO
    Cents unpaidAmount = 0;
    Cents amount = 0;
    Cents amountExcludingTax = 0;
    Cents totalTaxAmount = 0;
    QString taxType1;            // empty when there is no tax
    int taxRate1BasisPoints = 0; // 1900 = 19 %
    Cents taxAmount1 = 0;
    QString taxType2; // a second tax (e.g. Canada's GST + PST)
    int taxRate2BasisPoints = 0;
    Cents taxAmount2 = 0;
    QString taxId1; // the billed entity's tax ids; often absent
    QString taxId2;
    QStringList entitySerials;
    QList<Reference> negativeInvoices;
    QList<Reference> positiveInvoices;
    QString billingGroupId;
    QString accountName;
    QString invoiceTitle;
    QString countryCode;
    QString address;
    QStringList emails;
};

} // namespace bc::emulator
