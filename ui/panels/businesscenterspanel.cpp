#include "ui/panels/businesscenterspanel.h"

#include "core/api/apiclient.h"
#include "core/api/businesscenterdecoder.h"
#include "core/api/listfetch.h"
#include "core/store/mirrorstore.h"
#include "core/store/mirrorwriter.h"
#include "models/businesscentertablemodel.h"
#include "models/roles.h"
#include "models/tablefilterproxymodel.h"
#include "ui/widgets/errorbanner.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc::ui {

BusinessCentersPanel::BusinessCentersPanel(api::ApiClient *client,
                                           models::BusinessCenterTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(model)
    , m_proxy(new models::TableFilterProxyModel(this))
    , m_title(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_refresh(new QToolButton(this))
    , m_progress(new QProgressBar(this))
    , m_error(new ErrorBanner(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Fetch the Business Centers again (F5)"));
    m_refresh->setIcon(QIcon::fromTheme(u"view-refresh"_s));
    m_refresh->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_refresh, &QToolButton::clicked, this, &BusinessCentersPanel::refresh);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_refresh);

    m_filter->setPlaceholderText(tr("Filter by name, ID, company, currency, role… (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter Business Centers"));
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updateTitle();
    });

    m_progress->setTextVisible(true);
    m_progress->hide();

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(models::BusinessCenterTableModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setAccessibleName(tr("Business Centers"));

    auto *copy = new QAction(tr("&Copy rows"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &BusinessCentersPanel::copySelection);
    m_view->addAction(copy);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    connect(m_error, &ErrorBanner::retryRequested, this, &BusinessCentersPanel::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BusinessCentersPanel::updateTitle);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &BusinessCentersPanel::updateTitle);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &BusinessCentersPanel::updateTitle);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(header);
    layout->addWidget(m_filter);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(m_stack, 1);

    setFocusProxy(m_view);
    updateTitle();
    updateEmptyState(tr("Not loaded yet."));
}

BusinessCentersPanel::~BusinessCentersPanel() = default;

void BusinessCentersPanel::clear()
{
    if (m_fetch) {
        // No answer of the old client may land here after the switch.
        disconnect(m_fetch, nullptr, this, nullptr);
        m_fetch->cancel();
        m_fetch = nullptr;
    }
    m_progress->hide();
    m_refresh->setEnabled(true);
    m_error->hide();
    m_filter->clear();
    m_model->clear();
    m_fetchedAt = {};
    m_pendingWrite = 0;
    updateTitle();
    updateEmptyState(tr("Not loaded yet."));
}

void BusinessCentersPanel::refresh()
{
    if (isLoading() || !m_client)
        return;
    m_error->hide();
    m_progress->setRange(0, 0); // busy until the first page says how many there are
    m_progress->setFormat(tr("Loading Business Centers…"));
    m_progress->show();
    m_refresh->setEnabled(false);
    if (m_model->rowCount() == 0)
        updateEmptyState(tr("Loading Business Centers…"));

    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    m_fetch = m_client->fetchBusinessCenters(
            {}, this, [this, clock](const api::Result<QList<domain::BusinessCenter>> &result) {
                if (result.ok()) {
                    const bool firstFill = m_model->rowCount() == 0;
                    m_model->setBusinessCenters(result.value());
                    if (firstFill)
                        fitColumns();
                    m_fetchedAt = QDateTime::currentDateTime();
                    QList<QJsonObject> rows;
                    rows.reserve(result.value().size());
                    for (const domain::BusinessCenter &bc : result.value())
                        rows.append(bc.raw);
                    saveToMirror(rows);
                    Q_EMIT statusMessage(tr("%n Business Center(s) fetched in %1 ms", nullptr,
                                            static_cast<int>(result.value().size()))
                                                 .arg(clock->elapsed()));
                    onLoaded(true, nullptr);
                } else {
                    onLoaded(false, &result.error());
                }
            });
    connect(m_fetch, &api::ListFetch::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progress->setFormat(tr("Loading Business Centers: page %1 of %2").arg(done).arg(total));
    });
}

void BusinessCentersPanel::setMirror(store::MirrorStore *reader, store::MirrorWriter *writer)
{
    if (m_writer)
        disconnect(m_writer, nullptr, this, nullptr);
    m_mirror = reader;
    m_writer = writer;
    if (m_writer)
        connect(m_writer, &store::MirrorWriter::written, this,
                &BusinessCentersPanel::onMirrorWritten);
}

bool BusinessCentersPanel::showMirror()
{
    if (!m_mirror)
        return false;
    store::StoreError error;
    const auto freshness = m_mirror->freshness(store::MirrorList::BusinessCenters, {}, {}, &error);
    const QList<store::MirrorRow> rows =
            error.isError() ? QList<store::MirrorRow>{}
                            : m_mirror->rows(store::MirrorList::BusinessCenters, {}, {}, &error);
    if (error.isError()) {
        m_error->showError(tr("Could not read the local mirror. %1").arg(error.describe()));
        return false;
    }
    if (!freshness)
        return false;
    QList<domain::BusinessCenter> centers;
    centers.reserve(rows.size());
    for (const store::MirrorRow &row : rows)
        centers.append(api::BusinessCenterDecoder::decode(row.raw));
    m_model->setBusinessCenters(centers);
    fitColumns();
    m_fetchedAt = freshness->fetchedAt.toLocalTime();
    updateTitle();
    if (centers.isEmpty())
        updateEmptyState(tr("This account saw no Business Centers when it was last refreshed."));
    return true;
}

void BusinessCentersPanel::saveToMirror(const QList<QJsonObject> &rows)
{
    if (!m_writer)
        return;
    store::ListWrite write;
    write.list = store::MirrorList::BusinessCenters;
    write.rows = rows;
    write.complete = true;
    m_pendingWrite = m_writer->submit(std::move(write));
}

void BusinessCentersPanel::onMirrorWritten(quint64 ticket, const store::ListWriteResult &result)
{
    if (ticket != m_pendingWrite || !result.error.isError())
        return;
    m_error->showError(
            tr("The Business Centers were loaded but could not be saved in the local mirror. %1")
                    .arg(result.error.describe()));
}

void BusinessCentersPanel::cancel()
{
    if (m_fetch)
        m_fetch->cancel();
}

void BusinessCentersPanel::onLoaded(bool ok, const api::ApiError *error)
{
    m_fetch = nullptr;
    m_progress->hide();
    m_refresh->setEnabled(true);
    if (!ok && error) {
        if (error->kind != api::ApiError::Kind::Cancelled)
            m_error->showError(tr("Could not load the Business Centers. %1").arg(error->details()));
        Q_EMIT statusMessage(error->explanation());
    }
    updateTitle();
    if (m_model->rowCount() == 0) {
        updateEmptyState(ok ? tr("This account sees no Business Centers. Ask an admin of a "
                                 "Business Center to invite you, then refresh.")
                            : tr("Nothing to show: the Business Centers could not be loaded."));
    }
    Q_EMIT loadFinished(ok);
}

void BusinessCentersPanel::updateTitle()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    QString title = shown == total
                            ? tr("Business Centers · %1").arg(QLocale().toString(total))
                            : tr("Business Centers · %1 of %2")
                                      .arg(QLocale().toString(shown), QLocale().toString(total));
    if (m_fetchedAt.isValid()) {
        // A mirror from an earlier day says which day.
        const QString when = m_fetchedAt.date() == QDate::currentDate()
                                     ? QLocale().toString(m_fetchedAt.time(), QLocale::ShortFormat)
                                     : QLocale().toString(m_fetchedAt, QLocale::ShortFormat);
        title += tr(" · fetched %1").arg(when);
    }
    m_title->setText(title);
    if (total > 0)
        m_stack->setCurrentWidget(m_view);
}

void BusinessCentersPanel::updateEmptyState(const QString &reason)
{
    m_empty->setText(reason);
    m_stack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_view) : m_empty);
}

void BusinessCentersPanel::fitColumns()
{
    // Size to the contents once, on the first fill (afterwards the user's widths stay), then
    // narrow the widest text columns until the table fits; ids always stay whole.
    m_view->resizeColumnsToContents();
    QHeaderView *header = m_view->horizontalHeader();
    const int available = m_view->viewport()->width();
    const int minimum = 120;
    auto total = [header] {
        int sum = 0;
        for (int column = 0; column < header->count(); ++column)
            sum += header->sectionSize(column);
        return sum;
    };
    while (total() > available) {
        int widest = -1;
        for (int column = 0; column < header->count(); ++column) {
            if (column == models::BusinessCenterTableModel::Id)
                continue;
            if (widest < 0 || header->sectionSize(column) > header->sectionSize(widest))
                widest = column;
        }
        const int excess = total() - available;
        const int size = header->sectionSize(widest);
        if (size <= minimum)
            break;
        header->resizeSection(widest, std::max(minimum, std::max(size - excess, size * 4 / 5)));
    }
}

void BusinessCentersPanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void BusinessCentersPanel::selectBusinessCenter(const QString &id)
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                             | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void BusinessCentersPanel::copySelection()
{
    // Tab-separated with a header line, so it pastes into a spreadsheet as a table; ids in full.
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    QStringList lines;
    QStringList header;
    for (int column = 0; column < m_proxy->columnCount(); ++column)
        header << m_proxy->headerData(column, Qt::Horizontal).toString();
    lines << header.join(u'\t');
    for (const QModelIndex &row : rows) {
        QStringList cells;
        for (int column = 0; column < m_proxy->columnCount(); ++column)
            cells << m_proxy->index(row.row(), column).data().toString();
        lines << cells.join(u'\t');
    }
    QApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
    Q_EMIT statusMessage(tr("Copied %n row(s)", nullptr, static_cast<int>(rows.size())));
}

} // namespace bc::ui
