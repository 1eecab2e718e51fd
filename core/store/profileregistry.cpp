#include "core/store/profileregistry.h"

#include "core/store/logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace bc::store {

namespace {

// Longest folder name accepted; file systems allow 255 bytes.
constexpr int maxFolderLength = 200;

const QString nameKey = u"name"_s;
const QString environmentKey = u"environment"_s;
const QString baseUrlKey = u"base_url"_s;
const QString appIdKey = u"app_id"_s;
const QString postgresKey = u"postgres"_s;
const QString redirectUriKey = u"redirect_uri"_s;

// Words that name a secret in a URL's query or a connection string.
const QRegularExpression &secretWord()
{
    static const QRegularExpression pattern(
            u"passw(or)?d|secret|token|signature|credential|api[_-]?key"_s,
            QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// Why `url` would carry a secret into profiles.json; empty when it would not.
QString secretInUrl(const QUrl &url, const QString &what)
{
    if (!url.userInfo().isEmpty())
        return ProfileRegistry::tr("The %1 must not contain a user name or password.").arg(what);
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems()) {
        Q_UNUSED(value);
        if (secretWord().match(key).hasMatch()) {
            return ProfileRegistry::tr("The %1 must not carry “%2” (profiles hold no secrets).")
                    .arg(what, key);
        }
    }
    if (secretWord().match(url.fragment()).hasMatch())
        return ProfileRegistry::tr("The %1 must not carry a secret.").arg(what);
    return {};
}

bool hasControlCharacter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
               || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
    });
}

QJsonObject toJson(const Profile &profile)
{
    QJsonObject object;
    object.insert(nameKey, profile.name);
    object.insert(environmentKey, api::Environment::key(profile.environment));
    if (profile.environment == api::EnvironmentKind::Custom)
        object.insert(baseUrlKey, profile.customBaseUrl.toString(QUrl::FullyEncoded));
    if (!profile.appId.isEmpty())
        object.insert(appIdKey, profile.appId);
    if (!profile.postgresConnection.isEmpty())
        object.insert(postgresKey, profile.postgresConnection);
    if (!profile.redirectUri.isEmpty())
        object.insert(redirectUriKey, profile.redirectUri.toString(QUrl::FullyEncoded));
    return object;
}

} // namespace

QString ProfileRegistry::defaultDataDirectory()
{
    // The desktop app's AppDataLocation (organization and application both "BC Console"),
    // spelled out so that bcctl, whose application name differs, finds the same mirrors.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + "/BC Console/BC Console"_L1;
}

ProfileRegistry::ProfileRegistry(QString dataDirectory)
    : m_dataDirectory(std::move(dataDirectory))
{ }

QString ProfileRegistry::profilesFilePath() const
{
    return QDir(m_dataDirectory).filePath(u"profiles.json"_s);
}

bool ProfileRegistry::load(QString *error)
{
    m_profiles.clear();
    m_movedAsidePath.clear();
    m_saveBlocked = false;
    const QString path = profilesFilePath();
    QFile file(path);
    if (!file.exists())
        return true;
    QString reason;
    if (!file.open(QIODevice::ReadOnly)) {
        reason = tr("it cannot be read (%1)").arg(file.errorString());
    } else {
        QList<Profile> profiles;
        const ParseOutcome outcome = parse(file.readAll(), &profiles, &reason);
        file.close();
        if (outcome == ParseOutcome::Ok) {
            m_profiles = profiles;
            return true;
        }
        if (outcome == ParseOutcome::Newer) {
            m_saveBlocked = true;
            *error = tr("The profiles in %1 were saved by a newer version of BC Console; they are "
                        "left as they are.")
                             .arg(QDir::toNativeSeparators(path));
            return false;
        }
    }
    moveAside(reason, error);
    return false;
}

QString ProfileRegistry::moveAside(const QString &reason, QString *error)
{
    const QString path = profilesFilePath();
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    QString aside = u"%1.broken-%2"_s.arg(path, stamp);
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = u"%1.broken-%2-%3"_s.arg(path, stamp).arg(n);
    if (QFile::rename(path, aside)) {
        m_movedAsidePath = aside;
        *error = tr("The saved profiles in %1 could not be used: %2. The file was kept as %3; "
                    "add the profiles again.")
                         .arg(QDir::toNativeSeparators(path), reason,
                              QDir::toNativeSeparators(aside));
        qCWarning(lcStore) << "profiles.json moved aside:" << reason << aside;
        return aside;
    }
    m_saveBlocked = true;
    *error = tr("The saved profiles in %1 could not be used: %2. It could not be moved aside "
                "either, so it is left untouched and no profile can be saved until it is "
                "repaired or removed.")
                     .arg(QDir::toNativeSeparators(path), reason);
    return {};
}

ProfileRegistry::ParseOutcome ProfileRegistry::parse(const QByteArray &bytes,
                                                     QList<Profile> *profiles, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("it is not valid JSON (%1 at byte %2)")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return ParseOutcome::Invalid;
    }
    if (!document.isObject()) {
        *error = tr("it does not hold a JSON object");
        return ParseOutcome::Invalid;
    }
    const QJsonObject root = document.object();
    const QJsonValue version = root.value("version"_L1);
    if (!version.isDouble() || version.toInteger(-1) < 1) {
        *error = tr("it has no valid version");
        return ParseOutcome::Invalid;
    }
    if (version.toInteger() > formatVersion)
        return ParseOutcome::Newer;
    const QJsonValue list = root.value("profiles"_L1);
    if (!list.isArray()) {
        *error = tr("it has no list of profiles");
        return ParseOutcome::Invalid;
    }
    QList<Profile> parsed;
    for (const QJsonValue &value : list.toArray()) {
        const QJsonObject object = value.toObject();
        Profile profile;
        profile.name = object.value(nameKey).toString();
        const auto kind = api::Environment::kindFromKey(object.value(environmentKey).toString());
        if (!kind) {
            *error = tr("profile “%1” has an unknown environment").arg(profile.name);
            return ParseOutcome::Invalid;
        }
        profile.environment = *kind;
        profile.customBaseUrl = QUrl(object.value(baseUrlKey).toString(), QUrl::StrictMode);
        profile.appId = object.value(appIdKey).toString();
        profile.postgresConnection = object.value(postgresKey).toString();
        profile.redirectUri = QUrl(object.value(redirectUriKey).toString(), QUrl::StrictMode);
        if (const QString problem = validate(profile); !problem.isEmpty()) {
            *error = tr("profile “%1”: %2").arg(profile.name, problem);
            return ParseOutcome::Invalid;
        }
        const bool duplicate = std::any_of(parsed.cbegin(), parsed.cend(), [&](const Profile &p) {
            return p.name == profile.name;
        });
        if (duplicate) {
            *error = tr("the name “%1” appears twice").arg(profile.name);
            return ParseOutcome::Invalid;
        }
        parsed.append(profile);
    }
    *profiles = parsed;
    return ParseOutcome::Ok;
}

bool ProfileRegistry::save(QString *error) const
{
    return saveProfiles(m_profiles, error);
}

bool ProfileRegistry::saveProfiles(const QList<Profile> &profiles, QString *error) const
{
    const QString path = profilesFilePath();
    if (m_saveBlocked) {
        *error = tr("The profiles are not saved: %1 could not be read and is left untouched.")
                         .arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (!QDir().mkpath(m_dataDirectory)) {
        *error = tr("The folder %1 could not be created.")
                         .arg(QDir::toNativeSeparators(m_dataDirectory));
        return false;
    }
    QJsonArray list;
    for (const Profile &profile : profiles)
        list.append(toJson(profile));
    const QJsonObject root{{u"version"_s, formatVersion}, {u"profiles"_s, list}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        *error = tr("The profiles could not be saved to %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

std::optional<Profile> ProfileRegistry::find(const QString &name) const
{
    for (const Profile &profile : m_profiles) {
        if (profile.name == name)
            return profile;
    }
    return std::nullopt;
}

bool ProfileRegistry::add(const Profile &profile, QString *error)
{
    if (const QString problem = validate(profile); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (find(profile.name)) {
        *error = tr("A profile named “%1” already exists.").arg(profile.name);
        return false;
    }
    QList<Profile> profiles = m_profiles;
    profiles.append(profile);
    if (!saveProfiles(profiles, error))
        return false;
    m_profiles = profiles;
    return true;
}

bool ProfileRegistry::update(const Profile &profile, QString *error)
{
    if (const QString problem = validate(profile); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    QList<Profile> profiles = m_profiles;
    const auto it = std::find_if(profiles.begin(), profiles.end(),
                                 [&](const Profile &p) { return p.name == profile.name; });
    if (it == profiles.end()) {
        *error = tr("There is no profile named “%1”.").arg(profile.name);
        return false;
    }
    *it = profile;
    if (!saveProfiles(profiles, error))
        return false;
    m_profiles = profiles;
    return true;
}

bool ProfileRegistry::remove(const QString &name, FolderOnRemove folder, QString *error)
{
    const std::optional<Profile> profile = find(name);
    if (!profile) {
        *error = tr("There is no profile named “%1”.").arg(name);
        return false;
    }
    QList<Profile> profiles = m_profiles;
    profiles.removeIf([&](const Profile &p) { return p.name == name; });
    if (!saveProfiles(profiles, error))
        return false;
    m_profiles = profiles;
    if (folder == FolderOnRemove::Delete) {
        QDir directory(profileDirectory(*profile));
        if (directory.exists() && !directory.removeRecursively()) {
            *error = tr("The profile “%1” was removed, but its folder %2 could not be deleted.")
                             .arg(name, QDir::toNativeSeparators(directory.path()));
            return false;
        }
    }
    return true;
}

QString ProfileRegistry::validate(const Profile &profile)
{
    const QString &name = profile.name;
    if (name.trimmed().isEmpty())
        return tr("A profile needs a name.");
    if (name != name.trimmed())
        return tr("A profile name must not begin or end with spaces.");
    if (hasControlCharacter(name))
        return tr("A profile name must not contain control characters.");
    if (name.size() > maxNameLength || folderName(name).size() > maxFolderLength)
        return tr("The profile name “%1” is too long.").arg(name);

    if (profile.environment == api::EnvironmentKind::Custom) {
        if (const QString problem = api::Environment::problemWithBaseUrl(profile.customBaseUrl);
            !problem.isEmpty())
            return problem;
        if (const QString secret = secretInUrl(profile.customBaseUrl, tr("API root"));
            !secret.isEmpty())
            return secret;
    } else if (!profile.customBaseUrl.isEmpty()) {
        return tr("Only a custom profile has its own API root.");
    }

    static const QRegularExpression appIdPattern(u"^[A-Za-z0-9._-]{0,64}$"_s);
    if (!appIdPattern.match(profile.appId).hasMatch())
        return tr("The app id “%1” is not valid: letters, digits, '.', '_' and '-' only.")
                .arg(profile.appId);

    const QString &postgres = profile.postgresConnection;
    if (hasControlCharacter(postgres))
        return tr("The PostgreSQL connection must not contain control characters.");
    if (secretWord().match(postgres).hasMatch()
        || (postgres.contains("://"_L1) && !QUrl(postgres).password().isEmpty())) {
        return tr("The PostgreSQL connection must not contain a password: profiles hold no "
                  "secrets. Use ~/.pgpass or PGPASSFILE instead.");
    }

    if (!profile.redirectUri.isEmpty()) {
        const QUrl &uri = profile.redirectUri;
        if (!uri.isValid() || uri.scheme().isEmpty())
            return tr("The redirect URI “%1” is not a valid URL.").arg(uri.toDisplayString());
        if (const QString secret = secretInUrl(uri, tr("redirect URI")); !secret.isEmpty())
            return secret;
    }
    return {};
}

QString ProfileRegistry::folderName(const QString &profileName)
{
    QString folder;
    const QList<uint> codePoints = profileName.toUcs4();
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        const uint c = codePoints.at(i);
        const bool lowerOrDigit = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        if (lowerOrDigit || (c == '.' && i > 0)) {
            folder.append(QChar(char16_t(c)));
        } else if (c >= 'A' && c <= 'Z') {
            folder.append(u'_');
            folder.append(QChar(char16_t(c - 'A' + 'a')));
        } else {
            folder.append(u'+');
            folder.append(QString::number(c, 16));
            folder.append(u'+');
        }
    }
    return folder;
}

QString ProfileRegistry::profileDirectory(const Profile &profile) const
{
    return QDir(m_dataDirectory).filePath(u"profiles/"_s + folderName(profile.name));
}

StoreLocation ProfileRegistry::location(const Profile &profile) const
{
    if (!profile.postgresConnection.isEmpty())
        return StoreLocation::postgres(profile.postgresConnection);
    return StoreLocation::sqliteFile(QDir(profileDirectory(profile)).filePath(u"mirror.sqlite"_s));
}

StoreIdentity ProfileRegistry::identity(const Profile &profile)
{
    QString apiBase;
    switch (profile.environment) {
    case api::EnvironmentKind::Demo:
        apiBase = u"demo"_s;
        break;
    case api::EnvironmentKind::Sandbox:
        apiBase = api::Environment::sandbox().baseUrl().toString(QUrl::FullyEncoded);
        break;
    case api::EnvironmentKind::Production:
        apiBase = api::Environment::production().baseUrl().toString(QUrl::FullyEncoded);
        break;
    case api::EnvironmentKind::Custom:
        apiBase = profile.customBaseUrl.adjusted(QUrl::NormalizePathSegments)
                          .toString(QUrl::FullyEncoded);
        break;
    }
    return {profile.name, api::Environment::key(profile.environment), apiBase};
}

} // namespace bc::store
