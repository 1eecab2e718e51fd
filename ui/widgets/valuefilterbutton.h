#pragma once

#include <QStringList>
#include <QToolButton>

class QMenu;

namespace bc::ui {

// A typed filter on one column: a tool button whose menu lists the values present in the
// column (the API's raw values, shown in words) as checkable entries. Nothing checked means no
// filter; the button's text says how many are picked ("Role: 2").
class ValueFilterButton final : public QToolButton
{
    Q_OBJECT

public:
    // `field` names the API field for the words of its values (EnumText::forField).
    ValueFilterButton(const QString &label, const QString &field, int column,
                      QWidget *parent = nullptr);

    [[nodiscard]] int column() const { return m_column; }
    [[nodiscard]] QString label() const { return m_label; }
    // The values offered; values picked before stay picked when still present.
    void setAvailableValues(const QStringList &values);
    [[nodiscard]] QStringList availableValues() const { return m_available; }
    [[nodiscard]] QStringList selectedValues() const;
    void setSelectedValues(const QStringList &values);
    void clearSelection() { setSelectedValues({}); }

Q_SIGNALS:
    void selectionChanged(int column, const QStringList &values);

private:
    void rebuildMenu();
    void syncChecks();
    void updateText();

    QString m_label;
    QString m_field;
    int m_column;
    QStringList m_available;
    QStringList m_selected;
    QMenu *m_menu;
};

} // namespace bc::ui
