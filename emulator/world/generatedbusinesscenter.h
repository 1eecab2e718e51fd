#pragma once

#include "accounttransaction.h"
#include "adaccount.h"
#include "asset.h"
#include "assetgroup.h"
#include "balance.h"
#include "bctransaction.h"
#include "billinggroup.h"
#include "childbusinesscenter.h"
#include "invoice.h"
#include "invoicetask.h"
#include "member.h"
#include "partner.h"
#include "qualification.h"
#include "transfer.h"
#include "unionpaysubmission.h"
#include "uploadedimage.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace bc::emulator {

// One Business Center the signed-in user is a member of, and everything in it. The first block
// is what /bc/get/ lists; an empty string there means the field is absent (/bc/get/ drops nulls).
// Lists keep their generated order, new rows are appended. Change it only through World, which
// keeps its indexes and the balance identities right.
struct GeneratedBusinessCenter
{
    // bc_info
    QString bcId; // 19 digits, first digit 7
    QString name;
    QString company;
    QString currency;
    QString registeredArea;
    QString status; // ENABLE, REVIEWING, DENY, PUNISH
    QString timezone;
    QString type;               // NORMAL, DIRECT, AGENCY, SELF_SERVICE, SELF_SERVICE_AGENCY
    QString verificationStatus; // NOT_SUBMITTED, REVIEWING, VERIFIED, FAILED, EXPIRED
    QString organizationType;

    // The signed-in user's relation to the BC. Mirrors the user's own Member row in members
    // (World keeps the two in step).
    QString userRole;    // ADMIN, STANDARD
    QString financeRole; // MANAGER, ANALYST, or empty (no finance role)
    QString bindingStatus;

    // Rough edges of the real API, fixed per BC so answers stay deterministic:
    bool bcIdAsJsonNumber = false; // bc_id sent as a JSON number instead of a string
    QStringList tags;              // sent as "bc_tags", a field no client knows about

    // Money and billing setup (/bc/balance/get/, /bc/advertiser/attribute/, /asset/bind/quota/).
    int utcOffsetMinutes = 0;
    Balance balance;
    QString paymentPortfolioType;     // SHARED, NON_SHARED
    bool monthlyInvoicing = false;    // has a credit line: BC-level transfers, CREDIT billing
    QStringList advertiserCurrencies; // what new ad accounts may use
    QStringList advertiserRegionCodes;
    QMap<QString, qint64> assetQuotas; // total bind quota per asset type

    // What it holds.
    QList<AdAccount> adAccounts;
    QList<Asset> assets;   // every asset type but ADVERTISER
    QList<Member> members; // the signed-in user included; pending invitations too
    QList<Partner> partners;
    QList<AssetGroup> assetGroups;
    QList<BillingGroup> billingGroups; // the primary one first
    QList<Invoice> invoices;           // oldest first
    QList<InvoiceTask> invoiceTasks;
    QList<BcTransaction> transactions;             // oldest first
    QList<AccountTransaction> accountTransactions; // oldest first
    QList<Qualification> qualifications;
    QList<ChildBusinessCenter> childBusinessCenters;
    QList<UploadedImage> images;
    QList<UnionPaySubmission> unionPaySubmissions;
    // BC-level /bc/transfer/ answers by request_id, so a repeated key moves no money again.
    QHash<QString, TransferResult> transfersByRequestId;
};

} // namespace bc::emulator
