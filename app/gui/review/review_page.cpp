#include "review_page.h"

#include "common/image_mapper.h"
#include "correction_journal.h"
#include "duplicate_pairs_view.h"
#include "label_next_view.h"
#include "outlier_view.h"
#include "review_card.h"
#include "review_grid.h"
#include "review_session.h"
#include "review_thumbnails.h"

#include "common/dataset_image_source.h"

#include "common/number_format.h"
#include "thumbnails/thumbnail_loader.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>
#include <map>

namespace tagscope::gui {

namespace {

constexpr int kCardSide = 768;      // decoded once, drawn at any size the card gets
constexpr int kDecodeAhead = 8;     // the next cards decoded while the current one is judged
constexpr int kStripSide = 96;
constexpr int kNamesShown = 12;         // longer lists of an image's labels are counted
constexpr int kTagsListedInFull = 200;  // above, only the tags the image's annotations or decisions name
constexpr int kTagRole = Qt::UserRole;
constexpr int kKindRole = Qt::UserRole;

QString tagName(const Dataset& dataset, int tag)
{
    return QString::fromStdString(dataset.tag(static_cast<std::size_t>(tag)).displayName);
}

QString queueTitle(ReviewQueueKind kind)
{
    switch (kind) {
    case ReviewQueueKind::Missing: return ReviewPage::tr("Missing labels");
    case ReviewQueueKind::WrongPositive: return ReviewPage::tr("Wrong positives");
    case ReviewQueueKind::WrongNegative: return ReviewPage::tr("Wrong negatives");
    case ReviewQueueKind::LabelNext: return ReviewPage::tr("Label next");
    }
    return {};
}

QString probabilityText(double p) { return ui::decimalText(p, 2); }

} // namespace

ReviewPage::ReviewPage(QWidget* parent)
    : QWidget(parent), journal_(new CorrectionJournal(this)), session_(new ReviewSession(journal_, this)),
      cardImages_(new ui::ThumbnailLoader(this)), stripImages_(new ui::ThumbnailLoader(this)), message_(new QLabel),
      modes_(new QTabBar), stack_(new QStackedWidget), needsPage_(new QWidget), needsText_(new QLabel), right_(new QStackedWidget),
      grid_(new ReviewGrid), pairs_(new DuplicatePairsView), outliers_(new OutlierView), labelNext_(new LabelNextView), emptyPage_(new QWidget), emptyText_(new QLabel), busyPage_(new QWidget), busyText_(new QLabel),
      busyBar_(new QProgressBar), reviewPage_(new QWidget), scoresLabel_(new QLabel), queues_(new QListWidget),
      tagFilter_(new QLineEdit), tags_(new QTreeWidget), card_(new ReviewCardView)
{
    setObjectName(QStringLiteral("reviewPage"));
    setProperty("shortcutGroup", tr("Review")); // the Keyboard Shortcuts dialog lists the card's keys under it
    cardImages_->setThumbnailSide(kCardSide);
    cardImages_->setCacheLimit(160 * 1024 * 1024);
    cardImages_->setThreadCount(2);
    stripImages_->setThumbnailSide(kStripSide);
    stripImages_->setThreadCount(1);

    message_->setObjectName(QStringLiteral("reviewMessage"));
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    message_->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #611a15; padding: 6px; border-radius: 3px; }"));
    message_->hide();

    // Empty: where scores come from.
    emptyText_->setWordWrap(true);
    emptyText_->setTextFormat(Qt::RichText);
    emptyText_->setText(
        tr("<h3>Review labels</h3><p>The review asks, one image at a time, about the labels a model thinks are missing or "
           "wrong. It needs the model's scores for this dataset:</p><ul>"
           "<li>in the run history, <b>Review Labels with this Run</b>;</li>"
           "<li>or on the command line, <code>tagscope-cli crossval</code> (scores from models that never saw the image: "
           "the best) or <code>tagscope-cli predict</code>, then <b>Open Scores…</b> here.</li></ul>"
           "<p>Your answers are kept with the dataset's corrections and never change its own files.</p>"));
    auto* openButton = new QPushButton(tr("Open Scores…"));
    openButton->setObjectName(QStringLiteral("openScoresButton"));
    connect(openButton, &QPushButton::clicked, this, &ReviewPage::chooseScores);
    auto* emptyLayout = new QVBoxLayout(emptyPage_);
    emptyText_->setMaximumWidth(640);
    auto* emptyColumn = new QVBoxLayout;
    emptyColumn->addWidget(emptyText_);
    emptyColumn->addWidget(openButton, 0, Qt::AlignLeft);
    auto* emptyRow = new QHBoxLayout;
    emptyRow->addStretch(1);
    emptyRow->addLayout(emptyColumn);
    emptyRow->addStretch(1);
    emptyLayout->addStretch(1);
    emptyLayout->addLayout(emptyRow);
    emptyLayout->addStretch(2);

    // Busy: the scores being reviewed.
    auto* cancelButton = new QPushButton(tr("Cancel"));
    connect(cancelButton, &QPushButton::clicked, session_, &ReviewSession::cancel);
    auto* busyLayout = new QVBoxLayout(busyPage_);
    busyLayout->addStretch(1);
    busyLayout->addWidget(busyText_);
    busyLayout->addWidget(busyBar_);
    busyLayout->addWidget(cancelButton, 0, Qt::AlignLeft);
    busyLayout->addStretch(2);

    // The review: queues and tags on the left, the card on the right.
    queues_->setObjectName(QStringLiteral("reviewQueues"));
    queues_->setFocusPolicy(Qt::ClickFocus);
    for (int k = 0; k < kReviewQueueKinds; ++k) {
        auto* item = new QListWidgetItem(queueTitle(static_cast<ReviewQueueKind>(k)), queues_);
        item->setData(kKindRole, k);
    }
    queues_->setMaximumHeight(queues_->sizeHintForRow(0) * (kReviewQueueKinds + 1) + 2 * queues_->frameWidth());
    tagFilter_->setPlaceholderText(tr("Filter tags"));
    tagFilter_->setClearButtonEnabled(true);
    tags_->setObjectName(QStringLiteral("reviewTags"));
    tags_->setColumnCount(3);
    tags_->setHeaderLabels({tr("Tag"), tr("Hidden"), tr("Candidates")});
    tags_->headerItem()->setToolTip(1, tr("Positives estimated to hide among the tag's unknown labels"));
    tags_->headerItem()->setToolTip(2, tr("Labels the model flags in the queue shown"));
    tags_->setRootIsDecorated(false);
    tags_->setUniformRowHeights(true);
    tags_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tags_->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    tags_->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    tags_->header()->setStretchLastSection(false);
    tags_->setFocusPolicy(Qt::ClickFocus);
    connect(tagFilter_, &QLineEdit::textChanged, this, &ReviewPage::filterTags);
    connect(queues_, &QListWidget::itemClicked, this, &ReviewPage::queueClicked);
    connect(tags_, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) { tagChosen(item); });

    auto* openOther = new QPushButton(tr("Open Scores…"));
    connect(openOther, &QPushButton::clicked, this, &ReviewPage::chooseScores);
    scoresLabel_->setWordWrap(true);
    auto* left = new QWidget;
    left->setMinimumWidth(250);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(scoresLabel_);
    leftLayout->addWidget(openOther, 0, Qt::AlignLeft);
    leftLayout->addWidget(queues_);
    leftLayout->addWidget(tagFilter_);
    leftLayout->addWidget(tags_, 1);
    right_->addWidget(card_);
    right_->addWidget(grid_);
    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(right_);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 900});
    splitter->setChildrenCollapsible(false);
    auto* reviewLayout = new QVBoxLayout(reviewPage_);
    reviewLayout->setContentsMargins(0, 0, 0, 0);
    reviewLayout->addWidget(splitter);

    // What a mode needs before it shows anything (embeddings, scores).
    needsText_->setObjectName(QStringLiteral("reviewNeeds"));
    needsText_->setWordWrap(true);
    needsText_->setMaximumWidth(640);
    auto* needsRow = new QHBoxLayout;
    needsRow->addStretch(1);
    needsRow->addWidget(needsText_);
    needsRow->addStretch(1);
    auto* needsLayout = new QVBoxLayout(needsPage_);
    needsLayout->addStretch(1);
    needsLayout->addLayout(needsRow);
    needsLayout->addStretch(2);

    modes_->setObjectName(QStringLiteral("reviewModes"));
    modes_->setDocumentMode(true);
    modes_->setDrawBase(false);
    modes_->addTab(tr("Cards"));
    modes_->addTab(tr("Grid"));
    modes_->addTab(tr("Duplicates and Leaks"));
    modes_->addTab(tr("Outliers"));
    modes_->addTab(tr("Label Next"));
    modes_->setTabToolTip(0, tr("One label question at a time, answered with Y, N and S"));
    modes_->setTabToolTip(1, tr("One tag's candidates as thumbnails: select many, answer them at once"));
    modes_->setTabToolTip(2, tr("Near-duplicate images side by side, and those that leak between splits"));
    modes_->setTabToolTip(3, tr("The images farthest from all others in the embeddings"));
    modes_->setTabToolTip(4, tr("The images whose labels would teach the model most: for annotators, or to answer here"));
    connect(modes_, &QTabBar::currentChanged, this, &ReviewPage::refreshMode);

    stack_->addWidget(emptyPage_);
    stack_->addWidget(busyPage_);
    stack_->addWidget(reviewPage_);
    stack_->addWidget(needsPage_);
    stack_->addWidget(pairs_);
    stack_->addWidget(outliers_);
    stack_->addWidget(labelNext_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(message_);
    layout->addWidget(modes_);
    layout->addWidget(stack_, 1);

    // The grid's answers undone with the card's keys, while its thumbnails have the focus.
    auto* gridUndo = new QAction(tr("Undo in the Grid"), grid_->list());
    gridUndo->setShortcuts({QKeySequence(Qt::Key_Backspace), QKeySequence(Qt::CTRL | Qt::Key_Z)});
    gridUndo->setShortcutContext(Qt::WidgetShortcut);
    gridUndo->setToolTip(tr("Take back the last answer (Backspace, Ctrl+Z)"));
    grid_->list()->addAction(gridUndo);
    connect(gridUndo, &QAction::triggered, this, [this] {
        if (session_->undo())
            refreshGrid();
    });

    // The views ask; the journal writes.
    connect(grid_, &ReviewGrid::answered, this, [this](const QVector<int>& images, bool present) {
        session_->answerImages(session_->queueTag(), images, present);
    });
    connect(grid_, &ReviewGrid::imageChosen, this, [this](int image) {
        if (const int inWindow = currentImageInWindow(image); inWindow >= 0)
            Q_EMIT imageChosen(inWindow);
    });
    // Their image numbers belong to the opening they were given, which a leave-out since may have renumbered.
    connect(pairs_, &DuplicatePairsView::leaveOutRequested, this, [this](const QVector<int>& images) { leaveOut(*pairs_->dataset(), images, true); });
    connect(pairs_, &DuplicatePairsView::keepRequested, this, [this](const QVector<int>& images) { leaveOut(*pairs_->dataset(), images, false); });
    connect(pairs_, &DuplicatePairsView::imageChosen, this, [this](int image) { chooseImage(*pairs_->dataset(), image); });
    connect(outliers_, &OutlierView::leaveOutRequested, this, [this](const QVector<int>& images) { leaveOut(*outliers_->dataset(), images, true); });
    connect(outliers_, &OutlierView::keepRequested, this, [this](const QVector<int>& images) { leaveOut(*outliers_->dataset(), images, false); });
    connect(outliers_, &OutlierView::imageChosen, this, [this](int image) { chooseImage(*outliers_->dataset(), image); });
    connect(labelNext_, &LabelNextView::answerRequested, this, &ReviewPage::answerHere);
    connect(labelNext_, &LabelNextView::imageChosen, this, [this](int image) { chooseImage(*labelNext_->dataset(), image); });

    connect(card_->yesAction(), &QAction::triggered, session_, [this] { session_->answer(true); });
    connect(card_->noAction(), &QAction::triggered, session_, [this] { session_->answer(false); });
    connect(card_->skipAction(), &QAction::triggered, session_, &ReviewSession::skip);
    connect(card_->undoAction(), &QAction::triggered, session_, &ReviewSession::undo);
    connect(card_->previousAction(), &QAction::triggered, session_, [this] { session_->move(-1); });
    connect(card_->nextAction(), &QAction::triggered, session_, [this] { session_->move(1); });

    connect(session_, &ReviewSession::progressChanged, this, [this](qint64 done, qint64 total, const QString& phase) {
        busyText_->setText(phase);
        busyBar_->setRange(0, total > 0 ? 1000 : 0);
        busyBar_->setValue(total > 0 ? static_cast<int>(1000 * done / total) : 0);
    });
    connect(session_, &ReviewSession::ready, this, &ReviewPage::reviewReady);
    connect(session_, &ReviewSession::failed, this, [this](const QString& error) {
        refreshMode();
        showMessage(error);
    });
    connect(session_, &ReviewSession::cancelled, this, [this] {
        refreshMode();
        showMessage(tr("The review was cancelled."));
    });
    connect(session_, &ReviewSession::currentChanged, this, &ReviewPage::showCurrent);
    connect(session_, &ReviewSession::queuesChanged, this, &ReviewPage::refreshQueues);
    connect(journal_, &CorrectionJournal::changed, this, &ReviewPage::correctionsChanged);
    connect(journal_, &CorrectionJournal::writeFailed, this, &ReviewPage::showMessage);
    connect(cardImages_, &ui::ThumbnailLoader::thumbnailReady, this, &ReviewPage::imageReady);
    connect(cardImages_, &ui::ThumbnailLoader::thumbnailFailed, this, &ReviewPage::imageReady);
    connect(stripImages_, &ui::ThumbnailLoader::thumbnailReady, this, [this](int image) {
        if (evidenceImages_.contains(image))
            showEvidence(session_->current() ? session_->current()->tag : -1);
    });
    refreshMode();
}

ReviewPage::~ReviewPage()
{
    session_->close();
    journal_->waitForWrites();
}

void ReviewPage::setDataset(std::shared_ptr<const LoadedDataset> data)
{
    const bool sameFolder = data && data_ && data->path == data_->path;
    data_ = std::move(data);
    session_->setDataset(data_);
    if (sameFolder)
        return; // its corrections reapplied: the review goes on
    message_->hide();
    pairsStale_ = outliersStale_ = labelNextStale_ = true;
    refreshMode();
    QString error;
    if (!data_)
        journal_->close();
    else if (!journal_->openForDataset(data_->path, &error))
        showMessage(error);
}

bool ReviewPage::openScores(const QString& npyPath, QString* error)
{
    QString problem;
    message_->hide();
    if (!session_->open(npyPath, &problem)) {
        if (error)
            *error = problem;
        showMessage(problem);
        return false;
    }
    QSettings().setValue(QStringLiteral("review/lastScoresFolder"), QFileInfo(npyPath).absolutePath());
    busyText_->setText(tr("Reviewing the scores"));
    busyBar_->setRange(0, 0);
    labelNextStale_ = true;
    if (mode() != Mode::Grid)
        modes_->setCurrentIndex(static_cast<int>(Mode::Cards));
    refreshMode();
    return true;
}

void ReviewPage::chooseScores()
{
    if (!data_) {
        showMessage(tr("Open a dataset before its scores."));
        return;
    }
    const QString folder = QSettings().value(QStringLiteral("review/lastScoresFolder"), data_->path).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Scores for Review"), folder, tr("Scores (*.npy)"));
    if (!path.isEmpty())
        openScores(path);
}

void ReviewPage::showTagQueue(int tag)
{
    if (!session_->isReady()) {
        pendingTag_ = tag;
        return;
    }
    session_->setQueue(ReviewQueueKind::Missing, tag);
    modes_->setCurrentIndex(static_cast<int>(Mode::Cards));
    refreshQueues();
    for (int i = 0; i < tags_->topLevelItemCount(); ++i)
        if (tags_->topLevelItem(i)->data(0, kTagRole).toInt() == tag)
            tags_->setCurrentItem(tags_->topLevelItem(i));
    card_->setFocus();
}

QString ReviewPage::message() const { return message_->isVisible() || !message_->isHidden() ? message_->text() : QString(); }

bool ReviewPage::isShowingCards() const { return stack_->currentWidget() == reviewPage_ && right_->currentWidget() == card_; }

void ReviewPage::showMessage(const QString& text)
{
    message_->setText(text);
    message_->setVisible(!text.isEmpty());
}

void ReviewPage::reviewReady()
{
    const auto reviewed = session_->reviewedDataset();
    cardImages_->setSource(std::make_shared<DatasetImageSource>(reviewed));
    stripImages_->setSource(std::make_shared<DatasetImageSource>(reviewed));
    QString text = tr("Scores: %1").arg(QFileInfo(session_->scoresPath()).fileName());
    if (session_->inSample())
        text += QLatin1Char('\n') + tr("These scores come from a model that trained on these images: it hides its own mistakes, so fewer "
                                       "labels are flagged than cross-validation would find.");
    scoresLabel_->setText(text);
    scoresLabel_->setToolTip(session_->scoresPath());
    fillTags();
    grid_->setDataset(reviewed);
    refreshMode();
    if (pendingTag_ != -2) {
        const int tag = pendingTag_;
        pendingTag_ = -2;
        showTagQueue(tag);
    }
    refreshQueues();
    showCurrent();
    card_->setFocus();
    Q_EMIT tagIncompletenessReady(session_->hiddenPositivesByTag());
}

void ReviewPage::fillTags()
{
    tags_->clear();
    tagCountsKind_ = -1;
    const Dataset& dataset = session_->reviewedDataset()->dataset;
    auto* all = new QTreeWidgetItem(tags_, {tr("All tags")});
    all->setData(0, kTagRole, -1);
    all->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    for (const ReviewTag& t : session_->tags()) {
        auto* item = new QTreeWidgetItem(tags_, {tagName(dataset, t.tag), ui::decimalText(t.hiddenPositives, 1), QString()});
        item->setData(0, kTagRole, t.tag);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        if (t.fewLabels)
            item->setToolTip(0, tr("Few labels: the thresholds are the band's"));
    }
    filterTags(tagFilter_->text());
}

void ReviewPage::filterTags(const QString& text)
{
    const QString needle = text.trimmed();
    for (int i = 1; i < tags_->topLevelItemCount(); ++i)
        tags_->topLevelItem(i)->setHidden(!needle.isEmpty() && !tags_->topLevelItem(i)->text(0).contains(needle, Qt::CaseInsensitive));
}

void ReviewPage::refreshQueues()
{
    if (!session_->isReady())
        return;
    const int tag = session_->queueTag();
    for (int k = 0; k < kReviewQueueKinds; ++k) {
        const auto kind = static_cast<ReviewQueueKind>(k);
        QListWidgetItem* item = queues_->item(k);
        const ReviewQueueProgress progress = session_->progress(kind, tag);
        const std::uint64_t flagged = session_->candidateCount(kind, tag);
        item->setText(tr("%1 (%2) · %3 / %4 done").arg(queueTitle(kind), ui::groupedNumber(flagged)).arg(progress.done).arg(progress.total));
        item->setToolTip(tr("%1 labels flagged, the first %2 queued, %3 answered").arg(ui::groupedNumber(flagged)).arg(progress.total).arg(progress.done));
        item->setHidden(kind == ReviewQueueKind::LabelNext && progress.total == 0);
        if (kind == session_->queueKind())
            queues_->setCurrentItem(item);
    }
    // The tag list's candidate counts are those of the kind shown: rewritten when the kind changes, not per key.
    const auto kind = session_->queueKind() == ReviewQueueKind::LabelNext ? ReviewQueueKind::Missing : session_->queueKind();
    const bool recount = static_cast<int>(kind) != tagCountsKind_;
    tagCountsKind_ = static_cast<int>(kind);
    for (int i = 0; i < tags_->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = tags_->topLevelItem(i);
        const int itemTag = item->data(0, kTagRole).toInt();
        if (recount)
            item->setText(2, ui::groupedNumber(session_->candidateCount(kind, itemTag)));
        if (itemTag == tag && tags_->currentItem() != item)
            tags_->setCurrentItem(item);
    }
}

void ReviewPage::queueClicked()
{
    QListWidgetItem* item = queues_->currentItem();
    if (!item || !session_->isReady())
        return;
    session_->setQueue(static_cast<ReviewQueueKind>(item->data(kKindRole).toInt()), session_->queueTag());
    refreshQueues();
    refreshGrid();
    if (mode() == Mode::Cards)
        card_->setFocus();
}

void ReviewPage::tagChosen(QTreeWidgetItem* item)
{
    if (!item || !session_->isReady())
        return;
    const ReviewQueueKind kind = session_->queueKind() == ReviewQueueKind::LabelNext ? ReviewQueueKind::Missing : session_->queueKind();
    session_->setQueue(kind, item->data(0, kTagRole).toInt());
    refreshQueues();
    refreshGrid();
    if (mode() == Mode::Cards)
        card_->setFocus();
}

int ReviewPage::currentImageInWindow(int image) const { return sameImageIn(session_->reviewedDataset().get(), image, data_.get()); }

void ReviewPage::chooseImage(const LoadedDataset& from, int image)
{
    if (const int inWindow = sameImageIn(&from, image, data_.get()); inWindow >= 0)
        Q_EMIT imageChosen(inWindow);
}

void ReviewPage::showCurrent()
{
    if (!session_->isReady())
        return;
    const Dataset& dataset = session_->reviewedDataset()->dataset;
    const std::optional<ReviewCard> card = session_->current();
    const int size = session_->size();
    const int position = session_->position();
    const ReviewQueueProgress progress = session_->progress(session_->queueKind(), session_->queueTag());
    ReviewCardText text;
    card_->setCanUndo(session_->canUndo());
    card_->setCanMove(position > 0, position + 1 < size);
    card_->setAnswerable(card.has_value());
    if (!card) {
        shownImage_ = -1;
        pictureShown_ = false;
        text.question = size == 0 ? tr("No labels to review in this queue.") : tr("This queue is done.");
        text.evidence = size == 0 ? tr("Pick another queue or tag on the left.")
                                  : tr("%1 of %2 cards answered. Pick another queue or tag on the left, or go back with Left.")
                                        .arg(progress.done)
                                        .arg(size);
        text.position = size == 0 ? QString() : tr("End of %n card(s)", nullptr, size);
        card_->setText(text);
        card_->setImageMessage(QString());
        card_->setEvidence({}, {});
        return;
    }
    const QString name = tagName(dataset, card->tag).toHtmlEscaped();
    const ReviewTag* t = session_->reviewTag(card->tag);
    switch (card->kind) {
    case ReviewQueueKind::Missing:
    case ReviewQueueKind::LabelNext:
        text.question = tr("Is there a <b>%1</b> in this image?").arg(name);
        text.evidence = card->kind == ReviewQueueKind::Missing ? tr("The annotations say nothing about it (unknown); the model thinks it is there.")
                                                               : tr("The annotations say nothing about it (unknown); an answer here teaches the model most.");
        break;
    case ReviewQueueKind::WrongPositive:
        text.question = tr("Is there really a <b>%1</b> in this image?").arg(name);
        text.evidence = tr("The annotations say it is there (positive); the model doubts it.");
        break;
    case ReviewQueueKind::WrongNegative:
        text.question = tr("Is there a <b>%1</b> in this image after all?").arg(name);
        text.evidence = tr("The annotations say it is not there (verified negative); the model thinks it is.");
        break;
    }
    if (!std::isnan(card->p) && t) {
        const bool above = card->kind != ReviewQueueKind::WrongPositive;
        text.p = card->p;
        text.threshold = above ? t->positiveThreshold : 1 - t->negativeThreshold;
        text.flagAbove = above;
        text.probability = above ? tr("Model: %1 · flagged at %2 or more").arg(probabilityText(card->p), probabilityText(text.threshold))
                                 : tr("Model: %1 · flagged at %2 or less").arg(probabilityText(card->p), probabilityText(text.threshold));
        if (t->fewLabels)
            text.probability += QLatin1Char('\n') + tr("(few labels: the threshold is the band's)");
    } else {
        text.probability = tr("Model: no score for this tag");
    }
    if (const std::optional<LabelState> decided = session_->decisionOf(*card))
        text.decision = *decided == LabelState::Positive ? tr("Your answer: yes (set positive)") : tr("Your answer: no (set verified negative)");

    // The image's other labels by state, corrected ones marked: its annotations with the decisions on top; a tag
    // neither names is in the dataset's unannotated state (unknown, or verified negative for exhaustive labels).
    std::map<int, std::pair<LabelState, bool>> states; // tag -> state, corrected
    const LabelView annotated = dataset.labels(static_cast<std::size_t>(card->image));
    for (std::size_t l = 0; l < annotated.count; ++l)
        states[static_cast<int>(annotated.tags[l])] = {static_cast<LabelState>(annotated.flags[l]), false};
    for (const auto& [labelName, state] : journal_->decisionsOf(dataset.imageName(static_cast<std::size_t>(card->image))))
        if (const std::optional<std::uint32_t> tag = dataset.findTag(labelName))
            states[static_cast<int>(*tag)] = {state, true};
    states.erase(card->tag);
    const bool everyTag = dataset.tagCount() <= kTagsListedInFull; // else the annotated ones and a count
    QStringList positive, negative, unknown;
    const auto add = [&](int tag, LabelState state, bool corrected) {
        QString label = tagName(dataset, tag).toHtmlEscaped();
        if (corrected)
            label = QStringLiteral("<i>%1</i>&nbsp;\u270E").arg(label);
        (state == LabelState::Positive ? positive : state == LabelState::Negative ? negative : unknown) << label;
    };
    if (everyTag) {
        for (int t = 0; t < static_cast<int>(dataset.tagCount()); ++t) {
            const auto found = states.find(t);
            if (found != states.end())
                add(t, found->second.first, found->second.second);
            else if (t != card->tag)
                add(t, dataset.unannotatedState(), false);
        }
    } else {
        for (const auto& [tag, entry] : states)
            add(tag, entry.first, entry.second);
    }
    const int unlisted = everyTag ? 0 : static_cast<int>(dataset.tagCount()) - 1 - static_cast<int>(states.size());
    const auto list = [&](const QStringList& names, bool unannotatedHere) {
        QString text = names.isEmpty() && !(unannotatedHere && unlisted) ? ReviewPage::tr("none") : names.join(QStringLiteral(", "));
        if (names.size() > kNamesShown)
            text = tr("%n tag(s)", nullptr, static_cast<int>(names.size()) + (unannotatedHere ? unlisted : 0));
        else if (unannotatedHere && unlisted > 0)
            text += (names.isEmpty() ? QString() : QStringLiteral("; ")) + tr("%n tag(s) without annotation", nullptr, unlisted);
        return text;
    };
    const bool unannotatedNegative = dataset.unannotatedState() == LabelState::Negative;
    text.labels = QStringLiteral("<p><b>%1</b><br>%2</p><p><b>%3</b><br>%4</p><p><b>%5</b><br>%6</p><p style='color:gray'>%7</p>")
                      .arg(tr("Positive"), list(positive, false), tr("Verified negative"), list(negative, unannotatedNegative), tr("Unknown"),
                           list(unknown, !unannotatedNegative),
                           tr("\u270E corrected in a review"));
    text.position = tr("Card %1 of %2 · %3 done").arg(position + 1).arg(size).arg(progress.done);
    text.imageName = session_->fileName(card->image);
    text.evidenceTitle = tr("Given positives of %1 the model is surest of:").arg(tagName(dataset, card->tag));
    card_->setText(text);

    if (shownImage_ != card->image) {
        shownImage_ = card->image;
        const QImage image = cardImages_->thumbnail(card->image);
        pictureShown_ = !image.isNull();
        if (!image.isNull())
            card_->setImage(image);
        else if (cardImages_->state(card->image) == ui::ThumbnailLoader::State::Failed)
            card_->setImageMessage(cardImages_->error(card->image), true);
        else
            card_->setImageMessage(tr("Loading…"));
        const int inWindow = currentImageInWindow(card->image);
        if (inWindow >= 0)
            Q_EMIT imageChosen(inWindow);
    }
    showEvidence(card->tag);
    prefetch();
}

void ReviewPage::showEvidence(int tag)
{
    evidenceImages_ = session_->typicalPositives(tag);
    QVector<QImage> thumbnails;
    QStringList toolTips;
    for (int image : evidenceImages_) {
        thumbnails << stripImages_->thumbnail(image);
        toolTips << session_->fileName(image);
    }
    card_->setEvidence(thumbnails, toolTips);
}

void ReviewPage::prefetch()
{
    // The current card first, then the next ones, so a key press finds its image decoded.
    QVector<int> wanted, strip;
    const int position = session_->position();
    for (int p = position; p <= position + kDecodeAhead; ++p)
        if (const std::optional<ReviewCard> card = session_->cardAt(p)) {
            if (!wanted.contains(card->image))
                wanted << card->image;
            for (int image : session_->typicalPositives(card->tag))
                if (!strip.contains(image))
                    strip << image;
        }
    if (const std::optional<ReviewCard> back = session_->cardAt(position - 1))
        wanted << back->image;
    cardImages_->setWanted(wanted);
    stripImages_->setWanted(strip);
}

void ReviewPage::imageReady(int image)
{
    if (image != shownImage_)
        return;
    const QImage picture = cardImages_->thumbnail(image);
    pictureShown_ = !picture.isNull();
    if (!picture.isNull())
        card_->setImage(picture);
    else
        card_->setImageMessage(cardImages_->error(image), true);
}

} // namespace tagscope::gui
