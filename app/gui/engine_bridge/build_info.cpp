#include "engine_bridge/build_info.h"

#include "imaging/library_versions.h"
#include "models/device.h"

#include <dlfcn.h>

#include <QtGlobal>

#include <string>

#ifndef TAGSCOPE_BUILD_TYPE
#define TAGSCOPE_BUILD_TYPE ""
#endif

namespace tagscope::gui {

namespace {

QString compilerName()
{
#if defined(__clang__)
    return QStringLiteral("Clang %1.%2.%3").arg(__clang_major__).arg(__clang_minor__).arg(__clang_patchlevel__);
#elif defined(__GNUC__)
    return QStringLiteral("GCC %1.%2.%3").arg(__GNUC__).arg(__GNUC_MINOR__).arg(__GNUC_PATCHLEVEL__);
#else
    return {};
#endif
}

int cudaDeviceCount()
{
    int count = 0;
    for (const ComputeDevice& device : availableDevices())
        if (device.id.rfind("cuda:", 0) == 0)
            ++count;
    return count;
}

} // namespace

BuildInfo buildInfo()
{
    BuildInfo info;
    info.tagscopeVersion = QStringLiteral(TAGSCOPE_VERSION);
    info.qtBuildVersion = QStringLiteral(QT_VERSION_STR);
    info.qtRuntimeVersion = QString::fromLatin1(qVersion());
    info.torchVersion = QString::fromStdString(torchVersion());
    info.opencvVersion = QString::fromStdString(opencvVersion());
    info.buildType = QStringLiteral(TAGSCOPE_BUILD_TYPE);
    info.compiler = compilerName();
    return info;
}

QStringList cudaDeviceNames()
{
    const int count = cudaDeviceCount();
    QStringList names;
    if (count == 0)
        return names;
    // The driver API is stable and C: cuInit, cuDeviceGet, cuDeviceGetName. LibTorch has already loaded the driver.
    void* driver = ::dlopen("libcuda.so.1", RTLD_NOW | RTLD_LOCAL);
    using Init = int (*)(unsigned);
    using Get = int (*)(int*, int);
    using GetName = int (*)(char*, int, int);
    auto init = driver ? reinterpret_cast<Init>(::dlsym(driver, "cuInit")) : nullptr;
    auto get = driver ? reinterpret_cast<Get>(::dlsym(driver, "cuDeviceGet")) : nullptr;
    auto getName = driver ? reinterpret_cast<GetName>(::dlsym(driver, "cuDeviceGetName")) : nullptr;
    const bool ready = init && get && getName && init(0) == 0;
    for (int i = 0; i < count; ++i) {
        char name[256] = {};
        int device = 0;
        if (ready && get(&device, i) == 0 && getName(name, sizeof name, device) == 0 && name[0])
            names << QString::fromLocal8Bit(name);
        else
            names << QStringLiteral("CUDA GPU %1").arg(i);
    }
    if (driver)
        ::dlclose(driver);
    return names;
}

ResolvedDevice resolveDevice(const QString& setting)
{
    const QStringList gpus = cudaDeviceNames();
    int gpu = -1;
    if (setting == QLatin1String("auto") && !gpus.isEmpty())
        gpu = 0;
    else if (setting.startsWith(QLatin1String("cuda:"))) {
        bool ok = false;
        const int index = setting.mid(5).toInt(&ok);
        if (ok && index >= 0 && index < gpus.size())
            gpu = index;
    }
    if (gpu >= 0)
        return {QStringLiteral("cuda:%1").arg(gpu), gpus[gpu]};
    return {QStringLiteral("cpu"), QString()};
}

} // namespace tagscope::gui
