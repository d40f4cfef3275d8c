#pragma once
// Where Tagscope keeps what belongs to the user rather than to a dataset (the demo, review decisions):
// $XDG_DATA_HOME/tagscope, else ~/.local/share/tagscope.
#include <string>

namespace tagscope {

std::string userDataFolder();

} // namespace tagscope
