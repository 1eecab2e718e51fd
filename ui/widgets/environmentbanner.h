#pragma once

#include "core/api/environment.h"

#include <QFrame>

class QLabel;

namespace bc::ui {

// A full-width strip under the toolbar naming the environment in words and colour, e.g.
// "PRODUCTION — changes here are real and may cost money".
class EnvironmentBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit EnvironmentBanner(QWidget *parent = nullptr);

    void setEnvironment(const api::Environment &environment);
    [[nodiscard]] QString text() const;

private:
    QLabel *m_label;
};

} // namespace bc::ui
