#include "worldgenerator.h"

#include "seededrandom.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc::emulator {

namespace {

// A company somewhere: its BC name, legal name and where it is registered. Grouped by script so
// every world of a few BCs mixes accented Latin, CJK, emoji and plain ASCII names.
struct Company
{
    QString name;
    QString legalName;
    QString area;
    QString currency;
    QString timezone;
    QString etcTimezone; // the same offset spelled Etc/GMT±N, which TikTok also uses
};

QList<Company> accentedLatinCompanies()
{
    return {
            {u"Café Berlin"_s, u"Café Berlin GmbH"_s, u"DE"_s, u"EUR"_s, u"Europe/Berlin"_s,
             u"Etc/GMT-1"_s},
            {u"Müller & Söhne Medien"_s, u"Müller & Söhne Medien GmbH"_s, u"DE"_s, u"EUR"_s,
             u"Europe/Berlin"_s, u"Etc/GMT-1"_s},
            {u"Crème Média"_s, u"Crème Média SAS"_s, u"FR"_s, u"EUR"_s, u"Europe/Paris"_s,
             u"Etc/GMT-1"_s},
            {u"Société Lumière Publicité"_s, u"Société Lumière Publicité SARL"_s, u"FR"_s, u"EUR"_s,
             u"Europe/Paris"_s, u"Etc/GMT-1"_s},
            {u"Señor Píxel Estudio"_s, u"Señor Píxel Estudio S.L."_s, u"ES"_s, u"EUR"_s,
             u"Europe/Madrid"_s, u"Etc/GMT-1"_s},
            {u"São Paulo Mídia Digital"_s, u"São Paulo Mídia Digital Ltda."_s, u"BR"_s, u"BRL"_s,
             u"America/Sao_Paulo"_s, u"Etc/GMT+3"_s},
            {u"Açaí & Companhia"_s, u"Açaí & Companhia Ltda."_s, u"BR"_s, u"BRL"_s,
             u"America/Sao_Paulo"_s, u"Etc/GMT+3"_s},
            {u"Łódź Kreatywna"_s, u"Łódź Kreatywna sp. z o.o."_s, u"PL"_s, u"PLN"_s,
             u"Europe/Warsaw"_s, u"Etc/GMT-1"_s},
            {u"Øresund Reklame"_s, u"Øresund Reklame ApS"_s, u"DK"_s, u"DKK"_s,
             u"Europe/Copenhagen"_s, u"Etc/GMT-1"_s},
            {u"Zürich Markenwerk"_s, u"Zürich Markenwerk AG"_s, u"CH"_s, u"CHF"_s,
             u"Europe/Zurich"_s, u"Etc/GMT-1"_s},
            {u"Göteborgs Reklambyrå"_s, u"Göteborgs Reklambyrå AB"_s, u"SE"_s, u"SEK"_s,
             u"Europe/Stockholm"_s, u"Etc/GMT-1"_s},
            {u"Ñandú Publicidad"_s, u"Ñandú Publicidad S.A. de C.V."_s, u"MX"_s, u"MXN"_s,
             u"America/Mexico_City"_s, u"Etc/GMT+6"_s},
            {u"İstanbul Reklam Ajansı"_s, u"İstanbul Reklam Ajansı A.Ş."_s, u"TR"_s, u"TRY"_s,
             u"Europe/Istanbul"_s, u"Etc/GMT-3"_s},
    };
}

QList<Company> cjkCompanies()
{
    return {
            {u"東京広告株式会社"_s, u"東京広告株式会社"_s, u"JP"_s, u"JPY"_s, u"Asia/Tokyo"_s,
             u"Etc/GMT-9"_s},
            {u"大阪デジタルメディア"_s, u"大阪デジタルメディア合同会社"_s, u"JP"_s, u"JPY"_s,
             u"Asia/Tokyo"_s, u"Etc/GMT-9"_s},
            {u"札幌クリエイティブ"_s, u"札幌クリエイティブ株式会社"_s, u"JP"_s, u"JPY"_s,
             u"Asia/Tokyo"_s, u"Etc/GMT-9"_s},
            {u"深圳跨境电商科技"_s, u"深圳跨境电商科技有限公司"_s, u"CN"_s, u"USD"_s,
             u"Asia/Shanghai"_s, u"Etc/GMT-8"_s},
            {u"上海星辰广告"_s, u"上海星辰广告有限公司"_s, u"CN"_s, u"CNY"_s, u"Asia/Shanghai"_s,
             u"Etc/GMT-8"_s},
            {u"台北數位行銷"_s, u"台北數位行銷股份有限公司"_s, u"TW"_s, u"TWD"_s, u"Asia/Taipei"_s,
             u"Etc/GMT-8"_s},
            {u"香港飛躍媒體"_s, u"香港飛躍媒體有限公司"_s, u"HK"_s, u"HKD"_s, u"Asia/Hong_Kong"_s,
             u"Etc/GMT-8"_s},
            {u"서울 크리에이티브 랩"_s, u"주식회사 서울크리에이티브랩"_s, u"KR"_s, u"KRW"_s,
             u"Asia/Seoul"_s, u"Etc/GMT-9"_s},
    };
}

QList<Company> emojiCompanies()
{
    return {
            {u"🚀 Rocket Media"_s, u"Rocket Media Ltd"_s, u"GB"_s, u"GBP"_s, u"Europe/London"_s,
             u"Etc/GMT"_s},
            {u"🌮 Taco Tuesday Ads"_s, u"Taco Tuesday Advertising LLC"_s, u"US"_s, u"USD"_s,
             u"America/Chicago"_s, u"Etc/GMT+6"_s},
            {u"🎧 Soundwave Collective"_s, u"Soundwave Collective Pty Ltd"_s, u"AU"_s, u"AUD"_s,
             u"Australia/Sydney"_s, u"Etc/GMT-10"_s},
            {u"🌈 Rainbow Retail"_s, u"Rainbow Retail Inc."_s, u"CA"_s, u"CAD"_s,
             u"America/Toronto"_s, u"Etc/GMT+5"_s},
            {u"🐼 Panda Play Studio"_s, u"Panda Play Pte. Ltd."_s, u"SG"_s, u"SGD"_s,
             u"Asia/Singapore"_s, u"Etc/GMT-8"_s},
            {u"☕ Morning Brew Marketing"_s, u"Morning Brew Marketing LLC"_s, u"US"_s, u"USD"_s,
             u"America/New_York"_s, u"Etc/GMT+5"_s},
            {u"🔥 Hot Deals Daily"_s, u"Hot Deals Daily B.V."_s, u"NL"_s, u"EUR"_s,
             u"Europe/Amsterdam"_s, u"Etc/GMT-1"_s},
            // A ZWJ sequence: several code points that render as one glyph.
            {u"\U0001F469\u200D\U0001F4BB Code & Content"_s, u"Code and Content GmbH"_s, u"AT"_s,
             u"EUR"_s, u"Europe/Vienna"_s, u"Etc/GMT-1"_s},
    };
}

QList<Company> asciiCompanies()
{
    return {
            {u"Northwind Traders"_s, u"Northwind Traders Inc."_s, u"US"_s, u"USD"_s,
             u"America/New_York"_s, u"Etc/GMT+5"_s},
            {u"Contoso Marketing"_s, u"Contoso Marketing LLC"_s, u"US"_s, u"USD"_s,
             u"America/Los_Angeles"_s, u"Etc/GMT+8"_s},
            {u"Blue Harbor Agency"_s, u"Blue Harbor Agency Ltd"_s, u"GB"_s, u"GBP"_s,
             u"Europe/London"_s, u"Etc/GMT"_s},
            {u"Summit Outdoor Co"_s, u"Summit Outdoor Company"_s, u"US"_s, u"USD"_s,
             u"America/Denver"_s, u"Etc/GMT+7"_s},
            {u"Pinecrest Foods"_s, u"Pinecrest Foods Pty Ltd"_s, u"AU"_s, u"AUD"_s,
             u"Australia/Melbourne"_s, u"Etc/GMT-10"_s},
            {u"Brightline Apparel"_s, u"Brightline Apparel Ltd"_s, u"IE"_s, u"EUR"_s,
             u"Europe/Dublin"_s, u"Etc/GMT"_s},
            {u"Maple Leaf Gaming"_s, u"Maple Leaf Gaming Inc."_s, u"CA"_s, u"CAD"_s,
             u"America/Vancouver"_s, u"Etc/GMT+8"_s},
            {u"Lagos Growth Partners"_s, u"Lagos Growth Partners Ltd"_s, u"NG"_s, u"NGN"_s,
             u"Africa/Lagos"_s, u"Etc/GMT-1"_s},
            {u"Jakarta Commerce Hub"_s, u"PT Jakarta Commerce Hub"_s, u"ID"_s, u"IDR"_s,
             u"Asia/Jakarta"_s, u"Etc/GMT-7"_s},
            {u"Desert Bloom Digital"_s, u"Desert Bloom Digital FZ-LLC"_s, u"AE"_s, u"AED"_s,
             u"Asia/Dubai"_s, u"Etc/GMT-4"_s},
    };
}

struct Weighted
{
    QString value;
    int weight;
};

QString pickWeighted(SeededRandom &random, const QList<Weighted> &choices)
{
    int total = 0;
    for (const Weighted &choice : choices)
        total += choice.weight;
    auto roll = static_cast<int>(random.bounded(static_cast<quint64>(total)));
    for (const Weighted &choice : choices) {
        if (roll < choice.weight)
            return choice.value;
        roll -= choice.weight;
    }
    return choices.constLast().value;
}

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

QString uniqueId(SeededRandom &random, QSet<QString> &usedIds)
{
    QString id;
    do {
        id = u'7' + random.digits(18);
    } while (usedIds.contains(id));
    usedIds.insert(id);
    return id;
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
                                             QList<CompanyDeck> &decks, QSet<QString> &usedIds)
{
    // Cycle the scripts by index so even a small world shows all of them.
    const auto [companyPointer, round] = decks[(index - 1) % decks.size()].draw(random);
    const Company &company = *companyPointer;

    GeneratedBusinessCenter bc;
    bc.bcId = uniqueId(random, usedIds);
    bc.name = round == 1 ? company.name : company.name + u' ' + QString::number(round);
    bc.company = company.legalName;
    bc.registeredArea = company.area;
    // Agencies often bill cross-border BCs in dollars.
    bc.currency = random.chance(15) ? u"USD"_s : company.currency;
    bc.timezone = random.chance(25) ? company.etcTimezone : company.timezone;
    bc.status = pickWeighted(
            random, {{u"ENABLE"_s, 82}, {u"REVIEWING"_s, 12}, {u"DENY"_s, 3}, {u"PUNISH"_s, 3}});
    bc.type = pickWeighted(random, {{u"AGENCY"_s, 30},
                                    {u"NORMAL"_s, 25},
                                    {u"SELF_SERVICE"_s, 20},
                                    {u"SELF_SERVICE_AGENCY"_s, 15},
                                    {u"DIRECT"_s, 10}});
    if (bc.status == u"REVIEWING"_s) {
        bc.verificationStatus = random.chance(50) ? u"REVIEWING"_s : u"NOT_SUBMITTED"_s;
    } else {
        bc.verificationStatus = pickWeighted(random, {{u"VERIFIED"_s, 70},
                                                      {u"NOT_SUBMITTED"_s, 12},
                                                      {u"REVIEWING"_s, 8},
                                                      {u"FAILED"_s, 5},
                                                      {u"EXPIRED"_s, 5}});
    }
    bc.organizationType = pickWeighted(
            random, {{u"ENTERPRISE"_s, 85}, {u"INDIVIDUAL"_s, 5}, {QString(), 10}}); // absent
    bc.userRole = random.chance(55) ? u"ADMIN"_s : u"STANDARD"_s;
    if (bc.userRole == u"ADMIN"_s) {
        bc.financeRole =
                pickWeighted(random, {{u"MANAGER"_s, 60}, {u"ANALYST"_s, 20}, {QString(), 20}});
    } else {
        bc.financeRole =
                pickWeighted(random, {{u"ANALYST"_s, 35}, {u"MANAGER"_s, 10}, {QString(), 55}});
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

World WorldGenerator::generate(const EmulatorConfig &config)
{
    const quint32 seed = config.seed;
    const int businessCenterCount = config.businessCenterCount;
    QList<CompanyDeck> decks = {CompanyDeck(accentedLatinCompanies()), CompanyDeck(cjkCompanies()),
                                CompanyDeck(emojiCompanies()), CompanyDeck(asciiCompanies())};
    SeededRandom random(seed);
    QSet<QString> usedIds;
    QList<GeneratedBusinessCenter> businessCenters;
    businessCenters.reserve(std::max(businessCenterCount, 0));
    for (int index = 0; index < businessCenterCount; ++index) {
        if (index == 0) {
            GeneratedBusinessCenter demo = demoBusinessCenter();
            usedIds.insert(demo.bcId);
            businessCenters.append(std::move(demo));
        } else {
            businessCenters.append(randomBusinessCenter(random, index, decks, usedIds));
        }
    }
    return World(seed, std::move(businessCenters));
}

World WorldGenerator::generate(quint32 seed, int businessCenterCount)
{
    EmulatorConfig config;
    config.seed = seed;
    config.businessCenterCount = businessCenterCount;
    return generate(config);
}

} // namespace bc::emulator
