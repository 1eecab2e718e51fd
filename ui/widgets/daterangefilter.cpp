#include "ui/widgets/daterangefilter.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace bc::ui {

namespace {

// The minimum of a QDateEdit stands for an open end (shown as its special value text).
const QDate openEnd(2000, 1, 1);

QDateEdit *makeEdit(const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(openEnd);
    edit->setSpecialValueText(DateRangeFilter::tr("any"));
    edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    edit->setDate(openEnd);
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

DateRangeFilter::DateRangeFilter(const QString &label, int column, QWidget *parent)
    : QWidget(parent)
    , m_column(column)
    , m_from(makeEdit(tr("%1 from").arg(label), this))
    , m_to(makeEdit(tr("%1 to").arg(label), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(new QLabel(tr("%1:").arg(label), this));
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(tr("to"), this));
    layout->addWidget(m_to);
    m_from->setToolTip(tr("First day shown (inclusive); \"any\" for no limit"));
    m_to->setToolTip(tr("Last day shown (inclusive); \"any\" for no limit"));
    connect(m_from, &QDateEdit::dateChanged, this, &DateRangeFilter::onEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &DateRangeFilter::onEdited);
}

QDate DateRangeFilter::from() const
{
    return m_from->date() == openEnd ? QDate() : m_from->date();
}

QDate DateRangeFilter::to() const
{
    return m_to->date() == openEnd ? QDate() : m_to->date();
}

void DateRangeFilter::setRange(const QDate &from, const QDate &to)
{
    const QDate oldFrom = this->from();
    const QDate oldTo = this->to();
    m_updating = true;
    m_from->setDate(from.isValid() ? from : openEnd);
    m_to->setDate(to.isValid() ? to : openEnd);
    m_updating = false;
    if (this->from() != oldFrom || this->to() != oldTo)
        Q_EMIT rangeChanged(m_column, this->from(), this->to());
}

void DateRangeFilter::onEdited()
{
    if (!m_updating)
        Q_EMIT rangeChanged(m_column, from(), to());
}

} // namespace bc::ui
