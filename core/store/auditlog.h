#pragma once

#include "core/store/auditentry.h"
#include "core/store/auditquery.h"
#include "core/store/storeerror.h"

#include <QList>
#include <QString>

namespace bc::store {

class StoreConnection;

// The append-only log of write actions (invite, assign, transfer, ...) in a profile's store:
// what was asked, of which endpoint, with which request_id, and how it ended.
//
// Parameters are redacted (bc::api::Redactor: tokens, secrets, auth codes, signatures and e-mail
// addresses, at any depth, keys included) before they reach the database, so no secret is ever
// stored. There is no update and no delete: the schema's triggers refuse both from any client.
// Works on the connection's thread only (like the connection itself); the connection must
// outlive the log and carry the schema (MirrorStore::connection()).
class AuditLog final
{
public:
    explicit AuditLog(StoreConnection &connection)
        : m_connection(connection)
    { }

    // Appends `entry`. On success `entry` becomes what was stored: `at` set to now when it was
    // invalid (and to UTC, to the millisecond), parameters redacted, `sequence` assigned.
    // On failure nothing is stored and `entry` is unchanged.
    StoreError append(AuditEntry &entry);

    // The entries that match `query`, newest first (by `at`, then by sequence).
    [[nodiscard]] QList<AuditEntry> entries(const AuditQuery &query = {},
                                            StoreError *error = nullptr);

    // Writes the entries that match `query`, newest first, as RFC 4180 CSV in UTF-8: a header
    // row (sequence,at,profile,environment,endpoint,parameters,request_id,outcome,code), CRLF
    // line ends, fields holding a comma, a quote, CR or LF quoted with quotes doubled, times as
    // ISO 8601 UTC (2024-05-01T12:00:00.000Z), parameters as compact JSON, outcome as its key.
    // The file is replaced atomically (QSaveFile): on failure nothing is left behind and an
    // existing file keeps its content.
    StoreError exportCsv(const QString &path, const AuditQuery &query = {});

    // One CSV field, quoted when RFC 4180 requires it.
    [[nodiscard]] static QString csvField(const QString &text);

private:
    StoreConnection &m_connection;
};

} // namespace bc::store
