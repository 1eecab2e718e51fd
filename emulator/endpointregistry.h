#pragma once

#include "endpoint.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace bc::emulator {

// Endpoints by path below /open_api/v1.3/, e.g. "bc/get/" (with the trailing slash).
class EndpointRegistry final
{
public:
    // Replaces an endpoint already registered under the same path.
    void add(const QString &path, Endpoint endpoint);
    [[nodiscard]] const Endpoint *find(const QString &path) const;
    [[nodiscard]] QStringList paths() const;

    // The registry with every endpoint the emulator implements (see endpoints.cpp).
    [[nodiscard]] static EndpointRegistry withAllEndpoints();

private:
    QHash<QString, Endpoint> m_endpoints;
};

} // namespace bc::emulator
