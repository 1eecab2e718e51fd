#include "core/api/retrypolicy.h"

#include <QTest>

#include <chrono>
#include <limits>

using namespace Qt::StringLiterals;
using bc::api::ApiError;
using bc::api::RetryPolicy;
using Class = RetryPolicy::ErrorClass;
using std::chrono::milliseconds;

// The retry rules of reference §1.6 (the code table's "Retry?" column) and of the design's "API
// rules": back off on throttle codes, retry transient failures of reads with capped exponential
// backoff and jitter, send auth failures to sign-in, never retry a write without idempotency key.
class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifyCode_data();
    void classifyCode();
    void attemptsInAll_data();
    void attemptsInAll();
    void transportFailures_data();
    void transportFailures();
    void writesNeverRetry_data();
    void writesNeverRetry();
    void attemptsFollowSettings();
    void backoffBounds_data();
    void backoffBounds();
    void delayGrowsWithAttemptsAndJitter();
    void outOfRangeJitterStaysInBounds();
    void noOverflowAfterManyAttempts_data();
    void noOverflowAfterManyAttempts();
    void codeTableRowsAreDisjoint();
};

namespace {

// An error as the envelope parser makes one: the kind from the code, HTTP 200.
ApiError tiktokError(int code)
{
    return ApiError::fromCode(code, u"message"_s, u"fake-request-id"_s, 200);
}

ApiError transportError(ApiError::Kind kind, int httpStatus = 0)
{
    return ApiError{kind, 0, u"transport"_s, {}, httpStatus};
}

// Runs decide() the way a call does, from the first attempt on, until it says stop, and
// returns how many attempts were made in all.
int attemptsUntilStop(const RetryPolicy &policy, const ApiError &error, bool idempotent,
                      double jitter = 0.5)
{
    int attempts = 1;
    while (attempts < 1000) {
        const RetryPolicy::Decision decision = policy.decide(error, idempotent, attempts, jitter);
        if (!decision.retry)
            break;
        ++attempts;
    }
    return attempts;
}

// The documented defaults (RetryPolicy::Settings): 5 tries in all for transient failures, 8 when
// throttled, 500 ms doubling up to 30 s, and 1 s doubling up to 60 s when throttled.
constexpr int transientTries = 5;
constexpr int throttleTries = 8;

} // namespace

void TestRetryPolicy::classifyCode_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<Class>("expected");

    // Reference §1.6 and design "API rules": 40100 (also 40132, 40133, 40016, 61000) back off.
    for (int code : {40100, 40132, 40133, 40016, 61000})
        QTest::addRow("throttle %d", code) << code << Class::Throttle;
    // 50000, 50002, 51000–51099, 52000–52003, 52100–52103, 52201–52204: "yes"; 40202 "retry later".
    for (int code : {50000, 50002, 51000, 51037, 51039, 51060, 51099, 52000, 52003, 52100, 52103,
                     52201, 52204, 40202})
        QTest::addRow("transient %d", code) << code << Class::Transient;
    // "re-auth" (and 40104 "fix request": an empty token is fixed by signing in).
    for (int code : {40102, 40103, 40104, 40105, 40107, 40110, 40130, 40131})
        QTest::addRow("auth %d", code) << code << Class::AuthNeeded;
    // "no", and the neighbours of every retried code or range.
    for (int code :
         {20001, 40000, 40001, 40002, 40003, 40006, 40007, 40008, 40009, 40010, 40011, 40012, 40013,
          40014, 40015, 40017, 40050, 40051, 40099, 40101, 40106, 40108, 40109, 40111, 40112, 40118,
          40125, 40129, 40134, 40300, 40301, 40302, 40309, 40400, 40502, 40700, 40900, 40916, 41000,
          41001, 41002, 49999, 50001, 50003, 51100, 60999, 61001, 70001, 1,     -1})
        QTest::addRow("final %d", code) << code << Class::Final;
    // "poll later" / "later" / "maybe": not for the retry loop of a single call. A task that is
    // not ready (40201) is polled by its caller; maintenance (60001) outlasts any backoff here;
    // (de)serialization errors (53102/53103) and 41013 are not known to pass on a second try.
    for (int code : {40200, 40201, 60001, 41013, 53102, 53103})
        QTest::addRow("not retried %d", code) << code << Class::Final;
}

void TestRetryPolicy::classifyCode()
{
    QFETCH(int, code);
    QFETCH(Class, expected);

    QCOMPARE(RetryPolicy::classify(tiktokError(code)), expected);
    // Decide on the code first (design "API rules"): the kind someone attached does not matter
    // when TikTok sent a code.
    for (ApiError::Kind kind : {ApiError::Kind::Other, ApiError::Kind::Network,
                                ApiError::Kind::Server, ApiError::Kind::Validation}) {
        const ApiError error{kind, code, u"m"_s, {}, 200};
        QCOMPARE(RetryPolicy::classify(error), expected);
    }
    // decide() reports the same class, retry or not.
    const RetryPolicy policy;
    QCOMPARE(policy.decide(tiktokError(code), true, 1, 0.0).errorClass, expected);
    QCOMPARE(policy.decide(tiktokError(code), false, 1, 0.0).errorClass, expected);
}

void TestRetryPolicy::attemptsInAll_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("attempts");

    for (int code : {40100, 40132, 40133, 40016, 61000})
        QTest::addRow("throttle %d", code) << code << throttleTries;
    for (int code : {50000, 50002, 51000, 51060, 51099, 52000, 52103, 52204, 40202})
        QTest::addRow("transient %d", code) << code << transientTries;
    for (int code : {40102, 40103, 40104, 40105, 40107, 40110, 40130, 40131})
        QTest::addRow("auth %d", code) << code << 1;
    for (int code : {20001, 40001, 40002, 40007, 40118, 40201, 40400, 60001})
        QTest::addRow("final %d", code) << code << 1;
}

void TestRetryPolicy::attemptsInAll()
{
    QFETCH(int, code);
    QFETCH(int, attempts);

    const RetryPolicy policy;
    QCOMPARE(attemptsUntilStop(policy, tiktokError(code), true), attempts);
    QCOMPARE(attemptsUntilStop(policy, tiktokError(code), true, 0.0), attempts);
    QCOMPARE(attemptsUntilStop(policy, tiktokError(code), true, 0.999), attempts);
    // Every retry on the way waits a positive time.
    for (int made = 1; made < attempts; ++made) {
        const RetryPolicy::Decision decision = policy.decide(tiktokError(code), true, made, 0.0);
        QVERIFY(decision.retry);
        QVERIFY(decision.delay > milliseconds(0));
    }
    // And once the tries are used up, it stays stopped.
    QVERIFY(!policy.decide(tiktokError(code), true, attempts, 0.5).retry);
    QVERIFY(!policy.decide(tiktokError(code), true, attempts + 1, 0.5).retry);
}

void TestRetryPolicy::transportFailures_data()
{
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<Class>("expected");
    QTest::addColumn<int>("attempts");

    using K = ApiError::Kind;
    // No envelope at all: the network or the gateway failed this once (reference §1.4: A retries
    // HTTP 504; design: "HTTP 5xx/timeouts are transient for reads").
    QTest::newRow("network") << K::Network << 0 << Class::Transient << transientTries;
    QTest::newRow("timeout") << K::Timeout << 0 << Class::Transient << transientTries;
    QTest::newRow("parse, truncated body") << K::Parse << 200 << Class::Transient << transientTries;
    QTest::newRow("HTTP 500") << K::Server << 500 << Class::Transient << transientTries;
    QTest::newRow("HTTP 502") << K::Server << 502 << Class::Transient << transientTries;
    QTest::newRow("HTTP 503") << K::Server << 503 << Class::Transient << transientTries;
    QTest::newRow("HTTP 504") << K::Server << 504 << Class::Transient << transientTries;
    // A throttle or an auth failure recognised without a code (e.g. HTTP 429 / 401).
    QTest::newRow("throttled") << K::Throttled << 429 << Class::Throttle << throttleTries;
    QTest::newRow("auth") << K::Auth << 401 << Class::AuthNeeded << 1;
    // Our own decisions or the request itself: trying again changes nothing.
    QTest::newRow("cancelled") << K::Cancelled << 0 << Class::Final << 1;
    QTest::newRow("validation") << K::Validation << 0 << Class::Final << 1;
    QTest::newRow("local file") << K::LocalFile << 200 << Class::Final << 1;
    QTest::newRow("permission") << K::Permission << 403 << Class::Final << 1;
    QTest::newRow("not found") << K::NotFound << 404 << Class::Final << 1;
    QTest::newRow("other") << K::Other << 0 << Class::Final << 1;
}

void TestRetryPolicy::transportFailures()
{
    QFETCH(ApiError::Kind, kind);
    QFETCH(int, httpStatus);
    QFETCH(Class, expected);
    QFETCH(int, attempts);

    const ApiError error = transportError(kind, httpStatus);
    QCOMPARE(RetryPolicy::classify(error), expected);
    const RetryPolicy policy;
    QCOMPARE(attemptsUntilStop(policy, error, true), attempts);
    QCOMPARE(attemptsUntilStop(policy, error, false), 1);
}

void TestRetryPolicy::writesNeverRetry_data()
{
    QTest::addColumn<ApiError>("error");

    for (int code : {40100, 40016, 61000, 50000, 50002, 51060, 52204, 40202, 40105, 40002})
        QTest::addRow("code %d", code) << tiktokError(code);
    QTest::newRow("network") << transportError(ApiError::Kind::Network);
    QTest::newRow("timeout") << transportError(ApiError::Kind::Timeout);
    QTest::newRow("HTTP 502") << transportError(ApiError::Kind::Server, 502);
    QTest::newRow("parse") << transportError(ApiError::Kind::Parse, 200);
    QTest::newRow("throttled") << transportError(ApiError::Kind::Throttled, 429);
}

void TestRetryPolicy::writesNeverRetry()
{
    QFETCH(ApiError, error);

    // A write without idempotency key may have taken effect (a money move): never again, not
    // even with generous settings, whatever the jitter.
    RetryPolicy::Settings generous;
    generous.maxAttempts = 100;
    generous.maxThrottleAttempts = 100;
    for (const RetryPolicy &policy : {RetryPolicy(), RetryPolicy(generous)}) {
        for (int made = 1; made <= 3; ++made) {
            for (double jitter : {0.0, 0.5, 0.999}) {
                const RetryPolicy::Decision decision = policy.decide(error, false, made, jitter);
                QVERIFY(!decision.retry);
                QCOMPARE(decision.errorClass, RetryPolicy::classify(error));
            }
        }
    }
}

void TestRetryPolicy::attemptsFollowSettings()
{
    RetryPolicy::Settings settings;
    settings.maxAttempts = 3;
    settings.maxThrottleAttempts = 2;
    const RetryPolicy policy(settings);
    QCOMPARE(policy.settings().maxAttempts, 3);
    QCOMPARE(attemptsUntilStop(policy, tiktokError(50000), true), 3);
    QCOMPARE(attemptsUntilStop(policy, transportError(ApiError::Kind::Timeout), true), 3);
    QCOMPARE(attemptsUntilStop(policy, tiktokError(40100), true), 2);

    // One try in all means no retry; zero or less is no retry either.
    for (int tries : {1, 0, -3}) {
        RetryPolicy::Settings once;
        once.maxAttempts = tries;
        once.maxThrottleAttempts = tries;
        const RetryPolicy strict(once);
        QCOMPARE(attemptsUntilStop(strict, tiktokError(50002), true), 1);
        QCOMPARE(attemptsUntilStop(strict, tiktokError(40100), true), 1);
    }
}

void TestRetryPolicy::backoffBounds_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("attemptsMade");
    QTest::addColumn<qint64>("backoff"); // the full backoff before jitter, in ms

    // Transient: 500 ms, doubling each attempt (the cap of 30 s is not reached in 5 tries).
    QTest::newRow("transient after 1") << 50000 << 1 << qint64(500);
    QTest::newRow("transient after 2") << 50000 << 2 << qint64(1000);
    QTest::newRow("transient after 3") << 51060 << 3 << qint64(2000);
    QTest::newRow("transient after 4") << 52003 << 4 << qint64(4000);
    // Throttled: 1 s doubling, capped at 60 s (64 s would be next).
    QTest::newRow("throttle after 1") << 40100 << 1 << qint64(1000);
    QTest::newRow("throttle after 2") << 40100 << 2 << qint64(2000);
    QTest::newRow("throttle after 3") << 40132 << 3 << qint64(4000);
    QTest::newRow("throttle after 4") << 40016 << 4 << qint64(8000);
    QTest::newRow("throttle after 5") << 61000 << 5 << qint64(16000);
    QTest::newRow("throttle after 6") << 40100 << 6 << qint64(32000);
    QTest::newRow("throttle after 7, capped") << 40100 << 7 << qint64(60000);
}

void TestRetryPolicy::backoffBounds()
{
    QFETCH(int, code);
    QFETCH(int, attemptsMade);
    QFETCH(qint64, backoff);

    const RetryPolicy policy;
    const ApiError error = tiktokError(code);

    // Jitter 0: half the backoff (rounding allowed).
    const RetryPolicy::Decision least = policy.decide(error, true, attemptsMade, 0.0);
    QVERIFY(least.retry);
    QVERIFY2(qAbs(least.delay.count() - backoff / 2) <= 1,
             qPrintable(u"delay %1 ms, backoff %2 ms"_s.arg(least.delay.count()).arg(backoff)));

    // Jitter just under 1: all of the backoff, not more.
    const RetryPolicy::Decision most = policy.decide(error, true, attemptsMade, 0.999999);
    QVERIFY(most.retry);
    QVERIFY2(most.delay.count() <= backoff && most.delay.count() >= backoff - 1,
             qPrintable(u"delay %1 ms, backoff %2 ms"_s.arg(most.delay.count()).arg(backoff)));

    // Anything in between stays within [backoff/2, backoff].
    for (int i = 0; i < 100; ++i) {
        const double jitter = i / 100.0;
        const qint64 delay = policy.decide(error, true, attemptsMade, jitter).delay.count();
        QVERIFY2(delay >= backoff / 2 && delay <= backoff,
                 qPrintable(u"jitter %1: delay %2 ms outside [%3, %4]"_s.arg(jitter)
                                    .arg(delay)
                                    .arg(backoff / 2)
                                    .arg(backoff)));
    }
}

void TestRetryPolicy::delayGrowsWithAttemptsAndJitter()
{
    RetryPolicy::Settings settings;
    settings.maxAttempts = 40;
    settings.maxThrottleAttempts = 40;
    const RetryPolicy policy(settings);
    for (int code : {50002, 40100}) {
        const ApiError error = tiktokError(code);
        const milliseconds cap = code == 40100 ? settings.throttleMaxDelay : settings.maxDelay;
        // For a fixed jitter, later attempts never wait less, and the cap is reached and kept.
        for (double jitter : {0.0, 0.37, 0.999}) {
            milliseconds previous{0};
            for (int made = 1; made < 40; ++made) {
                const milliseconds delay = policy.decide(error, true, made, jitter).delay;
                QVERIFY(delay >= previous);
                QVERIFY(delay <= cap);
                previous = delay;
            }
            QVERIFY(previous >= cap / 2);
        }
        // For a fixed attempt, more jitter never waits less.
        for (int made = 1; made < 10; ++made) {
            milliseconds previous{0};
            for (int i = 0; i < 100; ++i) {
                const milliseconds delay = policy.decide(error, true, made, i / 100.0).delay;
                QVERIFY(delay >= previous);
                previous = delay;
            }
        }
    }
}

void TestRetryPolicy::outOfRangeJitterStaysInBounds()
{
    const RetryPolicy policy;
    const ApiError error = tiktokError(50000); // first backoff 500 ms
    for (double jitter : {-1.0, -1e9, 1.0, 1.5, 1e9}) {
        const qint64 delay = policy.decide(error, true, 1, jitter).delay.count();
        QVERIFY2(delay >= 250 && delay <= 500,
                 qPrintable(u"jitter %1: delay %2 ms"_s.arg(jitter).arg(delay)));
    }
}

void TestRetryPolicy::noOverflowAfterManyAttempts_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("attemptsMade");
    QTest::addColumn<qint64>("baseMs");
    QTest::addColumn<qint64>("capMs");

    for (int made : {30, 31, 32, 33, 60, 63, 64, 65, 1000, std::numeric_limits<int>::max() - 1}) {
        QTest::addRow("transient, attempt %d", made)
                << 50000 << made << qint64(500) << qint64(30000);
        QTest::addRow("throttle, attempt %d", made)
                << 40100 << made << qint64(1000) << qint64(60000);
        // A long base and cap: shifting these far would overflow 64 bits.
        QTest::addRow("hour base, day cap, attempt %d", made)
                << 50000 << made << qint64(3600000) << qint64(86400000);
    }
}

void TestRetryPolicy::noOverflowAfterManyAttempts()
{
    QFETCH(int, code);
    QFETCH(int, attemptsMade);
    QFETCH(qint64, baseMs);
    QFETCH(qint64, capMs);

    RetryPolicy::Settings settings;
    settings.maxAttempts = std::numeric_limits<int>::max();
    settings.maxThrottleAttempts = std::numeric_limits<int>::max();
    settings.baseDelay = settings.throttleBaseDelay = milliseconds(baseMs);
    settings.maxDelay = settings.throttleMaxDelay = milliseconds(capMs);
    const RetryPolicy policy(settings);

    for (double jitter : {0.0, 0.5, 0.999999}) {
        const RetryPolicy::Decision decision =
                policy.decide(tiktokError(code), true, attemptsMade, jitter);
        QVERIFY(decision.retry);
        // By then the backoff is long capped: between half the cap and the cap.
        QVERIFY2(decision.delay.count() >= capMs / 2 && decision.delay.count() <= capMs,
                 qPrintable(u"delay %1 ms, cap %2 ms"_s.arg(decision.delay.count()).arg(capMs)));
    }
}

void TestRetryPolicy::codeTableRowsAreDisjoint()
{
    // Every code belongs to one class: no row is reversed and no two rows overlap.
    const QList<RetryPolicy::CodeRange> &table = RetryPolicy::codeTable();
    QVERIFY(!table.isEmpty());
    for (qsizetype i = 0; i < table.size(); ++i) {
        QVERIFY(table.at(i).from <= table.at(i).to);
        QVERIFY(table.at(i).errorClass != Class::Final); // Final is what no row says
        for (qsizetype j = i + 1; j < table.size(); ++j) {
            const bool overlap =
                    table.at(i).from <= table.at(j).to && table.at(j).from <= table.at(i).to;
            QVERIFY2(!overlap, qPrintable(u"rows %1 and %2 overlap"_s.arg(i).arg(j)));
        }
    }
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
