#pragma once

#include "emulator/emulatorreply.h"

namespace bc::emulator {

class World;
struct EmulatorRequest;

// The finance family: Business Center money and ad-account management (reference §3.2–3.13,
// §3.21). Registered by registerFinanceEndpoints() (financeendpoints.h); documented in
// emulator/README.md, "Finance and ad-account management".

// Reads (financereadhandlers.cpp).
[[nodiscard]] EmulatorReply handleBcBalanceGet(World &world, const EmulatorRequest &request);
[[nodiscard]] EmulatorReply handleBcTransactionGet(World &world, const EmulatorRequest &request);
[[nodiscard]] EmulatorReply handleBcAccountTransactionGet(World &world,
                                                          const EmulatorRequest &request);
[[nodiscard]] EmulatorReply handleBcAccountCostGet(World &world, const EmulatorRequest &request);
[[nodiscard]] EmulatorReply handleBcAccountBudgetChangelogGet(World &world,
                                                              const EmulatorRequest &request);

// Ad accounts (advertiseraccounthandlers.cpp).
[[nodiscard]] EmulatorReply handleBcAdvertiserCreate(World &world, const EmulatorRequest &request);
[[nodiscard]] EmulatorReply handleAdvertiserUpdate(World &world, const EmulatorRequest &request);
[[nodiscard]] EmulatorReply handleBcAdvertiserDisable(World &world, const EmulatorRequest &request);
[[nodiscard]] EmulatorReply handleBcAdvertiserQualificationGet(World &world,
                                                               const EmulatorRequest &request);
[[nodiscard]] EmulatorReply handleBcAdvertiserAttribute(World &world,
                                                        const EmulatorRequest &request);
[[nodiscard]] EmulatorReply handleBcAdvertiserUnionpayCheck(World &world,
                                                            const EmulatorRequest &request);
[[nodiscard]] EmulatorReply handleBcAdvertiserUnionpaySubmit(World &world,
                                                             const EmulatorRequest &request);

// Money moves and uploads (bctransferhandler.cpp, bcimageuploadhandler.cpp).
[[nodiscard]] EmulatorReply handleBcTransfer(World &world, const EmulatorRequest &request);
[[nodiscard]] EmulatorReply handleBcImageUpload(World &world, const EmulatorRequest &request);

} // namespace bc::emulator
