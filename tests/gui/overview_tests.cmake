# Tests of one area, included by tests/CMakeLists.txt (bc_add_test is defined there).
bc_add_test(tst_overviewdata SOURCES unit/tst_overviewdata.cpp LIBS bc_models bc_store)
bc_add_test(tst_overviewpanel SOURCES gui/tst_overviewpanel.cpp LIBS bc_ui)
