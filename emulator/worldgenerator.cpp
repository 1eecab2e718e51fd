#include "worldgenerator.h"

#include "world/businesscentergenerator.h"
#include "world/contentplan.h"
#include "world/namepools.h"
#include "world/seededrandom.h"
#include "world/worldclock.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc::emulator {

namespace {

using NamePools::Company;

// The first BC is the same in every world: the demo and the user guide show it.
GeneratedBusinessCenter demoBusinessCenter()
{
    GeneratedBusinessCenter bc;
    bc.bcId = u"7093123456789012345"_s;
    bc.name = u"Acme Agency EU"_s;
    bc.company = u"Acme Agency Europe GmbH"_s;
    bc.currency = u"EUR"_s;
    bc.registeredArea = u"DE"_s;
    bc.status = u"ENABLE"_s;
    bc.timezone = u"Europe/Berlin"_s;
    bc.type = u"AGENCY"_s;
    bc.verificationStatus = u"VERIFIED"_s;
    bc.organizationType = u"ENTERPRISE"_s;
    bc.userRole = u"ADMIN"_s;
    bc.financeRole = u"MANAGER"_s;
    bc.bindingStatus = u"BOUND"_s;
    bc.tags = {u"demo"_s};
    return bc;
}

// The same draws as the first emulator made, so a seed keeps giving the same BC ids and names.
QString uniqueId(SeededRandom &random, IdAllocator &ids)
{
    QString id;
    do {
        id = u'7' + random.digits(18);
    } while (!ids.reserve(id));
    return id;
}

// The demo BC's company, as content is generated for it.
Company demoCompany()
{
    return {u"Acme Agency EU"_s,
            u"Acme Agency Europe GmbH"_s,
            u"DE"_s,
            u"EUR"_s,
            u"Europe/Berlin"_s,
            u"Etc/GMT-1"_s};
}

// Draws companies of one script without repeats until all were used; then starts over with
// numbered names ("Rocket Media 2"), as real users name a second BC of the same company.
class CompanyDeck
{
public:
    explicit CompanyDeck(QList<Company> companies)
        : m_companies(std::move(companies))
    { }

    // The company and the round it was drawn in (1 for the first time through the deck).
    std::pair<const Company *, int> draw(SeededRandom &random)
    {
        if (m_remaining.isEmpty()) {
            ++m_round;
            for (qsizetype i = 0; i < m_companies.size(); ++i)
                m_remaining.append(i);
        }
        const auto slot =
                static_cast<qsizetype>(random.bounded(static_cast<quint64>(m_remaining.size())));
        const qsizetype index = m_remaining.takeAt(slot);
        return {&m_companies.at(index), m_round};
    }

private:
    QList<Company> m_companies;
    QList<qsizetype> m_remaining;
    int m_round = 0;
};

GeneratedBusinessCenter randomBusinessCenter(SeededRandom &random, int index,
                                             QList<CompanyDeck> &decks, IdAllocator &ids,
                                             Company *home)
{
    // Cycle the scripts by index so even a small world shows all of them.
    const auto [companyPointer, round] = decks[(index - 1) % decks.size()].draw(random);
    const Company &company = *companyPointer;
    *home = company;

    GeneratedBusinessCenter bc;
    bc.bcId = uniqueId(random, ids);
    bc.utcOffsetMinutes = NamePools::utcOffsetMinutes(company.etcTimezone);
    bc.name = round == 1 ? company.name : company.name + u' ' + QString::number(round);
    bc.company = company.legalName;
    bc.registeredArea = company.area;
    // Agencies often bill cross-border BCs in dollars.
    bc.currency = random.chance(15) ? u"USD"_s : company.currency;
    bc.timezone = random.chance(25) ? company.etcTimezone : company.timezone;
    bc.status = random.weighted(
            {{u"ENABLE"_s, 82}, {u"REVIEWING"_s, 12}, {u"DENY"_s, 3}, {u"PUNISH"_s, 3}});
    bc.type = random.weighted({{u"AGENCY"_s, 30},
                               {u"NORMAL"_s, 25},
                               {u"SELF_SERVICE"_s, 20},
                               {u"SELF_SERVICE_AGENCY"_s, 15},
                               {u"DIRECT"_s, 10}});
    if (bc.status == u"REVIEWING"_s) {
        bc.verificationStatus = random.chance(50) ? u"REVIEWING"_s : u"NOT_SUBMITTED"_s;
    } else {
        bc.verificationStatus = random.weighted({{u"VERIFIED"_s, 70},
                                                 {u"NOT_SUBMITTED"_s, 12},
                                                 {u"REVIEWING"_s, 8},
                                                 {u"FAILED"_s, 5},
                                                 {u"EXPIRED"_s, 5}});
    }
    bc.organizationType = random.weighted(
            {{u"ENTERPRISE"_s, 85}, {u"INDIVIDUAL"_s, 5}, {QString(), 10}}); // absent
    bc.userRole = random.chance(55) ? u"ADMIN"_s : u"STANDARD"_s;
    if (bc.userRole == u"ADMIN"_s) {
        bc.financeRole = random.weighted({{u"MANAGER"_s, 60}, {u"ANALYST"_s, 20}, {QString(), 20}});
    } else {
        bc.financeRole = random.weighted({{u"ANALYST"_s, 35}, {u"MANAGER"_s, 10}, {QString(), 55}});
    }
    bc.bindingStatus = random.chance(70) ? u"BOUND"_s : QString();

    static const QStringList tagPool = {u"vip"_s,  u"retail"_s,   u"gaming"_s, u"apac"_s,
                                        u"emea"_s, u"americas"_s, u"pilot"_s,  u"managed"_s};
    const auto tagCount = random.bounded(3);
    for (quint64 t = 0; t < tagCount; ++t) {
        const QString &tag = random.pick(tagPool);
        if (!bc.tags.contains(tag))
            bc.tags.append(tag);
    }

    bc.bcIdAsJsonNumber = index % 5 == 3;
    return bc;
}

} // namespace

int WorldGenerator::defaultBusinessCenterCount(WorldSize size)
{
    switch (size) {
    case WorldSize::Small:
        return 3;
    case WorldSize::Large:
        return 1;
    case WorldSize::Demo:
        break;
    }
    return 12;
}

World WorldGenerator::generate(const EmulatorConfig &config)
{
    const quint32 seed = config.seed;
    const int businessCenterCount = config.businessCenterCount >= 0
                                            ? config.businessCenterCount
                                            : defaultBusinessCenterCount(config.size);

    World world;
    world.m_seed = seed;
    world.m_app = {config.appId, config.secret, u"BC Console"_s};
    const qint64 now = WorldClock::startSecs();

    // The BC headers first, from the seed's own stream, exactly as before the world had contents.
    QList<CompanyDeck> decks;
    for (const QList<Company> &script : NamePools::companiesByScript())
        decks.append(CompanyDeck(script));
    SeededRandom random(seed);
    QList<Company> homes;
    world.m_businessCenters.reserve(std::max(businessCenterCount, 0));
    for (int index = 0; index < businessCenterCount; ++index) {
        if (index == 0) {
            GeneratedBusinessCenter demo = demoBusinessCenter();
            demo.utcOffsetMinutes = 60;
            world.m_ids.reserve(demo.bcId);
            world.m_businessCenters.append(std::move(demo));
            homes.append(demoCompany());
        } else {
            Company home;
            world.m_businessCenters.append(
                    randomBusinessCenter(random, index, decks, world.m_ids, &home));
            homes.append(home);
        }
    }

    addUsers(world);
    addTtAccountHolders(world);

    // Then each BC's contents from a stream of its own.
    BusinessCenterGenerator::Shared shared;
    shared.ids = &world.m_ids;
    shared.users = &world.m_users;
    shared.externalBusinessCenters = &world.m_externalBusinessCenters;
    for (qsizetype u = 1; u < world.m_users.size(); ++u)
        shared.colleagues.append(u);
    shared.now = now;
    for (int index = 0; index < businessCenterCount; ++index) {
        SeededRandom planRandom(SeededRandom::derive(seed, 0x1000 + static_cast<quint64>(index)));
        const ContentPlan plan = ContentPlan::forBusinessCenter(config.size, index, planRandom,
                                                                config.largeAdAccountCount);
        BusinessCenterGenerator generator(
                SeededRandom::derive(seed, 0x100000 + static_cast<quint64>(index)), plan,
                homes.at(index), shared);
        generator.fill(world.m_businessCenters[index]);
    }

    world.m_runtimeRandom = SeededRandom(SeededRandom::derive(seed, 3));
    if (!config.accessToken.isEmpty()) {
        AccessGrant grant;
        grant.token = config.accessToken;
        grant.appId = config.appId;
        grant.userId = world.signedInUser().userId;
        grant.allAdvertisers = true;
        grant.scope = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
        grant.issueTime = now;
        world.m_accessGrants.insert(grant.token, grant);
    }
    world.rebuildIndexes();
    return world;
}

void WorldGenerator::addUsers(World &world)
{
    // The signed-in user is the same in every world, like the demo BC.
    User me;
    me.userId = u"7093000000000000001"_s;
    me.displayName = u"Alex Morgan"_s;
    me.email = u"alex.morgan@acme-agency.example"_s;
    me.createTime = QDateTime(QDate(2023, 3, 14), QTime(8, 30), Qt::UTC).toSecsSinceEpoch();
    world.m_ids.reserve(me.userId);
    world.m_users.append(me);

    // Colleagues: members of many BCs, in every script.
    SeededRandom random(SeededRandom::derive(world.m_seed, 1));
    const QList<QList<NamePools::Person>> people = NamePools::peopleByScript();
    for (int i = 0; i < colleagueCount; ++i) {
        const QList<NamePools::Person> &script = people.at(i % people.size());
        const NamePools::Person &person = script.at((i / people.size()) % script.size());
        User user;
        user.userId = world.m_ids.next(random);
        user.displayName = person.displayName;
        user.email = person.emailLocalPart + u"@acme-agency.example"_s;
        user.createTime = WorldClock::startSecs() - random.between(30, 1500) * 86400;
        world.m_users.append(user);
    }
}

void WorldGenerator::addTtAccountHolders(World &world)
{
    SeededRandom random(SeededRandom::derive(world.m_seed, 2));
    const QList<std::pair<QString, QString>> holders = {
            {u"Lena 🎬 Vogel"_s, u"@lena.creates"_s},
            {u"田中 さくら"_s, u"@sakura.tanaka"_s},
            {u"Marcus Reed"_s, u"@marcusreed"_s},
    };
    for (const auto &[name, handle] : holders) {
        TtAccountHolder holder;
        // Shaped like TikTok's open ids: a UUID.
        holder.openId = random.hex(8) + u'-' + random.hex(4) + u'-' + random.hex(4) + u'-'
                        + random.hex(4) + u'-' + random.hex(12);
        holder.displayName = name;
        holder.handle = handle;
        world.m_ttAccountHolders.append(holder);
    }
}

World WorldGenerator::generate(quint32 seed, int businessCenterCount)
{
    EmulatorConfig config;
    config.seed = seed;
    config.businessCenterCount = businessCenterCount;
    return generate(config);
}

} // namespace bc::emulator
