#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlError;

namespace bc::store {

// Why the local mirror could not do what was asked, in words a user can act on. `detail` keeps
// the database's own message for logs and support; it never contains row data or secrets.
class StoreError
{
    Q_DECLARE_TR_FUNCTIONS(StoreError)

public:
    enum class Kind {
        None,          // no error
        CannotOpen,    // the file or server could not be opened at all
        Corrupt,       // the file is not a database, or its contents are damaged
        Locked,        // another program holds a lock that did not go away in time
        ReadOnly,      // the file, its folder or the disk refuses writes
        Full,          // the disk (or the database's size limit) is full
        MissingDriver, // Qt has no driver for the backend (e.g. QPSQL not installed)
        Migration,     // the schema could not be brought up to date; the old one was kept
        WrongProfile,  // the database belongs to another environment or profile
        NewerSchema,   // written by a newer BC Console; opening it could damage it
        Query,         // any other failure of a statement
        Export,        // a file exported from the mirror (CSV) could not be written
    };

    StoreError() = default;
    StoreError(Kind kind, QString detail)
        : m_kind(kind)
        , m_detail(std::move(detail))
    { }

    // Classifies a Qt Sql error (SQLite's and PostgreSQL's native codes) into a Kind.
    [[nodiscard]] static StoreError fromSqlError(const QSqlError &error);

    [[nodiscard]] bool isError() const { return m_kind != Kind::None; }
    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] QString detail() const { return m_detail; }
    // One sentence for the user: what happened and what to do.
    [[nodiscard]] QString message() const;
    // message() followed by the database's own words, for logs and bcctl's stderr.
    [[nodiscard]] QString describe() const;

private:
    Kind m_kind = Kind::None;
    QString m_detail;
};

} // namespace bc::store
