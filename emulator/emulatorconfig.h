#pragma once

#include <QString>
#include <QtGlobal>

namespace bc::emulator {

// How much data the generated world holds (reference: issue "Emulator", Behaviour).
enum class WorldSize {
    Small, // a few BCs with a handful of rows each: fast unit tests
    Demo,  // a dozen BCs with lists long enough to page through: the demo environment
    Large, // one BC with 10,000 ad accounts, 1,000 members, 2,000 invoices, 20,000 transactions
};

// What an emulator instance serves and how it behaves. Everything it answers is a function of
// these values, so two servers with the same config give byte-identical bodies (apart from
// request_id).
struct EmulatorConfig
{
    QString accessToken; // a valid Access-Token from the start (more are issued through OAuth)
    QString appId = QStringLiteral("7000000000000000001");               // the developer app (fake)
    QString secret = QStringLiteral("fake-app-secret-for-the-emulator"); // the app's secret (fake)
    quint32 seed = 1;                                                    // world generation seed
    WorldSize size = WorldSize::Demo;
    int businessCenterCount = 12; // how many BCs the token's user sees; -1: the size's default
    // Large only: how many ad accounts the first BC holds (benchmarks vary it).
    int largeAdAccountCount = 10000;

    // Rate limits per app (reference §1.7): over either window the answer is code 40100. A value
    // <= 0 turns that window off (tests and benchmarks that fire bursts).
    int qps = 10;
    int qpm = 600;
    // Sandbox mode: 1 request per second per endpoint, 40009 for endpoints the sandbox lacks.
    bool sandbox = false;
    // Added to every answer: latencyMs ± latencyJitterMs (uniform).
    int latencyMs = 0;
    int latencyJitterMs = 0;
    // Share of requests (0..1) answered with a random fault (50000, 50002, HTTP 502/504 with an
    // HTML body, truncated JSON, a connection closed mid-body, a hang).
    double faultRate = 0.0;

    // A fresh random token for a throwaway emulator (the demo environment): new on every start,
    // so nothing of it is stored or reused.
    [[nodiscard]] static QString randomAccessToken();
};

} // namespace bc::emulator
