#include "multipartform.h"

#include <QByteArrayView>

using namespace Qt::StringLiterals;

namespace bc::emulator {

namespace {

constexpr qsizetype maxBoundaryLength = 70; // RFC 2046
constexpr qsizetype maxParts = 100;
constexpr qsizetype maxHeaderBytes = 8192;

// Splits "a; b=c; d=\"e;f\"" at semicolons outside quotes.
QList<QByteArray> splitParameters(const QByteArray &value)
{
    QList<QByteArray> items;
    QByteArray current;
    bool quoted = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value.at(i);
        if (c == '"' && (i == 0 || value.at(i - 1) != '\\'))
            quoted = !quoted;
        if (c == ';' && !quoted) {
            items.append(current.trimmed());
            current.clear();
        } else {
            current.append(c);
        }
    }
    items.append(current.trimmed());
    return items;
}

// name=value or name="value" (with \" escapes); nullopt-like empty + ok=false when malformed.
bool parameter(const QByteArray &item, QByteArray *name, QByteArray *value)
{
    const qsizetype eq = item.indexOf('=');
    if (eq <= 0)
        return false;
    *name = item.left(eq).trimmed().toLower();
    QByteArray raw = item.mid(eq + 1).trimmed();
    if (raw.startsWith('"')) {
        if (raw.size() < 2 || !raw.endsWith('"'))
            return false;
        raw = raw.mid(1, raw.size() - 2);
        QByteArray unescaped;
        for (qsizetype i = 0; i < raw.size(); ++i) {
            if (raw.at(i) == '\\' && i + 1 < raw.size())
                ++i;
            unescaped.append(raw.at(i));
        }
        raw = unescaped;
    }
    *value = raw;
    return true;
}

// Whether data holds prefix at offset at (false past the end).
bool startsAt(const QByteArray &data, qsizetype at, QByteArrayView prefix)
{
    return at >= 0 && at <= data.size() && QByteArrayView(data).sliced(at).startsWith(prefix);
}

MultipartForm failure(const QString &reason)
{
    MultipartForm form;
    form.error = reason;
    return form;
}

} // namespace

const MultipartPart *MultipartForm::part(const QString &name) const
{
    for (const MultipartPart &p : parts) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

QByteArray multipartBoundary(const QByteArray &contentType)
{
    const QList<QByteArray> items = splitParameters(contentType);
    if (items.isEmpty() || items.constFirst().toLower() != "multipart/form-data")
        return {};
    for (qsizetype i = 1; i < items.size(); ++i) {
        QByteArray name;
        QByteArray value;
        if (parameter(items.at(i), &name, &value) && name == "boundary") {
            if (value.isEmpty() || value.size() > maxBoundaryLength || value.endsWith(' '))
                return {};
            return value;
        }
    }
    return {};
}

MultipartForm parseMultipartForm(const QByteArray &contentType, const QByteArray &body)
{
    const QByteArray boundary = multipartBoundary(contentType);
    if (boundary.isEmpty())
        return failure(u"Content-Type must be multipart/form-data with a boundary"_s);
    const QByteArray delimiter = QByteArray("--") + boundary;

    // The first delimiter starts the body or follows a preamble line.
    qsizetype at = 0;
    if (!body.startsWith(delimiter)) {
        const qsizetype found = body.indexOf(QByteArray(QByteArray("\r\n") + delimiter));
        if (found < 0)
            return failure(u"no boundary delimiter in the body"_s);
        at = found + 2;
    }
    at += delimiter.size();

    MultipartForm form;
    const QByteArray nextDelimiter = QByteArray("\r\n") + delimiter;
    while (true) {
        // After a delimiter: "--" closes, CRLF starts a part.
        if (startsAt(body, at, "--")) {
            return form; // an epilogue after the close is allowed and ignored
        }
        if (!startsAt(body, at, "\r\n"))
            return failure(u"a boundary delimiter is not followed by CRLF"_s);
        at += 2;
        if (form.parts.size() >= maxParts)
            return failure(u"too many parts"_s);

        const qsizetype headersEnd = body.indexOf("\r\n\r\n", at);
        // A part with no headers at all has its blank line right away.
        const bool noHeaders = startsAt(body, at, "\r\n");
        if (!noHeaders && (headersEnd < 0 || headersEnd - at > maxHeaderBytes))
            return failure(u"a part's headers do not end"_s);
        if (noHeaders)
            return failure(u"a part has no Content-Disposition header"_s);

        MultipartPart part;
        bool disposition = false;
        const QList<QByteArray> lines = body.mid(at, headersEnd - at).split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QByteArray line = lines.at(i);
            // Header lines end in CRLF; a bare LF inside the headers is malformed.
            if (i + 1 < lines.size()) {
                if (!line.endsWith('\r'))
                    return failure(u"a part header line does not end in CRLF"_s);
                line.chop(1);
            }
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                return failure(u"a part header is malformed"_s);
            const QByteArray headerName = line.left(colon).trimmed().toLower();
            const QByteArray headerValue = line.mid(colon + 1).trimmed();
            if (headerName == "content-disposition") {
                const QList<QByteArray> items = splitParameters(headerValue);
                if (items.constFirst().toLower() != "form-data")
                    return failure(u"a part's Content-Disposition is not form-data"_s);
                for (qsizetype k = 1; k < items.size(); ++k) {
                    QByteArray name;
                    QByteArray value;
                    if (!parameter(items.at(k), &name, &value))
                        return failure(u"a Content-Disposition parameter is malformed"_s);
                    if (name == "name")
                        part.name = QString::fromUtf8(value);
                    else if (name == "filename")
                        part.fileName = QString::fromUtf8(value);
                }
                disposition = true;
            } else if (headerName == "content-type") {
                part.contentType = headerValue;
            }
        }
        if (!disposition)
            return failure(u"a part has no Content-Disposition header"_s);
        if (part.name.isEmpty())
            return failure(u"a part has no name"_s);

        const qsizetype bodyStart = headersEnd + 4;
        const qsizetype bodyEnd = body.indexOf(nextDelimiter, bodyStart);
        if (bodyEnd < 0)
            return failure(u"the closing boundary delimiter is missing"_s);
        part.body = body.mid(bodyStart, bodyEnd - bodyStart);
        form.parts.append(part);
        at = bodyEnd + nextDelimiter.size();
    }
}

} // namespace bc::emulator
