#pragma once

#include <QByteArray>
#include <QString>

namespace bc::auth {

// Overwrites secrets in memory before their buffers are released, so that a token does not
// linger in freed heap pages. Only a buffer this copy owns alone is overwritten: an implicitly
// shared one belongs to other copies too, and those are their owners' to scrub.
class SecretScrubber final
{
public:
    // Fills the characters with zeros, keeps the size. False when the buffer was shared (then
    // it is left as it is) or empty.
    static bool overwrite(QString &secret);
    static bool overwrite(QByteArray &secret);
    // overwrite(), then release the buffer: the string is empty afterwards.
    static void scrub(QString &secret);
    static void scrub(QByteArray &secret);
    // A copy with its own buffer, not shared with `secret`: what a vault keeps.
    [[nodiscard]] static QString ownCopy(const QString &secret);
};

} // namespace bc::auth
