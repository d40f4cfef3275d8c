#include "duplicate_pairs_view.h"

#include "review_task.h"

#include "common/dataset_image_source.h"
#include "common/number_format.h"
#include "quality/named_embedding.h"
#include "quality/near_duplicates.h"
#include "quality/split_leaks.h"
#include "thumbnails/thumbnail_loader.h"

#include <QAction>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTimer>
#include <QAbstractTableModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>
#include <tuple>

namespace tagscope::gui {

namespace {
constexpr int kPictureSide = 480; // decoded at most this large: a pair is looked at closely
constexpr int kListWidth = 560;
constexpr int kSearchDelayMs = 400; // typing a distance searches once, when the typing stops

QString splitText(Split split)
{
    switch (split) {
    case Split::Train: return DuplicatePairsView::tr("train");
    case Split::Validation: return DuplicatePairsView::tr("validation");
    case Split::Test: return DuplicatePairsView::tr("test");
    case Split::Unassigned: return DuplicatePairsView::tr("no split");
    }
    return {};
}

QString decisionText(DuplicatePairsView::Decision decision)
{
    switch (decision) {
    case DuplicatePairsView::Decision::Open: return {};
    case DuplicatePairsView::Decision::KeptBoth: return DuplicatePairsView::tr("kept both");
    case DuplicatePairsView::Decision::LeftLeftOut: return DuplicatePairsView::tr("left image left out");
    case DuplicatePairsView::Decision::RightLeftOut: return DuplicatePairsView::tr("right image left out");
    }
    return {};
}
} // namespace

// The pairs listed (those the filter shows), their texts made when a row is painted: a loose threshold can find
// hundreds of thousands of pairs.
class DuplicatePairListModel : public QAbstractTableModel {
public:
    DuplicatePairListModel(const DuplicatePairsView& view, QObject* parent) : QAbstractTableModel(parent), view_(view) {}

    void setDataset(std::shared_ptr<const LoadedDataset> data) { data_ = std::move(data); }
    void reset(const std::function<void()>& change)
    {
        beginResetModel();
        change();
        endResetModel();
    }
    void decisionChanged(int row) { Q_EMIT dataChanged(index(row, 4), index(row, 4)); }

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : static_cast<int>(view_.shownPairs().size()); }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : 5; }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case 0: return DuplicatePairsView::tr("Left");
        case 1: return DuplicatePairsView::tr("Right");
        case 2: return DuplicatePairsView::tr("Distance");
        case 3: return DuplicatePairsView::tr("Splits");
        default: return DuplicatePairsView::tr("Decision");
        }
    }
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role != Qt::DisplayRole || !index.isValid() || index.row() >= rowCount() || !data_)
            return {};
        const int pairIndex = view_.shownPairs()[index.row()];
        const DuplicatePair& pair = view_.pairs()[static_cast<std::size_t>(pairIndex)];
        const Dataset& dataset = data_->dataset;
        const auto a = static_cast<std::size_t>(pair.a), b = static_cast<std::size_t>(pair.b);
        switch (index.column()) {
        case 0: return QString::fromStdString(dataset.imageName(a));
        case 1: return QString::fromStdString(dataset.imageName(b));
        case 2: return QLocale().toString(pair.distance, 'f', 4);
        case 3: {
            const QString splits = QStringLiteral("%1 / %2").arg(splitText(dataset.imageSplit(a)), splitText(dataset.imageSplit(b)));
            return pair.leak ? DuplicatePairsView::tr("%1 (leak)").arg(splits) : splits;
        }
        default: return decisionText(view_.decision(pairIndex));
        }
    }

private:
    const DuplicatePairsView& view_;
    std::shared_ptr<const LoadedDataset> data_;
};

// An image scaled to fill its frame (keeping its shape), small images scaled up: the two of a pair are compared
// side by side at the same size. Without an image it shows its text.
class PairPicture : public QLabel {
public:
    void setImage(const QImage& image)
    {
        image_ = image;
        setText({});
        update();
    }
    void setMessage(const QString& text)
    {
        image_ = {};
        setText(text);
    }

protected:
    void paintEvent(QPaintEvent* event) override
    {
        QLabel::paintEvent(event);
        if (image_.isNull())
            return;
        QPainter painter(this);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        QRectF target(QPointF(), QSizeF(image_.size()).scaled(QSizeF(contentsRect().size()) - QSizeF(8, 8), Qt::KeepAspectRatio));
        target.moveCenter(QRectF(contentsRect()).center());
        painter.drawImage(target, image_);
    }

private:
    QImage image_;
};

struct DuplicatePairsView::Side {
    QWidget* box = new QWidget;
    PairPicture* picture = new PairPicture;
    QLabel* name = new QLabel;
    QLabel* split = new QLabel;
    int image = -1;

    Side()
    {
        picture->setMinimumSize(kPictureSide / 2, kPictureSide / 2);
        picture->setWordWrap(true);
        picture->setAlignment(Qt::AlignCenter);
        picture->setFrameShape(QFrame::StyledPanel);
        name->setAlignment(Qt::AlignCenter);
        name->setTextInteractionFlags(Qt::TextSelectableByMouse);
        split->setAlignment(Qt::AlignCenter);
        auto* layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(picture, 1);
        layout->addWidget(name);
        layout->addWidget(split);
    }
};

DuplicatePairsView::DuplicatePairsView(QWidget* parent)
    : QWidget(parent), distance_(new QDoubleSpinBox), leaksOnly_(new QCheckBox(tr("Leaks only"))), export_(new QPushButton(tr("Export Leaks…"))),
      summary_(new QLabel), task_(new ReviewTask), list_(new QTreeView), model_(new DuplicatePairListModel(*this, this)), left_(std::make_unique<Side>()), right_(std::make_unique<Side>()),
      pairDistance_(new QLabel), keep_(new QPushButton(tr("Keep Both (K)"))), leaveLeft_(new QPushButton(tr("Leave Out Left (L)"))),
      leaveRight_(new QPushButton(tr("Leave Out Right (R)"))), previous_(new QPushButton(tr("Previous Pair"))), next_(new QPushButton(tr("Next Pair"))),
      searchDelay_(new QTimer(this)), loader_(new ui::ThumbnailLoader(this))
{
    setObjectName(QStringLiteral("duplicatePairsView"));
    distance_->setRange(0.0, 2.0);
    distance_->setDecimals(3);
    distance_->setSingleStep(0.01);
    distance_->setValue(kDefaultDuplicateDistance);
    distance_->setToolTip(tr("Largest cosine distance of a pair (0: identical embeddings; useful values lie between about 0.1 and 0.25)"));
    leaksOnly_->setToolTip(tr("List only the pairs whose images lie in different splits"));
    export_->setToolTip(tr("Save every leak (a pair across splits) as CSV: both images, their splits and their distance"));
    // Keys of this view only, acting at once (a button's own shortcut clicks it after its press animation). As
    // actions, the Keyboard Shortcuts dialog lists them.
    setProperty("shortcutGroup", tr("Review: Duplicates and Leaks"));
    const std::tuple<Qt::Key, QString, void (DuplicatePairsView::*)()> keys[] = {
        {Qt::Key_K, tr("Keep Both"), &DuplicatePairsView::keepBoth},
        {Qt::Key_L, tr("Leave Out Left"), &DuplicatePairsView::leaveOutLeft},
        {Qt::Key_R, tr("Leave Out Right"), &DuplicatePairsView::leaveOutRight},
        {Qt::Key_PageUp, tr("Previous Pair"), &DuplicatePairsView::previousPair},
        {Qt::Key_PageDown, tr("Next Pair"), &DuplicatePairsView::nextPair}};
    for (const auto& [key, text, slot] : keys) {
        auto* action = new QAction(text, this);
        action->setShortcut(QKeySequence(key));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    }
    keep_->setToolTip(tr("Both images stay in the dataset"));
    leaveLeft_->setToolTip(tr("Leave the left image out of the dataset (training and evaluation)"));
    leaveRight_->setToolTip(tr("Leave the right image out of the dataset (training and evaluation)"));
    previous_->setToolTip(tr("Page Up"));
    next_->setToolTip(tr("Page Down"));
    loader_->setThumbnailSide(kPictureSide);
    searchDelay_->setSingleShot(true);
    searchDelay_->setInterval(kSearchDelayMs);

    list_->setModel(model_);
    list_->setRootIsDecorated(false);
    list_->setUniformRowHeights(true);
    list_->setAllColumnsShowFocus(true);
    list_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Distance up to")));
    controls->addWidget(distance_);
    controls->addWidget(leaksOnly_);
    controls->addStretch(1);
    controls->addWidget(export_);

    summary_->setWordWrap(true);
    pairDistance_->setAlignment(Qt::AlignCenter);
    pairDistance_->setTextFormat(Qt::RichText);
    auto* sides = new QHBoxLayout;
    sides->addWidget(left_->box, 1);
    sides->addWidget(right_->box, 1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(previous_);
    actions->addStretch(1);
    actions->addWidget(leaveLeft_);
    actions->addWidget(keep_);
    actions->addWidget(leaveRight_);
    actions->addStretch(1);
    actions->addWidget(next_);
    auto* pairPanel = new QWidget;
    auto* pairLayout = new QVBoxLayout(pairPanel);
    pairLayout->addWidget(pairDistance_);
    pairLayout->addLayout(sides, 1);
    pairLayout->addLayout(actions);

    auto* splitter = new QSplitter;
    splitter->addWidget(list_);
    splitter->addWidget(pairPanel);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({kListWidth, 2 * kListWidth}); // both names, the distance and the splits in view
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(summary_);
    layout->addWidget(task_);
    layout->addWidget(splitter, 1);

    connect(distance_, &QDoubleSpinBox::valueChanged, searchDelay_, qOverload<>(&QTimer::start));
    connect(searchDelay_, &QTimer::timeout, this, &DuplicatePairsView::search);
    connect(leaksOnly_, &QCheckBox::toggled, this, &DuplicatePairsView::rebuildList);
    connect(export_, &QPushButton::clicked, this, &DuplicatePairsView::exportLeaks);
    connect(keep_, &QPushButton::clicked, this, &DuplicatePairsView::keepBoth);
    connect(leaveLeft_, &QPushButton::clicked, this, &DuplicatePairsView::leaveOutLeft);
    connect(leaveRight_, &QPushButton::clicked, this, &DuplicatePairsView::leaveOutRight);
    connect(previous_, &QPushButton::clicked, this, &DuplicatePairsView::previousPair);
    connect(next_, &QPushButton::clicked, this, &DuplicatePairsView::nextPair);
    connect(list_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        if (current.isValid() && current.row() < shown_.size())
            setCurrentPair(shown_[current.row()]);
    });
    connect(loader_, &ui::ThumbnailLoader::thumbnailReady, this, &DuplicatePairsView::thumbnailArrived);
    connect(loader_, &ui::ThumbnailLoader::thumbnailFailed, this, &DuplicatePairsView::thumbnailArrived);
    connect(task_, &ReviewTask::failed, this, [this](const QString& error) { summary_->setText(tr("Cannot search for duplicates: %1").arg(error)); });
    connect(task_, &ReviewTask::cancelled, this, [this] { summary_->setText(tr("Search cancelled.")); });
    showCurrent();
    updateSummary();
}

DuplicatePairsView::~DuplicatePairsView()
{
    // The children go after this view's members: none of them may ask for the pairs on the way out.
    list_->setModel(nullptr);
    loader_->disconnect(this);
}

void DuplicatePairsView::setInputs(std::shared_ptr<const LoadedDataset> data, std::shared_ptr<const FloatMatrix> vectors,
                                   std::vector<std::uint32_t> rowImages)
{
    data_ = std::move(data);
    vectors_ = std::move(vectors);
    rowImages_ = std::move(rowImages);
    model_->setDataset(data_);
    loader_->setSource(data_ ? std::make_shared<DatasetImageSource>(data_) : nullptr);
    showPairs({}, 0);
    search();
}

void DuplicatePairsView::setDiskCache(std::shared_ptr<const ui::ThumbnailDiskCache> cache)
{
    loader_->setDiskCache(std::move(cache));
}

void DuplicatePairsView::setDistance(double distance)
{
    distance_->setValue(distance);
    searchDelay_->stop();
    search();
}

double DuplicatePairsView::distance() const
{
    return distance_->value();
}

void DuplicatePairsView::setLeaksOnly(bool leaksOnly)
{
    leaksOnly_->setChecked(leaksOnly);
}

void DuplicatePairsView::search()
{
    searchDelay_->stop();
    if (!data_ || !vectors_)
        return;
    const double tau = distance_->value();
    std::shared_ptr<const LoadedDataset> data = data_;
    std::shared_ptr<const FloatMatrix> vectors = vectors_;
    std::vector<std::uint32_t> rowImages = rowImages_;
    task_->start(tr("Finding near duplicates…"), [this, data, vectors, rowImages, tau](const ProgressCallback& progress, const CancelToken* cancel) {
        const NamedEmbedding embedding = unitEmbedding(*vectors, rowImages, data->dataset);
        const std::optional<std::vector<RowPair>> rows = findDuplicatePairs(embedding.unit, tau, DuplicateSearch::Auto, 0, progress, cancel);
        if (!rows)
            return ReviewTask::Outcome{};
        std::vector<DuplicatePair> pairs;
        pairs.reserve(rows->size());
        for (const RowPair& row : *rows) {
            const std::uint32_t a = embedding.images[row.a], b = embedding.images[row.b];
            pairs.push_back({static_cast<int>(a), static_cast<int>(b), row.distance, isSplitLeak(data->dataset, a, b)});
        }
        const double share = shareOfAllPairs(pairs.size(), embedding.unit.rows);
        return ReviewTask::Outcome{[this, pairs = std::move(pairs), share]() mutable { showPairs(std::move(pairs), share); }, {}};
    });
}

void DuplicatePairsView::showPairs(std::vector<DuplicatePair> pairs, double share)
{
    pairs_ = std::move(pairs);
    decisions_.assign(pairs_.size(), Decision::Open);
    indistinctShare_ = share;
    current_ = -1;
    rebuildList();
}

void DuplicatePairsView::rebuildList()
{
    const int keep = current_;
    model_->reset([this] {
        shown_.clear();
        for (int i = 0; i < static_cast<int>(pairs_.size()); ++i)
            if (!leaksOnly_->isChecked() || pairs_[static_cast<std::size_t>(i)].leak)
                shown_.push_back(i);
    });
    current_ = -1;
    setCurrentPair(shown_.contains(keep) ? keep : (shown_.isEmpty() ? -1 : shown_.front()));
    updateSummary();
}

void DuplicatePairsView::setCurrentPair(int pair)
{
    if (pair == current_)
        return;
    current_ = pair;
    const int row = static_cast<int>(shown_.indexOf(pair));
    if (row >= 0 && list_->currentIndex().row() != row) {
        const QSignalBlocker blocker(list_->selectionModel());
        list_->setCurrentIndex(model_->index(row, 0));
        list_->scrollTo(model_->index(row, 0));
    }
    showCurrent();
}

void DuplicatePairsView::showCurrent()
{
    const bool any = current_ >= 0;
    const DuplicatePair pair = any ? pairs_[static_cast<std::size_t>(current_)] : DuplicatePair{};
    for (Side* side : {left_.get(), right_.get()}) {
        side->image = side == left_.get() ? pair.a : pair.b;
        side->picture->setMessage({});
        side->name->clear();
        side->split->clear();
        if (side->image < 0)
            continue;
        const auto image = static_cast<std::size_t>(side->image);
        side->name->setText(QString::fromStdString(data_->dataset.imageName(image)));
        side->split->setText(splitText(data_->dataset.imageSplit(image)));
        side->picture->setMessage(tr("Loading…"));
        if (loader_->state(side->image) == ui::ThumbnailLoader::State::Missing)
            loader_->request(side->image);
        thumbnailArrived(side->image);
    }
    if (any) {
        const QString distance = tr("Distance %1").arg(QLocale().toString(pair.distance, 'f', 4));
        pairDistance_->setText(pair.leak ? QStringLiteral("%1 &nbsp; <span style='background:#c0392b;color:white;'>&nbsp;%2&nbsp;</span>")
                                               .arg(distance.toHtmlEscaped(), tr("Leak").toHtmlEscaped())
                                         : distance.toHtmlEscaped());
        Q_EMIT imageChosen(pair.a);
    } else {
        pairDistance_->setText(pairs_.empty() ? tr("No pair to show.") : tr("No leak among these pairs."));
    }
    for (QPushButton* button : {keep_, leaveLeft_, leaveRight_})
        button->setEnabled(any);
    const int row = static_cast<int>(shown_.indexOf(current_));
    previous_->setEnabled(row > 0);
    next_->setEnabled(row >= 0 && row + 1 < shown_.size());
}

void DuplicatePairsView::thumbnailArrived(int image)
{
    for (Side* side : {left_.get(), right_.get()}) {
        if (side->image != image)
            continue;
        if (loader_->state(image) == ui::ThumbnailLoader::State::Loaded)
            side->picture->setImage(loader_->thumbnail(image));
        else if (loader_->state(image) == ui::ThumbnailLoader::State::Failed)
            side->picture->setMessage(loader_->error(image));
    }
}

void DuplicatePairsView::decide(Decision decision)
{
    if (current_ < 0)
        return;
    const DuplicatePair pair = pairs_[static_cast<std::size_t>(current_)];
    decisions_[static_cast<std::size_t>(current_)] = decision;
    const int row = static_cast<int>(shown_.indexOf(current_));
    if (row >= 0)
        model_->decisionChanged(row);
    switch (decision) {
    case Decision::KeptBoth: Q_EMIT keepRequested({pair.a, pair.b}); break;
    case Decision::LeftLeftOut: Q_EMIT leaveOutRequested({pair.a}); break;
    case Decision::RightLeftOut: Q_EMIT leaveOutRequested({pair.b}); break;
    case Decision::Open: break;
    }
    updateSummary();
    nextPair();
}

void DuplicatePairsView::keepBoth()
{
    decide(Decision::KeptBoth);
}

void DuplicatePairsView::leaveOutLeft()
{
    decide(Decision::LeftLeftOut);
}

void DuplicatePairsView::leaveOutRight()
{
    decide(Decision::RightLeftOut);
}

void DuplicatePairsView::nextPair()
{
    const int row = static_cast<int>(shown_.indexOf(current_));
    if (row >= 0 && row + 1 < shown_.size())
        setCurrentPair(shown_[row + 1]);
}

void DuplicatePairsView::previousPair()
{
    const int row = static_cast<int>(shown_.indexOf(current_));
    if (row > 0)
        setCurrentPair(shown_[row - 1]);
}

void DuplicatePairsView::updateSummary()
{
    std::size_t leaks = 0, decided = 0;
    for (std::size_t i = 0; i < pairs_.size(); ++i) {
        leaks += pairs_[i].leak ? 1 : 0;
        decided += decisions_[i] != Decision::Open ? 1 : 0;
    }
    QString text = tr("%Ln pair(s) within %1", "", static_cast<int>(pairs_.size())).arg(QLocale().toString(distance_->value(), 'f', 3)) +
                   QStringLiteral(", ") + tr("%Ln leak(s) across splits", "", static_cast<int>(leaks)) + QStringLiteral("; ") +
                   tr("%Ln decided", "", static_cast<int>(decided));
    if (indistinctShare_ > kIndistinctPairShare)
        text += QStringLiteral("<br><span style='color:#b03a2e'>%1</span>")
                    .arg(tr("%1% of all pairs of images are this close: the embedding hardly tells the images apart. Use one from a "
                            "trained model, or a lower distance.")
                             .arg(QLocale().toString(100.0 * indistinctShare_, 'f', 0))
                             .toHtmlEscaped());
    summary_->setText(text);
    export_->setEnabled(leaks > 0);
}

QString DuplicatePairsView::writeLeakCsv(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    QByteArray csv = "ImageA,ImageB,SplitA,SplitB,Distance\n";
    const Dataset& dataset = data_->dataset;
    for (const DuplicatePair& pair : pairs_) {
        if (!pair.leak)
            continue;
        const auto a = static_cast<std::size_t>(pair.a), b = static_cast<std::size_t>(pair.b);
        csv += QByteArray::fromStdString(dataset.imageName(a) + ',' + dataset.imageName(b) + ',' + splitName(dataset.imageSplit(a)) + ',' +
                                         splitName(dataset.imageSplit(b)) + ',') +
               QByteArray::number(pair.distance, 'g', 7) + '\n';
    }
    if (file.write(csv) != csv.size() || !file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

void DuplicatePairsView::exportLeaks()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Leaks"), QStringLiteral("leaks.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString error = writeLeakCsv(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export Leaks"), error);
}

} // namespace tagscope::gui
