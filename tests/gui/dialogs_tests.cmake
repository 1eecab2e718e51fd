# Tests of one area, included by tests/CMakeLists.txt (bc_add_test is defined there).
