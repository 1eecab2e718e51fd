#pragma once

#include <QSet>
#include <QString>

namespace bc::auth {

// The `state` of one sign-in: random (256 bits from the system generator, URL-safe base64),
// single use, and only the newest one counts. Not a secret once the browser has it, but it binds
// the answer to the sign-in that asked.
class AuthorizationState final
{
public:
    enum class Check {
        Ok,         // the pending state: now used up
        Mismatch,   // not the pending state
        Reused,     // a state that was already used (or replaced by a newer sign-in)
        NotStarted, // nothing pending
    };

    // A fresh random state.
    [[nodiscard]] static QString generate();

    // A new pending state; the one before (if any) can no longer be used.
    QString begin();
    // Continues a sign-in begun elsewhere (e.g. by an earlier bcctl run).
    void resume(const QString &state);
    [[nodiscard]] QString pending() const { return m_pending; }
    // Consumes the pending state when `state` is it.
    Check consume(const QString &state);

private:
    QString m_pending;
    QSet<QString> m_used;
};

} // namespace bc::auth
