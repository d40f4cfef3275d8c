#!/usr/bin/python3
"""Reference values for tst_metric_losses, computed with Debian's python3-torch.

Each metric-learning loss is written here again from engine/losses/README.md, independently of the C++ code
and on purpose by other routes: distances through torch.cdist, explicit loops over pairs, triplets and
quadruplets, SphereFace's psi and ArcFace's cos(theta + m) through acos instead of polynomials and the
angle-sum formula, and the intra-batch attention through torch.nn.MultiheadAttention(add_zero_attn=True).
The output (tests/data/metric_loss_reference.json) holds the inputs, and per case the loss, d loss / d embeddings
and, for losses owning class weights or proxies, d loss / d weights.
Run: /usr/bin/python3 tests/reference/make_metric_loss_reference.py > tests/data/metric_loss_reference.json
"""
import json
import math

import torch
import torch.nn.functional as F

torch.manual_seed(11)
torch.set_default_dtype(torch.float64)
B, D, C = 8, 5, 4
embeddings = torch.randn(B, D)
classes = torch.tensor([0, 0, 1, 1, 2, 2, 3, 0])
weights = torch.randn(C, D)
# Rows 5 and 6 point almost away from their class weight: cos theta_y near -1, ArcFace's fallback branch.
embeddings[5] = -weights[2] * 1.3 + 0.05 * torch.randn(D)
embeddings[6] = -weights[3] * 0.7 + 0.05 * torch.randn(D)
# Multilabel targets for the pair losses: rows share a positive tag or not (0 and -1 are not positives).
multilabel = torch.tensor([[1, 0, 1],
                           [1, 0, -1],
                           [0, 1, 0],
                           [0, 1, 1],
                           [0, 0, 1],
                           [-1, 0, 0],
                           [1, 1, 0],
                           [0, 0, 0]], dtype=torch.float64)


def same_matrix(targets):
    if targets.dim() == 2:
        pos = (targets == 1).double()
        return (pos @ pos.t() > 0) | torch.eye(B, dtype=torch.bool)
    return targets[:, None] == targets[None, :]


def unit(x):
    return x / x.norm(dim=1, keepdim=True)


def contrastive(x, y, p):
    d = torch.cdist(unit(x), unit(x))
    same = same_matrix(y)
    pos, neg = [], []
    for i in range(B):
        for j in range(i + 1, B):
            if same[i, j]:
                pos.append(torch.clamp(d[i, j] - p["pos_margin"], min=0) ** 2)
            else:
                neg.append(torch.clamp(p["neg_margin"] - d[i, j], min=0) ** 2)
    loss = torch.zeros(())
    if pos:
        loss = loss + torch.stack(pos).mean()
    if neg:
        loss = loss + torch.stack(neg).mean()
    return loss


def triplet(x, y, p):
    d = torch.cdist(unit(x), unit(x))
    same = same_matrix(y)
    gaps = []
    for a in range(B):
        positives = [q for q in range(B) if q != a and same[a, q]]
        negatives = [n for n in range(B) if not same[a, n]]
        if not positives or not negatives:
            continue
        if p["miner"] == "batch_hard":
            gaps.append(torch.stack([d[a, q] for q in positives]).max() - torch.stack([d[a, n] for n in negatives]).min())
            continue
        for q in positives:
            for n in negatives:
                gap = d[a, q] - d[a, n]
                if p["miner"] == "semi_hard" and not (0 < -gap.item() <= p["margin"]):
                    continue
                gaps.append(gap)
    if not gaps:
        return (x * 0).sum()
    gaps = torch.stack(gaps)
    if p["soft"]:
        return torch.log1p(torch.exp(gaps)).mean()
    terms = torch.clamp(gaps + p["margin"], min=0)
    nonzero = int((terms > 0).sum())
    return terms.sum() / max(nonzero, 1)


def quadruplet(x, y, p):
    d2 = torch.cdist(unit(x), unit(x)) ** 2
    same = same_matrix(y)
    first, second = [], []
    for i in range(B):
        for j in range(B):
            if j == i or not same[i, j]:
                continue
            for k in range(B):
                if same[i, k]:
                    continue
                first.append(torch.clamp(d2[i, j] - d2[i, k] + p["margin1"], min=0))
                for l in range(k + 1, B):  # unordered pair {k, l}
                    if same[i, l] or same[k, l]:
                        continue
                    second.append(torch.clamp(d2[i, j] - d2[k, l] + p["margin2"], min=0))

    def nonzero_mean(terms):
        if not terms:
            return torch.zeros(())
        t = torch.stack(terms)
        return t.sum() / max(int((t > 0).sum()), 1)
    return nonzero_mean(first) + nonzero_mean(second)


def sphereface(x, y, w, p):
    m = int(p["m"])
    lam = max(p["lambda_min"], p["lambda_base"] * (1 + p["lambda_gamma"] * p["iteration"]) ** (-p["lambda_power"]))
    wn = unit(w)
    norm = x.norm(dim=1)
    logits = []
    for i in range(B):
        row = []
        for c in range(C):
            cos = torch.dot(x[i], wn[c]) / norm[i]
            if c != int(y[i]):
                row.append(norm[i] * cos)
                continue
            theta = torch.acos(torch.clamp(cos, -1, 1))
            k = min(math.floor(m * theta.item() / math.pi), m - 1)
            psi = (-1) ** k * torch.cos(m * theta) - 2 * k
            row.append((norm[i] * psi + lam * norm[i] * cos) / (1 + lam))
        logits.append(torch.stack(row))
    return F.cross_entropy(torch.stack(logits), y)


def cosface(x, y, w, p):
    cos = unit(x) @ unit(w).t()
    onehot = F.one_hot(y, C).double()
    return F.cross_entropy(p["s"] * (cos - p["m"] * onehot), y)


fallback_rows = []


def arcface(x, y, w, p):
    m = p["m"]
    cos = torch.clamp(unit(x) @ unit(w).t(), -1, 1)
    rows = []
    fallback_rows.clear()
    for i in range(B):
        c = cos[i, y[i]]
        if c.item() > math.cos(math.pi - m):
            target = torch.cos(torch.acos(c) + m)
        else:
            fallback_rows.append(i)
            target = c - math.sin(math.pi - m) * m
        rows.append(torch.cat([cos[i, :y[i]], target[None], cos[i, y[i] + 1:]]))
    return F.cross_entropy(p["s"] * torch.stack(rows), y)


def proxy_distances(x, w, scale):
    X, P = scale * unit(x), scale * unit(w)
    return ((X[:, None, :] - P[None, :, :]) ** 2).sum(-1)


def proxynca(x, y, w, p):
    d = proxy_distances(x, w, p["scale"])
    terms = []
    for i in range(B):
        others = sum(torch.exp(-d[i, c]) for c in range(C) if c != int(y[i]))
        terms.append(-torch.log(torch.exp(-d[i, y[i]]) / others))
    return torch.stack(terms).mean()


def proxynca_pp(x, y, w, p):
    d = proxy_distances(x, w, p["scale"])
    terms = [-torch.log(torch.exp(-d[i, y[i]]) / torch.exp(-d[i]).sum()) for i in range(B)]
    return torch.stack(terms).mean()


PAIR = {"contrastive": contrastive, "triplet": triplet, "quadruplet": quadruplet}
CLASS = {"sphereface": sphereface, "cosface": cosface, "arcface": arcface, "proxynca": proxynca, "proxynca_pp": proxynca_pp}
DEFAULTS = {
    "contrastive": {"pos_margin": 0.0, "neg_margin": 0.5},
    "triplet": {"margin": 0.05, "miner": "all", "soft": False},
    "quadruplet": {"margin1": 0.2, "margin2": 0.1},
    "sphereface": {"m": 4, "iteration": 0, "lambda_base": 1000.0, "lambda_gamma": 0.12, "lambda_power": 1.0, "lambda_min": 5.0},
    "cosface": {"s": 64.0, "m": 0.35},
    "arcface": {"s": 64.0, "m": 0.5},
    "proxynca": {"scale": 1.0},
    "proxynca_pp": {"scale": 3.0},
}
CASES = [
    ("contrastive", {}, "classes"),
    ("contrastive", {"pos_margin": 0.1, "neg_margin": 0.9}, "classes"),
    ("contrastive", {"neg_margin": 1.2}, "multilabel"),
    ("triplet", {}, "classes"),
    ("triplet", {"margin": 0.3}, "multilabel"),
    ("triplet", {"miner": "batch_hard", "margin": 0.2}, "classes"),
    ("triplet", {"miner": "semi_hard", "margin": 0.4}, "classes"),
    ("triplet", {"soft": True}, "classes"),
    ("triplet", {"miner": "batch_hard", "soft": True}, "multilabel"),
    ("quadruplet", {}, "classes"),
    ("quadruplet", {"margin1": 1.0, "margin2": 0.5}, "classes"),
    ("quadruplet", {"margin1": 0.6, "margin2": 0.3}, "multilabel"),
    ("sphereface", {}, "classes"),
    ("sphereface", {"iteration": 1000}, "classes"),
    ("sphereface", {"m": 3, "iteration": 100000}, "classes"),
    ("sphereface", {"m": 2, "iteration": 50, "lambda_min": 0.0}, "classes"),
    ("cosface", {}, "classes"),
    ("cosface", {"s": 30.0, "m": 0.2}, "classes"),
    ("arcface", {}, "classes"),
    ("arcface", {"s": 16.0, "m": 1.2}, "classes"),
    ("proxynca", {}, "classes"),
    ("proxynca", {"scale": 3.0}, "classes"),
    ("proxynca_pp", {}, "classes"),
    ("proxynca_pp", {"scale": 1.0}, "classes"),
    ("proxynca_pp", {"scale": 8.0}, "classes"),
]


def rows(t):
    return t.tolist()


cases = []
for name, given, kind in CASES:
    params = dict(DEFAULTS[name], **given)
    x = embeddings.clone().requires_grad_(True)
    targets = classes if kind == "classes" else multilabel
    case = {"loss": name, "params": given, "targets": kind}
    if name in PAIR:
        value = PAIR[name](x, targets, params)
        value.backward()
    else:
        w = weights.clone().requires_grad_(True)
        value = CLASS[name](x, targets, w, params)
        value.backward()
        case["weights_grad"] = rows(w.grad)
        if name == "arcface":
            assert fallback_rows, "the ArcFace case must reach the fallback branch"
            case["fallback_rows"] = list(fallback_rows)
    case["value"] = value.item()
    case["grad"] = rows(x.grad)
    cases.append(case)


# ---- Intra-batch message passing ---------------------------------------------------------------------------
IB, ID, IC, HEADS, FF = 8, 6, 4, 2, 2
ib_embeddings = torch.randn(IB, ID) * 1.5
ib_classes = torch.tensor([0, 1, 2, 3, 0, 1, 2, 3])
attention = torch.nn.MultiheadAttention(ID, HEADS, dropout=0.0, add_zero_attn=True)
norm1, norm2 = torch.nn.LayerNorm(ID), torch.nn.LayerNorm(ID)
ff1, ff2 = torch.nn.Linear(ID, FF * ID), torch.nn.Linear(FF * ID, ID)
bn_backbone, bn_message = torch.nn.BatchNorm1d(ID), torch.nn.BatchNorm1d(ID)
fc_backbone = torch.nn.Linear(ID, IC, bias=False)
fc_message = torch.nn.Linear(ID, IC, bias=False)
with torch.no_grad():  # non-trivial values everywhere, so that every parameter matters
    for module in (norm1, norm2, bn_backbone, bn_message):
        module.weight.uniform_(0.5, 1.5)
        module.bias.uniform_(-0.3, 0.3)
    fc_backbone.weight.normal_(0, 0.5)
    fc_message.weight.normal_(0, 0.5)
    attention.in_proj_bias.uniform_(-0.2, 0.2)
    attention.out_proj.bias.uniform_(-0.2, 0.2)


def intra_batch(x, y, p):
    if p["edge_threshold"] < 0:
        mask = None
    else:
        centred = x - x.mean(dim=1, keepdim=True)
        corr = torch.clamp(unit(centred) @ unit(centred).t(), min=0)
        mask = ~(corr > p["edge_threshold"])  # True: no edge
    h, _ = attention(x[:, None, :], x[:, None, :], x[:, None, :], attn_mask=mask, need_weights=False)
    refined = norm1(x + h[:, 0, :])
    refined = norm2(refined + ff2(torch.relu(ff1(refined))))

    def smoothed_ce(logits):
        logp = torch.log_softmax(logits / p["temperature"], dim=1)
        eps = p["label_smoothing"]
        nll = -logp[torch.arange(IB), y]
        return ((1 - eps) * nll + eps * (-logp.mean(dim=1))).mean()
    return p["backbone_weight"] * smoothed_ce(fc_backbone(bn_backbone(x))) + p["message_weight"] * smoothed_ce(fc_message(bn_message(refined)))


IB_DEFAULTS = {"temperature": 0.2, "label_smoothing": 0.1, "edge_threshold": -1.0, "backbone_weight": 1.0, "message_weight": 1.0}
IB_FIXED = {"heads": HEADS, "ff_multiplier": FF, "attention_dropout": 0.0, "dropout": 0.0}
IB_CASES = [{}, {"temperature": 1.0, "label_smoothing": 0.0}, {"edge_threshold": 0.2}, {"backbone_weight": 0.5, "message_weight": 2.0}]
ib_cases = []
for given in IB_CASES:
    x = ib_embeddings.clone().requires_grad_(True)
    value = intra_batch(x, ib_classes, dict(IB_DEFAULTS, **given))
    value.backward()
    ib_cases.append({"params": dict(IB_FIXED, **given), "value": value.item(), "grad": rows(x.grad)})

w_in = attention.in_proj_weight.detach()
b_in = attention.in_proj_bias.detach()
ib_parameters = {
    "layer.query.weight": rows(w_in[:ID]), "layer.query.bias": b_in[:ID].tolist(),
    "layer.key.weight": rows(w_in[ID:2 * ID]), "layer.key.bias": b_in[ID:2 * ID].tolist(),
    "layer.value.weight": rows(w_in[2 * ID:]), "layer.value.bias": b_in[2 * ID:].tolist(),
    "layer.out.weight": rows(attention.out_proj.weight.detach()), "layer.out.bias": attention.out_proj.bias.detach().tolist(),
    "layer.ff1.weight": rows(ff1.weight.detach()), "layer.ff1.bias": ff1.bias.detach().tolist(),
    "layer.ff2.weight": rows(ff2.weight.detach()), "layer.ff2.bias": ff2.bias.detach().tolist(),
    "layer.norm1.weight": norm1.weight.detach().tolist(), "layer.norm1.bias": norm1.bias.detach().tolist(),
    "layer.norm2.weight": norm2.weight.detach().tolist(), "layer.norm2.bias": norm2.bias.detach().tolist(),
    "backbone_norm.weight": bn_backbone.weight.detach().tolist(), "backbone_norm.bias": bn_backbone.bias.detach().tolist(),
    "message_norm.weight": bn_message.weight.detach().tolist(), "message_norm.bias": bn_message.bias.detach().tolist(),
    "backbone_classifier.weight": rows(fc_backbone.weight.detach()),
    "message_classifier.weight": rows(fc_message.weight.detach()),
}

print(json.dumps({
    "embeddings": rows(embeddings), "classes": classes.tolist(), "multilabel": rows(multilabel), "weights": rows(weights),
    "cases": cases,
    "intra_batch": {"embeddings": rows(ib_embeddings), "classes": ib_classes.tolist(), "parameters": ib_parameters, "cases": ib_cases},
}, indent=1))
