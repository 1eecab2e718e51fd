#include "core/store/schema.h"

#include "core/store/logging.h"
#include "core/store/storeconnection.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace bc::store {

namespace {

// Every mirror table has the same frame: the BC it belongs to, a scope inside it (an asset type,
// a billing group, a date range; '' for most lists), the row's id, typed copies of the fields the
// console sorts and filters on, the whole object as the API sent it, and when it was fetched.
// Money columns hold exact minor units (cents).
QString mirrorTable(const QString &table, const QString &columns)
{
    return u"CREATE TABLE "_s + table
           + u" (bc_id TEXT NOT NULL, scope TEXT NOT NULL DEFAULT '', id TEXT NOT NULL, "_s
           + columns
           + u", raw TEXT NOT NULL, fetched_at TEXT NOT NULL, PRIMARY KEY (bc_id, scope, id))"_s;
}

QString balanceColumns()
{
    return u"currency TEXT, account_balance BIGINT, valid_account_balance BIGINT, "
           u"frozen_balance BIGINT, tax BIGINT, cash_balance BIGINT, valid_cash_balance BIGINT, "
           u"grant_balance BIGINT, valid_grant_balance BIGINT"_s;
}

SchemaStep mirrorStep()
{
    return {1,
            u"meta, list freshness and one table per mirrored list"_s,
            {
                    u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
                    u"CREATE TABLE list_fetches (bc_id TEXT NOT NULL, list TEXT NOT NULL, "
                    u"scope TEXT NOT NULL DEFAULT '', fetched_at TEXT NOT NULL, "
                    u"row_count BIGINT NOT NULL, PRIMARY KEY (bc_id, list, scope))"_s,
                    mirrorTable(u"business_centers"_s,
                                u"name TEXT, company TEXT, currency TEXT, status TEXT, type TEXT, "
                                u"timezone TEXT, registered_area TEXT, user_role TEXT, "
                                u"finance_role TEXT"_s),
                    mirrorTable(u"ad_accounts"_s,
                                u"name TEXT, advertiser_role TEXT, advertiser_status TEXT, "
                                u"advertiser_account_type TEXT, owner_bc_name TEXT, "
                                u"relation_type TEXT, relation_status TEXT"_s),
                    mirrorTable(u"assets"_s, u"asset_type TEXT, name TEXT, owner_bc_name TEXT"_s),
                    mirrorTable(u"members"_s,
                                u"name TEXT, email TEXT, user_role TEXT, finance_role TEXT, "
                                u"relation_status TEXT"_s),
                    mirrorTable(u"partners"_s, u"name TEXT"_s),
                    mirrorTable(u"asset_groups"_s, u"name TEXT"_s),
                    mirrorTable(u"billing_groups"_s,
                                u"name TEXT, status TEXT, is_primary BIGINT, "
                                u"billing_group_type TEXT, billed_to_type TEXT, "
                                u"invoice_group_by TEXT"_s),
                    mirrorTable(u"billing_group_accounts"_s, u"name TEXT"_s),
                    mirrorTable(u"invoices"_s,
                                u"serial_number TEXT, invoice_type TEXT, pay_status TEXT, "
                                u"overdue_status TEXT, status TEXT, currency TEXT, amount BIGINT, "
                                u"amount_excluding_tax BIGINT, total_tax_amount BIGINT, "
                                u"unpaid_amount BIGINT, send_date TEXT, due_date TEXT, "
                                u"billing_group_id TEXT, invoice_title TEXT"_s),
                    mirrorTable(u"bc_transactions"_s,
                                u"txn_date TEXT, amount BIGINT, currency TEXT, funds_type TEXT, "
                                u"invoice_id TEXT, invoice_serial_number TEXT, timezone TEXT"_s),
                    mirrorTable(u"account_transactions"_s,
                                u"account_id TEXT, account_name TEXT, amount BIGINT, "
                                u"subtotal BIGINT, tax_amount BIGINT, currency TEXT, "
                                u"amount_type TEXT, transaction_type TEXT, billing_type TEXT, "
                                u"create_time TEXT, invoice_id TEXT, serial_number TEXT"_s),
                    mirrorTable(u"account_costs"_s,
                                u"name TEXT, amount BIGINT, cash_amount BIGINT, "
                                u"grant_amount BIGINT, tax_amount BIGINT, currency TEXT"_s),
                    mirrorTable(u"bc_balances"_s, balanceColumns()),
                    mirrorTable(u"account_balances"_s, u"name TEXT, advertiser_status TEXT, "_s
                                                               + balanceColumns()
                                                               + u", transferable_amount BIGINT"_s),
                    mirrorTable(u"pixels"_s, u"pixel_code TEXT, name TEXT"_s),
                    u"CREATE INDEX bc_transactions_by_date ON bc_transactions (bc_id, txn_date)"_s,
                    u"CREATE INDEX account_transactions_by_time "
                    u"ON account_transactions (bc_id, create_time)"_s,
                    u"CREATE INDEX invoices_by_send_date ON invoices (bc_id, send_date)"_s,
                    // Ad accounts with their balances, as the console's ad account panel shows
                    // them.
                    u"CREATE VIEW ad_account_overview AS SELECT a.*, b.currency AS "
                    u"balance_currency, b.account_balance, b.valid_account_balance, "
                    u"b.frozen_balance, b.cash_balance, b.grant_balance, b.transferable_amount "
                    u"FROM ad_accounts a LEFT JOIN account_balances b ON b.bc_id = a.bc_id "
                    u"AND b.scope = '' AND b.id = a.id"_s,
            }};
}

// The audit log only grows: triggers refuse UPDATE and DELETE whatever client connects.
SchemaStep auditStep(StoreBackend backend)
{
    const QString columns =
            u"at TEXT NOT NULL, profile TEXT NOT NULL, environment TEXT NOT NULL, "
            u"endpoint TEXT NOT NULL, parameters TEXT NOT NULL, request_id TEXT NOT NULL "
            u"DEFAULT '', outcome TEXT NOT NULL, code BIGINT"_s;
    if (backend == StoreBackend::Sqlite) {
        return {2,
                u"append-only audit log of write actions"_s,
                {u"CREATE TABLE audit_log (seq INTEGER PRIMARY KEY AUTOINCREMENT, "_s + columns
                         + u')',
                 u"CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                 u"BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"_s,
                 u"CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                 u"BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"_s,
                 // INSERT OR REPLACE deletes the row it replaces without firing DELETE
                 // triggers: refuse an insert that names an existing sequence number.
                 u"CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log "
                 u"WHEN EXISTS (SELECT 1 FROM audit_log WHERE seq = NEW.seq) "
                 u"BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"_s}};
    }
    return {2,
            u"append-only audit log of write actions"_s,
            {u"CREATE TABLE audit_log (seq BIGSERIAL PRIMARY KEY, "_s + columns + u')',
             u"CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS "
             u"'BEGIN RAISE EXCEPTION ''the audit log is append-only''; END'"_s,
             u"CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log "
             u"FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()"_s,
             // Row triggers do not see TRUNCATE.
             u"CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
             u"FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()"_s}};
}

// The persisted request log (what `bcctl activity list` and the Activity view read back) and the
// invoice files downloaded from this profile: where each went and its SHA-256, so a bulk download
// can resume and never overwrite a different file. Activity rows hold only what ActivityEntry
// holds, already redacted; ActivityStore prunes old rows per profile.
SchemaStep activityAndInvoiceFilesStep(StoreBackend backend)
{
    const QString seq = backend == StoreBackend::Sqlite ? u"seq INTEGER PRIMARY KEY AUTOINCREMENT"_s
                                                        : u"seq BIGSERIAL PRIMARY KEY"_s;
    return {3,
            u"persisted request activity and downloaded invoice files"_s,
            {u"CREATE TABLE activity ("_s + seq
                     + u", profile TEXT NOT NULL, at TEXT NOT NULL, method TEXT NOT NULL, "
                       u"path TEXT NOT NULL, parameters TEXT NOT NULL DEFAULT '', "
                       u"code BIGINT NOT NULL DEFAULT 0, http_status BIGINT NOT NULL DEFAULT 0, "
                       u"duration_ms BIGINT NOT NULL DEFAULT 0, retries BIGINT NOT NULL DEFAULT 0, "
                       u"request_id TEXT NOT NULL DEFAULT '', outcome TEXT NOT NULL, "
                       u"message TEXT NOT NULL DEFAULT '')"_s,
             u"CREATE INDEX activity_by_profile ON activity (profile, seq)"_s,
             u"CREATE TABLE invoice_files (bc_id TEXT NOT NULL, invoice_id TEXT NOT NULL, "
             u"sha256 TEXT NOT NULL, path TEXT NOT NULL, bytes BIGINT NOT NULL, "
             u"downloaded_at TEXT NOT NULL, profile TEXT NOT NULL, "
             u"PRIMARY KEY (bc_id, invoice_id, sha256))"_s}};
}

StoreError exec(StoreConnection &connection, const QString &statement)
{
    QSqlQuery query(connection.database());
    if (!query.exec(statement))
        return StoreError::fromSqlError(query.lastError());
    return {};
}

} // namespace

QList<SchemaStep> Schema::steps(StoreBackend backend)
{
    return {mirrorStep(), auditStep(backend), activityAndInvoiceFilesStep(backend)};
}

int Schema::latestVersion()
{
    return steps(StoreBackend::Sqlite).constLast().version;
}

int Schema::currentVersion(StoreConnection &connection, StoreError *error)
{
    *error = {};
    if (!connection.database().tables().contains(u"meta"_s))
        return 0;
    QSqlQuery query;
    *error = connection.run(u"SELECT value FROM meta WHERE key = 'schema_version'"_s, {}, &query);
    if (error->isError())
        return 0;
    return query.next() ? query.value(0).toInt() : 0;
}

StoreError Schema::migrate(StoreConnection &connection)
{
    return migrate(connection, steps(connection.backend()));
}

StoreError Schema::migrate(StoreConnection &connection, const QList<SchemaStep> &steps)
{
    StoreError error;
    const int current = currentVersion(connection, &error);
    if (error.isError())
        return error;
    const int latest = steps.isEmpty() ? 0 : steps.constLast().version;
    if (current > latest) {
        return StoreError(
                StoreError::Kind::NewerSchema,
                u"schema version %1, this program knows up to %2"_s.arg(current).arg(latest));
    }
    for (const SchemaStep &step : steps) {
        if (step.version <= current)
            continue;
        const StoreError stepError = connection.inTransaction([&]() -> StoreError {
            for (const QString &statement : step.statements) {
                if (StoreError e = exec(connection, statement); e.isError())
                    return e;
            }
            // UPSERT: the meta table exists from step 1 on.
            return connection.run(u"INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                                  u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                                  {QString::number(step.version)});
        });
        if (stepError.isError()) {
            qCWarning(lcStore) << "schema step" << step.version << "failed:" << stepError.detail();
            // Full, locked and read-only keep their own kind: they say what to do about it.
            if (stepError.kind() == StoreError::Kind::Query)
                return StoreError(StoreError::Kind::Migration,
                                  u"step %1 (%2): %3"_s.arg(step.version)
                                          .arg(step.summary, stepError.detail()));
            return stepError;
        }
    }
    return {};
}

} // namespace bc::store
