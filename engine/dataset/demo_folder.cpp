#include "dataset/demo_folder.h"

#include "common/user_folders.h"

#include <cstdlib>
#include <filesystem>

namespace fs = std::filesystem;

namespace tagscope {

std::string defaultDemoFolder()
{
    return (fs::path(userDataFolder()) / "fashion-mosaic").string();
}

} // namespace tagscope
