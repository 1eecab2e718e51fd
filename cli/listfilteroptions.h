#pragma once

#include "cli/listfilter.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QCommandLineParser;

namespace bc::cli {

// The filter options of the invoice and transaction commands (--pay-status, --type, --from,
// --to), shared by `invoices list` and `invoices download --all`: their help and how they are
// read into a ListFilter.
class ListFilterOptions
{
    Q_DECLARE_TR_FUNCTIONS(ListFilterOptions)

public:
    // `filters` is a combination of ListResource::Filter; `dateField` names the field the dates
    // apply to, for the help.
    [[nodiscard]] static QList<QCommandLineOption> options(int filters, const QString &dateField);
    // Reads the options of `filters` into `filter`. False, with `error` set, on a usage error.
    [[nodiscard]] static bool read(const QCommandLineParser &parser, int filters,
                                   ListFilter *filter, QString *error);
    // The names (without "--") of the options of `filters` that are on the command line.
    [[nodiscard]] static QStringList given(const QCommandLineParser &parser, int filters);
};

} // namespace bc::cli
