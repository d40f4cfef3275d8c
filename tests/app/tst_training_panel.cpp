// The training panel driven as a user would, offscreen: the loss form generated from the registry and its
// checks, presets, the mouse wheel scrolling the form rather than changing its fields, a real short run on the
// demo dataset through the worker thread (start, pause, resume, stop with its checkpoint, resume to the end,
// export), the run history, following a run another process writes, the plots of a one-epoch run, the smoothed
// loss, comparing two runs, the training page and the long-tail view filtering the browser, and closing the
// window during a run. An event-loop probe asserts only a generous ceiling on how long the GUI thread blocks while
// a run trains (500 ms: training on the GUI thread would block it for seconds); the figure itself is
// bench/training_panel_bench's (bench/RESULTS.md), since the suite also runs on loaded 2-core machines and under
// sanitizers.
#include "losses/loss_registry.h"
#include "models/backbone_factory.h"

#include "common/focused_wheel_filter.h"
#include "engine_bridge/build_info.h"
#include "training/run_comparison_view.h"
#include "training/run_history_panel.h"
#include "training/run_plot_data.h"
#include "training/training_controller.h"
#include "training/training_form.h"
#include "training/training_panel.h"
#include "window/main_window.h"

#include "cli_runner.h"
#include "dataset/demo_generator.h"
#include "test_files.h"
#include "private_settings.h"

#include "forms/parameter_form.h"
#include "plots/long_tail_plot.h"
#include "plots/training_curves.h"
#include "thumbnails/virtual_thumbnail_grid.h"

#include "wheel_events.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <cmath>

using namespace tagscope;
using namespace tagscope::gui;

namespace {

// Measures how long the GUI thread's event loop goes without running a 5 ms timer, minus the time the thread
// was ready but waiting for a CPU (/proc schedstat): what remains is time the thread itself was busy or blocked.
class LatencyProbe : public QObject {
public:
    LatencyProbe()
    {
        timer_.setTimerType(Qt::PreciseTimer);
        timer_.setInterval(5);
        connect(&timer_, &QTimer::timeout, this, [this] { tick(); });
    }
    void start()
    {
        clock_.start();
        last_ = 0;
        lastWaiting_ = waitingNs();
        timer_.start();
    }
    void stop() { timer_.stop(); }
    double worstBlockedMs() const { return worstBlocked_; }
    double worstGapMs() const { return worstGap_; }
    int ticks() const { return ticks_; }

private:
    static double waitingNs()
    {
        QFile file(QStringLiteral("/proc/thread-self/schedstat"));
        if (!file.open(QIODevice::ReadOnly))
            return 0;
        const QList<QByteArray> fields = file.readAll().split(' ');
        return fields.size() > 1 ? fields[1].toDouble() : 0;
    }
    void tick()
    {
        const double now = clock_.nsecsElapsed() / 1e6;
        const double waiting = waitingNs();
        const double gap = now - last_;
        worstGap_ = std::max(worstGap_, gap);
        worstBlocked_ = std::max(worstBlocked_, gap - (waiting - lastWaiting_) / 1e6);
        last_ = now;
        lastWaiting_ = waiting;
        ++ticks_;
    }

    QTimer timer_;
    QElapsedTimer clock_;
    double last_ = 0, lastWaiting_ = 0, worstBlocked_ = 0, worstGap_ = 0;
    int ticks_ = 0;
};

void setField(TrainingForm* form, const QString& key, const QVariant& value)
{
    ui::ParameterForm* section = form->sectionOf(key);
    QVERIFY2(section, qPrintable(key));
    section->setValue(key, value);
}

QLineEdit* lineEdit(TrainingForm* form, const QString& key)
{
    QString field;
    ui::ParameterForm* section = form->sectionOf(key, &field);
    return section ? qobject_cast<QLineEdit*>(section->editor(field)) : nullptr;
}

QString shownError(TrainingForm* form, const QString& key)
{
    QString field;
    ui::ParameterForm* section = form->sectionOf(key, &field);
    return section ? section->shownError(field) : QStringLiteral("<no field %1>").arg(key);
}

QJsonObject configOf(TrainingForm* form)
{
    return QJsonDocument::fromJson(form->configJson()).object();
}

void copyRun(const QString& from, const QString& to)
{
    QDir().mkpath(to + "/checkpoints");
    for (const char* file : {"config.json", "tags.json", "metrics.jsonl", "model.pt", "checkpoints/last.pt"})
        if (QFile::exists(from + "/" + file))
            QVERIFY(QFile::copy(from + "/" + file, to + "/" + file));
}

void writeText(const QString& path, const QByteArray& text, QIODevice::OpenMode mode = QIODevice::WriteOnly)
{
    QFile file(path);
    QVERIFY(file.open(mode));
    QCOMPARE(file.write(text), qint64(text.size()));
}

} // namespace

class TestTrainingPanel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void lossFormIsGeneratedFromTheRegistry();
    void invalidValuesAreCaughtNextToTheField();
    void presetsAndConfigsRoundTrip();
    void wheelScrollsTheFormNotItsFields();
    void smoothedLossIsDebiased();
    void trainsThroughThePanel();
    void followsARunWhileItIsWritten();
    void oneEpochRunShowsItsEpochAndBaseline();
    void comparesTwoRuns();
    void longTailClickFiltersTheBrowser();
    void closingDuringARunStopsItFirst();
    void aRunInTheWindowMatchesTheCli();
    void bandsOfTheLongTailAndTheComparison();
    void aRunCountedInStepsShowsSteps();

private:
    void fillForTraining(TrainingForm* form, int epochs);

    QTemporaryDir dir_;
    QString demo_;
    QString runs_;
    QString trainedRun_;
};

void TestTrainingPanel::initTestCase()
{
    const QString home = usePrivateSettings(); // not ~/.qttest, which concurrent runs of the suite would share
    QVERIFY2(QSettings().fileName().startsWith(home + "/"), qPrintable(QSettings().fileName()));
    QSettings().clear();
    FocusedWheelFilter::install(*qApp); // as the application does at start-up
    QVERIFY(dir_.isValid());
    demo_ = dir_.path() + "/demo";
    DemoOptions options;
    options.outputFolder = demo_.toStdString();
    options.images = 400;
    options.imageSize = 32;
    options.seed = 6;
    generateDemoDataset(options);
    runs_ = dir_.path() + "/runs";
}

void TestTrainingPanel::fillForTraining(TrainingForm* form, int epochs)
{
    form->applyPreset(1); // the defaults
    setField(form, "dataset", demo_);
    setField(form, "backbone.name", "small_cnn");
    setField(form, "backbone.input_size", 32.0);
    setField(form, "epochs", double(epochs));
    setField(form, "batch_size", 16.0);
    setField(form, "lr", 0.003);
    setField(form, "workers", 1.0);
    setField(form, "threads", 1.0);
    setField(form, "log_every", 1.0);
    setField(form, "device", "cpu"); // losses and resumes are compared exactly: never a GPU that "auto" might pick
}

void TestTrainingPanel::lossFormIsGeneratedFromTheRegistry()
{
    TrainingForm form;
    auto* lossCombo = qobject_cast<QComboBox*>(form.section("loss")->editor("loss"));
    QVERIFY(lossCombo);
    QCOMPARE(lossCombo->count(), int(lossRegistry().size()));
    for (const RegisteredLoss& loss : lossRegistry()) {
        const QString name = QString::fromStdString(loss.description.name);
        form.section("loss")->setValue("loss", name);
        QCOMPARE(form.lossName(), name);
        QCOMPARE(form.lossSummary(), QString::fromStdString(loss.description.summary));
        ui::ParameterForm* params = form.section("loss_params");
        QCOMPARE(params->fields().size(), int(loss.description.parameters.size()));
        for (const LossParameter& p : loss.description.parameters) {
            const QString key = QString::fromStdString(p.name);
            QVERIFY2(params->hasField(key), qPrintable(name + "." + key));
            QWidget* editor = params->editor(key);
            QVERIFY(editor->toolTip().contains(QString::fromStdString(p.help)));
            switch (p.type) {
            case LossParameter::Type::Number:
            case LossParameter::Type::Integer:
                QCOMPARE(params->value(key).toDouble(), p.defaultValue);
                QVERIFY(editor->toolTip().contains(ui::numberText(p.maximum)));
                break;
            case LossParameter::Type::Flag: QCOMPARE(qobject_cast<QCheckBox*>(editor)->isChecked(), p.defaultValue != 0); break;
            case LossParameter::Type::Choice: QCOMPARE(params->value(key).toString(), QString::fromStdString(p.choices.front())); break;
            case LossParameter::Type::NumberList: QVERIFY(params->value(key).toList().isEmpty()); break;
            }
        }
        // The defaults the form writes are exactly what the engine accepts and fills in itself.
        const QJsonObject written = configOf(&form).value("loss_params").toObject();
        const LossParameters validated = validateLossParameters(loss.description, nlohmann::json::parse(QJsonDocument(written).toJson().toStdString()));
        for (const LossParameter& p : loss.description.parameters)
            if (p.type == LossParameter::Type::Number)
                QCOMPARE(validated.number(p.name), p.defaultValue);
    }
    auto* backbone = qobject_cast<QComboBox*>(form.section("model")->editor("backbone.name"));
    QCOMPARE(backbone->count(), int(describeBackbones().size()));
    form.section("model")->setValue("backbone.name", "torchscript");
    QVERIFY(form.section("model")->isFieldVisible("backbone.path")); // the file chooser of a TorchScript backbone
    form.section("model")->setValue("backbone.name", "resnet50");
    QVERIFY(!form.section("model")->isFieldVisible("backbone.path"));
    QCOMPARE(form.section("model")->value("backbone.input_size").toDouble(), 224.0); // the backbone's default
}

void TestTrainingPanel::invalidValuesAreCaughtNextToTheField()
{
    TrainingForm form;
    fillForTraining(&form, 2);
    QVERIFY(form.validate());

    lineEdit(&form, "lr")->setText("fast");
    setField(&form, "batch_size", "2.5");
    QVERIFY(!form.validate());
    QVERIFY(shownError(&form, "lr").contains("not a number"));
    QVERIFY(form.sectionOf("lr")->errorLabel("lr")->isVisibleTo(&form));
    QVERIFY(shownError(&form, "batch_size").contains("whole number"));
    lineEdit(&form, "lr")->setText("20");
    QVERIFY(shownError(&form, "lr").contains("0 to 10")); // re-checked as it is typed
    lineEdit(&form, "lr")->setText("0.01");
    QCOMPARE(shownError(&form, "lr"), QString());
    setField(&form, "batch_size", 16.0);

    form.section("loss")->setValue("loss", "asl");
    lineEdit(&form, "loss_params.clip")->setText("2");
    QVERIFY(!form.validate());
    QVERIFY(shownError(&form, "loss_params.clip").contains("0 to 1"));
    lineEdit(&form, "loss_params.clip")->setText("0.05");
    QVERIFY(form.validate());

    // Checks only the engine makes: the message still lands under the field it is about.
    setField(&form, "backbone.name", "vit_tiny");
    setField(&form, "backbone.input_size", 40.0);
    QVERIFY(!form.validate());
    QVERIFY2(shownError(&form, "backbone.input_size").contains("multiple of 16"), qPrintable(shownError(&form, "backbone.input_size")));
    setField(&form, "backbone.name", "small_cnn");
    setField(&form, "backbone.input_size", 32.0);
    setField(&form, "dataset", dir_.path() + "/no-such-dataset");
    QVERIFY(!form.validate());
    QVERIFY(shownError(&form, "dataset").contains("no-such-dataset"));
    setField(&form, "dataset", demo_);
    setField(&form, "bands", "quantile:0.8:0.5");
    QVERIFY(!form.validate());
    QVERIFY2(shownError(&form, "bands").startsWith("the shares add up to more than 1"), qPrintable(shownError(&form, "bands") + form.generalError()));
    setField(&form, "bands", "thirds");
    QVERIFY(form.validate());
    QCOMPARE(form.generalError(), QString());

    TrainingPanel panel;
    panel.setRunsFolder(runs_);
    panel.form()->setConfigJson(form.configJson());
    lineEdit(panel.form(), "epochs")->setText("-1");
    QVERIFY(!panel.start());
    QVERIFY(!panel.controller()->isActive());
    QVERIFY(shownError(panel.form(), "epochs").contains("0 to"));
    // No epochs and no steps: nothing to train, said by the engine's check under the field.
    lineEdit(panel.form(), "epochs")->setText("0");
    QVERIFY(!panel.start());
    QVERIFY(!panel.controller()->isActive());
    QVERIFY2(shownError(panel.form(), "epochs").contains("max_steps"), qPrintable(shownError(panel.form(), "epochs")));
}

void TestTrainingPanel::presetsAndConfigsRoundTrip()
{
    TrainingForm form;
    fillForTraining(&form, 3);
    const QStringList presets = form.presetNames();
    const int partial = presets.indexOf(QRegularExpression("Open Images.*ASL \\+ selective"));
    const int longTail = presets.indexOf(QRegularExpression("[Ll]ong tail: DB loss \\+ class-aware sampler"));
    QVERIFY(partial > 0 && longTail > 0);

    form.applyPreset(longTail);
    QJsonObject config = configOf(&form);
    QCOMPARE(config.value("loss").toString(), QString("db"));
    QCOMPARE(config.value("sampler").toString(), QString("class_aware"));
    QCOMPARE(config.value("dataset").toString(), demo_);   // a recipe keeps the data,
    QCOMPARE(config.value("epochs").toInt(), 3);            // the schedule
    QCOMPARE(config.value("backbone").toObject().value("input_size").toInt(), 32); // and the model
    QVERIFY(form.validate());

    form.applyPreset(partial);
    config = configOf(&form);
    QCOMPARE(config.value("loss").toString(), QString("partial"));
    const QJsonObject params = config.value("loss_params").toObject();
    QCOMPARE(params.value("mode").toString(), QString("selective"));
    QCOMPARE(params.value("gamma_unann").toDouble(), 4.0);
    QCOMPARE(params.value("prior_threshold").toDouble(), 0.5);
    QVERIFY(form.validate());
    setField(&form, "lr", 0.02);
    QCOMPARE(form.presetCombo()->currentIndex(), 0); // edited: custom settings again

    // A config goes through the form unchanged (the device is resolved, the rest kept).
    setField(&form, "device", "auto");
    TrainingForm other;
    other.setConfigJson(form.configJson());
    QCOMPARE(QJsonDocument::fromJson(other.configJson()), QJsonDocument::fromJson(form.configJson()));
    QCOMPARE(configOf(&other).value("device").toString(), resolveDevice("auto").id); // the first GPU, else the CPU
    QCOMPARE(configOf(&other).value("backbone").toObject().value("input_size").toInt(), 32);
    QVERIFY(!configOf(&other).value("backbone").toObject().contains("path")); // not a TorchScript backbone

    other.applyPreset(1); // the defaults, but the same data
    QCOMPARE(configOf(&other).value("epochs").toInt(), 10);
    QCOMPARE(configOf(&other).value("loss").toString(), QString("asl"));
    QCOMPARE(configOf(&other).value("dataset").toString(), demo_);
}

void TestTrainingPanel::wheelScrollsTheFormNotItsFields()
{
    TrainingPanel panel;
    panel.resize(1100, 420); // the form is taller than its view
    panel.show();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    TrainingForm* form = panel.form();
    fillForTraining(form, 3);
    const int preset = form->presetNames().indexOf(QRegularExpression("Open Images.*ASL \\+ selective"));
    QVERIFY(preset > 0);
    form->applyPreset(preset);
    QCOMPARE(form->presetCombo()->currentIndex(), preset);
    const QString config = QString::fromUtf8(form->configJson());
    QScrollArea* scroll = nullptr;
    for (QWidget* w = form; w && !scroll; w = w->parentWidget())
        scroll = qobject_cast<QScrollArea*>(w);
    QVERIFY(scroll);
    QScrollBar* bar = scroll->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);

    // Every combo box, spin box and slider of the form, under the pointer but without the focus: the wheel scrolls
    // the form and leaves the field (and so the preset) as it was.
    const auto valueOf = [](QWidget* field) {
        if (auto* combo = qobject_cast<QComboBox*>(field))
            return QVariant(combo->currentIndex());
        if (auto* spin = qobject_cast<QAbstractSpinBox*>(field))
            return QVariant(spin->text());
        return QVariant(qobject_cast<QAbstractSlider*>(field)->value());
    };
    QList<QWidget*> fields;
    for (QWidget* w : form->findChildren<QWidget*>())
        if ((qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QAbstractSlider*>(w)) &&
            !qobject_cast<QScrollBar*>(w) && w->isVisible() && w->isEnabled())
            fields << w;
    QVERIFY(fields.size() >= 5);
    int scrolled = 0;
    for (QWidget* field : fields) {
        scroll->ensureWidgetVisible(field);
        QVERIFY(!field->hasFocus());
        const QVariant before = valueOf(field);
        const int position = bar->value();
        const int notches = position < bar->maximum() ? -1 : 1;
        turnWheel(field, notches);
        QCOMPARE(valueOf(field), before);
        QVERIFY2(!field->hasFocus(), qPrintable(field->objectName())); // the wheel does not focus it either
        scrolled += bar->value() != position;
    }
    QVERIFY(scrolled > 0);
    QCOMPARE(form->presetCombo()->currentIndex(), preset);
    QCOMPARE(QString::fromUtf8(form->configJson()), config);

    // A focused field still takes the wheel.
    auto* loss = qobject_cast<QComboBox*>(form->section("loss")->editor("loss"));
    scroll->ensureWidgetVisible(loss);
    loss->setFocus(Qt::TabFocusReason);
    QVERIFY(loss->hasFocus());
    const int lossIndex = loss->currentIndex();
    turnWheel(loss, lossIndex > 0 ? 1 : -1);
    QVERIFY(loss->currentIndex() != lossIndex);
    QCOMPARE(form->presetCombo()->currentIndex(), 0); // edited: custom settings
}

void TestTrainingPanel::smoothedLossIsDebiased()
{
    // Losses 4, 2, 3 at steps 1, 2, 3: the debiased average of weight w = 0.98 is sum(w^(n-i) x_i) / sum(w^(n-i)).
    const double w = 0.98;
    const std::vector<RunStepPoint> steps = {{1, 1, 4.0, 0.1, 0}, {2, 1, 2.0, 0.1, 0}, {3, 1, 3.0, 0.1, 0}};
    const QVector<ui::LossSample> all = smoothedSamples(steps, nullptr);
    QCOMPARE(all.size(), 3);
    QCOMPARE(all[0].smoothed, 4.0); // the first loss itself, as before
    QVERIFY(std::abs(all[1].smoothed - (w * 4 + 2) / (w + 1)) < 1e-12);                   // 2.98990, not 3.96
    QVERIFY(std::abs(all[2].smoothed - (w * w * 4 + w * 2 + 3) / (w * w + w + 1)) < 1e-12); // 2.99333
    QCOMPARE(all[2].loss, 3.0);

    // Continued from the sample before: the same as smoothing all of them at once.
    const QVector<ui::LossSample> first = smoothedSamples({steps[0], steps[1]}, nullptr);
    const QVector<ui::LossSample> rest = smoothedSamples({steps[2]}, &first.back());
    QVERIFY(std::abs(rest[0].smoothed - all[2].smoothed) < 1e-12);

    // Logged every 10 steps: each gap weighs as ten steps (k = w^10).
    const double k = std::pow(w, 10);
    const QVector<ui::LossSample> sparse = smoothedSamples({{10, 1, 4.0, 0.1, 0}, {20, 1, 2.0, 0.1, 0}}, nullptr);
    QCOMPARE(sparse[0].smoothed, 4.0);
    QVERIFY(std::abs(sparse[1].smoothed - (k * 4 + 2) / (k + 1)) < 1e-12);

    // A first loss twice the rest no longer holds the curve up: after 20 steps at 1 it reads about 1.05 (the
    // average started at the first loss read 1 + 0.98^20 = 1.67).
    std::vector<RunStepPoint> drop = {{1, 1, 2.0, 0.1, 0}};
    for (int s = 2; s <= 21; ++s)
        drop.push_back({s, 1, 1.0, 0.1, 0});
    const double expected = (std::pow(w, 20) * 2 + (1 - std::pow(w, 20)) / (1 - w)) / ((1 - std::pow(w, 21)) / (1 - w));
    QVERIFY(std::abs(smoothedSamples(drop, nullptr).back().smoothed - expected) < 1e-12);
    QVERIFY(expected < 1.06);

    // A loss that is not finite shows as it is and starts the average afresh.
    const QVector<ui::LossSample> broken = smoothedSamples({{1, 1, 4.0, 0.1, 0}, {2, 1, std::nan(""), 0.1, 0}, {3, 1, 2.0, 0.1, 0}}, nullptr);
    QVERIFY(std::isnan(broken[1].smoothed));
    QCOMPARE(broken[2].smoothed, 2.0);
}

void TestTrainingPanel::trainsThroughThePanel()
{
    TrainingPanel panel;
    panel.resize(1300, 700);
    panel.show();
    panel.setRunsFolder(runs_);
    fillForTraining(panel.form(), 40);
    TrainingController* controller = panel.controller();
    QSignalSpy steps(controller, &TrainingController::stepsAdded);
    QSignalSpy epochs(controller, &TrainingController::epochFinished);
    QSignalSpy finished(controller, &TrainingController::finished);
    QSignalSpy statuses(controller, &TrainingController::statusChanged);
    LatencyProbe probe;
    probe.start();

    QTest::mouseClick(panel.startButton(), Qt::LeftButton);
    QVERIFY(controller->isActive());
    trainedRun_ = controller->runDirectory();
    QVERIFY(trainedRun_.startsWith(runs_));
    QVERIFY(!panel.startButton()->isEnabled());
    QVERIFY(!panel.form()->section("optimisation")->isEnabled());
    QVERIFY(steps.wait(60000));

    // Pause: the batch under way when Pause was pressed still finishes, then the trainer holds between two batches
    // with every step it took on the curve, and resuming goes on with the next step.
    QTest::mouseClick(panel.pauseButton(), Qt::LeftButton);
    QCOMPARE(controller->state(), TrainingController::State::Paused);
    QCOMPARE(panel.pauseButton()->text(), QString("&Resume"));
    QTRY_VERIFY_WITH_TIMEOUT(controller->isHeld(), 60000);
    QTRY_COMPARE(panel.curves()->stepCount(), int(controller->lastStatus().step));
    const int pausedAt = panel.curves()->stepCount();
    QVERIFY(panel.statusLabel()->text().startsWith("Paused"));
    QVERIFY(controller->isHeld());

    steps.clear();
    QTest::mouseClick(panel.pauseButton(), Qt::LeftButton);
    QCOMPARE(controller->state(), TrainingController::State::Running);
    QVERIFY(steps.wait(60000));
    QCOMPARE(steps.first().at(0).value<QVector<TrainingStep>>().first().step, qint64(pausedAt + 1));
    QVERIFY(epochs.wait(60000));
    QTRY_VERIFY_WITH_TIMEOUT(panel.curves()->stepCount() > pausedAt, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(panel.curves()->epochCount() >= 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(panel.longTail()->pointCount() > 0, 5000);
    QVERIFY(panel.curves()->replotCount() > 0);
    const TrainingStatus status = controller->lastStatus();
    QCOMPARE(status.epochs, 40);
    QVERIFY(status.imagesPerSecond > 0 && status.etaSeconds > 0);
    QVERIFY(panel.progressBar()->value() > 0);

    QTest::mouseClick(panel.stopButton(), Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    probe.stop();
    QCOMPARE(finished.first().at(0).value<TrainingController::Outcome>(), TrainingController::Outcome::Stopped);
    QVERIFY(QFile::exists(trainedRun_ + "/checkpoints/last.pt"));
    QVERIFY(!QFile::exists(trainedRun_ + "/model.pt"));
    QVERIFY(panel.startButton()->isEnabled());
    // The step curve holds every step the trainer reported, coalesced into far fewer deliveries and replots.
    QCOMPARE(panel.curves()->stepCount(), int(controller->lastStatus().step));
    QVERIFY(steps.size() < panel.curves()->stepCount());

    qInfo("event loop: %d probe ticks, worst gap %.1f ms, worst gap not explained by waiting for a CPU %.1f ms", probe.ticks(),
          probe.worstGapMs(), probe.worstBlockedMs());
    // A ceiling for the pathology only (training work on the GUI thread blocks it for seconds); the latency itself
    // is measured by bench/training_panel_bench.
    QVERIFY2(probe.worstBlockedMs() < 500, qPrintable(QString("the GUI thread was busy for %1 ms").arg(probe.worstBlockedMs())));

    // The history lists the run as stopped, resumable, with its best mAP.
    panel.history()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(panel.history()->find(trainedRun_) && !panel.history()->isScanning(), 10000);
    const RunSummary* summary = panel.history()->find(trainedRun_);
    QCOMPARE(summary->state, RunState::Stopped);
    QVERIFY(summary->hasCheckpoint);
    QVERIFY(summary->epochsDone >= 1);
    QVERIFY(summary->bestMetric >= 0);
    QCOMPARE(QString::fromStdString(summary->device), QString("cpu"));
    panel.history()->selectRuns({trainedRun_});
    QVERIFY(panel.history()->resumeButton()->isEnabled());

    // Resume it with fewer epochs left, to the end: the run finishes where it stopped and exports its model.
    QFile configFile(trainedRun_ + "/config.json");
    QVERIFY(configFile.open(QIODevice::ReadOnly));
    QJsonObject config = QJsonDocument::fromJson(configFile.readAll()).object();
    configFile.close();
    config["epochs"] = summary->epochsDone + 1;
    writeText(trainedRun_ + "/config.json", QJsonDocument(config).toJson());
    finished.clear();
    const qint64 stoppedAt = controller->lastStatus().step;
    QTest::mouseClick(panel.history()->resumeButton(), Qt::LeftButton);
    QVERIFY(controller->isActive());
    QCOMPARE(controller->runDirectory(), trainedRun_);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(0).value<TrainingController::Outcome>(), TrainingController::Outcome::Finished);
    QVERIFY(controller->lastStatus().step > stoppedAt);
    QVERIFY(QFile::exists(trainedRun_ + "/model.pt"));
    QTRY_VERIFY_WITH_TIMEOUT(panel.curves()->stepCount() == int(controller->lastStatus().step), 5000); // history + resumed steps

    const QString exported = dir_.path() + "/exported.pt";
    panel.exportModel(trainedRun_, exported);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(exported), 10000);
    QCOMPARE(QFileInfo(exported).size(), QFileInfo(trainedRun_ + "/model.pt").size());
    QTRY_VERIFY_WITH_TIMEOUT(panel.history()->find(trainedRun_) && panel.history()->find(trainedRun_)->state == RunState::Finished, 10000);
}

void TestTrainingPanel::followsARunWhileItIsWritten()
{
    QVERIFY(!trainedRun_.isEmpty());
    const QString run = dir_.path() + "/elsewhere/live-run";
    QDir().mkpath(run);
    QVERIFY(QFile::copy(trainedRun_ + "/config.json", run + "/config.json"));
    QVERIFY(QFile::copy(trainedRun_ + "/tags.json", run + "/tags.json"));
    writeText(run + "/metrics.jsonl", R"({"type":"step","epoch":1,"step":1,"loss":0.9,"lr":0.001,"images_per_second":50})" "\n"
                                      R"({"type":"step","epoch":1,"step":2,"loss":0.8,"lr":0.001,"images_per_second":50})" "\n");
    TrainingPanel panel;
    panel.setRunsFolder(runs_);
    panel.openRun(run);
    QTRY_VERIFY_WITH_TIMEOUT(panel.curves()->stepCount() == 2, 5000);
    QCOMPARE(panel.curves()->epochCount(), 0);

    const RunRecord trained = readRun(trainedRun_.toStdString());
    QString tagAp;
    for (std::size_t t = 0; t < trained.tags.size(); ++t)
        tagAp += (t ? "," : "") + QString::number(10 + 80 * double(t) / double(trained.tags.size())); // in percent, as mAP
    writeText(run + "/metrics.jsonl",
              QStringLiteral(R"({"type":"step","epoch":1,"step":3,"loss":0.7,"lr":0.001,"images_per_second":50})" "\n"
                             R"({"type":"epoch","epoch":1,"train_loss":0.8,"map":42,"map_head":50,"map_medium":40,"map_tail":30,"tag_ap":[%1],"seconds":3,"best":true})" "\n"
                             R"({"type":"step","epoch":2,"step":4,"loss":0.6,"lr)")
                  .arg(tagAp)
                  .toUtf8(),
              QIODevice::Append);
    QTRY_VERIFY_WITH_TIMEOUT(panel.curves()->stepCount() == 3, 5000); // the half-written line waits
    QTRY_COMPARE_WITH_TIMEOUT(panel.curves()->epochCount(), 1, 5000);
    QCOMPARE(panel.longTail()->pointCount(), int(trained.tags.size()));
    writeText(run + "/metrics.jsonl", "\":0.001,\"images_per_second\":50}\n", QIODevice::Append);
    QTRY_VERIFY_WITH_TIMEOUT(panel.curves()->stepCount() == 4, 5000);
}

void TestTrainingPanel::oneEpochRunShowsItsEpochAndBaseline()
{
    QVERIFY(!trainedRun_.isEmpty());
    const QString run = dir_.path() + "/one-epoch";
    QDir().mkpath(run);
    QFile configFile(trainedRun_ + "/config.json");
    QVERIFY(configFile.open(QIODevice::ReadOnly));
    QJsonObject config = QJsonDocument::fromJson(configFile.readAll()).object();
    config["epochs"] = 1;
    writeText(run + "/config.json", QJsonDocument(config).toJson());
    QVERIFY(QFile::copy(trainedRun_ + "/tags.json", run + "/tags.json"));
    writeText(run + "/metrics.jsonl", R"({"type":"step","epoch":1,"step":1,"loss":0.9,"lr":0.001,"images_per_second":50})" "\n"
                                      R"({"type":"step","epoch":1,"step":2,"loss":0.7,"lr":0.001,"images_per_second":50})" "\n"
                                      R"({"type":"epoch","epoch":1,"train_loss":0.8,"map":42,"map_head":50,"map_medium":40,"map_tail":30,"prior_baseline_map":21.5,"seconds":3,"best":true})" "\n");
    TrainingPanel panel;
    panel.resize(1300, 700);
    panel.show();
    panel.setRunsFolder(runs_);
    panel.openRun(run);
    ui::TrainingCurves* curves = panel.curves();
    QTRY_COMPARE_WITH_TIMEOUT(curves->epochCount(), 1, 5000);
    // The epoch axis is the run's one epoch (not 1 to 5), and the frequency prior is a line across it.
    QTRY_VERIFY_WITH_TIMEOUT(curves->priorBaselineGraph()->dataCount() == 2, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(curves->epochAxis()->range().lower, 0.5, 5000);
    QCOMPARE(curves->epochAxis()->range().upper, 1.5);
    QCPGraph* prior = curves->priorBaselineGraph();
    QVERIFY(prior->visible());
    QCOMPARE(prior->data()->constBegin()->key, 0.5);
    QCOMPARE((prior->data()->constEnd() - 1)->key, 1.5);
    QCOMPARE(prior->data()->constBegin()->value, 21.5);
    QVERIFY(curves->plot()->axisRects().size() == 3);
}

void TestTrainingPanel::comparesTwoRuns()
{
    QVERIFY(!trainedRun_.isEmpty());
    const QString other = runs_ + "/other-run";
    copyRun(trainedRun_, other);
    QFile configFile(other + "/config.json");
    QVERIFY(configFile.open(QIODevice::ReadOnly));
    QJsonObject config = QJsonDocument::fromJson(configFile.readAll()).object();
    configFile.close();
    config["lr"] = 0.0005;
    writeText(other + "/config.json", QJsonDocument(config).toJson());

    TrainingPanel panel;
    panel.setRunsFolder(runs_);
    QTRY_VERIFY_WITH_TIMEOUT(panel.history()->find(other) && panel.history()->find(trainedRun_), 10000);
    panel.history()->selectRuns({trainedRun_, other});
    QVERIFY(panel.history()->compareButton()->isEnabled());
    QTest::mouseClick(panel.history()->compareButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(panel.comparisonView()->differenceCount(), 1, 10000); // only the learning rate
    QCOMPARE(QSet<QString>({panel.shownRun(), panel.comparisonRun()}), QSet<QString>({trainedRun_, other}));
    QTRY_VERIFY_WITH_TIMEOUT(panel.curves()->comparisonStepCount() > 0 && panel.curves()->stepCount() > 0, 5000);
    QCOMPARE(panel.longTail()->comparisonPointCount(), panel.longTail()->pointCount());
    QTableWidget* table = panel.comparisonView()->table();
    bool found = false;
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->verticalHeaderItem(row)->text() == "lr") {
            found = true;
            QCOMPARE(table->item(row, panel.comparisonRun() == other ? 1 : 0)->text(), QString("0.0005"));
            QVERIFY(table->item(row, 0)->font().bold());
        }
    QVERIFY(found);
    QCOMPARE(panel.comparisonCombo()->currentData().toString(), panel.comparisonRun());
    panel.compareWith(QString());
    QCOMPARE(panel.curves()->comparisonStepCount(), 0);
    QCOMPARE(panel.longTail()->comparisonPointCount(), 0);
}

void TestTrainingPanel::longTailClickFiltersTheBrowser()
{
    QVERIFY(!trainedRun_.isEmpty());
    MainWindow window;
    window.resize(1440, 1000);
    QSignalSpy shown(&window, &MainWindow::datasetShown);
    window.show();
    window.openDataset(demo_);
    QVERIFY(shown.wait(60000));
    // View > Training (Ctrl+3) puts the training page in place of the browser.
    TrainingPanel* panel = window.trainingPanel();
    QCOMPARE(window.trainingAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_3));
    QVERIFY(window.gridView()->isVisible());
    window.trainingAction()->trigger();
    QVERIFY(window.isShowingTraining());
    QVERIFY(panel->isVisible());
    QVERIFY(!window.gridView()->isVisible());
    window.embeddingMapAction()->trigger(); // the map takes its place, and the other way round
    QVERIFY(!window.isShowingTraining() && !window.trainingAction()->isChecked());
    window.trainingAction()->trigger();
    QVERIFY(window.isShowingTraining() && !window.embeddingMapAction()->isChecked());
    QCOMPARE(panel->form()->section("data")->value("dataset").toString(), demo_); // the open dataset fills the form
    panel->openRun(trainedRun_);
    panel->showTab("long-tail");
    QTRY_VERIFY_WITH_TIMEOUT(panel->longTail()->pointCount() > 0 && !panel->isLoading(), 10000);

    const RunRecord run = readRun(trainedRun_.toStdString());
    const RunEpochPoint& last = run.metrics.epochs.back();
    std::size_t chosen = run.tags.size();
    for (std::size_t t = 0; t < run.tags.size() && chosen == run.tags.size(); ++t)
        if (std::isfinite(last.tagAp[t]) && run.tags[t].band == "tail")
            chosen = t;
    if (chosen == run.tags.size())
        chosen = 0;
    const QString labelName = QString::fromStdString(run.tags[chosen].labelName);
    int expected = -1;
    const auto data = window.dataset();
    for (std::size_t t = 0; t < data->dataset.tagCount(); ++t)
        if (data->dataset.tag(t).labelName == run.tags[chosen].labelName)
            expected = int(t);
    QVERIFY(expected >= 0);

    QCustomPlot* plot = panel->longTail()->plot();
    plot->replot();
    const QPointF pixel = panel->longTail()->pixelOf(labelName);
    QVERIFY(pixel.x() >= 0);
    QCOMPARE(panel->longTail()->labelNameAt(pixel.toPoint()), labelName);
    QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, pixel.toPoint());
    QTRY_COMPARE_WITH_TIMEOUT(window.currentTag(), expected, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isFiltering(), 10000);
    // The browser comes back to the front to show them.
    QVERIFY(!window.isShowingTraining());
    QVERIFY(!window.trainingAction()->isChecked());
    QVERIFY(window.gridView()->isVisible());
}

void TestTrainingPanel::closingDuringARunStopsItFirst()
{
    MainWindow window;
    window.show();
    TrainingPanel* panel = window.trainingPanel();
    fillForTraining(panel->form(), 40);
    QSignalSpy steps(panel->controller(), &TrainingController::stepsAdded);
    QVERIFY(panel->start());
    const QString run = panel->controller()->runDirectory();
    QVERIFY(steps.wait(60000));

    // Cancel first: the window stays and the run goes on.
    QTimer::singleShot(200, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box && box->objectName() == "stopTrainingBox");
        box->button(QMessageBox::Cancel)->click();
    });
    window.close();
    QVERIFY(window.isVisible());
    QVERIFY(panel->controller()->isActive());

    QTimer::singleShot(200, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        for (QAbstractButton* button : box->buttons())
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                button->click();
    });
    window.close();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 60000); // closed once the checkpoint is written
    QVERIFY(!panel->controller()->isActive());
    QVERIFY(QFile::exists(run + "/checkpoints/last.pt"));
}

void TestTrainingPanel::aRunInTheWindowMatchesTheCli()
{
    // The form's config trained in the window and by `tagscope-cli train`: the same loss at every step and the same
    // validation figures every epoch (seed, CPU, one thread), all but the timings.
    TrainingPanel panel;
    panel.setRunsFolder(runs_);
    fillForTraining(panel.form(), 2);
    const QString config = writeTestFile(QDir(dir_.path()), "window-config.json", panel.form()->configJson());
    QSignalSpy finished(panel.controller(), &TrainingController::finished);
    QVERIFY(panel.start());
    QVERIFY(finished.wait(180000));
    QCOMPARE(finished.first().at(0).value<TrainingController::Outcome>(), TrainingController::Outcome::Finished);
    const QString window = panel.controller()->runDirectory(), cli = dir_.path() + "/cli-run";
    const CliRun run = runCli({"train", "--config", config, "--out", cli, "--quiet"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const auto lines = [](const QString& directory) {
        QList<QJsonObject> result;
        QFile file(directory + "/metrics.jsonl");
        if (file.open(QIODevice::ReadOnly))
            while (!file.atEnd()) {
                QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
                for (const char* timing : {"seconds", "images_per_second"})
                    line.remove(timing);
                if (line.value("type") == "step" || line.value("type") == "epoch")
                    result << line;
            }
        return result;
    };
    const QList<QJsonObject> fromWindow = lines(window), fromCli = lines(cli);
    QVERIFY(fromWindow.size() > 2);
    QCOMPARE(fromWindow.size(), fromCli.size());
    for (int i = 0; i < fromWindow.size(); ++i)
        QVERIFY2(fromWindow[i] == fromCli[i], qPrintable(QJsonDocument(fromWindow[i]).toJson(QJsonDocument::Compact) + "\n"
                                                         + QJsonDocument(fromCli[i]).toJson(QJsonDocument::Compact)));
}

// The long-tail plot colours the run's tags by the window's band rule (resolved on the run's tags) and says by
// which rule the run reported its band mAPs; the comparison names both runs' bands and says when they differ.
void TestTrainingPanel::bandsOfTheLongTailAndTheComparison()
{
    QVERIFY(!trainedRun_.isEmpty());
    const RunRecord trained = readRun(trainedRun_.toStdString());
    QCOMPARE(trained.metrics.bands.rule, std::string("absolute:100:20"));
    auto bandCounts = [](const ui::LongTailPlot* plot) { // tags per band, from the plot's own rows
        std::array<int, 3> counts{};
        const ui::CsvRows rows = plot->csvRows();
        for (int r = 1; r < rows.size(); ++r)
            for (ui::TagBand band : {ui::TagBand::Head, ui::TagBand::Medium, ui::TagBand::Tail})
                counts[int(band)] += rows[r][2] == ui::bandDisplayName(band);
        return counts;
    };
    auto recordedCounts = [&] { // the bands the trainer wrote to tags.json
        std::array<int, 3> counts{};
        for (const RunTag& tag : trained.tags)
            ++counts[tag.band == "head" ? 0 : tag.band == "medium" ? 1 : 2];
        return counts;
    };

    TrainingPanel panel;
    panel.setRunsFolder(runs_);
    panel.openRun(trainedRun_);
    QTRY_VERIFY_WITH_TIMEOUT(panel.longTail()->pointCount() > 0 && !panel.isLoading(), 10000);
    QCOMPARE(bandCounts(panel.longTail()), recordedCounts()); // the run's own rule: the trainer's bands
    QVERIFY2(panel.longTailCaption()->text().contains("Bands: absolute thresholds (head over 100, tail under 20 training positives)"),
             qPrintable(panel.longTailCaption()->text()));
    QVERIFY(!panel.longTailCaption()->text().contains("other bands"));

    const BandRule thirds = *parseBandRule("thirds", nullptr);
    const ResolvedBands expected = resolveBands(trainPositives(trained.tags), thirds);
    QVERIFY(expected.counts[0] > 0 && expected.counts[2] > 0);
    panel.setBandRule(thirds);
    QCOMPARE(bandCounts(panel.longTail()), (std::array<int, 3>{int(expected.counts[0]), int(expected.counts[1]), int(expected.counts[2])}));
    QVERIFY(bandCounts(panel.longTail()) != recordedCounts());
    const QString caption = panel.longTailCaption()->text();
    QVERIFY2(caption.contains(QStringLiteral("Bands: thirds of the tags (head over %1, tail under %2 training positives)")
                                  .arg(expected.thresholds.headAbove).arg(expected.thresholds.tailBelow)), qPrintable(caption));
    QVERIFY2(caption.contains("The run's head, medium and tail mAPs use other bands: absolute thresholds."), qPrintable(caption));

    // A copy of the run that reported thirds: the comparison shows both rules and says the band mAPs do not compare.
    const QString other = runs_ + "/thirds-run";
    copyRun(trainedRun_, other);
    QFile metricsFile(other + "/metrics.jsonl");
    QVERIFY(metricsFile.open(QIODevice::ReadOnly));
    QByteArray metrics;
    for (const QByteArray& line : metricsFile.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonObject record = QJsonDocument::fromJson(line).object();
        if (record["type"] == "start") {
            record["bands"] = "thirds";
            record["head_above"] = qint64(expected.thresholds.headAbove);
            record["tail_below"] = qint64(expected.thresholds.tailBelow);
        }
        metrics += QJsonDocument(record).toJson(QJsonDocument::Compact) + "\n";
    }
    metricsFile.close();
    writeText(other + "/metrics.jsonl", metrics);
    panel.compareWith(other);
    QTRY_VERIFY_WITH_TIMEOUT(panel.comparisonView()->table()->rowCount() > 0 && !panel.isLoading(), 10000);
    QVERIFY2(panel.comparisonView()->caption().contains("The runs use different bands, so their head, medium and tail mAPs do not compare."),
             qPrintable(panel.comparisonView()->caption()));
    QTableWidget* table = panel.comparisonView()->table();
    int bandsRow = -1;
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->verticalHeaderItem(row)->text() == "Bands")
            bandsRow = row;
    QVERIFY(bandsRow >= 0);
    QCOMPARE(table->item(bandsRow, 0)->text(), QString("absolute thresholds (head over 100, tail under 20 training positives)"));
    QCOMPARE(table->item(bandsRow, 1)->text(), QStringLiteral("thirds of the tags (head over %1, tail under %2 training positives)")
                                                   .arg(expected.thresholds.headAbove).arg(expected.thresholds.tailBelow));
    QVERIFY(table->item(bandsRow, 0)->font().bold());
    // Two runs with the same bands compare without the remark.
    panel.compareWith(trainedRun_);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isLoading() && !panel.comparisonView()->caption().contains("different bands"), 10000);
}

void TestTrainingPanel::aRunCountedInStepsShowsSteps()
{
    // The form's step, validation, checkpoint and cache fields reach the run; the curves, the progress, the log
    // and the run history then count steps.
    TrainingPanel panel;
    panel.resize(1300, 700);
    panel.show();
    panel.setRunsFolder(runs_);
    fillForTraining(panel.form(), 0);
    setField(panel.form(), "max_steps", 6.0);
    setField(panel.form(), "eval_every_steps", 3.0);
    setField(panel.form(), "checkpoint_every_steps", 2.0);
    setField(panel.form(), "checkpoint_every_minutes", 30.0);
    setField(panel.form(), "cache", "off");
    const QJsonObject config = QJsonDocument::fromJson(panel.form()->configJson()).object();
    QCOMPARE(config.value("max_steps").toInt(), 6);
    QCOMPARE(config.value("epochs").toInt(), 0);
    QCOMPARE(config.value("checkpoint_every_minutes").toDouble(), 30.0);
    QVERIFY(!config.contains("cache_budget_gb")); // only with the automatic cache
    TrainingController* controller = panel.controller();
    QSignalSpy validations(controller, &TrainingController::validated);
    QSignalSpy finished(controller, &TrainingController::finished);
    QTest::mouseClick(panel.startButton(), Qt::LeftButton);
    QVERIFY(controller->isActive());
    QVERIFY(controller->countsSteps());
    const QString run = controller->runDirectory();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(0).value<TrainingController::Outcome>(), TrainingController::Outcome::Finished);
    QCOMPARE(validations.size(), 2);
    QCOMPARE(validations.at(1).at(0).value<RunEpochPoint>().step, std::int64_t(6));

    // Validation points placed at their steps on a step axis, the per-tag AP of the last one in the long tail.
    ui::TrainingCurves* curves = panel.curves();
    QTRY_COMPARE_WITH_TIMEOUT(curves->epochCount(), 2, 5000);
    QVERIFY(curves->validationBySteps());
    QCOMPARE(curves->epochAxis()->label(), QString("Step"));
    QVERIFY(curves->epochAxis()->range().upper >= 6);
    const ui::CsvRows rows = curves->csvRows();
    const auto header = std::find_if(rows.begin(), rows.end(), [](const QStringList& row) { return row.value(0) == "step" && row.size() == 5; });
    QVERIFY(header != rows.end() && header + 2 < rows.end());
    QCOMPARE((header + 1)->value(0), QString("3"));
    QCOMPARE((header + 2)->value(0), QString("6"));
    QTRY_VERIFY_WITH_TIMEOUT(panel.longTail()->pointCount() > 0, 5000);
    QVERIFY2(panel.statusLabel()->text().contains("finished 6 step"), qPrintable(panel.statusLabel()->text()));
    QVERIFY(panel.log()->toPlainText().contains("Step 3: training loss"));

    // The history: steps done of the planned steps.
    panel.history()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(panel.history()->find(run) && !panel.history()->isScanning(), 10000);
    QCOMPARE(panel.history()->find(run)->stepsDone, std::int64_t(6));
    const QList<QTreeWidgetItem*> items = panel.history()->table()->findItems(QFileInfo(run).fileName(), Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first()->text(3), QString("6 / 6 steps"));

    // Opened again from its files, the run shows its steps too.
    TrainingPanel reopened;
    reopened.setRunsFolder(runs_);
    reopened.openRun(run);
    QTRY_COMPARE_WITH_TIMEOUT(reopened.curves()->epochCount(), 2, 5000);
    QVERIFY(reopened.curves()->validationBySteps());
    QTRY_VERIFY_WITH_TIMEOUT(reopened.progressBar()->text().contains("6 of 6 step"), 5000);
}

QTEST_MAIN(TestTrainingPanel)
#include "tst_training_panel.moc"
