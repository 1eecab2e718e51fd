#pragma once

#include <QDate>
#include <QWidget>

class QDateEdit;
class QLabel;

namespace bc::ui {

// A from/to date pair for one date column. Either end may be open ("any"); both ends are
// inclusive. The dates are days of the API's own dates (ISO text), not converted.
class DateRangeFilter final : public QWidget
{
    Q_OBJECT

public:
    DateRangeFilter(const QString &label, int column, QWidget *parent = nullptr);

    [[nodiscard]] int column() const { return m_column; }
    [[nodiscard]] QDate from() const;
    [[nodiscard]] QDate to() const;
    void setRange(const QDate &from, const QDate &to);
    void clear() { setRange({}, {}); }

Q_SIGNALS:
    void rangeChanged(int column, const QDate &from, const QDate &to);

private:
    void onEdited();

    int m_column;
    QDateEdit *m_from;
    QDateEdit *m_to;
    bool m_updating = false;
};

} // namespace bc::ui
