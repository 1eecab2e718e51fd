#include "world.h"

#include "world/worldtime.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc::emulator {

namespace {

int advertiserRoleRank(const QString &role)
{
    if (role == u"ADMIN"_s)
        return 3;
    if (role == u"OPERATOR"_s)
        return 2;
    return role == u"ANALYST"_s ? 1 : 0;
}

const QString &higherAdvertiserRole(const QString &a, const QString &b)
{
    return advertiserRoleRank(b) > advertiserRoleRank(a) ? b : a;
}

} // namespace

World::World() = default;

// ---- Indexes ------------------------------------------------------------------------------------

void World::rebuildIndexes()
{
    m_businessCenterIndex.clear();
    m_adAccountIndex.clear();
    m_userIndex.clear();
    for (qsizetype b = 0; b < m_businessCenters.size(); ++b) {
        m_businessCenterIndex.insert(m_businessCenters.at(b).bcId, b);
        for (qsizetype a = 0; a < m_businessCenters.at(b).adAccounts.size(); ++a)
            indexAdAccount(b, a);
    }
    for (qsizetype u = 0; u < m_users.size(); ++u)
        m_userIndex.insert(m_users.at(u).userId, u);
}

void World::indexAdAccount(qsizetype businessCenter, qsizetype account)
{
    m_adAccountIndex.insert(
            m_businessCenters.at(businessCenter).adAccounts.at(account).advertiserId,
            {businessCenter, account});
}

qsizetype World::indexOfBusinessCenter(const QString &bcId) const
{
    return m_businessCenterIndex.value(bcId, -1);
}

GeneratedBusinessCenter *World::mutableBusinessCenter(const QString &bcId)
{
    const qsizetype index = indexOfBusinessCenter(bcId);
    return index < 0 ? nullptr : &m_businessCenters[index];
}

AdAccount *World::mutableAdAccount(const QString &advertiserId)
{
    const auto it = m_adAccountIndex.constFind(advertiserId);
    if (it == m_adAccountIndex.constEnd())
        return nullptr;
    return &m_businessCenters[it->businessCenter].adAccounts[it->account];
}

Member *World::mutableMember(GeneratedBusinessCenter &bc, const QString &userId)
{
    if (userId.isEmpty())
        return nullptr;
    for (Member &member : bc.members) {
        if (member.userId == userId)
            return &member;
    }
    return nullptr;
}

void World::syncSignedInUser(GeneratedBusinessCenter &bc)
{
    for (const Member &member : std::as_const(bc.members)) {
        if (member.userId == signedInUser().userId) {
            bc.userRole = member.userRole;
            bc.financeRole = member.financeRole;
            return;
        }
    }
}

// ---- Lookups ------------------------------------------------------------------------------------

const GeneratedBusinessCenter *World::findBusinessCenter(const QString &bcId) const
{
    const qsizetype index = indexOfBusinessCenter(bcId);
    return index < 0 ? nullptr : &m_businessCenters.at(index);
}

const AdAccount *World::findAdAccount(const QString &advertiserId) const
{
    const auto it = m_adAccountIndex.constFind(advertiserId);
    if (it == m_adAccountIndex.constEnd())
        return nullptr;
    return &m_businessCenters.at(it->businessCenter).adAccounts.at(it->account);
}

const GeneratedBusinessCenter *World::businessCenterOfAdAccount(const QString &advertiserId) const
{
    const auto it = m_adAccountIndex.constFind(advertiserId);
    if (it == m_adAccountIndex.constEnd())
        return nullptr;
    return &m_businessCenters.at(it->businessCenter);
}

const AdAccount *World::findAdAccount(const QString &bcId, const QString &advertiserId) const
{
    const GeneratedBusinessCenter *owner = businessCenterOfAdAccount(advertiserId);
    return owner && owner->bcId == bcId ? findAdAccount(advertiserId) : nullptr;
}

const Asset *World::findAsset(const QString &bcId, const QString &assetId) const
{
    const GeneratedBusinessCenter *bc = findBusinessCenter(bcId);
    if (!bc)
        return nullptr;
    const auto it = std::find_if(bc->assets.cbegin(), bc->assets.cend(),
                                 [&](const Asset &asset) { return asset.assetId == assetId; });
    return it == bc->assets.cend() ? nullptr : &*it;
}

const Asset *World::findPixel(const QString &bcId, const QString &pixelCode) const
{
    const GeneratedBusinessCenter *bc = findBusinessCenter(bcId);
    if (!bc)
        return nullptr;
    const auto it = std::find_if(bc->assets.cbegin(), bc->assets.cend(), [&](const Asset &asset) {
        return asset.assetType == u"PIXEL"_s && asset.pixelCode == pixelCode;
    });
    return it == bc->assets.cend() ? nullptr : &*it;
}

const Member *World::findMember(const QString &bcId, const QString &userId) const
{
    const GeneratedBusinessCenter *bc = findBusinessCenter(bcId);
    if (!bc || userId.isEmpty())
        return nullptr;
    const auto it = std::find_if(bc->members.cbegin(), bc->members.cend(),
                                 [&](const Member &member) { return member.userId == userId; });
    return it == bc->members.cend() ? nullptr : &*it;
}

const Member *World::findMemberByEmail(const QString &bcId, const QString &email) const
{
    const GeneratedBusinessCenter *bc = findBusinessCenter(bcId);
    if (!bc || email.isEmpty())
        return nullptr;
    const auto it = std::find_if(bc->members.cbegin(), bc->members.cend(), [&](const Member &m) {
        return m.userEmail.compare(email, Qt::CaseInsensitive) == 0;
    });
    return it == bc->members.cend() ? nullptr : &*it;
}

const Partner *World::findPartner(const QString &bcId, const QString &partnerId) const
{
    const GeneratedBusinessCenter *bc = findBusinessCenter(bcId);
    if (!bc)
        return nullptr;
    const auto it = std::find_if(bc->partners.cbegin(), bc->partners.cend(),
                                 [&](const Partner &p) { return p.partnerBcId == partnerId; });
    return it == bc->partners.cend() ? nullptr : &*it;
}

const AssetGroup *World::findAssetGroup(const QString &bcId, const QString &assetGroupId) const
{
    const GeneratedBusinessCenter *bc = findBusinessCenter(bcId);
    if (!bc)
        return nullptr;
    const auto it =
            std::find_if(bc->assetGroups.cbegin(), bc->assetGroups.cend(),
                         [&](const AssetGroup &g) { return g.assetGroupId == assetGroupId; });
    return it == bc->assetGroups.cend() ? nullptr : &*it;
}

const BillingGroup *World::findBillingGroup(const QString &bcId,
                                            const QString &billingGroupId) const
{
    const GeneratedBusinessCenter *bc = findBusinessCenter(bcId);
    if (!bc)
        return nullptr;
    const auto it =
            std::find_if(bc->billingGroups.cbegin(), bc->billingGroups.cend(),
                         [&](const BillingGroup &g) { return g.billingGroupId == billingGroupId; });
    return it == bc->billingGroups.cend() ? nullptr : &*it;
}

QString World::billingGroupOf(const QString &bcId, const QString &advertiserId) const
{
    const GeneratedBusinessCenter *bc = findBusinessCenter(bcId);
    if (!bc)
        return {};
    for (const BillingGroup &group : bc->billingGroups) {
        if (group.advertiserIds.contains(advertiserId))
            return group.billingGroupId;
    }
    return {};
}

const Invoice *World::findInvoice(const QString &bcId, const QString &invoiceId) const
{
    const GeneratedBusinessCenter *bc = findBusinessCenter(bcId);
    if (!bc)
        return nullptr;
    const auto it = std::find_if(bc->invoices.cbegin(), bc->invoices.cend(),
                                 [&](const Invoice &i) { return i.invoiceId == invoiceId; });
    return it == bc->invoices.cend() ? nullptr : &*it;
}

const InvoiceTask *World::findInvoiceTask(const QString &bcId, const QString &taskId) const
{
    const GeneratedBusinessCenter *bc = findBusinessCenter(bcId);
    if (!bc)
        return nullptr;
    const auto it = std::find_if(bc->invoiceTasks.cbegin(), bc->invoiceTasks.cend(),
                                 [&](const InvoiceTask &t) { return t.taskId == taskId; });
    return it == bc->invoiceTasks.cend() ? nullptr : &*it;
}

const ChildBusinessCenter *World::findChildBusinessCenter(const QString &bcId,
                                                          const QString &childBcId) const
{
    const GeneratedBusinessCenter *bc = findBusinessCenter(bcId);
    if (!bc)
        return nullptr;
    const auto it = std::find_if(bc->childBusinessCenters.cbegin(), bc->childBusinessCenters.cend(),
                                 [&](const ChildBusinessCenter &c) { return c.bcId == childBcId; });
    return it == bc->childBusinessCenters.cend() ? nullptr : &*it;
}

const UploadedImage *World::findImage(const QString &bcId, const QString &imageId) const
{
    const GeneratedBusinessCenter *bc = findBusinessCenter(bcId);
    if (!bc)
        return nullptr;
    const auto it = std::find_if(bc->images.cbegin(), bc->images.cend(),
                                 [&](const UploadedImage &i) { return i.imageId == imageId; });
    return it == bc->images.cend() ? nullptr : &*it;
}

QHash<QString, int> World::qualificationLinkCounts(const QString &bcId) const
{
    QHash<QString, int> counts;
    const GeneratedBusinessCenter *bc = findBusinessCenter(bcId);
    if (!bc)
        return counts;
    for (const Qualification &qualification : bc->qualifications)
        counts.insert(qualification.qualificationId, 0);
    for (const AdAccount &account : bc->adAccounts) {
        const auto it = counts.find(account.qualificationId);
        if (it != counts.end())
            ++*it;
    }
    return counts;
}

const User *World::findUser(const QString &userId) const
{
    const qsizetype index = m_userIndex.value(userId, -1);
    return index < 0 ? nullptr : &m_users.at(index);
}

const User &World::signedInUser() const
{
    static const User nobody;
    return m_users.isEmpty() ? nobody : m_users.constFirst();
}

QString World::businessCenterName(const QString &bcId) const
{
    if (const GeneratedBusinessCenter *bc = findBusinessCenter(bcId))
        return bc->name;
    for (const ExternalBusinessCenter &external : m_externalBusinessCenters) {
        if (external.bcId == bcId)
            return external.name;
    }
    for (const GeneratedBusinessCenter &bc : m_businessCenters) {
        for (const ChildBusinessCenter &child : bc.childBusinessCenters) {
            if (child.bcId == bcId)
                return child.name;
        }
    }
    return {};
}

bool World::knownBusinessCenter(const QString &bcId) const
{
    return !businessCenterName(bcId).isEmpty();
}

// ---- Derived data -------------------------------------------------------------------------------

SeededRandom World::derivedRandom(const QString &key) const
{
    // FNV-1a over the key's UTF-16: stable across runs and platforms, unlike qHash.
    quint64 hash = 0xCBF29CE484222325ULL;
    for (const QChar c : key) {
        hash ^= c.unicode();
        hash *= 0x100000001B3ULL;
    }
    return SeededRandom(SeededRandom::derive(m_seed, hash));
}

DailyCost World::dailyCost(const AdAccount &account, qint64 day) const
{
    DailyCost cost;
    const qint64 today = WorldTime::dayOf(nowSecs());
    if (account.dailySpend <= 0 || day < WorldTime::dayOf(account.createTime) || day > today)
        return cost;
    if (account.disabled && day > WorldTime::dayOf(account.disableTime))
        return cost;
    SeededRandom random(
            SeededRandom::derive(SeededRandom::derive(m_seed, account.advertiserId.toULongLong()),
                                 static_cast<quint64>(day)));
    // Some days nothing runs; the others vary around the typical spend.
    if (random.chance(15))
        return cost;
    const Cents spend = account.dailySpend * random.between(40, 160) / 100;
    cost.grantAmount = random.chance(20) ? spend * random.between(5, 30) / 100 : 0;
    cost.cashAmount = spend - cost.grantAmount;
    // Accounts with tax on their balance pay it on spend too.
    cost.taxAmount = account.balance.cashTax > 0 ? Money::applyRate(spend, 800) : 0;
    return cost;
}

DailyCost World::costBetween(const AdAccount &account, qint64 fromSecs, qint64 toSecs) const
{
    DailyCost total;
    for (qint64 day = WorldTime::dayOf(fromSecs); day <= WorldTime::dayOf(toSecs); ++day)
        total += dailyCost(account, day);
    return total;
}

int World::budgetChangesUsedToday(const AdAccount &account) const
{
    return account.budgetChangeDay == WorldTime::dayOf(nowSecs()) ? account.budgetChangesThatDay
                                                                  : 0;
}

Cents World::unpaidAmount(const QString &bcId, const QString &invoiceType) const
{
    Cents total = 0;
    if (const GeneratedBusinessCenter *bc = findBusinessCenter(bcId)) {
        for (const Invoice &invoice : bc->invoices) {
            if (invoice.invoiceType == invoiceType && invoice.status != u"DELETED"_s)
                total += invoice.unpaidAmount;
        }
    }
    return total;
}

BindQuota World::bindQuota(const QString &bcId, const QString &assetType) const
{
    BindQuota quota;
    const GeneratedBusinessCenter *bc = findBusinessCenter(bcId);
    if (!bc)
        return quota;
    quota.totalQuota = bc->assetQuotas.value(assetType, 0);
    if (assetType == u"ADVERTISER"_s) {
        quota.usedQuota = bc->adAccounts.size();
    } else {
        quota.usedQuota = std::count_if(bc->assets.cbegin(), bc->assets.cend(),
                                        [&](const Asset &a) { return a.assetType == assetType; });
    }
    return quota;
}

// ---- Tokens -------------------------------------------------------------------------------------

const AccessGrant *World::findAccessGrant(const QString &token) const
{
    const auto it = m_accessGrants.constFind(token);
    if (it == m_accessGrants.constEnd() || it->revoked || token.isEmpty())
        return nullptr;
    return &*it;
}

bool World::acceptsAccessToken(const QString &token) const
{
    return findAccessGrant(token) != nullptr;
}

QString World::userIdForToken(const QString &token) const
{
    const AccessGrant *grant = findAccessGrant(token);
    return grant ? grant->userId : QString();
}

QStringList World::grantedAdvertiserIds(const QString &token) const
{
    const AccessGrant *grant = findAccessGrant(token);
    if (!grant)
        return {};
    if (grant->allAdvertisers)
        return visibleAdvertiserIds(grant->userId);
    // Only those the user can still see: a role taken away takes the grant with it.
    QStringList ids;
    for (const QString &id : grant->advertiserIds) {
        if (!advertiserRole(grant->userId, id).isEmpty())
            ids.append(id);
    }
    return ids;
}

bool World::tokenGrantsAdvertiser(const QString &token, const QString &advertiserId) const
{
    const AccessGrant *grant = findAccessGrant(token);
    if (!grant || advertiserRole(grant->userId, advertiserId).isEmpty())
        return false;
    return grant->allAdvertisers || grant->advertiserIds.contains(advertiserId);
}

QString World::issueAccessToken(const QString &userId, const QStringList &advertiserIds,
                                bool allAdvertisers)
{
    AccessGrant grant;
    grant.token = newToken();
    grant.appId = m_app.appId;
    grant.userId = userId;
    grant.allAdvertisers = allAdvertisers;
    grant.advertiserIds = advertiserIds;
    grant.scope = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
    grant.issueTime = nowSecs();
    m_accessGrants.insert(grant.token, grant);
    return grant.token;
}

// ---- Roles and permissions ----------------------------------------------------------------------

QString World::userRole(const QString &bcId, const QString &userId) const
{
    const Member *member = findMember(bcId, userId);
    return member && member->relationStatus == u"BOUND"_s ? member->userRole : QString();
}

QString World::financeRole(const QString &bcId, const QString &userId) const
{
    const Member *member = findMember(bcId, userId);
    return member && member->relationStatus == u"BOUND"_s ? member->financeRole : QString();
}

QString World::advertiserRole(const QString &userId, const QString &advertiserId) const
{
    const GeneratedBusinessCenter *bc = businessCenterOfAdAccount(advertiserId);
    if (!bc)
        return {};
    const Member *member = findMember(bc->bcId, userId);
    if (!member || member->relationStatus != u"BOUND"_s)
        return {};
    if (member->userRole == u"ADMIN"_s)
        return u"ADMIN"_s;
    const QString explicitRole = member->assetRoles.value(advertiserId).advertiserRole;
    if (bc->assetGroups.isEmpty())
        return explicitRole;
    return higherAdvertiserRole(explicitRole,
                                groupAdvertiserRoles(*bc, userId).value(advertiserId));
}

QHash<QString, QString> World::groupAdvertiserRoles(const GeneratedBusinessCenter &bc,
                                                    const QString &userId) const
{
    QHash<QString, QString> roles;
    for (const AssetGroup &group : bc.assetGroups) {
        const auto member = std::find_if(
                group.members.cbegin(), group.members.cend(),
                [&](const AssetGroup::GroupMember &m) { return m.memberId == userId; });
        if (member == group.members.cend())
            continue;
        // ADVERTISER_ROLE_OPERATOR → OPERATOR
        const QString role = member->advertiserRole.section(u'_', 2);
        for (const AssetGroup::GroupAsset &asset : group.assets) {
            QString &current = roles[asset.assetId];
            current = higherAdvertiserRole(current, role);
        }
    }
    return roles;
}

AssetRole World::assetRole(const QString &bcId, const QString &userId, const QString &assetId) const
{
    const Member *member = findMember(bcId, userId);
    if (!member || member->relationStatus != u"BOUND"_s)
        return {};
    if (member->userRole != u"ADMIN"_s) {
        AssetRole role = member->assetRoles.value(assetId);
        // Asset groups add to the explicit role on ad accounts.
        if (findAdAccount(bcId, assetId)) {
            role.assetType = u"ADVERTISER"_s;
            role.advertiserRole = advertiserRole(userId, assetId);
        }
        return role;
    }

    // Admins hold the top role of whatever the asset is.
    AssetRole role;
    if (findAdAccount(bcId, assetId)) {
        role.assetType = u"ADVERTISER"_s;
        role.advertiserRole = u"ADMIN"_s;
        return role;
    }
    const Asset *asset = findAsset(bcId, assetId);
    if (!asset)
        return {};
    role.assetType = asset->assetType;
    if (asset->assetType == u"CATALOG"_s)
        role.catalogRole = u"ADMIN"_s;
    else if (asset->assetType == u"LEAD"_s)
        role.formLibraryRole = u"ADMIN"_s;
    else if (asset->assetType == u"TIKTOK_SHOP"_s)
        role.storeRole = u"MANAGER"_s;
    else if (asset->assetType == u"TT_ACCOUNT"_s)
        role.ttAccountRoles = {u"POST"_s, u"LIVE"_s, u"DIRECT_MESSAGE"_s};
    else if (asset->assetType == u"MANAGED_BUSINESS_ACCOUNT"_s)
        role.businessAccountRole = u"BUSINESS_ACCOUNT_ADMIN"_s;
    return role;
}

QStringList World::visibleAdvertiserIds(const QString &userId) const
{
    QStringList ids;
    for (const GeneratedBusinessCenter &bc : m_businessCenters) {
        const Member *member = findMember(bc.bcId, userId);
        if (!member || member->relationStatus != u"BOUND"_s)
            continue;
        const bool admin = member->userRole == u"ADMIN"_s;
        const QHash<QString, QString> groupRoles =
                admin ? QHash<QString, QString>() : groupAdvertiserRoles(bc, userId);
        for (const AdAccount &account : bc.adAccounts) {
            if (admin || !member->assetRoles.value(account.advertiserId).advertiserRole.isEmpty()
                || !groupRoles.value(account.advertiserId).isEmpty()) {
                ids.append(account.advertiserId);
            }
        }
    }
    return ids;
}

WorldError World::checkBusinessCenterAccess(const QString &token, const QString &bcId) const
{
    const QString userId = userIdForToken(token);
    if (!findBusinessCenter(bcId) || userRole(bcId, userId).isEmpty())
        return WorldError::noPermission(u"No permission to operate Business Center: "_s + bcId);
    return {};
}

WorldError World::checkAdmin(const QString &token, const QString &bcId) const
{
    if (WorldError error = checkBusinessCenterAccess(token, bcId); !error.ok())
        return error;
    if (userRole(bcId, userIdForToken(token)) != u"ADMIN"_s) {
        return WorldError::noPermission(
                u"Only Business Center admins can do this in Business Center: "_s + bcId);
    }
    return {};
}

WorldError World::checkFinance(const QString &token, const QString &bcId,
                               FinanceAccess access) const
{
    if (WorldError error = checkBusinessCenterAccess(token, bcId); !error.ok())
        return error;
    const QString role = financeRole(bcId, userIdForToken(token));
    const bool allowed = access == FinanceAccess::Read
                                 ? (role == u"MANAGER"_s || role == u"ANALYST"_s)
                                 : role == u"MANAGER"_s;
    if (!allowed) {
        return WorldError::noPermission(
                access == FinanceAccess::Read
                        ? u"A finance role (Finance Manager or Finance Analyst) is required in Business Center: "_s
                                  + bcId
                        : u"The Finance Manager role is required in Business Center: "_s + bcId);
    }
    return {};
}

WorldError World::checkAdvertiserAccess(const QString &token, const QString &advertiserId,
                                        AdvertiserAccess access) const
{
    const WorldError denied =
            WorldError::noPermission(u"No permission to operate advertiser: "_s + advertiserId);
    if (!tokenGrantsAdvertiser(token, advertiserId))
        return denied;
    const QString role = advertiserRole(userIdForToken(token), advertiserId);
    if (access == AdvertiserAccess::Write && role != u"ADMIN"_s && role != u"OPERATOR"_s)
        return denied;
    return {};
}

WorldError World::checkApp(const QString &appId, const QString &secret) const
{
    if (appId != m_app.appId || secret != m_app.secret)
        return {ReturnCode::InvalidPartner, u"The app_id or secret is incorrect."_s};
    return {};
}

} // namespace bc::emulator
