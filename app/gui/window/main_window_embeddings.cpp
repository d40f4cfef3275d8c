// MainWindow's Embeddings page: the embedding map with live t-SNE, shown in place of the browser with
// View > Embedding Map (Ctrl+E) or the toolbar, fed by the window's EmbeddingStore. The map follows the browser's
// filter (named above it with a button that clears it; the points outside it are drawn hollow), its clicks show
// images in the inspector, its double-clicks query the Similar Images dock, and its selection can come back to the
// browser as a filter.
#include "main_window.h"

#include "browse/image_inspector.h"
#include "common/app_icons.h"
#include "embeddings/embedding_page.h"
#include "embeddings/embedding_source_runner.h"
#include "neighbours/neighbour_dock.h"
#include "training/training_controller.h"
#include "training/training_panel.h"

#include "forms/task_progress_widget.h"
#include "tags/image_filter_bar.h"
#include "thumbnails/thumbnail_grid_model.h"
#include "thumbnails/thumbnail_loader.h"

#include <QAction>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

namespace tagscope::gui {

void MainWindow::createEmbeddingPage()
{
    embeddingPage_ = new EmbeddingPage(embeddingStore_);
    embeddingPage_->setRunsFolder(trainingPanel_->runsFolder());
    pages_->addWidget(embeddingPage_);

    embeddingMapAction_ = new QAction(actionIcon(QStringLiteral("embedding-map"), QStyle::SP_FileDialogContentsView), tr("&Embedding Map"), this);
    embeddingMapAction_->setObjectName(QStringLiteral("embeddingMapAction"));
    embeddingMapAction_->setCheckable(true);
    embeddingMapAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    embeddingMapAction_->setToolTip(tr("Show the embedding map with live t-SNE in place of the browser (Ctrl+E)"));
    embeddingMapAction_->setEnabled(false);
    connect(embeddingMapAction_, &QAction::toggled, this, &MainWindow::showEmbeddingMap);

    connect(this, &MainWindow::datasetShown, this, [this] {
        embeddingPage_->setDataset(data_, gridModel_->loader()->source(), gridModel_->loader(), gridModel_->loader()->diskCache());
        embeddingMapAction_->setEnabled(true);
        embeddingMapAction_->setChecked(false);
    });
    connect(embeddingPage_, &EmbeddingPage::imageChosen, this, [this](int image) {
        inspector_->showImage(image, -1, 0);
        neighbourDock_->setCurrentImage(image);
    });
    // Double-click or "Find Similar Images" on the map: the Similar Images dock queries that image.
    connect(embeddingPage_, &EmbeddingPage::similarImagesRequested, this,
            [this](std::uint32_t image) { neighbourDock_->findSimilar(static_cast<int>(image)); });
    connect(embeddingPage_, &EmbeddingPage::showInBrowserRequested, this, &MainWindow::showImagesInBrowser);
    connect(embeddingPage_, &EmbeddingPage::clearFilterRequested, this, &MainWindow::showAllImages);
    connect(embeddingPage_, &EmbeddingPage::statusMessage, statusBar(), &QStatusBar::showMessage);

    // The status bar's progress widget is made after the pages: connected once the window is built.
    QTimer::singleShot(0, this, [this] {
        EmbeddingSourceRunner* sources = embeddingPage_->sources();
        connect(sources, &EmbeddingSourceRunner::started, progress_, &ui::TaskProgressWidget::start);
        connect(sources, &EmbeddingSourceRunner::progressChanged, this, [this](qint64 done, qint64 total, const QString& phase) {
            progress_->setProgress(static_cast<quint64>(done), static_cast<quint64>(total), phase);
        });
        connect(sources, &EmbeddingSourceRunner::busyChanged, this, [this](bool busy) {
            if (!busy)
                progress_->finish();
        });
        connect(progress_, &ui::TaskProgressWidget::cancelRequested, sources, &EmbeddingSourceRunner::cancel);
    });
    connect(trainingPanel_->controller(), &TrainingController::finished, this,
            [this](TrainingController::Outcome outcome, const QString&) {
                if (outcome == TrainingController::Outcome::Finished)
                    embeddingPage_->setPreferredRun(trainingPanel_->controller()->runDirectory());
            });
}

void MainWindow::showEmbeddingMap(bool show)
{
    if (!data_)
        return;
    if (show)
        showPage(embeddingPage_);
    else if (pages_->currentWidget() == embeddingPage_)
        showPage(browserPage());
}

void MainWindow::showImagesInBrowser(const QVector<int>& images)
{
    if (!data_ || images.isEmpty())
        return;
    const QString description = tr("%Ln image(s) from the embedding map", nullptr, images.size());
    imageSetFilter_ = ImageFilter::imageSet(images, description);
    filterBar_->setImageSet(description);
    showAllAction_->setEnabled(true);
    showEmbeddingMap(false);
    applyFilter();
}

void MainWindow::clearImageSetFilter()
{
    if (imageSetFilter_.kind != ImageFilter::Kind::ImageSet)
        return;
    imageSetFilter_ = ImageFilter::all();
    filterBar_->setImageSet(QString());
}

void MainWindow::updateEmbeddingFilter(const QVector<int>& images, const ImageFilter& filter)
{
    QString description;
    switch (filter.kind) {
    case ImageFilter::Kind::All: break;
    case ImageFilter::Kind::Expression:
    case ImageFilter::Kind::ImageSet: description = filter.expression; break;
    case ImageFilter::Kind::Label:
    case ImageFilter::Kind::WithoutTag:
    case ImageFilter::Kind::BothTags: {
        const auto name = [this](int tag) { return QString::fromStdString(data_->dataset.tag(static_cast<std::size_t>(tag)).displayName); };
        description = name(filter.tag);
        if (filter.kind == ImageFilter::Kind::BothTags)
            description += QStringLiteral(" + ") + name(filter.otherTag);
        else if (filter.kind == ImageFilter::Kind::WithoutTag)
            description = tr("without %1").arg(description);
        else if (filter.state == LabelState::Negative)
            description = tr("%1, verified negative").arg(description);
        else if (filter.state == LabelState::Unknown)
            description = tr("%1, unknown").arg(description);
        break;
    }
    }
    embeddingPage_->setBrowserFilter(images, filter.kind == ImageFilter::Kind::All, description);
}

} // namespace tagscope::gui
