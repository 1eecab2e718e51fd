#pragma once

#include <QCoreApplication>
#include <QString>

namespace bc::api {

// Why a call failed, in a form the UI can act on (kind), support can trace (code, request id,
// HTTP status) and a person can read (explanation()).
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        Network,    // no answer: refused, reset, DNS, TLS
        Timeout,    // no complete answer in time
        Throttled,  // the app's rate limit was hit: back off
        Auth,       // the token is missing, expired or revoked: sign in again
        Permission, // the user lacks a role for this object
        Validation, // the request itself is wrong
        NotFound,   // the endpoint or object does not exist
        Server,     // TikTok's side failed (5xx, system errors)
        Parse,      // an answer arrived but is not the documented envelope
        Cancelled,  // stopped by us
        LocalFile,  // the answer arrived but could not be written to disk
        Other,      // a code we do not classify
    };

    Kind kind = Kind::Other;
    int code = 0;    // TikTok's code; 0 when the failure happened before any envelope was read
    QString message; // the API's own message, or the transport's
    QString requestId;
    int httpStatus = 0;

    // The kind TikTok's documented code belongs to.
    [[nodiscard]] static Kind kindForCode(int code);
    [[nodiscard]] static ApiError fromCode(int code, const QString &message,
                                           const QString &requestId, int httpStatus);

    // The token is missing, expired, revoked or lacks the scope: only signing in again helps,
    // and the UI offers exactly that.
    [[nodiscard]] bool needsSignIn() const { return kind == Kind::Auth; }

    // One translated sentence saying what happened and what to do.
    [[nodiscard]] QString explanation() const;
    // The explanation plus the facts support needs: code, request id, HTTP status.
    [[nodiscard]] QString details() const;
    [[nodiscard]] static QString kindName(Kind kind);
};

} // namespace bc::api
