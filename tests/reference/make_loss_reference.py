#!/usr/bin/python3
"""Reference values for tst_losses, computed with Debian's python3-torch (same operators as LibTorch).

Each loss is written here again from engine/losses/README.md, independently of the C++ code; the output
(tests/data/loss_reference.json) holds the inputs, the loss and d loss / d logits for every case.
Run: /usr/bin/python3 tests/reference/make_loss_reference.py > tests/data/loss_reference.json
"""
import json

import torch

torch.manual_seed(7)
B, C = 6, 5
logits = (torch.randn(B, C, dtype=torch.float64) * 2.5)
targets = torch.tensor([[1, 0, -1, 0, 1],
                        [0, 1, 0, -1, -1],
                        [-1, -1, 1, 0, 0],
                        [1, 1, 0, 0, -1],
                        [0, 0, 0, 0, 0],       # no positive: DB's repeat rate is 0
                        [-1, 0, -1, 1, 0]], dtype=torch.float64)
class_positives = [120.0, 40.0, 9.0, 700.0, 3.0]
train_images = 1000.0
class_priors = [0.30, 0.01, 0.02, 0.70, 0.001]


def masks(y, unknown):
    pos = (y == 1).double()
    if unknown == "ignore":
        return pos, (y == 0).double(), (y != -1).double()
    return pos, 1 - pos, torch.ones_like(y)


def bce_elements(x, pos):
    return torch.clamp(x, min=0) - x * pos + torch.log1p(torch.exp(-x.abs()))


def bce(x, y, p):
    pos, neg, w = masks(y, p["unknown"])
    pw = p["pos_weight"] if p["pos_weight"] is not None else 1.0
    if p["balance_pos_weight"]:
        n = torch.tensor(class_positives, dtype=torch.float64)
        pw = torch.as_tensor(pw, dtype=torch.float64) * (train_images - n) / n
    # PyTorch's own pos_weight formula, through its functional API
    el = torch.nn.functional.binary_cross_entropy_with_logits(x, pos, pos_weight=torch.as_tensor(pw, dtype=torch.float64) * torch.ones(C, dtype=torch.float64), reduction="none")
    return (el * w).sum() / w.sum()


def focal(x, y, p):
    pos, neg, w = masks(y, p["unknown"])
    prob = torch.sigmoid(x)
    pt = prob * pos + (1 - prob) * (1 - pos)
    at = p["alpha"] * pos + (1 - p["alpha"]) * (1 - pos)
    return (bce_elements(x, pos) * (1 - pt) ** p["gamma"] * at * w).sum() / w.sum()


def asl(x, y, p):
    pos, neg, w = masks(y, p["unknown"])
    prob = torch.sigmoid(x)
    pm = 1 - prob
    if p["clip"] > 0:
        pm = torch.clamp(pm + p["clip"], max=1)
    loss = pos * torch.log(torch.clamp(prob, min=p["eps"])) + neg * torch.log(torch.clamp(pm, min=p["eps"]))
    def weight():
        pt = prob * pos + pm * neg
        return (1 - pt) ** (p["gamma_pos"] * pos + p["gamma_neg"] * neg)
    if not p["detach_focusing"]:
        wt = weight()
    else:
        with torch.no_grad():
            wt = weight()
    return -(loss * wt * w).sum()


def db(x, y, p):
    pos, neg, w = masks(y, p["unknown"])
    n = torch.tensor(p.get("class_counts", class_positives), dtype=torch.float64)
    total = p.get("num_samples", train_images)
    inv = 1.0 / n
    with torch.no_grad():
        rate = (pos * inv).sum(1, keepdim=True)
        r = inv.unsqueeze(0) / rate
        wt = torch.sigmoid(p["beta"] * (r - p["mu"])) + p["alpha"]
        wt = wt / p["neg_scale"] * (1 - pos) + wt * pos
    z = x + (-torch.log(total / n - 1) * p["init_bias"])
    z = z * (1 - pos) * p["neg_scale"] + z * pos
    plain = torch.nn.functional.binary_cross_entropy_with_logits(z, pos, reduction="none")
    weighted = torch.nn.functional.binary_cross_entropy_with_logits(z, pos, weight=wt, reduction="none")
    pt = torch.exp(-plain)
    return p["balance_param"] * (((1 - pt) ** p["gamma"]) * weighted * w).sum() / w.sum()


def partial(x, y, p, priors):
    pos, neg, unann = (y == 1).double(), (y == 0).double(), (y == -1).double()
    prob = torch.sigmoid(x)
    pm = 1 - prob
    if p["clip"] > 0:
        pm = torch.clamp(pm + p["clip"], max=1)
    with torch.no_grad():
        if p["mode"] == "negative":
            weights = torch.ones_like(x)
        elif p["mode"] == "ignore":
            weights = 1 - unann
        else:
            weights = torch.ones_like(x)
            if priors is not None:
                frequent = torch.tensor(priors) > p["prior_threshold"]
                weights[(y == -1) & frequent.unsqueeze(0)] = 0
            k = int(p["likelihood_topk"] * x.shape[0])
            idx = torch.where(y.flatten() == -1)[0]
            order = torch.argsort(pm.flatten()[idx])
            weights.view(-1)[idx[order[:k]]] = 0
        focusing = (1 - prob * pos - pm * (neg + unann)) ** (p["gamma_pos"] * pos + p["gamma_neg"] * neg + p["gamma_unann"] * unann)
    lp = torch.log(torch.clamp(prob, min=1e-8))
    ln = torch.log(torch.clamp(pm, min=1e-8))
    loss = p["alpha_pos"] * pos * lp + p["alpha_neg"] * neg * ln + p["alpha_unann"] * unann * ln
    return -(loss * focusing * weights).sum()


DEFAULTS = {
    "bce": {"pos_weight": None, "balance_pos_weight": False, "unknown": "ignore"},
    "focal": {"alpha": 0.25, "gamma": 2.0, "unknown": "ignore"},
    "asl": {"gamma_neg": 4.0, "gamma_pos": 1.0, "clip": 0.05, "eps": 1e-8, "detach_focusing": True, "unknown": "ignore"},
    "db": {"alpha": 0.1, "beta": 10.0, "mu": 0.2, "neg_scale": 2.0, "init_bias": 0.05, "gamma": 2.0, "balance_param": 2.0, "unknown": "ignore"},
    "partial": {"mode": "selective", "clip": 0.0, "gamma_pos": 0.0, "gamma_neg": 1.0, "gamma_unann": 2.0, "alpha_pos": 1.0,
                "alpha_neg": 1.0, "alpha_unann": 1.0, "likelihood_topk": 5.0, "prior_threshold": 0.05},
}

CASES = [
    ("bce", {}, False), ("bce", {"unknown": "negative"}, False), ("bce", {"pos_weight": 3.0}, False), ("bce", {"pos_weight": [1.0, 2.0, 0.5, 4.0, 1.5]}, False),
    ("bce", {"balance_pos_weight": True}, False),
    ("focal", {}, False), ("focal", {"alpha": 0.5, "gamma": 0.0, "unknown": "negative"}, False),
    ("asl", {}, False), ("asl", {"detach_focusing": False}, False), ("asl", {"clip": 0.0, "gamma_pos": 0.0, "unknown": "negative"}, False),
    ("db", {}, False), ("db", {"unknown": "negative", "neg_scale": 5.0, "init_bias": 0.1}, False),
    ("db", {"class_counts": [50.0, 50.0, 5.0, 400.0, 1.0], "num_samples": 600.0}, False),
    ("partial", {"mode": "negative"}, False), ("partial", {"mode": "ignore", "clip": 0.05}, False),
    ("partial", {"mode": "selective", "likelihood_topk": 0.5}, False), ("partial", {"mode": "selective", "likelihood_topk": 0.5}, True),
    ("partial", {"mode": "selective", "gamma_unann": 4.0, "prior_threshold": 0.5, "likelihood_topk": 0.0}, True),
    ("partial", {"mode": "selective", "priors": [0.9, 0.0, 0.2, 0.0, 0.0], "prior_threshold": 0.1, "likelihood_topk": 0.5}, False),
]

out = {"logits": logits.tolist(), "targets": targets.tolist(), "class_positives": class_positives,
       "train_images": train_images, "class_priors": class_priors, "cases": []}
for name, overrides, with_priors in CASES:
    params = dict(DEFAULTS[name], **overrides)
    x = logits.clone().requires_grad_(True)
    if name == "partial":
        priors = params.get("priors") or (class_priors if with_priors else None)
        value = partial(x, targets, params, priors)
    else:
        value = {"bce": bce, "focal": focal, "asl": asl, "db": db}[name](x, targets, params)
    value.backward()
    out["cases"].append({"loss": name, "params": overrides, "priors": with_priors, "value": value.item(),
                         "grad": x.grad.tolist()})
print(json.dumps(out, indent=1))
