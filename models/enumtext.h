#pragma once

#include <QCoreApplication>
#include <QString>

namespace bc::models {

// Readable words for the API's enum values. Unknown values are shown as they came, so a new value
// from TikTok is visible rather than hidden.
class EnumText
{
    Q_DECLARE_TR_FUNCTIONS(EnumText)

public:
    [[nodiscard]] static QString businessCenterStatus(const QString &value);
    [[nodiscard]] static QString userRole(const QString &value);
    [[nodiscard]] static QString financeRole(const QString &value);
    // The words for `value` of the API field (or mirror column) `field`: user_role,
    // finance_role, advertiser_role, advertiser_status, relation_status, pay_status,
    // amount_type; anything else as it came.
    [[nodiscard]] static QString forField(const QString &field, const QString &value);
};

} // namespace bc::models
