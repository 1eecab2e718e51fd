#include "core/api/decoders/termdecoder.h"

#include "core/api/jsonfields.h"

using namespace Qt::StringLiterals;

namespace bc::api {

domain::Term TermDecoder::decode(const QJsonObject &item)
{
    domain::Term term;
    term.terms = json::stringList(item.value("terms"_L1));
    term.confirmed = json::boolean(item.value("confirmed"_L1));
    term.raw = item;
    return term;
}

} // namespace bc::api
