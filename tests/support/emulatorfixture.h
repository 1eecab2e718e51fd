#pragma once

#include "core/api/apiclient.h"
#include "emulator/emulatorserver.h"
#include "emulator/world/generatedbusinesscenter.h"

#include <QString>
#include <QStringList>

#include <memory>

// Start-up of the in-process emulator and a client against it, for the endpoint tests.
namespace bc::testing {

using namespace Qt::StringLiterals;

// A config with `token` valid from the start and no rate limit, so tests never wait on the budget.
inline bc::emulator::EmulatorConfig unlimitedEmulatorConfig(const QString &token)
{
    bc::emulator::EmulatorConfig config;
    config.accessToken = token;
    config.qps = 0;
    config.qpm = 0;
    return config;
}

inline bc::emulator::EmulatorConfig unlimitedEmulatorConfig(const QString &token, quint32 seed)
{
    bc::emulator::EmulatorConfig config = unlimitedEmulatorConfig(token);
    config.seed = seed;
    return config;
}

// A client that talks to `server` (already listening) with `token`.
inline std::unique_ptr<bc::api::ApiClient>
emulatorClient(const bc::emulator::EmulatorServer &server, const QString &token)
{
    auto client =
            std::make_unique<bc::api::ApiClient>(bc::api::Environment::custom(server.baseUrl()));
    client->setAccessToken(token);
    return client;
}

// The ad accounts `center` owns (relation OWNER_BC), as opposed to those partners share with it.
inline QStringList ownedAdAccountIds(const bc::emulator::GeneratedBusinessCenter &center)
{
    QStringList ids;
    for (const auto &account : center.adAccounts) {
        if (account.relationType == u"OWNER_BC"_s)
            ids << account.advertiserId;
    }
    return ids;
}

} // namespace bc::testing
