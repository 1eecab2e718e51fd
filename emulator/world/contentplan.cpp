#include "contentplan.h"

#include "seededrandom.h"

namespace bc::emulator {

namespace {

int between(SeededRandom &random, int low, int high)
{
    return static_cast<int>(random.between(low, high));
}

} // namespace

ContentPlan ContentPlan::forBusinessCenter(WorldSize size, int index, SeededRandom &random,
                                           int largeAdAccounts)
{
    ContentPlan plan;
    if (size == WorldSize::Small) {
        plan.adAccounts = 5;
        plan.members = 5;
        plan.invoices = 6;
        plan.bcTransactions = 10;
        plan.accountTransactionsPerAccount = 2;
        plan.assetsPerType = 2;
        plan.partners = 2;
        plan.assetGroups = 2;
        plan.billingGroups = 2;
        plan.invoiceTasks = 2;
        plan.qualifications = 2;
        plan.childBusinessCenters = 2;
        plan.images = 2;
        return plan;
    }
    if (index == 0 && size == WorldSize::Large) {
        plan.adAccounts = largeAdAccounts;
        plan.members = 1000;
        plan.invoices = 2000;
        plan.bcTransactions = 20000;
        plan.accountTransactionsPerAccount = 2;
        plan.assetsPerType = 50;
        plan.partners = 40;
        plan.assetGroups = 30;
        plan.billingGroups = 50;
        plan.invoiceTasks = 20;
        plan.qualifications = 200;
        plan.childBusinessCenters = 10;
        plan.images = 5;
        return plan;
    }
    if (index == 0) {
        plan.adAccounts = 120;
        plan.members = 60;
        plan.invoices = 80;
        plan.bcTransactions = 300;
        plan.accountTransactionsPerAccount = 3;
        plan.assetsPerType = 4;
        plan.partners = 6;
        plan.assetGroups = 4;
        plan.billingGroups = 5;
        plan.invoiceTasks = 4;
        plan.qualifications = 6;
        plan.childBusinessCenters = 3;
        plan.images = 3;
        return plan;
    }
    // The demo's other BCs: smaller, and different from one another.
    plan.adAccounts = between(random, 3, 40);
    plan.members = between(random, 3, 20);
    plan.invoices = between(random, 2, 24);
    plan.bcTransactions = between(random, 10, 80);
    plan.accountTransactionsPerAccount = 2;
    plan.assetsPerType = between(random, 2, 3);
    plan.partners = between(random, 2, 4);
    plan.assetGroups = between(random, 2, 3);
    plan.billingGroups = between(random, 2, 3);
    plan.invoiceTasks = 2;
    plan.qualifications = between(random, 2, 4);
    plan.childBusinessCenters = 2;
    plan.images = 2;
    return plan;
}

} // namespace bc::emulator
