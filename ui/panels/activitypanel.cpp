#include "ui/panels/activitypanel.h"

#include "core/api/activitylog.h"
#include "models/activityfilterproxymodel.h"
#include "models/activitytablemodel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc::ui {

using models::ActivityTableModel;

ActivityPanel::ActivityPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ActivityTableModel(this))
    , m_proxy(new models::ActivityFilterProxyModel(this))
    , m_title(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_failuresOnly(new QCheckBox(tr("&Failures only"), this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_filter->setPlaceholderText(tr("Filter by path, request ID, code, message… (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter requests"));
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updateTitle();
    });

    m_failuresOnly->setToolTip(tr("Show only requests that failed: a TikTok error code or no "
                                  "usable answer"));
    connect(m_failuresOnly, &QCheckBox::toggled, this, [this](bool checked) {
        m_proxy->setFailuresOnly(checked);
        updateTitle();
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_failuresOnly);

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ActivityTableModel::Time, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setAccessibleName(tr("Requests"));
    sizeColumns();

    auto *copy = new QAction(tr("&Copy rows"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &ActivityPanel::copySelection);
    m_view->addAction(copy);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No requests yet. Every request the console sends to the API shows up "
                        "here as it finishes."));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(m_model), static_cast<QAbstractItemModel *>(m_proxy)}) {
        connect(model, &QAbstractItemModel::modelReset, this, &ActivityPanel::updateTitle);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ActivityPanel::updateTitle);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ActivityPanel::updateTitle);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_title);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);

    setFocusProxy(m_view);
    updateTitle();
}

ActivityPanel::~ActivityPanel() = default;

void ActivityPanel::setSources(api::ActivityLog *live, const QList<api::ActivityEntry> &earlier)
{
    m_model->setLog(live);
    m_model->setEarlierEntries(earlier);
    updateTitle();
}

void ActivityPanel::clear()
{
    m_model->clear();
    updateTitle();
}

void ActivityPanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

QString ActivityPanel::title() const
{
    return m_title->text();
}

void ActivityPanel::updateTitle()
{
    const QLocale locale;
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    QString text =
            shown == total
                    ? tr("Activity · %1 request(s)", nullptr, total).arg(locale.toString(total))
                    : tr("Activity · %1 of %2 request(s)", nullptr, total)
                              .arg(locale.toString(shown), locale.toString(total));
    const int failures = m_model->failureCount();
    if (failures > 0)
        text += tr(" · %1 failed").arg(locale.toString(failures));
    if (m_model->earlierCount() > 0)
        text += tr(" · %1 from earlier runs").arg(locale.toString(m_model->earlierCount()));
    m_title->setText(text);
    m_stack->setCurrentWidget(total > 0 ? static_cast<QWidget *>(m_view) : m_empty);
}

void ActivityPanel::sizeColumns()
{
    // Fixed starting widths from the font (the log fills row by row, so fitting to contents
    // would keep jumping); ids and times fit whole, the outcome takes the rest.
    const QFontMetrics metrics = m_view->fontMetrics();
    const int pad = 24;
    auto width = [&metrics, pad](const QString &sample) {
        return metrics.horizontalAdvance(sample) + pad;
    };
    QHeaderView *header = m_view->horizontalHeader();
    header->resizeSection(ActivityTableModel::Time, width(u"2026-12-31 23:59:59"_s));
    header->resizeSection(ActivityTableModel::Method, width(u"DELETE"_s));
    header->resizeSection(ActivityTableModel::Path, width(u"bc/account/transaction/get/"_s));
    header->resizeSection(ActivityTableModel::Code, width(u"40100"_s));
    header->resizeSection(ActivityTableModel::Duration, width(tr("Duration (ms)")));
    header->resizeSection(ActivityTableModel::Retries, width(tr("Retries")));
    header->resizeSection(ActivityTableModel::RequestId,
                          width(u"202611251321560A0B0C0D0E0F10111213"_s));
}

void ActivityPanel::copySelection()
{
    // Tab-separated with a header line, so it pastes into a spreadsheet or a ticket as a table;
    // times in UTC with milliseconds and request ids in full, as support needs them.
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    const int columns = m_proxy->columnCount();
    QStringList header;
    for (int column = 0; column < columns; ++column) {
        header << (column == ActivityTableModel::Time
                           ? tr("Time (UTC)")
                           : m_proxy->headerData(column, Qt::Horizontal).toString());
    }
    QStringList lines{header.join(u'\t')};
    for (const QModelIndex &row : std::as_const(rows)) {
        const int sourceRow = m_proxy->mapToSource(row).row();
        const api::ActivityEntry &entry = m_model->entryAt(sourceRow);
        QStringList cells;
        for (int column = 0; column < columns; ++column) {
            if (column == ActivityTableModel::Time)
                cells << entry.startedAt.toUTC().toString(Qt::ISODateWithMs);
            else if (column == ActivityTableModel::RequestId)
                cells << entry.requestId;
            else
                cells << m_proxy->index(row.row(), column).data().toString();
        }
        lines << cells.join(u'\t');
    }
    QApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
    Q_EMIT statusMessage(tr("Copied %n request(s)", nullptr, static_cast<int>(rows.size())));
}

} // namespace bc::ui
