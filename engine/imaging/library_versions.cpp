#include "imaging/library_versions.h"

#ifdef TAGSCOPE_HAVE_OPENCV
#include <opencv2/core/version.hpp>
#endif

namespace tagscope {

std::string opencvVersion()
{
#ifdef TAGSCOPE_HAVE_OPENCV
    return CV_VERSION;
#else
    return {};
#endif
}

} // namespace tagscope
