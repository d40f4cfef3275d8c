#include "band_rule_bar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>

#include <cmath>

namespace tagscope::gui {

namespace {

enum KindIndex { kAbsolute, kShares, kThirds }; // the kind box's entries

QSpinBox* spin(const QString& objectName, int maximum, const QString& suffix, const QString& help)
{
    auto* box = new QSpinBox;
    box->setObjectName(objectName);
    box->setRange(0, maximum);
    box->setSuffix(suffix);
    box->setToolTip(help);
    box->setKeyboardTracking(false); // re-band when a number is finished, not at each digit
    return box;
}

QWidget* page(std::initializer_list<std::pair<QString, QWidget*>> fields)
{
    auto* widget = new QWidget;
    auto* layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const auto& [label, field] : fields) {
        layout->addWidget(new QLabel(label));
        layout->addWidget(field);
    }
    return widget;
}

} // namespace

BandRuleBar::BandRuleBar(QWidget* parent) : QWidget(parent)
{
    kind_ = new QComboBox;
    kind_->setObjectName(QStringLiteral("bandRuleKind"));
    kind_->addItem(tr("Absolute thresholds"));
    kind_->addItem(tr("Shares of the tags"));
    kind_->addItem(tr("Thirds of the tags"));
    kind_->setToolTip(tr("Bands by fixed numbers of training positives, or by rank: the most frequent and the rarest "
                         "shares of the tags (a third each for thirds)"));
    headAbove_ = spin(QStringLiteral("bandHeadAbove"), 1000000000, QString(), tr("Head tags have more training positives than this"));
    tailBelow_ = spin(QStringLiteral("bandTailBelow"), 1000000000, QString(), tr("Tail tags have fewer training positives than this"));
    headPercent_ = spin(QStringLiteral("bandHeadPercent"), 100, QStringLiteral(" %"), tr("The share of the tags, the most frequent, in the head"));
    tailPercent_ = spin(QStringLiteral("bandTailPercent"), 100, QStringLiteral(" %"), tr("The share of the tags, the rarest, in the tail"));
    pages_ = new QStackedWidget;
    pages_->addWidget(page({{tr("Head above"), headAbove_}, {tr("tail below"), tailBelow_}}));
    pages_->addWidget(page({{tr("Head"), headPercent_}, {tr("tail"), tailPercent_}}));
    pages_->addWidget(new QWidget); // thirds: nothing to set
    pages_->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    label_ = new QLabel(tr("Bands:"));
    layout->addWidget(label_);
    layout->addWidget(kind_);
    layout->addWidget(pages_);
    layout->addStretch(1);
    setRule(BandRule{});

    connect(kind_, &QComboBox::currentIndexChanged, this, [this](int index) {
        pages_->setCurrentIndex(index);
        emit ruleChanged();
    });
    // The two shares may not add up to more than 100 %: raising one lowers the other's limit.
    auto limitShares = [this] {
        headPercent_->setMaximum(100 - tailPercent_->value());
        tailPercent_->setMaximum(100 - headPercent_->value());
    };
    for (QSpinBox* box : {headAbove_, tailBelow_, headPercent_, tailPercent_})
        connect(box, &QSpinBox::valueChanged, this, [this, limitShares] {
            limitShares();
            emit ruleChanged();
        });
}

void BandRuleBar::setLabelVisible(bool visible)
{
    label_->setVisible(visible);
    layout()->setContentsMargins(visible ? QMargins(4, 2, 4, 2) : QMargins());
}

BandRule BandRuleBar::rule() const
{
    if (kind_->currentIndex() == kThirds)
        return *parseBandRule("thirds", nullptr);
    if (kind_->currentIndex() == kShares)
        return BandRule::quantile(headPercent_->value() / 100.0, tailPercent_->value() / 100.0);
    // A tail threshold above the head's would leave no medium: the head threshold wins.
    const auto head = static_cast<std::uint64_t>(headAbove_->value());
    return BandRule::fixed(head, std::min<std::uint64_t>(static_cast<std::uint64_t>(tailBelow_->value()), head + 1));
}

void BandRuleBar::setRule(const BandRule& rule)
{
    const QSignalBlocker blockers[] = {QSignalBlocker(kind_), QSignalBlocker(headAbove_), QSignalBlocker(tailBelow_),
                                       QSignalBlocker(headPercent_), QSignalBlocker(tailPercent_)};
    const bool quantile = rule.kind == BandRule::Kind::Quantile;
    kind_->setCurrentIndex(!quantile ? kAbsolute : formatBandRule(rule) == "thirds" ? kThirds : kShares);
    pages_->setCurrentIndex(kind_->currentIndex());
    headPercent_->setMaximum(100);
    tailPercent_->setMaximum(100);
    headAbove_->setValue(static_cast<int>(std::min<std::uint64_t>(rule.absolute.headAbove, 1000000000)));
    tailBelow_->setValue(static_cast<int>(std::min<std::uint64_t>(rule.absolute.tailBelow, 1000000000)));
    headPercent_->setValue(quantile ? static_cast<int>(std::lround(rule.headShare * 100)) : 33);
    tailPercent_->setValue(quantile ? static_cast<int>(std::lround(rule.tailShare * 100)) : 33);
    headPercent_->setMaximum(100 - tailPercent_->value());
    tailPercent_->setMaximum(100 - headPercent_->value());
}

} // namespace tagscope::gui
