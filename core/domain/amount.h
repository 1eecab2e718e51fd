#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

namespace bc::domain {

// An exact money amount in minor units (two decimals, as every money field of the API has).
// Money never goes through binary floating point here: 12.34 is 1234 minor units, not
// 12.339999..., so sums and the balance identities (account = valid + frozen + tax) hold exactly.
// A default-constructed Amount is "not set", which is different from a set zero.
class Amount
{
public:
    static constexpr int decimals = 2;
    static constexpr qint64 minorPerUnit = 100;

    constexpr Amount() noexcept = default;

    [[nodiscard]] static constexpr Amount fromMinorUnits(qint64 minorUnits) noexcept
    {
        Amount amount;
        amount.m_minorUnits = minorUnits;
        amount.m_set = true;
        return amount;
    }

    // Parses a plain decimal ("1234.5", "-0.05", "+7", " 12.34 "). Digits past the second decimal
    // are rounded half away from zero; exponents, thousands separators, and values beyond qint64
    // minor units give nothing.
    [[nodiscard]] static std::optional<Amount> fromDecimalString(QStringView text);

    [[nodiscard]] constexpr bool isSet() const noexcept { return m_set; }
    [[nodiscard]] constexpr qint64 minorUnits() const noexcept { return m_minorUnits; }

    // "1234.50", "-0.05": fixed two decimals, no grouping, '.' as separator (locale-free, for
    // storage and export; views format with QLocale). Empty when not set.
    [[nodiscard]] QString toString() const;

    friend constexpr bool operator==(const Amount &, const Amount &) = default;

private:
    qint64 m_minorUnits = 0;
    bool m_set = false;
};

} // namespace bc::domain
