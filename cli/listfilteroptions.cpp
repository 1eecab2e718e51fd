#include "cli/listfilteroptions.h"

#include "cli/listresource.h"

#include <QCommandLineParser>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace bc::cli {

namespace {

const QStringList payStatusValues{u"UNPAID"_s, u"PAID"_s, u"PARTIAL_PAID"_s, u"NO_NEED"_s};
const QStringList invoiceTypeValues{u"RECON"_s, u"CREDIT"_s, u"AUTO_PAY"_s};

// Repeated options and comma-separated values both add up; each one must be known.
bool readEnumeration(const QCommandLineParser &parser, const QString &option,
                     const QStringList &allowed, QStringList *values, QString *error)
{
    for (const QString &value : parser.values(option)) {
        for (const QString &part : value.split(u',')) {
            const QString item = part.trimmed();
            if (!allowed.contains(item)) {
                *error = ListFilterOptions::tr("--%1 must be one of %2, not “%3”.")
                                 .arg(option, allowed.join(u'|'), item);
                return false;
            }
            if (!values->contains(item))
                values->append(item);
        }
    }
    return true;
}

bool readDate(const QCommandLineParser &parser, const QString &option, QDate *date, QString *error)
{
    if (!parser.isSet(option))
        return true;
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QString text = parser.value(option);
    *date = shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!date->isValid()) {
        *error = ListFilterOptions::tr("--%1 needs a date as YYYY-MM-DD, not “%2”.")
                         .arg(option, text);
        return false;
    }
    return true;
}

} // namespace

QList<QCommandLineOption> ListFilterOptions::options(int filters, const QString &dateField)
{
    QList<QCommandLineOption> options;
    if (filters & ListResource::PayStatus) {
        options.append(QCommandLineOption(
                u"pay-status"_s,
                tr("Only invoices of this pay status: UNPAID, PAID, PARTIAL_PAID or NO_NEED "
                   "(repeat or separate with commas for several)."),
                tr("status")));
    }
    if (filters & ListResource::InvoiceType) {
        options.append(QCommandLineOption(
                u"type"_s,
                tr("Only invoices of this type: RECON, CREDIT or AUTO_PAY (repeat or separate "
                   "with commas for several)."),
                tr("type")));
    }
    if (filters & ListResource::DateRange) {
        options.append(QCommandLineOption(
                u"from"_s,
                tr("From this day on, inclusive (YYYY-MM-DD, UTC; on %1).").arg(dateField),
                tr("date")));
        options.append(QCommandLineOption(
                u"to"_s, tr("Up to this day, inclusive (YYYY-MM-DD, UTC; on %1).").arg(dateField),
                tr("date")));
    }
    return options;
}

bool ListFilterOptions::read(const QCommandLineParser &parser, int filters, ListFilter *filter,
                             QString *error)
{
    if ((filters & ListResource::PayStatus)
        && !readEnumeration(parser, u"pay-status"_s, payStatusValues, &filter->payStatuses, error))
        return false;
    if ((filters & ListResource::InvoiceType)
        && !readEnumeration(parser, u"type"_s, invoiceTypeValues, &filter->invoiceTypes, error))
        return false;
    if (filters & ListResource::DateRange) {
        if (!readDate(parser, u"from"_s, &filter->from, error)
            || !readDate(parser, u"to"_s, &filter->to, error))
            return false;
        if (filter->from.isValid() && filter->to.isValid() && filter->to < filter->from) {
            *error = tr("--to (%1) is before --from (%2).")
                             .arg(filter->to.toString(Qt::ISODate),
                                  filter->from.toString(Qt::ISODate));
            return false;
        }
    }
    return true;
}

QStringList ListFilterOptions::given(const QCommandLineParser &parser, int filters)
{
    QStringList names;
    if ((filters & ListResource::PayStatus) && parser.isSet(u"pay-status"_s))
        names.append(u"pay-status"_s);
    if ((filters & ListResource::InvoiceType) && parser.isSet(u"type"_s))
        names.append(u"type"_s);
    if (filters & ListResource::DateRange) {
        for (const QString &name : {u"from"_s, u"to"_s}) {
            if (parser.isSet(name))
                names.append(name);
        }
    }
    return names;
}

} // namespace bc::cli
