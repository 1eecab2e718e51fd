#pragma once

#include "core/api/apierror.h"
#include "core/store/mirrorlist.h"
#include "core/store/storeerror.h"

#include <QString>

namespace bc::sync {

// One list a sync could not refresh; its previous mirror was left as it was.
struct SyncFailure
{
    // The list's key, with its scope when it has one: "invoices", "assets/CATALOG",
    // "billing_group_accounts/7093...", "account_costs/2026-10-03..2026-11-01".
    QString name;
    store::MirrorList list = store::MirrorList::BusinessCenters;
    QString scope;
    // Why: the API's error (code, message, request_id, HTTP status; kind Cancelled when the sync
    // was cancelled) ...
    api::ApiError error;
    // ... or, when the listing arrived whole but could not be written, the store's.
    store::StoreError storeError;

    [[nodiscard]] bool cancelled() const
    {
        return !storeError.isError() && error.kind == api::ApiError::Kind::Cancelled;
    }
    // "invoices: <explanation> (code 50000, request_id ...)" for logs and status lines.
    [[nodiscard]] QString describe() const
    {
        if (storeError.isError())
            return name + QStringLiteral(": ") + storeError.describe();
        return name + QStringLiteral(": ") + error.details();
    }
};

} // namespace bc::sync
