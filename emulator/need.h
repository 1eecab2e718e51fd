#pragma once

namespace bc::emulator {

// Whether a request must carry a parameter: a required one that is absent (or null) is answered
// 40002 "<name>: is required.".
enum class Need {
    Optional,
    Required,
};

} // namespace bc::emulator
