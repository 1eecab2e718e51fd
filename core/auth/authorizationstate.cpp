#include "core/auth/authorizationstate.h"

#include <QByteArray>
#include <QRandomGenerator>

#include <array>

namespace bc::auth {

QString AuthorizationState::generate()
{
    std::array<quint32, 8> words{}; // 256 bits
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()),
                           qsizetype(words.size() * sizeof(quint32)));
    return QString::fromLatin1(
            bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString AuthorizationState::begin()
{
    if (!m_pending.isEmpty())
        m_used.insert(m_pending);
    m_pending = generate();
    return m_pending;
}

void AuthorizationState::resume(const QString &state)
{
    if (!m_pending.isEmpty() && m_pending != state)
        m_used.insert(m_pending);
    m_pending = state;
}

AuthorizationState::Check AuthorizationState::consume(const QString &state)
{
    if (!state.isEmpty() && m_used.contains(state))
        return Check::Reused;
    if (m_pending.isEmpty())
        return Check::NotStarted;
    if (state != m_pending)
        return Check::Mismatch;
    m_used.insert(m_pending);
    m_pending.clear();
    return Check::Ok;
}

} // namespace bc::auth
