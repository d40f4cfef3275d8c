#pragma once
// The settings of a training run, as a form generated from the engine's registries: backbones from the backbone
// factory, losses and their parameters from the loss registry (so a new loss appears with its own fields,
// defaults, ranges and help), devices from LibTorch. It produces the same JSON config that
// `tagscope-cli train --config` reads, and checks it with the engine's validation before a run starts: each
// message appears under the field it is about. No LibTorch in this header.
#include <QByteArray>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QVBoxLayout;

namespace tagscope::ui {
class ParameterForm;
}

namespace tagscope::gui {

class TrainingForm : public QWidget {
    Q_OBJECT
public:
    explicit TrainingForm(QWidget* parent = nullptr);

    // The open dataset; it fills the dataset field unless the user typed another path there.
    void setDatasetPath(const QString& path);

    // The form as a training config. Keys the form does not show are kept from the last config loaded with
    // setConfigJson(). "auto" as the device is resolved to the first CUDA device, else "cpu", so that the run
    // records the device it used.
    QByteArray configJson() const;
    void setConfigJson(const QByteArray& json); // fills the fields from a config (a run's config.json)

    // Field checks, then the engine's validation; messages appear under their fields (or, for a key without a
    // field, under the form). True when the config can start.
    bool validate();
    QString generalError() const; // the message under the form, "" when none
    void clearErrors();

    QStringList presetNames() const;
    // 1: the defaults (the data and the device stay); the others change only the keys of their recipe.
    void applyPreset(int index);
    QComboBox* presetCombo() const { return presets_; }

    // "data", "model", "loss", "loss_params", "optimisation", "augmentation", "sampling"
    ui::ParameterForm* section(const QString& name) const;
    // The section holding a config key ("lr", "backbone.name", "loss_params.gamma_neg"), or null.
    ui::ParameterForm* sectionOf(const QString& key, QString* fieldKey = nullptr) const;
    QString lossName() const;
    QString lossFamily() const; // "multilabel" or "metric"
    QString lossSummary() const;
    void setLocked(bool locked); // read-only while a run is in progress

Q_SIGNALS:
    void changed();

private:
    struct Section {
        QString name;
        ui::ParameterForm* form = nullptr;
    };
    ui::ParameterForm* addSection(QVBoxLayout* layout, const QString& name, const QString& title);
    void buildSections(QVBoxLayout* layout);
    void lossChanged();
    void updateVisibility();
    void showEngineError(const QString& message);

    QComboBox* presets_;
    QLabel* lossSummary_;
    QLabel* generalError_;
    QVector<Section> sections_;
    QByteArray baseConfig_ = "{}"; // the keys the form does not show
    QString datasetFromMainWindow_;
    bool applyingPreset_ = false;
};

} // namespace tagscope::gui
