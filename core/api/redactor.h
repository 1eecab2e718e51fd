#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace bc::api {

// Makes request parameters safe to log and show: values of secret-bearing keys (tokens, secrets,
// auth codes) become "***", and e-mail addresses anywhere in a value become "***@***". Applied to
// everything the activity log and the bc.api log category record.
class Redactor final
{
public:
    static inline const QString mask = QStringLiteral("***");

    [[nodiscard]] static bool isSecretKey(const QString &key);
    [[nodiscard]] static QString redactText(const QString &text);
    // "key=value&key=value", with nested JSON text (filtering=...) redacted inside too.
    [[nodiscard]] static QString redactQuery(const QList<QPair<QString, QString>> &query);
    [[nodiscard]] static QJsonObject redactJson(const QJsonObject &object);
};

} // namespace bc::api
