#include "emulatorlogging.h"

namespace bc::emulator {

// Debug output is off unless enabled (QT_LOGGING_RULES="bc.emulator.debug=true" or --verbose).
Q_LOGGING_CATEGORY(lcEmulator, "bc.emulator", QtInfoMsg)

} // namespace bc::emulator
