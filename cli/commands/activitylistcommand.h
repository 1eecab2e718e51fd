#pragma once

#include "cli/bcctlcommand.h"

#include <QDate>

namespace bc::cli {

// `activity list [--limit N] [--since YYYY-MM-DD]`: the request log bcctl keeps in the profile's
// mirror (every API call of every run, already redacted: never a token), newest first. Reads the
// mirror only; a profile without a mirror has an empty log.
class ActivityListCommand final : public BcctlCommand
{
    Q_OBJECT

public:
    explicit ActivityListCommand(QObject *parent = nullptr);

    [[nodiscard]] QList<QCommandLineOption> options() const override;

protected:
    [[nodiscard]] bool configureCommand(const QCommandLineParser &parser, QString *error) override;
    void run() override;

private:
    int m_limit = 0;
    QDate m_since;
};

} // namespace bc::cli
