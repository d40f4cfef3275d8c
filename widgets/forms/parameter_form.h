#pragma once
// A form generated from field descriptions (type, default, range, choices, help): the loss parameters come
// from the engine's loss registry this way, so a new loss gets its form without GUI code. Numbers are typed
// as text, so that 1e-8 can be written and an out-of-range value is shown with a message under the field
// instead of being silently clamped.
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace tagscope::ui {

struct FieldSpec {
    // File: an existing file, with a file chooser. Path: an existing file or folder, with a folder chooser.
    enum class Type { Number, Integer, Flag, Choice, NumberList, Text, File, Path };
    QString key;   // the config key the value is stored under
    QString label; // what users read
    Type type = Type::Number;
    QVariant defaultValue; // Number/Integer: double; Flag: bool; Choice/Text/File/Path: QString; NumberList: QVariantList
    double minimum = 0;
    double maximum = 0;
    QStringList choices;      // Choice: the values
    QStringList choiceLabels; // Choice: what users read (the values when empty)
    QString help;             // the tooltip
    QString fileFilter;       // File: for the file dialog
    bool optional = false;    // Text / File / Path / NumberList may stay empty
};

class ParameterForm : public QWidget {
    Q_OBJECT
public:
    explicit ParameterForm(QWidget* parent = nullptr);

    void setFields(const QVector<FieldSpec>& fields); // rebuilds the form with every field at its default
    const QVector<FieldSpec>& fields() const { return fields_; }
    bool hasField(const QString& key) const;

    // Valid values only, by key: double, bool, QString or QVariantList (of double). Fields whose text does not
    // parse are left out; validate() says why.
    QVariantMap values() const;
    QVariant value(const QString& key) const;
    void setValue(const QString& key, const QVariant& value); // unknown keys are ignored
    void setValues(const QVariantMap& values);
    void resetToDefaults();

    // Checks every visible field and shows a message under each invalid one; true when all are valid.
    bool validate();
    QString fieldError(const QString& key) const; // the field's own check, "" when valid
    // Shows a message under a field from a check made elsewhere (the engine's config validation); it stays until
    // the field is edited or clearErrors() is called. False when there is no such field.
    bool setError(const QString& key, const QString& message);
    void clearErrors();
    QString shownError(const QString& key) const; // the message under the field, "" when none

    void setFieldVisible(const QString& key, bool visible);
    bool isFieldVisible(const QString& key) const;
    QWidget* editor(const QString& key) const; // QLineEdit, QCheckBox or QComboBox (a File's line edit)
    QLabel* errorLabel(const QString& key) const;

    static QString tooltipText(const FieldSpec& field); // help, range and default

Q_SIGNALS:
    void valueChanged(const QString& key);

private:
    struct Field {
        FieldSpec spec;
        QWidget* editor = nullptr;
        QWidget* row = nullptr; // editor (and browse button) with the error label under it
        QLabel* error = nullptr;
        bool visible = true;
    };
    const Field* find(const QString& key) const;
    QWidget* createEditor(Field& field);
    QString textOf(const Field& field) const;
    QString check(const Field& field, QVariant* parsed) const;
    void showError(Field& field, const QString& message);
    void edited(const QString& key);

    QFormLayout* layout_;
    QVector<FieldSpec> fields_;
    QVector<Field> rows_;
};

// "1e-08", "0.05", "10": numbers as a config file would hold them, in the C locale.
QString numberText(double value);

} // namespace tagscope::ui
