#pragma once

#include "core/store/profile.h"
#include "core/store/storeidentity.h"
#include "core/store/storelocation.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace bc::store {

// The saved profiles of one data directory, kept in `<dataDir>/profiles.json`, and where each
// profile's mirror lives: `<dataDir>/profiles/<folder>/mirror.sqlite` (or its PostgreSQL
// database). bcctl and the desktop app share the same data directory by default.
//
// add(), update() and remove() save at once (through QSaveFile). A profiles.json that cannot be
// read or parsed is reported and moved aside (kept, never overwritten); when it cannot even be
// moved, the registry refuses to save until it is dealt with.
class ProfileRegistry final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileRegistry)

public:
    enum class FolderOnRemove {
        Keep,   // the mirror stays on disk (it can be reused by a profile of the same name)
        Delete, // the profile's folder and its mirror are deleted
    };

    static constexpr int formatVersion = 1;
    static constexpr int maxNameLength = 64;

    // The writable app data directory of BC Console, the same for bcctl and the desktop app.
    [[nodiscard]] static QString defaultDataDirectory();

    explicit ProfileRegistry(QString dataDirectory = defaultDataDirectory());

    [[nodiscard]] QString dataDirectory() const { return m_dataDirectory; }
    [[nodiscard]] QString profilesFilePath() const;

    // Reads profiles.json; a missing file is an empty registry. False, with `error` set, when it
    // is unreadable, not valid, or written by a newer version; see movedAsidePath().
    [[nodiscard]] bool load(QString *error);
    // Writes profiles.json through QSaveFile.
    [[nodiscard]] bool save(QString *error) const;
    // Where the last load() moved a damaged profiles.json; empty when it did not.
    [[nodiscard]] QString movedAsidePath() const { return m_movedAsidePath; }

    [[nodiscard]] QList<Profile> profiles() const { return m_profiles; }
    [[nodiscard]] std::optional<Profile> find(const QString &name) const;
    // Each validates, saves, and leaves the registry unchanged on failure.
    [[nodiscard]] bool add(const Profile &profile, QString *error);
    [[nodiscard]] bool update(const Profile &profile, QString *error); // by name
    [[nodiscard]] bool remove(const QString &name, FolderOnRemove folder, QString *error);

    // Why `profile` cannot be saved (names, URLs, anything that looks like a secret); empty
    // when it can.
    [[nodiscard]] static QString validate(const Profile &profile);
    // A folder name for a profile name: lower-case ASCII letters, digits, '-' and '.' are kept
    // (a leading '.' is not), an upper-case letter becomes '_' and its lower-case form, anything
    // else "+HEX+" (its code point). Different names never give the same folder, even on a
    // file system that ignores case, and no name gives "", "." or "..".
    [[nodiscard]] static QString folderName(const QString &profileName);

    [[nodiscard]] QString profileDirectory(const Profile &profile) const;
    [[nodiscard]] StoreLocation location(const Profile &profile) const;
    // What the profile's mirror belongs to. The demo emulator listens on a new port each run, so
    // the demo's API base is a fixed marker rather than its URL.
    [[nodiscard]] static StoreIdentity identity(const Profile &profile);

private:
    bool saveProfiles(const QList<Profile> &profiles, QString *error) const;
    enum class ParseOutcome {
        Ok,
        Invalid,
        Newer, // written by a newer version: kept as it is, and not overwritten
    };
    static ParseOutcome parse(const QByteArray &bytes, QList<Profile> *profiles, QString *error);
    QString moveAside(const QString &reason, QString *error);

    QString m_dataDirectory;
    QList<Profile> m_profiles;
    QString m_movedAsidePath;
    bool m_saveBlocked = false; // a profiles.json we could neither read nor move aside
};

} // namespace bc::store
