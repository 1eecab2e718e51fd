#include "models/section.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace bc::models {

const QList<Section> &allSections()
{
    static const QList<Section> sections = {
            Section::Overview,       Section::AdAccounts, Section::Members,
            Section::Partners,       Section::Assets,     Section::AssetGroups,
            Section::BillingGroups,  Section::Invoices,   Section::Transactions,
            Section::BcTransactions, Section::Costs,      Section::Pixels,
            Section::Activity,
    };
    return sections;
}

QString sectionTitle(Section section)
{
    switch (section) {
    case Section::Overview:
        return QCoreApplication::translate("bc::models::Section", "Overview");
    case Section::AdAccounts:
        return QCoreApplication::translate("bc::models::Section", "Ad accounts");
    case Section::Members:
        return QCoreApplication::translate("bc::models::Section", "Members");
    case Section::Partners:
        return QCoreApplication::translate("bc::models::Section", "Partners");
    case Section::Assets:
        return QCoreApplication::translate("bc::models::Section", "Assets");
    case Section::AssetGroups:
        return QCoreApplication::translate("bc::models::Section", "Asset groups");
    case Section::BillingGroups:
        return QCoreApplication::translate("bc::models::Section", "Billing groups");
    case Section::Invoices:
        return QCoreApplication::translate("bc::models::Section", "Invoices");
    case Section::Transactions:
        return QCoreApplication::translate("bc::models::Section", "Transactions");
    case Section::BcTransactions:
        return QCoreApplication::translate("bc::models::Section", "Business Center transactions");
    case Section::Costs:
        return QCoreApplication::translate("bc::models::Section", "Costs");
    case Section::Pixels:
        return QCoreApplication::translate("bc::models::Section", "Pixels");
    case Section::Activity:
        return QCoreApplication::translate("bc::models::Section", "Activity");
    }
    return {};
}

QString sectionKey(Section section)
{
    switch (section) {
    case Section::Overview:
        return u"overview"_s;
    case Section::AdAccounts:
        return u"ad-accounts"_s;
    case Section::Members:
        return u"members"_s;
    case Section::Partners:
        return u"partners"_s;
    case Section::Assets:
        return u"assets"_s;
    case Section::AssetGroups:
        return u"asset-groups"_s;
    case Section::BillingGroups:
        return u"billing-groups"_s;
    case Section::Invoices:
        return u"invoices"_s;
    case Section::Transactions:
        return u"transactions"_s;
    case Section::BcTransactions:
        return u"bc-transactions"_s;
    case Section::Costs:
        return u"costs"_s;
    case Section::Pixels:
        return u"pixels"_s;
    case Section::Activity:
        return u"activity"_s;
    }
    return {};
}

std::optional<Section> sectionFromKey(const QString &key)
{
    for (const Section section : allSections()) {
        if (sectionKey(section) == key)
            return section;
    }
    return std::nullopt;
}

std::optional<store::MirrorList> sectionList(Section section)
{
    switch (section) {
    case Section::Overview:
    case Section::Activity:
        return std::nullopt;
    case Section::AdAccounts:
        return store::MirrorList::AdAccounts;
    case Section::Members:
        return store::MirrorList::Members;
    case Section::Partners:
        return store::MirrorList::Partners;
    case Section::Assets:
        return store::MirrorList::Assets;
    case Section::AssetGroups:
        return store::MirrorList::AssetGroups;
    case Section::BillingGroups:
        return store::MirrorList::BillingGroups;
    case Section::Invoices:
        return store::MirrorList::Invoices;
    case Section::Transactions:
        return store::MirrorList::AccountTransactions;
    case Section::BcTransactions:
        return store::MirrorList::BcTransactions;
    case Section::Costs:
        return store::MirrorList::AccountCosts;
    case Section::Pixels:
        return store::MirrorList::Pixels;
    }
    return std::nullopt;
}

QString assetTypeTitle(const QString &type)
{
    if (type == "ADVERTISER"_L1)
        return QCoreApplication::translate("bc::models::Section", "Ad accounts");
    if (type == "CATALOG"_L1)
        return QCoreApplication::translate("bc::models::Section", "Catalogs");
    if (type == "LEAD"_L1)
        return QCoreApplication::translate("bc::models::Section", "Leads");
    if (type == "PIXEL"_L1)
        return QCoreApplication::translate("bc::models::Section", "Pixels");
    if (type == "STOREFRONT"_L1)
        return QCoreApplication::translate("bc::models::Section", "Storefronts");
    if (type == "TIKTOK_SHOP"_L1)
        return QCoreApplication::translate("bc::models::Section", "TikTok Shops");
    if (type == "TT_ACCOUNT"_L1)
        return QCoreApplication::translate("bc::models::Section", "TikTok accounts");
    return type;
}

} // namespace bc::models
