#pragma once

#include "core/domain/businesscenter.h"

#include <QJsonObject>

namespace bc::testing {

// A Business Center with the fields the models show; `raw` mirrors them as the API would send.
inline domain::BusinessCenter sampleBusinessCenter(
        const QString &id, const QString &name, const QString &currency = QStringLiteral("USD"),
        const QString &userRole = QStringLiteral("ADMIN"), const QString &financeRole = QString())
{
    domain::BusinessCenter bc;
    bc.id = id;
    bc.name = name;
    bc.company = name + QStringLiteral(" Ltd");
    bc.currency = currency;
    bc.timezone = QStringLiteral("Etc/GMT");
    bc.status = QStringLiteral("ENABLE");
    bc.userRole = userRole;
    bc.financeRole = financeRole;
    bc.raw = QJsonObject{{QStringLiteral("bc_info"), QJsonObject{{QStringLiteral("bc_id"), id},
                                                                 {QStringLiteral("name"), name}}}};
    return bc;
}

} // namespace bc::testing
