#pragma once

#include <QCoreApplication>
#include <QString>

namespace bc::api {
struct ApiError;
}

namespace bc::cli {

// Where bcctl writes: results on stdout, notes, logs and errors on stderr.
class Console
{
    Q_DECLARE_TR_FUNCTIONS(Console)

public:
    // The command's result, as it is: stdout carries nothing else.
    static void writeOut(const QString &text);
    // A note or progress line ("bcctl: ..."), on stderr.
    static void note(const QString &text);
    // The one line a failure prints ("error: ..."), on stderr; newlines in `message` become
    // spaces so that it stays one line.
    static void error(const QString &message);
    // What a failed API call says on that line: TikTok's code, its message and the request_id
    // where the API gave them (`40105 Access token is invalid (request_id 2026…)`), else the
    // explanation with the HTTP status or transport detail.
    [[nodiscard]] static QString describe(const api::ApiError &error);
};

} // namespace bc::cli
