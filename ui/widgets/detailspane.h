#pragma once

#include "core/store/mirrorlist.h"
#include "models/relatedobjects.h"

#include <QJsonObject>
#include <QList>
#include <QWidget>

#include <utility>

class QFormLayout;
class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace bc::ui {

// The right-hand pane of a table panel: every field of the current row's API object (nested
// objects flattened as "bc_info.name", arrays as JSON text, fields no column shows too) as
// selectable text, and the related views the mirror knows of as links.
class DetailsPane final : public QWidget
{
    Q_OBJECT

public:
    using Field = std::pair<QString, QString>;

    explicit DetailsPane(QWidget *parent = nullptr);

    void showRow(const QString &title, const QJsonObject &raw,
                 const QList<models::RelatedLink> &related);
    void clear();

    [[nodiscard]] QString title() const;
    [[nodiscard]] const QList<Field> &fields() const { return m_fields; }
    // The text shown for `name` ("bc_info.name"); null when the row has no such field.
    [[nodiscard]] QString valueOf(const QString &name) const;
    [[nodiscard]] const QList<models::RelatedLink> &related() const { return m_related; }
    // Follows related()[index] as if its link was clicked (false when it cannot be followed).
    bool activateRelated(int index);

    // Flattened fields of `object` in key order: scalars as text (ids digit-exact), nested
    // objects as "parent.child", arrays as compact JSON.
    [[nodiscard]] static QList<Field> flatten(const QJsonObject &object);

Q_SIGNALS:
    void relatedRequested(const bc::models::RelatedLink &link);

private:
    void clearForm();

    QLabel *m_title;
    QLabel *m_placeholder;
    QWidget *m_form;
    QFormLayout *m_fieldsLayout;
    QLabel *m_relatedHeader;
    QVBoxLayout *m_relatedLayout;
    QScrollArea *m_scroll;
    QList<Field> m_fields;
    QList<models::RelatedLink> m_related;
};

} // namespace bc::ui
