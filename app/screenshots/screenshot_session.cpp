#include "screenshot_session.h"

#include "plots/tag_histogram.h"
#include "thumbnails/thumbnail_grid_model.h"
#include "window/main_window.h"

#include <QCoreApplication>
#include <QPixmap>
#include <QTextStream>

namespace tagscope::gui {

namespace {
constexpr int kPollMs = 200;
constexpr int kGiveUpMs = 20000;
constexpr int kQuietPollsNeeded = 3; // no thumbnail pending for this many polls in a row
} // namespace

ScreenshotSession::ScreenshotSession(MainWindow* window, QString file, QString tagName)
    : QObject(window), window_(window), file_(std::move(file)), tagName_(std::move(tagName))
{
    poll_.setInterval(kPollMs);
    connect(&poll_, &QTimer::timeout, this, &ScreenshotSession::poll);
    connect(window_, &MainWindow::datasetShown, this, &ScreenshotSession::datasetShown);
    connect(window_, &MainWindow::openFailed, this, [this](const QString& message) {
        QTextStream(stderr) << "tagscope: " << message << '\n';
        save(); // the error state is worth a look too
        QCoreApplication::exit(1);
    });
}

void ScreenshotSession::datasetShown()
{
    if (!tagName_.isEmpty()) {
        const auto data = window_->dataset();
        for (std::size_t t = 0; t < data->dataset.tagCount(); ++t)
            if (QString::fromStdString(data->dataset.tag(t).displayName) == tagName_) {
                window_->setCurrentTag(static_cast<int>(t));
                break;
            }
    }
    if (!expression_.isEmpty())
        window_->setFilterExpression(expression_);
    if (!tab_.isEmpty() && !window_->showAnalysisTab(tab_))
        QTextStream(stderr) << "tagscope: no tab named " << tab_ << '\n';
    sinceShown_.start();
    poll_.start();
}

void ScreenshotSession::poll()
{
    const bool settled = !window_->isBusy() && !window_->isFiltering() && !window_->isAnalysing() && window_->gridModel()->loader()->pendingCount() == 0;
    quietPolls_ = settled ? quietPolls_ + 1 : 0;
    if (quietPolls_ < kQuietPollsNeeded && sinceShown_.elapsed() < kGiveUpMs)
        return;
    poll_.stop();
    save();
    QCoreApplication::exit(0);
}

void ScreenshotSession::save()
{
    const QPixmap picture = window_->grab();
    if (!picture.save(file_, nullptr, 0)) // quality 0: smallest PNG, screenshots go into the repository
        QTextStream(stderr) << "tagscope: cannot write " << file_ << '\n';
}

} // namespace tagscope::gui
