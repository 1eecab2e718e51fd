#pragma once

#include <QtGlobal>

namespace bc::sync {

// How far a sync is. Every number only grows while a sync runs; when it has finished,
// listsDone == listsTotal and pagesDone == pagesTotal.
struct SyncProgress
{
    // Lists (a list of one scope: one asset type, one billing group's accounts) whose outcome is
    // final: written, failed or cancelled. listsTotal grows when a list reveals more (each
    // billing group adds its accounts).
    int listsDone = 0;
    int listsTotal = 0;
    // Pages received, and pages known to be needed: a list counts one page until its first page
    // tells how many it has; a list that fails or is cancelled counts the pages it no longer
    // needs as done. A list re-read from page 1 (it changed while read) counts its pages again.
    int pagesDone = 0;
    int pagesTotal = 0;
    // Rows received so far (re-read pages included).
    qint64 rows = 0;

    friend bool operator==(const SyncProgress &, const SyncProgress &) = default;
};

} // namespace bc::sync
