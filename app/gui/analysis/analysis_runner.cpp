#include "analysis_runner.h"

#include "analysis_data.h"

#include <QCoreApplication>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace tagscope::gui {

AnalysisRunner::AnalysisRunner(QObject* parent) : QObject(parent) {}

AnalysisRunner::~AnalysisRunner()
{
    ++*latestSummary_;
    ++*latestCooccurrence_;
    summary_.waitForFinished();
    cooccurrence_.waitForFinished();
}

void AnalysisRunner::computeSummaries(std::shared_ptr<const LoadedDataset> data)
{
    const quint64 generation = ++*latestSummary_;
    ++pending_;
    QPointer<AnalysisRunner> self(this);
    auto latest = latestSummary_;
    summary_ = QtConcurrent::run([self, latest, generation, data = std::move(data)] {
        QVector<ui::ImbalanceFigures> figures = imbalanceFigures(*data, [&] { return latest->load() != generation; });
        // Delivered on the GUI thread, where the QPointer is read.
        QMetaObject::invokeMethod(
            qApp, [self, latest, generation, figures = std::move(figures)] {
                if (!self)
                    return;
                --self->pending_;
                if (latest->load() == generation)
                    Q_EMIT self->summariesReady(figures);
            },
            Qt::QueuedConnection);
    });
}

void AnalysisRunner::computeCooccurrence(std::shared_ptr<const LoadedDataset> data, int topCount)
{
    const quint64 generation = ++*latestCooccurrence_;
    ++pending_;
    QPointer<AnalysisRunner> self(this);
    auto latest = latestCooccurrence_;
    cooccurrence_ = QtConcurrent::run([self, latest, generation, data = std::move(data), topCount] {
        ui::CooccurrenceMatrix matrix;
        if (latest->load() == generation) // a newer request came before this one started: skip the scan
            matrix = topTagCooccurrence(*data, topCount);
        QMetaObject::invokeMethod(
            qApp, [self, latest, generation, matrix = std::move(matrix)] {
                if (!self)
                    return;
                --self->pending_;
                if (latest->load() == generation)
                    Q_EMIT self->cooccurrenceReady(matrix);
            },
            Qt::QueuedConnection);
    });
}

} // namespace tagscope::gui
