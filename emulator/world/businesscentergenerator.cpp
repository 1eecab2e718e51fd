#include "businesscentergenerator.h"

#include "currencies.h"
#include "worldtime.h"

#include <QHash>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace bc::emulator {

namespace {

constexpr qint64 day = WorldTime::secondsPerDay;
constexpr qint64 historyDays = 395; // about 13 months

const QStringList nonAdvertiserAssetTypes = {
        u"CATALOG"_s,     u"PIXEL"_s,      u"LEAD"_s,   u"TT_ACCOUNT"_s,
        u"TIKTOK_SHOP"_s, u"STOREFRONT"_s, u"DOMAIN"_s, u"MANAGED_BUSINESS_ACCOUNT"_s,
};

// VAT (and a second tax where there is one) by registration area, in basis points.
struct TaxRule
{
    QString type;
    int rate = 0;
    QString secondType;
    int secondRate = 0;
};

TaxRule taxRule(const QString &area)
{
    static const QHash<QString, TaxRule> rules = {
            {u"DE"_s, {u"VAT"_s, 1900, {}, 0}},
            {u"FR"_s, {u"VAT"_s, 2000, {}, 0}},
            {u"ES"_s, {u"IVA"_s, 2100, {}, 0}},
            {u"PL"_s, {u"VAT"_s, 2300, {}, 0}},
            {u"DK"_s, {u"MOMS"_s, 2500, {}, 0}},
            {u"CH"_s, {u"MWST"_s, 810, {}, 0}},
            {u"SE"_s, {u"MOMS"_s, 2500, {}, 0}},
            {u"TR"_s, {u"KDV"_s, 2000, {}, 0}},
            {u"MX"_s, {u"IVA"_s, 1600, {}, 0}},
            {u"JP"_s, {u"JCT"_s, 1000, {}, 0}},
            {u"CN"_s, {u"VAT"_s, 600, {}, 0}},
            {u"TW"_s, {u"VAT"_s, 500, {}, 0}},
            {u"KR"_s, {u"VAT"_s, 1000, {}, 0}},
            {u"GB"_s, {u"VAT"_s, 2000, {}, 0}},
            {u"AU"_s, {u"GST"_s, 1000, {}, 0}},
            {u"SG"_s, {u"GST"_s, 900, {}, 0}},
            {u"NL"_s, {u"BTW"_s, 2100, {}, 0}},
            {u"AT"_s, {u"USt"_s, 2000, {}, 0}},
            {u"IE"_s, {u"VAT"_s, 2300, {}, 0}},
            {u"NG"_s, {u"VAT"_s, 750, {}, 0}},
            {u"ID"_s, {u"PPN"_s, 1100, {}, 0}},
            {u"AE"_s, {u"VAT"_s, 500, {}, 0}},
            {u"BR"_s, {u"ISS"_s, 500, u"PIS/COFINS"_s, 925}},
            {u"CA"_s, {u"GST"_s, 500, u"PST"_s, 700}},
    };
    return rules.value(area); // US, HK: none
}

QString languageOf(const QString &area)
{
    static const QHash<QString, QString> languages = {
            {u"DE"_s, u"de"_s}, {u"AT"_s, u"de"_s}, {u"CH"_s, u"de"_s}, {u"FR"_s, u"fr"_s},
            {u"ES"_s, u"es"_s}, {u"MX"_s, u"es"_s}, {u"BR"_s, u"pt"_s}, {u"PL"_s, u"pl"_s},
            {u"JP"_s, u"ja"_s}, {u"CN"_s, u"zh"_s}, {u"TW"_s, u"zh"_s}, {u"HK"_s, u"zh"_s},
            {u"KR"_s, u"ko"_s}, {u"TR"_s, u"tr"_s}, {u"ID"_s, u"id"_s}, {u"DK"_s, u"da"_s},
            {u"SE"_s, u"sv"_s}, {u"NL"_s, u"nl"_s},
    };
    return languages.value(area, u"en"_s);
}

QString addressIn(SeededRandom &random, const QString &area)
{
    static const QHash<QString, QStringList> streets = {
            {u"DE"_s, {u"Friedrichstraße"_s, u"Königsallee"_s, u"Schönhauser Allee"_s}},
            {u"FR"_s, {u"Rue de Rivoli"_s, u"Boulevard Saint-Germain"_s}},
            {u"JP"_s, {u"東京都渋谷区神南1丁目"_s, u"大阪府大阪市北区梅田2丁目"_s}},
            {u"CN"_s, {u"深圳市南山区科技园"_s, u"上海市浦东新区世纪大道"_s}},
            {u"KR"_s, {u"서울특별시 강남구 테헤란로"_s}},
            {u"BR"_s, {u"Avenida Paulista"_s, u"Rua Oscar Freire"_s}},
            {u"ES"_s, {u"Calle de Alcalá"_s, u"Passeig de Gràcia"_s}},
    };
    const QStringList options = streets.value(area, {u"Main Street"_s, u"Market Street"_s});
    return random.pick(options) + u' ' + QString::number(random.between(1, 250)) + u", "_s + area;
}

QString slugOf(const QString &text)
{
    QString slug;
    for (const QChar c : text) {
        if (c.unicode() < 0x80 && c.isLetterOrNumber())
            slug.append(c.toLower());
    }
    return slug.isEmpty() ? u"brand"_s : slug.left(16);
}

QString phoneNumber(SeededRandom &random, const QString &area)
{
    static const QHash<QString, QString> prefixes = {
            {u"DE"_s, u"+49 151 "_s},  {u"FR"_s, u"+33 6 "_s},  {u"JP"_s, u"+81 90 "_s},
            {u"CN"_s, u"+86 138 "_s},  {u"KR"_s, u"+82 10 "_s}, {u"BR"_s, u"+55 11 9"_s},
            {u"GB"_s, u"+44 7700 "_s}, {u"US"_s, u"+1 415 "_s}, {u"ES"_s, u"+34 612 "_s},
    };
    return prefixes.value(area, u"+1 212 "_s) + random.digits(7);
}

QString showStatusOf(const QString &status)
{
    if (status == u"STATUS_ENABLE"_s || status == u"STATUS_DISABLE"_s)
        return u"SHOW_ACCOUNT_STATUS_APPROVED"_s;
    if (status == u"STATUS_CONFIRM_FAIL"_s || status == u"STATUS_CONFIRM_FAIL_END"_s)
        return u"SHOW_ACCOUNT_STATUS_NOT_APPROVED"_s;
    if (status == u"STATUS_LIMIT"_s)
        return u"SHOW_ACCOUNT_STATUS_PUNISHED"_s;
    return u"SHOW_ACCOUNT_STATUS_IN_REVIEW"_s;
}

QString pixelCode(SeededRandom &random)
{
    static constexpr char16_t alphabet[] = u"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString code = u"C"_s;
    for (int i = 0; i < 19; ++i)
        code.append(QChar(alphabet[random.bounded(36)]));
    return code;
}

// Oldest first, equal times in the order they were made. Sorts positions, then moves each row
// once: cheaper than shuffling the wide rows themselves around.
template<typename Row>
void sortByTime(QList<Row> &rows)
{
    QList<qsizetype> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return rows.at(a).time < rows.at(b).time; });
    QList<Row> sorted;
    sorted.reserve(rows.size());
    for (const qsizetype index : std::as_const(order))
        sorted.append(std::move(rows[index]));
    rows = std::move(sorted);
}

// An 18-character mainland-China business licence number (unified social credit code).
QString chinaLicence(SeededRandom &random)
{
    static constexpr char16_t alphabet[] = u"0123456789ABCDEFGHJKLMNPQRTUWXY";
    QString code = u"91"_s + random.digits(6);
    for (int i = 0; i < 10; ++i)
        code.append(QChar(alphabet[random.bounded(31)]));
    return code;
}

} // namespace

BusinessCenterGenerator::BusinessCenterGenerator(quint64 seed, const ContentPlan &plan,
                                                 NamePools::Company home, Shared shared)
    : m_random(seed)
    , m_plan(plan)
    , m_home(std::move(home))
    , m_shared(std::move(shared))
    , m_people(NamePools::peopleByScript())
    , m_companies(NamePools::companiesByScript())
    , m_purposes(NamePools::accountPurposes())
    , m_emailDomains(NamePools::emailDomains())
{ }

void BusinessCenterGenerator::fill(GeneratedBusinessCenter &bc)
{
    const TaxRule tax = taxRule(bc.registeredArea);
    m_taxType = tax.type;
    m_taxRate = tax.rate;
    m_secondTaxType = tax.secondType;
    m_secondTaxRate = tax.secondRate;

    // Ids this BC will take, roughly: accounts come with transactions, pixels, budget ids.
    const qsizetype ids = qsizetype(m_plan.adAccounts) * (4 + m_plan.accountTransactionsPerAccount)
                          + m_plan.members + m_plan.invoices + 2 * qsizetype(m_plan.bcTransactions)
                          + 8 * m_plan.assetsPerType + 64;
    m_shared.ids->reserve(m_shared.ids->size() + ids);

    setUpMoney(bc);
    addPartners(bc);
    addMembers(bc);
    addAdAccounts(bc);
    addAssets(bc);
    addMemberRoles(bc);
    addSharing(bc);
    addAssetGroups(bc);
    addBillingGroups(bc);
    addQualifications(bc);
    addInvoices(bc);
    addTransactions(bc);
    addAccountTransactions(bc);
    addInvoiceTasks(bc);
    addChildBusinessCenters(bc);
    addImages(bc);
}

// ---- Helpers ------------------------------------------------------------------------------------

qint64 BusinessCenterGenerator::pastTime(qint64 notBefore)
{
    const qint64 earliest = std::max(notBefore, m_shared.now - historyDays * day);
    if (earliest >= m_shared.now)
        return m_shared.now - 1;
    return m_random.between(earliest, m_shared.now - 1);
}

NamePools::Person BusinessCenterGenerator::person(int index)
{
    // Cycle the scripts so even a handful of members mixes them.
    const QList<NamePools::Person> &script = m_people.at(index % m_people.size());
    return m_random.pick(script);
}

QString BusinessCenterGenerator::uniqueEmail(const QString &localPart)
{
    const QString &domain = m_random.pick(m_emailDomains);
    QString email = localPart + u'@' + domain;
    for (int n = 2; m_emails.contains(email); ++n)
        email = localPart + QString::number(n) + u'@' + domain;
    m_emails.insert(email);
    return email;
}

Cents BusinessCenterGenerator::dollars(qint64 low, qint64 high, const QString &currency)
{
    return Currencies::fromDollars(m_random.between(low, high), currency);
}

// ---- The BC's own setup
// ---------------------------------------------------------------------------

void BusinessCenterGenerator::setUpMoney(GeneratedBusinessCenter &bc)
{
    const bool demo = bc.bcId == u"7093123456789012345"_s;
    bc.monthlyInvoicing =
            demo || (bc.type == u"AGENCY"_s ? m_random.chance(50) : m_random.chance(20));
    bc.paymentPortfolioType = m_random.chance(20) ? u"SHARED"_s : u"NON_SHARED"_s;
    const QString &currency = bc.currency;
    // Enough that every ad account could be topped up a few times.
    const qint64 scale = std::max<qint64>(1, m_plan.adAccounts / 20);
    bc.balance.validCash = dollars(500'000, 50'000'000, currency) * scale;
    bc.balance.frozenCash = m_random.chance(30) ? dollars(1'000, 200'000, currency) : 0;
    bc.balance.cashTax = m_taxRate > 0 ? Money::applyRate(bc.balance.validCash, m_taxRate) / 20 : 0;
    bc.balance.validGrant = m_random.chance(60) ? dollars(10'000, 500'000, currency) : 0;
    bc.balance.frozenGrant = m_random.chance(10) ? dollars(100, 10'000, currency) : 0;
    if (bc.monthlyInvoicing) {
        bc.balance.validCredit = dollars(5'000'000, 100'000'000, currency) * scale;
        bc.balance.frozenCredit = m_random.chance(30) ? dollars(10'000, 500'000, currency) : 0;
    }

    bc.advertiserCurrencies = {bc.currency};
    static const QStringList regions = {u"US"_s, u"GB"_s, u"DE"_s, u"FR"_s, u"ES"_s, u"IT"_s,
                                        u"JP"_s, u"KR"_s, u"BR"_s, u"MX"_s, u"AU"_s, u"SG"_s};
    bc.advertiserRegionCodes = {bc.registeredArea};
    const auto extra = m_random.between(2, 5);
    for (qint64 i = 0; i < extra; ++i) {
        const QString &region = m_random.pick(regions);
        if (!bc.advertiserRegionCodes.contains(region))
            bc.advertiserRegionCodes.append(region);
    }

    const qint64 accounts = m_plan.adAccounts;
    bc.assetQuotas.insert(u"ADVERTISER"_s, std::max<qint64>(accounts + 50, accounts * 6 / 5));
    for (const QString &type : nonAdvertiserAssetTypes)
        bc.assetQuotas.insert(type, std::max(100, m_plan.assetsPerType * 4));
}

void BusinessCenterGenerator::addPartners(GeneratedBusinessCenter &bc)
{
    // Partners, plus two BCs that are not partners yet (for /bc/partner/add/, /bc/child/invite/).
    const QList<NamePools::Company> companies = NamePools::externalCompanies();
    for (int i = 0; i < m_plan.partners + 2; ++i) {
        const NamePools::Company &company = m_random.pick(companies);
        ExternalBusinessCenter external;
        external.bcId = newId();
        external.name = company.name + u' ' + QString::number(m_random.between(2, 99));
        external.company = company.legalName;
        m_shared.externalBusinessCenters->append(external);
        if (i >= m_plan.partners)
            continue;
        m_partners.append(external);
        Partner partner;
        partner.partnerBcId = external.bcId;
        partner.partnerName = external.name;
        partner.addTime = pastTime(0);
        bc.partners.append(partner);
    }
}

void BusinessCenterGenerator::addMembers(GeneratedBusinessCenter &bc)
{
    // The signed-in user, as the BC header says.
    const User &me = m_shared.users->constFirst();
    Member self;
    self.userId = me.userId;
    self.userName = me.displayName;
    self.userEmail = me.email;
    self.userRole = bc.userRole;
    self.financeRole = bc.financeRole;
    self.relationStatus = u"BOUND"_s;
    self.inviteTime = pastTime(0);
    self.joinTime = self.inviteTime + m_random.between(60, 3 * day);
    bc.members.append(self);
    m_emails.insert(me.email);

    const int total = std::max(m_plan.members, 1);
    const int pending = total >= 4 ? std::max(1, total * 8 / 100) : 0;
    const int rejected = total >= 10 ? std::max(1, total * 3 / 100) : 0;
    const int bound = total - 1 - pending - rejected;
    const int colleagues = std::min<int>(bound, m_plan.members >= 50 ? m_shared.colleagues.size()
                                                                     : m_random.between(1, 4));

    for (int i = 0; i < bound; ++i) {
        Member member;
        if (i < colleagues) {
            const User &colleague = m_shared.users->at(m_shared.colleagues.at(i));
            member.userId = colleague.userId;
            member.userName = colleague.displayName;
            member.userEmail = colleague.email;
            m_emails.insert(colleague.email);
        } else {
            const NamePools::Person who = person(i);
            User user;
            user.userId = newId();
            user.displayName = who.displayName;
            user.email = uniqueEmail(who.emailLocalPart);
            user.createTime = pastTime(0);
            m_shared.users->append(user);
            member.userId = user.userId;
            member.userName = user.displayName;
            member.userEmail = user.email;
        }
        // The first other member is an admin, so the signed-in user is never the only one.
        member.userRole = i == 0 || m_random.chance(12) ? u"ADMIN"_s : u"STANDARD"_s;
        member.financeRole =
                m_random.weighted({{u"MANAGER"_s, 10}, {u"ANALYST"_s, 15}, {QString(), 75}});
        member.relationStatus = u"BOUND"_s;
        member.inviteTime = pastTime(0);
        member.joinTime = member.inviteTime + m_random.between(60, 5 * day);
        bc.members.append(member);
    }
    for (int i = 0; i < pending + rejected; ++i) {
        const NamePools::Person who = person(i + 1);
        Member invitee;
        invitee.userEmail = uniqueEmail(who.emailLocalPart);
        invitee.userName = invitee.userEmail.section(u'@', 0, 0);
        invitee.userRole = m_random.chance(15) ? u"ADMIN"_s : u"STANDARD"_s;
        invitee.relationStatus = i < pending ? u"PENDING"_s : u"REJECTED"_s;
        invitee.inviteTime = pastTime(m_shared.now - 30 * day);
        bc.members.append(invitee);
    }
    for (qsizetype i = 0; i < bc.members.size(); ++i) {
        if (bc.members.at(i).relationStatus == u"BOUND"_s)
            m_boundMembers.append(i);
    }
}

// ---- Ad accounts
// ----------------------------------------------------------------------------------

AdAccount BusinessCenterGenerator::makeAdAccount(const GeneratedBusinessCenter &bc, int index)
{
    AdAccount account;
    account.advertiserId = newId();

    // Who owns it: mostly the BC; some are shared by a partner or owned by a person.
    const int ownership = static_cast<int>(m_random.bounded(100));
    if (index < 2 || ownership < 90 || m_partners.isEmpty()) {
        account.relationType = u"OWNER_BC"_s;
        account.ownerBcId = bc.bcId;
        account.ownerBcName = bc.name;
    } else if (ownership < 96) {
        const ExternalBusinessCenter &partner = m_random.pick(m_partners);
        account.relationType = u"OWNER_PARTNER"_s;
        account.ownerBcId = partner.bcId;
        account.ownerBcName = partner.name;
    } else {
        account.relationType = u"OWNER_INDIVIDUAL"_s;
    }
    const bool owned = account.relationType == u"OWNER_BC"_s;
    account.relationStatus = owned || m_random.chance(85) ? u"BOUND"_s : u"PENDING"_s;

    // Agencies run accounts for clients; other BCs for themselves.
    const bool agency = bc.type == u"AGENCY"_s || bc.type == u"SELF_SERVICE_AGENCY"_s;
    const NamePools::Company &client =
            agency || !owned ? m_random.pick(m_companies.at(index % m_companies.size())) : m_home;
    account.company = agency || !owned ? client.legalName : bc.company;
    account.currency = owned ? bc.currency : client.currency;
    account.displayTimezone = client.timezone;
    account.timezone = client.etcTimezone;
    account.utcOffsetMinutes = NamePools::utcOffsetMinutes(client.etcTimezone);
    account.country = owned && !agency ? bc.registeredArea : client.area;
    static const QStringList industries = {u"290101"_s, u"290102"_s, u"290201"_s, u"290302"_s,
                                           u"290401"_s, u"291401"_s, u"291904"_s, u"292102"_s};
    account.industry = m_random.pick(industries);
    account.address = m_random.chance(80) ? addressIn(m_random, account.country) : QString();
    account.language = languageOf(account.country);
    account.description = m_random.chance(30) ? u"Managed by "_s + bc.name : QString();

    account.status = m_random.weighted({{u"STATUS_ENABLE"_s, 78},
                                        {u"STATUS_PENDING_CONFIRM"_s, 5},
                                        {u"STATUS_PENDING_VERIFIED"_s, 4},
                                        {u"STATUS_CONFIRM_FAIL"_s, 3},
                                        {u"STATUS_LIMIT"_s, 2},
                                        {u"STATUS_DISABLE"_s, 4},
                                        {u"STATUS_SELF_SERVICE_UNAUDITED"_s, 2},
                                        {u"STATUS_CONTRACT_PENDING"_s, 2}});
    if (index < 2)
        account.status = u"STATUS_ENABLE"_s; // every BC has working accounts to test with
    account.showStatus = showStatusOf(account.status);
    if (account.status == u"STATUS_CONFIRM_FAIL"_s) {
        static const QStringList reasons = {
                u"The business license does not match the company name."_s,
                u"The promotion link cannot be opened."_s, u"Le document fourni est illisible."_s};
        account.rejectionReason = m_random.pick(reasons);
    }
    account.type = bc.type != u"DIRECT"_s && m_random.chance(8) ? u"RESERVATION"_s : u"AUCTION"_s;
    account.role = agency ? u"ROLE_CHILD_ADVERTISER"_s : u"ROLE_ADVERTISER"_s;
    account.createTime = pastTime(0);
    const bool pendingReview = account.showStatus == u"SHOW_ACCOUNT_STATUS_IN_REVIEW"_s;
    account.companyNameEditable = pendingReview || m_random.chance(10);

    // Names: the client (or the BC) and what the account is for; numbered when repeated.
    const QString owner = agency || !owned ? client.name : bc.name;
    account.name = owner + u" · "_s + m_random.pick(m_purposes);

    if (account.country == u"CN"_s || m_random.chance(50)) {
        account.licenseNo = account.country == u"CN"_s ? chinaLicence(m_random)
                                                       : u"HRB "_s + m_random.digits(6);
        account.licenseUrl =
                u"https://bc-licenses.example.invalid/"_s + account.advertiserId + u".jpg"_s;
    }
    if (m_random.chance(80))
        account.promotionLink = u"https://www."_s + slugOf(owner) + u".example/"_s;
    const NamePools::Person contact = person(index);
    account.contactName = contact.displayName;
    account.contactEmail = m_random.chance(90)
                                   ? contact.emailLocalPart + u'@' + m_random.pick(m_emailDomains)
                                   : QString();
    account.cellphoneNumber = phoneNumber(m_random, account.country);
    account.telephoneNumber =
            m_random.chance(50) ? phoneNumber(m_random, account.country) : QString();

    account.billingType =
            bc.monthlyInvoicing && owned && m_random.chance(60) ? u"CREDIT"_s : u"CASH"_s;
    account.disabled = account.status == u"STATUS_DISABLE"_s;
    if (account.disabled)
        account.disableTime = pastTime(account.createTime);
    const bool enabled = account.status == u"STATUS_ENABLE"_s;
    account.delivering = enabled && m_random.chance(55);
    account.unpaidBill = !account.disabled && m_random.chance(6);
    account.autopayUnbilled = !account.disabled && m_random.chance(3);

    // Money: a disabled account gave everything back when it was disabled.
    const QString &currency = account.currency;
    if (!account.disabled) {
        const int tier = static_cast<int>(m_random.bounded(100));
        if (tier >= 20) {
            account.balance.validCash = tier < 70   ? dollars(1'000, 200'000, currency)
                                        : tier < 95 ? dollars(200'000, 2'000'000, currency)
                                                    : dollars(2'000'000, 10'000'000, currency);
        }
        if (m_random.chance(8))
            account.balance.frozenCash = dollars(500, 50'000, currency);
        if (m_taxRate > 0 && account.balance.validCash > 0 && m_random.chance(40))
            account.balance.cashTax = Money::applyRate(account.balance.validCash, m_taxRate) / 10;
        if (m_random.chance(25))
            account.balance.validGrant = dollars(1'000, 50'000, currency);
        if (m_random.chance(3))
            account.balance.frozenGrant = dollars(100, 5'000, currency);
        if (account.billingType == u"CREDIT"_s) {
            account.balance.validCredit = dollars(50'000, 2'000'000, currency);
            if (m_random.chance(10))
                account.balance.frozenCredit = dollars(1'000, 50'000, currency);
        }
    }
    account.minTransferableCash = Currencies::fromDollars(100, currency);
    account.minTransferableGrant = 1;
    account.minTransferableCredit =
            account.billingType == u"CREDIT"_s ? Currencies::fromDollars(100, currency) : 0;
    account.balanceReminder = m_random.chance(30);
    if (m_random.chance(10)) {
        account.paymentPortfolioId = newId();
        account.paymentPortfolioName = u"Portfolio "_s + QString::number(m_random.between(1, 9));
        account.paymentPortfolioType = m_random.chance(50) ? u"SHARED"_s : u"NON_SHARED"_s;
    }

    // Budget.
    account.minimumBudget = Currencies::fromDollars(5'000, currency);
    account.budgetMode = m_random.weighted({{u"UNLIMITED"_s, 40},
                                            {u"DAILY_BUDGET"_s, 25},
                                            {u"MONTHLY_BUDGET"_s, 15},
                                            {u"CUSTOM_BUDGET"_s, 20}});
    if (account.budgetMode != u"UNLIMITED"_s) {
        const qint64 factor = account.budgetMode == u"DAILY_BUDGET"_s ? 1 : 20;
        account.budget = dollars(5'000 * factor, 500'000 * factor, currency);
        account.budgetCost = account.budget * m_random.between(0, 100) / 100;
    }
    if (m_random.chance(15)) {
        account.budgetChangeDay = WorldTime::dayOf(m_shared.now);
        account.budgetChangesThatDay = static_cast<int>(m_random.between(1, 3));
    }
    addBudgetHistory(account);

    account.dailySpend = account.delivering               ? dollars(2'000, 200'000, currency)
                         : enabled && m_random.chance(30) ? dollars(500, 20'000, currency)
                                                          : 0;
    for (const QString &term : {u"InstantPage"_s, u"LeadAds"_s, u"Pixel"_s, u"ReachFrequency"_s}) {
        if (m_random.chance(30))
            account.confirmedTerms.append(term);
    }
    static const QStringList apps = {u"1234567890"_s,         u"com.example.puzzle"_s,
                                     u"com.example.casino"_s, u"987654321"_s,
                                     u"jp.example.manga"_s,   u"com.example.newsfeed"_s,
                                     u"1488012345"_s,         u"br.com.example.jogos"_s};
    if (m_random.chance(20)) {
        const auto count = m_random.between(1, 6);
        for (qint64 i = 0; i < count; ++i) {
            const QString &app = m_random.pick(apps);
            if (!account.pangleBlockList.apps.contains(app))
                account.pangleBlockList.apps.append(app);
        }
        account.pangleBlockList.appPackageId = newId();
        account.pangleBlockList.modifyTime = pastTime(account.createTime);
    }
    if (m_random.chance(5)) {
        PangleBlockList campaignList;
        campaignList.apps = {m_random.pick(apps)};
        campaignList.appPackageId = newId();
        campaignList.modifyTime = pastTime(account.createTime);
        account.campaignPangleBlockLists.insert(newId(), campaignList);
    }
    if (m_random.chance(15)) {
        static const QStringList packages = {u"Gamers 18-34"_s, u"Amantes da moda"_s,
                                             u"ゲーム好き"_s, u"Exclude: existing customers"_s};
        const auto count = m_random.between(1, 3);
        for (qint64 i = 0; i < count; ++i) {
            AudiencePackage package;
            package.packageId = newId();
            package.packageName = m_random.pick(packages);
            package.bindType = m_random.chance(70) ? u"INCLUDE"_s : u"EXCLUDE"_s;
            account.audiencePackages.append(package);
        }
    }
    if (owned && m_random.chance(10)) {
        AccountPixel pixel;
        pixel.pixelCode = pixelCode(m_random);
        pixel.pixelId = newId();
        pixel.pixelName = account.name.section(u" · "_s, 0, 0) + u" Pixel"_s;
        pixel.createTime = pastTime(account.createTime);
        account.pixels.append(pixel);
    }
    return account;
}

void BusinessCenterGenerator::addBudgetHistory(AdAccount &account)
{
    // A chain of changes that ends in the current budget.
    const auto changes = m_random.between(0, 3);
    if (changes == 0)
        return;
    QList<std::pair<QString, Cents>> states = {{u"UNLIMITED"_s, 0}};
    for (qint64 i = 1; i < changes; ++i) {
        const QString mode = m_random.chance(50) ? u"DAILY_BUDGET"_s : u"CUSTOM_BUDGET"_s;
        states.append({mode, dollars(5'000, 300'000, account.currency)});
    }
    states.append({account.budgetMode, account.budget});
    qint64 time = account.createTime;
    for (qsizetype i = 1; i < states.size(); ++i) {
        const auto &[previousMode, previousBudget] = states.at(i - 1);
        const auto &[mode, budget] = states.at(i);
        BudgetChangelogEntry entry;
        time = pastTime(time);
        entry.operationTime = time;
        if (mode == u"UNLIMITED"_s && previousMode != u"UNLIMITED"_s)
            entry.activityType = u"REMOVE_BUDGET"_s;
        else if (mode != previousMode)
            entry.activityType = u"BUDGET_MODE_UPDATE"_s;
        else if (budget >= previousBudget)
            entry.activityType = budget == previousBudget ? u"RESET"_s : u"INCREASE_BUDGET"_s;
        else
            entry.activityType = u"DECREASE_BUDGET"_s;
        entry.previousBudget = previousBudget;
        entry.previousBudgetMode = previousMode;
        entry.currentBudget = budget;
        entry.currentBudgetMode = mode;
        entry.currency = account.currency;
        const User &operatorUser =
                m_shared.users->at(m_random.chance(60) || m_shared.colleagues.isEmpty()
                                           ? 0
                                           : m_random.pick(m_shared.colleagues));
        entry.operatorId = operatorUser.userId;
        entry.operatorName = operatorUser.displayName;
        account.budgetChangelog.append(entry);
    }
}

void BusinessCenterGenerator::addAdAccounts(GeneratedBusinessCenter &bc)
{
    bc.adAccounts.reserve(m_plan.adAccounts);
    QHash<QString, int> nameCounts;
    for (int i = 0; i < m_plan.adAccounts; ++i) {
        AdAccount account = makeAdAccount(bc, i);
        // Unique names: the second "Café Berlin · Performance" becomes "... #2".
        const int seen = ++nameCounts[account.name];
        if (seen > 1)
            account.name += u" #"_s + QString::number(seen);
        if (account.relationType == u"OWNER_BC"_s)
            m_ownedAccounts.append(bc.adAccounts.size());
        bc.adAccounts.append(std::move(account));
    }
}

// ---- Other assets, roles, sharing
// -----------------------------------------------------------------

void BusinessCenterGenerator::addAssets(GeneratedBusinessCenter &bc)
{
    const QString slug = slugOf(bc.name);
    for (const QString &type : nonAdvertiserAssetTypes) {
        const QStringList names = NamePools::assetNames(type);
        for (int i = 0; i < m_plan.assetsPerType; ++i) {
            Asset asset;
            asset.assetId = newId();
            asset.assetType = type;
            const QString base = names.at(i % names.size());
            const int round = i / static_cast<int>(names.size());
            asset.assetName = round == 0 ? base : base + u' ' + QString::number(round + 1);
            asset.createTime = pastTime(0);
            // The first of each type is the BC's own; later ones may come from a partner.
            if (i == 0 || m_partners.isEmpty() || m_random.chance(85)) {
                asset.relationType = u"OWNER_BC"_s;
                asset.ownerBcId = bc.bcId;
                asset.ownerBcName = bc.name;
            } else {
                const ExternalBusinessCenter &partner = m_random.pick(m_partners);
                asset.relationType = u"OWNER_PARTNER"_s;
                asset.ownerBcId = partner.bcId;
                asset.ownerBcName = partner.name;
            }
            asset.relationStatus = u"BOUND"_s;
            if (type == u"CATALOG"_s) {
                asset.adCreationEligible =
                        m_random.chance(80) ? u"AVAILABLE"_s : u"NOT_AVAILABLE"_s;
            } else if (type == u"PIXEL"_s) {
                asset.pixelCode = pixelCode(m_random);
                const auto links = m_ownedAccounts.isEmpty() ? 0 : m_random.between(1, 5);
                for (qint64 l = 0; l < links; ++l) {
                    const QString &id =
                            bc.adAccounts.at(m_random.pick(m_ownedAccounts)).advertiserId;
                    if (!asset.linkedAdvertiserIds.contains(id))
                        asset.linkedAdvertiserIds.append(id);
                }
            } else if (type == u"TT_ACCOUNT"_s || type == u"MANAGED_BUSINESS_ACCOUNT"_s) {
                asset.ttAssetHandle = u"@"_s + slug + u'.' + slugOf(base)
                                      + (round == 0 ? QString() : QString::number(round + 1));
                asset.assetName = bc.name + u' ' + asset.assetName;
                if (type == u"MANAGED_BUSINESS_ACCOUNT"_s) {
                    asset.ttAssetProfileImage =
                            u"https://bc-avatars.example.invalid/"_s + asset.assetId + u".jpeg"_s;
                    asset.operatingRegionCode = bc.registeredArea;
                    asset.businessVerified = m_random.chance(70);
                }
            } else if (type == u"DOMAIN"_s) {
                asset.domainName = base + (round == 0 ? QString() : QString::number(round + 1))
                                   + u'.' + slug + u".example"_s;
                asset.assetName = asset.domainName;
            }
            bc.assets.append(asset);
        }
    }
}

void BusinessCenterGenerator::addMemberRoles(GeneratedBusinessCenter &bc)
{
    if (bc.adAccounts.isEmpty())
        return;
    static const QStringList advertiserRoles = {u"ADMIN"_s, u"OPERATOR"_s, u"ANALYST"_s};
    for (qsizetype m = 0; m < bc.members.size(); ++m) {
        Member &member = bc.members[m];
        if (member.userRole == u"ADMIN"_s || member.relationStatus == u"REJECTED"_s)
            continue; // admins have everything
        const bool self = m == 0;
        // A STANDARD signed-in user still sees most accounts; others a few.
        const qint64 accounts =
                self ? std::max<qint64>(1, bc.adAccounts.size() * m_random.between(40, 80) / 100)
                : member.relationStatus == u"PENDING"_s ? m_random.between(0, 2)
                                                        : m_random.between(0, 6);
        for (qint64 a = 0; a < accounts; ++a) {
            const qsizetype index =
                    self ? a : static_cast<qsizetype>(m_random.bounded(bc.adAccounts.size()));
            AssetRole role;
            role.assetType = u"ADVERTISER"_s;
            role.advertiserRole = self && a == 0 ? u"ADMIN"_s : m_random.pick(advertiserRoles);
            member.assetRoles.insert(bc.adAccounts.at(index).advertiserId, role);
        }
        const auto others = member.relationStatus == u"PENDING"_s ? 0 : m_random.between(0, 2);
        for (qint64 o = 0; o < others && !bc.assets.isEmpty(); ++o) {
            const Asset &asset = m_random.pick(bc.assets);
            AssetRole role;
            role.assetType = asset.assetType;
            if (asset.assetType == u"CATALOG"_s)
                role.catalogRole = m_random.chance(50) ? u"ADMIN"_s : u"AD_PROMOTE"_s;
            else if (asset.assetType == u"LEAD"_s)
                role.formLibraryRole = u"ADMIN"_s;
            else if (asset.assetType == u"TIKTOK_SHOP"_s)
                role.storeRole = m_random.chance(50) ? u"AD_PROMOTION"_s : u"MANAGER"_s;
            else if (asset.assetType == u"TT_ACCOUNT"_s)
                role.ttAccountRoles = m_random.chance(50) ? QStringList{u"POST"_s}
                                                          : QStringList{u"POST"_s, u"LIVE"_s};
            else if (asset.assetType == u"MANAGED_BUSINESS_ACCOUNT"_s)
                role.businessAccountRole = u"BUSINESS_ACCOUNT_ANALYST"_s;
            member.assetRoles.insert(asset.assetId, role);
        }
    }
}

void BusinessCenterGenerator::addSharing(GeneratedBusinessCenter &bc)
{
    QHash<QString, qsizetype> partnerIndex;
    for (qsizetype p = 0; p < bc.partners.size(); ++p)
        partnerIndex.insert(bc.partners.at(p).partnerBcId, p);

    // What partners share with us: the ad accounts and assets they own in our lists.
    for (const AdAccount &account : std::as_const(bc.adAccounts)) {
        if (account.relationType != u"OWNER_PARTNER"_s)
            continue;
        SharedAsset shared;
        shared.assetId = account.advertiserId;
        shared.assetType = u"ADVERTISER"_s;
        shared.assetName = account.name;
        shared.advertiserRole = m_random.chance(50) ? u"OPERATOR"_s : u"ANALYST"_s;
        shared.shareTime = account.createTime;
        bc.partners[partnerIndex.value(account.ownerBcId)].sharedWithUs.append(shared);
    }
    for (const Asset &asset : std::as_const(bc.assets)) {
        if (asset.relationType != u"OWNER_PARTNER"_s)
            continue;
        SharedAsset shared;
        shared.assetId = asset.assetId;
        shared.assetType = asset.assetType;
        shared.assetName = asset.assetName;
        if (asset.assetType == u"CATALOG"_s)
            shared.catalogRole = u"AD_PROMOTE"_s;
        shared.shareTime = asset.createTime;
        bc.partners[partnerIndex.value(asset.ownerBcId)].sharedWithUs.append(shared);
    }

    // What we share with them: a few owned ad accounts and catalogs each.
    QList<qsizetype> ownedCatalogs;
    for (qsizetype a = 0; a < bc.assets.size(); ++a) {
        if (bc.assets.at(a).assetType == u"CATALOG"_s
            && bc.assets.at(a).relationType == u"OWNER_BC"_s)
            ownedCatalogs.append(a);
    }
    for (Partner &partner : bc.partners) {
        const auto count = m_ownedAccounts.isEmpty() ? 0 : m_random.between(2, 4);
        for (qint64 i = 0; i < count; ++i) {
            const AdAccount &account = bc.adAccounts.at(m_random.pick(m_ownedAccounts));
            const bool already = std::any_of(
                    partner.sharedByUs.cbegin(), partner.sharedByUs.cend(),
                    [&](const SharedAsset &s) { return s.assetId == account.advertiserId; });
            if (already)
                continue;
            SharedAsset shared;
            shared.assetId = account.advertiserId;
            shared.assetType = u"ADVERTISER"_s;
            shared.assetName = account.name;
            shared.advertiserRole =
                    m_random.pick(QStringList{u"ADMIN"_s, u"OPERATOR"_s, u"ANALYST"_s});
            shared.shareTime = pastTime(partner.addTime);
            partner.sharedByUs.append(shared);
        }
        if (!ownedCatalogs.isEmpty() && m_random.chance(60)) {
            const Asset &catalog = bc.assets.at(m_random.pick(ownedCatalogs));
            SharedAsset shared;
            shared.assetId = catalog.assetId;
            shared.assetType = u"CATALOG"_s;
            shared.assetName = catalog.assetName;
            shared.catalogRole = u"AD_PROMOTE"_s;
            shared.shareTime = pastTime(partner.addTime);
            partner.sharedByUs.append(shared);
        }
    }
}

void BusinessCenterGenerator::addAssetGroups(GeneratedBusinessCenter &bc)
{
    const QStringList names = NamePools::assetGroupNames();
    static const QStringList roles = {u"ADVERTISER_ROLE_ADMIN"_s, u"ADVERTISER_ROLE_OPERATOR"_s,
                                      u"ADVERTISER_ROLE_ANALYST"_s};
    for (int g = 0; g < m_plan.assetGroups && !m_ownedAccounts.isEmpty(); ++g) {
        AssetGroup group;
        group.assetGroupId = newId();
        const int round = g / static_cast<int>(names.size());
        group.assetGroupName = names.at(g % names.size())
                               + (round == 0 ? QString() : u' ' + QString::number(round + 1));
        group.createTime = pastTime(0);
        const auto assets = m_random.between(2, 10);
        for (qint64 a = 0; a < assets; ++a) {
            const QString &id = bc.adAccounts.at(m_random.pick(m_ownedAccounts)).advertiserId;
            if (std::none_of(group.assets.cbegin(), group.assets.cend(),
                             [&](const AssetGroup::GroupAsset &x) { return x.assetId == id; }))
                group.assets.append({id, u"ADVERTISER"_s});
        }
        const auto members = m_random.between(1, 4);
        for (qint64 m = 0; m < members; ++m) {
            // Not the signed-in user (index 0): the groups should not change what it sees.
            if (m_boundMembers.size() < 2)
                break;
            const qsizetype index =
                    m_boundMembers.at(1 + m_random.bounded(m_boundMembers.size() - 1));
            const QString &userId = bc.members.at(index).userId;
            if (std::none_of(
                        group.members.cbegin(), group.members.cend(),
                        [&](const AssetGroup::GroupMember &x) { return x.memberId == userId; }))
                group.members.append({userId, m_random.pick(roles)});
        }
        bc.assetGroups.append(group);
    }
}

// ---- Billing ------------------------------------------------------------------------------------

void BusinessCenterGenerator::addBillingGroups(GeneratedBusinessCenter &bc)
{
    const QStringList names = NamePools::billingGroupNames();
    const QString slug = slugOf(bc.name);
    for (int g = 0; g < m_plan.billingGroups; ++g) {
        BillingGroup group;
        group.billingGroupId = newId();
        group.billingGroupName =
                g == 0 ? bc.name + u" – Default"_s
                       : names.at((g - 1) % names.size())
                                 + ((g - 1) / names.size() == 0
                                            ? QString()
                                            : u' ' + QString::number((g - 1) / names.size() + 1));
        group.isPrimary = g == 0;
        group.status = g > 0 && g == m_plan.billingGroups - 1 && g >= 2 ? u"INVALID"_s : u"VALID"_s;
        group.invoiceObjectName = bc.company;
        const auto emails = m_random.between(1, 3);
        for (qint64 e = 0; e < emails; ++e)
            group.emails.append(u"billing"_s + (e == 0 ? QString() : QString::number(e + 1)) + u'@'
                                + slug + u".example"_s);
        group.invoiceGroupBy = m_random.chance(70) ? u"ADVERTISER"_s : u"ACCOUNT"_s;
        group.billedToType = m_random.chance(70) ? u"ADVERTISER"_s : u"ACCOUNT"_s;
        group.billingGroupType = g > 0 && m_random.chance(20) ? u"RESERVATION"_s : u"AUCTION"_s;
        group.createTime = pastTime(0);
        bc.billingGroups.append(group);
    }
    if (bc.billingGroups.isEmpty())
        return;
    // Every owned ad account is in one group; most in the primary one.
    for (const qsizetype index : std::as_const(m_ownedAccounts)) {
        qsizetype group = 0;
        if (bc.billingGroups.size() > 1 && m_random.chance(40))
            group = 1 + static_cast<qsizetype>(m_random.bounded(bc.billingGroups.size() - 1));
        bc.billingGroups[group].advertiserIds.append(bc.adAccounts.at(index).advertiserId);
    }
}

void BusinessCenterGenerator::addQualifications(GeneratedBusinessCenter &bc)
{
    const QList<QList<NamePools::Company>> &scripts = m_companies;
    for (int q = 0; q < m_plan.qualifications; ++q) {
        Qualification qualification;
        qualification.qualificationId = newId();
        const NamePools::Company company =
                q == 0 ? m_home : m_random.pick(scripts.at(q % scripts.size()));
        qualification.companyName = q == 0 ? bc.company : company.legalName;
        qualification.status = m_random.chance(75) ? u"VERIFIED"_s : u"UNVERIFIED"_s;
        qualification.regionCode = q == 0 ? bc.registeredArea : company.area;
        qualification.licenseNo =
                company.area == u"CN"_s ? chinaLicence(m_random) : u"REG-"_s + m_random.digits(8);
        if (!m_ownedAccounts.isEmpty())
            qualification.ownerAdvertiserId =
                    bc.adAccounts.at(m_random.pick(m_ownedAccounts)).advertiserId;
        bc.qualifications.append(qualification);
    }
    if (bc.qualifications.isEmpty())
        return;
    for (const qsizetype index : std::as_const(m_ownedAccounts)) {
        if (m_random.chance(70))
            bc.adAccounts[index].qualificationId = m_random.pick(bc.qualifications).qualificationId;
    }
    // An owner uses its own qualification.
    for (const Qualification &qualification : std::as_const(bc.qualifications)) {
        for (AdAccount &account : bc.adAccounts) {
            if (account.advertiserId == qualification.ownerAdvertiserId)
                account.qualificationId = qualification.qualificationId;
        }
    }
}

void BusinessCenterGenerator::addInvoices(GeneratedBusinessCenter &bc)
{
    if (m_plan.invoices <= 0)
        return;
    const QString subjectId = newId(); // the TikTok entity that bills this BC
    QList<qint64> sendDates;
    for (int i = 0; i < m_plan.invoices; ++i)
        sendDates.append(WorldTime::startOfDay(pastTime(0)));
    std::sort(sendDates.begin(), sendDates.end());

    QList<qsizetype> validGroups;
    for (qsizetype g = 0; g < bc.billingGroups.size(); ++g) {
        if (bc.billingGroups.at(g).status == u"VALID"_s)
            validGroups.append(g);
    }
    bc.invoices.reserve(m_plan.invoices);
    const QString taxId = m_taxRate > 0 && m_random.chance(70)
                                  ? bc.registeredArea + m_random.digits(9)
                                  : QString();
    for (int i = 0; i < m_plan.invoices; ++i) {
        Invoice invoice;
        invoice.invoiceId = newId();
        invoice.sendDate = sendDates.at(i);
        invoice.serialNumber = u"TT"_s + bc.registeredArea
                               + WorldTime::date(invoice.sendDate).left(7).remove(u'-')
                               + QString::number(i + 1).rightJustified(5, u'0');
        invoice.subjectId = subjectId;
        invoice.dueDate = invoice.sendDate + 30 * day;
        invoice.currencyCode = bc.currency;
        invoice.invoiceType =
                m_random.weighted({{u"RECON"_s, 65}, {u"CREDIT"_s, 25}, {u"AUTO_PAY"_s, 10}});
        invoice.status = m_random.weighted(
                {{u"APPROVED"_s, 85}, {u"SUBMITTED"_s, 7}, {u"CREATED"_s, 5}, {u"DELETED"_s, 3}});
        if (!validGroups.isEmpty()) {
            const BillingGroup &group = bc.billingGroups.at(m_random.pick(validGroups));
            invoice.billingGroupId = group.billingGroupId;
            invoice.emails = group.emails;
        }
        invoice.accountName = bc.company;
        invoice.invoiceTitle = u"Invoice "_s + WorldTime::date(invoice.sendDate).left(7);
        invoice.countryCode = bc.registeredArea;
        invoice.address = addressIn(m_random, bc.registeredArea);
        invoice.entitySerials = {u"E"_s + m_random.digits(10)};
        invoice.taxId1 = taxId;

        // Corrections of an earlier invoice now and then: negative amounts, nothing to pay.
        const bool correction = i >= 10 && m_random.chance(3);
        Invoice *original =
                correction ? &bc.invoices[m_random.bounded(bc.invoices.size())] : nullptr;
        if (original && original->amountExcludingTax <= 0)
            original = nullptr;

        invoice.amountExcludingTax =
                original ? -(original->amountExcludingTax * m_random.between(10, 100) / 100)
                         : dollars(5'000, 5'000'000, bc.currency);
        if (m_taxRate > 0) {
            invoice.taxType1 = m_taxType;
            invoice.taxRate1BasisPoints = m_taxRate;
            invoice.taxAmount1 = Money::applyRate(invoice.amountExcludingTax, m_taxRate);
        }
        if (m_secondTaxRate > 0) {
            invoice.taxType2 = m_secondTaxType;
            invoice.taxRate2BasisPoints = m_secondTaxRate;
            invoice.taxAmount2 = Money::applyRate(invoice.amountExcludingTax, m_secondTaxRate);
            invoice.taxId2 = taxId.isEmpty() ? QString() : taxId + u"-2"_s;
        }
        invoice.totalTaxAmount = invoice.taxAmount1 + invoice.taxAmount2;
        invoice.amount = invoice.amountExcludingTax + invoice.totalTaxAmount;

        if (original) {
            invoice.invoiceType = original->invoiceType;
            invoice.status = u"APPROVED"_s;
            invoice.payStatus = u"NO_NEED"_s;
            invoice.positiveInvoices.append({original->invoiceId, original->serialNumber});
            original->negativeInvoices.append({invoice.invoiceId, invoice.serialNumber});
        } else if (invoice.status == u"DELETED"_s) {
            invoice.payStatus = u"NO_NEED"_s;
        } else if (invoice.invoiceType == u"AUTO_PAY"_s) {
            invoice.payStatus = m_random.chance(80) ? u"PAID"_s : u"NO_NEED"_s;
        } else if (invoice.dueDate < m_shared.now - 30 * day) {
            invoice.payStatus =
                    m_random.weighted({{u"PAID"_s, 90}, {u"PARTIAL_PAID"_s, 5}, {u"UNPAID"_s, 5}});
        } else if (invoice.dueDate < m_shared.now) {
            invoice.payStatus = m_random.weighted(
                    {{u"PAID"_s, 50}, {u"UNPAID"_s, 30}, {u"PARTIAL_PAID"_s, 20}});
        } else {
            invoice.payStatus = m_random.weighted(
                    {{u"UNPAID"_s, 60}, {u"PAID"_s, 30}, {u"PARTIAL_PAID"_s, 10}});
        }
        if (invoice.payStatus == u"UNPAID"_s)
            invoice.unpaidAmount = invoice.amount;
        else if (invoice.payStatus == u"PARTIAL_PAID"_s)
            invoice.unpaidAmount = invoice.amount * m_random.between(10, 90) / 100;

        if (invoice.status == u"CREATED"_s)
            invoice.overdueStatus = u"INITIALIZED"_s;
        else if (invoice.unpaidAmount > 0 && invoice.dueDate < m_shared.now)
            invoice.overdueStatus = u"YES"_s;
        else
            invoice.overdueStatus = u"NO"_s;
        bc.invoices.append(std::move(invoice));
    }
}

void BusinessCenterGenerator::addTransactions(GeneratedBusinessCenter &bc)
{
    const QString &currency = bc.currency;
    bc.transactions.reserve(m_plan.bcTransactions);
    for (int t = 0; t < m_plan.bcTransactions; ++t) {
        const QString kind = m_random.weighted({{u"RECHARGE"_s, 35},
                                                {u"REFUND"_s, 5},
                                                {u"ADD_BALANCE"_s, 20},
                                                {u"BILL_PAYMENT"_s, 20},
                                                {u"PROMOTION_ISSUED"_s, 8},
                                                {u"PROMOTION_EXPIRED"_s, 4},
                                                {u"CARD_VERIFICATION"_s, 4},
                                                {u"CARD_VERIFICATION_REFUND"_s, 4}});
        BcTransaction record;
        record.transactionId = newId();
        record.currency = currency;
        record.timezone = bc.timezone;
        record.billingType = u"CASH"_s;
        record.fundsType = u"FUNDS_TYPE_CASH"_s;

        const bool transfer =
                (kind == u"RECHARGE"_s || kind == u"REFUND"_s) && !m_ownedAccounts.isEmpty();
        if (transfer) {
            const AdAccount &account = bc.adAccounts.at(m_random.pick(m_ownedAccounts));
            const bool recharge = kind == u"RECHARGE"_s;
            const bool grant = m_random.chance(10);
            const bool credit = !grant && account.billingType == u"CREDIT"_s && m_random.chance(50);
            const Cents amount = dollars(1'000, 500'000, currency);
            record.time = pastTime(account.createTime);
            record.amount = recharge ? -amount : amount;
            record.fundsType = grant    ? u"FUNDS_TYPE_GRANT"_s
                               : credit ? QString()
                                        : u"FUNDS_TYPE_CASH"_s;
            record.billingType = credit ? u"CREDIT"_s : u"CASH"_s;
            record.transactionType = recharge ? u"DECREASE_BALANCE"_s : u"INCREASE_BALANCE"_s;
            record.advertiserId = account.advertiserId;

            AccountTransaction other;
            other.transactionId = newId();
            other.advertiserId = account.advertiserId;
            other.time = record.time;
            other.amount = -record.amount;
            other.subtotal = other.amount;
            other.currency = currency;
            other.fundsType = record.fundsType;
            other.transactionType = recharge ? u"ADD_BALANCE"_s : u"REFUND"_s;
            other.transferType = u"TRANS_TYPE_TRANSFER"_s;
            other.billingType = record.billingType;
            other.paymentPortfolioId = account.paymentPortfolioId;
            other.paymentPortfolioName = account.paymentPortfolioName;
            other.pairedTransactionId = record.transactionId;
            record.pairedTransactionId = other.transactionId;
            bc.accountTransactions.append(std::move(other));
        } else if (kind == u"BILL_PAYMENT"_s && !bc.invoices.isEmpty()) {
            const Invoice &invoice = m_random.pick(bc.invoices);
            record.time = pastTime(invoice.sendDate);
            record.amount = std::max<Cents>(invoice.amount, 100) * m_random.between(20, 100) / 100;
            record.transactionType = u"BILL_PAYMENT"_s;
            record.invoiceId = invoice.invoiceId;
            record.invoiceSerialNumber = invoice.serialNumber;
            record.billingType = u"CREDIT"_s;
        } else if (kind == u"PROMOTION_ISSUED"_s || kind == u"PROMOTION_EXPIRED"_s) {
            record.time = pastTime(0);
            const Cents amount = dollars(1'000, 50'000, currency);
            record.amount = kind == u"PROMOTION_ISSUED"_s ? amount : -amount;
            record.fundsType = u"FUNDS_TYPE_GRANT"_s;
            record.transactionType = kind;
        } else if (kind == u"CARD_VERIFICATION"_s || kind == u"CARD_VERIFICATION_REFUND"_s) {
            record.time = pastTime(0);
            const Cents amount = Currencies::fromDollars(100, currency);
            record.amount = kind == u"CARD_VERIFICATION"_s ? -amount : amount;
            record.transactionType = kind;
        } else {
            // A top-up by card or bank transfer; VAT countries split off the tax.
            record.time = pastTime(0);
            record.subtotal = dollars(10'000, 2'000'000, currency);
            record.taxAmount = Money::applyRate(record.subtotal, m_taxRate);
            record.amount = record.subtotal + record.taxAmount;
            record.transactionType = u"ADD_BALANCE"_s;
        }
        if (record.subtotal == 0 && record.taxAmount == 0)
            record.subtotal = record.amount;
        bc.transactions.append(std::move(record));
    }
    sortByTime(bc.transactions);
}

void BusinessCenterGenerator::addAccountTransactions(GeneratedBusinessCenter &bc)
{
    bc.accountTransactions.reserve(bc.accountTransactions.size()
                                   + bc.adAccounts.size() * m_plan.accountTransactionsPerAccount);
    for (const AdAccount &account : std::as_const(bc.adAccounts)) {
        const int taxRate = taxRule(account.country).rate;
        for (int t = 0; t < m_plan.accountTransactionsPerAccount; ++t) {
            const QString kind =
                    m_random.weighted({{u"PAYMENT"_s, 35},
                                       {u"COST"_s, 35},
                                       {u"TAX"_s, taxRate > 0 ? 10 : 0},
                                       {u"PROMOTION"_s, 15},
                                       {u"RETURN"_s, account.type == u"RESERVATION"_s ? 5 : 0}});
            AccountTransaction record;
            record.transactionId = newId();
            record.advertiserId = account.advertiserId;
            record.time = pastTime(account.createTime);
            record.currency = account.currency;
            record.billingType = account.billingType;
            record.paymentPortfolioId = account.paymentPortfolioId;
            record.paymentPortfolioName = account.paymentPortfolioName;
            if (kind == u"PAYMENT"_s) {
                record.subtotal = dollars(2'000, 300'000, account.currency);
                record.taxAmount = Money::applyRate(record.subtotal, taxRate);
                record.amount = record.subtotal + record.taxAmount;
                record.fundsType = u"FUNDS_TYPE_CASH"_s;
                record.transactionType = u"ADD_BALANCE"_s;
                record.transferType = u"TRANS_TYPE_PAYMENT"_s;
            } else if (kind == u"COST"_s) {
                record.amount = -dollars(1'000, 200'000, account.currency);
                record.subtotal = record.amount;
                record.transactionType = u"DECREASE_BALANCE"_s;
                record.transferType = u"TRANS_TYPE_COST"_s;
            } else if (kind == u"TAX"_s) {
                record.amount = -dollars(100, 20'000, account.currency);
                record.taxAmount = record.amount;
                record.transactionType = u"DECREASE_BALANCE"_s;
                record.transferType = u"TRANS_TYPE_TAX"_s;
            } else if (kind == u"PROMOTION"_s) {
                record.amount = dollars(1'000, 30'000, account.currency);
                record.subtotal = record.amount;
                record.fundsType = u"FUNDS_TYPE_GRANT"_s;
                record.transactionType = u"PROMOTION_ISSUED"_s;
                record.transferType = u"TRANS_TYPE_TRANSFER"_s;
            } else {
                record.amount = dollars(1'000, 100'000, account.currency);
                record.subtotal = record.amount;
                record.fundsType = u"FUNDS_TYPE_CASH"_s;
                record.transactionType = u"RETURN_OF_REMAINING_BUDGET"_s;
                record.transferType = u"TRANS_TYPE_TRANSFER"_s;
            }
            bc.accountTransactions.append(std::move(record));
        }
    }
    sortByTime(bc.accountTransactions);
}

void BusinessCenterGenerator::addInvoiceTasks(GeneratedBusinessCenter &bc)
{
    static const QStringList types = {u"INVOICE_LIST"_s, u"BILLING_REPORT"_s, u"INVOICE_BATCH"_s};
    for (int t = 0; t < m_plan.invoiceTasks; ++t) {
        InvoiceTask task;
        task.taskId = newId();
        task.bcId = bc.bcId;
        task.downloadType = types.at(t % types.size());
        task.createTime = pastTime(m_shared.now - 60 * day);
        if (task.downloadType == u"INVOICE_BATCH"_s && !bc.invoices.isEmpty())
            task.invoiceId = m_random.pick(bc.invoices).invoiceId;
        // One old export failed, as big ones do.
        if (t == 2) {
            task.fails = true;
            task.errorMessage = u"Export failed: too many rows; narrow the time range."_s;
        }
        bc.invoiceTasks.append(task);
    }
}

void BusinessCenterGenerator::addChildBusinessCenters(GeneratedBusinessCenter &bc)
{
    static const QStringList regions = {u"España"_s,  u"Nordics"_s, u"日本"_s, u"LATAM"_s,
                                        u"🇩🇪 DACH"_s, u"Benelux"_s, u"한국"_s};
    for (int c = 0; c < m_plan.childBusinessCenters; ++c) {
        ChildBusinessCenter child;
        child.bcId = newId();
        const int round = c / static_cast<int>(regions.size());
        child.name = bc.name + u" – "_s + regions.at(c % regions.size())
                     + (round == 0 ? QString() : u' ' + QString::number(round + 1));
        child.company = bc.company;
        child.relationStatus = c == 2 ? u"PENDING"_s : u"BOUND"_s;
        child.inviteTime = pastTime(0);
        // A few of the parent's members work there too.
        const auto members = std::min<qint64>(m_random.between(1, 3), m_boundMembers.size());
        for (qint64 m = 0; m < members; ++m) {
            Member member = bc.members.at(m_boundMembers.at(m));
            member.assetRoles.clear();
            member.userRole = m == 0 ? u"ADMIN"_s : u"STANDARD"_s;
            child.members.append(member);
        }
        bc.childBusinessCenters.append(child);
    }
}

void BusinessCenterGenerator::addImages(GeneratedBusinessCenter &bc)
{
    for (int i = 0; i < m_plan.images; ++i) {
        UploadedImage image;
        image.imageId = newId();
        const bool png = i % 2 == 0;
        image.format = png ? u"PNG"_s : u"JPEG"_s;
        image.fileName = (png ? u"license_scan_"_s : u"storefront_photo_"_s)
                         + QString::number(i + 1) + (png ? u".png"_s : u".jpg"_s);
        image.imageUrl = u"https://bc-images.example.invalid/"_s + image.imageId
                         + (png ? u".png"_s : u".jpeg"_s);
        image.sizeBytes = m_random.between(40'000, 2'000'000);
        image.width = static_cast<int>(m_random.between(600, 2400));
        image.height = static_cast<int>(m_random.between(600, 2400));
        image.signature = m_random.hex(32);
        image.uploadTime = pastTime(0);
        bc.images.append(image);
    }
}

} // namespace bc::emulator
