#pragma once

#include "cli/listresource.h"

#include <QCoreApplication>
#include <QList>

namespace bc::cli {

// The table of lists bcctl prints (bc list, advertisers list, members list, ...): one generic
// ListCommand serves them all.
class ListResources
{
    Q_DECLARE_TR_FUNCTIONS(ListResources)

public:
    [[nodiscard]] static const QList<ListResource> &all();
};

} // namespace bc::cli
