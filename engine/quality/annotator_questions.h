#pragma once
// The questions of a selection of images to label next, written for annotators in the Open Images human-label
// layout: ImageID,Source,LabelName,Confidence with Source "tagscope-next" and the confidence left empty for the
// annotator to fill in (1 present, 0 absent); `corrections --import` reads the answered file back.
#include "dataset/dataset.h"
#include "quality/label_selection.h"
#include "quality/score_file.h"

#include <string>
#include <vector>

namespace tagscope {

// Written atomically: throws std::runtime_error naming `path` when it cannot be written (the file is then untouched).
void writeAnnotatorQuestions(const std::string& path, const std::vector<ImageToLabel>& chosen, const ScoreFile& scores, const Dataset& dataset);

} // namespace tagscope
