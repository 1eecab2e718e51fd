#include "core/api/decoders/assetdecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::Asset AssetDecoder::decode(const QJsonObject &item)
{
    domain::Asset asset;
    asset.id = json::idString(item.value("asset_id"_L1));
    asset.name = json::text(item.value("asset_name"_L1));
    asset.type = json::text(item.value("asset_type"_L1));
    asset.advertiserAccountType = json::text(item.value("advertiser_account_type"_L1));
    asset.advertiserRole = json::text(item.value("advertiser_role"_L1));
    asset.catalogRole = json::text(item.value("catalog_role"_L1));
    asset.adCreationEligible = json::text(item.value("ad_creation_eligible"_L1));
    asset.storeRole = json::text(item.value("store_role"_L1));
    asset.ttAccountRoles = json::stringList(item.value("tt_account_roles"_L1));
    asset.formLibraryRole = json::text(item.value("form_library_role"_L1));
    asset.ownerBcName = json::text(item.value("owner_bc_name"_L1));
    asset.businessAccountRole = json::text(item.value("business_account_role"_L1));
    asset.isBusinessVerified = json::boolean(item.value("is_business_verified"_L1));
    asset.operatingRegionCode = json::text(item.value("operating_region_code"_L1));
    asset.ttAssetHandle = json::text(item.value("tt_asset_handle"_L1));
    asset.ttAssetProfileImage = json::text(item.value("tt_asset_profile_image"_L1));
    asset.raw = item;
    return asset;
}

} // namespace bc::api
