#pragma once

#include <QLoggingCategory>

namespace bc::emulator {

// "bc.emulator": one debug line per request. Never log tokens.
Q_DECLARE_LOGGING_CATEGORY(lcEmulator)

} // namespace bc::emulator
