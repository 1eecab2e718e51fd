#include "ui/widgets/valuefilterbutton.h"

#include "models/enumtext.h"

#include <QAction>
#include <QMenu>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace bc::ui {

ValueFilterButton::ValueFilterButton(const QString &label, const QString &field, int column,
                                     QWidget *parent)
    : QToolButton(parent)
    , m_label(label)
    , m_field(field)
    , m_column(column)
    , m_menu(new QMenu(this))
{
    setPopupMode(QToolButton::InstantPopup);
    setMenu(m_menu);
    setAccessibleName(tr("Filter by %1").arg(label));
    rebuildMenu();
    updateText();
}

void ValueFilterButton::setAvailableValues(const QStringList &values)
{
    QStringList sorted = values;
    sorted.removeAll(QString());
    sorted.sort();
    sorted.removeDuplicates();
    if (sorted == m_available)
        return;
    m_available = sorted;
    rebuildMenu();
}

QStringList ValueFilterButton::selectedValues() const
{
    return m_selected;
}

void ValueFilterButton::setSelectedValues(const QStringList &values)
{
    QStringList sorted = values;
    sorted.sort();
    sorted.removeDuplicates();
    if (sorted == m_selected)
        return;
    m_selected = sorted;
    // Menu entries are only rebuilt for a value they lack: a toggled entry must outlive its
    // own signal.
    bool listed = true;
    for (const QString &value : std::as_const(m_selected))
        listed = listed && m_available.contains(value);
    if (listed)
        syncChecks();
    else
        rebuildMenu();
    updateText();
    Q_EMIT selectionChanged(m_column, m_selected);
}

void ValueFilterButton::rebuildMenu()
{
    m_menu->clear();
    QAction *all = m_menu->addAction(tr("All"));
    all->setCheckable(true);
    all->setChecked(m_selected.isEmpty());
    connect(all, &QAction::triggered, this, [this] {
        setSelectedValues({});
        syncChecks();
    });
    m_menu->addSeparator();
    // A picked value that is no longer present stays listed, so it can be unpicked.
    QStringList values = m_available;
    for (const QString &value : std::as_const(m_selected)) {
        if (!values.contains(value))
            values.append(value);
    }
    if (values.isEmpty()) {
        m_menu->addAction(tr("(no values)"))->setEnabled(false);
        return;
    }
    for (const QString &value : std::as_const(values)) {
        const QString words = models::EnumText::forField(m_field, value);
        QAction *action =
                m_menu->addAction(words == value ? value : tr("%1 (%2)").arg(words, value));
        action->setCheckable(true);
        action->setChecked(m_selected.contains(value));
        action->setData(value);
        connect(action, &QAction::toggled, this, [this, value](bool on) {
            QStringList selected = m_selected;
            if (on)
                selected.append(value);
            else
                selected.removeAll(value);
            setSelectedValues(selected);
        });
    }
}

void ValueFilterButton::syncChecks()
{
    for (QAction *action : m_menu->actions()) {
        if (!action->isCheckable())
            continue;
        const QSignalBlocker blocker(action);
        const QVariant value = action->data();
        action->setChecked(value.isValid() ? m_selected.contains(value.toString())
                                           : m_selected.isEmpty());
    }
}

void ValueFilterButton::updateText()
{
    if (m_selected.isEmpty()) {
        setText(m_label);
        setToolTip(tr("Show only some values of %1").arg(m_label));
    } else if (m_selected.size() == 1) {
        setText(tr("%1: %2").arg(m_label, models::EnumText::forField(m_field, m_selected.first())));
        setToolTip(m_selected.first());
    } else {
        setText(tr("%1: %2").arg(m_label).arg(m_selected.size()));
        setToolTip(m_selected.join(u", "_s));
    }
    // Picked filters stand out so that a filtered table is never mistaken for the whole list.
    QFont f = font();
    f.setBold(!m_selected.isEmpty());
    setFont(f);
}

} // namespace bc::ui
