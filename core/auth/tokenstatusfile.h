#pragma once

#include "core/auth/tokenstatus.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace bc::auth {

// A profile's TokenStatus kept between runs in `<profile folder>/token-status.json`: which
// accounts and scopes the last sign-in granted, when, and whether the API has since rejected
// the token ("needs sign-in"). No secret is in it (TokenStatus holds none); the token itself is
// in the vault. Written through QSaveFile, owner-only.
class TokenStatusFile final
{
    Q_DECLARE_TR_FUNCTIONS(TokenStatusFile)

public:
    static inline const QString fileName = QStringLiteral("token-status.json");

    explicit TokenStatusFile(QString folder);

    [[nodiscard]] QString filePath() const;

    // Nothing when there is no file or it cannot be read.
    [[nodiscard]] std::optional<TokenStatus> read() const;
    [[nodiscard]] bool write(const TokenStatus &status, QString *error) const;
    // Sets needsSignIn on the saved status (a status without accounts when there is none).
    [[nodiscard]] bool markNeedsSignIn(const QString &profile, const QString &appId,
                                       QString *error) const;
    // After a revocation. Removing a missing file is fine.
    [[nodiscard]] bool remove(QString *error) const;

private:
    QString m_folder;
};

} // namespace bc::auth
