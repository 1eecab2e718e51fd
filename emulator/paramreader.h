#pragma once

#include "emulatorreply.h"
#include "need.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace bc::emulator {

struct EmulatorRequest;

// Reads and validates query parameters the way the v1.3 gateway does: typed, range-checked,
// enums strict, objects as URL-encoded JSON text. The first problem is kept; handlers read all
// their parameters, then check hasError() once and answer errorReply() (code 40002).
class ParamReader final
{
public:
    explicit ParamReader(const EmulatorRequest &request);

    // A decimal integer in [min, max]; defaultValue when the parameter is absent.
    qint64 integer(const QString &name, qint64 defaultValue, qint64 min, qint64 max);
    // The paging pair every list endpoint reads: page ≥ 1 (default 1) and page_size
    // 1..maxPageSize.
    qint64 page();
    qint64 pageSize(qint64 maxPageSize, qint64 defaultPageSize = 10);
    // A non-empty string; an empty string when absent.
    QString string(const QString &name, Need need = Need::Optional);
    // A numeric id such as bc_id (v1.3 types ids as strings, the gateway converts them to int64).
    QString id(const QString &name, Need need = Need::Optional);
    // One of allowed; defaultValue when absent.
    QString enumeration(const QString &name, const QStringList &allowed,
                        const QString &defaultValue, Need need = Need::Optional);
    // URL-encoded JSON text of an object; an empty object when absent.
    QJsonObject jsonObject(const QString &name);

    // Fields of an object parameter already read with jsonObject(); name is used in messages.
    QString objectString(const QJsonObject &object, const QString &objectName, const QString &key);
    QString objectEnumeration(const QJsonObject &object, const QString &objectName,
                              const QString &key, const QStringList &allowed);

    void fail(const QString &message);
    [[nodiscard]] bool hasError() const { return !m_error.isEmpty(); }
    [[nodiscard]] QString errorMessage() const { return m_error; }
    [[nodiscard]] EmulatorReply errorReply() const;

private:
    [[nodiscard]] bool present(const QString &name) const;
    // Present; if not, fails "<name>: is required." when it must be.
    bool given(const QString &name, Need need);
    [[nodiscard]] QString value(const QString &name) const;

    const EmulatorRequest &m_request;
    QString m_error;
};

} // namespace bc::emulator
