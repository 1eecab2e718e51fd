#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace bc::ui {

// What the user chose in Preferences, kept in QSettings (never a secret). The program reads the
// language at start-up; the invoice folder and naming template are used by every download.
struct Preferences
{
    Q_DECLARE_TR_FUNCTIONS(Preferences)

public:
    struct Language
    {
        QString code;       // "" (the system's), "en", "de", "zh_CN"
        QString nativeName; // as its speakers write it
    };

    QString language;       // "" follows the system locale
    QString downloadFolder; // where invoices go; "" = Documents/BC Console invoices
    QString nameTemplate;   // see downloads::InvoiceFileNamer; "" = the default

    [[nodiscard]] static Preferences load();
    void save() const;

    [[nodiscard]] static QList<Language> languages();
    [[nodiscard]] static QString defaultDownloadFolder();
    // The folder and template to use (the defaults where nothing was chosen).
    [[nodiscard]] QString effectiveDownloadFolder() const;
    [[nodiscard]] QString effectiveNameTemplate() const;

    friend bool operator==(const Preferences &, const Preferences &) = default;
};

} // namespace bc::ui
