# The emulator's own tests. Included by the test tree's CMakeLists.txt; needs the bc_emulator and
# bc-emulator targets (emulator/CMakeLists.txt).

set(bc_emulator_tests_dir "${CMAKE_CURRENT_LIST_DIR}")

# Reuse the test tree's environment (sanitizer options, suppressions) when it defines one.
if(DEFINED bc_test_environment)
    set(bc_emulator_test_environment ${bc_test_environment})
else()
    set(bc_emulator_test_environment "QT_QPA_PLATFORM=offscreen")
endif()

function(bc_add_emulator_test name)
    add_executable(${name} "${bc_emulator_tests_dir}/${name}.cpp")
    target_link_libraries(${name} PRIVATE bc_emulator bc_strict Qt6::Test Qt6::Network)
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "${bc_emulator_test_environment}"
        TIMEOUT 120)
endfunction()

# Every tests/integration/tst_emulator*.cpp is one test executable.
file(GLOB bc_emulator_test_sources CONFIGURE_DEPENDS "${bc_emulator_tests_dir}/tst_emulator*.cpp")
foreach(source ${bc_emulator_test_sources})
    get_filename_component(name "${source}" NAME_WE)
    bc_add_emulator_test(${name})
endforeach()

# The test starts the real executable, found through this path.
target_compile_definitions(tst_emulatorexecutable PRIVATE
    BC_EMULATOR_EXE="$<TARGET_FILE:bc-emulator>")
add_dependencies(tst_emulatorexecutable bc-emulator)
