#pragma once

#include "core/api/activityentry.h"
#include "core/store/activityquery.h"
#include "core/store/storeerror.h"

#include <QList>
#include <QString>

namespace bc::store {

class StoreConnection;

// The request log of one profile kept in its store (the "if kept" of `bcctl activity list`):
// ActivityEntry values appended as requests finish, read back newest first.
//
// Entries come from ApiCall already redacted (bc::api::Redactor); append() redacts them once more
// (query strings in paths and messages, secret-bearing keys in parameters, e-mail addresses) so a
// token, secret or signature never reaches the database even from a caller that skipped it.
// Bounded: each append also deletes the profile's entries beyond the newest `keep`, in the same
// transaction. Works on the connection's thread only; the connection must outlive the store and
// carry the schema (MirrorStore::connection()).
class ActivityStore final
{
public:
    static constexpr int defaultKeep = 10000;

    ActivityStore(StoreConnection &connection, QString profile, int keep = defaultKeep);

    [[nodiscard]] const QString &profile() const { return m_profile; }
    [[nodiscard]] int keep() const { return m_keep; }

    // Appends the entries in one transaction and prunes; nothing is stored on error.
    StoreError append(const api::ActivityEntry &entry);
    StoreError append(const QList<api::ActivityEntry> &entries);

    // This profile's entries matching `query`, newest first (by start time, then by order of
    // appending).
    [[nodiscard]] QList<api::ActivityEntry> entries(const ActivityQuery &query = {},
                                                    StoreError *error = nullptr);
    [[nodiscard]] qint64 count(StoreError *error = nullptr);

    // What append() stores for `entry`: the same entry, redacted again.
    [[nodiscard]] static api::ActivityEntry redacted(const api::ActivityEntry &entry);

private:
    StoreConnection &m_connection;
    QString m_profile;
    int m_keep;
};

} // namespace bc::store
