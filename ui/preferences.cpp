#include "ui/preferences.h"

#include "core/downloads/invoicedownloadoptions.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace bc::ui {

namespace {

const QString languageKey = u"general/language"_s;
const QString folderKey = u"invoices/folder"_s;
const QString templateKey = u"invoices/nameTemplate"_s;

} // namespace

Preferences Preferences::load()
{
    const QSettings settings;
    Preferences preferences;
    preferences.language = settings.value(languageKey).toString();
    preferences.downloadFolder = settings.value(folderKey).toString();
    preferences.nameTemplate = settings.value(templateKey).toString();
    return preferences;
}

void Preferences::save() const
{
    QSettings settings;
    settings.setValue(languageKey, language);
    settings.setValue(folderKey, downloadFolder);
    settings.setValue(templateKey, nameTemplate);
}

QList<Preferences::Language> Preferences::languages()
{
    return {
            {QString(), tr("System language")},
            {u"en"_s, u"English"_s},
            {u"de"_s, u"Deutsch"_s},
            {u"zh_CN"_s, u"简体中文"_s},
    };
}

QString Preferences::defaultDownloadFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(u"BC Console invoices"_s);
}

QString Preferences::effectiveDownloadFolder() const
{
    return downloadFolder.isEmpty() ? defaultDownloadFolder() : downloadFolder;
}

QString Preferences::effectiveNameTemplate() const
{
    return nameTemplate.isEmpty() ? downloads::InvoiceDownloadOptions::defaultNameTemplate
                                  : nameTemplate;
}

} // namespace bc::ui
