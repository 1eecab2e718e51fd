#include "bench/benchrows.h"

#include <QDateTime>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc::bench {

// A 19-digit id like the API's (7 followed by 18 digits).
QString longId(qint64 base, qint64 n)
{
    return u"7"_s + QString::number(base + n).rightJustified(18, u'0');
}

// /bc/asset/get/ asset_type=ADVERTISER rows.
QList<QJsonObject> adAccounts(int count)
{
    static const QStringList roles = {u"ADMIN"_s, u"OPERATOR"_s, u"ANALYST"_s};
    static const QStringList statuses = {u"STATUS_ENABLE"_s, u"STATUS_DISABLE"_s,
                                         u"STATUS_PENDING_CONFIRM"_s, u"STATUS_LIMIT"_s};
    static const QStringList names = {u"Boutique Élodie"_s, u"Магазин «Север»"_s, u"東京ストア"_s,
                                      u"Café Ñandú ☕"_s, u"Plain Shop"_s};
    QList<QJsonObject> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        rows.append(QJsonObject{
                {u"asset_id"_s, longId(123456789000000000, i)},
                {u"asset_name"_s,
                 QString(names.at(i % names.size()) + u" #"_s + QString::number(i))},
                {u"asset_type"_s, u"ADVERTISER"_s},
                {u"advertiser_role"_s, roles.at(i % roles.size())},
                {u"advertiser_status"_s, statuses.at(i % statuses.size())},
                {u"advertiser_account_type"_s, i % 7 == 0 ? u"RESERVATION"_s : u"AUCTION"_s},
                {u"owner_bc_name"_s, i % 3 == 0 ? u"Partner BC Ünited"_s : u"Demo BC"_s},
                {u"relation_type"_s, i % 3 == 0 ? u"OWNER_BC_ASSIGNED"_s : u"OWN"_s},
                {u"relation_status"_s, u"ACTIVE"_s},
                {u"pay_type"_s, i % 2 == 0 ? u"PREPAY"_s : u"POSTPAY"_s},
                {u"create_time"_s, 1700000000 + i * 60},
        });
    }
    return rows;
}

// /bc/account/transaction/get/ rows (amounts as strings and as numbers, like the API's).
QList<QJsonObject> transactions(int count, int accounts)
{
    static const QStringList currencies = {u"USD"_s, u"EUR"_s, u"JPY"_s};
    static const QStringList types = {u"RECHARGE"_s, u"TRANSFER_IN"_s, u"TRANSFER_OUT"_s,
                                      u"CONSUME"_s};
    const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    QList<QJsonObject> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int account = i % std::max(1, accounts);
        const qint64 cents = 100 + (qint64(i) * 7919) % 1000000;
        const QString amount = QString::number(cents / 100) + u'.'
                               + QString::number(cents % 100).rightJustified(2, u'0');
        rows.append(QJsonObject{
                {u"transaction_id"_s, longId(456000000000000000, i)},
                {u"payment_portfolio_id"_s, QJsonValue::Null},
                {u"account_id"_s, longId(123456789000000000, account)},
                {u"account_name"_s, QString(u"Café Ñandú ☕ #"_s + QString::number(account))},
                {u"bc_id"_s, longId(0, 42)},
                {u"bc_name"_s, u"Demo BC"_s},
                {u"amount"_s, i % 2 == 0 ? QJsonValue(amount) : QJsonValue(cents / 100.0)},
                {u"subtotal"_s, amount},
                {u"tax_amount"_s, u"0.00"_s},
                {u"currency"_s, currencies.at(i % currencies.size())},
                {u"amount_type"_s, i % 5 == 0 ? u"DECREASE"_s : u"INCREASE"_s},
                {u"transaction_type"_s, types.at(i % types.size())},
                {u"billing_type"_s, i % 2 == 0 ? u"CASH"_s : u"CREDIT"_s},
                {u"timezone"_s, u"+08:00"_s},
                {u"create_time"_s,
                 start.addSecs(qint64(i) * 37).toString(u"yyyy-MM-dd HH:mm:ss"_s)},
                {u"invoice_id"_s, i % 4 == 0 ? QJsonValue(longId(789000000000000000, i / 4))
                                             : QJsonValue(QJsonValue::Null)},
                {u"serial_number"_s, QJsonValue::Null},
        });
    }
    return rows;
}

} // namespace bc::bench
