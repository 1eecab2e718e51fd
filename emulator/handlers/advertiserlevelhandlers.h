#pragma once

#include "emulator/emulatorreply.h"

namespace bc::emulator {

class World;
struct EmulatorRequest;

// Advertiser-level endpoints (reference §4.1–4.5): ad account info, the BC-scoped balance and
// transaction lists, terms, Pangle block lists and audience packages.

// GET /advertiser/info/ (§4.1).
[[nodiscard]] EmulatorReply handleAdvertiserInfo(World &world, const EmulatorRequest &request);
// GET /advertiser/balance/get/ (§4.2): finance role in the BC.
[[nodiscard]] EmulatorReply handleAdvertiserBalanceGet(World &world,
                                                       const EmulatorRequest &request);
// GET /advertiser/transaction/get/ (§4.3): finance role in the BC.
[[nodiscard]] EmulatorReply handleAdvertiserTransactionGet(World &world,
                                                           const EmulatorRequest &request);
// GET /term/get/, GET /term/check/, POST /term/confirm/ (§4.4).
[[nodiscard]] EmulatorReply handleTermGet(World &world, const EmulatorRequest &request);
[[nodiscard]] EmulatorReply handleTermCheck(World &world, const EmulatorRequest &request);
[[nodiscard]] EmulatorReply handleTermConfirm(World &world, const EmulatorRequest &request);
// GET /pangle_block_list/get/, POST /pangle_block_list/update/ (§4.5), and the per-campaign
// variants /pangle_block_list/campaign/get|update/ (no published contract: README).
[[nodiscard]] EmulatorReply handlePangleBlockListGet(World &world, const EmulatorRequest &request);
[[nodiscard]] EmulatorReply handlePangleBlockListUpdate(World &world,
                                                        const EmulatorRequest &request);
[[nodiscard]] EmulatorReply handlePangleCampaignBlockListGet(World &world,
                                                             const EmulatorRequest &request);
[[nodiscard]] EmulatorReply handlePangleCampaignBlockListUpdate(World &world,
                                                                const EmulatorRequest &request);
// GET /pangle_audience_package/get/ (§4.5).
[[nodiscard]] EmulatorReply handlePangleAudiencePackageGet(World &world,
                                                           const EmulatorRequest &request);

} // namespace bc::emulator
