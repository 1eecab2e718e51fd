#pragma once

#include "core/store/mirrorlist.h"

#include <QList>
#include <QString>

#include <optional>

namespace bc::models {

// What the navigator can show for a Business Center (and, for Activity, for the profile).
enum class Section {
    Overview,
    AdAccounts,
    Members,
    Partners,
    Assets,
    AssetGroups,
    BillingGroups,
    Invoices,
    Transactions,   // ad account transactions
    BcTransactions, // the Business Center's own transactions
    Costs,
    Pixels,
    Activity, // the API client's request log (per profile, not per BC)
};

// Every section, in declaration order.
[[nodiscard]] const QList<Section> &allSections();
// The translated name shown in the navigator and panel titles: "Ad accounts".
[[nodiscard]] QString sectionTitle(Section section);
// A stable ASCII name for settings and the command line: "ad-accounts".
[[nodiscard]] QString sectionKey(Section section);
[[nodiscard]] std::optional<Section> sectionFromKey(const QString &key);
// The mirror list a section shows; none for Overview and Activity.
[[nodiscard]] std::optional<store::MirrorList> sectionList(Section section);
// The translated plural name of an asset type: "CATALOG" -> "Catalogs"; unknown types as given.
[[nodiscard]] QString assetTypeTitle(const QString &type);

} // namespace bc::models
