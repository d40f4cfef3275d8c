#include "engine_texts.h"

#include <QCoreApplication>

namespace tagscope::gui {

namespace {

// Kept in step with engine/models/backbone_factory.cpp and the loss entries of engine/losses (tst_translations
// names any text missing here).
const char* const kTexts[] = {
    QT_TRANSLATE_NOOP("EngineText", "Small CNN"),
    QT_TRANSLATE_NOOP("EngineText", "Four strided conv-BN-ReLU stages (0.4 M parameters). Trains in minutes on a laptop CPU: the demo and quick checks of a loss or a sampler."),
    QT_TRANSLATE_NOOP("EngineText", "ResNet-18"),
    QT_TRANSLATE_NOOP("EngineText", "torchvision's ResNet-18 (11.2 M parameters). A fast, dependable baseline on a GPU."),
    QT_TRANSLATE_NOOP("EngineText", "ResNet-34"),
    QT_TRANSLATE_NOOP("EngineText", "torchvision's ResNet-34 (21.3 M parameters): deeper basic blocks."),
    QT_TRANSLATE_NOOP("EngineText", "ResNet-50"),
    QT_TRANSLATE_NOOP("EngineText", "torchvision's ResNet-50 v1.5 (23.5 M parameters). The usual reference for multilabel benchmarks."),
    QT_TRANSLATE_NOOP("EngineText", "ViT-Tiny/16"),
    QT_TRANSLATE_NOOP("EngineText", "Vision Transformer, 12 blocks of width 192 (5.5 M parameters). Needs much data or strong augmentation when trained from scratch."),
    QT_TRANSLATE_NOOP("EngineText", "ViT-Small/16"),
    QT_TRANSLATE_NOOP("EngineText", "Vision Transformer, 12 blocks of width 384 (21.7 M parameters)."),
    QT_TRANSLATE_NOOP("EngineText", "CoAtNet (small)"),
    QT_TRANSLATE_NOOP("EngineText", "Convolution stages then attention stages (about 6 M parameters): data-efficient like a CNN, global context like a transformer."),
    QT_TRANSLATE_NOOP("EngineText", "TorchScript file"),
    QT_TRANSLATE_NOOP("EngineText", "A feature extractor exported from Python with torch.jit.trace or torch.jit.script (a pretrained timm model, say), frozen or fine-tuned."),
    QT_TRANSLATE_NOOP("EngineText", "Binary cross-entropy"),
    QT_TRANSLATE_NOOP("EngineText", "The baseline: one independent sigmoid per tag. Rare tags are swamped by negatives on a long tail."),
    QT_TRANSLATE_NOOP("EngineText", "Weight of the positive term: one number for all tags, or one per tag"),
    QT_TRANSLATE_NOOP("EngineText", "Multiply the positive weight by (N - n_c) / n_c per tag"),
    QT_TRANSLATE_NOOP("EngineText", "Targets of -1 (not annotated): 'ignore' leaves them out of the loss, 'negative' treats them as absent"),
    QT_TRANSLATE_NOOP("EngineText", "Focal loss"),
    QT_TRANSLATE_NOOP("EngineText", "Down-weights easy examples so training focuses on the hard ones; a first step against imbalance."),
    QT_TRANSLATE_NOOP("EngineText", "Weight of positives (1 - alpha for negatives); -1: no class weighting"),
    QT_TRANSLATE_NOOP("EngineText", "Focusing exponent: 0 gives alpha-weighted BCE"),
    QT_TRANSLATE_NOOP("EngineText", "Asymmetric Loss (ASL)"),
    QT_TRANSLATE_NOOP("EngineText", "Strong focusing on negatives plus probability shifting: the standard for many-tag datasets such as Open Images, where each image has few positives and thousands of negatives."),
    QT_TRANSLATE_NOOP("EngineText", "Focusing exponent for negatives"),
    QT_TRANSLATE_NOOP("EngineText", "Focusing exponent for positives (the authors trained with 0)"),
    QT_TRANSLATE_NOOP("EngineText", "Probability margin: negatives with p below it are ignored"),
    QT_TRANSLATE_NOOP("EngineText", "Floor of probabilities inside the logarithms"),
    QT_TRANSLATE_NOOP("EngineText", "Compute the focusing weight without gradient (as the authors train)"),
    QT_TRANSLATE_NOOP("EngineText", "Distribution-Balanced loss"),
    QT_TRANSLATE_NOOP("EngineText", "Re-balances by how often each tag is sampled and tolerates the flood of negatives: made for long tails. Pair it with the class-aware sampler."),
    QT_TRANSLATE_NOOP("EngineText", "Smoothing: added to the re-balancing weight"),
    QT_TRANSLATE_NOOP("EngineText", "Smoothing: slope of the sigmoid mapping"),
    QT_TRANSLATE_NOOP("EngineText", "Smoothing: centre of the sigmoid mapping"),
    QT_TRANSLATE_NOOP("EngineText", "Negative-tolerant regularisation: scale of negative logits (lambda)"),
    QT_TRANSLATE_NOOP("EngineText", "Scale of the class-prior logit bias -log(N / n_c - 1)"),
    QT_TRANSLATE_NOOP("EngineText", "Focusing exponent"),
    QT_TRANSLATE_NOOP("EngineText", "Overall scale of the loss"),
    QT_TRANSLATE_NOOP("EngineText", "Positives per tag (taken from the training split when empty)"),
    QT_TRANSLATE_NOOP("EngineText", "Training images N (taken from the training split when 0)"),
    QT_TRANSLATE_NOOP("EngineText", "Partial-label loss (negative / ignore / selective)"),
    QT_TRANSLATE_NOOP("EngineText", "For partially annotated data such as Open Images, where most tags of an image are never checked: decides per entry whether an unannotated tag counts as a negative."),
    QT_TRANSLATE_NOOP("EngineText", "How unannotated entries are treated"),
    QT_TRANSLATE_NOOP("EngineText", "Probability margin applied to negatives and unannotated entries"),
    QT_TRANSLATE_NOOP("EngineText", "Focusing exponent for positives"),
    QT_TRANSLATE_NOOP("EngineText", "Focusing exponent for verified negatives"),
    QT_TRANSLATE_NOOP("EngineText", "Focusing exponent for unannotated entries (recipe: 4)"),
    QT_TRANSLATE_NOOP("EngineText", "Weight of positives"),
    QT_TRANSLATE_NOOP("EngineText", "Weight of verified negatives"),
    QT_TRANSLATE_NOOP("EngineText", "Weight of unannotated entries"),
    QT_TRANSLATE_NOOP("EngineText", "Selective: per batch, k = likelihood_topk x B unannotated entries with the highest p are ignored"),
    QT_TRANSLATE_NOOP("EngineText", "Selective: tags with an estimated prior above it ignore their unannotated entries (recipe: 0.5)"),
    QT_TRANSLATE_NOOP("EngineText", "Selective: tag priors (taken from the class-prior estimate when empty)"),
    QT_TRANSLATE_NOOP("EngineText", "Contrastive loss"),
    QT_TRANSLATE_NOOP("EngineText", "Pulls images of a class together and pushes other classes beyond a margin, pair by pair: the simplest embedding loss and a baseline for the others."),
    QT_TRANSLATE_NOOP("EngineText", "Positive pairs closer than this cost nothing (0: d^2)"),
    QT_TRANSLATE_NOOP("EngineText", "Negative pairs farther than this cost nothing"),
    QT_TRANSLATE_NOOP("EngineText", "Triplet loss"),
    QT_TRANSLATE_NOOP("EngineText", "An anchor must be closer to a positive than to a negative by a margin. Batch-hard mining on P x K batches is the strong default for retrieval."),
    QT_TRANSLATE_NOOP("EngineText", "Margin on normalised embeddings (0.2 is also common)"),
    QT_TRANSLATE_NOOP("EngineText", "Which triplets of the batch count"),
    QT_TRANSLATE_NOOP("EngineText", "Soft margin: softplus(d_ap - d_an) instead of the hinge"),
    QT_TRANSLATE_NOOP("EngineText", "Quadruplet loss"),
    QT_TRANSLATE_NOOP("EngineText", "The triplet loss plus a second term that pushes apart pairs of other classes too, for a larger gap between classes than within them."),
    QT_TRANSLATE_NOOP("EngineText", "Margin of the triplet term (on squared distances; 1 is also used)"),
    QT_TRANSLATE_NOOP("EngineText", "Margin of the negative-pair term (usually margin1 / 2)"),
    QT_TRANSLATE_NOOP("EngineText", "SphereFace (A-Softmax)"),
    QT_TRANSLATE_NOOP("EngineText", "Multiplicative angular margin on a softmax over normalised class weights; the margin is phased in by annealing lambda from 1000 down to 5 over the first iterations."),
    QT_TRANSLATE_NOOP("EngineText", "Angular margin multiplier"),
    QT_TRANSLATE_NOOP("EngineText", "Iteration the lambda schedule starts at (training adds its step)"),
    QT_TRANSLATE_NOOP("EngineText", "Lambda at iteration 0"),
    QT_TRANSLATE_NOOP("EngineText", "Annealing speed"),
    QT_TRANSLATE_NOOP("EngineText", "Annealing exponent"),
    QT_TRANSLATE_NOOP("EngineText", "Lambda never drops below this"),
    QT_TRANSLATE_NOOP("EngineText", "CosFace (large margin cosine loss)"),
    QT_TRANSLATE_NOOP("EngineText", "Softmax over scaled cosines with the margin subtracted from the target cosine: stable, few hyper-parameters, strong on face and product retrieval."),
    QT_TRANSLATE_NOOP("EngineText", "Scale of the cosine logits"),
    QT_TRANSLATE_NOOP("EngineText", "Cosine margin subtracted from the target class"),
    QT_TRANSLATE_NOOP("EngineText", "ArcFace (additive angular margin)"),
    QT_TRANSLATE_NOOP("EngineText", "Softmax over scaled cosines with the margin added to the target angle: the geodesic margin; the usual first choice for class-based embedding training."),
    QT_TRANSLATE_NOOP("EngineText", "Angular margin added to the target angle (radians)"),
    QT_TRANSLATE_NOOP("EngineText", "ProxyNCA"),
    QT_TRANSLATE_NOOP("EngineText", "Neighbourhood component analysis against one learnable proxy per class instead of other images: no pair or triplet mining needed."),
    QT_TRANSLATE_NOOP("EngineText", "Embeddings and proxies are normalised, then scaled by this"),
    QT_TRANSLATE_NOOP("EngineText", "Learning rate of the proxies (0: the model's)"),
    QT_TRANSLATE_NOOP("EngineText", "Adam epsilon of the proxies (0: the optimiser's)"),
    QT_TRANSLATE_NOOP("EngineText", "ProxyNCA++"),
    QT_TRANSLATE_NOOP("EngineText", "ProxyNCA with a low temperature, the positive proxy in the denominator and fast-moving proxies; pair it with max pooling, a LayerNorm head and a few epochs of backbone warm-up."),
    QT_TRANSLATE_NOOP("EngineText", "Intra-batch message passing"),
    QT_TRANSLATE_NOOP("EngineText", "Embeddings of a batch exchange messages through attention over the batch graph during training, so each learns from its neighbours; retrieval then uses the plain backbone embeddings."),
    QT_TRANSLATE_NOOP("EngineText", "Logits are divided by this"),
    QT_TRANSLATE_NOOP("EngineText", "Label smoothing of both cross-entropies"),
    QT_TRANSLATE_NOOP("EngineText", "Attention heads (must divide the embedding size)"),
    QT_TRANSLATE_NOOP("EngineText", "Feed-forward width as a multiple of the embedding size"),
    QT_TRANSLATE_NOOP("EngineText", "Dropout on the attention weights"),
    QT_TRANSLATE_NOOP("EngineText", "Dropout after the attention and in the feed-forward block"),
    QT_TRANSLATE_NOOP("EngineText", "Below 0: every pair is connected (the paper); else only pairs whose correlation exceeds it"),
    QT_TRANSLATE_NOOP("EngineText", "Weight of the backbone cross-entropy"),
    QT_TRANSLATE_NOOP("EngineText", "Weight of the message-passing cross-entropy")
};

} // namespace

QString engineText(const std::string& english)
{
    return QCoreApplication::translate("EngineText", english.c_str());
}

QStringList listedEngineTexts()
{
    QStringList texts;
    for (const char* text : kTexts)
        texts << QString::fromUtf8(text);
    return texts;
}

} // namespace tagscope::gui
