#include "cli/console.h"

#include "core/api/apierror.h"

#include <QStringList>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace bc::cli {

namespace {

void writeTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

QString oneLine(QString text)
{
    text.replace(u"\r\n"_s, u" "_s);
    text.replace(u'\n', u' ');
    text.replace(u'\r', u' ');
    return text.trimmed();
}

} // namespace

void Console::writeOut(const QString &text)
{
    writeTo(stdout, text);
}

void Console::note(const QString &text)
{
    writeTo(stderr, u"bcctl: "_s + oneLine(text) + u'\n');
}

void Console::error(const QString &message)
{
    writeTo(stderr, u"error: "_s + oneLine(message) + u'\n');
}

QString Console::describe(const api::ApiError &error)
{
    if (error.code == 0)
        return error.details();
    QString text = QString::number(error.code) + u' '
                   + (error.message.isEmpty() ? error.explanation() : error.message);
    QStringList facts;
    if (!error.requestId.isEmpty())
        facts << tr("request_id %1").arg(error.requestId);
    if (error.httpStatus != 0 && error.httpStatus != 200)
        facts << tr("HTTP %1").arg(error.httpStatus);
    if (!facts.isEmpty())
        text += u" ("_s + facts.join(u", "_s) + u')';
    return text;
}

} // namespace bc::cli
