#pragma once

#include "cli/bcctlcommand.h"
#include "cli/listfilter.h"
#include "cli/listresource.h"

#include <QJsonObject>
#include <QList>

namespace bc::cli {

// Every list command (bc list, advertisers list, members list, partners list, billing-groups
// list, invoices list, balance get, transactions list), driven by its ListResource. Online it
// reads every page, writes the listing into the profile's mirror (complete only when no filter
// narrowed it) and prints it; with --offline it prints the mirror's rows, filtered locally.
class ListCommand final : public BcctlCommand
{
    Q_OBJECT

public:
    explicit ListCommand(const ListResource &resource, QObject *parent = nullptr);

    [[nodiscard]] QList<QCommandLineOption> options() const override;

protected:
    [[nodiscard]] bool configureCommand(const QCommandLineParser &parser, QString *error) override;
    void run() override;

private:
    void fetch();
    void fetched(const QList<QJsonObject> &rows);
    void listOffline();
    void print(QList<QJsonObject> rows);
    [[nodiscard]] QString what() const;

    const ListResource &m_resource;
    QString m_bcId;
    ListFilter m_filter;
};

} // namespace bc::cli
