#include "ui/dialogs/preferencesdialog.h"

#include "core/downloads/invoicedownloaditem.h"
#include "core/downloads/invoicefilenamer.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bc::ui {

PreferencesDialog::PreferencesDialog(const Preferences &preferences, QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_folder(new QLineEdit(this))
    , m_template(new QLineEdit(this))
    , m_example(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Preferences"));

    for (const Preferences::Language &language : Preferences::languages())
        m_language->addItem(language.nativeName, language.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(preferences.language)));
    m_language->setAccessibleName(tr("Language"));
    auto *languageNote = new QLabel(tr("Takes effect the next time BC Console starts."), this);
    languageNote->setEnabled(false);

    auto *general = new QGroupBox(tr("General"), this);
    auto *generalForm = new QFormLayout(general);
    generalForm->addRow(tr("&Language:"), m_language);
    generalForm->addRow(QString(), languageNote);

    m_folder->setText(preferences.effectiveDownloadFolder());
    m_folder->setAccessibleName(tr("Invoice folder"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &PreferencesDialog::chooseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    m_template->setText(preferences.effectiveNameTemplate());
    m_template->setAccessibleName(tr("File naming template"));
    m_template->setToolTip(tr("Placeholders: %1. Use / for folders.")
                                   .arg(downloads::InvoiceFileNamer::placeholders().join(u", ")));
    m_example->setWordWrap(true);
    m_example->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_template, &QLineEdit::textChanged, this, &PreferencesDialog::updateExample);
    connect(m_folder, &QLineEdit::textChanged, this, &PreferencesDialog::updateExample);

    auto *invoices = new QGroupBox(tr("Invoice downloads"), this);
    auto *invoicesForm = new QFormLayout(invoices);
    invoicesForm->addRow(tr("&Folder:"), folderRow);
    invoicesForm->addRow(tr("File &names:"), m_template);
    invoicesForm->addRow(tr("Example:"), m_example);
    auto *placeholders = new QLabel(
            tr("Placeholders: %1. Characters a file name cannot hold are replaced; an existing "
               "file with other contents is never overwritten (the new one is kept beside it).")
                    .arg(downloads::InvoiceFileNamer::placeholders().join(u", ")),
            this);
    placeholders->setWordWrap(true);
    placeholders->setEnabled(false);
    invoicesForm->addRow(QString(), placeholders);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *restore = m_buttons->addButton(QDialogButtonBox::RestoreDefaults);
    connect(restore, &QPushButton::clicked, this, [this] {
        m_template->setText(Preferences().effectiveNameTemplate());
        m_folder->setText(Preferences::defaultDownloadFolder());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(invoices);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());
    updateExample();
}

Preferences PreferencesDialog::preferences() const
{
    Preferences preferences;
    preferences.language = m_language->currentData().toString();
    const QString folder = m_folder->text().trimmed();
    preferences.downloadFolder =
            folder == Preferences::defaultDownloadFolder() ? QString() : folder;
    const QString nameTemplate = m_template->text().trimmed();
    preferences.nameTemplate =
            nameTemplate == Preferences().effectiveNameTemplate() ? QString() : nameTemplate;
    return preferences;
}

QString PreferencesDialog::templateProblem() const
{
    return m_templateProblem;
}

QString PreferencesDialog::exampleText() const
{
    return m_example->text();
}

void PreferencesDialog::updateExample()
{
    const downloads::InvoiceFileNamer namer(m_template->text().trimmed());
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    if (m_folder->text().trimmed().isEmpty()) {
        m_templateProblem = tr("Choose a folder for the invoices.");
    } else if (!namer.isValid()) {
        m_templateProblem = namer.errorString();
    } else {
        m_templateProblem.clear();
    }
    ok->setEnabled(m_templateProblem.isEmpty());
    if (!m_templateProblem.isEmpty()) {
        m_example->setText(m_templateProblem);
        m_example->setStyleSheet(u"color: #b91c1c;"_s);
        return;
    }
    // A made-up invoice, so the user sees where a real one would land.
    downloads::InvoiceDownloadItem item;
    item.bcId = u"7012345678901234567"_s;
    item.bcName = tr("Acme EU / Retail");
    item.invoiceId = u"7300000000000000001"_s;
    item.serialNumber = u"INV-2026-000123"_s;
    item.sendDate = QDateTime(QDate(2026, 10, 31), QTime(9, 30), Qt::UTC);
    m_example->setStyleSheet({});
    m_example->setText(QDir::toNativeSeparators(
            QDir(m_folder->text().trimmed()).filePath(namer.relativePath(item))));
}

void PreferencesDialog::chooseFolder()
{
    const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Folder for invoices"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(folder);
}

} // namespace bc::ui
