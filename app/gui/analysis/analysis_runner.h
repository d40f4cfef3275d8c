#pragma once
// Runs the scans behind the summary view and the co-occurrence heatmap on worker threads, so that opening a
// 9M-image dataset or changing the heatmap's N never blocks the window. A newer request makes an older one's
// result stale; it is dropped.
#include "common/loaded_dataset.h"

#include "plots/cooccurrence_heatmap.h"
#include "plots/imbalance_summary_view.h"

#include <QFuture>
#include <QObject>

#include <atomic>
#include <memory>

namespace tagscope::gui {

class AnalysisRunner : public QObject {
    Q_OBJECT
public:
    explicit AnalysisRunner(QObject* parent = nullptr);
    ~AnalysisRunner() override; // waits for the running scans

    void computeSummaries(std::shared_ptr<const LoadedDataset> data);
    void computeCooccurrence(std::shared_ptr<const LoadedDataset> data, int topCount);
    bool isRunning() const { return pending_ > 0; }

Q_SIGNALS:
    void summariesReady(const QVector<tagscope::ui::ImbalanceFigures>& perSplit);
    void cooccurrenceReady(const tagscope::ui::CooccurrenceMatrix& matrix);

private:
    std::shared_ptr<std::atomic<quint64>> latestSummary_ = std::make_shared<std::atomic<quint64>>(0);
    std::shared_ptr<std::atomic<quint64>> latestCooccurrence_ = std::make_shared<std::atomic<quint64>>(0);
    QFuture<void> summary_;
    QFuture<void> cooccurrence_;
    int pending_ = 0;
};

} // namespace tagscope::gui
