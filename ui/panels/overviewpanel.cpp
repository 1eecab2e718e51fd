#include "ui/panels/overviewpanel.h"

#include "core/store/mirrorstore.h"
#include "models/overviewreader.h"
#include "ui/widgets/charttheme.h"
#include "ui/widgets/chartview.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace bc::ui {

namespace {

using store::MirrorList;

constexpr int nameChars = 28;    // account names longer than this are elided on the axis
constexpr int chartHeight = 340; // enough for ten bars and "Others" with readable labels

QString elided(const QString &text, int chars)
{
    return text.size() <= chars ? text : text.left(chars - 1).trimmed() + u'…';
}

// Big amounts read better as thousands or millions on an axis; the axis title says which.
struct AxisScale
{
    double divisor = 1.0;
    int unit = 0; // 0: units, 1: thousands, 2: millions
};

AxisScale scaleFor(double largest)
{
    if (largest >= 10'000'000.0)
        return {1'000'000.0, 2};
    if (largest >= 10'000.0)
        return {1'000.0, 1};
    return {};
}

// For charts only: exact figures are in the texts and tooltips.
double units(qint64 minorUnits, const AxisScale &scale)
{
    return double(minorUnits) / 100.0 / scale.divisor;
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle({});
}

QLabel *emptyLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setMinimumHeight(80);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

OverviewPanel::OverviewPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_error(new QLabel(this))
    , m_balanceEmpty(nullptr)
    , m_balanceCards(nullptr)
    , m_costStack(nullptr)
    , m_costChart(nullptr)
    , m_costEmpty(nullptr)
    , m_costNote(nullptr)
    , m_transactionStack(nullptr)
    , m_transactionChart(nullptr)
    , m_transactionEmpty(nullptr)
    , m_transactionNote(nullptr)
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(u"overviewTitle"_s);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_error->setObjectName(u"overviewError"_s);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(12);

    // Balances and what is unpaid.
    m_balanceCards = new QWidget(content);
    auto *cards = new QHBoxLayout(m_balanceCards);
    cards->setContentsMargins(0, 0, 0, 0);
    m_accountCard = makeCard(u"accountBalanceCard"_s, tr("Account balance"));
    m_cashCard = makeCard(u"cashBalanceCard"_s, tr("Cash"));
    m_grantCard = makeCard(u"grantBalanceCard"_s, tr("Grant"));
    m_frozenCard = makeCard(u"frozenBalanceCard"_s, tr("Frozen"));
    for (const Card *card : {&m_accountCard, &m_cashCard, &m_grantCard, &m_frozenCard})
        cards->addWidget(card->frame, 1);
    m_balanceEmpty = emptyLabel(content);
    m_balanceEmpty->setObjectName(u"balanceEmpty"_s);
    m_balanceEmpty->setText(tr("No balance mirrored yet — refresh this Business Center (F5)."));
    m_unpaidCard = makeCard(u"unpaidCard"_s, tr("Unpaid invoices"));
    auto *moneyRow = new QHBoxLayout;
    auto *balanceColumn = new QVBoxLayout;
    balanceColumn->addWidget(m_balanceCards);
    balanceColumn->addWidget(m_balanceEmpty);
    moneyRow->addLayout(balanceColumn, 4);
    moneyRow->addWidget(m_unpaidCard.frame, 1);
    contentLayout->addLayout(moneyRow);

    // Counts: each opens its list.
    auto *countsHeading = new QLabel(tr("Mirrored lists"), content);
    QFont headingFont = countsHeading->font();
    headingFont.setBold(true);
    countsHeading->setFont(headingFont);
    contentLayout->addWidget(countsHeading);
    auto *counts = new QGridLayout;
    counts->setHorizontalSpacing(4);
    counts->setVerticalSpacing(0);
    const QList<MirrorList> lists = models::OverviewData::countedLists();
    constexpr int countColumns = 4;
    for (int i = 0; i < lists.size(); ++i) {
        const MirrorList list = lists.at(i);
        auto *button = new QPushButton(content);
        button->setFlat(true);
        button->setCursor(Qt::PointingHandCursor);
        button->setFocusPolicy(Qt::StrongFocus);
        button->setObjectName(u"count_"_s + store::mirrorListSpec(list).key);
        button->setProperty("mirrorList", int(list));
        button->setStyleSheet(u"QPushButton { text-align: left; padding: 2px 6px; }"_s);
        connect(button, &QPushButton::clicked, this, [this, list] { Q_EMIT listRequested(list); });
        counts->addWidget(button, i / countColumns, i % countColumns);
        m_countButtons.insert(list, button);
    }
    for (int c = 0; c < countColumns; ++c)
        counts->setColumnStretch(c, 1);
    contentLayout->addLayout(counts);

    // Cost per ad account.
    m_costStack = new QStackedWidget(content);
    m_costChart = new ChartView(m_costStack);
    m_costChart->setObjectName(u"costChart"_s);
    m_costChart->setAccessibleName(tr("Cost per ad account chart"));
    m_costChart->setMinimumHeight(chartHeight);
    m_costEmpty = emptyLabel(m_costStack);
    m_costEmpty->setObjectName(u"costEmpty"_s);
    m_costEmpty->setText(tr("No cost data mirrored yet — refresh this Business Center (F5)."));
    m_costStack->addWidget(m_costEmpty);
    m_costStack->addWidget(m_costChart);
    m_costNote = new QLabel(content);
    m_costNote->setObjectName(u"costNote"_s);
    m_costNote->setWordWrap(true);
    contentLayout->addWidget(m_costStack);
    contentLayout->addWidget(m_costNote);

    // Transactions over time.
    m_transactionStack = new QStackedWidget(content);
    m_transactionChart = new ChartView(m_transactionStack);
    m_transactionChart->setObjectName(u"transactionChart"_s);
    m_transactionChart->setAccessibleName(tr("Business Center transactions chart"));
    m_transactionChart->setMinimumHeight(chartHeight);
    m_transactionEmpty = emptyLabel(m_transactionStack);
    m_transactionEmpty->setObjectName(u"transactionEmpty"_s);
    m_transactionEmpty->setText(
            tr("No Business Center transactions mirrored yet — refresh this Business Center "
               "(F5)."));
    m_transactionStack->addWidget(m_transactionEmpty);
    m_transactionStack->addWidget(m_transactionChart);
    m_transactionNote = new QLabel(content);
    m_transactionNote->setObjectName(u"transactionNote"_s);
    m_transactionNote->setWordWrap(true);
    contentLayout->addWidget(m_transactionStack);
    contentLayout->addWidget(m_transactionNote);
    contentLayout->addStretch(1);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_error);
    layout->addWidget(scroll, 1);

    clear();
}

OverviewPanel::~OverviewPanel() = default;

OverviewPanel::Card OverviewPanel::makeCard(const QString &objectName, const QString &caption)
{
    Card card;
    card.frame = new QFrame(this);
    card.frame->setObjectName(objectName);
    card.frame->setFrameShape(QFrame::StyledPanel);
    card.frame->setAutoFillBackground(true);
    card.frame->setFocusPolicy(Qt::NoFocus);
    card.caption = new QLabel(caption, card.frame);
    card.value = new QLabel(card.frame);
    card.value->setObjectName(objectName + u"Value"_s);
    QFont valueFont = card.value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.3);
    valueFont.setBold(true);
    card.value->setFont(valueFont);
    card.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    card.value->setWordWrap(true);
    card.detail = new QLabel(card.frame);
    card.detail->setObjectName(objectName + u"Detail"_s);
    card.detail->setWordWrap(true);
    auto *layout = new QVBoxLayout(card.frame);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(2);
    layout->addWidget(card.caption);
    layout->addWidget(card.value);
    layout->addWidget(card.detail);
    layout->addStretch(1);
    return card;
}

void OverviewPanel::setCard(Card &card, const QString &value, const QString &detail)
{
    card.value->setText(value);
    card.detail->setText(detail);
    card.detail->setVisible(!detail.isEmpty());
    // Screen readers get the whole card as one sentence.
    card.frame->setAccessibleName(card.caption->text() + u": "_s + value);
    card.frame->setAccessibleDescription(detail);
}

QString OverviewPanel::moneyText(qint64 minorUnits, const QString &currency)
{
    // Exact: whole units and cents apart, never through a double.
    const QLocale locale;
    const quint64 magnitude = minorUnits < 0 ? 0 - quint64(minorUnits) : quint64(minorUnits);
    const QString number = (minorUnits < 0 ? locale.negativeSign() : QString())
                           + locale.toString(magnitude / 100u) + locale.decimalPoint()
                           + QString::number(magnitude % 100u).rightJustified(2, u'0');
    if (currency.isEmpty())
        return number;
    return tr("%1 %2", "amount, currency code").arg(number, currency);
}

void OverviewPanel::showBusinessCenter(store::MirrorStore *store, const QString &bcId,
                                       const QString &bcName)
{
    clear();
    m_bcId = bcId;
    m_bcName = bcName;
    if (!store) {
        m_reader.reset();
        updateTitle();
        return;
    }
    const store::StoreLocation &location = store->connection().location();
    const bool sameMirror = m_reader && m_reader->identity() == store->identity()
                            && m_reader->location().backend() == location.backend()
                            && m_reader->location().path() == location.path();
    if (!sameMirror) {
        m_reader = std::make_unique<models::OverviewReader>(location, store->identity());
        connect(m_reader.get(), &models::OverviewReader::read, this, &OverviewPanel::onRead);
    }
    reload();
}

void OverviewPanel::clear()
{
    ++m_ticket; // answers to earlier loads are dropped
    m_loading = false;
    m_bcId.clear();
    m_bcName.clear();
    m_data = models::OverviewData();
    m_error->clear();
    m_error->hide();
    showData();
}

void OverviewPanel::reload()
{
    if (!m_reader || m_bcId.isEmpty())
        return;
    m_loading = true;
    m_reader->load(++m_ticket, m_bcId);
    updateTitle();
}

void OverviewPanel::onRead(quint64 ticket, const models::OverviewData &data,
                           const store::StoreError &error)
{
    if (ticket != m_ticket)
        return;
    m_loading = false;
    m_data = data;
    if (error.isError()) {
        m_error->setText(tr("Part of the Overview could not be read: %1").arg(error.message()));
        m_error->show();
    } else {
        m_error->clear();
        m_error->hide();
    }
    showData();
    Q_EMIT loaded();
}

void OverviewPanel::showData()
{
    updateTitle();
    updateBalances();
    updateUnpaid();
    updateCounts();
    updateCostChart();
    updateTransactionChart();
    applyCardColors();
}

void OverviewPanel::updateTitle()
{
    if (m_bcId.isEmpty()) {
        m_title->setText(tr("Overview"));
        return;
    }
    const QString name = m_bcName.isEmpty() ? m_bcId : m_bcName;
    QString state;
    if (m_loading && m_data.bcId != m_bcId) {
        state = tr("loading…");
    } else if (const QDateTime oldest = m_data.oldestFreshness(); oldest.isValid()) {
        state = tr("data from %1")
                        .arg(QLocale().toString(oldest.toLocalTime(), QLocale::ShortFormat));
    } else {
        state = tr("not mirrored yet");
    }
    m_title->setText(tr("Overview · %1 · %2", "BC name, data age").arg(name, state));
}

void OverviewPanel::updateBalances()
{
    const bool hasBalance = m_data.balance.has_value();
    m_balanceCards->setVisible(hasBalance);
    m_balanceEmpty->setVisible(!hasBalance && !m_bcId.isEmpty() && !m_loading);
    const auto balance = m_data.balance.value_or(models::OverviewData::Balance());
    const QString &currency = balance.currency;
    const auto money = [&currency](const std::optional<qint64> &amount) -> QString {
        return amount ? moneyText(*amount, currency) : u"—"_s;
    };
    const auto available = [&currency](const std::optional<qint64> &amount) -> QString {
        return amount ? tr("Available: %1").arg(moneyText(*amount, currency)) : QString();
    };
    setCard(m_accountCard, money(balance.accountBalance), available(balance.validAccountBalance));
    setCard(m_cashCard, money(balance.cashBalance), available(balance.validCashBalance));
    setCard(m_grantCard, money(balance.grantBalance), available(balance.validGrantBalance));
    setCard(m_frozenCard, money(balance.frozenBalance),
            balance.tax ? tr("Tax: %1").arg(moneyText(*balance.tax, currency)) : QString());
}

void OverviewPanel::updateUnpaid()
{
    const bool mirrored = m_data.freshness.contains(MirrorList::Invoices)
                          || m_data.count(MirrorList::Invoices) > 0;
    QStringList totals;
    int invoices = 0;
    for (const auto &unpaid : m_data.unpaid) {
        if (unpaid.amount != 0 || unpaid.invoices > 0)
            totals.append(moneyText(unpaid.amount, unpaid.currency));
        invoices += unpaid.invoices;
    }
    m_unpaidCard.attention = !totals.isEmpty();
    if (m_bcId.isEmpty() || (m_loading && m_data.bcId != m_bcId)) {
        setCard(m_unpaidCard, u"—"_s, {});
    } else if (!mirrored) {
        setCard(m_unpaidCard, u"—"_s,
                tr("No invoices mirrored yet — refresh this Business Center (F5)."));
    } else if (totals.isEmpty()) {
        setCard(m_unpaidCard, tr("Nothing unpaid"), {});
    } else {
        const QString overdue = m_data.overdueInvoices > 0
                                        ? tr("%Ln overdue", nullptr, m_data.overdueInvoices)
                                        : tr("none overdue");
        setCard(m_unpaidCard, totals.join(u'\n'),
                tr("%Ln invoice(s), %1", nullptr, invoices).arg(overdue));
    }
    QFont detailFont = m_unpaidCard.detail->font();
    detailFont.setBold(m_data.overdueInvoices > 0);
    m_unpaidCard.detail->setFont(detailFont);
}

QString OverviewPanel::countText(MirrorList list, qint64 count) const
{
    const int n = int(std::min<qint64>(count, std::numeric_limits<int>::max()));
    switch (list) {
    case MirrorList::AdAccounts:
        return tr("%Ln ad account(s)", nullptr, n);
    case MirrorList::Members:
        return tr("%Ln member(s)", nullptr, n);
    case MirrorList::Partners:
        return tr("%Ln partner(s)", nullptr, n);
    case MirrorList::Assets:
        return tr("%Ln asset(s)", nullptr, n);
    case MirrorList::BillingGroups:
        return tr("%Ln billing group(s)", nullptr, n);
    case MirrorList::Invoices:
        return tr("%Ln invoice(s)", nullptr, n);
    case MirrorList::Pixels:
        return tr("%Ln pixel(s)", nullptr, n);
    default:
        return QLocale().toString(count);
    }
}

void OverviewPanel::updateCounts()
{
    const QLocale locale;
    for (auto it = m_countButtons.cbegin(); it != m_countButtons.cend(); ++it) {
        QPushButton *button = it.value();
        const bool known = !m_bcId.isEmpty() && m_data.bcId == m_bcId;
        button->setEnabled(known);
        button->setText(known ? countText(it.key(), m_data.count(it.key())) : u"…"_s);
        button->setAccessibleName(button->text());
        QString tip;
        if (known) {
            const QDateTime at = m_data.freshness.value(it.key());
            tip = at.isValid()
                          ? tr("Open this list (fetched %1)")
                                    .arg(locale.toString(at.toLocalTime(), QLocale::ShortFormat))
                          : tr("Open this list (not mirrored completely yet)");
        }
        button->setToolTip(tip);
    }
}

void OverviewPanel::updateCostChart()
{
    QChart *chart = m_costChart->chart();
    clearChart(chart);
    m_costNote->clear();
    m_costNote->hide();
    const bool known = !m_bcId.isEmpty() && m_data.bcId == m_bcId;
    if (!known || m_data.costs.isEmpty()) {
        m_costStack->setCurrentWidget(m_costEmpty);
        m_costEmpty->setText(m_bcId.isEmpty() ? QString()
                             : known ? tr("No cost data mirrored yet — refresh this Business "
                                          "Center (F5).")
                                     : tr("Loading…"));
        m_costChart->setAccessibleDescription({});
        return;
    }
    const models::OverviewData::CostBreakdown &costs = m_data.costs.constFirst();
    const QLocale locale;
    qint64 largest = 0;
    for (const auto &slice : costs.slices)
        largest = std::max(largest, slice.amount);
    const AxisScale scale = scaleFor(double(largest) / 100.0);

    // The category axis draws its first category at the bottom: the largest goes last.
    auto *set = new QBarSet(tr("Cost"));
    QStringList categories;
    QStringList described;
    QList<models::OverviewData::CostSlice> slices = costs.slices;
    std::reverse(slices.begin(), slices.end());
    for (const auto &slice : std::as_const(slices)) {
        QString label = slice.isOthers() ? tr("%Ln other account(s)", nullptr, slice.accounts)
                                         : elided(slice.name, nameChars);
        // Equal labels would share one bar.
        while (categories.contains(label))
            label += u' ';
        categories.append(label);
        set->append(units(slice.amount, scale));
    }
    for (const auto &slice : costs.slices) {
        described.append((slice.isOthers() ? tr("%Ln other account(s)", nullptr, slice.accounts)
                                           : slice.name)
                         + u": "_s + moneyText(slice.amount, costs.currency));
    }
    if (!slices.isEmpty() && slices.constFirst().isOthers())
        set->selectBar(0); // "Others" in a muted color: it is not one account

    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(categories);
    // The names are already elided to a readable length; Qt's own truncation leaves only "...".
    names->setTruncateLabels(false);
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    auto *amounts = new QValueAxis;
    amounts->setRange(0.0, std::max(units(largest, scale), 1.0));
    amounts->applyNiceNumbers();
    amounts->setLabelFormat(amounts->max() >= 10.0 ? u"%.0f"_s : u"%.2f"_s);
    const QString unit = scale.unit == 2   ? tr("%1, millions").arg(costs.currency)
                         : scale.unit == 1 ? tr("%1, thousands").arg(costs.currency)
                                           : costs.currency;
    amounts->setTitleText(tr("Cost (%1)").arg(unit));
    chart->addAxis(amounts, Qt::AlignBottom);
    series->attachAxis(amounts);
    chart->legend()->hide();
    chart->setTitle(tr("Cost per ad account, last %Ln day(s)", nullptr, m_data.costDays()));

    // Exact amounts on hover.
    connect(set, &QBarSet::hovered, m_costChart,
            [slices, currency = costs.currency](bool status, int index) {
                if (!status || index < 0 || index >= slices.size()) {
                    QToolTip::hideText();
                    return;
                }
                const auto &slice = slices.at(index);
                QToolTip::showText(QCursor::pos(),
                                   (slice.isOthers()
                                            ? tr("%Ln other account(s)", nullptr, slice.accounts)
                                            : slice.name + u" ("_s + slice.advertiserId + u')')
                                           + u"\n"_s + moneyText(slice.amount, currency));
            });

    QString note = tr("Total %1 across %Ln ad account(s), %2 – %3 (UTC).", nullptr, costs.accounts)
                           .arg(moneyText(costs.total, costs.currency),
                                locale.toString(m_data.costStart, QLocale::ShortFormat),
                                locale.toString(m_data.costEnd, QLocale::ShortFormat));
    for (qsizetype i = 1; i < m_data.costs.size(); ++i) {
        const auto &other = m_data.costs.at(i);
        note += u' '
                + tr("Also %1 across %Ln ad account(s) in another currency.", nullptr,
                     other.accounts)
                          .arg(moneyText(other.total, other.currency));
    }
    m_costNote->setText(note);
    m_costNote->show();
    m_costChart->setAccessibleDescription(described.join(u"; "_s));
    m_costChart->applyTheme();
    m_costStack->setCurrentWidget(m_costChart);
}

void OverviewPanel::updateTransactionChart()
{
    QChart *chart = m_transactionChart->chart();
    clearChart(chart);
    m_transactionNote->clear();
    m_transactionNote->hide();
    const bool known = !m_bcId.isEmpty() && m_data.bcId == m_bcId;
    if (!known || m_data.transactions.isEmpty() || m_data.periodStarts.isEmpty()) {
        m_transactionStack->setCurrentWidget(m_transactionEmpty);
        m_transactionEmpty->setText(m_bcId.isEmpty() ? QString()
                                    : known ? tr("No Business Center transactions mirrored yet — "
                                                 "refresh this Business Center (F5).")
                                            : tr("Loading…"));
        m_transactionChart->setAccessibleDescription({});
        return;
    }
    const models::OverviewData::TransactionSeries &shown = m_data.transactions.constFirst();
    const QLocale locale;
    qint64 largest = 0;
    qint64 smallest = 0;
    for (qsizetype i = 0; i < m_data.periodStarts.size(); ++i) {
        largest = std::max(largest, shown.moneyIn.value(i));
        smallest = std::min(smallest, shown.moneyOut.value(i));
    }
    const AxisScale scale = scaleFor(double(std::max(largest, -smallest)) / 100.0);

    QString format;
    QString periodTitle;
    switch (m_data.period) {
    case models::OverviewData::Period::Day:
        format = u"d MMM"_s;
        periodTitle = tr("Day");
        break;
    case models::OverviewData::Period::Week:
        format = u"d MMM"_s;
        periodTitle = tr("Week starting");
        break;
    case models::OverviewData::Period::Month:
        format = u"MMM yyyy"_s;
        periodTitle = tr("Month");
        break;
    }
    QStringList categories;
    for (const QDate &start : m_data.periodStarts)
        categories.append(locale.toString(start, format));

    auto *in = new QBarSet(tr("Money in (%1)").arg(shown.currency));
    auto *out = new QBarSet(tr("Money out (%1)").arg(shown.currency));
    for (qsizetype i = 0; i < m_data.periodStarts.size(); ++i) {
        in->append(units(shown.moneyIn.value(i), scale));
        out->append(units(shown.moneyOut.value(i), scale));
    }
    // Stacked: in goes up, out goes down, in the same column per period.
    auto *series = new QStackedBarSeries;
    series->append(in);
    series->append(out);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    auto *periods = new QBarCategoryAxis;
    periods->append(categories);
    periods->setTitleText(periodTitle);
    periods->setTruncateLabels(false);
    if (categories.size() > 12)
        periods->setLabelsAngle(-60);
    chart->addAxis(periods, Qt::AlignBottom);
    series->attachAxis(periods);
    auto *amounts = new QValueAxis;
    const double top = std::max(units(largest, scale), 0.0);
    const double bottom = std::min(units(smallest, scale), 0.0);
    amounts->setRange(bottom, top > bottom ? top : bottom + 1.0);
    amounts->applyNiceNumbers();
    const double span = std::max(std::abs(amounts->max()), std::abs(amounts->min()));
    amounts->setLabelFormat(span >= 10.0 ? u"%.0f"_s : u"%.2f"_s);
    const QString unit = scale.unit == 2   ? tr("%1, millions").arg(shown.currency)
                         : scale.unit == 1 ? tr("%1, thousands").arg(shown.currency)
                                           : shown.currency;
    // A vertical title has only the plot's height: the currency and scale alone fit.
    amounts->setTitleText(unit);
    chart->addAxis(amounts, Qt::AlignLeft);
    series->attachAxis(amounts);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->show();
    chart->setTitle(tr("Business Center transactions over time"));

    const QList<QDate> starts = m_data.periodStarts;
    const auto period = m_data.period;
    const auto hover = [starts, period, shown, locale](bool moneyIn, bool status, int index) {
        if (!status || index < 0 || index >= starts.size()) {
            QToolTip::hideText();
            return;
        }
        const QDate start = starts.at(index);
        const QString when =
                period == models::OverviewData::Period::Month
                        ? locale.toString(start, u"MMMM yyyy"_s)
                : period == models::OverviewData::Period::Week
                        ? tr("Week of %1").arg(locale.toString(start, QLocale::ShortFormat))
                        : locale.toString(start, QLocale::ShortFormat);
        const qint64 amount = moneyIn ? shown.moneyIn.value(index) : shown.moneyOut.value(index);
        QToolTip::showText(QCursor::pos(),
                           when + u"\n"_s
                                   + (moneyIn ? tr("In: %1") : tr("Out: %1"))
                                             .arg(moneyText(amount, shown.currency)));
    };
    connect(in, &QBarSet::hovered, m_transactionChart,
            [hover](bool status, int index) { hover(true, status, index); });
    connect(out, &QBarSet::hovered, m_transactionChart,
            [hover](bool status, int index) { hover(false, status, index); });

    QString note = tr("%Ln transaction(s): in %1, out %2.", nullptr, shown.transactions)
                           .arg(moneyText(shown.totalIn, shown.currency),
                                moneyText(shown.totalOut, shown.currency));
    for (qsizetype i = 1; i < m_data.transactions.size(); ++i) {
        const auto &other = m_data.transactions.at(i);
        note += u' '
                + tr("Also %Ln in %1 (not charted): in %2, out %3.", nullptr, other.transactions)
                          .arg(other.currency, moneyText(other.totalIn, other.currency),
                               moneyText(other.totalOut, other.currency));
    }
    m_transactionNote->setText(note);
    m_transactionNote->show();
    m_transactionChart->setAccessibleDescription(note);
    m_transactionChart->applyTheme();
    m_transactionStack->setCurrentWidget(m_transactionChart);
}

void OverviewPanel::applyCardColors()
{
    const QPalette base = palette();
    for (Card *card : {&m_accountCard, &m_cashCard, &m_grantCard, &m_frozenCard, &m_unpaidCard}) {
        QPalette colors;
        QColor fill = base.color(QPalette::Base);
        if (card->attention) {
            // Money owed stands out, in a tint that keeps the text readable in both themes.
            const QColor warning =
                    ChartTheme::isDark(base) ? QColor(0xff, 0x6b, 0x5a) : QColor(0xc6, 0x28, 0x28);
            fill = ChartTheme::blend(fill, warning, 0.18);
        }
        colors.setColor(QPalette::Window, fill);
        card->frame->setPalette(colors);
    }
    // The count links read as links.
    for (QPushButton *button : std::as_const(m_countButtons)) {
        QPalette colors;
        colors.setColor(QPalette::ButtonText, base.color(QPalette::Link));
        button->setPalette(colors);
    }
}

void OverviewPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyCardColors();
}

} // namespace bc::ui
