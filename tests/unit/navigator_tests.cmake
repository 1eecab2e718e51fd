# Tests of one area, included by tests/CMakeLists.txt (bc_add_test is defined there).
# (tst_navigatormodel itself is registered in tests/CMakeLists.txt.)
bc_add_test(tst_activitytablemodel SOURCES unit/tst_activitytablemodel.cpp LIBS bc_models)
bc_add_test(tst_activitypanel SOURCES gui/tst_activitypanel.cpp LIBS bc_ui)
