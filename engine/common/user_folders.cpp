#include "common/user_folders.h"

#include <cstdlib>
#include <filesystem>

namespace tagscope {

std::string userDataFolder()
{
    namespace fs = std::filesystem;
    const char* dataHome = std::getenv("XDG_DATA_HOME");
    fs::path base;
    if (dataHome && *dataHome && fs::path(dataHome).is_absolute()) {
        base = dataHome; // the XDG spec says to ignore relative paths
    } else {
        const char* home = std::getenv("HOME");
        base = fs::path(home && *home ? home : ".") / ".local" / "share";
    }
    return (base / "tagscope").string();
}

} // namespace tagscope
