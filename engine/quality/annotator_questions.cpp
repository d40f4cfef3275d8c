#include "quality/annotator_questions.h"

#include "common/atomic_file.h"

#include <sstream>

namespace tagscope {

void writeAnnotatorQuestions(const std::string& path, const std::vector<ImageToLabel>& chosen, const ScoreFile& scores, const Dataset& dataset)
{
    std::ostringstream csv;
    csv << "ImageID,Source,LabelName,Confidence\n";
    for (const ImageToLabel& image : chosen)
        for (const LabelQuestion& question : image.questions)
            csv << dataset.imageName(image.image) << ",tagscope-next," << dataset.tag(scores.columnTag(question.column)).labelName << ",\n";
    writeStreamAtomically(path, "questions", [&](std::ostream& out) { out << csv.str(); });
}

} // namespace tagscope
