#include "parametertext.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace bc::emulator::ParameterText {

bool isIdText(const QString &text)
{
    static const QRegularExpression digits(u"^[0-9]{1,19}$"_s);
    return digits.match(text).hasMatch();
}

QString quoted(const QString &value)
{
    constexpr qsizetype maxEcho = 64;
    const QString shown = value.size() > maxEcho ? value.left(maxEcho) + u"..."_s : value;
    return u'"' + shown + u'"';
}

} // namespace bc::emulator::ParameterText
