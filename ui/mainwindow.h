#pragma once

#include <QMainWindow>

class QLabel;
class QTreeView;

namespace bc::api {
class ApiClient;
}

namespace bc::models {
class BusinessCenterTableModel;
class NavigatorModel;
} // namespace bc::models

namespace bc::ui {

class BusinessCentersPanel;
class EnvironmentBanner;

// The console's main window: environment banner on top, navigator on the left, the selected
// panel on the right, environment and progress in the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(api::ApiClient *client, const QString &profileName, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads everything the window shows, in the background.
    void refresh();

    [[nodiscard]] BusinessCentersPanel *businessCentersPanel() const { return m_panel; }
    [[nodiscard]] EnvironmentBanner *environmentBanner() const { return m_banner; }
    [[nodiscard]] QTreeView *navigator() const { return m_navigator; }
    [[nodiscard]] models::BusinessCenterTableModel *businessCenterModel() const { return m_model; }
    [[nodiscard]] QLabel *environmentBadge() const { return m_badge; }

Q_SIGNALS:
    void loadFinished(bool ok);

private:
    void createActions();
    void onNavigatorCurrentChanged(const QModelIndex &current);
    void showAbout();

    api::ApiClient *m_client;
    QString m_profileName;
    models::BusinessCenterTableModel *m_model;
    models::NavigatorModel *m_navigatorModel;
    EnvironmentBanner *m_banner;
    QTreeView *m_navigator;
    BusinessCentersPanel *m_panel;
    QLabel *m_badge;
};

} // namespace bc::ui
