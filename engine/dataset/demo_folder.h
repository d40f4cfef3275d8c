#pragma once
// Where the GUI and the setup command keep the demo: $XDG_DATA_HOME/tagscope/fashion-mosaic
// (default ~/.local/share/tagscope/fashion-mosaic). Apart from the generator, so that programs needing only the
// folder (the runs folder sits beside it) do not link the image encoder.
#include <string>

namespace tagscope {

std::string defaultDemoFolder();

} // namespace tagscope
