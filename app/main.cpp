#include "app/consoleoptions.h"
#include "app/consolesession.h"
#include "ui/preferences.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(u"BC Console"_s);
    QApplication::setApplicationVersion(QStringLiteral(BC_VERSION));
    QApplication::setOrganizationName(u"BC Console"_s);
    QApplication::setDesktopFileName(u"bcconsole"_s);

    // The language chosen in Preferences, else the system's.
    const QString chosen = bc::ui::Preferences::load().language;
    const QLocale locale = chosen.isEmpty() ? QLocale() : QLocale(chosen);
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, u"qtbase"_s, u"_"_s,
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    // English first, for its plural forms ("1 row", "2 rows"); the user's language on top.
    QTranslator english;
    if (english.load(u"bcconsole_en"_s, u":/i18n"_s))
        QApplication::installTranslator(&english);
    QTranslator translator;
    if (translator.load(locale, u"bcconsole"_s, u"_"_s, u":/i18n"_s)
        && translator.language() != u"en")
        QApplication::installTranslator(&translator);

    QString message;
    bool exitEarly = false;
    const auto options =
            bc::app::ConsoleOptions::parse(QApplication::arguments(), &message, &exitEarly);
    if (!options) {
        std::fprintf(exitEarly ? stdout : stderr, "%s\n", qPrintable(message));
        return exitEarly ? 0 : 2;
    }

    bc::app::ConsoleSession session(*options);
    QObject::connect(&session, &bc::app::ConsoleSession::screenshotFinished, &application,
                     &QApplication::exit);
    if (!session.start(&message)) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return 1;
    }
    return QApplication::exec();
}
