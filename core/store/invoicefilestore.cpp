#include "core/store/invoicefilestore.h"

#include "core/store/logging.h"
#include "core/store/storeconnection.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace bc::store {

namespace {

const QString timeFormat = u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s;

QVariant textValue(const QString &text)
{
    return text.isNull() ? QVariant(u""_s) : QVariant(text);
}

} // namespace

StoreError InvoiceFileStore::record(const InvoiceFileRecord &record)
{
    const QDateTime at =
            record.downloadedAt.isValid() ? record.downloadedAt : QDateTime::currentDateTimeUtc();
    const StoreError error = m_connection.run(
            u"INSERT INTO invoice_files (bc_id, invoice_id, sha256, path, bytes, downloaded_at, "
            u"profile) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (bc_id, invoice_id, sha256) DO "
            u"UPDATE SET path = excluded.path, bytes = excluded.bytes, "
            u"downloaded_at = excluded.downloaded_at, profile = excluded.profile"_s,
            {textValue(record.bcId), textValue(record.invoiceId), textValue(record.sha256),
             textValue(record.path), QVariant::fromValue(record.bytes),
             at.toUTC().toString(timeFormat), textValue(record.profile)});
    if (error.isError())
        qCWarning(lcStore) << "invoice file record failed:" << error.detail();
    return error;
}

QList<InvoiceFileRecord> InvoiceFileStore::files(const QString &bcId, const QString &invoiceId,
                                                 StoreError *error)
{
    QSqlQuery rows;
    StoreError e = m_connection.run(
            u"SELECT bc_id, invoice_id, path, sha256, bytes, downloaded_at, profile "
            u"FROM invoice_files WHERE bc_id = ? AND invoice_id = ? "
            u"ORDER BY downloaded_at DESC, path"_s,
            {textValue(bcId), textValue(invoiceId)}, &rows);
    QList<InvoiceFileRecord> result;
    if (!e.isError()) {
        while (rows.next()) {
            InvoiceFileRecord record;
            record.bcId = rows.value(0).toString();
            record.invoiceId = rows.value(1).toString();
            record.path = rows.value(2).toString();
            record.sha256 = rows.value(3).toString();
            record.bytes = rows.value(4).toLongLong();
            record.downloadedAt =
                    QDateTime::fromString(rows.value(5).toString(), Qt::ISODateWithMs).toUTC();
            record.profile = rows.value(6).toString();
            result.append(record);
        }
        e = StoreError::fromSqlError(rows.lastError());
    }
    if (error)
        *error = e;
    return e.isError() ? QList<InvoiceFileRecord>() : result;
}

} // namespace bc::store
