#pragma once

#include "core/api/result.h"
#include "core/api/typedcall.h"

#include <QTest>

#include <optional>

namespace bc::testing {

// Catches the Result a typed call hands its handler, and waits for it without sleeping.
//   AwaitedResult<QList<Member>> members;
//   endpoints.list(query, &context, members.handler());
//   QVERIFY(members.wait());
//   QVERIFY(members.ok());
template<typename T>
class AwaitedResult
{
public:
    [[nodiscard]] bc::api::ResultHandler<T> handler()
    {
        m_result.reset();
        return [this](const bc::api::Result<T> &result) { m_result = result; };
    }
    [[nodiscard]] bool wait(int timeoutMs = 20000)
    {
        return QTest::qWaitFor([this] { return m_result.has_value(); }, timeoutMs);
    }
    [[nodiscard]] bool ok() const { return m_result && m_result->ok(); }
    [[nodiscard]] const T &value() const { return m_result->value(); }
    [[nodiscard]] const bc::api::ApiError &error() const { return m_result->error(); }
    // For failure messages (QVERIFY2 evaluates them even when the check passes).
    [[nodiscard]] QByteArray describe() const
    {
        if (!m_result)
            return "no result";
        return m_result->ok() ? QByteArray("ok") : m_result->error().details().toUtf8();
    }

private:
    std::optional<bc::api::Result<T>> m_result;
};

} // namespace bc::testing
