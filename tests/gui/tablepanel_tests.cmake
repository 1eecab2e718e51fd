# Tests of one area, included by tests/CMakeLists.txt (bc_add_test is defined there).
bc_add_test(tst_tablecsvwriter SOURCES unit/tst_tablecsvwriter.cpp LIBS bc_models bc_store Qt6::Gui)
bc_add_test(tst_relatedobjects SOURCES unit/tst_relatedobjects.cpp LIBS bc_models bc_store)
bc_add_test(tst_mirrortablepanel SOURCES gui/tst_mirrortablepanel.cpp LIBS bc_ui)
