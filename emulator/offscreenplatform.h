#pragma once

namespace bc::emulator {

// Invoice PDFs are drawn with QPdfWriter, which needs a QGuiApplication (for its fonts). Command-
// line programs that serve them (bc-emulator, bcctl's demo) create one without a window system:
// call this before constructing it. Leaves an explicit QT_QPA_PLATFORM alone.
void preferOffscreenPlatform();

} // namespace bc::emulator
