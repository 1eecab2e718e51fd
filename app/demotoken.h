#pragma once

#include <QString>

namespace bc::app {

// A fresh random Access-Token for the in-process demo emulator, new on every start, so that
// nothing of it is stored or reused.
[[nodiscard]] QString makeDemoToken();

} // namespace bc::app
