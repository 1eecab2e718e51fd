#pragma once

#include "core/domain/invoice.h"

#include <QDateTime>
#include <QString>

namespace bc::downloads {

// One invoice to download: its ids and what the file naming template may use.
struct InvoiceDownloadItem
{
    QString bcId;
    QString bcName;
    QString invoiceId;
    QString serialNumber;
    QDateTime sendDate; // {yyyy}, {mm}, {dd} are its date as the API gave it

    [[nodiscard]] static InvoiceDownloadItem fromInvoice(const domain::Invoice &invoice,
                                                         const QString &bcId, const QString &bcName)
    {
        return {bcId, bcName, invoice.invoiceId, invoice.serialNumber, invoice.sendDate};
    }

    friend bool operator==(const InvoiceDownloadItem &, const InvoiceDownloadItem &) = default;
};

} // namespace bc::downloads
