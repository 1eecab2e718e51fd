#include "core/auth/pendingsignin.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace bc::auth {

namespace {

constexpr int formatVersion = 1;

} // namespace

PendingSignIn::PendingSignIn(QString folder)
    : m_folder(std::move(folder))
{ }

QString PendingSignIn::filePath() const
{
    return QDir(m_folder).filePath(fileName);
}

QString PendingSignIn::hash(const QString &state)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(state.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool PendingSignIn::begin(const QString &state, const QUrl &redirectUri, const QDateTime &startedAt,
                          QString *error)
{
    Contents contents;
    if (!load(&contents, error))
        return false;
    // The newest sign-in is the only one that counts: the one before is used up.
    if (!contents.pendingHash.isEmpty())
        remember(&contents, contents.pendingHash);
    contents.pendingHash = hash(state);
    contents.redirectUri = redirectUri;
    contents.startedAt = startedAt.toUTC();
    return save(contents, error);
}

AuthorizationState::Check PendingSignIn::consume(const QString &state, QString *error)
{
    Contents contents;
    if (!load(&contents, error))
        return AuthorizationState::Check::NotStarted;
    const QString given = hash(state);
    if (!state.isEmpty() && contents.usedHashes.contains(given))
        return AuthorizationState::Check::Reused;
    if (contents.pendingHash.isEmpty())
        return AuthorizationState::Check::NotStarted;
    if (state.isEmpty() || given != contents.pendingHash)
        return AuthorizationState::Check::Mismatch;
    remember(&contents, contents.pendingHash);
    contents.pendingHash.clear();
    contents.redirectUri.clear();
    contents.startedAt = {};
    if (!save(contents, error))
        return AuthorizationState::Check::NotStarted;
    return AuthorizationState::Check::Ok;
}

AuthorizationState::Check PendingSignIn::consumeWithoutState(QString *error)
{
    Contents contents;
    if (!load(&contents, error) || contents.pendingHash.isEmpty())
        return AuthorizationState::Check::NotStarted;
    remember(&contents, contents.pendingHash);
    contents.pendingHash.clear();
    contents.redirectUri.clear();
    contents.startedAt = {};
    if (!save(contents, error))
        return AuthorizationState::Check::NotStarted;
    return AuthorizationState::Check::Ok;
}

bool PendingSignIn::hasPending() const
{
    Contents contents;
    return load(&contents, nullptr) && !contents.pendingHash.isEmpty();
}

QUrl PendingSignIn::redirectUri() const
{
    Contents contents;
    return load(&contents, nullptr) ? contents.redirectUri : QUrl();
}

QDateTime PendingSignIn::startedAt() const
{
    Contents contents;
    return load(&contents, nullptr) ? contents.startedAt : QDateTime();
}

void PendingSignIn::remember(Contents *contents, const QString &usedHash)
{
    contents->usedHashes.removeAll(usedHash);
    contents->usedHashes.prepend(usedHash);
    while (contents->usedHashes.size() > usedMemory)
        contents->usedHashes.removeLast();
}

bool PendingSignIn::load(Contents *contents, QString *error) const
{
    QFile file(filePath());
    if (!file.exists())
        return true; // nothing started yet
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2")
                             .arg(QDir::toNativeSeparators(filePath()), file.errorString());
        return false;
    }
    const QJsonDocument document = QJsonDocument::fromJson(file.read(1 << 20));
    const QJsonObject object = document.object();
    if (!document.isObject() || object.value(u"version"_s).toInt() != formatVersion) {
        // Unreadable: treat as nothing pending; the next `begin` writes a good one.
        return true;
    }
    contents->pendingHash = object.value(u"state_sha256"_s).toString();
    contents->redirectUri = QUrl(object.value(u"redirect_uri"_s).toString(), QUrl::StrictMode);
    contents->startedAt =
            QDateTime::fromString(object.value(u"started_at"_s).toString(), Qt::ISODate);
    for (const QJsonValue &used : object.value(u"used_state_sha256"_s).toArray())
        contents->usedHashes.append(used.toString());
    return true;
}

bool PendingSignIn::save(const Contents &contents, QString *error) const
{
    if (!QDir().mkpath(m_folder)) {
        if (error)
            *error = tr("Cannot create %1.").arg(QDir::toNativeSeparators(m_folder));
        return false;
    }
    QJsonObject object{{u"version"_s, formatVersion},
                       {u"used_state_sha256"_s, QJsonArray::fromStringList(contents.usedHashes)}};
    if (!contents.pendingHash.isEmpty()) {
        object.insert(u"state_sha256"_s, contents.pendingHash);
        object.insert(u"redirect_uri"_s, contents.redirectUri.toString(QUrl::FullyEncoded));
        object.insert(u"started_at"_s, contents.startedAt.toString(Qt::ISODate));
    }
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(filePath()), file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(filePath()), file.errorString());
        return false;
    }
    return true;
}

} // namespace bc::auth
