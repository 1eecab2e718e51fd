// The member endpoints (reference §3.16) against the in-process emulator: each request's encoding,
// each answer's decoding, one success and one documented error per endpoint, and the state
// changes the writes make.
#include "core/api/endpoints/memberendpoints.h"
#include "emulator/emulatorserver.h"
#include "tests/support/awaitedresult.h"
#include "tests/support/emulatorfixture.h"
#include "tests/support/requestinspection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using bc::api::ApiClient;
using bc::api::ApiError;
using bc::api::ApiRequest;
using bc::api::MemberEndpoints;
using bc::api::WriteReceipt;
using bc::domain::Member;
using bc::emulator::EmulatorConfig;
using bc::emulator::EmulatorServer;
using bc::testing::AwaitedResult;
using bc::testing::emulatorClient;
using bc::testing::queryValue;
using bc::testing::unlimitedEmulatorConfig;

namespace {

const QString kToken = u"fake-member-token"_s;

} // namespace

class TestMemberEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void requestsAreEncodedAsDocumented();
    void listDecodesEveryMember();
    void listFiltersByRelationStatus();
    void listOfUnknownBcIsAnError();
    void inviteCreatesPendingMembers();
    void inviteOfTooManyEmailsIsRejected();
    void updateChangesTheRole();
    void updateOfUnknownUserIsAnError();
    void deleteRemovesAPendingInvitation();
    void deleteWithoutUserIsRejected();
    void assignNeedsAChildBc();

private:
    [[nodiscard]] QList<Member> listMembers(const bc::api::MemberQuery &query);

    std::unique_ptr<EmulatorServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<MemberEndpoints> m_members;
    QString m_bcId; // a BC where the token's user is ADMIN
    QObject m_context;
};

void TestMemberEndpoints::initTestCase()
{
    EmulatorConfig config = unlimitedEmulatorConfig(kToken, 21);
    m_server = std::make_unique<EmulatorServer>(config);
    QVERIFY(m_server->listenOnLoopback() != 0);
    m_client = emulatorClient(*m_server, kToken);
    m_members = std::make_unique<MemberEndpoints>(*m_client);
    for (const auto &center : m_server->world().businessCenters()) {
        if (center.userRole == u"ADMIN"_s && center.members.size() > MemberEndpoints::maxPageSize) {
            m_bcId = center.bcId;
            break;
        }
    }
    QVERIFY2(!m_bcId.isEmpty(),
             "the demo world has an admin BC with more than one page of members");
}

QList<Member> TestMemberEndpoints::listMembers(const bc::api::MemberQuery &query)
{
    AwaitedResult<QList<Member>> members;
    m_members->list(query, &m_context, members.handler());
    if (!members.wait() || !members.ok())
        return {};
    return members.value();
}

void TestMemberEndpoints::requestsAreEncodedAsDocumented()
{
    const ApiRequest list = MemberEndpoints::listRequest(
            {u"7000000000000000001"_s, {}, u"ana"_s, u"PENDING"_s, {}});
    QCOMPARE(list.method, QByteArray("GET"));
    QCOMPARE(list.path, u"bc/member/get/"_s);
    QCOMPARE(queryValue(list, u"bc_id"_s), u"7000000000000000001"_s);
    const QJsonObject filtering =
            QJsonDocument::fromJson(queryValue(list, u"filtering"_s).toUtf8()).object();
    QCOMPARE(filtering,
             (QJsonObject{{u"keyword"_s, u"ana"_s}, {u"relation_status"_s, u"PENDING"_s}}));
    QVERIFY(queryValue(list, u"child_bc_id"_s).isEmpty());

    bc::api::MemberInvitation invitation;
    invitation.bcId = u"7000000000000000001"_s;
    invitation.emails = {u"a@example.com"_s};
    invitation.financeRole = u"ANALYST"_s;
    const ApiRequest invite = MemberEndpoints::inviteRequest(invitation);
    QCOMPARE(invite.method, QByteArray("POST"));
    QCOMPARE(invite.body.value("emails"_L1).toArray(), QJsonArray{u"a@example.com"_s});
    QCOMPARE(invite.body.value("ext_user_role"_L1).toObject().value("finance_role"_L1).toString(),
             u"ANALYST"_s);
    QVERIFY(!invite.body.contains("user_role"_L1)); // left out: TikTok's default applies
    QVERIFY(!invite.isIdempotent());

    const ApiRequest assign = MemberEndpoints::assignRequest(
            {u"7000000000000000001"_s,
             u"7000000000000000002"_s,
             {{u"7000000000000000003"_s, u"7000000000000000004"_s, u"STANDARD"_s, {}}}});
    const QJsonObject user = assign.body.value("users"_L1).toArray().first().toObject();
    QCOMPARE(user.value("source_child_bc_id"_L1).toString(), u"7000000000000000004"_s);
    QCOMPARE(assign.body.value("target_child_bc_id"_L1).toString(), u"7000000000000000002"_s);
}

void TestMemberEndpoints::listDecodesEveryMember()
{
    const auto &center = *m_server->world().findBusinessCenter(m_bcId);
    const QList<Member> members = listMembers({m_bcId, {}, {}, {}, {}});
    QCOMPARE(members.size(), center.members.size());
    for (const Member &member : members) {
        // Only invitations (pending or turned down) have no user behind them yet.
        QVERIFY(member.relationStatus == u"PENDING"_s || member.relationStatus == u"REJECTED"_s
                || !member.userId.isEmpty());
        QVERIFY(member.userId.isEmpty() || member.userId.size() >= 15);
        QVERIFY(!member.userRole.isEmpty());
        QVERIFY(!member.raw.isEmpty());
    }
    // Digit-exact ids, whichever way they came.
    const auto same = std::find_if(members.cbegin(), members.cend(), [&](const Member &m) {
        return m.userId == center.members.constLast().userId;
    });
    QVERIFY(same != members.cend());
}

void TestMemberEndpoints::listFiltersByRelationStatus()
{
    const QList<Member> bound = listMembers({m_bcId, {}, {}, u"BOUND"_s, {}});
    QVERIFY(!bound.isEmpty());
    for (const Member &member : bound)
        QCOMPARE(member.relationStatus, u"BOUND"_s);
}

void TestMemberEndpoints::listOfUnknownBcIsAnError()
{
    AwaitedResult<QList<Member>> members;
    m_members->list({u"7999999999999999999"_s, {}, {}, {}, {}}, &m_context, members.handler());
    QVERIFY(members.wait());
    QVERIFY(!members.ok());
    QVERIFY(members.error().code == 40001 || members.error().code == 40007);
    QVERIFY(!members.error().requestId.isEmpty());
}

void TestMemberEndpoints::inviteCreatesPendingMembers()
{
    bc::api::MemberInvitation invitation;
    invitation.bcId = m_bcId;
    invitation.emails = {u"new.one@example.com"_s, u"new.two@example.com"_s};
    AwaitedResult<WriteReceipt> receipt;
    m_members->invite(invitation, &m_context, receipt.handler());
    QVERIFY(receipt.wait());
    QVERIFY2(receipt.ok(), receipt.describe().constData());
    QVERIFY(!receipt.value().requestId.isEmpty());

    const QList<Member> pending = listMembers({m_bcId, {}, {}, u"PENDING"_s, {}});
    QStringList emails;
    for (const Member &member : pending)
        emails << member.userEmail;
    QVERIFY(emails.contains(u"new.one@example.com"_s));
    QVERIFY(emails.contains(u"new.two@example.com"_s));
}

void TestMemberEndpoints::inviteOfTooManyEmailsIsRejected()
{
    bc::api::MemberInvitation invitation;
    invitation.bcId = m_bcId;
    for (int i = 0; i < 51; ++i)
        invitation.emails << u"many%1@example.com"_s.arg(i);
    AwaitedResult<WriteReceipt> receipt;
    m_members->invite(invitation, &m_context, receipt.handler());
    QVERIFY(receipt.wait());
    QVERIFY(!receipt.ok());
    QCOMPARE(receipt.error().code, 40002);
    QCOMPARE(receipt.error().kind, ApiError::Kind::Validation);
}

void TestMemberEndpoints::updateChangesTheRole()
{
    const QList<Member> before = listMembers({m_bcId, {}, {}, u"BOUND"_s, u"STANDARD"_s});
    QVERIFY(!before.isEmpty());
    const Member target = before.first();
    bc::api::MemberUpdate update;
    update.bcId = m_bcId;
    update.userId = target.userId;
    update.userRole = u"ADMIN"_s;
    AwaitedResult<WriteReceipt> receipt;
    m_members->update(update, &m_context, receipt.handler());
    QVERIFY(receipt.wait());
    QVERIFY2(receipt.ok(), receipt.describe().constData());

    const QList<Member> after = listMembers({m_bcId, {}, {}, u"BOUND"_s, u"ADMIN"_s});
    QVERIFY(std::any_of(after.cbegin(), after.cend(),
                        [&](const Member &m) { return m.userId == target.userId; }));
}

void TestMemberEndpoints::updateOfUnknownUserIsAnError()
{
    bc::api::MemberUpdate update;
    update.bcId = m_bcId;
    update.userId = u"7999999999999999998"_s;
    update.userRole = u"ADMIN"_s;
    AwaitedResult<WriteReceipt> receipt;
    m_members->update(update, &m_context, receipt.handler());
    QVERIFY(receipt.wait());
    QVERIFY(!receipt.ok());
    QVERIFY(receipt.error().code != 0);
}

void TestMemberEndpoints::deleteRemovesAPendingInvitation()
{
    bc::api::MemberInvitation invitation;
    invitation.bcId = m_bcId;
    invitation.emails = {u"short.lived@example.com"_s};
    AwaitedResult<WriteReceipt> invited;
    m_members->invite(invitation, &m_context, invited.handler());
    QVERIFY(invited.wait());
    QVERIFY(invited.ok());

    AwaitedResult<WriteReceipt> removed;
    m_members->remove({m_bcId, {}, {}, u"short.lived@example.com"_s}, &m_context,
                      removed.handler());
    QVERIFY(removed.wait());
    QVERIFY2(removed.ok(), removed.describe().constData());
    const QList<Member> pending = listMembers({m_bcId, {}, {}, u"PENDING"_s, {}});
    QVERIFY(std::none_of(pending.cbegin(), pending.cend(), [](const Member &m) {
        return m.userEmail == u"short.lived@example.com"_s;
    }));
}

void TestMemberEndpoints::deleteWithoutUserIsRejected()
{
    AwaitedResult<WriteReceipt> removed;
    m_members->remove({m_bcId, {}, {}, {}}, &m_context, removed.handler());
    QVERIFY(removed.wait());
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().code, 40002);
}

void TestMemberEndpoints::assignNeedsAChildBc()
{
    const QList<Member> bound = listMembers({m_bcId, {}, {}, u"BOUND"_s, {}});
    QVERIFY(!bound.isEmpty());
    AwaitedResult<WriteReceipt> assigned;
    m_members->assign({m_bcId, u"7999999999999999997"_s, {{bound.first().userId, m_bcId, {}, {}}}},
                      &m_context, assigned.handler());
    QVERIFY(assigned.wait());
    QVERIFY(!assigned.ok()); // not a child of this BC
    QVERIFY(assigned.error().code != 0);
}

QTEST_GUILESS_MAIN(TestMemberEndpoints)
#include "tst_memberendpoints.moc"
