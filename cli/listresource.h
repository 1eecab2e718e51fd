#pragma once

#include "cli/listfilter.h"
#include "core/api/apirequest.h"
#include "core/api/listspec.h"
#include "core/store/mirrorlist.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace bc::cli {

// One list bcctl prints: the command that names it, the API request that reads it, the mirror
// list that keeps it, and how it is shown.
struct ListResource
{
    enum Filter {
        NoFilter = 0,
        PayStatus = 1,   // --pay-status UNPAID|PAID|PARTIAL_PAID|NO_NEED
        InvoiceType = 2, // --type RECON|CREDIT|AUTO_PAY
        DateRange = 4,   // --from/--to YYYY-MM-DD on dateField
    };

    QString resource; // "invoices"
    QString verb;     // "list"
    QString synopsis; // for the help
    QString summary;
    store::MirrorList list = store::MirrorList::BusinessCenters;
    bool perBusinessCenter = true; // needs --bc
    bool singleObject = false;     // one answer, no pages (the BC balance)
    int filters = NoFilter;
    QString dateField;
    // The request for a BC (empty for the BC list) and a filter; pages are added by the client.
    std::function<api::ApiRequest(const QString &bcId, const ListFilter &filter)> request;
    api::ListSpec listSpec;
    // /bc/get/: the bc_info fields go to the top level of each element, next to user_role and
    // finance_role.
    bool flattenBcInfo = false;
    // Columns of table and csv: fields of the printed JSON element ("a.b" for nested ones).
    QStringList columns;
    // Rows print ordered by these fields (then by their whole text), online and offline alike.
    QStringList sortFields;
};

} // namespace bc::cli
