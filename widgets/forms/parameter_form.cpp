#include "parameter_form.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace tagscope::ui {

namespace {

// The C locale first (what configs and the help texts use), then the user's (a German "0,01").
bool parseNumber(const QString& text, double* value)
{
    bool ok = false;
    double v = QLocale::c().toDouble(text, &ok);
    if (!ok)
        v = QLocale().toDouble(text, &ok);
    if (!ok || !std::isfinite(v))
        return false;
    *value = v;
    return true;
}

QString rangeText(const FieldSpec& f)
{
    return QCoreApplication::translate("ParameterForm", "%1 to %2").arg(numberText(f.minimum), numberText(f.maximum));
}

QString defaultText(const FieldSpec& f)
{
    switch (f.type) {
    case FieldSpec::Type::Number:
    case FieldSpec::Type::Integer: return numberText(f.defaultValue.toDouble());
    case FieldSpec::Type::Flag:
        return f.defaultValue.toBool() ? QCoreApplication::translate("ParameterForm", "on") : QCoreApplication::translate("ParameterForm", "off");
    case FieldSpec::Type::Choice: {
        const int index = f.choices.indexOf(f.defaultValue.toString());
        return index >= 0 && index < f.choiceLabels.size() ? f.choiceLabels[index] : f.defaultValue.toString();
    }
    case FieldSpec::Type::NumberList: {
        QStringList items;
        for (const QVariant& v : f.defaultValue.toList())
            items << numberText(v.toDouble());
        return items.join(QStringLiteral(", "));
    }
    case FieldSpec::Type::Text:
    case FieldSpec::Type::File:
    case FieldSpec::Type::Path: return f.defaultValue.toString();
    }
    return {};
}

} // namespace

QString numberText(double value)
{
    return QString::number(value, 'g', 10);
}

ParameterForm::ParameterForm(QWidget* parent) : QWidget(parent), layout_(new QFormLayout(this))
{
    layout_->setContentsMargins(0, 0, 0, 0);
    layout_->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout_->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    layout_->setRowWrapPolicy(QFormLayout::DontWrapRows);
}

void ParameterForm::setFields(const QVector<FieldSpec>& fields)
{
    while (layout_->rowCount() > 0)
        layout_->removeRow(0);
    fields_ = fields;
    rows_.clear();
    rows_.reserve(fields.size());
    for (const FieldSpec& spec : fields) {
        Field field;
        field.spec = spec;
        field.row = createEditor(field);
        auto* label = new QLabel(spec.label);
        label->setToolTip(tooltipText(spec));
        label->setBuddy(field.editor);
        layout_->addRow(label, field.row);
        rows_.push_back(field);
    }
    resetToDefaults();
}

QWidget* ParameterForm::createEditor(Field& field)
{
    const FieldSpec& spec = field.spec;
    const QString key = spec.key;
    auto* row = new QWidget;
    auto* rowLayout = new QVBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->setSpacing(1);
    QWidget* editor = nullptr;
    switch (spec.type) {
    case FieldSpec::Type::Flag: {
        auto* box = new QCheckBox;
        connect(box, &QCheckBox::toggled, this, [this, key] { edited(key); });
        editor = box;
        rowLayout->addWidget(box);
        break;
    }
    case FieldSpec::Type::Choice: {
        auto* combo = new QComboBox;
        // Long choices (loss titles) must not widen the form beyond its column: they are elided instead.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
        for (int i = 0; i < spec.choices.size(); ++i)
            combo->addItem(i < spec.choiceLabels.size() ? spec.choiceLabels[i] : spec.choices[i], spec.choices[i]);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, key] { edited(key); });
        editor = combo;
        rowLayout->addWidget(combo);
        break;
    }
    case FieldSpec::Type::File:
    case FieldSpec::Type::Path: {
        auto* line = new QLineEdit;
        line->setClearButtonEnabled(true);
        auto* browse = new QToolButton;
        browse->setText(QStringLiteral("…"));
        const bool folder = spec.type == FieldSpec::Type::Path;
        browse->setToolTip(folder ? tr("Choose a folder") : tr("Choose a file"));
        connect(browse, &QToolButton::clicked, this, [this, line, folder, filter = spec.fileFilter, label = spec.label] {
            const QString start = QFileInfo(line->text()).absolutePath();
            const QString chosen = folder ? QFileDialog::getExistingDirectory(this, label, line->text().isEmpty() ? QString() : line->text())
                                          : QFileDialog::getOpenFileName(this, label, start, filter);
            if (!chosen.isEmpty())
                line->setText(chosen);
        });
        auto* pair = new QHBoxLayout;
        pair->setSpacing(2);
        pair->addWidget(line, 1);
        pair->addWidget(browse);
        rowLayout->addLayout(pair);
        editor = line;
        break;
    }
    case FieldSpec::Type::Number:
    case FieldSpec::Type::Integer:
    case FieldSpec::Type::NumberList:
    case FieldSpec::Type::Text: {
        auto* line = new QLineEdit;
        if (spec.type == FieldSpec::Type::Number || spec.type == FieldSpec::Type::Integer)
            line->setPlaceholderText(rangeText(spec));
        else if (spec.type == FieldSpec::Type::NumberList)
            line->setPlaceholderText(tr("empty, or numbers separated by commas"));
        editor = line;
        rowLayout->addWidget(line);
        break;
    }
    }
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        connect(line, &QLineEdit::textChanged, this, [this, key] { edited(key); });
        connect(line, &QLineEdit::editingFinished, this, [this, key] {
            for (Field& f : rows_)
                if (f.spec.key == key)
                    showError(f, check(f, nullptr));
        });
    }
    editor->setToolTip(tooltipText(spec));
    editor->setObjectName(key);
    field.editor = editor;
    field.error = new QLabel;
    field.error->setObjectName(key + QStringLiteral("Error"));
    field.error->setWordWrap(true);
    field.error->setTextFormat(Qt::PlainText);
    QFont small = field.error->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    field.error->setFont(small);
    field.error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    field.error->hide();
    rowLayout->addWidget(field.error);
    return row;
}

const ParameterForm::Field* ParameterForm::find(const QString& key) const
{
    for (const Field& f : rows_)
        if (f.spec.key == key)
            return &f;
    return nullptr;
}

bool ParameterForm::hasField(const QString& key) const
{
    return find(key) != nullptr;
}

QString ParameterForm::textOf(const Field& field) const
{
    if (auto* line = qobject_cast<QLineEdit*>(field.editor))
        return line->text().trimmed();
    return {};
}

QString ParameterForm::check(const Field& field, QVariant* parsed) const
{
    const FieldSpec& s = field.spec;
    const QString text = textOf(field);
    QVariant value;
    switch (s.type) {
    case FieldSpec::Type::Flag: value = static_cast<QCheckBox*>(field.editor)->isChecked(); break;
    case FieldSpec::Type::Choice: value = static_cast<QComboBox*>(field.editor)->currentData().toString(); break;
    case FieldSpec::Type::Number:
    case FieldSpec::Type::Integer: {
        double number = 0;
        if (text.isEmpty())
            return tr("Enter a number from %1").arg(rangeText(s));
        if (!parseNumber(text, &number))
            return tr("'%1' is not a number").arg(text);
        if (s.type == FieldSpec::Type::Integer && number != std::floor(number))
            return tr("Enter a whole number");
        if (number < s.minimum || number > s.maximum)
            return tr("Must be from %1").arg(rangeText(s));
        value = number;
        break;
    }
    case FieldSpec::Type::NumberList: {
        QVariantList list;
        static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
        for (const QString& item : text.split(separators, Qt::SkipEmptyParts)) {
            bool ok = false;
            const double number = QLocale::c().toDouble(item, &ok);
            if (!ok || !std::isfinite(number))
                return tr("'%1' is not a number").arg(item);
            if (number < s.minimum || number > s.maximum)
                return tr("%1 is outside %2").arg(item, rangeText(s));
            list << number;
        }
        if (list.isEmpty() && !s.optional)
            return tr("Enter at least one number");
        value = list;
        break;
    }
    case FieldSpec::Type::Text:
    case FieldSpec::Type::File:
    case FieldSpec::Type::Path:
        if (text.isEmpty() && !s.optional)
            return s.type == FieldSpec::Type::File ? tr("Choose a file") : s.type == FieldSpec::Type::Path ? tr("Choose a folder") : tr("Required");
        if (s.type == FieldSpec::Type::File && !text.isEmpty() && !QFileInfo(text).isFile())
            return tr("No such file: %1").arg(text);
        if (s.type == FieldSpec::Type::Path && !text.isEmpty() && !QFileInfo::exists(text))
            return tr("Does not exist: %1").arg(text);
        value = text;
        break;
    }
    if (parsed)
        *parsed = value;
    return {};
}

QVariantMap ParameterForm::values() const
{
    QVariantMap map;
    for (const Field& f : rows_) {
        QVariant v;
        if (check(f, &v).isEmpty())
            map.insert(f.spec.key, v);
    }
    return map;
}

QVariant ParameterForm::value(const QString& key) const
{
    const Field* f = find(key);
    QVariant v;
    if (f && check(*f, &v).isEmpty())
        return v;
    return {};
}

void ParameterForm::setValue(const QString& key, const QVariant& value)
{
    const Field* found = find(key);
    if (!found)
        return;
    const Field& f = *found;
    switch (f.spec.type) {
    case FieldSpec::Type::Flag: static_cast<QCheckBox*>(f.editor)->setChecked(value.toBool()); break;
    case FieldSpec::Type::Choice: {
        auto* combo = static_cast<QComboBox*>(f.editor);
        const int index = combo->findData(value.toString());
        if (index >= 0)
            combo->setCurrentIndex(index);
        break;
    }
    case FieldSpec::Type::Number:
    case FieldSpec::Type::Integer: {
        bool ok = false;
        const double number = value.toDouble(&ok);
        static_cast<QLineEdit*>(f.editor)->setText(ok ? numberText(number) : value.toString());
        break;
    }
    case FieldSpec::Type::NumberList: {
        QStringList items;
        for (const QVariant& v : value.toList())
            items << numberText(v.toDouble());
        static_cast<QLineEdit*>(f.editor)->setText(items.join(QStringLiteral(", ")));
        break;
    }
    case FieldSpec::Type::Text:
    case FieldSpec::Type::File:
    case FieldSpec::Type::Path: static_cast<QLineEdit*>(f.editor)->setText(value.toString()); break;
    }
}

void ParameterForm::setValues(const QVariantMap& values)
{
    for (auto it = values.begin(); it != values.end(); ++it)
        setValue(it.key(), it.value());
}

void ParameterForm::resetToDefaults()
{
    for (const Field& f : rows_)
        setValue(f.spec.key, f.spec.defaultValue);
    clearErrors();
}

bool ParameterForm::validate()
{
    bool valid = true;
    for (Field& f : rows_) {
        const QString message = f.visible ? check(f, nullptr) : QString();
        showError(f, message);
        valid = valid && message.isEmpty();
    }
    return valid;
}

QString ParameterForm::fieldError(const QString& key) const
{
    const Field* f = find(key);
    return f ? check(*f, nullptr) : QString();
}

bool ParameterForm::setError(const QString& key, const QString& message)
{
    for (Field& f : rows_)
        if (f.spec.key == key) {
            showError(f, message);
            return true;
        }
    return false;
}

void ParameterForm::clearErrors()
{
    for (Field& f : rows_)
        showError(f, QString());
}

QString ParameterForm::shownError(const QString& key) const
{
    const Field* f = find(key);
    return f && !f->error->isHidden() ? f->error->text() : QString();
}

void ParameterForm::showError(Field& field, const QString& message)
{
    field.error->setText(message);
    field.error->setVisible(!message.isEmpty());
    if (auto* line = qobject_cast<QLineEdit*>(field.editor))
        line->setStyleSheet(message.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 1px solid #c0392b; }"));
}

void ParameterForm::edited(const QString& key)
{
    for (Field& f : rows_)
        if (f.spec.key == key && !f.error->isHidden())
            showError(f, check(f, nullptr)); // a message goes as soon as the value is fixed
    Q_EMIT valueChanged(key);
}

void ParameterForm::setFieldVisible(const QString& key, bool visible)
{
    for (Field& f : rows_)
        if (f.spec.key == key) {
            f.visible = visible;
            layout_->setRowVisible(f.row, visible);
            if (!visible)
                showError(f, QString());
        }
}

bool ParameterForm::isFieldVisible(const QString& key) const
{
    const Field* f = find(key);
    return f && f->visible;
}

QWidget* ParameterForm::editor(const QString& key) const
{
    const Field* f = find(key);
    return f ? f->editor : nullptr;
}

QLabel* ParameterForm::errorLabel(const QString& key) const
{
    const Field* f = find(key);
    return f ? f->error : nullptr;
}

QString ParameterForm::tooltipText(const FieldSpec& field)
{
    QString text = field.help;
    QStringList facts;
    if (field.type == FieldSpec::Type::Number || field.type == FieldSpec::Type::Integer || field.type == FieldSpec::Type::NumberList)
        facts << tr("range %1").arg(rangeText(field));
    const QString defaults = defaultText(field);
    if (!defaults.isEmpty())
        facts << tr("default %1").arg(defaults);
    if (!facts.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + QStringLiteral("(") + facts.join(QStringLiteral(", ")) + QStringLiteral(")");
    return text;
}

} // namespace tagscope::ui
