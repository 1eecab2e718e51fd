#include "models/mirrortablemodel.h"

#include "core/store/mirrorstore.h"
#include "models/enumtext.h"
#include "models/roles.h"

#include <QCollator>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace bc::models {

namespace {

bool isNumeric(ColumnKind kind)
{
    return kind == ColumnKind::Money || kind == ColumnKind::Integer;
}

QString keyOf(const MirrorRowBlock &block, int row, bool withScope)
{
    return withScope ? block.scopes.at(row) + u'\x1f' + block.ids.at(row) : block.ids.at(row);
}

QString dateText(const QString &raw)
{
    const QLocale locale;
    if (raw.size() == 10) {
        const QDate date = QDate::fromString(raw, Qt::ISODate);
        if (date.isValid())
            return locale.toString(date, QLocale::ShortFormat);
    } else if (raw.size() >= 19) {
        QDateTime time = QDateTime::fromString(raw.left(19), u"yyyy-MM-dd HH:mm:ss"_s);
        if (!time.isValid())
            time = QDateTime::fromString(raw.left(19), Qt::ISODate);
        if (time.isValid())
            return locale.toString(time, QLocale::ShortFormat);
    }
    return raw;
}

bool hasDigit(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

const QString &emptyText()
{
    static const QString empty;
    return empty;
}

} // namespace

MirrorTableModel::MirrorTableModel(store::MirrorStore &store, store::MirrorList list,
                                   const QString &bcId, const std::optional<QString> &scope,
                                   QList<MirrorTableColumn> columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_request{list, bcId, scope, std::move(columns)}
    , m_reader(store.connection().location(), store.identity())
{
    m_rows.texts.resize(m_request.columns.size());
    m_rows.numbers.resize(m_request.columns.size());
    connect(&m_reader, &MirrorReader::rowsRead, this, &MirrorTableModel::onRowsRead);
}

MirrorTableModel::~MirrorTableModel() = default;

void MirrorTableModel::setAutoFetch(bool on)
{
    m_autoFetch = on;
    if (on && m_cursorSet)
        requestPage();
}

void MirrorTableModel::load()
{
    ++m_ticket;
    m_reloading = false;
    setBusy(false);
    beginResetModel();
    m_rows = m_rows.emptyLike();
    m_atEnd = false;
    m_cursorSet = false;
    m_cursorScope.clear();
    m_cursorId.clear();
    m_lastError = {};
    m_rawCache.clear();
    rowsMoved();
    endResetModel();
    readFreshness();
    requestPage();
}

void MirrorTableModel::reload()
{
    if (!m_atEnd || m_rows.size() == 0) {
        load();
        return;
    }
    ++m_ticket;
    m_reloading = true;
    m_rawCache.clear();
    readFreshness();
    setBusy(true);
    m_reader.read(m_ticket, m_request, true, {}, {}, 0);
}

void MirrorTableModel::requestPage()
{
    if (m_busy || m_atEnd)
        return;
    setBusy(true);
    m_reader.read(m_ticket, m_request, !m_cursorSet, m_cursorScope, m_cursorId, m_batchSize);
}

void MirrorTableModel::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT loadingChanged(busy);
}

void MirrorTableModel::onRowsRead(quint64 ticket, const MirrorRowBlock &block, bool atEnd,
                                  const store::StoreError &error)
{
    if (ticket != m_ticket)
        return;
    const bool reloading = m_reloading;
    m_reloading = false;
    setBusy(false);
    if (error.isError()) {
        m_lastError = error;
        Q_EMIT failed(error);
        return;
    }
    m_lastError = {};
    if (reloading) {
        applyReload(block);
        Q_EMIT loaded();
        return;
    }
    // Before the rows go in: views and proxies may ask canFetchMore() while they are inserted.
    m_atEnd = atEnd;
    if (block.size() > 0) {
        m_cursorScope = block.scopes.constLast();
        m_cursorId = block.ids.constLast();
        m_cursorSet = true;
        appendBlock(block);
    }
    if (m_atEnd) {
        m_rows.squeeze();
        // Pages that came in after a sort were appended at the end.
        if (m_sortColumn >= 0)
            sort(m_sortColumn, m_sortOrder);
        Q_EMIT loaded();
    } else if (m_autoFetch) {
        requestPage();
    }
}

void MirrorTableModel::appendBlock(const MirrorRowBlock &block)
{
    if (block.size() == 0)
        return;
    const int first = m_rows.size();
    beginInsertRows({}, first, first + block.size() - 1);
    m_rows.append(block);
    endInsertRows();
}

void MirrorTableModel::applyReload(const MirrorRowBlock &fresh)
{
    m_atEnd = true;
    const bool withScope = !m_request.scope.has_value();
    QHash<QString, int> freshRows;
    freshRows.reserve(fresh.size());
    for (int row = 0; row < fresh.size(); ++row)
        freshRows.insert(keyOf(fresh, row, withScope), row);

    // Rows that stay are updated in place (in ranges of changed rows); rows that went are
    // collected and removed afterwards, from the bottom up.
    QList<bool> used(fresh.size(), false);
    QList<int> gone;
    int changedFirst = -1;
    const auto flushChanged = [&](int endRow) {
        if (changedFirst >= 0)
            Q_EMIT dataChanged(index(changedFirst, 0), index(endRow - 1, columnCount() - 1));
        changedFirst = -1;
    };
    for (int row = 0; row < m_rows.size(); ++row) {
        const auto found = freshRows.constFind(keyOf(m_rows, row, withScope));
        if (found == freshRows.cend()) {
            gone.append(row);
            flushChanged(row);
            continue;
        }
        used[*found] = true;
        if (m_rows.assignRow(row, fresh, *found)) {
            rowsMoved();
            if (changedFirst < 0)
                changedFirst = row;
        } else {
            flushChanged(row);
        }
    }
    flushChanged(m_rows.size());

    for (qsizetype i = gone.size() - 1; i >= 0;) {
        // A run of consecutive rows is removed at once.
        qsizetype first = i;
        while (first > 0 && gone.at(first - 1) == gone.at(first) - 1)
            --first;
        const int from = gone.at(first);
        const int count = static_cast<int>(i - first + 1);
        beginRemoveRows({}, from, from + count - 1);
        m_rows.remove(from, count);
        rowsMoved();
        endRemoveRows();
        i = first - 1;
    }

    MirrorRowBlock added = m_rows.emptyLike();
    for (int row = 0; row < fresh.size(); ++row) {
        if (!used.at(row))
            added.appendRow(fresh, row);
    }
    appendBlock(added);
    if (added.size() > 0 && m_sortColumn >= 0)
        sort(m_sortColumn, m_sortOrder);
    m_rows.squeeze();
}

void MirrorTableModel::readFreshness()
{
    store::StoreError error;
    m_freshness = m_store.freshness(m_request.list, m_request.bcId, m_request.scope.value_or(u""_s),
                                    &error);
}

int MirrorTableModel::rowOf(const QString &id, const QString &scope) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.ids.at(row) == id && (scope.isNull() || m_rows.scopes.at(row) == scope))
            return row;
    }
    return -1;
}

QString MirrorTableModel::rowKey(int row) const
{
    return keyOf(m_rows, row, true);
}

QJsonObject MirrorTableModel::rawJson(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const QString key = rowKey(row);
    if (const QJsonObject *cached = m_rawCache.object(key))
        return *cached;
    QSqlQuery query;
    const store::StoreError error = m_store.connection().run(
            u"SELECT raw FROM "_s + store::mirrorListSpec(m_request.list).table
                    + u" WHERE bc_id = ? AND scope = ? AND id = ?"_s,
            {m_request.bcId.isNull() ? u""_s : m_request.bcId,
             m_rows.scopes.at(row).isNull() ? u""_s : m_rows.scopes.at(row), m_rows.ids.at(row)},
            &query);
    if (error.isError() || !query.next())
        return {};
    auto *object =
            new QJsonObject(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
    const QJsonObject copy = *object;
    m_rawCache.insert(key, object);
    return copy;
}

const QString &MirrorTableModel::rawText(int row, int column) const
{
    const QList<QString> &texts = m_rows.texts.at(column);
    return texts.isEmpty() ? emptyText() : texts.at(row);
}

bool MirrorTableModel::rowMatches(int row, const QStringList &terms,
                                  const QList<int> &columns) const
{
    if (m_match.generation != m_layoutGeneration || m_match.terms != terms
        || m_match.columns != columns) {
        m_match.generation = m_layoutGeneration;
        m_match.terms = terms;
        m_match.columns = columns;
        m_match.rows.clear();
    }
    if (row >= m_match.rows.size())
        computeMatches(static_cast<int>(m_match.rows.size()));
    return m_match.rows.at(row);
}

void MirrorTableModel::computeMatches(int from) const
{
    const int count = m_rows.size();
    QList<bool> &matches = m_match.rows;
    matches.resize(count);
    std::fill(matches.begin() + from, matches.end(), true);
    QList<int> columns = m_match.columns;
    if (columns.isEmpty()) {
        columns.resize(columnCount());
        std::iota(columns.begin(), columns.end(), 0);
    }
    QList<bool> found(count - from);
    for (const QString &term : std::as_const(m_match.terms)) {
        std::fill(found.begin(), found.end(), false);
        // A term of digits, '-' and '.' is looked for in amounts as written plainly ("4242.00",
        // no group separators); another term with digits in their display text.
        // Only digits, separators, signs, spaces and a currency code make up a money text.
        const QLocale locale;
        const bool digits = hasDigit(term) && std::all_of(term.cbegin(), term.cend(), [&](QChar c) {
                                return c.isLetterOrNumber() || c.isSpace() || c == u'-' || c == u'.'
                                       || c == u',' || locale.groupSeparator().contains(c)
                                       || locale.decimalPoint().contains(c)
                                       || locale.negativeSign().contains(c);
                            });
        const bool plain = std::all_of(term.cbegin(), term.cend(), [](QChar c) {
            return c.isDigit() || c == u'-' || c == u'.';
        });
        for (const int column : std::as_const(columns)) {
            if (column < 0 || column >= columnCount())
                continue;
            const MirrorTableColumn &spec = m_request.columns.at(column);
            switch (spec.kind) {
            case ColumnKind::Text:
            case ColumnKind::Enum: {
                const QString field = spec.sqlColumn.isEmpty() ? spec.jsonPath : spec.sqlColumn;
                const bool isEnum = spec.kind == ColumnKind::Enum;
                QHash<std::pair<const QChar *, qsizetype>, bool> seen;
                const QList<QString> &texts = m_rows.texts.at(column);
                for (int row = from; row < count; ++row) {
                    if (found.at(row - from))
                        continue;
                    const QString &text = texts.at(row);
                    const auto key = std::make_pair(text.constData(), text.size());
                    auto it = seen.constFind(key);
                    if (it == seen.cend()) {
                        const bool hit = text.contains(term, Qt::CaseInsensitive)
                                         || (isEnum
                                             && EnumText::forField(field, text)
                                                        .contains(term, Qt::CaseInsensitive));
                        it = seen.insert(key, hit);
                    }
                    found[row - from] = *it;
                }
                break;
            }
            case ColumnKind::Id:
            case ColumnKind::Date: {
                const QList<QString> &texts = m_rows.texts.at(column);
                for (int row = from; row < count; ++row) {
                    if (!found.at(row - from))
                        found[row - from] = texts.at(row).contains(term, Qt::CaseInsensitive);
                }
                break;
            }
            case ColumnKind::Money:
            case ColumnKind::Integer: {
                if (!digits)
                    break;
                const bool money = spec.kind == ColumnKind::Money;
                const QList<qint64> &numbers = m_rows.numbers.at(column);
                for (int row = from; row < count; ++row) {
                    if (found.at(row - from) || numbers.at(row) == MirrorRowBlock::nullNumber)
                        continue;
                    if (!plain) {
                        found[row - from] = displayText(row, column).contains(term);
                        continue;
                    }
                    // Written into a buffer on the stack: no allocation per cell.
                    char16_t buffer[32];
                    char16_t *end = buffer + 32;
                    char16_t *p = end;
                    const qint64 value = numbers.at(row);
                    quint64 magnitude = value < 0 ? 0 - quint64(value) : quint64(value);
                    int written = 0;
                    do {
                        if (money && written == 2)
                            *--p = u'.';
                        *--p = char16_t(u'0' + magnitude % 10);
                        magnitude /= 10;
                        ++written;
                    } while (magnitude > 0 || (money && written < 3));
                    if (value < 0)
                        *--p = u'-';
                    found[row - from] = QStringView(p, end - p).contains(term);
                }
                break;
            }
            }
        }
        for (int row = from; row < count; ++row)
            matches[row] = matches.at(row) && found.at(row - from);
    }
}

int MirrorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int MirrorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_request.columns.size());
}

QVariant MirrorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case Qt::TextAlignmentRole:
        if (isNumeric(m_request.columns.at(column).kind))
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case IdRole:
        return m_rows.ids.at(row);
    case SortRole:
        return sortValue(row, column);
    case RawJsonRole:
        return rawJson(row);
    case FetchedAtRole:
        return QDateTime::fromString(m_rows.fetchedAt.at(row), Qt::ISODateWithMs).toUTC();
    case ScopeRole:
        return m_rows.scopes.at(row);
    default:
        return {};
    }
}

QString MirrorTableModel::moneyText(int row, int column) const
{
    const qint64 minor = m_rows.numbers.at(column).at(row);
    if (minor == MirrorRowBlock::nullNumber)
        return {};
    // Exact: whole units and cents apart, never through a double.
    const QLocale locale;
    const quint64 magnitude = minor < 0 ? 0 - quint64(minor) : quint64(minor);
    QString text = (minor < 0 ? locale.negativeSign() : QString())
                   + locale.toString(magnitude / 100u) + locale.decimalPoint()
                   + QString::number(magnitude % 100u).rightJustified(2, u'0');
    const int currencyColumn = m_request.columns.at(column).currencyColumn;
    if (currencyColumn >= 0 && !m_rows.texts.at(currencyColumn).isEmpty()) {
        const QString &currency = m_rows.texts.at(currencyColumn).at(row);
        if (!currency.isEmpty())
            text = tr("%1 %2", "amount, currency code").arg(text, currency);
    }
    return text;
}

QString MirrorTableModel::displayText(int row, int column) const
{
    const MirrorTableColumn &spec = m_request.columns.at(column);
    switch (spec.kind) {
    case ColumnKind::Text:
    case ColumnKind::Id:
        return m_rows.texts.at(column).at(row);
    case ColumnKind::Enum:
        return EnumText::forField(spec.sqlColumn.isEmpty() ? spec.jsonPath : spec.sqlColumn,
                                  m_rows.texts.at(column).at(row));
    case ColumnKind::Date:
        return dateText(m_rows.texts.at(column).at(row));
    case ColumnKind::Money:
        return moneyText(row, column);
    case ColumnKind::Integer: {
        const qint64 value = m_rows.numbers.at(column).at(row);
        return value == MirrorRowBlock::nullNumber ? QString() : QLocale().toString(value);
    }
    }
    return {};
}

QVariant MirrorTableModel::sortValue(int row, int column) const
{
    switch (m_request.columns.at(column).kind) {
    case ColumnKind::Money:
    case ColumnKind::Integer: {
        const qint64 value = m_rows.numbers.at(column).at(row);
        return value == MirrorRowBlock::nullNumber ? QVariant() : QVariant::fromValue(value);
    }
    case ColumnKind::Id:
        // Ids of different lengths sort by number when compared as equal-length strings.
        return m_rows.texts.at(column).at(row).rightJustified(20, u'0');
    default:
        // Enums by their API value and dates as ISO text, whatever the display language.
        return m_rows.texts.at(column).at(row);
    }
}

QVariant MirrorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_request.columns.at(section).header;
    if (role == Qt::TextAlignmentRole && isNumeric(m_request.columns.at(section).kind))
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    return {};
}

bool MirrorTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void MirrorTableModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        requestPage();
}

QList<int> MirrorTableModel::sortedOrder(int column, Qt::SortOrder order) const
{
    QList<int> rows(m_rows.size());
    std::iota(rows.begin(), rows.end(), 0);
    const bool descending = order == Qt::DescendingOrder;
    const auto sortBy = [&](auto less) {
        if (descending)
            std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) { return less(b, a); });
        else
            std::stable_sort(rows.begin(), rows.end(), less);
    };
    if (column < 0 || column >= columnCount()) {
        // No column: the order rows are read in, (scope, id).
        sortBy([this](int a, int b) {
            if (const int bySope = QString::compare(m_rows.scopes.at(a), m_rows.scopes.at(b)))
                return bySope < 0;
            return m_rows.ids.at(a) < m_rows.ids.at(b);
        });
        return rows;
    }
    switch (m_request.columns.at(column).kind) {
    case ColumnKind::Money:
    case ColumnKind::Integer: {
        const QList<qint64> &values = m_rows.numbers.at(column);
        sortBy([&values](int a, int b) { return values.at(a) < values.at(b); });
        break;
    }
    case ColumnKind::Id: {
        const QList<QString> &values = m_rows.texts.at(column);
        sortBy([&values](int a, int b) {
            const QString &x = values.at(a);
            const QString &y = values.at(b);
            return x.size() != y.size() ? x.size() < y.size() : x < y;
        });
        break;
    }
    case ColumnKind::Enum:
    case ColumnKind::Date: {
        const QList<QString> &values = m_rows.texts.at(column);
        sortBy([&values](int a, int b) { return values.at(a) < values.at(b); });
        break;
    }
    case ColumnKind::Text: {
        // Locale-aware, case-insensitive: the distinct values are collated once, then the rows
        // sort by rank (names repeat; collating every comparison would be far slower).
        const QList<QString> &values = m_rows.texts.at(column);
        QHash<QString, int> rankOf;
        for (const QString &value : values)
            rankOf.insert(value, 0);
        QStringList distinct = rankOf.keys();
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        std::sort(distinct.begin(), distinct.end(), collator);
        for (int i = 0; i < distinct.size(); ++i)
            rankOf[distinct.at(i)] = i;
        QList<int> ranks;
        ranks.reserve(values.size());
        for (const QString &value : values)
            ranks.append(rankOf.value(value));
        sortBy([&ranks](int a, int b) { return ranks.at(a) < ranks.at(b); });
        break;
    }
    }
    return rows;
}

void MirrorTableModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column >= 0 && column < columnCount() ? column : -1;
    m_sortOrder = order;
    if (m_rows.size() == 0)
        return;
    const QList<int> rows = sortedOrder(m_sortColumn, order);
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QList<int> newRowOf(rows.size());
    for (int i = 0; i < rows.size(); ++i)
        newRowOf[rows.at(i)] = i;
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &old : before)
        after.append(index(newRowOf.at(old.row()), old.column()));
    m_rows.permute(rows);
    rowsMoved();
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace bc::models
