#include "core/store/storeerror.h"

#include <QSqlError>

#include <algorithm>

namespace bc::store {

namespace {

// SQLite's primary result codes (the low byte of an extended code).
constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;
constexpr int sqliteReadOnly = 8;
constexpr int sqliteIoError = 10;
constexpr int sqliteCorrupt = 11;
constexpr int sqliteFull = 13;
constexpr int sqliteCantOpen = 14;
constexpr int sqliteNotADatabase = 26;

StoreError::Kind kindOfSqliteCode(int code)
{
    switch (code & 0xff) {
    case sqliteBusy:
    case sqliteLocked:
        return StoreError::Kind::Locked;
    case sqliteReadOnly:
        return StoreError::Kind::ReadOnly;
    case sqliteCorrupt:
    case sqliteNotADatabase:
        return StoreError::Kind::Corrupt;
    case sqliteFull:
        return StoreError::Kind::Full;
    case sqliteCantOpen:
        return StoreError::Kind::CannotOpen;
    case sqliteIoError:
        return StoreError::Kind::ReadOnly;
    default:
        return StoreError::Kind::Query;
    }
}

// PostgreSQL reports SQLSTATEs: class 53 is "insufficient resources", 55P03 a lock timeout,
// 25006 a read-only transaction, 08 connection problems.
StoreError::Kind kindOfSqlState(const QString &state)
{
    if (state == u"53100")
        return StoreError::Kind::Full;
    if (state == u"55P03" || state == u"40P01")
        return StoreError::Kind::Locked;
    if (state == u"25006")
        return StoreError::Kind::ReadOnly;
    if (state.startsWith(u"08"))
        return StoreError::Kind::CannotOpen;
    if (state == u"XX001" || state == u"XX002")
        return StoreError::Kind::Corrupt;
    return StoreError::Kind::Query;
}

} // namespace

StoreError StoreError::fromSqlError(const QSqlError &error)
{
    if (error.type() == QSqlError::NoError)
        return {};
    const QString native = error.nativeErrorCode();
    // A SQLSTATE is five digits or capital letters, and many are all digits ("53100", "25006"):
    // test for it first. SQLite's codes (extended ones too) have at most four digits.
    const bool sqlState =
            native.size() == 5 && std::all_of(native.cbegin(), native.cend(), [](QChar c) {
                return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z');
            });
    bool numeric = false;
    const int code = native.toInt(&numeric);
    Kind kind = Kind::Query;
    if (sqlState)
        kind = kindOfSqlState(native);
    else if (numeric)
        kind = kindOfSqliteCode(code);
    // Qt's SQLite driver reports every failed step as a ConnectionError, so only an error without
    // a native code (a server that cannot be reached) says that the connection failed.
    else if (error.type() == QSqlError::ConnectionError)
        kind = Kind::CannotOpen;
    // A SQLite header whose schema format is nonsense (a damaged first page) is reported as a
    // plain SQLITE_ERROR; its words are the only way to tell it from a bad statement.
    if (numeric && !sqlState && code == 1
        && error.databaseText().contains(u"unsupported file format"))
        kind = Kind::Corrupt;
    QString detail = error.text();
    if (!native.isEmpty())
        detail += u" [" + native + u']';
    return {kind, detail};
}

QString StoreError::message() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::CannotOpen:
        return tr("The local mirror could not be opened. Check that the data folder exists and "
                  "that you may write to it, or that the database server is reachable.");
    case Kind::Corrupt:
        return tr("The local mirror is damaged. It was kept aside and will be rebuilt from the "
                  "API.");
    case Kind::Locked:
        return tr("The local mirror is locked by another program (another BC Console or bcctl?). "
                  "Close it and try again.");
    case Kind::ReadOnly:
        return tr("The local mirror cannot be written: the file, its folder or the disk is "
                  "read-only.");
    case Kind::Full:
        return tr("The disk holding the local mirror is full. Free some space and refresh "
                  "again.");
    case Kind::MissingDriver:
        return tr("This installation has no database driver for the profile's mirror (install "
                  "the Qt SQL driver for it).");
    case Kind::Migration:
        return tr("The local mirror could not be updated to this version of BC Console; the "
                  "previous version of it is unchanged.");
    case Kind::WrongProfile:
        return tr("This database holds the mirror of another environment or profile and was "
                  "not opened, so that the two never mix.");
    case Kind::NewerSchema:
        return tr("The local mirror was written by a newer version of BC Console; update BC "
                  "Console to open it.");
    case Kind::Query:
        return tr("The local mirror could not complete an operation.");
    case Kind::Export:
        return tr("The file could not be written. Check that its folder exists, that you may "
                  "write to it and that the disk has space; no partial file was left behind.");
    }
    return {};
}

QString StoreError::describe() const
{
    if (m_detail.isEmpty())
        return message();
    return message() + u" (" + m_detail + u')';
}

} // namespace bc::store
