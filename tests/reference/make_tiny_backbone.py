#!/usr/bin/python3
"""Makes the TorchScript fixture of tst_models: a tiny feature extractor (conv, BatchNorm, ReLU, average pool,
linear; 6 features) and its eval-mode output for a fixed input.

It is scripted (not traced) so that its BatchNorm follows train()/eval(): the test can then tell that a frozen
backbone stays in eval mode. BatchNorm gets non-trivial running statistics for the same reason.
Run with Debian's python3-torch (the LibTorch version Tagscope links):
    /usr/bin/python3 tests/reference/make_tiny_backbone.py
Writes tests/data/tiny_backbone.pt and tests/data/tiny_backbone_expected.json.
"""
import json
import os

import torch
from torch import nn

SIZE = 16  # input side the test configures


class TinyBackbone(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3, stride=2, padding=1, bias=False)
        self.bn = nn.BatchNorm2d(4)
        self.fc = nn.Linear(4, 6)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = torch.relu(self.bn(self.conv(x)))
        return self.fc(x.mean((2, 3)))


def fixed_input():
    # The test rebuilds this with torch::linspace(-1, 1, 2*3*16*16).reshape({2, 3, 16, 16}).
    return torch.linspace(-1, 1, 2 * 3 * SIZE * SIZE).reshape(2, 3, SIZE, SIZE)


def main():
    torch.manual_seed(3)
    model = TinyBackbone()
    with torch.no_grad():
        model.bn.running_mean.copy_(torch.tensor([0.1, -0.2, 0.05, 0.3]))
        model.bn.running_var.copy_(torch.tensor([0.5, 2.0, 1.5, 0.8]))
        model.bn.weight.copy_(torch.tensor([1.2, 0.7, 1.0, 0.9]))
        model.bn.bias.copy_(torch.tensor([0.1, 0.0, -0.1, 0.2]))
    data = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
    path = os.path.join(data, "tiny_backbone.pt")
    torch.jit.script(model.eval()).save(path)

    # Outputs of the saved file itself; a fresh load for each mode, since a train-mode forward moves the
    # BatchNorm running statistics.
    with torch.no_grad():
        expected = torch.jit.load(path).eval()(fixed_input())
        # Train-mode BatchNorm normalises with the batch statistics instead: a different result.
        train_mode = torch.jit.load(path).train()(fixed_input())
    assert (expected - train_mode).abs().max() > 1e-3

    result = {
        "input": "linspace(-1, 1, 1536) reshaped to 2x3x16x16",
        "input_size": SIZE,
        "eval_output": expected.tolist(),
        "train_output": train_mode.tolist(),
    }
    with open(os.path.join(data, "tiny_backbone_expected.json"), "w") as out:
        json.dump(result, out, indent=1)
        out.write("\n")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
