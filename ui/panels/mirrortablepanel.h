#pragma once

#include "core/store/mirrorlist.h"
#include "models/relatedobjects.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace bc::store {
class MirrorStore;
}

namespace bc::models {
class MirrorTableModel;
class RelatedObjects;
class TypedFilterProxyModel;
} // namespace bc::models

namespace bc::ui {

class DateRangeFilter;
class DetailsPane;
class ErrorBanner;
class ValueFilterButton;

// One table per Business Center list, over the local mirror: a title with counts and
// freshness, refresh and sync progress, a filter row (free text across the visible columns,
// typed filters from PanelFilters, a column chooser), an error banner, and the table beside a
// details pane with every field of the current row and links to related views.
class MirrorTablePanel final : public QWidget
{
    Q_OBJECT

public:
    enum class EmptyReason {
        NotSynced,
        NoData,
        NoPermission,
        NeedsFinanceRole,
        NoMirror
    };

    explicit MirrorTablePanel(QWidget *parent = nullptr);
    ~MirrorTablePanel() override;

    // Shows one list of one BC (scope narrows Assets to an asset type, BillingGroupAccounts to a
    // group, ...). Replaces whatever was shown: old model deleted, filters and details cleared.
    void showList(store::MirrorStore *store, store::MirrorList list, const QString &bcId,
                  const std::optional<QString> &scope = std::nullopt);
    void clear();  // shows nothing (e.g. while the environment switches)
    void reload(); // the mirror changed for this list
    [[nodiscard]] std::optional<store::MirrorList> list() const;
    [[nodiscard]] QString bcId() const;
    [[nodiscard]] std::optional<QString> scope() const;

    void setSyncProgress(int done, int total); // busy when total == 0; Cancel visible
    void setSyncFinished();
    void showError(const QString &message, const QString &requestId = {});
    void clearError();
    void setEmptyReason(EmptyReason reason);
    void focusFilter();
    void setFilterText(const QString &text);
    // The filtered and sorted rows, visible columns in their order (TableCsvWriter).
    bool exportCsv(const QString &path, QString *error) const;
    void copySelection() const;
    [[nodiscard]] QByteArray saveLayout() const;
    bool restoreLayout(const QByteArray &state);
    // Selects and scrolls to the row; false when it is not (yet) there. While the list is still
    // loading, the row is also selected once it arrives.
    bool selectId(const QString &id);
    [[nodiscard]] QString currentId() const;

    [[nodiscard]] models::MirrorTableModel *model() const { return m_model.get(); }
    [[nodiscard]] models::TypedFilterProxyModel *proxy() const { return m_proxy; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] DetailsPane *detailsPane() const { return m_details; }
    [[nodiscard]] ErrorBanner *errorBanner() const { return m_error; }
    [[nodiscard]] QLabel *titleLabel() const { return m_title; }
    [[nodiscard]] QLineEdit *filterEdit() const { return m_filter; }
    [[nodiscard]] QWidget *emptyStateWidget() const { return m_emptyState; }
    [[nodiscard]] QString emptyStateText() const;
    [[nodiscard]] QList<ValueFilterButton *> valueFilters() const { return m_valueFilters; }
    [[nodiscard]] QList<DateRangeFilter *> dateFilters() const { return m_dateFilters; }
    [[nodiscard]] QToolButton *columnsButton() const { return m_columnsButton; }
    [[nodiscard]] QProgressBar *progressBar() const { return m_progress; }
    [[nodiscard]] QList<int> visibleColumns() const; // model columns, in the order shown
    void setColumnVisible(int column, bool visible); // the last visible one stays
    void clearFilters();                             // text and typed filters
    // The related views of the current row (as the details pane lists them).
    [[nodiscard]] QList<models::RelatedLink> currentRelated() const;
    // Opens the first related view of the current row that the mirror holds.
    bool openFirstRelated();

    // A list's name for titles ("Ad accounts").
    [[nodiscard]] static QString listTitle(store::MirrorList list);

Q_SIGNALS:
    void refreshRequested();
    void cancelRequested();
    void relatedRequested(bc::store::MirrorList list, const QString &scope,
                          const QString &selectId);
    // A related view that is a filtered list (an account's transactions): relatedRequested is
    // emitted too (without a row), and when showList() opens that list in this panel next, the
    // filter text is applied to it.
    void relatedFilterRequested(bc::store::MirrorList list, const QString &scope,
                                const QString &filterText);
    void currentIdChanged(const QString &id);
    void statusMessage(const QString &message);

private:
    void buildFilters();
    void clearFilterWidgets();
    void rebuildColumnMenu();
    void updateTextColumns();
    void updateTitle();
    void updateEmptyState();
    void updateValueFilters();
    void onLoaded();
    void onCurrentChanged();
    void openRelated(models::RelatedLink link);
    void showContextMenu(const QPoint &pos);
    void askExportCsv();
    void copyCurrentId() const;
    void fitColumns();
    void applyDefaultSort();

    store::MirrorStore *m_store = nullptr;
    std::optional<store::MirrorList> m_list;
    QString m_bcId;
    std::optional<QString> m_scope;
    std::unique_ptr<models::MirrorTableModel> m_model;
    std::unique_ptr<models::RelatedObjects> m_relatedObjects;
    models::TypedFilterProxyModel *m_proxy;
    std::optional<EmptyReason> m_reason;
    QString m_pendingSelect;
    struct PendingFilter
    {
        store::MirrorList list;
        QString scope;
        QString text;
    };
    std::optional<PendingFilter> m_pendingFilter;
    bool m_layoutRestored = false;
    bool m_fitted = false;
    QString m_lastCurrentId;

    QLabel *m_title;
    QToolButton *m_refresh;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLineEdit *m_filter;
    QWidget *m_typedBox;
    QHBoxLayout *m_typedLayout;
    QToolButton *m_clearFilters;
    QToolButton *m_columnsButton;
    QMenu *m_columnsMenu;
    ErrorBanner *m_error;
    QSplitter *m_splitter;
    QStackedWidget *m_stack;
    QTableView *m_view;
    QWidget *m_emptyState;
    QLabel *m_emptyText;
    QPushButton *m_emptyClear;
    DetailsPane *m_details;
    QList<ValueFilterButton *> m_valueFilters;
    QList<DateRangeFilter *> m_dateFilters;
};

} // namespace bc::ui
