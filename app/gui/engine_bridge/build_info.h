#pragma once
// What Tagscope was built with and what it computes on, for the About dialog: library versions, the build type,
// and the names of the CUDA GPUs (read from the CUDA driver, so a CPU-only LibTorch needs no CUDA headers).
#include <QString>
#include <QStringList>

namespace tagscope::gui {

struct BuildInfo {
    QString tagscopeVersion, qtBuildVersion, qtRuntimeVersion, torchVersion, opencvVersion, buildType, compiler;
};

BuildInfo buildInfo();
// The GPUs LibTorch can use, "NVIDIA H200" and so on, in the order of cuda:0, cuda:1, ...; empty without one.
QStringList cudaDeviceNames();
// The device a setting ("auto", "cpu", "cuda:N") resolves to here: "cuda:0" with the GPU's name, or "cpu". An
// unavailable GPU falls back to the CPU.
struct ResolvedDevice {
    QString id, gpuName;
};
ResolvedDevice resolveDevice(const QString& setting);

} // namespace tagscope::gui
