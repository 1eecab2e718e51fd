#include "invoicetask.h"

using namespace Qt::StringLiterals;

namespace bc::emulator {

QString InvoiceTask::statusAt(qint64 now) const
{
    const qint64 age = now - createTime;
    if (age < runningAfterSecs)
        return u"CREATED"_s;
    if (age < finishedAfterSecs)
        return u"RUNNING"_s;
    return fails ? u"FAILED"_s : u"SUCCEED"_s;
}

qint64 InvoiceTask::updateTimeAt(qint64 now) const
{
    const qint64 age = now - createTime;
    if (age < runningAfterSecs)
        return createTime;
    if (age < finishedAfterSecs)
        return createTime + runningAfterSecs;
    return createTime + finishedAfterSecs;
}

QString InvoiceTask::downloadUrlAt(qint64 now) const
{
    if (statusAt(now) != u"SUCCEED"_s)
        return {};
    // Looks like TikTok's signed CDN links; the emulator does not serve it.
    return u"https://bc-invoice-files.example.invalid/"_s + bcId + u'/' + taskId
           + (downloadType == u"INVOICE_LIST"_s ? u".xlsx"_s : u".zip"_s);
}

} // namespace bc::emulator
