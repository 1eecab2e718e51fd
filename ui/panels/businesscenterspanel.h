#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace bc::api {
class ApiClient;
class ListFetch;
struct ApiError;
} // namespace bc::api

namespace bc::store {
class MirrorStore;
class MirrorWriter;
struct ListWriteResult;
} // namespace bc::store

namespace bc::models {
class BusinessCenterTableModel;
class TableFilterProxyModel;
} // namespace bc::models

namespace bc::ui {

class ErrorBanner;

// The Business Centers table: a title with count and freshness, a filter box, the sortable
// table, progress while loading, and an inline error banner when a load fails.
class BusinessCentersPanel final : public QWidget
{
    Q_OBJECT

public:
    BusinessCentersPanel(api::ApiClient *client, models::BusinessCenterTableModel *model,
                         QWidget *parent = nullptr);
    ~BusinessCentersPanel() override;

    // The profile's local mirror: the panel shows what it holds at once (offline too) and
    // saves every successful load into it through `writer` (off the UI thread). Optional.
    void setMirror(store::MirrorStore *reader, store::MirrorWriter *writer);
    // Shows the mirrored Business Centers; false when the mirror has never been filled.
    bool showMirror();

    // The API client of the profile shown (not owned); null while the window switches
    // environments, when refresh() does nothing.
    void setClient(api::ApiClient *client) { m_client = client; }
    // Forgets everything shown: a running load is cancelled, the rows, filter, freshness and
    // error go (an environment switch must leave nothing of the previous one).
    void clear();
    // Loads every Business Center in the background; does nothing while a load runs.
    void refresh();
    void cancel();
    [[nodiscard]] bool isLoading() const { return !m_fetch.isNull(); }

    void focusFilter();
    void selectBusinessCenter(const QString &id);

    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] ErrorBanner *errorBanner() const { return m_error; }
    [[nodiscard]] QDateTime fetchedAt() const { return m_fetchedAt; }

Q_SIGNALS:
    // After every load, successful or not.
    void loadFinished(bool ok);
    void statusMessage(const QString &message);

private:
    void onLoaded(bool ok, const api::ApiError *error);
    void updateTitle();
    void updateEmptyState(const QString &reason);
    void copySelection();
    void fitColumns();
    void saveToMirror(const QList<QJsonObject> &rows);
    void onMirrorWritten(quint64 ticket, const store::ListWriteResult &result);

    api::ApiClient *m_client;
    models::BusinessCenterTableModel *m_model;
    models::TableFilterProxyModel *m_proxy;
    QLabel *m_title;
    QLineEdit *m_filter;
    QToolButton *m_refresh;
    QProgressBar *m_progress;
    ErrorBanner *m_error;
    QStackedWidget *m_stack;
    QTableView *m_view;
    QLabel *m_empty;
    QPointer<api::ListFetch> m_fetch;
    store::MirrorStore *m_mirror = nullptr;
    QPointer<store::MirrorWriter> m_writer;
    quint64 m_pendingWrite = 0;
    QDateTime m_fetchedAt;
};

} // namespace bc::ui
