#include "models/mirrorrowblock.h"

namespace bc::models {

namespace {

template<typename T>
void permuteList(QList<T> &list, const QList<int> &order)
{
    if (list.isEmpty())
        return;
    QList<T> permuted;
    permuted.reserve(order.size());
    for (const int from : order)
        permuted.append(std::move(list[from]));
    list = std::move(permuted);
}

} // namespace

MirrorRowBlock MirrorRowBlock::emptyLike() const
{
    MirrorRowBlock block;
    block.texts.resize(texts.size());
    block.numbers.resize(numbers.size());
    return block;
}

void MirrorRowBlock::append(const MirrorRowBlock &other)
{
    scopes.append(other.scopes);
    ids.append(other.ids);
    fetchedAt.append(other.fetchedAt);
    for (qsizetype c = 0; c < texts.size(); ++c)
        texts[c].append(other.texts.at(c));
    for (qsizetype c = 0; c < numbers.size(); ++c)
        numbers[c].append(other.numbers.at(c));
}

void MirrorRowBlock::appendRow(const MirrorRowBlock &other, int row)
{
    scopes.append(other.scopes.at(row));
    ids.append(other.ids.at(row));
    fetchedAt.append(other.fetchedAt.at(row));
    for (qsizetype c = 0; c < texts.size(); ++c) {
        if (!other.texts.at(c).isEmpty())
            texts[c].append(other.texts.at(c).at(row));
    }
    for (qsizetype c = 0; c < numbers.size(); ++c) {
        if (!other.numbers.at(c).isEmpty())
            numbers[c].append(other.numbers.at(c).at(row));
    }
}

void MirrorRowBlock::remove(int first, int count)
{
    scopes.remove(first, count);
    ids.remove(first, count);
    fetchedAt.remove(first, count);
    for (QList<QString> &column : texts) {
        if (!column.isEmpty())
            column.remove(first, count);
    }
    for (QList<qint64> &column : numbers) {
        if (!column.isEmpty())
            column.remove(first, count);
    }
}

bool MirrorRowBlock::assignRow(int row, const MirrorRowBlock &other, int otherRow)
{
    bool changed = false;
    const auto assign = [&changed](auto &target, const auto &source) {
        if (!(target == source)) {
            target = source;
            changed = true;
        }
    };
    for (qsizetype c = 0; c < texts.size(); ++c) {
        if (!texts.at(c).isEmpty())
            assign(texts[c][row], other.texts.at(c).at(otherRow));
    }
    for (qsizetype c = 0; c < numbers.size(); ++c) {
        if (!numbers.at(c).isEmpty())
            assign(numbers[c][row], other.numbers.at(c).at(otherRow));
    }
    // A new stamp alone is no visible change, but the row is that fresh now.
    fetchedAt[row] = other.fetchedAt.at(otherRow);
    return changed;
}

void MirrorRowBlock::permute(const QList<int> &order)
{
    permuteList(scopes, order);
    permuteList(ids, order);
    permuteList(fetchedAt, order);
    for (QList<QString> &column : texts)
        permuteList(column, order);
    for (QList<qint64> &column : numbers)
        permuteList(column, order);
}

void MirrorRowBlock::squeeze()
{
    scopes.squeeze();
    ids.squeeze();
    fetchedAt.squeeze();
    for (QList<QString> &column : texts)
        column.squeeze();
    for (QList<qint64> &column : numbers)
        column.squeeze();
}

} // namespace bc::models
