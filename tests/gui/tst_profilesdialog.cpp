// ProfilesDialog offscreen: adding a sandbox profile (the registry has it, its app secret is in
// the vault and nowhere in profiles.json, the password field is cleared), validation messages,
// editing, removing (with confirmation; the profile's vault entries go too), the keyboard
// (Insert, Enter, Delete, Escape), Open, the vault banner, and ProfileListModel's badges under
// QAbstractItemModelTester.
#include "core/auth/sessiontokenvault.h"
#include "core/store/profileregistry.h"
#include "models/profilelistmodel.h"
#include "ui/dialogs/profileeditor.h"
#include "ui/dialogs/profilesdialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace bc::auth;
using bc::api::EnvironmentKind;
using bc::models::ProfileListModel;
using bc::store::Profile;
using bc::store::ProfileRegistry;
using bc::ui::ProfileEditor;
using bc::ui::ProfilesDialog;

namespace {

const QString fakeSecret = u"fake-app-secret-0123456789"_s;

// A vault that says it persists (as the keychain does), keeping entries in a session vault.
class PersistentFakeVault final : public TokenVault
{
public:
    [[nodiscard]] bool available() const override { return true; }
    [[nodiscard]] QString unavailableReason() const override { return {}; }
    [[nodiscard]] bool persistent() const override { return true; }
    void store(const SecretKey &key, const QString &secret, QObject *context,
               VaultHandler done) override
    {
        m_inner.store(key, secret, context, std::move(done));
    }
    void read(const SecretKey &key, QObject *context, VaultHandler done) override
    {
        m_inner.read(key, context, std::move(done));
    }
    void remove(const SecretKey &key, QObject *context, VaultHandler done) override
    {
        m_inner.remove(key, context, std::move(done));
    }

private:
    SessionTokenVault m_inner;
};

std::optional<VaultResult> vaultRead(TokenVault &vault, const SecretKey &key)
{
    std::optional<VaultResult> result;
    QObject context;
    vault.read(key, &context, [&result](const VaultResult &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 5000))
        return std::nullopt;
    return result;
}

Profile makeProfile(const QString &name, EnvironmentKind kind, const QString &appId)
{
    Profile profile;
    profile.name = name;
    profile.environment = kind;
    profile.appId = appId;
    if (kind == EnvironmentKind::Custom)
        profile.customBaseUrl = QUrl(u"https://api.example.com/open_api/"_s);
    return profile;
}

} // namespace

class TestProfilesDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void badgeText_data();
    void badgeText();
    void addSandboxProfile();
    void validation_data();
    void validation();
    void loopbackHttpIsAWarning();
    void editProfile();
    void changingAppIdForgetsOldSecrets();
    void removeAsksAndDeletesVaultEntries();
    void keyboard();
    void openChoosesProfile();
    void vaultBanner();

private:
    [[nodiscard]] std::unique_ptr<ProfilesDialog> dialog();
    void fill(ProfilesDialog &dialog, const QString &name, EnvironmentKind kind, const QString &url,
              const QString &appId, const QString &secret);
    void storeSecret(const SecretKey &key, const QString &secret);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileRegistry> m_registry;
    std::unique_ptr<SessionTokenVault> m_vault;
};

void TestProfilesDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestProfilesDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_registry = std::make_unique<ProfileRegistry>(m_dir->path());
    QString error;
    QVERIFY2(m_registry->load(&error), qPrintable(error));
    m_vault = std::make_unique<SessionTokenVault>();
}

void TestProfilesDialog::cleanup()
{
    m_vault.reset();
    m_registry.reset();
    m_dir.reset();
}

std::unique_ptr<ProfilesDialog> TestProfilesDialog::dialog()
{
    auto d = std::make_unique<ProfilesDialog>(m_registry.get(), m_vault.get());
    new QAbstractItemModelTester(d->model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 d.get());
    d->show();
    if (!QTest::qWaitForWindowExposed(d.get()))
        return nullptr;
    return d;
}

void TestProfilesDialog::fill(ProfilesDialog &dialog, const QString &name, EnvironmentKind kind,
                              const QString &url, const QString &appId, const QString &secret)
{
    ProfileEditor *editor = dialog.editor();
    if (!editor->nameEdit()->isReadOnly()) {
        editor->nameEdit()->clear();
        QTest::keyClicks(editor->nameEdit(), name);
    }
    editor->environmentBox()->setCurrentIndex(editor->environmentBox()->findData(int(kind)));
    editor->customUrlEdit()->setText(url);
    editor->appIdEdit()->setText(appId);
    editor->secretEdit()->clear();
    QTest::keyClicks(editor->secretEdit(), secret);
}

void TestProfilesDialog::storeSecret(const SecretKey &key, const QString &secret)
{
    bool stored = false;
    m_vault->store(key, secret, this, [&stored](const VaultResult &r) { stored = r.ok(); });
    QTRY_VERIFY(stored);
}

void TestProfilesDialog::badgeText_data()
{
    QTest::addColumn<EnvironmentKind>("kind");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("badge");
    QTest::newRow("demo") << EnvironmentKind::Demo << QString() << u"DEMO"_s;
    QTest::newRow("sandbox") << EnvironmentKind::Sandbox << QString() << u"SANDBOX"_s;
    QTest::newRow("production") << EnvironmentKind::Production << QString() << u"PRODUCTION"_s;
    QTest::newRow("custom host") << EnvironmentKind::Custom
                                 << u"https://api.example.com/open_api/"_s << u"api.example.com"_s;
    QTest::newRow("custom port") << EnvironmentKind::Custom << u"http://127.0.0.1:8123/open_api/"_s
                                 << u"127.0.0.1:8123"_s;
}

void TestProfilesDialog::badgeText()
{
    QFETCH(EnvironmentKind, kind);
    QFETCH(QString, url);
    QFETCH(QString, badge);
    Profile profile = makeProfile(u"p"_s, kind, u"7001"_s);
    profile.customBaseUrl = QUrl(url);
    QCOMPARE(ProfileListModel::badgeText(profile), badge);

    QString error;
    QVERIFY2(m_registry->add(profile, &error), qPrintable(error));
    ProfileListModel model(m_registry.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ProfileListModel::Name).data().toString(), u"p"_s);
    QCOMPARE(model.index(0, ProfileListModel::Environment).data().toString(), badge);
    QCOMPARE(model.index(0, ProfileListModel::AppId).data().toString(), u"7001"_s);
    QCOMPARE(model.index(0, ProfileListModel::Environment)
                     .data(ProfileListModel::EnvironmentKindRole)
                     .toInt(),
             int(kind));
}

void TestProfilesDialog::addSandboxProfile()
{
    auto d = dialog();
    QVERIFY(d);
    QSignalSpy vaultDone(d.get(), &ProfilesDialog::vaultOperationFinished);
    d->addProfile();
    QVERIFY(d->isEditing());
    // Sandbox is the default for a new profile.
    QCOMPARE(d->editor()->environmentBox()->currentData().toInt(), int(EnvironmentKind::Sandbox));
    QCOMPARE(d->editor()->secretEdit()->echoMode(), QLineEdit::Password);
    QTest::keyClicks(d->editor()->nameEdit(), u"Agency sandbox"_s);
    QTest::keyClicks(d->editor()->appIdEdit(), u"7000000001"_s);
    QTest::keyClicks(d->editor()->secretEdit(), fakeSecret);
    QTest::keyClick(d->editor()->secretEdit(), Qt::Key_Return); // Enter saves

    QVERIFY(!d->isEditing());
    QVERIFY(d->editor()->errorText().isEmpty());
    const auto saved = m_registry->find(u"Agency sandbox"_s);
    QVERIFY(saved);
    QCOMPARE(saved->environment, EnvironmentKind::Sandbox);
    QCOMPARE(saved->appId, u"7000000001"_s);
    QCOMPARE(d->model()->rowCount(), 1);
    QCOMPARE(d->selectedProfile(), u"Agency sandbox"_s);
    // The field lets go of the secret at once.
    QVERIFY(d->editor()->secretEdit()->text().isEmpty());

    QVERIFY(vaultDone.wait(5000) || !vaultDone.isEmpty());
    QCOMPARE(vaultDone.at(0).at(0).toBool(), true);
    const SecretKey key{u"Agency sandbox"_s, u"7000000001"_s, SecretKind::AppSecret};
    QVERIFY(m_vault->contains(key));
    const auto stored = vaultRead(*m_vault, key);
    QVERIFY(stored && stored->ok());
    QCOMPARE(stored->secret, fakeSecret);
    QCOMPARE(m_vault->size(), 1);

    // profiles.json has the profile and not the secret.
    QFile file(m_registry->profilesFilePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QVERIFY(json.contains("Agency sandbox"));
    QVERIFY(json.contains("7000000001"));
    QVERIFY(!json.contains(fakeSecret.toUtf8()));
    QVERIFY(!json.contains("fake-app-secret"));
    // A fresh registry reads the same profile back.
    ProfileRegistry again(m_dir->path());
    QString error;
    QVERIFY(again.load(&error));
    QCOMPARE(again.find(u"Agency sandbox"_s), saved);
}

void TestProfilesDialog::validation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<EnvironmentKind>("kind");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("appId");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty name") << QString() << EnvironmentKind::Sandbox << QString() << u"7001"_s
                                << u"Enter a name"_s;
    QTest::newRow("blank name") << u"   "_s << EnvironmentKind::Sandbox << QString() << u"7001"_s
                                << u"Enter a name"_s;
    QTest::newRow("duplicate name") << u"existing"_s << EnvironmentKind::Sandbox << QString()
                                    << u"7001"_s << u"already exists"_s;
    QTest::newRow("custom http elsewhere")
            << u"remote"_s << EnvironmentKind::Custom << u"http://api.example.com/open_api/"_s
            << u"7001"_s << u"must use https"_s;
    QTest::newRow("custom without url") << u"remote"_s << EnvironmentKind::Custom << QString()
                                        << u"7001"_s << u"Enter the custom API's URL"_s;
    QTest::newRow("custom ftp") << u"remote"_s << EnvironmentKind::Custom
                                << u"ftp://api.example.com/open_api/"_s << u"7001"_s
                                << u"https://"_s;
    QTest::newRow("custom without open_api")
            << u"remote"_s << EnvironmentKind::Custom << u"https://api.example.com/"_s << u"7001"_s
            << u"/open_api/"_s;
    QTest::newRow("app id letters") << u"letters"_s << EnvironmentKind::Sandbox << QString()
                                    << u"70a1"_s << u"digits only"_s;
    QTest::newRow("app id missing") << u"noapp"_s << EnvironmentKind::Production << QString()
                                    << QString() << u"Enter the app ID"_s;
}

void TestProfilesDialog::validation()
{
    QFETCH(QString, name);
    QFETCH(EnvironmentKind, kind);
    QFETCH(QString, url);
    QFETCH(QString, appId);
    QFETCH(QString, message);
    QString error;
    QVERIFY(m_registry->add(makeProfile(u"existing"_s, EnvironmentKind::Sandbox, u"7001"_s),
                            &error));
    auto d = dialog();
    QVERIFY(d);
    d->addProfile();
    fill(*d, name, kind, url, appId, fakeSecret);
    QTest::keyClick(d->editor()->appIdEdit(), Qt::Key_Return);

    QVERIFY(d->isEditing()); // not saved: still in the editor
    QVERIFY2(d->editor()->errorText().contains(message),
             qPrintable(u"got: "_s + d->editor()->errorText()));
    QCOMPARE(m_registry->profiles().size(), 1);
    QCOMPARE(d->model()->rowCount(), 1);
    QCOMPARE(m_vault->size(), 0); // nothing stored for a profile that was not saved
    // Cancel clears the secret.
    QTest::keyClick(d->editor()->nameEdit(), Qt::Key_Escape);
    QVERIFY(!d->isEditing());
    QVERIFY(d->isVisible());
    QVERIFY(d->editor()->secretEdit()->text().isEmpty());
}

void TestProfilesDialog::loopbackHttpIsAWarning()
{
    auto d = dialog();
    QVERIFY(d);
    d->addProfile();
    fill(*d, u"local emulator"_s, EnvironmentKind::Custom, u"http://127.0.0.1:8123/open_api/"_s,
         QString(), QString());
    QVERIFY(ProfileEditor::problemWith(makeProfile(u"x"_s, EnvironmentKind::Custom, u"1"_s), true,
                                       {}, nullptr)
                    .isEmpty());
    const auto validated = d->editor()->validatedProfile();
    QVERIFY(validated);
    QVERIFY2(d->editor()->warningText().contains(u"not encrypted"_s),
             qPrintable(d->editor()->warningText()));
    QVERIFY(d->editor()->errorText().isEmpty());
    QTest::keyClick(d->editor()->customUrlEdit(), Qt::Key_Return);
    QVERIFY(!d->isEditing());
    const auto saved = m_registry->find(u"local emulator"_s);
    QVERIFY(saved);
    QCOMPARE(saved->customBaseUrl, QUrl(u"http://127.0.0.1:8123/open_api/"_s));
    QCOMPARE(d->model()->index(0, ProfileListModel::Environment).data().toString(),
             u"127.0.0.1:8123"_s);
    QCOMPARE(m_vault->size(), 0); // no secret typed, none stored
}

void TestProfilesDialog::editProfile()
{
    QString error;
    QVERIFY(m_registry->add(makeProfile(u"first"_s, EnvironmentKind::Sandbox, u"7001"_s), &error));
    QVERIFY(m_registry->add(makeProfile(u"second"_s, EnvironmentKind::Sandbox, u"7002"_s), &error));
    const SecretKey key{u"second"_s, u"7002"_s, SecretKind::AppSecret};
    storeSecret(key, fakeSecret);
    auto d = dialog();
    QVERIFY(d);
    QSignalSpy changed(d->model(), &QAbstractItemModel::dataChanged);
    d->selectProfile(u"second"_s);
    d->editSelected();
    QVERIFY(d->isEditing());
    QVERIFY(d->editor()->nameEdit()->isReadOnly());
    QCOMPARE(d->editor()->nameEdit()->text(), u"second"_s);
    QCOMPARE(d->editor()->appIdEdit()->text(), u"7002"_s);
    QVERIFY(d->editor()->secretEdit()->text().isEmpty()); // never shown back
    fill(*d, u"second"_s, EnvironmentKind::Production, QString(), u"7002"_s, QString());
    QTest::keyClick(d->editor()->appIdEdit(), Qt::Key_Return);
    QVERIFY(!d->isEditing());
    QCOMPARE(m_registry->find(u"second"_s)->environment, EnvironmentKind::Production);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(d->model()->index(1, ProfileListModel::Environment).data().toString(),
             u"PRODUCTION"_s);
    QCOMPARE(m_registry->profiles().size(), 2);
    // An empty secret field keeps the stored secret.
    const auto stored = vaultRead(*m_vault, key);
    QVERIFY(stored && stored->ok());
    QCOMPARE(stored->secret, fakeSecret);

    // A new secret replaces it.
    QSignalSpy vaultDone(d.get(), &ProfilesDialog::vaultOperationFinished);
    d->editSelected();
    QTest::keyClicks(d->editor()->secretEdit(), u"fake-replacement-secret"_s);
    QTest::keyClick(d->editor()->secretEdit(), Qt::Key_Return);
    QVERIFY(vaultDone.wait(5000));
    QCOMPARE(vaultRead(*m_vault, key)->secret, u"fake-replacement-secret"_s);
}

void TestProfilesDialog::changingAppIdForgetsOldSecrets()
{
    QString error;
    QVERIFY(m_registry->add(makeProfile(u"app"_s, EnvironmentKind::Sandbox, u"7001"_s), &error));
    storeSecret({u"app"_s, u"7001"_s, SecretKind::AppSecret}, fakeSecret);
    storeSecret({u"app"_s, u"7001"_s, SecretKind::AdvertiserAccessToken}, u"fake-token"_s);
    auto d = dialog();
    QVERIFY(d);
    QSignalSpy vaultDone(d.get(), &ProfilesDialog::vaultOperationFinished);
    d->selectProfile(u"app"_s);
    d->editSelected();
    fill(*d, u"app"_s, EnvironmentKind::Sandbox, QString(), u"7009"_s, u"fake-new-app-secret"_s);
    QTest::keyClick(d->editor()->appIdEdit(), Qt::Key_Return);
    QVERIFY(vaultDone.wait(5000));
    QCOMPARE(vaultDone.at(0).at(0).toBool(), true);
    QVERIFY(!m_vault->contains({u"app"_s, u"7001"_s, SecretKind::AppSecret}));
    QVERIFY(!m_vault->contains({u"app"_s, u"7001"_s, SecretKind::AdvertiserAccessToken}));
    QCOMPARE(vaultRead(*m_vault, {u"app"_s, u"7009"_s, SecretKind::AppSecret})->secret,
             u"fake-new-app-secret"_s);
    QCOMPARE(m_vault->size(), 1);
}

void TestProfilesDialog::removeAsksAndDeletesVaultEntries()
{
    QString error;
    QVERIFY(m_registry->add(makeProfile(u"keep"_s, EnvironmentKind::Sandbox, u"7001"_s), &error));
    QVERIFY(m_registry->add(makeProfile(u"gone"_s, EnvironmentKind::Production, u"7002"_s),
                            &error));
    storeSecret({u"keep"_s, u"7001"_s, SecretKind::AppSecret}, fakeSecret);
    storeSecret({u"gone"_s, u"7002"_s, SecretKind::AppSecret}, fakeSecret);
    storeSecret({u"gone"_s, u"7002"_s, SecretKind::AdvertiserAccessToken}, u"fake-token"_s);
    auto d = dialog();
    QVERIFY(d);
    QStringList asked;
    bool answer = false;
    d->setConfirmer([&](const QString &question) {
        asked << question;
        return answer;
    });
    d->selectProfile(u"gone"_s);
    d->removeSelected();
    QCOMPARE(asked.size(), 1);
    QVERIFY(asked.at(0).contains(u"gone"_s));
    QCOMPARE(m_registry->profiles().size(), 2); // declined: nothing changed
    QCOMPARE(m_vault->size(), 3);

    answer = true;
    QSignalSpy vaultDone(d.get(), &ProfilesDialog::vaultOperationFinished);
    d->removeSelected();
    QCOMPARE(asked.size(), 2);
    QVERIFY(!m_registry->find(u"gone"_s));
    QCOMPARE(d->model()->rowCount(), 1);
    QVERIFY(vaultDone.wait(5000));
    QCOMPARE(vaultDone.at(0).at(0).toBool(), true);
    QVERIFY(!m_vault->contains({u"gone"_s, u"7002"_s, SecretKind::AppSecret}));
    QVERIFY(!m_vault->contains({u"gone"_s, u"7002"_s, SecretKind::AdvertiserAccessToken}));
    QVERIFY(m_vault->contains({u"keep"_s, u"7001"_s, SecretKind::AppSecret}));
    QVERIFY(d->statusText().contains(u"gone"_s));
    ProfileRegistry again(m_dir->path());
    QVERIFY(again.load(&error));
    QCOMPARE(again.profiles().size(), 1);
}

void TestProfilesDialog::keyboard()
{
    QString error;
    QVERIFY(m_registry->add(makeProfile(u"one"_s, EnvironmentKind::Sandbox, u"7001"_s), &error));
    QVERIFY(m_registry->add(makeProfile(u"two"_s, EnvironmentKind::Sandbox, u"7002"_s), &error));
    storeSecret({u"two"_s, u"7002"_s, SecretKind::AppSecret}, fakeSecret);
    auto d = dialog();
    QVERIFY(d);
    int confirmations = 0;
    d->setConfirmer([&confirmations](const QString &) {
        ++confirmations;
        return true;
    });
    QTableView *view = d->view();
    view->setFocus();

    // Insert opens a new profile; Escape goes back to the list (and keeps the dialog open).
    QTest::keyClick(view, Qt::Key_Insert);
    QVERIFY(d->isEditing());
    QVERIFY(!d->editor()->nameEdit()->isReadOnly());
    QTest::keyClick(d->editor()->nameEdit(), Qt::Key_Escape);
    QVERIFY(!d->isEditing());
    QVERIFY(d->isVisible());

    // Down, then Enter edits the second profile.
    view->setFocus();
    view->setCurrentIndex(d->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(d->selectedProfile(), u"two"_s);
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(d->isEditing());
    QCOMPARE(d->editor()->nameEdit()->text(), u"two"_s);
    QTest::keyClick(d->editor()->appIdEdit(), Qt::Key_Escape);
    QVERIFY(!d->isEditing());

    // Delete removes it, after the confirmation, with its secret.
    QSignalSpy vaultDone(d.get(), &ProfilesDialog::vaultOperationFinished);
    QCOMPARE(d->selectedProfile(), u"two"_s);
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(confirmations, 1);
    QVERIFY(!m_registry->find(u"two"_s));
    QVERIFY(m_registry->find(u"one"_s));
    QVERIFY(vaultDone.wait(5000));
    QCOMPARE(m_vault->size(), 0);
    QCOMPARE(d->selectedProfile(), u"one"_s);
    // Keypad Enter edits too.
    QTest::keyClick(view, Qt::Key_Enter, Qt::KeypadModifier);
    QVERIFY(d->isEditing());
    QCOMPARE(d->editor()->nameEdit()->text(), u"one"_s);
}

void TestProfilesDialog::openChoosesProfile()
{
    QString error;
    QVERIFY(m_registry->add(makeProfile(u"one"_s, EnvironmentKind::Sandbox, u"7001"_s), &error));
    QVERIFY(m_registry->add(makeProfile(u"two"_s, EnvironmentKind::Demo, QString()), &error));
    auto d = dialog();
    QVERIFY(d);
    QSignalSpy chosen(d.get(), &ProfilesDialog::profileChosen);
    d->selectProfile(u"two"_s);
    d->openSelected();
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), u"two"_s);
    QCOMPARE(d->result(), int(QDialog::Accepted));
    QVERIFY(!d->isVisible());
}

void TestProfilesDialog::vaultBanner()
{
    // The session vault keeps secrets for this run only: the banner says so.
    auto d = dialog();
    QVERIFY(d);
    QVERIFY(d->vaultBannerShown());
    d->addProfile();
    QVERIFY(d->editor()->secretHintText().contains(u"this run only"_s));

    PersistentFakeVault keychain;
    ProfilesDialog withKeychain(m_registry.get(), &keychain);
    withKeychain.show();
    QVERIFY(QTest::qWaitForWindowExposed(&withKeychain));
    QVERIFY(!withKeychain.vaultBannerShown());
    withKeychain.addProfile();
    QVERIFY(withKeychain.editor()->secretHintText().contains(u"system keychain"_s));
}

QTEST_MAIN(TestProfilesDialog)
#include "tst_profilesdialog.moc"
