#pragma once

#include <QSet>
#include <QString>

namespace bc::emulator {

class SeededRandom;

// Hands out the world's ids: 19 decimal digits, first digit 7, unique across the whole world
// (BCs, ad accounts, users, assets, invoices, transactions, ...). Kept as numbers, not strings,
// so the large world's ~100,000 ids cost little memory.
class IdAllocator final
{
public:
    // A fresh id drawn from random.
    [[nodiscard]] QString next(SeededRandom &random);
    // Marks a fixed id as used; false when it already was.
    bool reserve(const QString &id);
    [[nodiscard]] bool contains(const QString &id) const;
    [[nodiscard]] qsizetype size() const { return m_used.size(); }
    // Room for this many ids in all, so a large world does not rehash again and again.
    void reserve(qsizetype capacity) { m_used.reserve(capacity); }

private:
    QSet<qint64> m_used;
};

} // namespace bc::emulator
