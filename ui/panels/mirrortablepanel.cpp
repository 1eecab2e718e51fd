#include "ui/panels/mirrortablepanel.h"

#include "core/store/mirrorstore.h"
#include "models/mirrorcolumnset.h"
#include "models/mirrortablemodel.h"
#include "models/relatedobjects.h"
#include "models/roles.h"
#include "models/tablecsvwriter.h"
#include "models/typedfilterproxymodel.h"
#include "ui/panels/panelfilters.h"
#include "ui/widgets/daterangefilter.h"
#include "ui/widgets/detailspane.h"
#include "ui/widgets/errorbanner.h"
#include "ui/widgets/valuefilterbutton.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc::ui {

using store::MirrorList;

namespace {

constexpr int maxFittedWidth = 320;

QString reasonText(MirrorTablePanel::EmptyReason reason)
{
    using Reason = MirrorTablePanel::EmptyReason;
    switch (reason) {
    case Reason::NotSynced:
        return MirrorTablePanel::tr("Not synced yet — press F5 to fetch this list.");
    case Reason::NoData:
        return MirrorTablePanel::tr("No rows in this list.");
    case Reason::NoPermission:
        return MirrorTablePanel::tr("Your role in this Business Center cannot see this list.");
    case Reason::NeedsFinanceRole:
        return MirrorTablePanel::tr(
                "Invoices and balances need a finance role in this Business Center.");
    case Reason::NoMirror:
        return MirrorTablePanel::tr("The local mirror could not be opened.");
    }
    return {};
}

QString cellText(const QModelIndex &index)
{
    // One line per row in tab-separated text.
    QString text = index.data(Qt::DisplayRole).toString();
    text.replace(u'\t', u' ');
    text.replace(u'\n', u' ');
    text.replace(u'\r', u' ');
    return text;
}

} // namespace

MirrorTablePanel::MirrorTablePanel(QWidget *parent)
    : QWidget(parent)
    , m_proxy(new models::TypedFilterProxyModel(this))
    , m_title(new QLabel(this))
    , m_refresh(new QToolButton(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_filter(new QLineEdit(this))
    , m_typedBox(new QWidget(this))
    , m_typedLayout(new QHBoxLayout(m_typedBox))
    , m_clearFilters(new QToolButton(this))
    , m_columnsButton(new QToolButton(this))
    , m_columnsMenu(new QMenu(this))
    , m_error(new ErrorBanner(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_stack(new QStackedWidget)
    , m_view(new QTableView)
    , m_emptyState(new QWidget)
    , m_emptyText(new QLabel(m_emptyState))
    , m_emptyClear(new QPushButton(tr("Clear filter"), m_emptyState))
    , m_details(new DetailsPane)
{
    // Header row: title, refresh, sync progress and its Cancel.
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Fetch this list again (F5)"));
    m_refresh->setIcon(QIcon::fromTheme(u"view-refresh"_s));
    m_refresh->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_refresh, &QToolButton::clicked, this, &MirrorTablePanel::refreshRequested);

    m_progress->setTextVisible(true);
    m_progress->setMinimumWidth(180);
    m_progress->setMaximumWidth(280);
    m_progress->hide();
    m_cancel->setToolTip(tr("Stop fetching this list; rows fetched so far are kept"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &MirrorTablePanel::cancelRequested);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_progress);
    header->addWidget(m_cancel);
    header->addWidget(m_refresh);

    // Filter row: text, typed filters, clear, columns.
    m_filter->setPlaceholderText(tr("Filter…"));
    m_filter->setToolTip(tr("Rows containing every word typed, in any visible column (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter rows"));
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updateTitle();
        updateEmptyState();
    });
    m_typedLayout->setContentsMargins(0, 0, 0, 0);
    m_typedLayout->setSpacing(4);

    m_clearFilters->setText(tr("Clear filters"));
    m_clearFilters->setToolTip(tr("Show every row again"));
    connect(m_clearFilters, &QToolButton::clicked, this, &MirrorTablePanel::clearFilters);

    m_columnsButton->setText(tr("Columns"));
    m_columnsButton->setToolTip(tr("Show or hide columns"));
    m_columnsButton->setPopupMode(QToolButton::InstantPopup);
    m_columnsButton->setMenu(m_columnsMenu);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 2);
    filterRow->addWidget(m_typedBox);
    filterRow->addWidget(m_clearFilters);
    filterRow->addStretch(1);
    filterRow->addWidget(m_columnsButton);

    // The table.
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle); // ids and names keep both ends
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint &pos) {
                m_columnsMenu->exec(m_view->horizontalHeader()->viewport()->mapToGlobal(pos));
            });

    auto *copy = new QAction(tr("&Copy"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &MirrorTablePanel::copySelection);
    m_view->addAction(copy);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &MirrorTablePanel::showContextMenu);
    // Enter and double-click open the first related view.
    connect(m_view, &QAbstractItemView::activated, this, [this] { openFirstRelated(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MirrorTablePanel::onCurrentChanged);

    const auto rowsChanged = [this] {
        updateTitle();
        updateEmptyState();
    };
    connect(m_proxy, &QAbstractItemModel::modelReset, this, rowsChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, rowsChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, rowsChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, rowsChanged);

    // The empty state: why there is nothing, and a way out when a filter hides everything.
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyClear->hide();
    connect(m_emptyClear, &QPushButton::clicked, this, &MirrorTablePanel::clearFilters);
    auto *emptyLayout = new QVBoxLayout(m_emptyState);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(m_emptyClear, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_emptyState);
    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(0, false);
    m_splitter->setSizes({700, 280});
    connect(m_details, &DetailsPane::relatedRequested, this, &MirrorTablePanel::openRelated);

    connect(m_error, &ErrorBanner::retryRequested, this, &MirrorTablePanel::refreshRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(header);
    layout->addLayout(filterRow);
    layout->addWidget(m_error);
    layout->addWidget(m_splitter, 1);

    // "fetched 3 min ago" moves on.
    auto *tick = new QTimer(this);
    tick->setInterval(60 * 1000);
    connect(tick, &QTimer::timeout, this, &MirrorTablePanel::updateTitle);
    tick->start();

    setFocusProxy(m_view);
    clear();
}

MirrorTablePanel::~MirrorTablePanel()
{
    // The proxy must not outlive its source's signals.
    m_proxy->setSourceModel(nullptr);
}

QString MirrorTablePanel::listTitle(MirrorList list)
{
    switch (list) {
    case MirrorList::BusinessCenters:
        return tr("Business Centers");
    case MirrorList::AdAccounts:
        return tr("Ad accounts");
    case MirrorList::Assets:
        return tr("Assets");
    case MirrorList::Members:
        return tr("Members");
    case MirrorList::Partners:
        return tr("Partners");
    case MirrorList::AssetGroups:
        return tr("Asset groups");
    case MirrorList::BillingGroups:
        return tr("Billing groups");
    case MirrorList::BillingGroupAccounts:
        return tr("Billing group ad accounts");
    case MirrorList::Invoices:
        return tr("Invoices");
    case MirrorList::BcTransactions:
        return tr("BC transactions");
    case MirrorList::AccountTransactions:
        return tr("Ad account transactions");
    case MirrorList::AccountCosts:
        return tr("Costs");
    case MirrorList::BcBalance:
        return tr("BC balance");
    case MirrorList::AccountBalances:
        return tr("Ad account balances");
    case MirrorList::Pixels:
        return tr("Pixels");
    }
    return {};
}

void MirrorTablePanel::showList(store::MirrorStore *store, MirrorList list, const QString &bcId,
                                const std::optional<QString> &scope)
{
    // A related filter asked for just before applies only to the list it named.
    std::optional<PendingFilter> pending;
    if (m_pendingFilter && m_pendingFilter->list == list
        && m_pendingFilter->scope == scope.value_or(QString()))
        pending = m_pendingFilter;
    m_pendingFilter.reset();

    clear();
    m_store = store;
    m_list = list;
    m_bcId = bcId;
    m_scope = scope;
    if (!store) {
        m_reason = EmptyReason::NoMirror;
        updateTitle();
        updateEmptyState();
        return;
    }

    m_model = std::make_unique<models::MirrorTableModel>(*store, list, bcId, scope,
                                                         models::MirrorColumnSet::forList(list));
    m_relatedObjects = std::make_unique<models::RelatedObjects>(*store);
    connect(m_model.get(), &models::MirrorTableModel::loaded, this, &MirrorTablePanel::onLoaded);
    connect(m_model.get(), &models::MirrorTableModel::loadingChanged, this,
            &MirrorTablePanel::updateTitle);
    connect(m_model.get(), &models::MirrorTableModel::failed, this,
            [this](const store::StoreError &error) {
                showError(tr("Could not read this list from the local mirror. %1")
                                  .arg(error.describe()));
            });
    m_proxy->setSourceModel(m_model.get());

    // Every column visible and in its own place until a layout is restored.
    QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        header->showSection(column);
        if (header->visualIndex(column) != column)
            header->moveSection(header->visualIndex(column), column);
    }
    buildFilters();
    rebuildColumnMenu();
    updateTextColumns();
    applyDefaultSort();
    if (pending)
        m_filter->setText(pending->text);
    m_model->load();
    updateTitle();
    updateEmptyState();
}

void MirrorTablePanel::clear()
{
    m_pendingSelect.clear();
    m_reason.reset();
    m_layoutRestored = false;
    m_fitted = false;
    clearError();
    setSyncFinished();
    m_details->clear();
    clearFilterWidgets();
    {
        const QSignalBlocker blocker(m_filter);
        m_filter->clear();
    }
    m_proxy->setFilterText({});
    m_proxy->clearTypedFilters();
    m_proxy->setTextColumns({});
    // The old rows leave the view before their model goes.
    m_proxy->setSourceModel(nullptr);
    m_model.reset();
    m_relatedObjects.reset();
    m_store = nullptr;
    m_list.reset();
    m_bcId.clear();
    m_scope.reset();
    m_columnsMenu->clear();
    if (!m_lastCurrentId.isEmpty()) {
        m_lastCurrentId.clear();
        Q_EMIT currentIdChanged({});
    }
    updateTitle();
    updateEmptyState();
}

void MirrorTablePanel::reload()
{
    if (m_model)
        m_model->reload();
    updateTitle();
}

std::optional<MirrorList> MirrorTablePanel::list() const
{
    return m_list;
}

QString MirrorTablePanel::bcId() const
{
    return m_bcId;
}

std::optional<QString> MirrorTablePanel::scope() const
{
    return m_scope;
}

void MirrorTablePanel::setSyncProgress(int done, int total)
{
    if (total <= 0) {
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("Syncing…"));
    } else {
        m_progress->setRange(0, total);
        m_progress->setValue(std::min(done, total));
        m_progress->setFormat(
                tr("Syncing: %1 of %2").arg(QLocale().toString(done), QLocale().toString(total)));
    }
    m_progress->show();
    m_cancel->show();
    m_refresh->setEnabled(false);
}

void MirrorTablePanel::setSyncFinished()
{
    m_progress->hide();
    m_cancel->hide();
    m_refresh->setEnabled(true);
}

void MirrorTablePanel::showError(const QString &message, const QString &requestId)
{
    m_error->showError(requestId.isEmpty() ? message
                                           : tr("%1\nRequest ID: %2 (quote it to TikTok support)")
                                                     .arg(message, requestId));
}

void MirrorTablePanel::clearError()
{
    m_error->hide();
}

void MirrorTablePanel::setEmptyReason(EmptyReason reason)
{
    m_reason = reason;
    updateEmptyState();
}

void MirrorTablePanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void MirrorTablePanel::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void MirrorTablePanel::clearFilters()
{
    m_filter->clear();
    for (ValueFilterButton *button : std::as_const(m_valueFilters))
        button->clearSelection();
    for (DateRangeFilter *range : std::as_const(m_dateFilters))
        range->clear();
    m_proxy->clearTypedFilters();
    updateTitle();
    updateEmptyState();
}

void MirrorTablePanel::buildFilters()
{
    clearFilterWidgets();
    if (!m_model || !m_list)
        return;
    const QList<PanelFilter> filters = PanelFilters::forList(*m_list, m_model->columns());
    for (const PanelFilter &filter : filters) {
        if (filter.kind == PanelFilter::Kind::Values) {
            auto *button =
                    new ValueFilterButton(filter.label, filter.field, filter.column, m_typedBox);
            connect(button, &ValueFilterButton::selectionChanged, this,
                    [this](int column, const QStringList &values) {
                        m_proxy->setValueFilter(column, values);
                        updateTitle();
                        updateEmptyState();
                    });
            m_typedLayout->addWidget(button);
            m_valueFilters.append(button);
        } else {
            auto *range = new DateRangeFilter(filter.label, filter.column, m_typedBox);
            connect(range, &DateRangeFilter::rangeChanged, this,
                    [this](int column, const QDate &from, const QDate &to) {
                        m_proxy->setDateRange(column, from, to);
                        updateTitle();
                        updateEmptyState();
                    });
            m_typedLayout->addWidget(range);
            m_dateFilters.append(range);
        }
    }
    m_typedBox->setVisible(!filters.isEmpty());
}

void MirrorTablePanel::clearFilterWidgets()
{
    while (QLayoutItem *item = m_typedLayout->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->deleteLater(); // it may be the one whose signal led here
        }
        delete item;
    }
    m_valueFilters.clear();
    m_dateFilters.clear();
    m_typedBox->hide();
}

void MirrorTablePanel::updateValueFilters()
{
    if (!m_model)
        return;
    const int rows = m_model->rowCount();
    for (ValueFilterButton *button : std::as_const(m_valueFilters)) {
        QSet<QString> values;
        for (int row = 0; row < rows; ++row)
            values.insert(m_model->rawText(row, button->column()));
        button->setAvailableValues(QStringList(values.cbegin(), values.cend()));
    }
}

QList<int> MirrorTablePanel::visibleColumns() const
{
    QList<int> columns;
    const QHeaderView *header = m_view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

void MirrorTablePanel::setColumnVisible(int column, bool visible)
{
    QHeaderView *header = m_view->horizontalHeader();
    if (column < 0 || column >= header->count())
        return;
    if (!visible && visibleColumns() == QList<int>{column})
        return; // at least one column stays
    header->setSectionHidden(column, !visible);
    rebuildColumnMenu();
    updateTextColumns();
}

void MirrorTablePanel::rebuildColumnMenu()
{
    m_columnsMenu->clear();
    if (!m_model)
        return;
    const QList<int> visible = visibleColumns();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction *action =
                m_columnsMenu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(visible.contains(column));
        action->setEnabled(!(visible.size() == 1 && visible.contains(column)));
        // Queued: the menu's own action is deleted by the rebuild that follows.
        connect(action, &QAction::toggled, this, [this, column](bool on) {
            QTimer::singleShot(0, this, [this, column, on] { setColumnVisible(column, on); });
        });
    }
}

void MirrorTablePanel::updateTextColumns()
{
    m_proxy->setTextColumns(visibleColumns());
    updateTitle();
    updateEmptyState();
}

void MirrorTablePanel::applyDefaultSort()
{
    if (!m_model || !m_list)
        return;
    // Money movements newest first; everything else by its first column.
    int column = 0;
    Qt::SortOrder order = Qt::AscendingOrder;
    if (*m_list == MirrorList::Invoices || *m_list == MirrorList::BcTransactions
        || *m_list == MirrorList::AccountTransactions) {
        const auto &columns = m_model->columns();
        for (int i = 0; i < columns.size(); ++i) {
            if (columns.at(i).kind == models::ColumnKind::Date) {
                column = i;
                order = Qt::DescendingOrder;
                break;
            }
        }
    }
    m_view->sortByColumn(column, order);
}

void MirrorTablePanel::updateTitle()
{
    if (!m_list) {
        m_title->setText(QString());
        m_title->setToolTip(QString());
        return;
    }
    QString name = listTitle(*m_list);
    if (m_scope && !m_scope->isEmpty())
        name = tr("%1 · %2", "list, scope").arg(name, *m_scope);
    if (!m_model) {
        m_title->setText(name);
        return;
    }
    const QLocale locale;
    QString title = tr("%1 · %2 of %3")
                            .arg(name, locale.toString(m_proxy->rowCount()),
                                 locale.toString(m_model->rowCount()));
    const auto &freshness = m_model->freshness();
    if (freshness && freshness->fetchedAt.isValid()) {
        const QDateTime utc = freshness->fetchedAt.toUTC();
        const qint64 minutes = utc.secsTo(QDateTime::currentDateTimeUtc()) / 60;
        if (minutes >= 0 && minutes < 60)
            title += minutes == 0 ? tr(" · fetched just now")
                                  : tr(" · fetched %n min ago", nullptr, int(minutes));
        else
            title += tr(" · fetched %1")
                             .arg(locale.toString(utc.toLocalTime(), QLocale::ShortFormat));
        m_title->setToolTip(tr("Fetched completely at %1 UTC (%2 rows then)")
                                    .arg(utc.toString(u"yyyy-MM-dd HH:mm:ss"_s),
                                         locale.toString(freshness->rowCount)));
    } else {
        title += tr(" · not synced yet");
        m_title->setToolTip(tr("This list was never fetched completely."));
    }
    if (!m_model->isLoaded())
        title += tr(" · reading…");
    m_title->setText(title);
}

void MirrorTablePanel::updateEmptyState()
{
    QString text;
    bool showClear = false;
    bool empty = true;
    if (!m_model) {
        text = m_reason ? reasonText(*m_reason) : QString();
    } else if (m_model->rowCount() == 0) {
        if (m_reason)
            text = reasonText(*m_reason);
        else if (!m_model->isLoaded())
            text = tr("Reading the local mirror…");
        else
            text = reasonText(m_model->freshness() ? EmptyReason::NoData : EmptyReason::NotSynced);
    } else if (m_proxy->rowCount() == 0) {
        text = tr("No rows match the filter.");
        showClear = true;
    } else {
        empty = false;
    }
    m_emptyText->setText(text);
    m_emptyClear->setVisible(showClear);
    m_stack->setCurrentWidget(empty ? m_emptyState : static_cast<QWidget *>(m_view));
}

QString MirrorTablePanel::emptyStateText() const
{
    return m_stack->currentWidget() == m_emptyState ? m_emptyText->text() : QString();
}

void MirrorTablePanel::onLoaded()
{
    updateValueFilters();
    // Fitted to the first rows there are: a list that was empty until its first sync is
    // fitted when they arrive.
    if (!m_fitted && !m_layoutRestored && m_model && m_model->rowCount() > 0) {
        fitColumns();
        m_fitted = true;
    }
    if (!m_pendingSelect.isEmpty()) {
        const QString id = m_pendingSelect;
        m_pendingSelect.clear();
        selectId(id);
    } else {
        // The current row may have changed in the mirror.
        onCurrentChanged();
    }
    updateTitle();
    updateEmptyState();
}

void MirrorTablePanel::fitColumns()
{
    m_view->resizeColumnsToContents();
    QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        if (header->sectionSize(column) > maxFittedWidth)
            header->resizeSection(column, maxFittedWidth);
    }
}

bool MirrorTablePanel::selectId(const QString &id)
{
    if (!m_model || id.isEmpty())
        return false;
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0) {
        if (!m_model->isLoaded())
            m_pendingSelect = id;
        return false;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return false; // filtered out
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                             | QItemSelectionModel::Rows);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

QString MirrorTablePanel::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(models::IdRole).toString() : QString();
}

void MirrorTablePanel::onCurrentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    const QString id = current.isValid() ? current.data(models::IdRole).toString() : QString();
    if (id.isEmpty() || !m_model || !m_list) {
        m_details->clear();
    } else {
        const int sourceRow = m_proxy->mapToSource(current).row();
        const QJsonObject raw = m_model->rawJson(sourceRow);
        // The row's name when the list has one, else its id.
        QString title = id;
        const auto &columns = m_model->columns();
        for (int column = 0; column < columns.size(); ++column) {
            if (columns.at(column).kind == models::ColumnKind::Text) {
                const QString name = m_model->index(sourceRow, column).data().toString();
                if (!name.isEmpty())
                    title = name;
                break;
            }
        }
        const QString rowScope = m_model->index(sourceRow, 0).data(models::ScopeRole).toString();
        m_details->showRow(title, raw,
                           m_relatedObjects->forRow(*m_list, m_bcId, rowScope, id, raw));
    }
    if (id != m_lastCurrentId) {
        m_lastCurrentId = id;
        Q_EMIT currentIdChanged(id);
    }
}

QList<models::RelatedLink> MirrorTablePanel::currentRelated() const
{
    return currentId().isEmpty() ? QList<models::RelatedLink>{} : m_details->related();
}

bool MirrorTablePanel::openFirstRelated()
{
    const QList<models::RelatedLink> links = currentRelated();
    for (const models::RelatedLink &link : links) {
        if (link.available) {
            openRelated(link);
            return true;
        }
    }
    Q_EMIT statusMessage(tr("Nothing related to this row is in the mirror."));
    return false;
}

void MirrorTablePanel::openRelated(models::RelatedLink link) // a copy: the pane may clear
{
    if (!link.available)
        return;
    if (link.selectId.isEmpty() && !link.filter.isEmpty()) {
        // Set before the signals: the window may open the list in this panel right away.
        m_pendingFilter = PendingFilter{link.list, link.scope, link.filter};
        Q_EMIT relatedFilterRequested(link.list, link.scope, link.filter);
    }
    Q_EMIT relatedRequested(link.list, link.scope, link.selectId);
}

void MirrorTablePanel::showContextMenu(const QPoint &pos)
{
    if (!m_model)
        return;
    QMenu menu(this);
    const bool hasRow = m_view->currentIndex().isValid();
    QAction *copy = menu.addAction(tr("&Copy"), this, &MirrorTablePanel::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(m_view->selectionModel()->hasSelection());
    menu.addAction(tr("Copy &ID"), this, &MirrorTablePanel::copyCurrentId)->setEnabled(hasRow);
    menu.addSeparator();
    menu.addAction(tr("&Export CSV…"), this, &MirrorTablePanel::askExportCsv);
    QMenu *related = menu.addMenu(tr("Open &related"));
    const QList<models::RelatedLink> links = currentRelated();
    related->setEnabled(!links.isEmpty());
    for (const models::RelatedLink &link : links) {
        QAction *action = related->addAction(link.title);
        action->setEnabled(link.available);
        connect(action, &QAction::triggered, this, [this, link] { openRelated(link); });
    }
    menu.addSeparator();
    menu.addMenu(m_columnsMenu)->setText(tr("C&olumns"));
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void MirrorTablePanel::copySelection() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    const QList<int> columns = visibleColumns();
    // Tab-separated with a header line: pastes into a spreadsheet as a table; ids in full.
    QStringList lines;
    QStringList cells;
    for (const int column : columns)
        cells << m_proxy->headerData(column, Qt::Horizontal).toString();
    lines << cells.join(u'\t');
    for (const QModelIndex &row : std::as_const(rows)) {
        cells.clear();
        for (const int column : columns)
            cells << cellText(m_proxy->index(row.row(), column));
        lines << cells.join(u'\t');
    }
    QApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
    Q_EMIT const_cast<MirrorTablePanel *>(this)->statusMessage(
            tr("Copied %n row(s)", nullptr, static_cast<int>(rows.size())));
}

void MirrorTablePanel::copyCurrentId() const
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    QApplication::clipboard()->setText(id);
    Q_EMIT const_cast<MirrorTablePanel *>(this)->statusMessage(tr("Copied ID %1").arg(id));
}

bool MirrorTablePanel::exportCsv(const QString &path, QString *error) const
{
    if (!m_model) {
        if (error)
            *error = tr("There is no list to export.");
        return false;
    }
    const QList<models::CsvColumn> columns =
            models::TableCsvWriter::columnsFor(*m_proxy, visibleColumns());
    return models::TableCsvWriter::write(path, *m_proxy, columns, error);
}

void MirrorTablePanel::askExportCsv()
{
    if (!m_model || !m_list)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
            QDir(folder).filePath(u"%1-%2.csv"_s.arg(store::mirrorListSpec(*m_list).key, m_bcId));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), suggested,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error)) {
        showError(tr("The export failed. %1").arg(error));
        return;
    }
    Q_EMIT statusMessage(tr("Exported %n row(s) to %1", nullptr, m_proxy->rowCount())
                                 .arg(QDir::toNativeSeparators(path)));
}

QByteArray MirrorTablePanel::saveLayout() const
{
    return m_view->horizontalHeader()->saveState();
}

bool MirrorTablePanel::restoreLayout(const QByteArray &state)
{
    if (!m_model || state.isEmpty())
        return false;
    QHeaderView *header = m_view->horizontalHeader();
    if (!header->restoreState(state))
        return false;
    m_layoutRestored = true;
    if (visibleColumns().isEmpty() && header->count() > 0)
        header->showSection(header->logicalIndex(0));
    rebuildColumnMenu();
    updateTextColumns();
    // The header now shows the saved sort; the rows follow it.
    m_view->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    return true;
}

} // namespace bc::ui
