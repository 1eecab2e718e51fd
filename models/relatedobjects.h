#pragma once

#include "core/store/mirrorlist.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace bc::store {
class MirrorStore;
}

namespace bc::models {

// A view related to one row: a list (and scope) to open, and there either a row to select or a
// filter text to apply. `available` is false when the mirror does not hold it (the title says
// why); such links are shown but cannot be followed.
struct RelatedLink
{
    QString title;
    store::MirrorList list = store::MirrorList::AdAccounts;
    QString scope;    // '' for lists without scopes
    QString selectId; // a row to select in the opened list, or
    QString filter;   // a text to filter the opened list by
    bool available = true;
};

// What the mirror knows next to a row: an ad account's billing group, transactions, costs and
// balance; a billing group's ad accounts and invoices; an invoice's billing group and
// transactions; and what it does not hold (a member's assets, an ad account's members) said
// plainly instead of guessed. Each answer is a few indexed, LIMIT-ed queries on the caller's
// connection, small enough for the UI thread.
class RelatedObjects
{
    Q_DECLARE_TR_FUNCTIONS(RelatedObjects)

public:
    explicit RelatedObjects(store::MirrorStore &store);

    // The links for a row of `list` of BC `bcId` (its scope and id, and its raw JSON).
    [[nodiscard]] QList<RelatedLink> forRow(store::MirrorList list, const QString &bcId,
                                            const QString &scope, const QString &id,
                                            const QJsonObject &raw) const;

private:
    [[nodiscard]] std::optional<QVariantList> first(const QString &sql,
                                                    const QVariantList &values) const;
    [[nodiscard]] qint64 count(const QString &sql, const QVariantList &values) const;
    // The list was read completely at least once for this BC (in any scope, or in `scope`).
    [[nodiscard]] bool mirrored(store::MirrorList list, const QString &bcId,
                                const std::optional<QString> &scope = std::nullopt) const;
    [[nodiscard]] bool hasRow(store::MirrorList list, const QString &bcId, const QString &id) const;
    [[nodiscard]] QString nameOf(store::MirrorList list, const QString &bcId,
                                 const QString &id) const;

    void addRow(QList<RelatedLink> &links, const QString &what, store::MirrorList list,
                const QString &bcId, const QString &id) const;
    void addAccountLinks(QList<RelatedLink> &links, const QString &bcId,
                         const QString &accountId) const;

    store::MirrorStore &m_store;
};

} // namespace bc::models
