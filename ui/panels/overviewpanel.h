#pragma once

#include "core/store/mirrorlist.h"
#include "models/overviewdata.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QWidget>

#include <memory>

class QFrame;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace bc::store {
class MirrorStore;
class StoreError;
} // namespace bc::store

namespace bc::models {
class OverviewReader;
}

namespace bc::ui {

class ChartView;

// One Business Center at a glance, from the mirror: balances, what is unpaid, how much of each
// list is mirrored (each count opens its list), the cost per ad account and the BC's
// transactions over time. The figures are computed on a worker thread (OverviewReader).
class OverviewPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPanel(QWidget *parent = nullptr);
    ~OverviewPanel() override;

    // Shows `bcId` from `store` (which must outlive the panel or the next call): the previous
    // BC's figures go at once, the new ones follow as loaded().
    void showBusinessCenter(store::MirrorStore *store, const QString &bcId, const QString &bcName);
    // Nothing of the previous BC stays; a load still running is dropped.
    void clear();
    // Reads the figures again (after a refresh of the mirror), keeping the shown ones meanwhile.
    void reload();

    [[nodiscard]] const models::OverviewData &data() const { return m_data; }
    [[nodiscard]] QString businessCenterId() const { return m_bcId; }
    [[nodiscard]] bool isLoading() const { return m_loading; }

    // "Amount currency" with two decimals in the default locale, exactly from minor units.
    [[nodiscard]] static QString moneyText(qint64 minorUnits, const QString &currency);

Q_SIGNALS:
    // The figures of the shown BC arrived (also after a failed read: then with an error shown).
    void loaded();
    // The user asked to open a list of the shown BC (clicked its count).
    void listRequested(bc::store::MirrorList list);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Card
    {
        QFrame *frame = nullptr;
        QLabel *caption = nullptr;
        QLabel *value = nullptr;
        QLabel *detail = nullptr;
        bool attention = false;
    };

    Card makeCard(const QString &objectName, const QString &caption);
    void setCard(Card &card, const QString &value, const QString &detail);
    void onRead(quint64 ticket, const models::OverviewData &data, const store::StoreError &error);
    void showData();
    void updateTitle();
    void updateBalances();
    void updateUnpaid();
    void updateCounts();
    void updateCostChart();
    void updateTransactionChart();
    void applyCardColors();
    [[nodiscard]] QString countText(store::MirrorList list, qint64 count) const;

    std::unique_ptr<models::OverviewReader> m_reader;
    QString m_bcId;
    QString m_bcName;
    quint64 m_ticket = 0;
    bool m_loading = false;
    models::OverviewData m_data;

    QLabel *m_title;
    QLabel *m_error;
    QLabel *m_balanceEmpty;
    QWidget *m_balanceCards;
    Card m_accountCard;
    Card m_cashCard;
    Card m_grantCard;
    Card m_frozenCard;
    Card m_unpaidCard;
    QMap<store::MirrorList, QPushButton *> m_countButtons;
    QStackedWidget *m_costStack;
    ChartView *m_costChart;
    QLabel *m_costEmpty;
    QLabel *m_costNote;
    QStackedWidget *m_transactionStack;
    ChartView *m_transactionChart;
    QLabel *m_transactionEmpty;
    QLabel *m_transactionNote;
};

} // namespace bc::ui
