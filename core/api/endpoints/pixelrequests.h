#pragma once

#include <QString>
#include <QStringList>

// The parameters of the BC pixel endpoints (reference §3.20), one plain value type per request.
namespace bc::api {

// GET /bc/pixel/get/ (undocumented; only bc_id and paging are known to work).
struct PixelQuery
{
    QString bcId;
};

// GET /bc/pixel/link/get/: the ad accounts linked to one pixel.
struct PixelLinkQuery
{
    QString bcId;
    QString pixelCode;
};

// POST /bc/pixel/link/update/: links or unlinks up to 100 ad accounts.
struct PixelLinkUpdate
{
    QString bcId;
    QString pixelCode;
    QStringList advertiserIds;
    QString relationStatus; // LINK, UNLINK
};

// POST /bc/pixel/transfer/: moves an ad account's pixel into the BC.
struct PixelTransfer
{
    QString bcId;
    QString pixelCode;
};

} // namespace bc::api
