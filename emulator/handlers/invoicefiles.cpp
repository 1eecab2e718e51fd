#include "invoicefiles.h"

#include "invoicedata.h"

#include "emulator/world.h"
#include "emulator/world/worldtime.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTimeZone>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace bc::emulator::InvoiceFiles {

namespace {

QString money(Cents cents, const QString &currency)
{
    return Money::format(cents) + u' ' + currency;
}

// The invoice has no stored lines: its net amount is split over the billing group's ad accounts
// (at most five lines, the rest on the last), so the lines always add up exactly.
QList<QPair<QString, Cents>> invoiceLines(const GeneratedBusinessCenter &bc, const Invoice &invoice)
{
    QStringList accounts;
    for (const BillingGroup &group : bc.billingGroups) {
        if (group.billingGroupId == invoice.billingGroupId)
            accounts = group.advertiserIds.mid(0, 5);
    }
    QList<QPair<QString, Cents>> lines;
    if (accounts.isEmpty()) {
        lines.append({u"Advertising services"_s, invoice.amountExcludingTax});
        return lines;
    }
    const Cents share = invoice.amountExcludingTax / accounts.size();
    Cents rest = invoice.amountExcludingTax;
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        const Cents amount = i + 1 == accounts.size() ? rest : share;
        rest -= amount;
        lines.append({u"Advertising services, ad account "_s + accounts.at(i), amount});
    }
    return lines;
}

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n')
        && !value.contains(u'\r'))
        return value;
    return u'"' + QString(value).replace(u"\""_s, u"\"\""_s) + u'"';
}

void appendCsvRow(QByteArray &out, const QStringList &fields)
{
    QStringList quoted;
    for (const QString &field : fields)
        quoted.append(csvField(field));
    out.append(quoted.join(u',').toUtf8());
    out.append("\r\n");
}

la_ssize_t appendToByteArray(struct archive *, void *clientData, const void *buffer, size_t length)
{
    static_cast<QByteArray *>(clientData)
            ->append(static_cast<const char *>(buffer), static_cast<qsizetype>(length));
    return static_cast<la_ssize_t>(length);
}

} // namespace

bool canRenderPdf()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

QString pdfFileName(const Invoice &invoice)
{
    return invoice.serialNumber + u".pdf"_s;
}

QByteArray invoicePdf(const GeneratedBusinessCenter &bc, const Invoice &invoice)
{
    if (!canRenderPdf())
        return {};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(72); // one unit = one point
        writer.setTitle(u"Invoice "_s + invoice.serialNumber);
        writer.setCreator(u"BC Console TikTok API emulator"_s);
        QPainter painter(&writer);
        const int width = writer.width();
        QFont font(u"Helvetica"_s);
        font.setPointSize(18);
        font.setBold(true);
        painter.setFont(font);
        int y = 30;
        painter.drawText(QRect(0, y, width, 30), Qt::AlignLeft, u"TikTok for Business — Invoice"_s);
        y += 40;
        font.setPointSize(10);
        font.setBold(false);
        painter.setFont(font);
        const QString group = invoice.billingGroupId.isEmpty() ? u"-"_s : invoice.billingGroupId;
        const QStringList header = {
                u"Serial number: "_s + invoice.serialNumber,
                u"Invoice id: "_s + invoice.invoiceId,
                u"Invoice type: "_s + invoice.invoiceType + u"   Status: "_s + invoice.status
                        + u"   Payment: "_s + invoice.payStatus,
                u"Send date: "_s + WorldTime::date(invoice.sendDate) + u"   Due date: "_s
                        + WorldTime::date(invoice.dueDate),
                u"Business Center: "_s + bc.name + u" ("_s + bc.bcId + u')',
                u"Billed to: "_s + invoice.accountName + u", "_s + invoice.address + u", "_s
                        + invoice.countryCode,
                u"Billing group: "_s + group,
                u"Title: "_s + invoice.invoiceTitle,
                u"Currency: "_s + invoice.currencyCode,
        };
        for (const QString &line : header) {
            painter.drawText(QRect(0, y, width, 16), Qt::AlignLeft, line);
            y += 16;
        }
        y += 16;
        const int amountColumn = width - 160;
        font.setBold(true);
        painter.setFont(font);
        painter.drawText(QRect(0, y, amountColumn, 16), Qt::AlignLeft, u"Description"_s);
        painter.drawText(QRect(amountColumn, y, 160, 16), Qt::AlignRight, u"Amount"_s);
        y += 18;
        painter.drawLine(0, y, width, y);
        y += 4;
        font.setBold(false);
        painter.setFont(font);
        for (const auto &[description, amount] : invoiceLines(bc, invoice)) {
            painter.drawText(QRect(0, y, amountColumn, 16), Qt::AlignLeft, description);
            painter.drawText(QRect(amountColumn, y, 160, 16), Qt::AlignRight,
                             money(amount, invoice.currencyCode));
            y += 16;
        }
        painter.drawLine(0, y + 2, width, y + 2);
        y += 8;
        QList<QPair<QString, Cents>> totals = {
                {u"Amount excluding tax"_s, invoice.amountExcludingTax}};
        if (!invoice.taxType1.isEmpty()) {
            totals.append({invoice.taxType1 + u' '
                                   + QString::number(invoice.taxRate1BasisPoints / 100.0) + u'%',
                           invoice.taxAmount1});
        }
        if (!invoice.taxType2.isEmpty()) {
            totals.append({invoice.taxType2 + u' '
                                   + QString::number(invoice.taxRate2BasisPoints / 100.0) + u'%',
                           invoice.taxAmount2});
        }
        totals.append({u"Total tax"_s, invoice.totalTaxAmount});
        totals.append({u"Amount including tax"_s, invoice.amount});
        totals.append({u"Unpaid"_s, invoice.unpaidAmount});
        for (const auto &[label, amount] : std::as_const(totals)) {
            painter.drawText(QRect(0, y, amountColumn, 16), Qt::AlignRight, label);
            painter.drawText(QRect(amountColumn, y, 160, 16), Qt::AlignRight,
                             money(amount, invoice.currencyCode));
            y += 16;
        }
    }
    buffer.close();
    // QPdfWriter stamps the time of rendering. A stored invoice is the same file at every
    // download (clients compare checksums): stamp the send date instead, in the same 14 digits,
    // so the cross-reference offsets stay right.
    const QByteArray stamp = "/CreationDate (D:";
    const qsizetype at = bytes.indexOf(stamp);
    if (at >= 0 && bytes.size() >= at + stamp.size() + 14) {
        const QByteArray sent = QDateTime::fromSecsSinceEpoch(invoice.sendDate, QTimeZone::utc())
                                        .toString(u"yyyyMMddHHmmss"_s)
                                        .toLatin1();
        if (sent.size() == 14)
            bytes.replace(at + stamp.size(), 14, sent);
    }
    return bytes;
}

QByteArray invoiceListCsv(const QList<const Invoice *> &invoices)
{
    QByteArray out("\xEF\xBB\xBF");
    appendCsvRow(out, {u"invoice_id"_s, u"serial_number"_s, u"invoice_type"_s, u"status"_s,
                       u"pay_status"_s, u"send_date"_s, u"due_date"_s, u"currency_code"_s,
                       u"amount_excluding_tax"_s, u"total_tax_amount"_s, u"amount"_s,
                       u"unpaid_amount"_s, u"billing_group_id"_s, u"invoice_title"_s});
    for (const Invoice *invoice : invoices) {
        appendCsvRow(out, {invoice->invoiceId, invoice->serialNumber, invoice->invoiceType,
                           invoice->status, invoice->payStatus, WorldTime::date(invoice->sendDate),
                           WorldTime::date(invoice->dueDate), invoice->currencyCode,
                           Money::format(invoice->amountExcludingTax),
                           Money::format(invoice->totalTaxAmount), Money::format(invoice->amount),
                           Money::format(invoice->unpaidAmount), invoice->billingGroupId,
                           invoice->invoiceTitle});
    }
    return out;
}

QByteArray billingReportCsv(const World &world, const GeneratedBusinessCenter &bc,
                            const InvoiceTask &task)
{
    qint64 fromSecs = 0;
    qint64 toSecs = 0;
    billingReportRange(task, fromSecs, toSecs);
    const QString billingGroupId = InvoiceFilter::fromTask(task).billingGroupId;
    QByteArray out("\xEF\xBB\xBF");
    appendCsvRow(out, {u"start_date"_s, u"end_date"_s, u"billing_group_id"_s, u"advertiser_id"_s,
                       u"advertiser_name"_s, u"currency"_s, u"cash_amount"_s, u"grant_amount"_s,
                       u"tax_amount"_s, u"total_amount"_s});
    for (const BillingReportRow &row : billingReport(world, bc, billingGroupId, fromSecs, toSecs)) {
        appendCsvRow(out, {WorldTime::date(fromSecs), WorldTime::date(toSecs), row.billingGroupId,
                           row.advertiserId, row.advertiserName, row.currency,
                           Money::format(row.cost.cashAmount), Money::format(row.cost.grantAmount),
                           Money::format(row.cost.taxAmount), Money::format(row.cost.amount())});
    }
    return out;
}

QByteArray zip(const QList<QPair<QString, QByteArray>> &entries, qint64 mtimeSecs)
{
    QByteArray out;
    const std::unique_ptr<struct archive, decltype(&archive_write_free)> writer(
            archive_write_new(), &archive_write_free);
    if (!writer || archive_write_set_format_zip(writer.get()) != ARCHIVE_OK
        || archive_write_open(writer.get(), &out, nullptr, &appendToByteArray, nullptr)
                   != ARCHIVE_OK)
        return {};
    for (const auto &[name, contents] : entries) {
        const std::unique_ptr<struct archive_entry, decltype(&archive_entry_free)> entry(
                archive_entry_new(), &archive_entry_free);
        archive_entry_set_pathname_utf8(entry.get(), name.toUtf8().constData());
        archive_entry_set_size(entry.get(), contents.size());
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), 0644);
        archive_entry_set_mtime(entry.get(), static_cast<time_t>(mtimeSecs), 0);
        if (archive_write_header(writer.get(), entry.get()) != ARCHIVE_OK)
            return {};
        if (archive_write_data(writer.get(), contents.constData(),
                               static_cast<size_t>(contents.size()))
            != static_cast<la_ssize_t>(contents.size()))
            return {};
    }
    if (archive_write_close(writer.get()) != ARCHIVE_OK)
        return {};
    return out;
}

} // namespace bc::emulator::InvoiceFiles
