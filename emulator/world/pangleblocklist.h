#pragma once

#include <QString>
#include <QStringList>

namespace bc::emulator {

// Apps an ad account (or one campaign of it) keeps its ads away from on Pangle
// (/pangle_block_list/get|update/, reference §4.5).
struct PangleBlockList
{
    QStringList apps;     // iOS App Store ids ("1234567890") and Android package names
    QString appPackageId; // empty until the list was first saved
    qint64 modifyTime = 0;
};

} // namespace bc::emulator
