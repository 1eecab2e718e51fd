#pragma once

#include <QString>

namespace bc::emulator {

// What the query and the body reader share: how an id looks and how a bad value is echoed.
namespace ParameterText {

// 1 to 19 decimal digits: what the gateway converts to an int64 id.
[[nodiscard]] bool isIdText(const QString &text);
// The value in double quotes, cut so a huge parameter cannot blow up the error message.
[[nodiscard]] QString quoted(const QString &value);

} // namespace ParameterText

} // namespace bc::emulator
