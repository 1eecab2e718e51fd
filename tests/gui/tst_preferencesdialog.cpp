#include "ui/dialogs/preferencesdialog.h"
#include "ui/preferences.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using bc::ui::Preferences;
using bc::ui::PreferencesDialog;

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }
    void defaultsWhenNothingWasChosen();
    void savesAndLoadsTheChoice();
    void exampleFollowsTheTemplate();
    void invalidTemplateBlocksOk_data();
    void invalidTemplateBlocksOk();
};

void TestPreferencesDialog::defaultsWhenNothingWasChosen()
{
    const Preferences preferences = Preferences::load();
    QCOMPARE(preferences, Preferences());
    QCOMPARE(preferences.effectiveNameTemplate(), u"{bc_name}/{yyyy}-{mm}/{serial_number}.pdf"_s);
    QVERIFY(preferences.effectiveDownloadFolder().endsWith(u"BC Console invoices"_s));

    PreferencesDialog dialog(preferences);
    QCOMPARE(dialog.languageBox()->currentData().toString(), QString());
    QCOMPARE(dialog.languageBox()->count(), 4);
    // Unchanged defaults are not written down as choices: a later default still applies.
    QCOMPARE(dialog.preferences(), Preferences());
}

void TestPreferencesDialog::savesAndLoadsTheChoice()
{
    PreferencesDialog dialog(Preferences::load());
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(u"de"_s));
    dialog.folderEdit()->setText(u"/srv/finance/invoices"_s);
    dialog.templateEdit()->setText(u"{yyyy}/{bc_id}/{invoice_id}.pdf"_s);
    dialog.preferences().save();

    const Preferences loaded = Preferences::load();
    QCOMPARE(loaded.language, u"de"_s);
    QCOMPARE(loaded.downloadFolder, u"/srv/finance/invoices"_s);
    QCOMPARE(loaded.nameTemplate, u"{yyyy}/{bc_id}/{invoice_id}.pdf"_s);
    QCOMPARE(loaded.effectiveNameTemplate(), loaded.nameTemplate);

    PreferencesDialog again(loaded);
    QCOMPARE(again.languageBox()->currentText(), u"Deutsch"_s);
    QCOMPARE(again.templateEdit()->text(), loaded.nameTemplate);
}

void TestPreferencesDialog::exampleFollowsTheTemplate()
{
    PreferencesDialog dialog(Preferences::load());
    dialog.folderEdit()->setText(u"/data"_s);
    dialog.templateEdit()->setText(u"{bc_name}/{yyyy}-{mm}/{serial_number}.pdf"_s);
    // The example BC's name holds a '/', which must not add a folder.
    QCOMPARE(dialog.exampleText(), u"/data/Acme EU _ Retail/2026-10/INV-2026-000123.pdf"_s);
    dialog.templateEdit()->setText(u"{invoice_id}.pdf"_s);
    QCOMPARE(dialog.exampleText(), u"/data/7300000000000000001.pdf"_s);
    QVERIFY(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
}

void TestPreferencesDialog::invalidTemplateBlocksOk_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("nameTemplate");
    QTest::newRow("unknown placeholder") << u"/data"_s << u"{bc_name}/{quarter}.pdf"_s;
    QTest::newRow("no file name") << u"/data"_s << u""_s;
    QTest::newRow("no folder") << u""_s << u"{invoice_id}.pdf"_s;
}

void TestPreferencesDialog::invalidTemplateBlocksOk()
{
    QFETCH(QString, folder);
    QFETCH(QString, nameTemplate);
    PreferencesDialog dialog(Preferences::load());
    dialog.folderEdit()->setText(folder);
    dialog.templateEdit()->setText(nameTemplate);
    QVERIFY(!dialog.templateProblem().isEmpty());
    QCOMPARE(dialog.exampleText(), dialog.templateProblem());
    QVERIFY(!dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    // Fixing it enables OK again.
    dialog.folderEdit()->setText(u"/data"_s);
    dialog.templateEdit()->setText(u"{invoice_id}.pdf"_s);
    QVERIFY(dialog.templateProblem().isEmpty());
    QVERIFY(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
}

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
