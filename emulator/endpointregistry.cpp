#include "endpointregistry.h"

#include <algorithm>

namespace bc::emulator {

void EndpointRegistry::add(const QString &path, Endpoint endpoint)
{
    m_endpoints.insert(path, std::move(endpoint));
}

const Endpoint *EndpointRegistry::find(const QString &path) const
{
    const auto it = m_endpoints.constFind(path);
    return it == m_endpoints.constEnd() ? nullptr : &it.value();
}

QStringList EndpointRegistry::paths() const
{
    QStringList result = m_endpoints.keys();
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace bc::emulator
