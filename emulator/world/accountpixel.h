#pragma once

#include <QString>

namespace bc::emulator {

// A pixel still owned by an ad account; /bc/pixel/transfer/ moves it into the BC as an asset.
struct AccountPixel
{
    QString pixelCode; // "C" + 19 upper-case letters and digits, as TikTok's pixel codes look
    QString pixelId;
    QString pixelName;
    qint64 createTime = 0;
};

} // namespace bc::emulator
