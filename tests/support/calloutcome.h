#pragma once

#include "core/api/apicall.h"

#include <QByteArray>

namespace bc::testing {

// A finished call's outcome as text, for failure messages: QVERIFY2 evaluates its message whether
// or not the check fails, so it must not touch error() of a call that succeeded.
inline QByteArray outcomeOf(const bc::api::ApiCall *call)
{
    if (!call->isFinished())
        return "not finished";
    return call->result().ok() ? QByteArray("ok") : call->result().error().details().toUtf8();
}

} // namespace bc::testing
