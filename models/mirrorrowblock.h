#pragma once

#include <QList>
#include <QString>

#include <limits>

namespace bc::models {

// Rows of a mirror table stored column by column: no object per row, no parsed JSON. Text cells
// are QStrings that share their data with equal cells (interned while reading), numbers are
// qint64 (money in exact minor units). A block is also what the reader hands back per batch.
struct MirrorRowBlock
{
    static constexpr qint64 nullNumber = std::numeric_limits<qint64>::min();

    QList<QString> scopes;
    QList<QString> ids;
    QList<QString> fetchedAt;
    QList<QList<QString>> texts;  // per column; empty for numeric columns
    QList<QList<qint64>> numbers; // per column; empty for text columns

    [[nodiscard]] int size() const { return static_cast<int>(ids.size()); }

    // Same columns, no rows.
    [[nodiscard]] MirrorRowBlock emptyLike() const;
    void append(const MirrorRowBlock &other);
    void appendRow(const MirrorRowBlock &other, int row);
    // Rows [first, first + count) removed.
    void remove(int first, int count);
    // Row `row` becomes other's row `otherRow`; true when anything differed.
    bool assignRow(int row, const MirrorRowBlock &other, int otherRow);
    // Row i becomes old row order[i].
    void permute(const QList<int> &order);
    void squeeze();
};

} // namespace bc::models
