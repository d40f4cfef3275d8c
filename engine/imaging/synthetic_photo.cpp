#include "imaging/synthetic_photo.h"

#ifdef TAGSCOPE_HAVE_OPENCV
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#endif

#include <algorithm>
#include <cmath>

namespace tagscope {

#ifdef TAGSCOPE_HAVE_OPENCV
namespace {

// Value noise: a coarse random grid smoothly enlarged to `size`, in [-amplitude, amplitude], grey (the same in
// the three channels, as most detail in photos is brightness) or coloured.
cv::Mat valueNoise(cv::Size size, int cell, float amplitude, bool colour, cv::RNG& rng)
{
    const cv::Size grid(std::max(2, size.width / cell + 2), std::max(2, size.height / cell + 2));
    cv::Mat coarse(grid, colour ? CV_32FC3 : CV_32F);
    rng.fill(coarse, cv::RNG::UNIFORM, -amplitude, amplitude);
    cv::Mat smooth;
    cv::resize(coarse, smooth, size, 0, 0, cv::INTER_CUBIC);
    if (!colour)
        cv::cvtColor(smooth, smooth, cv::COLOR_GRAY2BGR);
    return smooth;
}

// Colours as photos have them: mostly muted, now and then vivid.
cv::Scalar naturalColour(cv::RNG& rng)
{
    const double grey = rng.uniform(40.0, 210.0);
    const double saturation = rng.uniform(0.0, 1.0) < 0.2 ? rng.uniform(0.5, 0.9) : rng.uniform(0.05, 0.4);
    cv::Scalar colour;
    for (int c = 0; c < 3; ++c)
        colour[c] = std::clamp(grey + saturation * rng.uniform(-120.0, 120.0), 0.0, 255.0);
    return colour;
}

void drawObject(cv::Mat& image, cv::RNG& rng)
{
    const int width = image.cols, height = image.rows;
    const int w = rng.uniform(width / 12, width / 2), h = rng.uniform(height / 12, height / 2);
    const cv::Rect box(rng.uniform(-w / 4, width - w * 3 / 4), rng.uniform(-h / 4, height - h * 3 / 4), w, h);
    const cv::Rect area = box & cv::Rect(0, 0, width, height);
    if (area.width < 4 || area.height < 4)
        return;
    cv::Mat mask = cv::Mat::zeros(box.size(), CV_32F);
    const cv::Point centre(w / 2, h / 2);
    switch (rng.uniform(0, 3)) {
    case 0:
        cv::ellipse(mask, centre, cv::Size(w / 2 - 1, h / 2 - 1), rng.uniform(0, 180), 0, 360, 1.0, cv::FILLED, cv::LINE_AA);
        break;
    case 1:
        cv::rectangle(mask, cv::Rect(w / 8, h / 8, w * 3 / 4, h * 3 / 4), 1.0, cv::FILLED, cv::LINE_AA);
        break;
    default: {
        std::vector<cv::Point> corners;
        const int count = rng.uniform(3, 9);
        for (int i = 0; i < count; ++i) {
            const double angle = 6.283185307179586 * (i + rng.uniform(0.0, 0.8)) / count;
            corners.emplace_back(centre.x + int(std::cos(angle) * w / 2 * rng.uniform(0.5, 1.0)),
                                 centre.y + int(std::sin(angle) * h / 2 * rng.uniform(0.5, 1.0)));
        }
        cv::fillPoly(mask, std::vector<std::vector<cv::Point>>{corners}, 1.0, cv::LINE_AA);
    }
    }
    cv::GaussianBlur(mask, mask, cv::Size(0, 0), rng.uniform(0.5, 2.0)); // edges in and out of focus
    const cv::Rect inBox(area.x - box.x, area.y - box.y, area.width, area.height);
    cv::Mat weight;
    cv::cvtColor(mask(inBox), weight, cv::COLOR_GRAY2BGR);
    // Its surface: a colour lit from one side, with a texture of its own.
    cv::Mat light(1, 2, CV_32F);
    light.at<float>(0) = float(rng.uniform(0.6, 1.0));
    light.at<float>(1) = float(rng.uniform(1.0, 1.3));
    cv::resize(light, light, area.size(), 0, 0, cv::INTER_LINEAR);
    cv::cvtColor(light, light, cv::COLOR_GRAY2BGR);
    cv::Mat surface(area.size(), CV_32FC3, naturalColour(rng));
    surface = surface.mul(light) + valueNoise(area.size(), rng.uniform(2, 24), float(rng.uniform(6, 30)), rng.uniform(0, 4) == 0, rng);
    cv::Mat blended = image(area).mul(cv::Scalar::all(1) - weight) + surface.mul(weight);
    blended.copyTo(image(area));
}

} // namespace

RgbImage syntheticPhoto(int width, int height, std::uint64_t seed)
{
    if (width < 16 || height < 16)
        return {};
    cv::RNG rng(seed * 0x9E3779B97F4A7C15ull + 1);
    // The scene at half size (cheap), enlarged, then the fine detail and grain a camera adds at full size.
    const cv::Size half(width / 2, height / 2);
    // Sky and ground: two colours meeting at a horizon, under uneven light.
    cv::Mat scene(2, 1, CV_32FC3);
    const cv::Scalar top = naturalColour(rng), bottom = naturalColour(rng);
    scene.at<cv::Vec3f>(0) = cv::Vec3f(float(top[0]), float(top[1]), float(top[2]));
    scene.at<cv::Vec3f>(1) = cv::Vec3f(float(bottom[0]), float(bottom[1]), float(bottom[2]));
    cv::resize(scene, scene, half, 0, 0, cv::INTER_LINEAR);
    scene += valueNoise(half, std::max(8, half.width / 5), 30, true, rng);
    scene += valueNoise(half, 12, 10, false, rng);
    const int objects = rng.uniform(6, 17);
    for (int k = 0; k < objects; ++k)
        drawObject(scene, rng);
    cv::Mat image;
    cv::resize(scene, image, cv::Size(width, height), 0, 0, cv::INTER_LINEAR);
    image += valueNoise(image.size(), 3, 8, false, rng);
    cv::Mat grain(image.size(), CV_32FC3);
    rng.fill(grain, cv::RNG::NORMAL, 0, 3.0);
    image += grain;

    cv::Mat bgr;
    image.convertTo(bgr, CV_8UC3);
    RgbImage out;
    out.width = width;
    out.height = height;
    out.pixels.resize(std::size_t(width) * height * 3);
    cv::Mat rgb(height, width, CV_8UC3, out.pixels.data());
    cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
    return out;
}
#else
RgbImage syntheticPhoto(int, int, std::uint64_t) { return {}; }
#endif

} // namespace tagscope
