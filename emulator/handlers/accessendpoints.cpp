#include "accessendpoints.h"

#include "accesshandlers.h"

#include "emulator/endpointregistry.h"

using namespace Qt::StringLiterals;

namespace bc::emulator {

void registerAccessEndpoints(EndpointRegistry &registry)
{
    using Method = QHttpServerRequest::Method;
    const auto get = [&](const QString &path, Endpoint::Handler handler) {
        registry.add(path, {Method::Get, true, std::move(handler)});
    };
    const auto post = [&](const QString &path, Endpoint::Handler handler) {
        registry.add(path, {Method::Post, true, std::move(handler)});
    };

    // §3.14 assets. ⚠ The quota path is the official index's, without "bc/" (bububa adds it).
    get(u"bc/asset/get/"_s, &handleBcAssetGet);
    get(u"bc/asset/admin/get/"_s, &handleBcAssetAdminGet);
    post(u"bc/asset/assign/"_s, &handleBcAssetAssign);
    post(u"bc/asset/unassign/"_s, &handleBcAssetUnassign);
    get(u"bc/asset/partner/get/"_s, &handleBcAssetPartnerGet);
    get(u"bc/asset/member/get/"_s, &handleBcAssetMemberGet);
    post(u"bc/asset/admin/delete/"_s, &handleBcAssetAdminDelete);
    get(u"asset/bind/quota/"_s, &handleAssetBindQuota);

    // §3.15 asset groups (⚠ official paths bc/asset_group/*).
    post(u"bc/asset_group/create/"_s, &handleBcAssetGroupCreate);
    get(u"bc/asset_group/get/"_s, &handleBcAssetGroupGet);
    post(u"bc/asset_group/update/"_s, &handleBcAssetGroupUpdate);
    get(u"bc/asset_group/list/"_s, &handleBcAssetGroupList);
    post(u"bc/asset_group/delete/"_s, &handleBcAssetGroupDelete);

    // §3.16 members.
    get(u"bc/member/get/"_s, &handleBcMemberGet);
    post(u"bc/member/invite/"_s, &handleBcMemberInvite);
    post(u"bc/member/update/"_s, &handleBcMemberUpdate);
    post(u"bc/member/delete/"_s, &handleBcMemberDelete);
    post(u"bc/member/assign/"_s, &handleBcMemberAssign);

    // §3.17 partners.
    get(u"bc/partner/get/"_s, &handleBcPartnerGet);
    post(u"bc/partner/add/"_s, &handleBcPartnerAdd);
    post(u"bc/partner/delete/"_s, &handleBcPartnerDelete);
    get(u"bc/partner/asset/get/"_s, &handleBcPartnerAssetGet);
    post(u"bc/partner/asset/delete/"_s, &handleBcPartnerAssetDelete);

    // §3.18 billing groups.
    get(u"bc/billing_group/get/"_s, &handleBcBillingGroupGet);
    post(u"bc/billing_group/create/"_s, &handleBcBillingGroupCreate);
    post(u"bc/billing_group/update/"_s, &handleBcBillingGroupUpdate);
    get(u"bc/billing_group/advertiser/list/"_s, &handleBcBillingGroupAdvertiserList);

    // §3.20 pixels.
    get(u"bc/pixel/get/"_s, &handleBcPixelGet);
    get(u"bc/pixel/link/get/"_s, &handleBcPixelLinkGet);
    post(u"bc/pixel/link/update/"_s, &handleBcPixelLinkUpdate);
    post(u"bc/pixel/transfer/"_s, &handleBcPixelTransfer);
}

} // namespace bc::emulator
