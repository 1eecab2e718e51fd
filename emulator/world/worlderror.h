#pragma once

#include "../returncode.h"

#include <QString>

namespace bc::emulator {

// What a world operation answers when it refuses: a TikTok return code (returncode.h) and the
// message to send. code 0 means it succeeded.
struct WorldError
{
    int code = ReturnCode::Ok;
    QString message;

    [[nodiscard]] bool ok() const { return code == ReturnCode::Ok; }

    [[nodiscard]] static WorldError none() { return {}; }
    [[nodiscard]] static WorldError noPermission(QString message)
    {
        return {ReturnCode::NoPermission, std::move(message)};
    }
    [[nodiscard]] static WorldError parameter(QString message)
    {
        return {ReturnCode::ParameterError, std::move(message)};
    }
    [[nodiscard]] static WorldError notFound(QString message)
    {
        return {ReturnCode::ObjectNotFound, std::move(message)};
    }
};

// A world operation's value, or why there is none (then value is default-constructed).
template<typename T>
struct WorldResult
{
    T value{};
    WorldError error;

    WorldResult() = default;
    WorldResult(T result)
        : value(std::move(result))
    { }
    WorldResult(WorldError failure)
        : error(std::move(failure))
    { }

    [[nodiscard]] bool ok() const { return error.ok(); }
};

} // namespace bc::emulator
