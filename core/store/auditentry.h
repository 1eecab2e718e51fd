#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace bc::store {

// How a write action ended, as far as the console knows.
enum class AuditOutcome {
    Succeeded,
    Failed,
    Unknown, // ambiguous: e.g. a timeout after the write was sent; reconcile before retrying
};

// The stable text key of an outcome, as stored in the database and written to CSV exports:
// "succeeded", "failed", "unknown". Never translated.
[[nodiscard]] inline QString auditOutcomeKey(AuditOutcome outcome)
{
    switch (outcome) {
    case AuditOutcome::Succeeded:
        return QStringLiteral("succeeded");
    case AuditOutcome::Failed:
        return QStringLiteral("failed");
    case AuditOutcome::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

// The outcome of a key; nothing for a key this version does not know.
[[nodiscard]] inline std::optional<AuditOutcome> auditOutcomeFromKey(const QString &key)
{
    for (const AuditOutcome outcome :
         {AuditOutcome::Succeeded, AuditOutcome::Failed, AuditOutcome::Unknown}) {
        if (key == auditOutcomeKey(outcome))
            return outcome;
    }
    return std::nullopt;
}

// One write action as the audit log keeps it (see AuditLog).
struct AuditEntry
{
    qint64 sequence = 0; // assigned by the store when appended; grows with every append
    QDateTime at;        // UTC; AuditLog::append() sets it to now when it is invalid
    QString profile;
    QString environment;    // "demo", "sandbox", "production", "custom"
    QString endpoint;       // below /open_api/v1.3/, e.g. "bc/member/invite/"
    QJsonObject parameters; // redacted by AuditLog::append() before anything is stored
    QString requestId;      // TikTok's request_id; empty when no answer arrived
    AuditOutcome outcome = AuditOutcome::Unknown;
    std::optional<qint64> code; // TikTok's code, when an envelope arrived

    friend bool operator==(const AuditEntry &, const AuditEntry &) = default;
};

} // namespace bc::store
