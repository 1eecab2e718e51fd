#include "ui/widgets/detailspane.h"

#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bc::ui {

namespace {

void flattenInto(const QJsonObject &object, const QString &prefix,
                 QList<DetailsPane::Field> &fields)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString name = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        const QJsonValue value = it.value();
        switch (value.type()) {
        case QJsonValue::Object:
            if (value.toObject().isEmpty())
                fields.append({name, u"{}"_s});
            else
                flattenInto(value.toObject(), name, fields);
            break;
        case QJsonValue::Array:
            fields.append(
                    {name, QString::fromUtf8(
                                   QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact))});
            break;
        case QJsonValue::Bool:
            fields.append({name, value.toBool() ? u"true"_s : u"false"_s});
            break;
        case QJsonValue::Double:
            // Through QVariant: whole numbers (ids) stay digit-exact.
            fields.append({name, value.toVariant().toString()});
            break;
        case QJsonValue::String:
            fields.append({name, value.toString()});
            break;
        case QJsonValue::Null:
            fields.append({name, u"null"_s});
            break;
        case QJsonValue::Undefined:
            break;
        }
    }
}

QLabel *selectableLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

DetailsPane::DetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_placeholder(new QLabel(tr("Select a row to see all of its fields."), this))
    , m_form(new QWidget)
    , m_fieldsLayout(new QFormLayout)
    , m_relatedHeader(new QLabel(tr("Related"), this))
    , m_relatedLayout(new QVBoxLayout)
    , m_scroll(new QScrollArea(this))
{
    setAccessibleName(tr("Details"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setText(tr("Details"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_placeholder->setEnabled(false);
    // Without a row the hint sits under the title, not in the middle of the pane.
    m_title->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_placeholder->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);

    QFont headerFont = m_relatedHeader->font();
    headerFont.setBold(true);
    m_relatedHeader->setFont(headerFont);

    m_fieldsLayout->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_fieldsLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_fieldsLayout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_relatedLayout->setSpacing(2);

    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(m_relatedHeader);
    formLayout->addLayout(m_relatedLayout);
    formLayout->addSpacing(8);
    auto *fieldsHeader = new QLabel(tr("Fields"), m_form);
    fieldsHeader->setFont(headerFont);
    formLayout->addWidget(fieldsHeader);
    formLayout->addLayout(m_fieldsLayout);
    formLayout->addStretch(1);

    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_form);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_scroll, 1);
    setMinimumWidth(220);
    clear();
}

QString DetailsPane::title() const
{
    return m_title->text();
}

void DetailsPane::clearForm()
{
    while (m_fieldsLayout->rowCount() > 0)
        m_fieldsLayout->removeRow(0);
    while (QLayoutItem *item = m_relatedLayout->takeAt(0)) {
        // Later: a link may be the one whose click led here.
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    m_fields.clear();
    m_related.clear();
}

void DetailsPane::clear()
{
    clearForm();
    m_title->setText(tr("Details"));
    m_placeholder->show();
    m_scroll->hide();
}

void DetailsPane::showRow(const QString &title, const QJsonObject &raw,
                          const QList<models::RelatedLink> &related)
{
    clearForm();
    m_title->setText(title);
    m_placeholder->hide();
    m_scroll->show();

    m_related = related;
    m_relatedHeader->setVisible(!related.isEmpty());
    for (int i = 0; i < related.size(); ++i) {
        const models::RelatedLink &link = related.at(i);
        auto *label = new QLabel(m_form);
        label->setWordWrap(true);
        if (link.available) {
            label->setTextFormat(Qt::RichText);
            label->setText(u"<a href=\"%1\">%2 →</a>"_s.arg(i).arg(link.title.toHtmlEscaped()));
            label->setTextInteractionFlags(Qt::LinksAccessibleByMouse
                                           | Qt::LinksAccessibleByKeyboard);
            label->setToolTip(link.selectId.isEmpty() && !link.filter.isEmpty()
                                      ? tr("Open the list filtered by %1").arg(link.filter)
                                      : tr("Open the list"));
            connect(label, &QLabel::linkActivated, this,
                    [this](const QString &href) { activateRelated(href.toInt()); });
        } else {
            label->setTextFormat(Qt::PlainText);
            label->setText(link.title);
            label->setEnabled(false);
        }
        m_relatedLayout->addWidget(label);
    }

    m_fields = flatten(raw);
    for (const Field &field : std::as_const(m_fields)) {
        QLabel *name = selectableLabel(field.first, m_form);
        // Greyed (not disabled, which would stop selection): names are secondary to values.
        QPalette palette = name->palette();
        palette.setColor(QPalette::WindowText,
                         palette.color(QPalette::Disabled, QPalette::WindowText));
        name->setPalette(palette);
        m_fieldsLayout->addRow(name, selectableLabel(field.second, m_form));
    }
}

QString DetailsPane::valueOf(const QString &name) const
{
    for (const Field &field : m_fields) {
        if (field.first == name)
            return field.second;
    }
    return {};
}

bool DetailsPane::activateRelated(int index)
{
    if (index < 0 || index >= m_related.size() || !m_related.at(index).available)
        return false;
    // A copy: a receiver may show another row (or list) and clear m_related meanwhile.
    const models::RelatedLink link = m_related.at(index);
    Q_EMIT relatedRequested(link);
    return true;
}

QList<DetailsPane::Field> DetailsPane::flatten(const QJsonObject &object)
{
    QList<Field> fields;
    flattenInto(object, {}, fields);
    return fields;
}

} // namespace bc::ui
