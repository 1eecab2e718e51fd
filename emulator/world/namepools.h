#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace bc::emulator::NamePools {

// The names the generator draws from, grouped by script so every world mixes accented Latin,
// CJK and Hangul, emoji (including a ZWJ sequence) and plain ASCII.

// A company somewhere: its BC name, legal name and where it is registered.
struct Company
{
    QString name;
    QString legalName;
    QString area;
    QString currency;
    QString timezone;
    QString etcTimezone; // the same offset spelled Etc/GMT±N, which TikTok also uses
};

[[nodiscard]] QList<Company> accentedLatinCompanies();
[[nodiscard]] QList<Company> cjkCompanies();
[[nodiscard]] QList<Company> emojiCompanies();
[[nodiscard]] QList<Company> asciiCompanies();
// All four, in that order.
[[nodiscard]] QList<QList<Company>> companiesByScript();

// "Etc/GMT-9" → +540 minutes (the Etc zones count the other way round).
[[nodiscard]] int utcOffsetMinutes(const QString &etcTimezone);

// A person: the display name (any script) and the ASCII email local part that goes with it.
struct Person
{
    QString displayName;
    QString emailLocalPart;
};

// People by script; index 2 holds emoji names.
[[nodiscard]] QList<QList<Person>> peopleByScript();

// What ad accounts are for ("Performance", "ブランド認知", "🔥 Flash Sale", ...).
[[nodiscard]] QStringList accountPurposes();
// Names for other assets, per asset type.
[[nodiscard]] QStringList assetNames(const QString &assetType);
// BCs outside the user's list (partners, child candidates).
[[nodiscard]] QList<Company> externalCompanies();
// Email domains for members and contacts.
[[nodiscard]] QStringList emailDomains();
// Short words for billing-group names ("EMEA", "Brand", "京东 618", ...).
[[nodiscard]] QStringList billingGroupNames();
// Asset-group names.
[[nodiscard]] QStringList assetGroupNames();

} // namespace bc::emulator::NamePools
