// The emulator's generated world: what WorldGenerator builds (determinism, sizes, ids, money,
// scripts) and what World's operations do to it (members, assets, partners, billing, transfers,
// OAuth, ...), including their documented error paths. No HTTP: the world is used directly.
#include <emulator/returncode.h>
#include <emulator/world/currencies.h>
#include <emulator/world/money.h>
#include <emulator/world/roughedges.h>
#include <emulator/world/worldtime.h>
#include <emulator/worldgenerator.h>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <ctime>
#include <functional>

using namespace Qt::StringLiterals;
using namespace bc::emulator;

namespace {

const QString token = u"test-token"_s;
const QString demoBcId = u"7093123456789012345"_s;

World makeWorld(WorldSize size, quint32 seed = 7, int businessCenterCount = -1)
{
    EmulatorConfig config;
    config.accessToken = token;
    config.seed = seed;
    config.size = size;
    config.businessCenterCount = businessCenterCount;
    World world = WorldGenerator::generate(config);
    // Frozen at the start: nothing depends on how fast the test runs.
    world.setNow(QDateTime::fromSecsSinceEpoch(WorldClock::startSecs(), Qt::UTC));
    return world;
}

// Everything generated, folded into one hash: two worlds with the same fingerprint hold the same
// data.
QByteArray fingerprint(const GeneratedBusinessCenter &bc)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const auto add = [&hash](const auto &value) {
        if constexpr (std::is_same_v<std::decay_t<decltype(value)>, QString>)
            hash.addData(QByteArray(value.toUtf8() + '|'));
        else
            hash.addData(QByteArray(QByteArray::number(value) + '|'));
    };
    add(bc.bcId);
    add(bc.name);
    add(bc.userRole);
    add(bc.financeRole);
    add(bc.balance.validCash);
    add(bc.balance.validCredit);
    for (const AdAccount &a : bc.adAccounts) {
        add(a.advertiserId);
        add(a.name);
        add(a.company);
        add(a.status);
        add(a.createTime);
        add(a.balance.accountBalance());
        add(a.budget);
        add(a.contactEmail);
        add(a.budgetChangelog.size());
    }
    for (const Member &m : bc.members) {
        add(m.userId);
        add(m.userName);
        add(m.userEmail);
        add(m.userRole);
        add(m.relationStatus);
        add(m.assetRoles.size());
    }
    for (const Asset &a : bc.assets) {
        add(a.assetId);
        add(a.assetName);
        add(a.pixelCode);
    }
    for (const Partner &p : bc.partners) {
        add(p.partnerBcId);
        add(p.sharedByUs.size());
        add(p.sharedWithUs.size());
    }
    for (const Invoice &i : bc.invoices) {
        add(i.invoiceId);
        add(i.serialNumber);
        add(i.amount);
        add(i.payStatus);
    }
    for (const BcTransaction &t : bc.transactions) {
        add(t.transactionId);
        add(t.amount);
        add(t.time);
    }
    for (const AccountTransaction &t : bc.accountTransactions) {
        add(t.transactionId);
        add(t.amount);
    }
    for (const BillingGroup &g : bc.billingGroups) {
        add(g.billingGroupId);
        add(g.advertiserIds.size());
    }
    for (const AssetGroup &g : bc.assetGroups)
        add(g.assetGroupId);
    for (const Qualification &q : bc.qualifications)
        add(q.qualificationId);
    for (const ChildBusinessCenter &c : bc.childBusinessCenters)
        add(c.bcId);
    return hash.result();
}

QByteArray fingerprint(const World &world)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const GeneratedBusinessCenter &bc : world.businessCenters())
        hash.addData(fingerprint(bc));
    for (const User &user : world.users())
        hash.addData((user.userId + user.email).toUtf8());
    return hash.result();
}

// CPU time of this thread: unlike wall time it does not grow when other processes load the
// machine, so a time limit on it is not flaky.
qint64 threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
}

bool hasAccented(const QString &text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() >= 0xC0 && c.unicode() < 0x250; });
}

bool hasCjk(const QString &text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() >= 0x3040 && c.unicode() < 0xD7B0; });
}

bool hasEmoji(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isHighSurrogate(); });
}

const GeneratedBusinessCenter &demoBc(const World &world)
{
    return *world.findBusinessCenter(demoBcId);
}

// The first owned, enabled ad account of a BC matching a predicate.
const AdAccount *ownedAccount(const GeneratedBusinessCenter &bc,
                              const std::function<bool(const AdAccount &)> &predicate)
{
    for (const AdAccount &account : bc.adAccounts) {
        if (account.relationType == u"OWNER_BC"_s && !account.disabled && predicate(account))
            return &account;
    }
    return nullptr;
}

const Member *boundMember(const GeneratedBusinessCenter &bc,
                          const std::function<bool(const Member &)> &predicate)
{
    for (const Member &member : bc.members) {
        if (member.relationStatus == u"BOUND"_s && member.userId != u"7093000000000000001"_s
            && predicate(member))
            return &member;
    }
    return nullptr;
}

Cents totalMoney(const World &world, const QString &bcId)
{
    const GeneratedBusinessCenter &bc = *world.findBusinessCenter(bcId);
    Cents total = bc.balance.accountBalance() + bc.balance.creditBalance();
    for (const AdAccount &account : bc.adAccounts) {
        if (account.relationType == u"OWNER_BC"_s)
            total += account.balance.accountBalance() + account.balance.creditBalance();
    }
    return total;
}

QByteArray pngHeader(quint32 width, quint32 height)
{
    QByteArray bytes("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR", 16);
    for (const quint32 value : {width, height}) {
        bytes.append(char(value >> 24));
        bytes.append(char((value >> 16) & 0xFF));
        bytes.append(char((value >> 8) & 0xFF));
        bytes.append(char(value & 0xFF));
    }
    bytes.append(QByteArray(64, '\0'));
    return bytes;
}

} // namespace

class TestEmulatorWorld final : public QObject
{
    Q_OBJECT

private slots:
    // Generation
    void sameSeedGivesIdenticalWorld_data();
    void sameSeedGivesIdenticalWorld();
    void differentSeedGivesDifferentWorld();
    void keepsTheFirstEmulatorsBusinessCenters_data();
    void keepsTheFirstEmulatorsBusinessCenters();
    void smallerWorldIsPrefixOfLarger();
    void smallWorldSizes();
    void demoWorldSizes();
    void largeWorldSizesAndSpeed();
    void businessCenterCountOverridesTheSize();
    void idsAreUniqueAndShaped();
    void moneyIdentitiesHold_data();
    void moneyIdentitiesHold();
    void invoiceAmountsAreConsistent();
    void transactionsAreConsistent();
    void datesSpreadOverThirteenMonths();
    void namesUseSeveralScripts();
    void someNullableFieldsAreAbsent();
    void referencesPointAtExistingRows();
    void roughEdgesAreDeterministic();
    void moneyFormatting_data();
    void moneyFormatting();
    void moneyParsing_data();
    void moneyParsing();

    // Clock, tokens, permissions
    void clockIsSettable();
    void configuredTokenGrantsEverythingVisible();
    void unknownAndEmptyTokensAreRejected();
    void financePermissions_data();
    void financePermissions();
    void adminOnlyWrites();
    void advertiserAccessFollowsTheGrant();

    // OAuth
    void authCodeExchangeIsSingleUse();
    void authCodeExpiresAfterAnHour_data();
    void authCodeExpiresAfterAnHour();
    void oauthChecksAppCredentials();
    void revokedTokenStopsWorking();
    void ttUserTokenLifecycle();
    void ttUserRefreshRotates();
    void ttUserErrors();

    // Members, child BCs
    void inviteCreatesPendingMembers();
    void inviteRejections_data();
    void inviteRejections();
    void updateMemberChangesRoles();
    void deleteMember();
    void assignMembersToChildBusinessCenter();
    void childBusinessCenterInviteAndUnbind();

    // Assets, partners, groups, pixels
    void assignAndUnassignAssets();
    void assignAssetErrors_data();
    void assignAssetErrors();
    void deleteAssets();
    void partnersShareAndUnshare();
    void assetGroupsGrantRoles();
    void pixelLinksAndTransfer();

    // Money and billing
    void rechargeAndRefundMoveMoneyBothWays();
    void transferErrors_data();
    void transferErrors();
    void bcLevelTransferIsIdempotent();
    void billingGroupCreateAndUpdate();
    void invoiceTaskStatusFollowsTheClock();
    void dailyCostsAreDerivedAndConsistent();
    void unpaidAmountAndBindQuota();

    // Ad accounts
    void createAdvertiser();
    void createAdvertiserErrors_data();
    void createAdvertiserErrors();
    void updateAdvertiser();
    void budgetUpdatesLogChanges();
    void budgetChangesAreLimitedPerDay();
    void disableMovesTheBalanceBack();
    void disableRefusesWithReasons();
    void termsAndPangleLists();
    void imageUpload_data();
    void imageUpload();
    void unionPay();
};

// ---- Generation -------------------------------------------------------------------------------

void TestEmulatorWorld::sameSeedGivesIdenticalWorld_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("small") << int(WorldSize::Small);
    QTest::newRow("demo") << int(WorldSize::Demo);
}

void TestEmulatorWorld::sameSeedGivesIdenticalWorld()
{
    QFETCH(int, size);
    const World a = makeWorld(WorldSize(size), 42);
    const World b = makeWorld(WorldSize(size), 42);
    QCOMPARE(fingerprint(a), fingerprint(b));
    QCOMPARE(a.businessCenters().size(), b.businessCenters().size());
    // Spot checks beyond the fingerprint.
    const GeneratedBusinessCenter &x = a.businessCenters().constLast();
    const GeneratedBusinessCenter &y = b.businessCenters().constLast();
    QCOMPARE(x.adAccounts.constLast().contactName, y.adAccounts.constLast().contactName);
    QCOMPARE(x.invoices.constLast().serialNumber, y.invoices.constLast().serialNumber);
    QCOMPARE(a.ttAccountHolders().constFirst().openId, b.ttAccountHolders().constFirst().openId);
}

void TestEmulatorWorld::differentSeedGivesDifferentWorld()
{
    const World a = makeWorld(WorldSize::Demo, 1);
    const World b = makeWorld(WorldSize::Demo, 2);
    QVERIFY(fingerprint(a) != fingerprint(b));
    // Even the fixed demo BC gets different contents.
    QVERIFY(fingerprint(demoBc(a)) != fingerprint(demoBc(b)));
    QVERIFY(demoBc(a).adAccounts.constFirst().advertiserId
            != demoBc(b).adAccounts.constFirst().advertiserId);
}

void TestEmulatorWorld::keepsTheFirstEmulatorsBusinessCenters_data()
{
    // What the first emulator (BC headers only) generated for these seeds.
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("seed 1") << 1u << QStringList{u"7093123456789012345"_s, u"7905185300704269514"_s,
                                                 u"7236503184295812889"_s, u"7903821357315585723"_s,
                                                 u"7206308540339563996"_s, u"7092811256542278234"_s}
                            << QStringList{u"Acme Agency EU"_s,    u"Açaí & Companhia"_s,
                                           u"上海星辰广告"_s,      u"🐼 Panda Play Studio"_s,
                                           u"Northwind Traders"_s, u"Crème Média"_s};
    QTest::newRow("seed 7") << 7u << QStringList{u"7093123456789012345"_s, u"7463458255360400717"_s,
                                                 u"7202811897135802070"_s, u"7260077317627672784"_s,
                                                 u"7073034848335478029"_s, u"7030761800775080472"_s}
                            << QStringList{u"Acme Agency EU"_s,    u"Ñandú Publicidad"_s,
                                           u"台北數位行銷"_s,      u"🎧 Soundwave Collective"_s,
                                           u"Contoso Marketing"_s, u"Łódź Kreatywna"_s};
}

void TestEmulatorWorld::keepsTheFirstEmulatorsBusinessCenters()
{
    QFETCH(quint32, seed);
    QFETCH(QStringList, ids);
    QFETCH(QStringList, names);
    const World world = WorldGenerator::generate(seed, 6);
    QStringList gotIds;
    QStringList gotNames;
    for (const GeneratedBusinessCenter &bc : world.businessCenters()) {
        gotIds.append(bc.bcId);
        gotNames.append(bc.name);
    }
    QCOMPARE(gotIds, ids);
    QCOMPARE(gotNames, names);
}

void TestEmulatorWorld::smallerWorldIsPrefixOfLarger()
{
    const World small = makeWorld(WorldSize::Demo, 5, 4);
    const World large = makeWorld(WorldSize::Demo, 5, 9);
    QCOMPARE(small.businessCenters().size(), 4);
    QCOMPARE(large.businessCenters().size(), 9);
    for (qsizetype i = 0; i < small.businessCenters().size(); ++i)
        QCOMPARE(fingerprint(small.businessCenters().at(i)),
                 fingerprint(large.businessCenters().at(i)));
}

void TestEmulatorWorld::smallWorldSizes()
{
    const World world = makeWorld(WorldSize::Small);
    QCOMPARE(world.businessCenters().size(), 3);
    for (const GeneratedBusinessCenter &bc : world.businessCenters()) {
        QCOMPARE(bc.adAccounts.size(), 5);
        QCOMPARE(bc.members.size(), 5);
        QCOMPARE(bc.invoices.size(), 6);
        QCOMPARE(bc.transactions.size(), 10);
        QCOMPARE(bc.assets.size(), 8 * 2);
        QCOMPARE(bc.partners.size(), 2);
        QCOMPARE(bc.assetGroups.size(), 2);
        QCOMPARE(bc.billingGroups.size(), 2);
        QCOMPARE(bc.invoiceTasks.size(), 2);
        QCOMPARE(bc.qualifications.size(), 2);
        QCOMPARE(bc.childBusinessCenters.size(), 2);
        QCOMPARE(bc.images.size(), 2);
        // 2 per account, plus the other side of every transfer.
        QVERIFY(bc.accountTransactions.size() >= 10);
        // At least two of each, so paging with page_size 1 has something to page.
        QVERIFY(std::count_if(bc.members.cbegin(), bc.members.cend(),
                              [](const Member &m) { return m.relationStatus == u"BOUND"_s; })
                >= 2);
        QCOMPARE(std::count_if(bc.members.cbegin(), bc.members.cend(),
                               [](const Member &m) { return m.relationStatus == u"PENDING"_s; }),
                 1);
        for (const Partner &partner : bc.partners)
            QVERIFY(partner.sharedByUs.size() >= 1);
    }
}

void TestEmulatorWorld::demoWorldSizes()
{
    const World world = makeWorld(WorldSize::Demo);
    QCOMPARE(world.businessCenters().size(), 12);
    const GeneratedBusinessCenter &demo = world.businessCenters().constFirst();
    QCOMPARE(demo.bcId, demoBcId);
    QCOMPARE(demo.name, u"Acme Agency EU"_s);
    QCOMPARE(demo.adAccounts.size(), 120);
    QCOMPARE(demo.members.size(), 60);
    QCOMPARE(demo.invoices.size(), 80);
    QCOMPARE(demo.transactions.size(), 300);
    QVERIFY(demo.accountTransactions.size() >= 360);
    for (qsizetype i = 1; i < world.businessCenters().size(); ++i) {
        const GeneratedBusinessCenter &bc = world.businessCenters().at(i);
        QVERIFY(bc.adAccounts.size() >= 3 && bc.adAccounts.size() <= 40);
        QVERIFY(bc.members.size() >= 3 && bc.members.size() <= 20);
        QVERIFY(bc.invoices.size() >= 2);
        QVERIFY(bc.transactions.size() >= 10);
    }
}

void TestEmulatorWorld::largeWorldSizesAndSpeed()
{
    QElapsedTimer timer;
    timer.start();
    const qint64 cpuStart = threadCpuMs();
    const World world = makeWorld(WorldSize::Large);
    const qint64 cpu = threadCpuMs() - cpuStart;
    qInfo("large world generated in %lld ms (%lld ms CPU)", static_cast<long long>(timer.elapsed()),
          static_cast<long long>(cpu));

    QCOMPARE(world.businessCenters().size(), 1);
    const GeneratedBusinessCenter &bc = world.businessCenters().constFirst();
    QCOMPARE(bc.bcId, demoBcId);
    QCOMPARE(bc.adAccounts.size(), 10000);
    QCOMPARE(bc.members.size(), 1000);
    QCOMPARE(bc.invoices.size(), 2000);
    QCOMPARE(bc.transactions.size(), 20000);
    QVERIFY(bc.accountTransactions.size() >= 20000);
    QVERIFY(world.findAdAccount(bc.adAccounts.at(9999).advertiserId));
    QCOMPARE(world.grantedAdvertiserIds(token).size(), 10000);
#if defined(__SANITIZE_ADDRESS__)
    QVERIFY2(cpu < 30000, "the large world takes too long, even with sanitizers");
#else
    QVERIFY2(cpu < 2000, "the large world must generate in under 2 s");
#endif
}

void TestEmulatorWorld::businessCenterCountOverridesTheSize()
{
    QCOMPARE(makeWorld(WorldSize::Small, 7, 5).businessCenters().size(), 5);
    QCOMPARE(makeWorld(WorldSize::Demo, 7, 0).businessCenters().size(), 0);
    const World large = makeWorld(WorldSize::Large, 7, 2);
    QCOMPARE(large.businessCenters().size(), 2);
    QCOMPARE(large.businessCenters().at(0).adAccounts.size(), 10000);
    QVERIFY(large.businessCenters().at(1).adAccounts.size() <= 40);
    QCOMPARE(WorldGenerator::defaultBusinessCenterCount(WorldSize::Small), 3);
    QCOMPARE(WorldGenerator::defaultBusinessCenterCount(WorldSize::Demo), 12);
    QCOMPARE(WorldGenerator::defaultBusinessCenterCount(WorldSize::Large), 1);
}

void TestEmulatorWorld::idsAreUniqueAndShaped()
{
    const World world = makeWorld(WorldSize::Demo, 3, 20);
    static const QRegularExpression shape(u"^7[0-9]{18}$"_s);
    QSet<QString> seen;
    int count = 0;
    const auto check = [&](const QString &id, const char *what) {
        ++count;
        QVERIFY2(shape.match(id).hasMatch(), qPrintable(QString::fromLatin1(what) + u": "_s + id));
        QVERIFY2(!seen.contains(id), qPrintable(QString::fromLatin1(what) + u" repeats: "_s + id));
        seen.insert(id);
    };
    for (const User &user : world.users())
        check(user.userId, "user");
    for (const ExternalBusinessCenter &external : world.externalBusinessCenters())
        check(external.bcId, "external BC");
    for (const GeneratedBusinessCenter &bc : world.businessCenters()) {
        check(bc.bcId, "BC");
        for (const AdAccount &a : bc.adAccounts) {
            check(a.advertiserId, "advertiser");
            for (const AccountPixel &p : a.pixels)
                check(p.pixelId, "account pixel");
        }
        for (const Asset &a : bc.assets)
            check(a.assetId, "asset");
        for (const Invoice &i : bc.invoices)
            check(i.invoiceId, "invoice");
        for (const BcTransaction &t : bc.transactions)
            check(t.transactionId, "BC transaction");
        for (const AccountTransaction &t : bc.accountTransactions)
            check(t.transactionId, "account transaction");
        for (const BillingGroup &g : bc.billingGroups)
            check(g.billingGroupId, "billing group");
        for (const AssetGroup &g : bc.assetGroups)
            check(g.assetGroupId, "asset group");
        for (const Qualification &q : bc.qualifications)
            check(q.qualificationId, "qualification");
        for (const InvoiceTask &t : bc.invoiceTasks)
            check(t.taskId, "invoice task");
        for (const ChildBusinessCenter &c : bc.childBusinessCenters)
            check(c.bcId, "child BC");
        for (const UploadedImage &i : bc.images)
            check(i.imageId, "image");
        for (const Member &m : bc.members)
            QVERIFY(m.userId.isEmpty() || world.findUser(m.userId));
    }
    QVERIFY(count > 2000);
}

void TestEmulatorWorld::moneyIdentitiesHold_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("small") << int(WorldSize::Small);
    QTest::newRow("demo") << int(WorldSize::Demo);
}

void TestEmulatorWorld::moneyIdentitiesHold()
{
    QFETCH(int, size);
    const World world = makeWorld(WorldSize(size), 11, 24);
    const auto checkBalance = [](const Balance &b, const QString &who) {
        QVERIFY2(b.accountBalance() == b.validAccountBalance() + b.frozenBalance() + b.tax(),
                 qPrintable(who));
        QCOMPARE(b.cashBalance(), b.validCash + b.frozenCash + b.cashTax);
        QCOMPARE(b.grantBalance(), b.validGrant + b.frozenGrant);
        QCOMPARE(b.accountBalance(), b.cashBalance() + b.grantBalance());
        for (const Cents part : {b.validCash, b.frozenCash, b.cashTax, b.validGrant, b.frozenGrant,
                                 b.validCredit, b.frozenCredit}) {
            QVERIFY2(part >= 0, qPrintable(who));
        }
    };
    bool someTax = false;
    bool someFrozen = false;
    bool someGrant = false;
    for (const GeneratedBusinessCenter &bc : world.businessCenters()) {
        checkBalance(bc.balance, bc.bcId);
        QVERIFY(bc.balance.validCash > 0);
        for (const AdAccount &account : bc.adAccounts) {
            checkBalance(account.balance, account.advertiserId);
            someTax |= account.balance.tax() > 0;
            someFrozen |= account.balance.frozenBalance() > 0;
            someGrant |= account.balance.validGrant > 0;
            if (account.relationType == u"OWNER_BC"_s)
                QCOMPARE(account.currency, bc.currency);
            if (account.disabled)
                QCOMPARE(account.balance.accountBalance(), 0);
            if (account.budgetMode != u"UNLIMITED"_s) {
                QVERIFY(account.budget >= account.budgetCost);
                QCOMPARE(account.budgetRemaining(), account.budget - account.budgetCost);
            } else {
                QCOMPARE(account.budget, 0);
            }
            // Zero-decimal currencies hold whole units.
            if (Currencies::wholeUnits(account.currency))
                QCOMPARE(account.balance.validCash % 100, 0);
        }
    }
    QVERIFY(someTax && someFrozen && someGrant);
}

void TestEmulatorWorld::invoiceAmountsAreConsistent()
{
    const World world = makeWorld(WorldSize::Demo, 13, 20);
    QSet<QString> payStatuses;
    QSet<QString> types;
    int corrections = 0;
    for (const GeneratedBusinessCenter &bc : world.businessCenters()) {
        QSet<QString> serials;
        for (const Invoice &invoice : bc.invoices) {
            payStatuses.insert(invoice.payStatus);
            types.insert(invoice.invoiceType);
            QCOMPARE(invoice.amount, invoice.amountExcludingTax + invoice.totalTaxAmount);
            QCOMPARE(invoice.totalTaxAmount, invoice.taxAmount1 + invoice.taxAmount2);
            QCOMPARE(invoice.taxAmount1,
                     Money::applyRate(invoice.amountExcludingTax, invoice.taxRate1BasisPoints));
            QCOMPARE(invoice.taxAmount2,
                     Money::applyRate(invoice.amountExcludingTax, invoice.taxRate2BasisPoints));
            QCOMPARE(invoice.currencyCode, bc.currency);
            QVERIFY(invoice.dueDate > invoice.sendDate);
            QVERIFY(!serials.contains(invoice.serialNumber));
            serials.insert(invoice.serialNumber);
            if (invoice.payStatus == u"PAID"_s || invoice.payStatus == u"NO_NEED"_s)
                QCOMPARE(invoice.unpaidAmount, 0);
            else if (invoice.payStatus == u"UNPAID"_s)
                QCOMPARE(invoice.unpaidAmount, invoice.amount);
            else
                QVERIFY(invoice.unpaidAmount > 0 && invoice.unpaidAmount < invoice.amount);
            if (invoice.overdueStatus == u"YES"_s)
                QVERIFY(invoice.unpaidAmount > 0 && invoice.dueDate < world.nowSecs());
            for (const Invoice::Reference &original : invoice.positiveInvoices) {
                ++corrections;
                QVERIFY(invoice.amount < 0);
                const Invoice *positive = world.findInvoice(bc.bcId, original.invoiceId);
                QVERIFY(positive);
                QCOMPARE(positive->serialNumber, original.serialNumber);
                QVERIFY(std::any_of(positive->negativeInvoices.cbegin(),
                                    positive->negativeInvoices.cend(),
                                    [&](const Invoice::Reference &r) {
                                        return r.invoiceId == invoice.invoiceId;
                                    }));
            }
            if (!invoice.billingGroupId.isEmpty())
                QVERIFY(world.findBillingGroup(bc.bcId, invoice.billingGroupId));
        }
    }
    QCOMPARE(payStatuses, (QSet<QString>{u"PAID"_s, u"UNPAID"_s, u"PARTIAL_PAID"_s, u"NO_NEED"_s}));
    QCOMPARE(types, (QSet<QString>{u"RECON"_s, u"CREDIT"_s, u"AUTO_PAY"_s}));
    QVERIFY(corrections > 0);
}

void TestEmulatorWorld::transactionsAreConsistent()
{
    const World world = makeWorld(WorldSize::Demo);
    const GeneratedBusinessCenter &bc = demoBc(world);
    QHash<QString, const AccountTransaction *> accountSide;
    for (const AccountTransaction &t : bc.accountTransactions) {
        accountSide.insert(t.transactionId, &t);
        QCOMPARE(t.amount, t.subtotal + t.taxAmount);
        QVERIFY(world.findAdAccount(t.advertiserId));
    }
    int pairs = 0;
    qint64 previous = 0;
    for (const BcTransaction &t : bc.transactions) {
        QCOMPARE(t.amount, t.subtotal + t.taxAmount);
        QVERIFY(t.time >= previous); // oldest first
        previous = t.time;
        if (t.pairedTransactionId.isEmpty())
            continue;
        ++pairs;
        const AccountTransaction *other = accountSide.value(t.pairedTransactionId);
        QVERIFY(other);
        QCOMPARE(other->amount, -t.amount);
        QCOMPARE(other->pairedTransactionId, t.transactionId);
        QCOMPARE(other->advertiserId, t.advertiserId);
        QCOMPARE(other->time, t.time);
    }
    QVERIFY(pairs > 50);
    for (const BcTransaction &t : bc.transactions) {
        if (!t.invoiceId.isEmpty())
            QCOMPARE(world.findInvoice(bc.bcId, t.invoiceId)->serialNumber, t.invoiceSerialNumber);
    }
}

void TestEmulatorWorld::datesSpreadOverThirteenMonths()
{
    const World world = makeWorld(WorldSize::Demo);
    const qint64 now = world.nowSecs();
    const qint64 earliest = now - 396 * WorldTime::secondsPerDay;
    qint64 oldest = now;
    qint64 newest = 0;
    for (const GeneratedBusinessCenter &bc : world.businessCenters()) {
        for (const AdAccount &a : bc.adAccounts) {
            QVERIFY(a.createTime >= earliest && a.createTime < now);
            oldest = std::min(oldest, a.createTime);
            newest = std::max(newest, a.createTime);
        }
        for (const BcTransaction &t : bc.transactions)
            QVERIFY(t.time >= earliest && t.time < now);
        for (const Invoice &i : bc.invoices)
            QVERIFY(i.sendDate >= earliest - WorldTime::secondsPerDay && i.sendDate < now);
    }
    // Spread out, not bunched.
    QVERIFY(newest - oldest > 300 * WorldTime::secondsPerDay);
    QCOMPARE(world.now(), QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC));
}

void TestEmulatorWorld::namesUseSeveralScripts()
{
    const World world = makeWorld(WorldSize::Demo);
    const GeneratedBusinessCenter &bc = demoBc(world);
    bool accented = false, cjk = false, emoji = false;
    QSet<QString> names;
    for (const AdAccount &a : bc.adAccounts) {
        accented |= hasAccented(a.name);
        cjk |= hasCjk(a.name);
        emoji |= hasEmoji(a.name);
        names.insert(a.name);
    }
    QVERIFY(accented && cjk && emoji);
    QCOMPARE(names.size(), bc.adAccounts.size()); // unique within a BC

    accented = cjk = emoji = false;
    QSet<QString> emails;
    for (const Member &m : bc.members) {
        accented |= hasAccented(m.userName);
        cjk |= hasCjk(m.userName);
        emoji |= hasEmoji(m.userName);
        QVERIFY(!emails.contains(m.userEmail.toLower()));
        emails.insert(m.userEmail.toLower());
    }
    QVERIFY(accented && cjk && emoji);

    bool emojiAsset = false, cjkAsset = false;
    for (const Asset &a : bc.assets) {
        emojiAsset |= hasEmoji(a.assetName);
        cjkAsset |= hasCjk(a.assetName);
    }
    QVERIFY(emojiAsset && cjkAsset);
}

void TestEmulatorWorld::someNullableFieldsAreAbsent()
{
    const World world = makeWorld(WorldSize::Demo);
    const GeneratedBusinessCenter &bc = demoBc(world);
    const auto someEmpty = [&](const std::function<QString(const AdAccount &)> &field) {
        return std::any_of(bc.adAccounts.cbegin(), bc.adAccounts.cend(),
                           [&](const AdAccount &a) { return field(a).isEmpty(); });
    };
    const auto somePresent = [&](const std::function<QString(const AdAccount &)> &field) {
        return std::any_of(bc.adAccounts.cbegin(), bc.adAccounts.cend(),
                           [&](const AdAccount &a) { return !field(a).isEmpty(); });
    };
    const QList<std::function<QString(const AdAccount &)>> fields = {
            [](const AdAccount &a) { return a.address; },
            [](const AdAccount &a) { return a.telephoneNumber; },
            [](const AdAccount &a) { return a.licenseNo; },
            [](const AdAccount &a) { return a.description; },
            [](const AdAccount &a) { return a.paymentPortfolioId; },
            [](const AdAccount &a) { return a.contactEmail; },
    };
    for (const auto &field : fields) {
        QVERIFY(someEmpty(field));
        QVERIFY(somePresent(field));
    }
    // Pending invitees have no user id yet.
    QVERIFY(std::any_of(bc.members.cbegin(), bc.members.cend(),
                        [](const Member &m) { return m.userId.isEmpty(); }));
}

void TestEmulatorWorld::referencesPointAtExistingRows()
{
    const World world = makeWorld(WorldSize::Demo);
    for (const GeneratedBusinessCenter &bc : world.businessCenters()) {
        QSet<QString> grouped;
        for (const BillingGroup &group : bc.billingGroups) {
            for (const QString &id : group.advertiserIds) {
                QVERIFY(world.findAdAccount(bc.bcId, id));
                QVERIFY(!grouped.contains(id)); // one group per account
                grouped.insert(id);
            }
        }
        QCOMPARE(std::count_if(bc.billingGroups.cbegin(), bc.billingGroups.cend(),
                               [](const BillingGroup &g) { return g.isPrimary; }),
                 1);
        for (const AssetGroup &group : bc.assetGroups) {
            for (const AssetGroup::GroupAsset &asset : group.assets)
                QVERIFY(world.findAdAccount(bc.bcId, asset.assetId));
            for (const AssetGroup::GroupMember &member : group.members)
                QVERIFY(!world.userRole(bc.bcId, member.memberId).isEmpty());
        }
        for (const Asset &asset : bc.assets) {
            for (const QString &id : asset.linkedAdvertiserIds)
                QVERIFY(world.findAdAccount(bc.bcId, id));
        }
        for (const Partner &partner : bc.partners) {
            QVERIFY(!world.businessCenterName(partner.partnerBcId).isEmpty());
            for (const SharedAsset &shared : partner.sharedWithUs) {
                const AdAccount *account = world.findAdAccount(bc.bcId, shared.assetId);
                const Asset *asset = world.findAsset(bc.bcId, shared.assetId);
                QVERIFY(account || asset);
                QCOMPARE(account ? account->ownerBcId : asset->ownerBcId, partner.partnerBcId);
            }
        }
        const QHash<QString, int> links = world.qualificationLinkCounts(bc.bcId);
        QCOMPARE(links.size(), bc.qualifications.size());
        // The signed-in user's header roles mirror its member row.
        const Member *me = world.findMember(bc.bcId, world.signedInUser().userId);
        QVERIFY(me);
        QCOMPARE(me->userRole, bc.userRole);
        QCOMPARE(me->financeRole, bc.financeRole);
    }
}

void TestEmulatorWorld::roughEdgesAreDeterministic()
{
    const World world = makeWorld(WorldSize::Demo);
    int numbers = 0;
    int strings = 0;
    for (const AdAccount &account : demoBc(world).adAccounts) {
        const QJsonValue value = RoughEdges::idValue(account.advertiserId);
        QCOMPARE(RoughEdges::idAsNumber(account.advertiserId), value.isDouble());
        if (value.isDouble()) {
            ++numbers;
            QCOMPARE(QString::number(value.toInteger()), account.advertiserId); // all 19 digits
        } else {
            ++strings;
            QCOMPARE(value.toString(), account.advertiserId);
        }
        QVERIFY(!RoughEdges::unknownFields(account.advertiserId).isEmpty());
        QCOMPARE(RoughEdges::unknownFields(account.advertiserId),
                 RoughEdges::unknownFields(account.advertiserId));
    }
    QVERIFY(numbers > 0 && strings > numbers);
    QVERIFY(!RoughEdges::idAsNumber(u"abc3"_s));
    QVERIFY(RoughEdges::moneyAsString(u"7000000000000000007"_s));
    // The BC rule of /bc/get/ is unchanged: every fifth BC from the fourth.
    for (qsizetype i = 0; i < world.businessCenters().size(); ++i)
        QCOMPARE(world.businessCenters().at(i).bcIdAsJsonNumber, i % 5 == 3);
}

void TestEmulatorWorld::moneyFormatting_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("number");
    QTest::newRow("zero") << qint64(0) << u"0.00"_s << 0.0;
    QTest::newRow("cents") << qint64(5) << u"0.05"_s << 0.05;
    QTest::newRow("negative") << qint64(-5) << u"-0.05"_s << -0.05;
    QTest::newRow("whole") << qint64(100) << u"1.00"_s << 1.0;
    QTest::newRow("typical") << qint64(123456) << u"1234.56"_s << 1234.56;
    QTest::newRow("large") << qint64(123456789012) << u"1234567890.12"_s << 1234567890.12;
}

void TestEmulatorWorld::moneyFormatting()
{
    QFETCH(qint64, cents);
    QFETCH(QString, text);
    QFETCH(double, number);
    QCOMPARE(Money::format(cents), text);
    QCOMPARE(Money::toJson(cents).toDouble(), number);
    QCOMPARE(Money::fromJson(Money::toJson(cents)), std::optional<Cents>(cents));
}

void TestEmulatorWorld::moneyParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents"); // -1: rejected
    QTest::newRow("two decimals") << u"12.34"_s << qint64(1234);
    QTest::newRow("one decimal") << u"12.3"_s << qint64(1230);
    QTest::newRow("integer") << u"12"_s << qint64(1200);
    QTest::newRow("three decimals") << u"12.345"_s << qint64(-1);
    QTest::newRow("letters") << u"12a"_s << qint64(-1);
    QTest::newRow("empty") << QString() << qint64(-1);
    QTest::newRow("comma") << u"12,34"_s << qint64(-1);
}

void TestEmulatorWorld::moneyParsing()
{
    QFETCH(QString, text);
    QFETCH(qint64, cents);
    const std::optional<Cents> parsed = Money::parse(text);
    QCOMPARE(parsed.has_value(), cents >= 0);
    if (parsed)
        QCOMPARE(*parsed, cents);
    QCOMPARE(Money::fromJson(QJsonValue(12.34)), std::optional<Cents>(1234));
    QCOMPARE(Money::fromJson(QJsonValue(12.345)), std::optional<Cents>());
}

// ---- Clock, tokens, permissions
// -------------------------------------------------------------------

void TestEmulatorWorld::clockIsSettable()
{
    World world = WorldGenerator::generate(1, 1);
    QVERIFY(world.clock().isRunning());
    QVERIFY(world.nowSecs() - WorldClock::startSecs() < 60);
    const QDateTime fixed(QDate(2026, 12, 24), QTime(18, 0), Qt::UTC);
    world.setNow(fixed);
    QCOMPARE(world.now(), fixed);
    QVERIFY(!world.clock().isRunning());
    world.advanceClock(3600);
    QCOMPARE(world.now(), fixed.addSecs(3600));
    world.advanceClock(-7200);
    QCOMPARE(world.now(), fixed.addSecs(-3600));
    QCOMPARE(WorldTime::dateTime(world.nowSecs()), u"2026-12-24 17:00:00"_s);
    QCOMPARE(WorldTime::date(world.nowSecs()), u"2026-12-24"_s);
    QCOMPARE(WorldTime::parse(u"2026-12-24 17:00:00"_s), world.nowSecs());
    QCOMPARE(WorldTime::parse(u"2026-12-24"_s), WorldTime::startOfDay(world.nowSecs()));
    QCOMPARE(WorldTime::parse(u"24.12.2026"_s), -1);
    QCOMPARE(WorldTime::utcOffset(-330), u"UTC-05:30"_s);
}

void TestEmulatorWorld::configuredTokenGrantsEverythingVisible()
{
    World world = makeWorld(WorldSize::Demo);
    QVERIFY(world.acceptsAccessToken(token));
    const QString me = world.signedInUser().userId;
    QCOMPARE(world.userIdForToken(token), me);
    const QStringList granted = world.grantedAdvertiserIds(token);
    QCOMPARE(granted, world.visibleAdvertiserIds(me));
    // The demo BC's user is an admin: every account there; elsewhere only assigned ones.
    for (const AdAccount &a : demoBc(world).adAccounts)
        QVERIFY(granted.contains(a.advertiserId));
    bool restricted = false;
    for (const GeneratedBusinessCenter &bc : world.businessCenters()) {
        if (bc.userRole != u"STANDARD"_s)
            continue;
        for (const AdAccount &a : bc.adAccounts) {
            QCOMPARE(granted.contains(a.advertiserId),
                     !world.advertiserRole(me, a.advertiserId).isEmpty());
            restricted |= !granted.contains(a.advertiserId);
        }
    }
    QVERIFY(restricted);
    // New accounts are granted too: the configured token is not a snapshot.
    AdvertiserCreateRequest create;
    create.bcId = demoBcId;
    create.name = u"Neu · Test"_s;
    create.promotionLink = u"https://www.example.com/"_s;
    const WorldResult<QString> created = world.createAdvertiser(token, create);
    QVERIFY2(created.ok(), qPrintable(created.error.message));
    QVERIFY(world.tokenGrantsAdvertiser(token, created.value));
}

void TestEmulatorWorld::unknownAndEmptyTokensAreRejected()
{
    const World world = makeWorld(WorldSize::Small);
    QVERIFY(!world.acceptsAccessToken(QString()));
    QVERIFY(!world.acceptsAccessToken(u"test-token "_s));
    QVERIFY(!world.acceptsAccessToken(u"TEST-TOKEN"_s));
    QVERIFY(world.userIdForToken(u"nope"_s).isEmpty());
    QVERIFY(world.grantedAdvertiserIds(u"nope"_s).isEmpty());
    // A world generated without a token accepts none.
    QVERIFY(!WorldGenerator::generate(1, 3).acceptsAccessToken(token));
}

void TestEmulatorWorld::financePermissions_data()
{
    QTest::addColumn<QString>("financeRole");
    QTest::addColumn<bool>("canRead");
    QTest::addColumn<bool>("canManage");
    QTest::newRow("manager") << u"MANAGER"_s << true << true;
    QTest::newRow("analyst") << u"ANALYST"_s << true << false;
    QTest::newRow("none") << QString() << false << false;
}

void TestEmulatorWorld::financePermissions()
{
    QFETCH(QString, financeRole);
    QFETCH(bool, canRead);
    QFETCH(bool, canManage);
    World world = makeWorld(WorldSize::Demo);
    const GeneratedBusinessCenter &bc = demoBc(world);
    // Another member of the demo BC with that finance role, acting through a token of its own.
    const Member *member =
            boundMember(bc, [&](const Member &m) { return m.financeRole == financeRole; });
    QVERIFY(member);
    const QString memberId = member->userId;
    const QString memberToken = world.issueAccessToken(memberId);
    QVERIFY(world.acceptsAccessToken(memberToken));

    const WorldError read = world.checkFinance(memberToken, demoBcId, World::FinanceAccess::Read);
    QCOMPARE(read.code, canRead ? ReturnCode::Ok : ReturnCode::NoPermission);
    const WorldError manage =
            world.checkFinance(memberToken, demoBcId, World::FinanceAccess::Manage);
    QCOMPARE(manage.code, canManage ? ReturnCode::Ok : ReturnCode::NoPermission);

    // And the operations behind them.
    const AdAccount *account = ownedAccount(bc, [](const AdAccount &) { return true; });
    TransferRequest transfer;
    transfer.bcId = demoBcId;
    transfer.transferType = u"RECHARGE"_s;
    transfer.advertiserId = account->advertiserId;
    transfer.cashAmount = 1000;
    QCOMPARE(world.transfer(memberToken, transfer).error.code,
             canManage ? ReturnCode::Ok : ReturnCode::NoPermission);
    QCOMPARE(world.createInvoiceTask(memberToken, demoBcId, u"INVOICE_LIST"_s, {}, {}).error.code,
             canRead ? ReturnCode::Ok : ReturnCode::NoPermission);
    BillingGroupCreate create;
    create.bcId = demoBcId;
    create.billingGroupName = u"Permission test"_s;
    create.advertiserIds = {account->advertiserId};
    QCOMPARE(world.createBillingGroup(memberToken, create).error.code,
             canManage ? ReturnCode::Ok : ReturnCode::NoPermission);
    // A BC the member does not belong to is off limits whatever the role.
    const QString otherBc = world.businessCenters().at(1).bcId;
    if (!world.findMember(otherBc, memberId)) {
        QCOMPARE(world.checkFinance(memberToken, otherBc, World::FinanceAccess::Read).code,
                 ReturnCode::NoPermission);
    }
}

void TestEmulatorWorld::adminOnlyWrites()
{
    World world = makeWorld(WorldSize::Demo);
    const GeneratedBusinessCenter &bc = demoBc(world);
    const Member *standard =
            boundMember(bc, [](const Member &m) { return m.userRole == u"STANDARD"_s; });
    QVERIFY(standard);
    const QString standardToken = world.issueAccessToken(standard->userId);
    QCOMPARE(world.checkAdmin(standardToken, demoBcId).code, ReturnCode::NoPermission);
    QCOMPARE(world.checkAdmin(token, demoBcId).code, ReturnCode::Ok);

    MemberInvite invite;
    invite.emails = {u"someone@example.org"_s};
    QCOMPARE(world.inviteMembers(standardToken, demoBcId, invite).error.code,
             ReturnCode::NoPermission);
    QCOMPARE(world.deleteAssetGroups(standardToken, demoBcId,
                                     {bc.assetGroups.constFirst().assetGroupId})
                     .code,
             ReturnCode::NoPermission);
    QCOMPARE(world.uploadImage(standardToken, demoBcId, u"a.png"_s, pngHeader(1, 1)).error.code,
             ReturnCode::NoPermission);
    QCOMPARE(world.disableAdvertisers(standardToken, demoBcId,
                                      {bc.adAccounts.constFirst().advertiserId})
                     .error.code,
             ReturnCode::NoPermission);
    // Nothing changed.
    QVERIFY(!world.findMemberByEmail(demoBcId, u"someone@example.org"_s));

    // A BC where the signed-in user itself is STANDARD refuses the configured token too.
    for (const GeneratedBusinessCenter &other : world.businessCenters()) {
        if (other.userRole == u"STANDARD"_s) {
            QCOMPARE(world.inviteMembers(token, other.bcId, invite).error.code,
                     ReturnCode::NoPermission);
            return;
        }
    }
    QFAIL("no BC where the signed-in user is STANDARD");
}

void TestEmulatorWorld::advertiserAccessFollowsTheGrant()
{
    World world = makeWorld(WorldSize::Demo);
    const GeneratedBusinessCenter &bc = demoBc(world);
    const QString first = bc.adAccounts.at(0).advertiserId;
    const QString second = bc.adAccounts.at(1).advertiserId;
    const WorldResult<AuthCode> code =
            world.issueAuthCode(world.app().appId, u"https://app.example/cb"_s, u"xyz"_s, {first});
    QVERIFY(code.ok());
    const WorldResult<AccessTokenResult> exchanged =
            world.exchangeAuthCode(world.app().appId, world.app().secret, code.value.code);
    QVERIFY(exchanged.ok());
    const QString narrow = exchanged.value.accessToken;
    QCOMPARE(world.grantedAdvertiserIds(narrow), QStringList{first});
    QCOMPARE(world.checkAdvertiserAccess(narrow, first, World::AdvertiserAccess::Write).code,
             ReturnCode::Ok);
    QCOMPARE(world.checkAdvertiserAccess(narrow, second, World::AdvertiserAccess::Read).code,
             ReturnCode::NoPermission);
    QCOMPARE(world.checkAdvertiserAccess(token, u"7000000000000000000"_s,
                                         World::AdvertiserAccess::Read)
                     .code,
             ReturnCode::NoPermission);
    // An ANALYST may read but not write.
    const Member *member =
            boundMember(bc, [&](const Member &m) { return m.userRole == u"STANDARD"_s; });
    QVERIFY(member);
    QVERIFY(world.assignAsset(token, demoBcId, member->userId, u"ADVERTISER"_s, second,
                              AssetRole{u"ADVERTISER"_s, u"ANALYST"_s, {}, {}, {}, {}, {}})
                    .ok());
    const QString analystToken = world.issueAccessToken(member->userId);
    QCOMPARE(world.checkAdvertiserAccess(analystToken, second, World::AdvertiserAccess::Read).code,
             ReturnCode::Ok);
    QCOMPARE(world.checkAdvertiserAccess(analystToken, second, World::AdvertiserAccess::Write).code,
             ReturnCode::NoPermission);
    QCOMPARE(world.confirmTerm(analystToken, second, u"LeadAds"_s).code, ReturnCode::NoPermission);
}

// ---- OAuth --------------------------------------------------------------------------------------

void TestEmulatorWorld::authCodeExchangeIsSingleUse()
{
    World world = makeWorld(WorldSize::Small);
    const WorldResult<AuthCode> code =
            world.issueAuthCode(world.app().appId, u"https://app.example/cb"_s, u"state-1"_s);
    QVERIFY(code.ok());
    QCOMPARE(code.value.state, u"state-1"_s);
    QCOMPARE(code.value.advertiserIds, world.visibleAdvertiserIds(world.signedInUser().userId));

    const WorldResult<AccessTokenResult> first =
            world.exchangeAuthCode(world.app().appId, world.app().secret, code.value.code);
    QVERIFY2(first.ok(), qPrintable(first.error.message));
    QVERIFY(!first.value.accessToken.isEmpty());
    QCOMPARE(first.value.advertiserIds, code.value.advertiserIds);
    QVERIFY(!first.value.scope.isEmpty());
    QVERIFY(world.acceptsAccessToken(first.value.accessToken));
    QCOMPARE(world.userIdForToken(first.value.accessToken), world.signedInUser().userId);

    const WorldResult<AccessTokenResult> again =
            world.exchangeAuthCode(world.app().appId, world.app().secret, code.value.code);
    QCOMPARE(again.error.code, ReturnCode::AuthCodeError);
    QVERIFY(again.value.accessToken.isEmpty());
    QCOMPARE(world.exchangeAuthCode(world.app().appId, world.app().secret, u"made-up"_s).error.code,
             ReturnCode::AuthCodeError);

    // oauth2/advertiser/get/ lists what the token grants.
    const WorldResult<QList<GrantedAdvertiser>> granted = world.grantedAdvertisers(
            first.value.accessToken, world.app().appId, world.app().secret);
    QVERIFY(granted.ok());
    QCOMPARE(granted.value.size(), first.value.advertiserIds.size());
    QCOMPARE(granted.value.constFirst().advertiserName,
             world.findAdAccount(granted.value.constFirst().advertiserId)->name);
}

void TestEmulatorWorld::authCodeExpiresAfterAnHour_data()
{
    QTest::addColumn<qint64>("wait");
    QTest::addColumn<int>("code");
    QTest::newRow("at once") << qint64(0) << ReturnCode::Ok;
    QTest::newRow("59:59 later") << qint64(3599) << ReturnCode::Ok;
    QTest::newRow("an hour later") << qint64(3600) << ReturnCode::AuthCodeError;
    QTest::newRow("a day later") << qint64(86400) << ReturnCode::AuthCodeError;
}

void TestEmulatorWorld::authCodeExpiresAfterAnHour()
{
    QFETCH(qint64, wait);
    QFETCH(int, code);
    World world = makeWorld(WorldSize::Small);
    const WorldResult<AuthCode> issued = world.issueAuthCode(world.app().appId, {}, {});
    QVERIFY(issued.ok());
    world.advanceClock(wait);
    QCOMPARE(world.exchangeAuthCode(world.app().appId, world.app().secret, issued.value.code)
                     .error.code,
             code);
}

void TestEmulatorWorld::oauthChecksAppCredentials()
{
    World world = makeWorld(WorldSize::Small);
    const QString appId = world.app().appId;
    const QString secret = world.app().secret;
    QCOMPARE(appId, u"7000000000000000001"_s);
    QCOMPARE(world.issueAuthCode(u"123"_s, {}, {}).error.code, ReturnCode::InvalidPartner);
    const WorldResult<AuthCode> code = world.issueAuthCode(appId, {}, {});
    QCOMPARE(world.exchangeAuthCode(appId, u"wrong"_s, code.value.code).error.code,
             ReturnCode::InvalidPartner);
    // A refused attempt does not use the code up.
    QVERIFY(world.exchangeAuthCode(appId, secret, code.value.code).ok());
    QCOMPARE(world.grantedAdvertisers(token, appId, u"wrong"_s).error.code,
             ReturnCode::InvalidPartner);
    QCOMPARE(world.revokeAccessToken(u"1"_s, secret, token).error.code, ReturnCode::InvalidPartner);
    QCOMPARE(world.issueAuthCode(appId, {}, {}, {u"7000000000000000000"_s}).error.code,
             ReturnCode::NoPermission);
}

void TestEmulatorWorld::revokedTokenStopsWorking()
{
    World world = makeWorld(WorldSize::Small);
    const QString appId = world.app().appId;
    const QString secret = world.app().secret;
    const QStringList before = world.grantedAdvertiserIds(token);
    QVERIFY(!before.isEmpty());
    const WorldResult<RevokeResult> revoked = world.revokeAccessToken(appId, secret, token);
    QVERIFY(revoked.ok());
    QCOMPARE(revoked.value.appId, appId);
    QCOMPARE(revoked.value.advertiserIds, before);
    QVERIFY(!world.acceptsAccessToken(token));
    QVERIFY(world.grantedAdvertiserIds(token).isEmpty());
    QCOMPARE(world.checkAdmin(token, world.businessCenters().constFirst().bcId).code,
             ReturnCode::NoPermission);
    QCOMPARE(world.revokeAccessToken(appId, secret, token).error.code,
             ReturnCode::AccessTokenInvalid);
    QCOMPARE(world.grantedAdvertisers(token, appId, secret).error.code,
             ReturnCode::AccessTokenInvalid);
}

void TestEmulatorWorld::ttUserTokenLifecycle()
{
    World world = makeWorld(WorldSize::Small);
    const QString appId = world.app().appId;
    const QString secret = world.app().secret;
    const WorldResult<TtUserAuthCode> code =
            world.issueTtUserAuthCode(appId, u"user.info.basic"_s, u"https://app.example/tt"_s);
    QVERIFY(code.ok());
    const WorldResult<TtUserTokenResult> token1 = world.exchangeTtUserAuthCode(
            appId, secret, u"authorization_code"_s, code.value.code, u"https://app.example/tt"_s);
    QVERIFY2(token1.ok(), qPrintable(token1.error.message));
    QCOMPARE(token1.value.tokenType, u"Bearer"_s);
    QCOMPARE(token1.value.expiresIn, 86400);
    QCOMPARE(token1.value.refreshTokenExpiresIn, 31536000);
    QCOMPARE(token1.value.scope, u"user.info.basic"_s);
    QCOMPARE(token1.value.openId, world.ttAccountHolders().constFirst().openId);
    // tt_user tokens are not advertiser tokens.
    QVERIFY(!world.acceptsAccessToken(token1.value.accessToken));

    const WorldResult<TtUserTokenInfo> info =
            world.ttUserTokenInfo(appId, token1.value.accessToken);
    QVERIFY(info.ok());
    QCOMPARE(info.value.creatorId, token1.value.openId);
    QCOMPARE(info.value.scope, u"user.info.basic"_s);

    // The code is single use.
    QCOMPARE(world.exchangeTtUserAuthCode(appId, secret, u"authorization_code"_s, code.value.code,
                                          u"https://app.example/tt"_s)
                     .error.code,
             ReturnCode::AuthCodeError);

    world.advanceClock(86399);
    QVERIFY(world.ttUserTokenInfo(appId, token1.value.accessToken).ok());
    world.advanceClock(1);
    QCOMPARE(world.ttUserTokenInfo(appId, token1.value.accessToken).error.code,
             ReturnCode::AccessTokenExpired);

    // Revoking ends the grant: the access token and the refresh token.
    QVERIFY(world.revokeTtUserToken(appId, secret, token1.value.accessToken).ok());
    QCOMPARE(world.ttUserTokenInfo(appId, token1.value.accessToken).error.code,
             ReturnCode::AccessTokenInvalid);
    QCOMPARE(world.refreshTtUserToken(appId, secret, u"refresh_token"_s, token1.value.refreshToken)
                     .error.code,
             ReturnCode::InvalidRefreshToken);
    QCOMPARE(world.revokeTtUserToken(appId, secret, token1.value.accessToken).code,
             ReturnCode::AccessTokenInvalid);
}

void TestEmulatorWorld::ttUserRefreshRotates()
{
    World world = makeWorld(WorldSize::Small);
    const QString appId = world.app().appId;
    const QString secret = world.app().secret;
    const WorldResult<TtUserAuthCode> code = world.issueTtUserAuthCode(appId, {}, {});
    const WorldResult<TtUserTokenResult> first = world.exchangeTtUserAuthCode(
            appId, secret, u"authorization_code"_s, code.value.code, {});
    QVERIFY(first.ok());
    world.advanceClock(90000); // the access token has expired; the refresh token has not
    QCOMPARE(world.ttUserTokenInfo(appId, first.value.accessToken).error.code,
             ReturnCode::AccessTokenExpired);

    const WorldResult<TtUserTokenResult> second =
            world.refreshTtUserToken(appId, secret, u"refresh_token"_s, first.value.refreshToken);
    QVERIFY2(second.ok(), qPrintable(second.error.message));
    QVERIFY(second.value.accessToken != first.value.accessToken);
    QVERIFY(second.value.refreshToken != first.value.refreshToken);
    QCOMPARE(second.value.openId, first.value.openId);
    QCOMPARE(second.value.expiresIn, 86400);
    QVERIFY(world.ttUserTokenInfo(appId, second.value.accessToken).ok());

    // The old refresh token is used up; the new one works once.
    QCOMPARE(world.refreshTtUserToken(appId, secret, u"refresh_token"_s, first.value.refreshToken)
                     .error.code,
             ReturnCode::InvalidRefreshToken);
    const WorldResult<TtUserTokenResult> third =
            world.refreshTtUserToken(appId, secret, u"refresh_token"_s, second.value.refreshToken);
    QVERIFY(third.ok());

    // A year later the refresh token has expired too.
    world.advanceClock(31536000);
    QCOMPARE(world.refreshTtUserToken(appId, secret, u"refresh_token"_s, third.value.refreshToken)
                     .error.code,
             ReturnCode::RefreshTokenExpired);
}

void TestEmulatorWorld::ttUserErrors()
{
    World world = makeWorld(WorldSize::Small);
    const QString appId = world.app().appId;
    const QString secret = world.app().secret;
    const WorldResult<TtUserAuthCode> code =
            world.issueTtUserAuthCode(appId, {}, u"https://a.example/"_s);
    QCOMPARE(world.exchangeTtUserAuthCode(appId, secret, u"client_credentials"_s, code.value.code,
                                          u"https://a.example/"_s)
                     .error.code,
             ReturnCode::InvalidGrantType);
    QCOMPARE(world.exchangeTtUserAuthCode(appId, u"bad"_s, u"authorization_code"_s, code.value.code,
                                          u"https://a.example/"_s)
                     .error.code,
             ReturnCode::InvalidPartner);
    QCOMPARE(world.exchangeTtUserAuthCode(appId, secret, u"authorization_code"_s, code.value.code,
                                          u"https://elsewhere.example/"_s)
                     .error.code,
             ReturnCode::ParameterError);
    QCOMPARE(world.refreshTtUserToken(appId, secret, u"authorization_code"_s, u"x"_s).error.code,
             ReturnCode::InvalidGrantType);
    QCOMPARE(world.refreshTtUserToken(appId, secret, u"refresh_token"_s, u"x"_s).error.code,
             ReturnCode::InvalidRefreshToken);
    QCOMPARE(world.ttUserTokenInfo(appId, u"x"_s).error.code, ReturnCode::AccessTokenInvalid);
    QCOMPARE(world.issueTtUserAuthCode(appId, {}, {}, u"no-such-open-id"_s).error.code,
             ReturnCode::ObjectNotFound);
    world.advanceClock(3600);
    QCOMPARE(world.exchangeTtUserAuthCode(appId, secret, u"authorization_code"_s, code.value.code,
                                          u"https://a.example/"_s)
                     .error.code,
             ReturnCode::AuthCodeError);
}

// ---- Members, child BCs
// ---------------------------------------------------------------------------

void TestEmulatorWorld::inviteCreatesPendingMembers()
{
    World world = makeWorld(WorldSize::Demo);
    const GeneratedBusinessCenter &bc = demoBc(world);
    const qsizetype before = bc.members.size();
    const Member *existing = boundMember(bc, [](const Member &) { return true; });
    const Member *pending = nullptr;
    for (const Member &m : bc.members) {
        if (m.relationStatus == u"PENDING"_s)
            pending = &m;
    }
    QVERIFY(existing && pending);
    const QString existingEmail = existing->userEmail.toUpper(); // case does not matter
    const QString pendingEmail = pending->userEmail;
    const QString account = bc.adAccounts.at(3).advertiserId;

    MemberInvite invite;
    invite.emails = {u"new.one@example.org"_s, existingEmail, pendingEmail,
                     u"new.two@example.org"_s, u"NEW.ONE@example.org"_s};
    invite.userRole = u"STANDARD"_s;
    invite.financeRole = u"ANALYST"_s;
    invite.assetIds = {account};
    invite.advertiserRole = u"OPERATOR"_s;
    const WorldResult<InviteResult> result = world.inviteMembers(token, demoBcId, invite);
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(result.value.invitedEmails,
             (QStringList{u"new.one@example.org"_s, u"new.two@example.org"_s}));
    QCOMPARE(result.value.ignoredEmails,
             (QStringList{existingEmail, pendingEmail, u"NEW.ONE@example.org"_s}));
    QCOMPARE(demoBc(world).members.size(), before + 2);

    const Member *invited = world.findMemberByEmail(demoBcId, u"new.one@example.org"_s);
    QVERIFY(invited);
    QCOMPARE(invited->relationStatus, u"PENDING"_s);
    QVERIFY(invited->userId.isEmpty());
    QCOMPARE(invited->userRole, u"STANDARD"_s);
    QCOMPARE(invited->financeRole, u"ANALYST"_s);
    QCOMPARE(invited->assetRoles.value(account).advertiserRole, u"OPERATOR"_s);
    QCOMPARE(invited->inviteTime, world.nowSecs());

    // Inviting the same address again changes nothing.
    invite.emails = {u"new.one@example.org"_s};
    const WorldResult<InviteResult> again = world.inviteMembers(token, demoBcId, invite);
    QVERIFY(again.ok());
    QVERIFY(again.value.invitedEmails.isEmpty());
    QCOMPARE(demoBc(world).members.size(), before + 2);
}

void TestEmulatorWorld::inviteRejections_data()
{
    QTest::addColumn<QStringList>("emails");
    QTest::addColumn<QStringList>("assetIds");
    QTest::addColumn<QString>("userRole");
    QTest::addColumn<int>("code");
    QStringList fiftyOne;
    for (int i = 0; i < 51; ++i)
        fiftyOne.append(u"person"_s + QString::number(i) + u"@example.org"_s);
    QStringList fifty = fiftyOne.mid(0, 50);
    QTest::newRow("51 emails") << fiftyOne << QStringList() << u"STANDARD"_s
                               << ReturnCode::ParameterError;
    QTest::newRow("50 emails") << fifty << QStringList() << u"STANDARD"_s << ReturnCode::Ok;
    QTest::newRow("no emails") << QStringList() << QStringList() << u"STANDARD"_s
                               << ReturnCode::ParameterError;
    QTest::newRow("not an email") << QStringList{u"nobody"_s} << QStringList() << u"STANDARD"_s
                                  << ReturnCode::ParameterError;
    QTest::newRow("bad role") << QStringList{u"a@example.org"_s} << QStringList() << u"OWNER"_s
                              << ReturnCode::ParameterError;
    QTest::newRow("unknown account")
            << QStringList{u"a@example.org"_s} << QStringList{u"7000000000000000000"_s}
            << u"STANDARD"_s << ReturnCode::ObjectNotFound;
}

void TestEmulatorWorld::inviteRejections()
{
    QFETCH(QStringList, emails);
    QFETCH(QStringList, assetIds);
    QFETCH(QString, userRole);
    QFETCH(int, code);
    World world = makeWorld(WorldSize::Demo);
    const qsizetype before = demoBc(world).members.size();
    MemberInvite invite;
    invite.emails = emails;
    invite.assetIds = assetIds;
    invite.userRole = userRole;
    const WorldResult<InviteResult> result = world.inviteMembers(token, demoBcId, invite);
    QCOMPARE(result.error.code, code);
    QCOMPARE(demoBc(world).members.size(), before + (code == ReturnCode::Ok ? emails.size() : 0));
    if (code != ReturnCode::Ok)
        QVERIFY(!result.error.message.isEmpty());
}

void TestEmulatorWorld::updateMemberChangesRoles()
{
    World world = makeWorld(WorldSize::Demo);
    const Member *member = boundMember(demoBc(world), [](const Member &m) {
        return m.userRole == u"STANDARD"_s && m.financeRole.isEmpty();
    });
    QVERIFY(member);
    const QString userId = member->userId;
    MemberUpdate update;
    update.userId = userId;
    update.userRole = u"ADMIN"_s;
    update.financeRole = u"MANAGER"_s;
    update.userName = u"Zoë Ωmega"_s;
    QVERIFY(world.updateMember(token, demoBcId, update).ok());
    QCOMPARE(world.userRole(demoBcId, userId), u"ADMIN"_s);
    QCOMPARE(world.financeRole(demoBcId, userId), u"MANAGER"_s);
    QCOMPARE(world.findMember(demoBcId, userId)->userName, u"Zoë Ωmega"_s);
    // As an admin the member now holds every ad account.
    QCOMPARE(world.advertiserRole(userId, demoBc(world).adAccounts.constLast().advertiserId),
             u"ADMIN"_s);

    // An empty finance role removes it; the signed-in user's header follows its own row.
    MemberUpdate self;
    self.userId = world.signedInUser().userId;
    self.financeRole = QString();
    QVERIFY(world.updateMember(token, demoBcId, self).ok());
    QCOMPARE(demoBc(world).financeRole, QString());
    QCOMPARE(world.checkFinance(token, demoBcId, World::FinanceAccess::Read).code,
             ReturnCode::NoPermission);

    MemberUpdate unknown;
    unknown.userId = u"7000000000000000000"_s;
    unknown.userRole = u"ADMIN"_s;
    QCOMPARE(world.updateMember(token, demoBcId, unknown).code, ReturnCode::ObjectNotFound);
    MemberUpdate badRole;
    badRole.userId = userId;
    badRole.userRole = u"OWNER"_s;
    QCOMPARE(world.updateMember(token, demoBcId, badRole).code, ReturnCode::ParameterError);
}

void TestEmulatorWorld::deleteMember()
{
    World world = makeWorld(WorldSize::Demo);
    const GeneratedBusinessCenter &bc = demoBc(world);
    const Member *member = boundMember(bc, [](const Member &) { return true; });
    const QString userId = member->userId;
    QString pendingEmail;
    for (const Member &m : bc.members) {
        if (m.relationStatus == u"PENDING"_s)
            pendingEmail = m.userEmail;
    }
    const QString boundEmail = member->userEmail;
    const qsizetype before = bc.members.size();

    // A bound member's email is not how it is removed.
    QCOMPARE(world.deleteMember(token, demoBcId, {}, {}, boundEmail).code,
             ReturnCode::ObjectNotFound);
    QCOMPARE(world.deleteMember(token, demoBcId, {}, userId, pendingEmail).code,
             ReturnCode::ParameterError);
    QCOMPARE(world.deleteMember(token, demoBcId, {}, {}, {}).code, ReturnCode::ParameterError);
    QCOMPARE(world.deleteMember(token, demoBcId, {}, world.signedInUser().userId, {}).code,
             ReturnCode::ParameterError);

    QVERIFY(world.deleteMember(token, demoBcId, {}, userId, {}).ok());
    QVERIFY(!world.findMember(demoBcId, userId));
    QVERIFY(world.deleteMember(token, demoBcId, {}, {}, pendingEmail.toUpper()).ok());
    QVERIFY(!world.findMemberByEmail(demoBcId, pendingEmail));
    QCOMPARE(demoBc(world).members.size(), before - 2);
    QCOMPARE(world.deleteMember(token, demoBcId, {}, userId, {}).code, ReturnCode::ObjectNotFound);
    for (const AssetGroup &group : demoBc(world).assetGroups) {
        for (const AssetGroup::GroupMember &m : group.members)
            QVERIFY(m.memberId != userId);
    }
}

void TestEmulatorWorld::assignMembersToChildBusinessCenter()
{
    World world = makeWorld(WorldSize::Demo);
    const GeneratedBusinessCenter &bc = demoBc(world);
    const ChildBusinessCenter *child = nullptr;
    for (const ChildBusinessCenter &c : bc.childBusinessCenters) {
        if (c.relationStatus == u"BOUND"_s)
            child = &c;
    }
    QVERIFY(child);
    const QString childId = child->bcId;
    const Member *member = boundMember(bc, [&](const Member &m) {
        return std::none_of(child->members.cbegin(), child->members.cend(),
                            [&](const Member &c) { return c.userId == m.userId; });
    });
    QVERIFY(member);
    const QString userId = member->userId;
    const qsizetype before = child->members.size();

    MemberAssignment assignment;
    assignment.userId = userId;
    assignment.sourceChildBcId = demoBcId;
    assignment.userRole = u"STANDARD"_s;
    assignment.financeRole = u"ANALYST"_s;
    QVERIFY(world.assignMembersToChild(token, demoBcId, childId, {assignment}).ok());
    const ChildBusinessCenter *after = world.findChildBusinessCenter(demoBcId, childId);
    QCOMPARE(after->members.size(), before + 1);
    QCOMPARE(after->members.constLast().userId, userId);
    QCOMPARE(after->members.constLast().financeRole, u"ANALYST"_s);

    // The member can now be updated in the child BC.
    MemberUpdate update;
    update.userId = userId;
    update.childBcId = childId;
    update.userRole = u"ADMIN"_s;
    QVERIFY(world.updateMember(token, demoBcId, update).ok());
    QCOMPARE(world.findChildBusinessCenter(demoBcId, childId)->members.constLast().userRole,
             u"ADMIN"_s);

    assignment.userId = u"7000000000000000000"_s;
    QCOMPARE(world.assignMembersToChild(token, demoBcId, childId, {assignment}).code,
             ReturnCode::ObjectNotFound);
    QCOMPARE(world.assignMembersToChild(token, demoBcId, u"7000000000000000000"_s, {}).code,
             ReturnCode::ParameterError);
    assignment.userId = userId;
    QCOMPARE(world.assignMembersToChild(token, demoBcId, u"7000000000000000000"_s, {assignment})
                     .code,
             ReturnCode::ObjectNotFound);
}

void TestEmulatorWorld::childBusinessCenterInviteAndUnbind()
{
    World world = makeWorld(WorldSize::Demo);
    // A BC that is neither a partner nor a child yet.
    QString candidate;
    for (const ExternalBusinessCenter &external : world.externalBusinessCenters()) {
        if (!world.findPartner(demoBcId, external.bcId)) {
            candidate = external.bcId;
            break;
        }
    }
    QVERIFY(!candidate.isEmpty());
    const qsizetype before = demoBc(world).childBusinessCenters.size();
    QVERIFY(world.inviteChildBusinessCenter(token, demoBcId, candidate).ok());
    const ChildBusinessCenter *child = world.findChildBusinessCenter(demoBcId, candidate);
    QVERIFY(child);
    QCOMPARE(child->relationStatus, u"PENDING"_s);
    QCOMPARE(child->name, world.businessCenterName(candidate));
    QCOMPARE(demoBc(world).childBusinessCenters.size(), before + 1);

    QCOMPARE(world.inviteChildBusinessCenter(token, demoBcId, candidate).code,
             ReturnCode::ParameterError);
    QCOMPARE(world.inviteChildBusinessCenter(token, demoBcId, demoBcId).code,
             ReturnCode::ParameterError);
    QCOMPARE(world.inviteChildBusinessCenter(token, demoBcId, u"7000000000000000000"_s).code,
             ReturnCode::ObjectNotFound);

    QVERIFY(world.unbindChildBusinessCenter(token, demoBcId, candidate).ok());
    QVERIFY(!world.findChildBusinessCenter(demoBcId, candidate));
    QCOMPARE(world.unbindChildBusinessCenter(token, demoBcId, candidate).code,
             ReturnCode::ObjectNotFound);
}

// ---- Assets, partners, groups, pixels
// ---------------------------------------------------------------

void TestEmulatorWorld::assignAndUnassignAssets()
{
    World world = makeWorld(WorldSize::Demo);
    const GeneratedBusinessCenter &bc = demoBc(world);
    const Member *member = boundMember(bc, [&](const Member &m) {
        return m.userRole == u"STANDARD"_s
               && world.advertiserRole(m.userId, bc.adAccounts.constLast().advertiserId).isEmpty();
    });
    QVERIFY(member);
    const QString userId = member->userId;
    const QString account = demoBc(world).adAccounts.constLast().advertiserId;
    const QString memberToken = world.issueAccessToken(userId);
    QVERIFY(!world.tokenGrantsAdvertiser(memberToken, account));

    AssetRole role;
    role.advertiserRole = u"OPERATOR"_s;
    role.catalogRole = u"ADMIN"_s; // not for an ad account: dropped
    QVERIFY(world.assignAsset(token, demoBcId, userId, u"ADVERTISER"_s, account, role).ok());
    QCOMPARE(world.advertiserRole(userId, account), u"OPERATOR"_s);
    QCOMPARE(world.assetRole(demoBcId, userId, account).catalogRole, QString());
    QVERIFY(world.tokenGrantsAdvertiser(memberToken, account));
    QVERIFY(world.visibleAdvertiserIds(userId).contains(account));

    // Assigning again replaces the role.
    role.advertiserRole = u"ANALYST"_s;
    QVERIFY(world.assignAsset(token, demoBcId, userId, u"ADVERTISER"_s, account, role).ok());
    QCOMPARE(world.advertiserRole(userId, account), u"ANALYST"_s);

    // Other asset types, with their own role fields.
    const Asset *catalog = nullptr;
    const Asset *ttAccount = nullptr;
    for (const Asset &asset : demoBc(world).assets) {
        if (asset.assetType == u"CATALOG"_s && !catalog)
            catalog = &asset;
        if (asset.assetType == u"TT_ACCOUNT"_s && !ttAccount)
            ttAccount = &asset;
    }
    const QString catalogId = catalog->assetId;
    const QString ttAccountId = ttAccount->assetId;
    AssetRole catalogRole;
    catalogRole.catalogRole = u"AD_PROMOTE"_s;
    QVERIFY(world.assignAsset(token, demoBcId, userId, u"CATALOG"_s, catalogId, catalogRole).ok());
    QCOMPARE(world.assetRole(demoBcId, userId, catalogId).catalogRole, u"AD_PROMOTE"_s);
    AssetRole ttRoles;
    ttRoles.ttAccountRoles = {u"POST"_s, u"LIVE"_s, u"POST"_s};
    QVERIFY(world.assignAsset(token, demoBcId, userId, u"TT_ACCOUNT"_s, ttAccountId, ttRoles).ok());
    QCOMPARE(world.assetRole(demoBcId, userId, ttAccountId).ttAccountRoles,
             (QStringList{u"POST"_s, u"LIVE"_s}));

    QVERIFY(world.unassignAsset(token, demoBcId, userId, u"ADVERTISER"_s, account).ok());
    QVERIFY(world.advertiserRole(userId, account).isEmpty());
    QVERIFY(!world.tokenGrantsAdvertiser(memberToken, account));
    QCOMPARE(world.unassignAsset(token, demoBcId, userId, u"ADVERTISER"_s, account).code,
             ReturnCode::ObjectNotFound);
    QVERIFY(world.unassignAsset(token, demoBcId, userId, u"CATALOG"_s, catalogId).ok());
    QVERIFY(world.assetRole(demoBcId, userId, catalogId).isEmpty());
}

void TestEmulatorWorld::assignAssetErrors_data()
{
    QTest::addColumn<QString>("assetType");
    QTest::addColumn<QString>("what"); // account, catalog, unknown
    QTest::addColumn<QString>("advertiserRole");
    QTest::addColumn<QString>("catalogRole");
    QTest::addColumn<bool>("knownUser");
    QTest::addColumn<int>("code");
    QTest::newRow("unknown asset") << u"ADVERTISER"_s << u"unknown"_s << u"ADMIN"_s << QString()
                                   << true << ReturnCode::ObjectNotFound;
    QTest::newRow("type does not match") << u"CATALOG"_s << u"account"_s << QString() << u"ADMIN"_s
                                         << true << ReturnCode::ObjectNotFound;
    QTest::newRow("missing advertiser role") << u"ADVERTISER"_s << u"account"_s << QString()
                                             << QString() << true << ReturnCode::ParameterError;
    QTest::newRow("bad advertiser role") << u"ADVERTISER"_s << u"account"_s << u"OWNER"_s
                                         << QString() << true << ReturnCode::ParameterError;
    QTest::newRow("bad catalog role") << u"CATALOG"_s << u"catalog"_s << QString() << u"ANALYST"_s
                                      << true << ReturnCode::ParameterError;
    QTest::newRow("unknown member") << u"ADVERTISER"_s << u"account"_s << u"ADMIN"_s << QString()
                                    << false << ReturnCode::ObjectNotFound;
}

void TestEmulatorWorld::assignAssetErrors()
{
    QFETCH(QString, assetType);
    QFETCH(QString, what);
    QFETCH(QString, advertiserRole);
    QFETCH(QString, catalogRole);
    QFETCH(bool, knownUser);
    QFETCH(int, code);
    World world = makeWorld(WorldSize::Demo);
    const GeneratedBusinessCenter &bc = demoBc(world);
    QString assetId = u"7000000000000000000"_s;
    if (what == u"account"_s)
        assetId = bc.adAccounts.constFirst().advertiserId;
    for (const Asset &asset : bc.assets) {
        if (what == u"catalog"_s && asset.assetType == u"CATALOG"_s)
            assetId = asset.assetId;
    }
    const QString userId = knownUser ? boundMember(bc, [](const Member &) { return true; })->userId
                                     : u"7000000000000000000"_s;
    AssetRole role;
    role.advertiserRole = advertiserRole;
    role.catalogRole = catalogRole;
    QCOMPARE(world.assignAsset(token, demoBcId, userId, assetType, assetId, role).code, code);
}

void TestEmulatorWorld::deleteAssets()
{
    World world = makeWorld(WorldSize::Demo);
    const GeneratedBusinessCenter &bc = demoBc(world);
    const AdAccount *rich =
            ownedAccount(bc, [](const AdAccount &a) { return a.balance.accountBalance() > 0; });
    QVERIFY(rich);
    QCOMPARE(world.deleteAssets(token, demoBcId, u"ADVERTISER"_s, {rich->advertiserId}).code,
             ReturnCode::ParameterError);

    // An account without money can go, and every reference to it goes too.
    const AdAccount *empty = nullptr;
    for (const AdAccount &a : bc.adAccounts) {
        if (a.balance.accountBalance() == 0 && a.balance.creditBalance() == 0
            && a.relationType == u"OWNER_BC"_s)
            empty = &a;
    }
    QVERIFY(empty);
    const QString emptyId = empty->advertiserId;
    const QString lastId = bc.adAccounts.constLast().advertiserId;
    const qsizetype before = bc.adAccounts.size();
    QVERIFY(world.deleteAssets(token, demoBcId, u"ADVERTISER"_s, {emptyId}).ok());
    QCOMPARE(demoBc(world).adAccounts.size(), before - 1);
    QVERIFY(!world.findAdAccount(emptyId));
    QVERIFY(world.billingGroupOf(demoBcId, emptyId).isEmpty());
    // The index still finds the accounts that moved up.
    QCOMPARE(world.findAdAccount(lastId)->advertiserId, lastId);
    QVERIFY(!world.grantedAdvertiserIds(token).contains(emptyId));

    const Asset &catalog = *std::find_if(bc.assets.cbegin(), bc.assets.cend(), [](const Asset &a) {
        return a.assetType == u"CATALOG"_s;
    });
    const QString catalogId = catalog.assetId;
    QCOMPARE(world.deleteAssets(token, demoBcId, u"PIXEL"_s, {catalogId}).code,
             ReturnCode::ObjectNotFound);
    QVERIFY(world.deleteAssets(token, demoBcId, u"CATALOG"_s, {catalogId}).ok());
    QVERIFY(!world.findAsset(demoBcId, catalogId));
    QCOMPARE(world.deleteAssets(token, demoBcId, u"CATALOG"_s, {}).code,
             ReturnCode::ParameterError);
}

void TestEmulatorWorld::partnersShareAndUnshare()
{
    World world = makeWorld(WorldSize::Demo);
    const GeneratedBusinessCenter &bc = demoBc(world);
    QString candidate;
    for (const ExternalBusinessCenter &external : world.externalBusinessCenters()) {
        if (!world.findPartner(demoBcId, external.bcId)
            && world.businessCenterName(external.bcId) == external.name) {
            candidate = external.bcId;
            break;
        }
    }
    QVERIFY(!candidate.isEmpty());
    const AdAccount *a = ownedAccount(bc, [](const AdAccount &) { return true; });
    const AdAccount *b =
            ownedAccount(bc, [&](const AdAccount &x) { return x.advertiserId != a->advertiserId; });
    const QString first = a->advertiserId;
    const QString second = b->advertiserId;

    PartnerShare share;
    share.partnerId = candidate;
    share.assetIds = {first, second};
    share.advertiserRole = u"OPERATOR"_s;
    const qsizetype before = bc.partners.size();
    QVERIFY(world.addPartner(token, demoBcId, share).ok());
    const Partner *partner = world.findPartner(demoBcId, candidate);
    QVERIFY(partner);
    QCOMPARE(demoBc(world).partners.size(), before + 1);
    QCOMPARE(partner->sharedByUs.size(), 2);
    QCOMPARE(partner->sharedByUs.constFirst().advertiserRole, u"OPERATOR"_s);
    QCOMPARE(partner->partnerName, world.businessCenterName(candidate));

    // Sharing again updates the role, it does not add a row.
    share.assetIds = {first};
    share.advertiserRole = u"ADMIN"_s;
    QVERIFY(world.addPartner(token, demoBcId, share).ok());
    QCOMPARE(world.findPartner(demoBcId, candidate)->sharedByUs.size(), 2);
    QCOMPARE(world.findPartner(demoBcId, candidate)->sharedByUs.constFirst().advertiserRole,
             u"ADMIN"_s);

    // Errors.
    PartnerShare bad = share;
    bad.partnerId = u"7000000000000000000"_s;
    QCOMPARE(world.addPartner(token, demoBcId, bad).code, ReturnCode::ObjectNotFound);
    bad.partnerId = demoBcId;
    QCOMPARE(world.addPartner(token, demoBcId, bad).code, ReturnCode::ParameterError);
    QString sharedId;
    QString owner;
    for (const AdAccount &x : demoBc(world).adAccounts) {
        if (x.relationType == u"OWNER_PARTNER"_s) {
            sharedId = x.advertiserId;
            owner = x.ownerBcId;
        }
    }
    QVERIFY(!sharedId.isEmpty());
    bad = share;
    bad.assetIds = {sharedId};
    QCOMPARE(world.addPartner(token, demoBcId, bad).code, ReturnCode::ParameterError);

    // Unsharing one asset, then dropping the partner.
    QVERIFY(world.deletePartnerAssets(token, demoBcId, candidate, u"ADVERTISER"_s, {second}).ok());
    QCOMPARE(world.findPartner(demoBcId, candidate)->sharedByUs.size(), 1);
    QCOMPARE(world.deletePartnerAssets(token, demoBcId, candidate, u"ADVERTISER"_s, {second}).code,
             ReturnCode::ObjectNotFound);
    QVERIFY(world.deletePartner(token, demoBcId, candidate).ok());
    QVERIFY(!world.findPartner(demoBcId, candidate));
    QCOMPARE(world.deletePartner(token, demoBcId, candidate).code, ReturnCode::ObjectNotFound);

    // Dropping a partner that shares with us takes its assets out of our BC.
    QVERIFY(world.deletePartner(token, demoBcId, owner).ok());
    QVERIFY(!world.findAdAccount(sharedId));
}

void TestEmulatorWorld::assetGroupsGrantRoles()
{
    World world = makeWorld(WorldSize::Demo);
    const GeneratedBusinessCenter &bc = demoBc(world);
    const Member *member = boundMember(bc, [&](const Member &m) {
        return m.userRole == u"STANDARD"_s
               && world.advertiserRole(m.userId, bc.adAccounts.at(5).advertiserId).isEmpty();
    });
    QVERIFY(member);
    const QString userId = member->userId;
    const QString account = bc.adAccounts.at(5).advertiserId;
    const QString otherAccount = bc.adAccounts.at(6).advertiserId;

    const WorldResult<QString> created =
            world.createAssetGroup(token, demoBcId, u"Équipe 🚀"_s, {{account, u"ADVERTISER"_s}},
                                   {{userId, u"ADVERTISER_ROLE_OPERATOR"_s}});
    QVERIFY2(created.ok(), qPrintable(created.error.message));
    const QString groupId = created.value;
    QVERIFY(world.findAssetGroup(demoBcId, groupId));
    QCOMPARE(world.advertiserRole(userId, account), u"OPERATOR"_s);
    QVERIFY(world.visibleAdvertiserIds(userId).contains(account));

    // Same name again is refused; so are empty lists and unknown rows.
    QCOMPARE(world.createAssetGroup(token, demoBcId, u"Équipe 🚀"_s, {{account, u"ADVERTISER"_s}},
                                    {{userId, u"ADVERTISER_ROLE_ADMIN"_s}})
                     .error.code,
             ReturnCode::ParameterError);
    QCOMPARE(world.createAssetGroup(token, demoBcId, u"X"_s, {},
                                    {{userId, u"ADVERTISER_ROLE_ADMIN"_s}})
                     .error.code,
             ReturnCode::ParameterError);
    QCOMPARE(world.createAssetGroup(token, demoBcId, u"X"_s,
                                    {{u"7000000000000000000"_s, u"ADVERTISER"_s}},
                                    {{userId, u"ADVERTISER_ROLE_ADMIN"_s}})
                     .error.code,
             ReturnCode::ObjectNotFound);
    QCOMPARE(world.createAssetGroup(token, demoBcId, u"X"_s, {{account, u"ADVERTISER"_s}},
                                    {{userId, u"ADMIN"_s}})
                     .error.code,
             ReturnCode::ParameterError);

    AssetGroupUpdate update;
    update.bcId = demoBcId;
    update.assetGroupId = groupId;
    update.updateEntity = u"ASSET"_s;
    update.action = u"ADD"_s;
    update.assets = {{otherAccount, u"ADVERTISER"_s}};
    QVERIFY(world.updateAssetGroup(token, update).ok());
    QCOMPARE(world.advertiserRole(userId, otherAccount), u"OPERATOR"_s);

    update.updateEntity = u"MEMBER"_s;
    update.members = {{userId, u"ADVERTISER_ROLE_ANALYST"_s}};
    QVERIFY(world.updateAssetGroup(token, update).ok());
    QCOMPARE(world.advertiserRole(userId, otherAccount), u"ANALYST"_s);

    update.updateEntity = u"NAME"_s;
    update.assetGroupName = u"Renamed"_s;
    QVERIFY(world.updateAssetGroup(token, update).ok());
    QCOMPARE(world.findAssetGroup(demoBcId, groupId)->assetGroupName, u"Renamed"_s);

    update.updateEntity = u"MEMBER"_s;
    update.action = u"DELETE"_s;
    QVERIFY(world.updateAssetGroup(token, update).ok());
    QVERIFY(world.advertiserRole(userId, otherAccount).isEmpty());

    update.updateEntity = u"COLOUR"_s;
    QCOMPARE(world.updateAssetGroup(token, update).code, ReturnCode::ParameterError);
    update.assetGroupId = u"7000000000000000000"_s;
    QCOMPARE(world.updateAssetGroup(token, update).code, ReturnCode::ObjectNotFound);

    QVERIFY(world.deleteAssetGroups(token, demoBcId, {groupId}).ok());
    QVERIFY(!world.findAssetGroup(demoBcId, groupId));
    QCOMPARE(world.deleteAssetGroups(token, demoBcId, {groupId}).code, ReturnCode::ObjectNotFound);
}

void TestEmulatorWorld::pixelLinksAndTransfer()
{
    World world = makeWorld(WorldSize::Demo);
    const GeneratedBusinessCenter &bc = demoBc(world);
    const Asset &pixel = *std::find_if(bc.assets.cbegin(), bc.assets.cend(),
                                       [](const Asset &a) { return a.assetType == u"PIXEL"_s; });
    const QString code = pixel.pixelCode;
    const QString account = ownedAccount(bc, [&](const AdAccount &a) {
                                return !pixel.linkedAdvertiserIds.contains(a.advertiserId);
                            })->advertiserId;
    QVERIFY(world.updatePixelLinks(token, demoBcId, code, {account}, true).ok());
    QVERIFY(world.findPixel(demoBcId, code)->linkedAdvertiserIds.contains(account));
    const qsizetype linked = world.findPixel(demoBcId, code)->linkedAdvertiserIds.size();
    QVERIFY(world.updatePixelLinks(token, demoBcId, code, {account}, true).ok()); // no duplicate
    QCOMPARE(world.findPixel(demoBcId, code)->linkedAdvertiserIds.size(), linked);
    QVERIFY(world.updatePixelLinks(token, demoBcId, code, {account}, false).ok());
    QVERIFY(!world.findPixel(demoBcId, code)->linkedAdvertiserIds.contains(account));
    QCOMPARE(world.updatePixelLinks(token, demoBcId, u"CNOSUCHPIXEL"_s, {account}, true).code,
             ReturnCode::ObjectNotFound);
    QCOMPARE(world.updatePixelLinks(token, demoBcId, code, {u"7000000000000000000"_s}, true).code,
             ReturnCode::ObjectNotFound);
    QCOMPARE(world.updatePixelLinks(token, demoBcId, code, {}, true).code,
             ReturnCode::ParameterError);

    // An ad account's own pixel moves into the BC.
    QString accountPixel;
    QString owner;
    for (const AdAccount &a : bc.adAccounts) {
        if (!a.pixels.isEmpty() && a.relationType == u"OWNER_BC"_s) {
            accountPixel = a.pixels.constFirst().pixelCode;
            owner = a.advertiserId;
            break;
        }
    }
    QVERIFY(!accountPixel.isEmpty());
    const WorldResult<QString> moved = world.transferPixel(token, demoBcId, accountPixel);
    QVERIFY2(moved.ok(), qPrintable(moved.error.message));
    const Asset *asset = world.findAsset(demoBcId, moved.value);
    QVERIFY(asset);
    QCOMPARE(asset->assetType, u"PIXEL"_s);
    QCOMPARE(asset->pixelCode, accountPixel);
    QCOMPARE(asset->linkedAdvertiserIds, QStringList{owner});
    QVERIFY(world.findAdAccount(owner)->pixels.isEmpty()
            || world.findAdAccount(owner)->pixels.constFirst().pixelCode != accountPixel);
    QCOMPARE(world.transferPixel(token, demoBcId, accountPixel).error.code,
             ReturnCode::ParameterError);
    QCOMPARE(world.transferPixel(token, demoBcId, u"CNOSUCHPIXEL"_s).error.code,
             ReturnCode::ObjectNotFound);
}

// ---- Money and billing
// ------------------------------------------------------------------------------

void TestEmulatorWorld::rechargeAndRefundMoveMoneyBothWays()
{
    World world = makeWorld(WorldSize::Demo);
    const AdAccount *account = ownedAccount(demoBc(world), [](const AdAccount &) { return true; });
    QVERIFY(account);
    const QString id = account->advertiserId;
    const Balance bcBefore = demoBc(world).balance;
    const Balance accountBefore = account->balance;
    const Cents moneyBefore = totalMoney(world, demoBcId);
    const qsizetype bcRecords = demoBc(world).transactions.size();
    const qsizetype accountRecords = demoBc(world).accountTransactions.size();

    TransferRequest recharge;
    recharge.bcId = demoBcId;
    recharge.transferType = u"RECHARGE"_s;
    recharge.advertiserId = id;
    recharge.cashAmount = 12345;
    recharge.grantAmount = bcBefore.validGrant > 100 ? 100 : 0;
    const WorldResult<TransferResult> done = world.transfer(token, recharge);
    QVERIFY2(done.ok(), qPrintable(done.error.message));
    QCOMPARE(done.value.bcId, demoBcId);
    QCOMPARE(done.value.advertiserId, id);
    const int kinds = recharge.grantAmount > 0 ? 2 : 1;
    QCOMPARE(done.value.transactions.size(), kinds);
    QCOMPARE(done.value.transactions.constFirst().transactionType, u"CASH"_s);
    QCOMPARE(done.value.transactions.constFirst().payeeAccountId, id);
    QCOMPARE(done.value.transactions.constFirst().remitterAccountId, demoBcId);

    const GeneratedBusinessCenter &bc = demoBc(world);
    QCOMPARE(bc.balance.validCash, bcBefore.validCash - 12345);
    QCOMPARE(bc.balance.validGrant, bcBefore.validGrant - recharge.grantAmount);
    QCOMPARE(world.findAdAccount(id)->balance.validCash, accountBefore.validCash + 12345);
    QCOMPARE(world.findAdAccount(id)->balance.validGrant,
             accountBefore.validGrant + recharge.grantAmount);
    QCOMPARE(totalMoney(world, demoBcId), moneyBefore);

    // Paired records on both sides.
    QCOMPARE(bc.transactions.size(), bcRecords + kinds);
    QCOMPARE(bc.accountTransactions.size(), accountRecords + kinds);
    const BcTransaction &bcSide = bc.transactions.at(bcRecords);
    const AccountTransaction &accountSide = bc.accountTransactions.at(accountRecords);
    QCOMPARE(bcSide.amount, -12345);
    QCOMPARE(accountSide.amount, 12345);
    QCOMPARE(bcSide.fundsType, u"FUNDS_TYPE_CASH"_s);
    QCOMPARE(accountSide.transferType, u"TRANS_TYPE_TRANSFER"_s);
    QCOMPARE(accountSide.transactionType, u"ADD_BALANCE"_s);
    QCOMPARE(bcSide.pairedTransactionId, accountSide.transactionId);
    QCOMPARE(accountSide.pairedTransactionId, bcSide.transactionId);
    QCOMPARE(bcSide.advertiserId, id);
    QCOMPARE(bcSide.time, world.nowSecs());
    QCOMPARE(done.value.transactions.constFirst().transactionId, accountSide.transactionId);

    // And back.
    TransferRequest refund = recharge;
    refund.transferType = u"REFUND"_s;
    QVERIFY(world.transfer(token, refund).ok());
    QCOMPARE(demoBc(world).balance.validCash, bcBefore.validCash);
    QCOMPARE(demoBc(world).balance.validGrant, bcBefore.validGrant);
    QCOMPARE(world.findAdAccount(id)->balance.validCash, accountBefore.validCash);
    QCOMPARE(world.findAdAccount(id)->balance.accountBalance(), accountBefore.accountBalance());
    QCOMPARE(totalMoney(world, demoBcId), moneyBefore);
    QCOMPARE(demoBc(world).transactions.constLast().amount, recharge.grantAmount > 0 ? 100 : 12345);
    QCOMPARE(demoBc(world).accountTransactions.constLast().transactionType, u"REFUND"_s);

    // Credit moves between the BC's line and an account's.
    const AdAccount *creditAccount = ownedAccount(
            demoBc(world), [](const AdAccount &a) { return a.billingType == u"CREDIT"_s; });
    QVERIFY(creditAccount);
    const Cents creditBefore = demoBc(world).balance.validCredit;
    TransferRequest credit;
    credit.bcId = demoBcId;
    credit.transferType = u"RECHARGE"_s;
    credit.advertiserId = creditAccount->advertiserId;
    credit.creditAmount = 5000;
    const WorldResult<TransferResult> creditDone = world.transfer(token, credit);
    QVERIFY2(creditDone.ok(), qPrintable(creditDone.error.message));
    QCOMPARE(creditDone.value.transactions.constFirst().transactionType, u"CREDIT"_s);
    QCOMPARE(demoBc(world).balance.validCredit, creditBefore - 5000);
    QCOMPARE(totalMoney(world, demoBcId), moneyBefore);
}

void TestEmulatorWorld::transferErrors_data()
{
    QTest::addColumn<QString>("transferType");
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("account"); // rich, poor, unknown, partner, none
    QTest::addColumn<qint64>("cash");
    QTest::addColumn<int>("code");
    QTest::newRow("more than the BC holds") << u"RECHARGE"_s << u"ADVERTISER"_s << u"rich"_s
                                            << qint64(-1) << ReturnCode::ParameterError;
    QTest::newRow("refund more than the account holds")
            << u"REFUND"_s << u"ADVERTISER"_s << u"poor"_s << qint64(100)
            << ReturnCode::ParameterError;
    QTest::newRow("below the minimum") << u"RECHARGE"_s << u"ADVERTISER"_s << u"rich"_s
                                       << qint64(50) << ReturnCode::ParameterError;
    QTest::newRow("zero") << u"RECHARGE"_s << u"ADVERTISER"_s << u"rich"_s << qint64(0)
                          << ReturnCode::ParameterError;
    QTest::newRow("negative") << u"RECHARGE"_s << u"ADVERTISER"_s << u"rich"_s << qint64(-5)
                              << ReturnCode::ParameterError;
    QTest::newRow("unknown account") << u"RECHARGE"_s << u"ADVERTISER"_s << u"unknown"_s
                                     << qint64(1000) << ReturnCode::ObjectNotFound;
    QTest::newRow("partner's account") << u"RECHARGE"_s << u"ADVERTISER"_s << u"partner"_s
                                       << qint64(1000) << ReturnCode::ParameterError;
    QTest::newRow("no account") << u"RECHARGE"_s << u"ADVERTISER"_s << u"none"_s << qint64(1000)
                                << ReturnCode::ParameterError;
    QTest::newRow("bad type") << u"WITHDRAW"_s << u"ADVERTISER"_s << u"rich"_s << qint64(1000)
                              << ReturnCode::ParameterError;
    QTest::newRow("bad level") << u"RECHARGE"_s << u"PORTFOLIO"_s << u"rich"_s << qint64(1000)
                               << ReturnCode::ParameterError;
}

void TestEmulatorWorld::transferErrors()
{
    QFETCH(QString, transferType);
    QFETCH(QString, level);
    QFETCH(QString, account);
    QFETCH(qint64, cash);
    QFETCH(int, code);
    World world = makeWorld(WorldSize::Demo);
    const GeneratedBusinessCenter &bc = demoBc(world);
    TransferRequest request;
    request.bcId = demoBcId;
    request.transferType = transferType;
    request.transferLevel = level;
    if (account == u"rich"_s)
        request.advertiserId =
                ownedAccount(bc, [](const AdAccount &) { return true; })->advertiserId;
    else if (account == u"poor"_s)
        request.advertiserId = ownedAccount(bc, [](const AdAccount &a) {
                                   return a.balance.validCash == 0;
                               })->advertiserId;
    else if (account == u"unknown"_s)
        request.advertiserId = u"7000000000000000000"_s;
    else if (account == u"partner"_s)
        request.advertiserId =
                std::find_if(bc.adAccounts.cbegin(), bc.adAccounts.cend(), [](const AdAccount &a) {
                    return a.relationType == u"OWNER_PARTNER"_s;
                })->advertiserId;
    request.cashAmount = cash == -1 ? bc.balance.validCash + 1 : cash;
    const Cents moneyBefore = totalMoney(world, demoBcId);
    const Cents bcCash = bc.balance.validCash;
    const qsizetype records = bc.transactions.size();
    const WorldResult<TransferResult> result = world.transfer(token, request);
    QCOMPARE(result.error.code, code);
    QVERIFY(!result.error.message.isEmpty());
    // Nothing moved, nothing recorded.
    QCOMPARE(totalMoney(world, demoBcId), moneyBefore);
    QCOMPARE(demoBc(world).balance.validCash, bcCash);
    QCOMPARE(demoBc(world).transactions.size(), records);
}

void TestEmulatorWorld::bcLevelTransferIsIdempotent()
{
    World world = makeWorld(WorldSize::Demo);
    QVERIFY(demoBc(world).monthlyInvoicing);
    const Cents before = demoBc(world).balance.validCredit;
    const qsizetype records = demoBc(world).transactions.size();

    TransferRequest request;
    request.bcId = demoBcId;
    request.transferType = u"RECHARGE"_s;
    request.transferLevel = u"BC"_s;
    request.creditAmount = 100000;
    request.requestId = u"1234567890123"_s;
    const WorldResult<TransferResult> first = world.transfer(token, request);
    QVERIFY2(first.ok(), qPrintable(first.error.message));
    QCOMPARE(demoBc(world).balance.validCredit, before + 100000);
    QCOMPARE(demoBc(world).transactions.size(), records + 1);
    QCOMPARE(demoBc(world).transactions.constLast().billingType, u"CREDIT"_s);
    QCOMPARE(demoBc(world).transactions.constLast().amount, 100000);

    // The same key again: the same answer, no money moved twice.
    const WorldResult<TransferResult> second = world.transfer(token, request);
    QVERIFY(second.ok());
    QCOMPARE(second.value.transactions.constFirst().transactionId,
             first.value.transactions.constFirst().transactionId);
    QCOMPARE(demoBc(world).balance.validCredit, before + 100000);
    QCOMPARE(demoBc(world).transactions.size(), records + 1);

    // A new key moves again; a refund beyond the credit fails.
    request.requestId = u"1234567890124"_s;
    request.transferType = u"REFUND"_s;
    QVERIFY(world.transfer(token, request).ok());
    QCOMPARE(demoBc(world).balance.validCredit, before);
    request.requestId = u"1234567890125"_s;
    request.creditAmount = before + 1;
    QCOMPARE(world.transfer(token, request).error.code, ReturnCode::ParameterError);
    request.requestId = u"not-a-number"_s;
    QCOMPARE(world.transfer(token, request).error.code, ReturnCode::ParameterError);

    // Only BCs on monthly invoicing have a credit line to move.
    for (const GeneratedBusinessCenter &bc : world.businessCenters()) {
        if (!bc.monthlyInvoicing && bc.financeRole == u"MANAGER"_s && bc.status == u"ENABLE"_s) {
            TransferRequest other = request;
            other.bcId = bc.bcId;
            other.requestId.clear();
            other.transferType = u"RECHARGE"_s;
            other.creditAmount = 100;
            QCOMPARE(world.transfer(token, other).error.code, ReturnCode::ParameterError);
            return;
        }
    }
}

void TestEmulatorWorld::billingGroupCreateAndUpdate()
{
    World world = makeWorld(WorldSize::Demo);
    const GeneratedBusinessCenter &bc = demoBc(world);
    const BillingGroup &primary = bc.billingGroups.constFirst();
    QVERIFY(primary.isPrimary);
    const QString primaryId = primary.billingGroupId;
    const QString a = primary.advertiserIds.at(0);
    const QString b = primary.advertiserIds.at(1);

    BillingGroupCreate create;
    create.bcId = demoBcId;
    create.billingGroupName = u"Clients 日本"_s;
    create.advertiserIds = {a, b};
    create.emails = {u"finance@example.org"_s};
    const WorldResult<QString> created = world.createBillingGroup(token, create);
    QVERIFY2(created.ok(), qPrintable(created.error.message));
    const BillingGroup *group = world.findBillingGroup(demoBcId, created.value);
    QCOMPARE(group->advertiserIds, (QStringList{a, b}));
    QCOMPARE(group->status, u"VALID"_s);
    QVERIFY(!group->isPrimary);
    QCOMPARE(world.billingGroupOf(demoBcId, a), created.value);
    QVERIFY(!world.findBillingGroup(demoBcId, primaryId)->advertiserIds.contains(a));

    BillingGroupUpdate update;
    update.bcId = demoBcId;
    update.billingGroupId = created.value;
    update.name = u"Clients Japan"_s;
    update.emails = QStringList{u"a@example.org"_s, u"b@example.org"_s};
    update.deleteAdvertiserIds = {b};
    QVERIFY(world.updateBillingGroup(token, update).ok());
    group = world.findBillingGroup(demoBcId, created.value);
    QCOMPARE(group->billingGroupName, u"Clients Japan"_s);
    QCOMPARE(group->emails.size(), 2);
    QCOMPARE(group->advertiserIds, QStringList{a});
    QCOMPARE(world.billingGroupOf(demoBcId, b), primaryId); // back to the primary group

    // Making it primary takes that from the old one.
    BillingGroupUpdate makePrimary;
    makePrimary.bcId = demoBcId;
    makePrimary.billingGroupId = created.value;
    makePrimary.isPrimary = true;
    QVERIFY(world.updateBillingGroup(token, makePrimary).ok());
    QVERIFY(world.findBillingGroup(demoBcId, created.value)->isPrimary);
    QVERIFY(!world.findBillingGroup(demoBcId, primaryId)->isPrimary);

    // Errors.
    makePrimary.isPrimary = false;
    QCOMPARE(world.updateBillingGroup(token, makePrimary).code, ReturnCode::ParameterError);
    BillingGroupUpdate unknown;
    unknown.bcId = demoBcId;
    unknown.billingGroupId = u"7000000000000000000"_s;
    QCOMPARE(world.updateBillingGroup(token, unknown).code, ReturnCode::ObjectNotFound);
    BillingGroupUpdate notMember;
    notMember.bcId = demoBcId;
    notMember.billingGroupId = primaryId;
    notMember.deleteAdvertiserIds = {a};
    QCOMPARE(world.updateBillingGroup(token, notMember).code, ReturnCode::ObjectNotFound);
    create.billingGroupName = QString(101, u'x');
    QCOMPARE(world.createBillingGroup(token, create).error.code, ReturnCode::ParameterError);
    create.billingGroupName = u"ok"_s;
    create.advertiserIds.clear();
    QCOMPARE(world.createBillingGroup(token, create).error.code, ReturnCode::ParameterError);
    create.advertiserIds = {u"7000000000000000000"_s};
    QCOMPARE(world.createBillingGroup(token, create).error.code, ReturnCode::ObjectNotFound);
    create.advertiserIds = {a};
    create.emails = {u"not-an-email"_s};
    QCOMPARE(world.createBillingGroup(token, create).error.code, ReturnCode::ParameterError);
}

void TestEmulatorWorld::invoiceTaskStatusFollowsTheClock()
{
    World world = makeWorld(WorldSize::Demo);
    const QString invoiceId = demoBc(world).invoices.constFirst().invoiceId;
    const WorldResult<QString> created = world.createInvoiceTask(
            token, demoBcId, u"INVOICE_BATCH"_s, invoiceId, {{u"pay_statuses"_s, u"PAID"_s}});
    QVERIFY(created.ok());
    const auto task = [&] { return world.findInvoiceTask(demoBcId, created.value); };
    const qint64 start = world.nowSecs();
    QCOMPARE(task()->statusAt(world.nowSecs()), u"CREATED"_s);
    QVERIFY(task()->downloadUrlAt(world.nowSecs()).isEmpty());
    QCOMPARE(task()->updateTimeAt(world.nowSecs()), start);
    world.advanceClock(2);
    QCOMPARE(task()->statusAt(world.nowSecs()), u"RUNNING"_s);
    QCOMPARE(task()->updateTimeAt(world.nowSecs()), start + 2);
    world.advanceClock(3);
    QCOMPARE(task()->statusAt(world.nowSecs()), u"SUCCEED"_s);
    QVERIFY(task()->downloadUrlAt(world.nowSecs()).contains(created.value));
    QCOMPARE(task()->filtering.value(u"pay_statuses"_s).toString(), u"PAID"_s);

    // Generated tasks are old: finished; one of them failed.
    const QList<InvoiceTask> &tasks = demoBc(world).invoiceTasks;
    QVERIFY(std::any_of(tasks.cbegin(), tasks.cend(), [&](const InvoiceTask &t) {
        return t.statusAt(world.nowSecs()) == u"FAILED"_s && !t.errorMessage.isEmpty();
    }));

    QCOMPARE(world.createInvoiceTask(token, demoBcId, u"PDF"_s, {}, {}).error.code,
             ReturnCode::ParameterError);
    QCOMPARE(world.createInvoiceTask(token, demoBcId, u"INVOICE_BATCH"_s, u"7000000000000000000"_s,
                                     {})
                     .error.code,
             ReturnCode::ObjectNotFound);
}

void TestEmulatorWorld::dailyCostsAreDerivedAndConsistent()
{
    World world = makeWorld(WorldSize::Demo);
    const AdAccount *account = ownedAccount(
            demoBc(world), [](const AdAccount &a) { return a.delivering && a.dailySpend > 0; });
    QVERIFY(account);
    const qint64 today = WorldTime::dayOf(world.nowSecs());
    const qint64 created = WorldTime::dayOf(account->createTime);
    QCOMPARE(world.dailyCost(*account, created - 1).amount(), 0);
    QCOMPARE(world.dailyCost(*account, today + 1).amount(), 0);
    DailyCost sum;
    int spendingDays = 0;
    for (qint64 day = today - 29; day <= today; ++day) {
        const DailyCost cost = world.dailyCost(*account, day);
        QCOMPARE(cost.amount(), cost.cashAmount + cost.grantAmount + cost.taxAmount);
        QVERIFY(cost.cashAmount >= 0 && cost.grantAmount >= 0 && cost.taxAmount >= 0);
        spendingDays += day >= created && cost.amount() > 0;
        sum += cost;
    }
    if (today - created >= 29)
        QVERIFY(spendingDays > 10);
    const DailyCost range = world.costBetween(*account, (today - 29) * WorldTime::secondsPerDay,
                                              today * WorldTime::secondsPerDay);
    QCOMPARE(range.amount(), sum.amount());
    // Deterministic: another world of the same seed says the same.
    const World twin = makeWorld(WorldSize::Demo);
    QCOMPARE(twin.dailyCost(*twin.findAdAccount(account->advertiserId), today - 3).amount(),
             world.dailyCost(*account, today - 3).amount());
}

void TestEmulatorWorld::unpaidAmountAndBindQuota()
{
    const World world = makeWorld(WorldSize::Demo);
    const GeneratedBusinessCenter &bc = demoBc(world);
    Cents expected = 0;
    for (const Invoice &invoice : bc.invoices) {
        if (invoice.invoiceType == u"RECON"_s && invoice.status != u"DELETED"_s)
            expected += invoice.unpaidAmount;
    }
    QVERIFY(expected > 0);
    QCOMPARE(world.unpaidAmount(demoBcId, u"RECON"_s), expected);
    const BindQuota quota = world.bindQuota(demoBcId, u"ADVERTISER"_s);
    QCOMPARE(quota.usedQuota, bc.adAccounts.size());
    QVERIFY(quota.availableQuota() > 0);
    QCOMPARE(quota.availableQuota(), quota.totalQuota - quota.usedQuota);
    QCOMPARE(world.bindQuota(demoBcId, u"PIXEL"_s).usedQuota, 4);
}

// ---- Ad accounts --------------------------------------------------------------------------------

void TestEmulatorWorld::createAdvertiser()
{
    World world = makeWorld(WorldSize::Demo);
    const QString image = demoBc(world).images.constFirst().imageId;
    AdvertiserCreateRequest request;
    request.bcId = demoBcId;
    request.name = u"Ñandú · Nuevo 🚀"_s;
    request.currency = u"EUR"_s;
    request.company = u"Ñandú S.A."_s;
    request.promotionLink = u"https://nandu.example/"_s;
    request.contactEmail = u"ventas@nandu.example"_s;
    request.licenseImageId = image;
    const qsizetype before = demoBc(world).adAccounts.size();
    const WorldResult<QString> created = world.createAdvertiser(token, request);
    QVERIFY2(created.ok(), qPrintable(created.error.message));
    QCOMPARE(demoBc(world).adAccounts.size(), before + 1);
    const AdAccount *account = world.findAdAccount(created.value);
    QVERIFY(account);
    QCOMPARE(world.businessCenterOfAdAccount(created.value)->bcId, demoBcId);
    QCOMPARE(account->name, request.name);
    QCOMPARE(account->currency, u"EUR"_s);
    QCOMPARE(account->ownerBcId, demoBcId);
    QCOMPARE(account->relationType, u"OWNER_BC"_s);
    QCOMPARE(account->status, u"STATUS_PENDING_CONFIRM"_s);
    QCOMPARE(account->balance.accountBalance(), 0);
    QCOMPARE(account->createTime, world.nowSecs());
    QCOMPARE(world.billingGroupOf(demoBcId, created.value),
             demoBc(world).billingGroups.constFirst().billingGroupId);
    QCOMPARE(world.advertiserRole(world.signedInUser().userId, created.value), u"ADMIN"_s);
    QVERIFY(RoughEdges::idAsNumber(created.value) == created.value.endsWith(u'3'));
}

void TestEmulatorWorld::createAdvertiserErrors_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("promotionLink");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("imageId");
    QTest::addColumn<int>("code");
    QTest::newRow("currency of another BC")
            << u"A"_s << u"USD"_s << u"https://a.example/"_s << u"AUCTION"_s << QString()
            << ReturnCode::ParameterError;
    QTest::newRow("agency without link") << u"A"_s << u"EUR"_s << QString() << u"AUCTION"_s
                                         << QString() << ReturnCode::ParameterError;
    QTest::newRow("empty name") << QString() << u"EUR"_s << u"https://a.example/"_s << u"AUCTION"_s
                                << QString() << ReturnCode::ParameterError;
    QTest::newRow("name too long") << QString(101, u'n') << u"EUR"_s << u"https://a.example/"_s
                                   << u"AUCTION"_s << QString() << ReturnCode::ParameterError;
    QTest::newRow("bad type") << u"A"_s << u"EUR"_s << u"https://a.example/"_s << u"CPM"_s
                              << QString() << ReturnCode::ParameterError;
    QTest::newRow("unknown image") << u"A"_s << u"EUR"_s << u"https://a.example/"_s << u"AUCTION"_s
                                   << u"7000000000000000000"_s << ReturnCode::ObjectNotFound;
}

void TestEmulatorWorld::createAdvertiserErrors()
{
    QFETCH(QString, name);
    QFETCH(QString, currency);
    QFETCH(QString, promotionLink);
    QFETCH(QString, type);
    QFETCH(QString, imageId);
    QFETCH(int, code);
    World world = makeWorld(WorldSize::Demo);
    AdvertiserCreateRequest request;
    request.bcId = demoBcId;
    request.name = name;
    request.currency = currency;
    request.promotionLink = promotionLink;
    request.type = type;
    request.licenseImageId = imageId;
    const qsizetype before = demoBc(world).adAccounts.size();
    QCOMPARE(world.createAdvertiser(token, request).error.code, code);
    QCOMPARE(demoBc(world).adAccounts.size(), before);
}

void TestEmulatorWorld::updateAdvertiser()
{
    World world = makeWorld(WorldSize::Demo);
    const AdAccount *fixed =
            ownedAccount(demoBc(world), [](const AdAccount &a) { return !a.companyNameEditable; });
    const AdAccount *editable =
            ownedAccount(demoBc(world), [](const AdAccount &a) { return a.companyNameEditable; });
    QVERIFY(fixed && editable);
    const QString fixedId = fixed->advertiserId;
    const QString editableId = editable->advertiserId;

    AdvertiserUpdateRequest request;
    request.advertiserId = fixedId;
    request.advertiserName = u"Renamed · 東京"_s;
    request.contactName = u"Łukasz"_s;
    request.address = u"Friedrichstraße 1, DE"_s;
    const WorldResult<AdvertiserUpdateOutcome> renamed = world.updateAdvertiser(token, request);
    QVERIFY(renamed.ok());
    QCOMPARE(renamed.value.status, u"SUCCESS"_s);
    QCOMPARE(world.findAdAccount(fixedId)->name, u"Renamed · 東京"_s);
    QCOMPARE(world.findAdAccount(fixedId)->contactName, u"Łukasz"_s);

    // The company only where company_name_editable says so: a FAILED item, not an error.
    AdvertiserUpdateRequest company;
    company.advertiserId = fixedId;
    company.company = u"Other GmbH"_s;
    const WorldResult<AdvertiserUpdateOutcome> refused = world.updateAdvertiser(token, company);
    QVERIFY(refused.ok());
    QCOMPARE(refused.value.status, u"FAILED"_s);
    QVERIFY(!refused.value.errorMessage.isEmpty());
    QVERIFY(world.findAdAccount(fixedId)->company != u"Other GmbH"_s);
    company.advertiserId = editableId;
    QCOMPARE(world.updateAdvertiser(token, company).value.status, u"SUCCESS"_s);
    QCOMPARE(world.findAdAccount(editableId)->company, u"Other GmbH"_s);

    AdvertiserUpdateRequest bad;
    bad.advertiserId = fixedId;
    bad.contactEmail = u"nope"_s;
    QCOMPARE(world.updateAdvertiser(token, bad).error.code, ReturnCode::ParameterError);
    bad.advertiserId = u"7000000000000000000"_s;
    QCOMPARE(world.updateAdvertiser(token, bad).error.code, ReturnCode::NoPermission);
}

void TestEmulatorWorld::budgetUpdatesLogChanges()
{
    World world = makeWorld(WorldSize::Demo);
    const AdAccount *account = ownedAccount(demoBc(world), [&](const AdAccount &a) {
        return a.budgetMode == u"UNLIMITED"_s && world.budgetChangesUsedToday(a) == 0;
    });
    QVERIFY(account);
    const QString id = account->advertiserId;
    const Cents minimum = account->minimumBudget;
    const qsizetype logged = account->budgetChangelog.size();

    BudgetUpdateRequest request;
    request.bcId = demoBcId;
    request.changes = {{id, u"DAILY_BUDGET"_s, minimum * 2}};
    WorldResult<QList<AdvertiserUpdateOutcome>> result = world.updateBudgets(token, request);
    QVERIFY(result.ok());
    QCOMPARE(result.value.constFirst().status, u"SUCCESS"_s);
    const auto last = [&] { return world.findAdAccount(id)->budgetChangelog.constLast(); };
    QCOMPARE(world.findAdAccount(id)->budgetChangelog.size(), logged + 1);
    QCOMPARE(last().activityType, u"BUDGET_MODE_UPDATE"_s);
    QCOMPARE(last().previousBudgetMode, u"UNLIMITED"_s);
    QCOMPARE(last().currentBudget, minimum * 2);
    QCOMPARE(last().operatorId, world.signedInUser().userId);
    QCOMPARE(last().operationTime, world.nowSecs());
    QCOMPARE(world.budgetChangesUsedToday(*world.findAdAccount(id)), 1);

    request.changes = {{id, {}, minimum * 3}};
    QVERIFY(world.updateBudgets(token, request).ok());
    QCOMPARE(last().activityType, u"INCREASE_BUDGET"_s);

    request.updateType = u"INCREMENTAL_UPDATE"_s;
    request.changes = {{id, {}, -minimum}};
    QVERIFY(world.updateBudgets(token, request).ok());
    QCOMPARE(last().activityType, u"DECREASE_BUDGET"_s);
    QCOMPARE(world.findAdAccount(id)->budget, minimum * 2);

    request.updateType = u"ONE_CLICK_SET"_s;
    request.changes = {{id, {}, 0}};
    result = world.updateBudgets(token, request);
    const Cents expected = world.findAdAccount(id)->budgetCost
                           + world.findAdAccount(id)->balance.validAccountBalance();
    if (expected >= minimum) {
        QCOMPARE(result.value.constFirst().status, u"SUCCESS"_s);
        QCOMPARE(result.value.constFirst().oneClickSetAmount, std::optional<Cents>(expected));
        QCOMPARE(world.findAdAccount(id)->budget, expected);
    }

    request.updateType = u"UPDATE"_s;
    request.changes = {{id, u"UNLIMITED"_s, 0}};
    QVERIFY(world.updateBudgets(token, request).ok());
    QCOMPARE(last().activityType, u"REMOVE_BUDGET"_s);
    QCOMPARE(world.findAdAccount(id)->budget, 0);

    // Per-item failures, and call-level errors.
    request.changes = {{id, u"DAILY_BUDGET"_s, minimum - 1},
                       {u"7000000000000000000"_s, u"DAILY_BUDGET"_s, minimum}};
    result = world.updateBudgets(token, request);
    QVERIFY(result.ok());
    QCOMPARE(result.value.size(), 2);
    QCOMPARE(result.value.at(0).status, u"FAILED"_s);
    QCOMPARE(result.value.at(1).status, u"FAILED"_s);
    request.updateType = u"INCREMENTAL_UPDATE"_s;
    QCOMPARE(world.updateBudgets(token, request).error.code, ReturnCode::ParameterError); // 2 items
    request.updateType = u"DOUBLE"_s;
    QCOMPARE(world.updateBudgets(token, request).error.code, ReturnCode::ParameterError);
}

void TestEmulatorWorld::budgetChangesAreLimitedPerDay()
{
    World world = makeWorld(WorldSize::Demo);
    const AdAccount *account = ownedAccount(demoBc(world), [&](const AdAccount &a) {
        return world.budgetChangesUsedToday(a) == 0;
    });
    const QString id = account->advertiserId;
    const Cents minimum = account->minimumBudget;
    BudgetUpdateRequest request;
    request.bcId = demoBcId;
    for (int i = 0; i < World::budgetChangesPerDay(); ++i) {
        request.changes = {{id, u"DAILY_BUDGET"_s, minimum + i + 1}};
        QCOMPARE(world.updateBudgets(token, request).value.constFirst().status, u"SUCCESS"_s);
    }
    request.changes = {{id, u"DAILY_BUDGET"_s, minimum * 5}};
    const WorldResult<QList<AdvertiserUpdateOutcome>> refused = world.updateBudgets(token, request);
    QCOMPARE(refused.value.constFirst().status, u"FAILED"_s);
    QVERIFY(refused.value.constFirst().errorMessage.contains(u"10"_s));
    // A new UTC day resets the count.
    world.advanceClock(WorldTime::secondsPerDay);
    QCOMPARE(world.updateBudgets(token, request).value.constFirst().status, u"SUCCESS"_s);
}

void TestEmulatorWorld::disableMovesTheBalanceBack()
{
    World world = makeWorld(WorldSize::Demo);
    const AdAccount *account = ownedAccount(demoBc(world), [](const AdAccount &a) {
        return !a.delivering && !a.unpaidBill && !a.autopayUnbilled
               && a.balance.frozenBalance() == 0 && a.status == u"STATUS_ENABLE"_s
               && a.balance.validCash > 0;
    });
    QVERIFY(account);
    const QString id = account->advertiserId;
    const Balance accountBefore = account->balance;
    const Balance bcBefore = demoBc(world).balance;
    const Cents moneyBefore = totalMoney(world, demoBcId);
    const qsizetype records = demoBc(world).transactions.size();

    const WorldResult<DisableResult> result = world.disableAdvertisers(token, demoBcId, {id});
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(result.value.disabledAdvertiserIds, QStringList{id});
    QVERIFY(result.value.failedInfos.isEmpty());
    const AdAccount *after = world.findAdAccount(id);
    QVERIFY(after->disabled);
    QCOMPARE(after->status, u"STATUS_DISABLE"_s);
    QCOMPARE(after->balance.accountBalance(), 0);
    QCOMPARE(after->balance.creditBalance(), 0);
    QCOMPARE(demoBc(world).balance.validCash,
             bcBefore.validCash + accountBefore.validCash + accountBefore.cashTax);
    QCOMPARE(demoBc(world).balance.validGrant, bcBefore.validGrant + accountBefore.validGrant);
    QCOMPARE(demoBc(world).balance.validCredit, bcBefore.validCredit + accountBefore.validCredit);
    QCOMPARE(totalMoney(world, demoBcId), moneyBefore);
    // One refund record per funds type that had money.
    const qsizetype kinds = (accountBefore.validCash + accountBefore.cashTax > 0)
                            + (accountBefore.validGrant > 0) + (accountBefore.validCredit > 0);
    QCOMPARE(demoBc(world).transactions.size(), records + kinds);
    QVERIFY(demoBc(world).transactions.constLast().amount > 0);
    QCOMPARE(demoBc(world).accountTransactions.constLast().transactionType, u"REFUND"_s);

    // Disabled accounts take no transfers and cost nothing after today.
    TransferRequest recharge;
    recharge.bcId = demoBcId;
    recharge.transferType = u"RECHARGE"_s;
    recharge.advertiserId = id;
    recharge.cashAmount = 1000;
    QCOMPARE(world.transfer(token, recharge).error.code, ReturnCode::ParameterError);
    QCOMPARE(world.dailyCost(*after, WorldTime::dayOf(world.nowSecs()) + 1).amount(), 0);
    // Disabling again moves nothing.
    QVERIFY(world.disableAdvertisers(token, demoBcId, {id}).ok());
    QCOMPARE(totalMoney(world, demoBcId), moneyBefore);
    QCOMPARE(demoBc(world).transactions.size(), records + kinds);
}

void TestEmulatorWorld::disableRefusesWithReasons()
{
    World world = makeWorld(WorldSize::Demo);
    const GeneratedBusinessCenter &bc = demoBc(world);
    const AdAccount *delivering = ownedAccount(bc, [](const AdAccount &a) { return a.delivering; });
    QVERIFY(delivering);
    const QString id = delivering->advertiserId;
    const Balance before = delivering->balance;
    const WorldResult<DisableResult> result = world.disableAdvertisers(token, demoBcId, {id});
    QVERIFY(result.ok());
    QVERIFY(result.value.disabledAdvertiserIds.isEmpty());
    QCOMPARE(result.value.failedInfos.value(id), u"DELIVERING"_s);
    QVERIFY(!world.findAdAccount(id)->disabled);
    QCOMPARE(world.findAdAccount(id)->balance.accountBalance(), before.accountBalance());

    const AdAccount *unpaid =
            ownedAccount(bc, [](const AdAccount &a) { return !a.delivering && a.unpaidBill; });
    if (unpaid) {
        QCOMPARE(world.disableAdvertisers(token, demoBcId, {unpaid->advertiserId})
                         .value.failedInfos.value(unpaid->advertiserId),
                 u"UNPAID_BILL"_s);
    }
    const AdAccount *frozen = ownedAccount(bc, [](const AdAccount &a) {
        return !a.delivering && !a.unpaidBill && a.status == u"STATUS_ENABLE"_s
               && a.balance.frozenBalance() > 0;
    });
    if (frozen) {
        QCOMPARE(world.disableAdvertisers(token, demoBcId, {frozen->advertiserId})
                         .value.failedInfos.value(frozen->advertiserId),
                 u"UNFINISHED_TRANSFER"_s);
    }
    QVERIFY(unpaid || frozen);
    QCOMPARE(world.disableAdvertisers(token, demoBcId, {}).error.code, ReturnCode::ParameterError);
    QCOMPARE(world.disableAdvertisers(token, demoBcId, {id, id}).error.code,
             ReturnCode::ParameterError);
    QCOMPARE(world.disableAdvertisers(token, demoBcId, {u"7000000000000000000"_s}).error.code,
             ReturnCode::ObjectNotFound);
}

void TestEmulatorWorld::termsAndPangleLists()
{
    World world = makeWorld(WorldSize::Demo);
    const AdAccount *account = ownedAccount(demoBc(world), [](const AdAccount &a) {
        return !a.confirmedTerms.contains(u"LeadAds"_s) && a.pangleBlockList.apps.isEmpty();
    });
    QVERIFY(account);
    const QString id = account->advertiserId;
    QVERIFY(!world.isTermConfirmed(id, u"LeadAds"_s));
    QVERIFY(world.confirmTerm(token, id, u"LeadAds"_s).ok());
    QVERIFY(world.isTermConfirmed(id, u"LeadAds"_s));
    QVERIFY(world.confirmTerm(token, id, u"LeadAds"_s).ok()); // confirming twice is fine
    QCOMPARE(world.findAdAccount(id)->confirmedTerms.count(u"LeadAds"_s), 1);
    QCOMPARE(world.confirmTerm(token, id, u"Cookies"_s).code, ReturnCode::ParameterError);
    QCOMPARE(world.confirmTerm(token, u"7000000000000000000"_s, u"LeadAds"_s).code,
             ReturnCode::NoPermission);
    QVERIFY(World::termText(u"Pixel"_s, u"JA"_s).constFirst().contains(u"利用規約"_s));
    QVERIFY(World::termText(u"Nope"_s, u"EN"_s).isEmpty());

    WorldResult<int> added = world.updatePangleBlockList(
            token, id, {u"1234567890"_s, u"com.example.game"_s, u"com.example.game"_s}, {}, false);
    QVERIFY(added.ok());
    QCOMPARE(added.value, 2);
    const PangleBlockList list = world.findAdAccount(id)->pangleBlockList;
    QCOMPARE(list.apps, (QStringList{u"1234567890"_s, u"com.example.game"_s}));
    QVERIFY(!list.appPackageId.isEmpty());
    QCOMPARE(list.modifyTime, world.nowSecs());
    added = world.updatePangleBlockList(token, id, {u"com.example.news"_s}, {u"1234567890"_s},
                                        false);
    QCOMPARE(added.value, 1);
    QCOMPARE(world.findAdAccount(id)->pangleBlockList.apps,
             (QStringList{u"com.example.game"_s, u"com.example.news"_s}));
    added = world.updatePangleBlockList(token, id, {u"987654321"_s}, {}, true);
    QCOMPARE(world.findAdAccount(id)->pangleBlockList.apps, QStringList{u"987654321"_s});
    QCOMPARE(world.findAdAccount(id)->pangleBlockList.appPackageId, list.appPackageId);
    QCOMPARE(world.updatePangleBlockList(token, id, {u"not an app"_s}, {}, false).error.code,
             ReturnCode::ParameterError);

    // Campaign lists are separate.
    QVERIFY(world.updatePangleBlockList(token, id, {u"com.example.x"_s}, {}, false,
                                        u"1790000000000000001"_s)
                    .ok());
    QCOMPARE(world.findAdAccount(id)->campaignPangleBlockLists.value(u"1790000000000000001"_s).apps,
             QStringList{u"com.example.x"_s});
    QCOMPARE(world.findAdAccount(id)->pangleBlockList.apps, QStringList{u"987654321"_s});
    QCOMPARE(world.updatePangleBlockList(token, id, {}, {}, false, u"abc"_s).error.code,
             ReturnCode::ParameterError);
}

void TestEmulatorWorld::imageUpload_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QByteArray jpeg("\xFF\xD8\xFF\xE0\x00\x04\x00\x00\xFF\xC0\x00\x11\x08\x01\xE0\x02\x80\x03", 18);
    jpeg.append(QByteArray(32, '\0'));
    QTest::newRow("png") << pngHeader(640, 480) << ReturnCode::Ok << u"PNG"_s << 640 << 480;
    QTest::newRow("jpeg") << jpeg << ReturnCode::Ok << u"JPEG"_s << 640 << 480;
    QTest::newRow("gif") << QByteArray("GIF89a....") << ReturnCode::ParameterError << QString() << 0
                         << 0;
    QTest::newRow("empty") << QByteArray() << ReturnCode::ParameterError << QString() << 0 << 0;
    QByteArray huge = pngHeader(1, 1);
    huge.append(QByteArray(10 * 1024 * 1024, 'x'));
    QTest::newRow("over 10 MB") << huge << ReturnCode::ParameterError << QString() << 0 << 0;
}

void TestEmulatorWorld::imageUpload()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, code);
    QFETCH(QString, format);
    QFETCH(int, width);
    QFETCH(int, height);
    World world = makeWorld(WorldSize::Small);
    const QString bcId = world.businessCenters().constFirst().bcId;
    const qsizetype before = world.findBusinessCenter(bcId)->images.size();
    const WorldResult<UploadedImage> result = world.uploadImage(token, bcId, u"scan.img"_s, bytes);
    QCOMPARE(result.error.code, code);
    if (code != ReturnCode::Ok) {
        QCOMPARE(world.findBusinessCenter(bcId)->images.size(), before);
        return;
    }
    QCOMPARE(result.value.format, format);
    QCOMPARE(result.value.width, width);
    QCOMPARE(result.value.height, height);
    QCOMPARE(result.value.sizeBytes, bytes.size());
    QCOMPARE(result.value.signature,
             QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex()));
    QVERIFY(result.value.imageUrl.contains(result.value.imageId));
    QCOMPARE(world.findImage(bcId, result.value.imageId)->fileName, u"scan.img"_s);
}

void TestEmulatorWorld::unionPay()
{
    World world = makeWorld(WorldSize::Demo);
    const QString id = demoBc(world).adAccounts.constFirst().advertiserId;
    UnionPaySubmission submission;
    submission.advertiserId = id;
    submission.representativeName = u"王芳"_s;
    submission.representativeDocumentType = u"ID_CARD"_s;
    submission.representativeId = u"110101199003071234"_s;
    submission.unionpayAccount = u"6222021234567890123"_s;
    submission.representativePhoneNumber = u"13800138000"_s;
    QVERIFY(world.submitUnionPay(token, demoBcId, submission).ok());
    QCOMPARE(demoBc(world).unionPaySubmissions.size(), 1);
    QCOMPARE(demoBc(world).unionPaySubmissions.constFirst().submitTime, world.nowSecs());
    QVERIFY(world.submitUnionPay(token, demoBcId, submission).ok()); // replaces, not adds
    QCOMPARE(demoBc(world).unionPaySubmissions.size(), 1);

    UnionPaySubmission bad = submission;
    bad.unionpayAccount = u"12345"_s;
    QCOMPARE(world.submitUnionPay(token, demoBcId, bad).code, ReturnCode::ParameterError);
    bad = submission;
    bad.representativePhoneNumber = u"+8613800138000"_s;
    QCOMPARE(world.submitUnionPay(token, demoBcId, bad).code, ReturnCode::ParameterError);
    bad = submission;
    bad.representativeDocumentType = u"DRIVING_LICENCE"_s;
    QCOMPARE(world.submitUnionPay(token, demoBcId, bad).code, ReturnCode::ParameterError);
    bad = submission;
    bad.advertiserId = u"7000000000000000000"_s;
    QCOMPARE(world.submitUnionPay(token, demoBcId, bad).code, ReturnCode::ObjectNotFound);

    QVERIFY(!World::unionPayVerificationRequired(
            u"91440300MA5FZZZZ1Z"_s)); // I, O, S, V, Z are not used
    QVERIFY(World::unionPayVerificationRequired(u"91440300MA5F12345K"_s));
    QVERIFY(!World::unionPayVerificationRequired(u"HRB 123456"_s));
    // Generated mainland-China accounts carry such licences.
    bool chinese = false;
    for (const GeneratedBusinessCenter &bc : world.businessCenters()) {
        for (const AdAccount &a : bc.adAccounts) {
            if (a.country == u"CN"_s && !a.licenseNo.isEmpty()) {
                chinese = true;
                QVERIFY2(World::unionPayVerificationRequired(a.licenseNo), qPrintable(a.licenseNo));
            }
        }
    }
    QVERIFY(chinese);
}

QTEST_GUILESS_MAIN(TestEmulatorWorld)
#include "tst_emulatorworld.moc"
