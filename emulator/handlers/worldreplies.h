#pragma once

#include "emulator/emulatorreply.h"
#include "emulator/world/worlderror.h"

#include <QString>

namespace bc::emulator {

struct AdAccount;
struct EmulatorRequest;
struct GeneratedBusinessCenter;
class World;

// The world's verdict as the API answers it: data {} when it went through, otherwise its refusal
// with the code and message the world chose.
[[nodiscard]] EmulatorReply worldErrorReply(const WorldError &error);

// The permission checks many reads start with: the object the token's user may read, or null
// with *refusal set to the answer (40001 for anything the caller cannot see).

// A BC where the user has a finance role (MANAGER or ANALYST).
[[nodiscard]] const GeneratedBusinessCenter *
financeReadableBusinessCenter(const World &world, const EmulatorRequest &request,
                              const QString &bcId, EmulatorReply *refusal);
// An ad account the token grants and the user has a role on.
[[nodiscard]] const AdAccount *readableAdAccount(const World &world, const EmulatorRequest &request,
                                                 const QString &advertiserId,
                                                 EmulatorReply *refusal);

} // namespace bc::emulator
