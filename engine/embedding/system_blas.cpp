#include "embedding/system_blas.h"

#include <dlfcn.h>

#include <initializer_list>

namespace tagscope::system_blas {
namespace {

// The library found at build time, then the run-time names Debian's alternatives provide.
[[maybe_unused]] void* symbolFrom(std::initializer_list<const char*> libraries, const char* name)
{
    for (const char* library : libraries) {
        if (!library || !*library)
            continue;
        if (void* handle = ::dlopen(library, RTLD_NOW | RTLD_LOCAL))
            if (void* symbol = ::dlsym(handle, name))
                return symbol; // the library stays loaded for the life of the process
    }
    return nullptr;
}

} // namespace

Sgemm sgemm()
{
#ifdef TAGSCOPE_BLAS_LIBRARY
    static const Sgemm function =
        reinterpret_cast<Sgemm>(symbolFrom({TAGSCOPE_BLAS_LIBRARY, "libblas.so.3", "libopenblas.so.0"}, "cblas_sgemm"));
    return function;
#else
    return nullptr;
#endif
}

Dsyevd dsyevd()
{
#ifdef TAGSCOPE_LAPACK_LIBRARY
    static const Dsyevd function = reinterpret_cast<Dsyevd>(symbolFrom({TAGSCOPE_LAPACK_LIBRARY, "liblapack.so.3"}, "dsyevd_"));
    return function;
#else
    return nullptr;
#endif
}

} // namespace tagscope::system_blas
