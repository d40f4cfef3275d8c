#include "neighbour_gallery.h"

#include "common/number_format.h"
#include "neighbour_delegate.h"
#include "neighbour_gallery_model.h"
#include "share_bar_delegate.h"

#include <QAction>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace tagscope::ui {

namespace {
constexpr int kQuerySide = 112;
constexpr int kThumbnailSide = 112;

QString localFile(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            return url.toLocalFile();
    return {};
}

QString chipsHtml(const QStringList& tags)
{
    QStringList chips;
    const QString color = NeighbourDelegate::sharedTagColor().name();
    for (const QString& tag : tags)
        chips << QStringLiteral("<span style='background:%1; color:white'>&nbsp;%2&nbsp;</span>").arg(color, tag.toHtmlEscaped());
    return chips.join(QStringLiteral(" "));
}
} // namespace

NeighbourGallery::NeighbourGallery(QWidget* parent) : QWidget(parent), delegate_(new NeighbourDelegate(this))
{
    setAcceptDrops(true);

    picture_ = new QLabel;
    picture_->setFixedSize(kQuerySide, kQuerySide);
    picture_->setAlignment(Qt::AlignCenter);
    picture_->setObjectName(QStringLiteral("neighbourQueryPicture"));
    picture_->setStyleSheet(QStringLiteral("QLabel#neighbourQueryPicture { border: 1px solid palette(mid); border-radius: 4px; }"));
    title_ = new QLabel;
    title_->setObjectName(QStringLiteral("neighbourQueryTitle"));
    QFont titleFont = title_->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    title_->setFont(titleFont);
    title_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    subtitle_ = new QLabel;
    subtitle_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    subtitle_->setWordWrap(true);
    tags_ = new QLabel;
    tags_->setObjectName(QStringLiteral("neighbourQueryTags"));
    tags_->setTextFormat(Qt::RichText);
    tags_->setWordWrap(true);

    back_ = new QToolButton;
    back_->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    back_->setToolTip(tr("Back to the previous query (Backspace)"));
    back_->setEnabled(false);
    forward_ = new QToolButton;
    forward_->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    forward_->setToolTip(tr("Forward to the next query (Shift+Backspace)"));
    forward_->setEnabled(false);
    connect(back_, &QToolButton::clicked, this, &NeighbourGallery::backRequested);
    connect(forward_, &QToolButton::clicked, this, &NeighbourGallery::forwardRequested);
    // Only while the gallery has the focus: the window's Alt+Left/Right step through the browser's images.
    auto* backKey = new QAction(back_->toolTip(), this); // the name the Keyboard Shortcuts dialog lists
    backKey->setShortcut(QKeySequence(Qt::Key_Backspace));
    backKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(backKey, &QAction::triggered, back_, &QToolButton::click);
    addAction(backKey);
    auto* forwardKey = new QAction(forward_->toolTip(), this);
    forwardKey->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Backspace));
    forwardKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(forwardKey, &QAction::triggered, forward_, &QToolButton::click);
    addAction(forwardKey);

    k_ = new QSpinBox;
    k_->setRange(1, 500);
    k_->setValue(24);
    k_->setToolTip(tr("How many nearest neighbours to show"));
    k_->setKeyboardTracking(false);
    metric_ = new QComboBox;
    metric_->addItem(tr("Cosine"));
    metric_->addItem(tr("Euclidean"));
    metric_->setToolTip(tr("Cosine distance (1 − cosine similarity) ignores the vectors' lengths; Euclidean does not"));
    method_ = new QComboBox;
    method_->addItem(tr("Exact"));
    method_->addItem(tr("Approximate (HNSW)"));
    method_->setToolTip(tr("Exact compares the query with every image; approximate searches a graph index, "
                           "built once in the background, which is much faster on large datasets"));
    export_ = new QToolButton;
    export_->setText(tr("Export"));
    export_->setPopupMode(QToolButton::InstantPopup);
    export_->setMenu(new QMenu(export_));
    export_->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(k_, &QSpinBox::valueChanged, this, &NeighbourGallery::settingsChanged);
    connect(metric_, &QComboBox::currentIndexChanged, this, &NeighbourGallery::settingsChanged);
    connect(method_, &QComboBox::currentIndexChanged, this, &NeighbourGallery::settingsChanged);

    message_ = new QLabel;
    message_->setObjectName(QStringLiteral("neighbourMessage"));
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    message_->hide();

    view_ = new QListView;
    view_->setObjectName(QStringLiteral("neighbourView"));
    view_->setViewMode(QListView::IconMode);
    view_->setMovement(QListView::Static);
    view_->setResizeMode(QListView::Adjust);
    view_->setUniformItemSizes(true);
    view_->setWrapping(true);
    view_->setSpacing(2);
    view_->setMouseTracking(true);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setDragDropMode(QAbstractItemView::NoDragDrop);
    view_->setAcceptDrops(false);
    view_->viewport()->setAcceptDrops(false);
    view_->setItemDelegate(delegate_);
    delegate_->setThumbnailSide(kThumbnailSide);
    connect(view_, &QListView::clicked, this, [this](const QModelIndex& index) {
        if (index.isValid())
            Q_EMIT neighbourActivated(index.data(NeighbourGalleryModel::ImageIndexRole).toInt());
    });
    connect(view_, &QListView::activated, this, [this](const QModelIndex& index) { // Enter on the keyboard
        if (index.isValid())
            Q_EMIT neighbourActivated(index.data(NeighbourGalleryModel::ImageIndexRole).toInt());
    });

    summary_ = new QTableWidget(0, 3);
    summary_->setObjectName(QStringLiteral("neighbourSummary"));
    summary_->setHorizontalHeaderLabels({tr("Query tag"), tr("Neighbours"), tr("Share")});
    summary_->verticalHeader()->hide();
    summary_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    summary_->setSelectionMode(QAbstractItemView::NoSelection);
    summary_->setShowGrid(false);
    summary_->setAlternatingRowColors(true);
    summary_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    summary_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    summary_->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Fixed);
    summary_->horizontalHeader()->resizeSection(2, 120);
    summary_->verticalHeader()->setDefaultSectionSize(summary_->fontMetrics().height() + 6);
    summary_->setItemDelegateForColumn(2, new ShareBarDelegate(NeighbourDelegate::sharedTagColor(), summary_));
    summary_->setToolTip(tr("For each tag of the query, how many of its neighbours carry it too"));

    auto* history = new QHBoxLayout;
    history->setSpacing(2);
    history->addWidget(back_);
    history->addWidget(forward_);
    history->addStretch();
    auto* text = new QVBoxLayout;
    text->setSpacing(4);
    text->addLayout(history);
    text->addWidget(title_);
    text->addWidget(subtitle_);
    text->addWidget(tags_);
    text->addStretch();
    auto* settings = new QHBoxLayout;
    settings->setSpacing(6);
    settings->addWidget(new QLabel(tr("Neighbours:")));
    settings->addWidget(k_);
    settings->addSpacing(8);
    settings->addWidget(new QLabel(tr("Distance:")));
    settings->addWidget(metric_);
    settings->addSpacing(8);
    settings->addWidget(new QLabel(tr("Search:")));
    settings->addWidget(method_);
    settings->addStretch();
    settings->addWidget(export_);

    // The query and the settings on the left, the summary beside both on the right.
    auto* top = new QGridLayout;
    top->setHorizontalSpacing(10);
    top->setVerticalSpacing(6);
    top->addWidget(picture_, 0, 0, Qt::AlignTop);
    top->addLayout(text, 0, 1);
    top->addLayout(settings, 1, 0, 1, 2);
    top->addWidget(summary_, 0, 2, 2, 1);
    top->setColumnStretch(1, 1);
    summary_->setFixedWidth(420);
    summary_->setMaximumHeight(kQuerySide + 42); // as tall as the picture and the settings row

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addWidget(message_);
    layout->addWidget(view_, 1);
    setQueryPicture({});
}

void NeighbourGallery::setModel(NeighbourGalleryModel* model)
{
    if (model_)
        disconnect(model_, nullptr, this, nullptr);
    model_ = model;
    view_->setModel(model);
    if (model) {
        model->setThumbnailSide(kThumbnailSide);
        connect(model, &QAbstractItemModel::modelReset, this, &NeighbourGallery::modelChanged);
        connect(model, &NeighbourGalleryModel::queryThumbnailReady, this, [this] {
            if (model_->query().image >= 0)
                setQueryPicture(model_->loader()->thumbnail(model_->query().image));
        });
    }
    modelChanged();
}

int NeighbourGallery::neighbourCount() const { return k_->value(); }
void NeighbourGallery::setNeighbourCount(int k) { k_->setValue(k); }
bool NeighbourGallery::cosine() const { return metric_->currentIndex() == 0; }
void NeighbourGallery::setCosine(bool cosine) { metric_->setCurrentIndex(cosine ? 0 : 1); }
bool NeighbourGallery::approximate() const { return method_->currentIndex() == 1; }
void NeighbourGallery::setApproximate(bool approximate) { method_->setCurrentIndex(approximate ? 1 : 0); }

void NeighbourGallery::setQueryPicture(const QImage& picture)
{
    if (picture.isNull()) {
        picture_->setPixmap({});
        picture_->setText(tr("No query"));
        return;
    }
    picture_->setPixmap(QPixmap::fromImage(picture.scaled(kQuerySide - 4, kQuerySide - 4, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void NeighbourGallery::setHistoryEnabled(bool back, bool forward)
{
    back_->setEnabled(back);
    forward_->setEnabled(forward);
}

void NeighbourGallery::setMessage(const QString& message, bool isError)
{
    messageIsError_ = isError && !message.isEmpty();
    message_->setText(message);
    message_->setStyleSheet(isError ? QStringLiteral("color:#b03a2e") : QString());
    message_->setVisible(!message.isEmpty());
}

QString NeighbourGallery::message() const
{
    return message_->text();
}

void NeighbourGallery::setBusy(bool busy)
{
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void NeighbourGallery::addExportAction(QAction* action)
{
    export_->menu()->addAction(action);
}

void NeighbourGallery::dragEnterEvent(QDragEnterEvent* event)
{
    if (!localFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void NeighbourGallery::dropEvent(QDropEvent* event)
{
    const QString file = localFile(event->mimeData());
    if (file.isEmpty())
        return;
    event->acceptProposedAction();
    Q_EMIT imageFileDropped(file);
}

void NeighbourGallery::modelChanged()
{
    const bool has = model_ && model_->hasQuery();
    if (!has) {
        title_->setText(tr("No query yet"));
        subtitle_->setText(tr("Choose “Find Similar Images” on an image of the browser, the inspector or the map, "
                              "or drop an image file here."));
        tags_->clear();
        setQueryPicture({});
    } else {
        const GalleryQuery& query = model_->query();
        title_->setText(query.title);
        const int count = model_->rowCount();
        const QString neighbours = count == 1 ? tr("1 neighbour") : tr("%1 neighbours").arg(count);
        subtitle_->setText(query.image >= 0 ? tr("Dataset image · %1").arg(neighbours) : tr("Image file %1 · %2").arg(query.filePath, neighbours));
        tags_->setText(query.tags.isEmpty() ? (query.image >= 0 ? tr("<i>No positive tags</i>") : QString()) : chipsHtml(query.tags));
        if (query.image >= 0) {
            const QImage thumbnail = model_->loader()->thumbnail(query.image);
            if (!thumbnail.isNull())
                setQueryPicture(thumbnail);
        }
    }
    fillSummary();
}

void NeighbourGallery::fillSummary()
{
    const QVector<TagShare> shares = model_ ? model_->summary() : QVector<TagShare>();
    summary_->setRowCount(int(shares.size()));
    for (int row = 0; row < shares.size(); ++row) {
        const TagShare& share = shares[row];
        auto* tag = new QTableWidgetItem(share.tag);
        auto* count = new QTableWidgetItem(QStringLiteral("%1 / %2").arg(share.count).arg(model_->rowCount()));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* percent = new QTableWidgetItem(percentText(share.share));
        percent->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        percent->setData(Qt::UserRole, share.share);
        summary_->setItem(row, 0, tag);
        summary_->setItem(row, 1, count);
        summary_->setItem(row, 2, percent);
    }
    const bool byFile = model_ && model_->query().image < 0;
    summary_->setHorizontalHeaderLabels({byFile ? tr("Tag among neighbours") : tr("Query tag"), tr("Neighbours"), tr("Share")});
    summary_->setVisible(!shares.isEmpty());
}

} // namespace tagscope::ui
