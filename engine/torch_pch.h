// Precompiled header for engine sources that use LibTorch: one parse of the torch headers per build.
#pragma once
#include <torch/torch.h>
