#pragma once
// Help > About Tagscope: what Tagscope is, its version, the versions of the libraries it was built with (Qt,
// LibTorch, OpenCV), the build type and the device it computes on. "Copy" puts the same facts on the clipboard
// as plain text, for a bug report.
#include <QDialog>
#include <QPair>
#include <QVector>

class QFormLayout;

namespace tagscope::gui {

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // The facts as shown: label ("LibTorch") and value ("1.13.1"), in order.
    QVector<QPair<QString, QString>> facts() const { return facts_; }
    QString plainText() const;

private:
    void addFact(QFormLayout* form, const QString& label, const QString& value);

    QVector<QPair<QString, QString>> facts_;
};

} // namespace tagscope::gui
