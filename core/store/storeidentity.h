#pragma once

#include <QString>

namespace bc::store {

// What a mirror belongs to. Written into the database when it is created and checked on every
// open: a sandbox mirror is never opened for a production profile, even if both point at the same
// file or server by mistake.
struct StoreIdentity
{
    QString profile;     // the profile's name
    QString environment; // "demo", "sandbox", "production", "custom"
    QString apiBase;     // the API root, e.g. https://business-api.tiktok.com/open_api/

    friend bool operator==(const StoreIdentity &, const StoreIdentity &) = default;
};

} // namespace bc::store
