#pragma once

#include "contentplan.h"
#include "externalbusinesscenter.h"
#include "generatedbusinesscenter.h"
#include "idallocator.h"
#include "namepools.h"
#include "seededrandom.h"
#include "user.h"

#include <QList>
#include <QSet>

namespace bc::emulator {

// Fills one Business Center with everything in it (ad accounts, members, assets, partners,
// billing groups, invoices, transactions, ...) from its own random stream, so what one BC draws
// never shifts another and a smaller world is a prefix of a larger one.
class BusinessCenterGenerator final
{
public:
    // World-wide state shared by the BCs' generators.
    struct Shared
    {
        IdAllocator *ids = nullptr;
        QList<User> *users = nullptr; // new members' users are appended
        QList<ExternalBusinessCenter> *externalBusinessCenters = nullptr; // partners appended
        QList<qsizetype> colleagues; // indexes into users: people in many BCs
        qint64 now = 0;              // generated dates are before this
    };

    BusinessCenterGenerator(quint64 seed, const ContentPlan &plan, NamePools::Company home,
                            Shared shared);

    void fill(GeneratedBusinessCenter &bc);

private:
    void setUpMoney(GeneratedBusinessCenter &bc);
    void addPartners(GeneratedBusinessCenter &bc);
    void addMembers(GeneratedBusinessCenter &bc);
    void addAdAccounts(GeneratedBusinessCenter &bc);
    void addAssets(GeneratedBusinessCenter &bc);
    void addMemberRoles(GeneratedBusinessCenter &bc);
    void addSharing(GeneratedBusinessCenter &bc);
    void addAssetGroups(GeneratedBusinessCenter &bc);
    void addBillingGroups(GeneratedBusinessCenter &bc);
    void addQualifications(GeneratedBusinessCenter &bc);
    void addInvoices(GeneratedBusinessCenter &bc);
    void addTransactions(GeneratedBusinessCenter &bc);
    void addAccountTransactions(GeneratedBusinessCenter &bc);
    void addInvoiceTasks(GeneratedBusinessCenter &bc);
    void addChildBusinessCenters(GeneratedBusinessCenter &bc);
    void addImages(GeneratedBusinessCenter &bc);

    AdAccount makeAdAccount(const GeneratedBusinessCenter &bc, int index);
    void addBudgetHistory(AdAccount &account);
    [[nodiscard]] QString newId() { return m_shared.ids->next(m_random); }
    [[nodiscard]] qint64 pastTime(qint64 notBefore);
    [[nodiscard]] NamePools::Person person(int index);
    [[nodiscard]] QString uniqueEmail(const QString &localPart);
    [[nodiscard]] Cents dollars(qint64 low, qint64 high, const QString &currency);

    SeededRandom m_random;
    ContentPlan m_plan;
    NamePools::Company m_home;
    Shared m_shared;
    QList<QList<NamePools::Person>> m_people;
    QList<QList<NamePools::Company>> m_companies;
    QStringList m_purposes;
    QStringList m_emailDomains;
    QSet<QString> m_emails;
    QList<qsizetype> m_ownedAccounts; // indexes of OWNER_BC ad accounts
    QList<qsizetype> m_boundMembers;  // indexes of BOUND members
    QList<ExternalBusinessCenter> m_partners;
    int m_taxRate = 0; // VAT in basis points where the BC is registered
    QString m_taxType;
    int m_secondTaxRate = 0;
    QString m_secondTaxType;
};

} // namespace bc::emulator
