#include "cli/bcctlcommand.h"
#include "cli/bcctloptions.h"

#include "emulator/offscreenplatform.h"

#include <QGuiApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // The demo environment's emulator draws invoice PDFs, which needs a QGuiApplication; bcctl
    // never shows a window, so it never needs a display.
    bc::emulator::preferOffscreenPlatform();
    QGuiApplication application(argc, argv);
    QCoreApplication::setApplicationName(u"bcctl"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(BC_VERSION));
    QCoreApplication::setOrganizationName(u"BC Console"_s);

    QString message;
    bool exitEarly = false;
    const auto options =
            bc::cli::BcctlOptions::parse(QCoreApplication::arguments(), &message, &exitEarly);
    if (!options) {
        std::fprintf(exitEarly ? stdout : stderr, "%s\n", message.toLocal8Bit().constData());
        return exitEarly ? 0 : 2;
    }
    bc::cli::BcctlCommand command(*options);
    QObject::connect(&command, &bc::cli::BcctlCommand::finished, &application,
                     &QCoreApplication::exit, Qt::QueuedConnection);
    command.start();
    return QCoreApplication::exec();
}
