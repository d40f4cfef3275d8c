#include "neighbour_exporter.h"

#include "neighbour_export.h"

#include "embedding/projector_export.h"
#include "gallery/neighbour_gallery_model.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace tagscope::gui {

NeighbourExporter::NeighbourExporter(const ui::NeighbourGalleryModel* model, QWidget* dialogParent)
    : QObject(dialogParent), model_(model), dialogParent_(dialogParent)
{
    csvAction_ = new QAction(tr("Export Neighbours as &CSV…"), dialogParent);
    csvAction_->setToolTip(tr("Write the neighbours shown (rank, image, path, distance, tags) to a CSV file"));
    connect(csvAction_, &QAction::triggered, this, &NeighbourExporter::chooseCsvFile);
    projectorAction_ = new QAction(tr("Export for TensorBoard &Projector…"), dialogParent);
    projectorAction_->setToolTip(tr("Write every embedding with its image, split and tags as tensors.tsv and metadata.tsv"));
    connect(projectorAction_, &QAction::triggered, this, &NeighbourExporter::chooseProjectorFolder);
    connect(&watcher_, &QFutureWatcher<QString>::finished, this, &NeighbourExporter::projectorDone);
    updateActions();
}

NeighbourExporter::~NeighbourExporter()
{
    watcher_.waitForFinished();
}

void NeighbourExporter::setData(std::shared_ptr<const LoadedDataset> data, std::shared_ptr<const FloatMatrix> vectors,
                                std::vector<std::uint32_t> imageIds)
{
    data_ = std::move(data);
    vectors_ = std::move(vectors);
    imageIds_ = std::move(imageIds);
    updateActions();
}

void NeighbourExporter::setProjectorTag(int tag)
{
    projectorTag_ = tag;
}

void NeighbourExporter::updateActions()
{
    csvAction_->setEnabled(data_ && model_->rowCount() > 0);
    projectorAction_->setEnabled(data_ && vectors_ && !vectors_->empty() && !watcher_.isRunning());
}

QString NeighbourExporter::writeCsv(const QString& path) const
{
    if (!data_)
        return tr("No dataset is open.");
    return writeNeighbourCsv(path, *model_, data_->dataset);
}

void NeighbourExporter::chooseCsvFile()
{
    const QString suggested = QDir::home().filePath(QFileInfo(model_->query().title).completeBaseName() + QStringLiteral("-neighbours.csv"));
    const QString path = QFileDialog::getSaveFileName(dialogParent_, tr("Export Neighbours"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString error = writeCsv(path);
    if (!error.isEmpty()) {
        Q_EMIT exportFailed(error);
        return;
    }
    const int rows = model_->rowCount();
    Q_EMIT statusMessage(rows == 1 ? tr("Wrote 1 neighbour to %1").arg(QDir::toNativeSeparators(path))
                                   : tr("Wrote %1 neighbours to %2").arg(rows).arg(QDir::toNativeSeparators(path)),
                         5000);
}

void NeighbourExporter::chooseProjectorFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(dialogParent_, tr("Export for TensorBoard Projector"), QDir::homePath());
    if (!folder.isEmpty())
        exportProjector(folder);
}

void NeighbourExporter::exportProjector(const QString& folder)
{
    if (!data_ || !vectors_ || vectors_->empty() || watcher_.isRunning())
        return;
    folder_ = folder;
    ProjectorExportOptions options;
    options.folder = folder.toStdString();
    if (projectorTag_ >= 0 && std::size_t(projectorTag_) < data_->dataset.tagCount())
        options.tag = std::uint32_t(projectorTag_);
    Q_EMIT statusMessage(tr("Writing TensorBoard projector files to %1…").arg(QDir::toNativeSeparators(folder)), 0);
    watcher_.setFuture(QtConcurrent::run([data = data_, vectors = vectors_, images = imageIds_, options]() -> QString {
        try {
            tagscope::exportProjector(*vectors, images, data->dataset, options);
        } catch (const std::exception& error) {
            return QString::fromStdString(error.what());
        }
        return {};
    }));
    updateActions();
}

void NeighbourExporter::projectorDone()
{
    const QString error = watcher_.result();
    updateActions();
    if (!error.isEmpty()) {
        Q_EMIT exportFailed(tr("Could not export to %1: %2").arg(QDir::toNativeSeparators(folder_), error));
        return;
    }
    Q_EMIT statusMessage(tr("Wrote tensors.tsv and metadata.tsv to %1").arg(QDir::toNativeSeparators(folder_)), 8000);
    Q_EMIT projectorExported(folder_);
}

} // namespace tagscope::gui
