#include "cli/bcctlcommand.h"
#include "cli/bcctlcommandline.h"
#include "cli/console.h"

#include "emulator/offscreenplatform.h"

#include <QGuiApplication>
#include <QLoggingCategory>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Logs go to stderr, always (never stdout, never the journal), one line each.
void logToStderr(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // Qt's note about a missing XDG_RUNTIME_DIR (the offscreen platform asks for it) says
    // nothing about bcctl's work.
    if (message.startsWith(u"QStandardPaths: XDG_RUNTIME_DIR"_s))
        return;
    QString line = qFormatLogMessage(type, context, message);
    line.replace(u'\n', u' ');
    const QByteArray bytes = u"bcctl: log: "_s.toUtf8() + line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

int main(int argc, char *argv[])
{
    qInstallMessageHandler(logToStderr);
    // The core's debug and info logs are for the desktop app's log file: bcctl shows warnings
    // only, unless QT_LOGGING_RULES asks for more.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"*.debug=false\n*.info=false"_s);

    // The demo environment's emulator draws invoice PDFs, which needs a QGuiApplication; bcctl
    // never shows a window, so it never needs a display.
    bc::emulator::preferOffscreenPlatform();
    QGuiApplication application(argc, argv);
    QCoreApplication::setApplicationName(u"bcctl"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(BC_VERSION));
    QCoreApplication::setOrganizationName(u"BC Console"_s);

    bc::cli::BcctlCommandLine::Outcome parsed =
            bc::cli::BcctlCommandLine::parse(QCoreApplication::arguments());
    if (!parsed.command) {
        if (parsed.exitCode == 0)
            bc::cli::Console::writeOut(parsed.text.endsWith(u'\n') ? parsed.text
                                                                   : parsed.text + u'\n');
        else
            bc::cli::Console::error(parsed.text);
        return parsed.exitCode;
    }
    bc::cli::BcctlCommand &command = *parsed.command;
    QObject::connect(&command, &bc::cli::BcctlCommand::finished, &application,
                     &QCoreApplication::exit, Qt::QueuedConnection);
    command.start();
    return QCoreApplication::exec();
}
