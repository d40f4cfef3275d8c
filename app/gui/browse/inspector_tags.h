#pragma once
// The tags of one image as the inspector lists them: positive, verified negative, and machine-generated
// (with the model's confidence), each with how many images the tag is positive on, and whether a review decision
// changed the label (with the state the annotations give it).
#include "common/loaded_dataset.h"

#include <QString>
#include <QVector>

namespace tagscope::gui {

struct InspectorTag {
    int tag = -1;
    QString name;
    quint64 positives = 0;   // images the tag is positive on, whole dataset
    float confidence = -1.f; // machine confidence, -1 when there is none
    bool corrected = false;  // a review decision changed this label
    LabelState original = LabelState::Unknown; // when corrected: the state the annotations give it
};

struct InspectorTagGroups {
    QVector<InspectorTag> positive; // most frequent tag first
    QVector<InspectorTag> negative; // most frequent tag first
    QVector<InspectorTag> machine;  // most confident first; such a label is also listed under its state
};

InspectorTagGroups groupTagsOfImage(const LoadedDataset& data, std::size_t image);

} // namespace tagscope::gui
