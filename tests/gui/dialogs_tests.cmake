# Tests of one area, included by tests/CMakeLists.txt (bc_add_test is defined there).
# The console's profile and sign-in dialogs, offscreen.
bc_add_test(tst_profilesdialog SOURCES gui/tst_profilesdialog.cpp LIBS bc_ui)
bc_add_test(tst_signindialog SOURCES gui/tst_signindialog.cpp LIBS bc_ui bc_emulator)
