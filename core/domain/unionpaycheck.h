#pragma once

#include <QJsonObject>

#include <optional>

namespace bc::domain {

// Whether a mainland-China licence needs UnionPay verification, from
// /bc/advertiser/unionpay_info/check/ (§3.12; its submit answers nothing).
struct UnionPayCheck
{
    std::optional<bool> verificationRequired;
    QJsonObject raw; // the object as the API sent it, unknown fields included

    friend bool operator==(const UnionPayCheck &, const UnionPayCheck &) = default;
};

} // namespace bc::domain
