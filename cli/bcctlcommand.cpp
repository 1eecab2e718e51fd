#include "cli/bcctlcommand.h"

#include "cli/rowprinter.h"
#include "core/api/apiclient.h"
#include "emulator/emulatorconfig.h"
#include "emulator/emulatorhost.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace bc::cli {

namespace {

void writeOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

// The API's own item with its ids made digit-exact strings.
QJsonObject normalized(const domain::BusinessCenter &bc)
{
    QJsonObject item = bc.raw;
    QJsonObject info = item.value("bc_info"_L1).toObject();
    info.insert(u"bc_id"_s, bc.id);
    item.insert(u"bc_info"_s, info);
    return item;
}

} // namespace

BcctlCommand::BcctlCommand(BcctlOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{ }

BcctlCommand::~BcctlCommand()
{
    m_client.reset(); // before the emulator it talks to
    m_emulator.reset();
}

void BcctlCommand::start()
{
    const api::ConnectionSettings &connection = m_options.connection;
    QString token;
    QUrl demoUrl;
    if (connection.environment == api::EnvironmentKind::Demo) {
        emulator::EmulatorConfig config;
        config.accessToken = token = emulator::EmulatorConfig::randomAccessToken();
        m_emulator = std::make_unique<emulator::EmulatorHost>(config);
        if (!m_emulator->start()) {
            fail(1, tr("The demo environment could not start: %1").arg(m_emulator->errorString()));
            return;
        }
        demoUrl = m_emulator->baseUrl();
    }
    QString error;
    if (!connection.readToken(&token, &error)) {
        fail(2, error);
        return;
    }
    m_client = std::make_unique<api::ApiClient>(connection.resolve(demoUrl));
    m_client->setAccessToken(token);
    listBusinessCenters();
}

void BcctlCommand::listBusinessCenters()
{
    m_client->fetchBusinessCenters(
            {}, this, [this](const api::Result<QList<domain::BusinessCenter>> &result) {
                if (!result.ok()) {
                    fail(1, result.error().details());
                    return;
                }
                const QList<domain::BusinessCenter> &centers = result.value();
                if (m_options.format == BcctlOptions::Format::Json) {
                    QJsonArray array;
                    for (const domain::BusinessCenter &bc : centers)
                        array.append(normalized(bc));
                    writeOut(QString::fromUtf8(
                            QJsonDocument(array).toJson(QJsonDocument::Indented)));
                } else {
                    const QStringList header{u"bc_id"_s,     u"name"_s,        u"company"_s,
                                             u"currency"_s,  u"timezone"_s,    u"status"_s,
                                             u"user_role"_s, u"finance_role"_s};
                    QList<QStringList> rows;
                    for (const domain::BusinessCenter &bc : centers) {
                        rows.append({bc.id, bc.name, bc.company, bc.currency, bc.timezone,
                                     bc.status, bc.userRole, bc.financeRole});
                    }
                    writeOut(m_options.format == BcctlOptions::Format::Csv
                                     ? RowPrinter::csv(header, rows)
                                     : RowPrinter::table(header, rows));
                }
                Q_EMIT finished(0);
            });
}

void BcctlCommand::fail(int exitCode, const QString &message)
{
    std::fprintf(stderr, "bcctl: %s\n", message.toLocal8Bit().constData());
    // Deliver after start() returned, so the caller's event loop is running.
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT finished(exitCode); });
}

} // namespace bc::cli
