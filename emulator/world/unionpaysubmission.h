#pragma once

#include <QString>

namespace bc::emulator {

// UnionPay details submitted for a mainland-China ad account
// (/bc/advertiser/unionpay_info/submit/).
struct UnionPaySubmission
{
    QString advertiserId;
    QString representativeName;
    QString representativeDocumentType; // ID_CARD, PASSPORT, HK_MACAO_EXIT_ENTRY_PERMIT, ...
    QString representativeId;
    QString unionpayAccount;           // 12–19 digits
    QString representativePhoneNumber; // 11 digits
    qint64 submitTime = 0;
};

} // namespace bc::emulator
