#include "currencies.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace bc::emulator::Currencies {

int unitsPerDollar(const QString &currency)
{
    static const QHash<QString, int> units = {
            {u"BRL"_s, 5},    {u"PLN"_s, 4},    {u"DKK"_s, 7},     {u"SEK"_s, 10}, {u"MXN"_s, 17},
            {u"TRY"_s, 30},   {u"JPY"_s, 150},  {u"CNY"_s, 7},     {u"TWD"_s, 30}, {u"HKD"_s, 8},
            {u"KRW"_s, 1300}, {u"NGN"_s, 1500}, {u"IDR"_s, 15000}, {u"AED"_s, 4},
    };
    return units.value(currency, 1);
}

bool wholeUnits(const QString &currency)
{
    return currency == u"JPY"_s || currency == u"KRW"_s || currency == u"IDR"_s
           || currency == u"TWD"_s || currency == u"NGN"_s;
}

Cents fromDollars(Cents dollarCents, const QString &currency)
{
    const Cents amount = dollarCents * unitsPerDollar(currency);
    return wholeUnits(currency) ? amount / 100 * 100 : amount;
}

} // namespace bc::emulator::Currencies
