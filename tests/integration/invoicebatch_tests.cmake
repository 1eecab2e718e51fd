# Tests of one area, included by tests/CMakeLists.txt (bc_add_test is defined there).
find_package(LibArchive REQUIRED)
# InvoiceBatchDownloader against the in-process emulator; hostile zips are made with libarchive.
bc_add_test(tst_invoicebatchdownloader SOURCES integration/tst_invoicebatchdownloader.cpp
    LIBS bc_downloads bc_emulator LibArchive::LibArchive)
# ArchiveReader on zips made in the test (hostile names, links, limits, truncation).
bc_add_test(tst_invoicebatcharchive SOURCES integration/tst_invoicebatcharchive.cpp
    LIBS bc_downloads LibArchive::LibArchive)
# bcctl invoices download --all through a task, as a process against the in-process emulator.
bc_add_test(tst_invoicebatchbcctl SOURCES integration/tst_invoicebatchbcctl.cpp
    LIBS bc_downloads bc_emulator)
target_compile_definitions(tst_invoicebatchbcctl PRIVATE BCCTL_EXE="$<TARGET_FILE:bcctl>")
add_dependencies(tst_invoicebatchbcctl bcctl)
