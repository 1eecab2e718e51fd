# Tests of one area, included by tests/CMakeLists.txt (bc_add_test is defined there).

# Transport rules of the API client (https, loopback-only http, no redirects with credentials).
bc_add_test(tst_transportrules SOURCES unit/tst_transportrules.cpp LIBS bc_core)
target_compile_definitions(tst_transportrules PRIVATE BC_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
# What bcctl keeps between `auth url` and `auth exchange`, and the grant summary (no keychain).
bc_add_test(tst_pendingsignin SOURCES unit/tst_pendingsignin.cpp LIBS bc_auth)
bc_add_test(tst_tokenstatusfile SOURCES unit/tst_tokenstatusfile.cpp LIBS bc_auth)

# bcctl's sign-in and the leak scan run bcctl processes against a REAL Secret Service, like
# tst_keychaintokenvault: a throwaway GNOME Keyring in a private D-Bus session.
# Qt6Keychain is found by tests/CMakeLists.txt (a second find_package in this scope fails).
foreach(name tst_bcctlauth tst_leakscan)
    add_executable(${name} integration/${name}.cpp)
    target_link_libraries(${name} PRIVATE bc_strict bc_testsupport Qt6::Test Qt6::Gui bc_auth
                                          bc_emulator Qt6Keychain::Qt6Keychain)
    target_compile_definitions(${name} PRIVATE BCCTL_EXE="$<TARGET_FILE:bcctl>")
    add_dependencies(${name} bcctl)
    add_test(NAME ${name}
        COMMAND dbus-run-session -- bash ${CMAKE_CURRENT_SOURCE_DIR}/support/with-keyring.sh
                $<TARGET_FILE:${name}>)
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${bc_test_environment}" TIMEOUT 300)
endforeach()
