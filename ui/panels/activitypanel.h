#pragma once

#include "core/api/activityentry.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace bc::api {
class ActivityLog;
}

namespace bc::models {
class ActivityFilterProxyModel;
class ActivityTableModel;
} // namespace bc::models

namespace bc::ui {

// The Activity view: every request the API client sent, newest first, live as they finish,
// with those of earlier runs below; a title with counts, a filter box, "Failures only", and
// Ctrl+C copying the selected rows (request ids in full) for a support ticket.
class ActivityPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityPanel(QWidget *parent = nullptr);
    ~ActivityPanel() override;

    // `live` is this run's log (may be null); `earlier` the store's entries, newest first.
    void setSources(api::ActivityLog *live, const QList<api::ActivityEntry> &earlier = {});
    // Shows nothing until the next setSources().
    void clear();

    void focusFilter();

    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] models::ActivityTableModel *model() const { return m_model; }
    [[nodiscard]] models::ActivityFilterProxyModel *proxy() const { return m_proxy; }
    [[nodiscard]] QLineEdit *filterEdit() const { return m_filter; }
    [[nodiscard]] QCheckBox *failuresOnlyBox() const { return m_failuresOnly; }
    [[nodiscard]] QString title() const;

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void updateTitle();
    void copySelection();
    void sizeColumns();

    models::ActivityTableModel *m_model;
    models::ActivityFilterProxyModel *m_proxy;
    QLabel *m_title;
    QLineEdit *m_filter;
    QCheckBox *m_failuresOnly;
    QStackedWidget *m_stack;
    QTableView *m_view;
    QLabel *m_empty;
};

} // namespace bc::ui
