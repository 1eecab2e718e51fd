#pragma once

#include "member.h"

#include <QList>
#include <QString>

namespace bc::emulator {

// A child BC under a BC (tiered accounts): invited with /bc/child/invite/ (PENDING until it
// accepts; generated ones are mostly BOUND), dropped with /bc/child/unbind/. It keeps its own
// members, so child_bc_id parameters and /bc/member/assign/ have something to act on.
struct ChildBusinessCenter
{
    QString bcId;
    QString name;
    QString company;
    QString relationStatus; // BOUND, PENDING
    qint64 inviteTime = 0;
    QList<Member> members;
};

} // namespace bc::emulator
