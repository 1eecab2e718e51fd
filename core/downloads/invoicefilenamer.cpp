#include "core/downloads/invoicefilenamer.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace bc::downloads {

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(u"\\{([^{}]*)\\}"_s);
    return pattern;
}

bool isUnsafe(QChar c)
{
    return c.unicode() < 0x20 || c.unicode() == 0x7f || u"<>:\"|?*/\\"_s.contains(c);
}

bool isWindowsDeviceName(const QString &component)
{
    const QString base = component.section(u'.', 0, 0).trimmed().toUpper();
    static const QRegularExpression device(u"^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])$"_s);
    return device.match(base).hasMatch();
}

QString valueOf(const QString &name, const InvoiceDownloadItem &item)
{
    const QDate date = item.sendDate.date();
    if (name == u"bc_id")
        return item.bcId;
    if (name == u"bc_name")
        return item.bcName.trimmed().isEmpty() ? item.bcId : item.bcName;
    if (name == u"invoice_id")
        return item.invoiceId;
    if (name == u"serial_number")
        return item.serialNumber.trimmed().isEmpty() ? item.invoiceId : item.serialNumber;
    if (name == u"yyyy")
        return date.isValid() ? u"%1"_s.arg(date.year(), 4, 10, QChar(u'0')) : u"0000"_s;
    if (name == u"mm")
        return date.isValid() ? u"%1"_s.arg(date.month(), 2, 10, QChar(u'0')) : u"00"_s;
    if (name == u"dd")
        return date.isValid() ? u"%1"_s.arg(date.day(), 2, 10, QChar(u'0')) : u"00"_s;
    return {};
}

} // namespace

InvoiceFileNamer::InvoiceFileNamer(QString nameTemplate)
    : m_template(std::move(nameTemplate))
{
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(m_template);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!placeholders().contains(name)) {
            m_error = tr("Unknown placeholder {%1} in the file name template; known: %2.")
                              .arg(name, u"{"_s + placeholders().join(u"}, {"_s) + u'}');
            return;
        }
    }
    QString probe = m_template;
    probe.replace(u'\\', u'/');
    if (probe.trimmed().isEmpty() || probe.endsWith(u'/'))
        m_error = tr("The file name template must end with a file name (e.g. %1).")
                          .arg(u"{serial_number}.pdf"_s);
}

QStringList InvoiceFileNamer::placeholders()
{
    return {u"bc_id"_s, u"bc_name"_s, u"invoice_id"_s, u"serial_number"_s,
            u"yyyy"_s,  u"mm"_s,      u"dd"_s};
}

QString InvoiceFileNamer::safeComponent(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text)
        result.append(isUnsafe(c) ? u'_' : c);
    result = result.trimmed();
    while (result.endsWith(u'.') || result.endsWith(u' '))
        result.chop(1);
    if (result.isEmpty())
        return u"_"_s; // "", ".", "..", "..." and the like
    if (isWindowsDeviceName(result))
        result.prepend(u'_');
    if (result.size() > maxComponentLength) {
        const qsizetype dot = result.lastIndexOf(u'.');
        const QString extension =
                dot > 0 && result.size() - dot <= 10 ? result.mid(dot) : QString();
        result = result.left(maxComponentLength - extension.size()) + extension;
        if (result.at(maxComponentLength - extension.size() - 1).isHighSurrogate())
            result.remove(maxComponentLength - extension.size() - 1, 1);
    }
    return result;
}

QString InvoiceFileNamer::relativePath(const InvoiceDownloadItem &item) const
{
    if (!isValid())
        return {};
    // Values first, with their separators neutralised, so that no value can add a folder.
    QString expanded;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(m_template);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        expanded += m_template.mid(last, match.capturedStart() - last);
        QString value = valueOf(match.captured(1), item);
        value.replace(u'/', u'_').replace(u'\\', u'_');
        // A value that is only dots would otherwise be read as "." or "..".
        if (!value.isEmpty() && value.count(u'.') == value.size())
            value.fill(u'_');
        expanded += value;
        last = match.capturedEnd();
    }
    expanded += m_template.mid(last);
    expanded.replace(u'\\', u'/');

    const QStringList parts = expanded.split(u'/', Qt::SkipEmptyParts);
    QStringList components;
    for (const QString &part : parts) {
        if (part.trimmed().isEmpty() || part == u".")
            continue;
        components.append(safeComponent(part));
    }
    if (components.isEmpty())
        components.append(safeComponent(item.invoiceId) + u".pdf"_s);
    return components.join(u'/');
}

} // namespace bc::downloads
