#include "core/auth/tokenstatusfile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace bc::auth {

TokenStatusFile::TokenStatusFile(QString folder)
    : m_folder(std::move(folder))
{ }

QString TokenStatusFile::filePath() const
{
    return QDir(m_folder).filePath(fileName);
}

std::optional<TokenStatus> TokenStatusFile::read() const
{
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(1 << 20));
    if (!document.isObject())
        return std::nullopt;
    return TokenStatus::fromJson(document.object());
}

bool TokenStatusFile::write(const TokenStatus &status, QString *error) const
{
    if (!QDir().mkpath(m_folder)) {
        if (error)
            *error = tr("Cannot create %1.").arg(QDir::toNativeSeparators(m_folder));
        return false;
    }
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(filePath()), file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(status.toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(filePath()), file.errorString());
        return false;
    }
    return true;
}

bool TokenStatusFile::markNeedsSignIn(const QString &profile, const QString &appId,
                                      QString *error) const
{
    TokenStatus status = read().value_or(TokenStatus{});
    if (status.profile.isEmpty()) {
        status.profile = profile;
        status.appId = appId;
    }
    status.needsSignIn = true;
    return write(status, error);
}

bool TokenStatusFile::remove(QString *error) const
{
    QFile file(filePath());
    if (!file.exists() || file.remove())
        return true;
    if (error)
        *error = tr("Cannot remove %1: %2")
                         .arg(QDir::toNativeSeparators(filePath()), file.errorString());
    return false;
}

} // namespace bc::auth
