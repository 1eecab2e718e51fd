# Tests of one area, included by tests/CMakeLists.txt (bc_add_test is defined there).
bc_add_test(tst_reconciliation SOURCES unit/tst_reconciliation.cpp LIBS bc_store)
bc_add_test(tst_billingreport SOURCES integration/tst_billingreport.cpp
    LIBS bc_downloads bc_emulator)
bc_add_test(tst_bcctlfinance SOURCES integration/tst_bcctlfinance.cpp LIBS bc_core bc_emulator)
target_compile_definitions(tst_bcctlfinance PRIVATE BCCTL_EXE="$<TARGET_FILE:bcctl>")
add_dependencies(tst_bcctlfinance bcctl)
