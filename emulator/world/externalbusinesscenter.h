#pragma once

#include <QString>

namespace bc::emulator {

// A BC the signed-in user is not a member of: partners, partner candidates and would-be child
// BCs. /bc/partner/add/ and /bc/child/invite/ accept these ids (and the user's own BCs).
struct ExternalBusinessCenter
{
    QString bcId;
    QString name;
    QString company;
};

} // namespace bc::emulator
