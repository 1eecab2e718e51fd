#pragma once

#include "../emulatorconfig.h"

namespace bc::emulator {

class SeededRandom;

// How many rows of each kind one BC gets. Small: a handful of each, at least 2 so paging can be
// tested with page_size 1. Demo: the demo BC has lists long enough to page through at 50, the
// others are smaller and vary. Large: the first BC holds 10,000 ad accounts, 1,000 members,
// 2,000 invoices and 20,000 BC transactions.
struct ContentPlan
{
    int adAccounts = 0;
    int members = 0; // the signed-in user and pending invitations included
    int invoices = 0;
    int bcTransactions = 0;                // transfers with ad accounts included
    int accountTransactionsPerAccount = 0; // besides the other side of transfers
    int assetsPerType = 0;                 // each of the 8 non-advertiser asset types
    int partners = 0;
    int assetGroups = 0;
    int billingGroups = 0;
    int invoiceTasks = 0;
    int qualifications = 0;
    int childBusinessCenters = 0;
    int images = 0;

    // largeAdAccounts: the first BC's ad accounts in a Large world.
    [[nodiscard]] static ContentPlan
    forBusinessCenter(WorldSize size, int index, SeededRandom &random, int largeAdAccounts = 10000);
};

} // namespace bc::emulator
