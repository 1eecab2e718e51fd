#pragma once

#include "core/store/mirrorlist.h"
#include "core/store/mirrorrow.h"
#include "core/store/storeerror.h"
#include "models/mirrorreader.h"
#include "models/mirrorrowblock.h"
#include "models/mirrortablecolumn.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace bc::store {
class MirrorStore;
}

namespace bc::models {

// A read-only table over one list of one BC in the local mirror (one scope, or all of them).
// Rows are stored column by column (MirrorRowBlock: no object per row, ~0.3 KiB a row) and read
// on a worker thread (MirrorReader, its own connection) in keyset pages of batchSize() rows, in
// (scope, id) order. With autoFetch (the default) the pages follow each other until every row
// is in, so that sorting and filtering see the whole list; without it, fetchMore() asks for one
// more page (what a view does when scrolled to the end).
//
// A row's raw JSON is read from the store and parsed only when RawJsonRole asks for it (the
// details pane), and only a few are kept. Sorting is done here, on the typed values (money in
// minor units, dates as ISO text, ids by number), not by a proxy over display text.
class MirrorTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int defaultBatchSize = 1000;

    // `store` is the UI thread's connection, used for freshness and raw JSON; the rows are read
    // through a connection of the model's own on a worker thread.
    MirrorTableModel(store::MirrorStore &store, store::MirrorList list, const QString &bcId,
                     const std::optional<QString> &scope, QList<MirrorTableColumn> columns,
                     QObject *parent = nullptr);
    ~MirrorTableModel() override;

    [[nodiscard]] store::MirrorList list() const { return m_request.list; }
    [[nodiscard]] const QString &bcId() const { return m_request.bcId; }
    [[nodiscard]] const QList<MirrorTableColumn> &columns() const { return m_request.columns; }

    void setBatchSize(int rows) { m_batchSize = std::max(1, rows); }
    [[nodiscard]] int batchSize() const { return m_batchSize; }
    void setAutoFetch(bool on);
    [[nodiscard]] bool autoFetch() const { return m_autoFetch; }

    // Starts reading from the first row (a reset). The constructor does not: call it once the
    // model has its views.
    void load();
    // Reads the whole list again after the mirror changed (MirrorWriter::written for this list):
    // rows that stay are updated in place (dataChanged), rows that went are removed, new rows
    // are appended (and the current sort applied again). Before every row was in, a reset.
    void reload();

    // Every row is in (the last page came back) and no reload is pending.
    [[nodiscard]] bool isLoaded() const { return m_atEnd && !m_busy; }
    [[nodiscard]] const store::StoreError &lastError() const { return m_lastError; }
    // When the list (the model's scope, '' when it has none) was last read completely; nothing
    // when never. Read again on load() and reload().
    [[nodiscard]] const std::optional<store::ListFreshness> &freshness() const
    {
        return m_freshness;
    }

    [[nodiscard]] int rowOf(const QString &id, const QString &scope = {}) const;
    [[nodiscard]] QString idAt(int row) const { return m_rows.ids.at(row); }
    // The whole API object of a row (fields the column set does not show too); read from the
    // store on demand. Empty when the row went away meanwhile.
    [[nodiscard]] QJsonObject rawJson(int row) const;

    // Fast paths for TypedFilterProxyModel (no QVariant, no QModelIndex): the raw text of a
    // text-like cell (enum value, ISO date, id), and whether every term appears in one of
    // `columns` of the row (display text; dates and ids as stored).
    [[nodiscard]] const QString &rawText(int row, int column) const;
    [[nodiscard]] bool rowMatches(int row, const QStringList &terms,
                                  const QList<int> &columns) const;
    [[nodiscard]] int sortColumn() const { return m_sortColumn; }
    [[nodiscard]] Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded();                                   // every row is in (also after reload())
    void failed(const bc::store::StoreError &error); // a read failed; the rows stay as they were

private:
    void requestPage();
    void onRowsRead(quint64 ticket, const MirrorRowBlock &block, bool atEnd,
                    const store::StoreError &error);
    void appendBlock(const MirrorRowBlock &block);
    void applyReload(const MirrorRowBlock &fresh);
    void readFreshness();
    void setBusy(bool busy);
    [[nodiscard]] QString displayText(int row, int column) const;
    [[nodiscard]] QVariant sortValue(int row, int column) const;
    [[nodiscard]] QString moneyText(int row, int column) const;
    [[nodiscard]] QString rowKey(int row) const;
    [[nodiscard]] QList<int> sortedOrder(int column, Qt::SortOrder order) const;
    void computeMatches(int from) const;
    void rowsMoved() { ++m_layoutGeneration; }

    store::MirrorStore &m_store;
    MirrorReadRequest m_request;
    MirrorReader m_reader;
    MirrorRowBlock m_rows;
    int m_batchSize = defaultBatchSize;
    bool m_autoFetch = true;
    bool m_atEnd = false;
    bool m_busy = false;      // a page or a reload is on its way
    bool m_reloading = false; // the one on its way is a whole-list reload
    quint64 m_ticket = 0;     // answers with another ticket are stale
    QString m_cursorScope;    // the last row read, in (scope, id) order: where the next page
    QString m_cursorId;       // starts (rows may be shown in another order meanwhile)
    bool m_cursorSet = false;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::optional<store::ListFreshness> m_freshness;
    store::StoreError m_lastError;
    mutable QCache<QString, QJsonObject> m_rawCache{32};
    // rowMatches() answers from a bitmap computed column by column for every row at once (equal
    // cells share their data, so each distinct name or enum value is looked at once). Appended
    // rows extend it; anything that moves, removes or changes rows starts it again.
    quint64 m_layoutGeneration = 0;
    mutable struct
    {
        QStringList terms;
        QList<int> columns;
        quint64 generation = ~quint64(0);
        QList<bool> rows;
    } m_match;
};

} // namespace bc::models
