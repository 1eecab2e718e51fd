#pragma once

#include "emulator/emulatorreply.h"

namespace bc::emulator {

class World;
struct EmulatorRequest;

// Handlers of the "access" family (reference §3.14–3.18, §3.20); registered together by
// registerAccessEndpoints() (accessendpoints.h). See emulator/README.md, "Assets, asset groups,
// pixels, partners, members, billing groups".

// §3.14 assets
[[nodiscard]] EmulatorReply handleBcAssetGet(World &world, const EmulatorRequest &request);
[[nodiscard]] EmulatorReply handleBcAssetAdminGet(World &world, const EmulatorRequest &request);
[[nodiscard]] EmulatorReply handleBcAssetAssign(World &world, const EmulatorRequest &request);
[[nodiscard]] EmulatorReply handleBcAssetUnassign(World &world, const EmulatorRequest &request);
[[nodiscard]] EmulatorReply handleBcAssetPartnerGet(World &world, const EmulatorRequest &request);
[[nodiscard]] EmulatorReply handleBcAssetMemberGet(World &world, const EmulatorRequest &request);
[[nodiscard]] EmulatorReply handleBcAssetAdminDelete(World &world, const EmulatorRequest &request);
[[nodiscard]] EmulatorReply handleAssetBindQuota(World &world, const EmulatorRequest &request);

// §3.15 asset groups
[[nodiscard]] EmulatorReply handleBcAssetGroupCreate(World &world, const EmulatorRequest &request);
[[nodiscard]] EmulatorReply handleBcAssetGroupGet(World &world, const EmulatorRequest &request);
[[nodiscard]] EmulatorReply handleBcAssetGroupUpdate(World &world, const EmulatorRequest &request);
[[nodiscard]] EmulatorReply handleBcAssetGroupList(World &world, const EmulatorRequest &request);
[[nodiscard]] EmulatorReply handleBcAssetGroupDelete(World &world, const EmulatorRequest &request);

// §3.16 members
[[nodiscard]] EmulatorReply handleBcMemberGet(World &world, const EmulatorRequest &request);
[[nodiscard]] EmulatorReply handleBcMemberInvite(World &world, const EmulatorRequest &request);
[[nodiscard]] EmulatorReply handleBcMemberUpdate(World &world, const EmulatorRequest &request);
[[nodiscard]] EmulatorReply handleBcMemberDelete(World &world, const EmulatorRequest &request);
[[nodiscard]] EmulatorReply handleBcMemberAssign(World &world, const EmulatorRequest &request);

// §3.17 partners
[[nodiscard]] EmulatorReply handleBcPartnerGet(World &world, const EmulatorRequest &request);
[[nodiscard]] EmulatorReply handleBcPartnerAdd(World &world, const EmulatorRequest &request);
[[nodiscard]] EmulatorReply handleBcPartnerDelete(World &world, const EmulatorRequest &request);
[[nodiscard]] EmulatorReply handleBcPartnerAssetGet(World &world, const EmulatorRequest &request);
[[nodiscard]] EmulatorReply handleBcPartnerAssetDelete(World &world,
                                                       const EmulatorRequest &request);

// §3.18 billing groups
[[nodiscard]] EmulatorReply handleBcBillingGroupGet(World &world, const EmulatorRequest &request);
[[nodiscard]] EmulatorReply handleBcBillingGroupCreate(World &world,
                                                       const EmulatorRequest &request);
[[nodiscard]] EmulatorReply handleBcBillingGroupUpdate(World &world,
                                                       const EmulatorRequest &request);
[[nodiscard]] EmulatorReply handleBcBillingGroupAdvertiserList(World &world,
                                                               const EmulatorRequest &request);

// §3.20 pixels
[[nodiscard]] EmulatorReply handleBcPixelGet(World &world, const EmulatorRequest &request);
[[nodiscard]] EmulatorReply handleBcPixelLinkGet(World &world, const EmulatorRequest &request);
[[nodiscard]] EmulatorReply handleBcPixelLinkUpdate(World &world, const EmulatorRequest &request);
[[nodiscard]] EmulatorReply handleBcPixelTransfer(World &world, const EmulatorRequest &request);

} // namespace bc::emulator
