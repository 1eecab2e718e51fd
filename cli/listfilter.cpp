#include "cli/listfilter.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::cli {

bool ListFilter::matches(const QJsonObject &row, const QString &dateField) const
{
    if (!payStatuses.isEmpty()
        && !payStatuses.contains(api::json::text(row.value(u"pay_status"_s))))
        return false;
    if (!invoiceTypes.isEmpty()
        && !invoiceTypes.contains(api::json::text(row.value(u"invoice_type"_s))))
        return false;
    if (from.isValid() || to.isValid()) {
        const QDateTime when = api::json::dateTime(row.value(dateField));
        if (!when.isValid())
            return false;
        const QDate day = when.toUTC().date();
        if ((from.isValid() && day < from) || (to.isValid() && day > to))
            return false;
    }
    return true;
}

} // namespace bc::cli
