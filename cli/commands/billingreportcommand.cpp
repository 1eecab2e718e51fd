#include "cli/commands/billingreportcommand.h"

#include "cli/console.h"
#include "core/downloads/billingreportdownloader.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc::cli {

namespace {

bool isDigits(const QString &text)
{
    return !text.isEmpty()
           && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

} // namespace

BillingReportCommand::BillingReportCommand(QObject *parent)
    : BcctlCommand(parent)
{ }

BillingReportCommand::~BillingReportCommand()
{
    // The downloader uses the base's client.
    m_downloader.reset();
}

QList<QCommandLineOption> BillingReportCommand::options() const
{
    return {QCommandLineOption({u"bc"_s, u"bc-id"_s}, tr("The Business Center's id (required)."),
                               tr("id")),
            QCommandLineOption(u"start-date"_s, tr("First day of the report, UTC (required)."),
                               tr("YYYY-MM-DD")),
            QCommandLineOption(u"end-date"_s, tr("Last day of the report, UTC (required)."),
                               tr("YYYY-MM-DD")),
            QCommandLineOption(u"billing-group"_s, tr("Only this billing group."), tr("id")),
            QCommandLineOption(u"out"_s, tr("The file to write (required; replaced whole)."),
                               tr("file")),
            QCommandLineOption(u"timeout"_s,
                               tr("Give up when the task has not finished after this many "
                                  "seconds (default 600)."),
                               tr("seconds"))};
}

bool BillingReportCommand::configureCommand(const QCommandLineParser &parser, QString *error)
{
    if (globalOptions().offline) {
        *error = tr("invoices report asks the API for a report: it cannot run with --offline.");
        return false;
    }
    m_order.bcId = parser.value(u"bc"_s).trimmed();
    if (!isDigits(m_order.bcId)) {
        *error = m_order.bcId.isEmpty() ? tr("invoices report needs --bc ID, the Business Center.")
                                        : tr("--bc takes a numeric Business Center id, not “%1”.")
                                                  .arg(m_order.bcId);
        return false;
    }
    const std::pair<QString, QDate *> dates[] = {{u"start-date"_s, &m_order.startDate},
                                                 {u"end-date"_s, &m_order.endDate}};
    for (const auto &[name, date] : dates) {
        const QString text = parser.value(name).trimmed();
        if (text.isEmpty()) {
            *error = tr("invoices report needs --%1 YYYY-MM-DD.").arg(name);
            return false;
        }
        *date = QDate::fromString(text, u"yyyy-MM-dd"_s);
        if (!date->isValid()) {
            *error = tr("--%1 takes a date as YYYY-MM-DD, not “%2”.").arg(name, text);
            return false;
        }
    }
    if (m_order.endDate < m_order.startDate) {
        *error = tr("--end-date must not be before --start-date.");
        return false;
    }
    m_order.billingGroupId = parser.value(u"billing-group"_s).trimmed();
    if (parser.isSet(u"billing-group"_s) && !isDigits(m_order.billingGroupId)) {
        *error = tr("--billing-group takes a numeric billing group id.");
        return false;
    }
    m_order.path = parser.value(u"out"_s).trimmed();
    if (m_order.path.isEmpty()) {
        *error = tr("invoices report needs --out FILE, where to save the report.");
        return false;
    }
    if (QFileInfo(m_order.path).isDir()) {
        *error = tr("--out names a folder: give the report file's name.");
        return false;
    }
    if (parser.isSet(u"timeout"_s)) {
        bool ok = false;
        const int seconds = parser.value(u"timeout"_s).toInt(&ok);
        if (!ok || seconds <= 0) {
            *error = tr("--timeout takes a positive number of seconds.");
            return false;
        }
        m_timeout = std::chrono::seconds(seconds);
    }
    return true;
}

void BillingReportCommand::run()
{
    // The mirror keeps the request log of the run.
    if (!connectToApi() || !openStore())
        return;
    m_downloader = std::make_unique<downloads::BillingReportDownloader>(client());
    m_downloader->setTimeout(m_timeout);
    connect(m_downloader.get(), &downloads::BillingReportDownloader::taskCreated, this,
            [](const QString &taskId) {
                Console::note(tr("report: task %1 created").arg(taskId));
            });
    connect(m_downloader.get(), &downloads::BillingReportDownloader::statusChanged, this,
            [](const QString &status) { Console::note(tr("report: task %1").arg(status)); });
    connect(m_downloader.get(), &downloads::BillingReportDownloader::finished, this,
            &BillingReportCommand::onFinished);
    if (!m_downloader->start(m_order))
        fail(1, tr("The billing report download could not start."));
}

void BillingReportCommand::onFinished(const downloads::BillingReportResult &result)
{
    if (!result.ok()) {
        failApi(*result.error);
        return;
    }
    Console::writeOut(tr("billing report saved: %1 (%2 bytes, task %3)")
                              .arg(QDir::toNativeSeparators(result.path))
                              .arg(result.bytes)
                              .arg(result.taskId)
                      + u'\n');
    succeed();
}

} // namespace bc::cli
