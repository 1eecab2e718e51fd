#include "faultkind.h"

using namespace Qt::StringLiterals;

namespace bc::emulator {

QString faultKindName(FaultKind kind)
{
    switch (kind) {
    case FaultKind::SystemError50000:
        return u"system_error_50000"_s;
    case FaultKind::SystemTimeout50002:
        return u"system_timeout_50002"_s;
    case FaultKind::Http502Html:
        return u"http_502_html"_s;
    case FaultKind::Http504Html:
        return u"http_504_html"_s;
    case FaultKind::TruncatedJson:
        return u"truncated_json"_s;
    case FaultKind::CloseMidBody:
        return u"close_mid_body"_s;
    case FaultKind::Hang:
        return u"hang"_s;
    }
    return u"unknown"_s;
}

QList<FaultKind> allFaultKinds()
{
    return {FaultKind::SystemError50000,
            FaultKind::SystemTimeout50002,
            FaultKind::Http502Html,
            FaultKind::Http504Html,
            FaultKind::TruncatedJson,
            FaultKind::CloseMidBody,
            FaultKind::Hang};
}

} // namespace bc::emulator
