#pragma once

#include "core/auth/authorizationstate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace bc::auth {

// The sign-in a separate process started (`bcctl auth url`), kept for the process that finishes
// it (`bcctl auth exchange`) in `<profile folder>/pending-sign-in.json`. The file holds a SHA-256
// hash of the state, never the state itself, plus the redirect URI and when it began, and the
// hashes of the last states that were used up or replaced, so that a reused one is told apart
// from a foreign one. Nothing in it is secret; it is written through QSaveFile, owner-only.
class PendingSignIn final
{
    Q_DECLARE_TR_FUNCTIONS(PendingSignIn)

public:
    static inline const QString fileName = QStringLiteral("pending-sign-in.json");
    // How many used-up state hashes are remembered.
    static constexpr int usedMemory = 32;

    explicit PendingSignIn(QString folder);

    [[nodiscard]] QString filePath() const;

    // Records `state` as the one sign-in that may finish; the pending one before it (if any)
    // counts as used from now on. False, with `error` set, when the file cannot be written.
    [[nodiscard]] bool begin(const QString &state, const QUrl &redirectUri,
                             const QDateTime &startedAt, QString *error);
    // Checks `state` against the pending one and, when it matches, uses it up (saved before
    // this returns Ok). Check::Ok only once per state.
    // `error` is set when the file cannot be read or written (then the answer is NotStarted).
    [[nodiscard]] AuthorizationState::Check consume(const QString &state, QString *error);
    // Uses up the pending sign-in without a state to compare (a code copied by hand): Ok when
    // one was pending, NotStarted otherwise.
    [[nodiscard]] AuthorizationState::Check consumeWithoutState(QString *error);

    // What the file says now (empty when nothing is pending).
    [[nodiscard]] bool hasPending() const;
    [[nodiscard]] QUrl redirectUri() const;
    [[nodiscard]] QDateTime startedAt() const;

    // Hex SHA-256 of a state: what the file keeps.
    [[nodiscard]] static QString hash(const QString &state);

private:
    struct Contents
    {
        QString pendingHash;
        QUrl redirectUri;
        QDateTime startedAt;
        QStringList usedHashes; // newest first
    };
    [[nodiscard]] bool load(Contents *contents, QString *error) const;
    [[nodiscard]] bool save(const Contents &contents, QString *error) const;
    static void remember(Contents *contents, const QString &usedHash);

    QString m_folder;
};

} // namespace bc::auth
