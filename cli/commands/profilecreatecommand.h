#pragma once

#include "cli/bcctlcommand.h"

#include <QUrl>

namespace bc::cli {

// `profile create --app-id ID --app-secret-env VAR [--redirect-uri URI]` under
// `--profile NAME` and `--env`/`--base-url` (sandbox when neither is given): saves the profile
// to profiles.json and the app secret, read from the environment variable VAR (never argv), to
// the OS keychain. The secret is stored first: without a keychain nothing is saved (exit 1).
// Running it again for the same name and environment updates the app, redirect URI and secret.
class ProfileCreateCommand final : public BcctlCommand
{
    Q_OBJECT

public:
    explicit ProfileCreateCommand(QObject *parent = nullptr);
    ~ProfileCreateCommand() override;

    [[nodiscard]] QList<QCommandLineOption> options() const override;

protected:
    [[nodiscard]] bool configureCommand(const QCommandLineParser &parser, QString *error) override;
    void run() override;
    [[nodiscard]] ProfileUse profileUse() const override { return ProfileUse::New; }
    [[nodiscard]] bool usesStoredToken() const override { return false; }

private:
    void saveProfile(const store::Profile &profile, bool update);

    QString m_appId;
    QString m_secretVariable;
    QString m_secret; // secret: never logged, scrubbed once stored
    QUrl m_redirectUri;
};

} // namespace bc::cli
