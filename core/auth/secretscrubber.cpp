#include "core/auth/secretscrubber.h"

namespace bc::auth {

namespace {

// Volatile writes: the compiler may not drop them as dead stores before the free.
void zero(void *data, qsizetype bytes)
{
    volatile char *p = static_cast<volatile char *>(data);
    for (qsizetype i = 0; i < bytes; ++i)
        p[i] = 0;
}

} // namespace

bool SecretScrubber::overwrite(QString &secret)
{
    if (secret.isEmpty() || secret.isDetached() == false)
        return false;
    // isDetached(): the buffer is ours alone, so data() does not copy it.
    zero(secret.data(), secret.size() * qsizetype(sizeof(QChar)));
    return true;
}

bool SecretScrubber::overwrite(QByteArray &secret)
{
    if (secret.isEmpty() || secret.isDetached() == false)
        return false;
    zero(secret.data(), secret.size());
    return true;
}

void SecretScrubber::scrub(QString &secret)
{
    overwrite(secret);
    secret = QString();
}

void SecretScrubber::scrub(QByteArray &secret)
{
    overwrite(secret);
    secret = QByteArray();
}

QString SecretScrubber::ownCopy(const QString &secret)
{
    if (secret.isEmpty())
        return {};
    return QString(secret.constData(), secret.size());
}

} // namespace bc::auth
