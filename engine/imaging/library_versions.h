#pragma once
// The version of the image library the engine was built against, for About boxes and reports.
#include <string>

namespace tagscope {

std::string opencvVersion(); // "4.6.0"; "" when the engine was built without OpenCV

} // namespace tagscope
