#pragma once
// One harness per parser of user files. Each takes arbitrary bytes, feeds them to the parser the way Tagscope
// reads such a file, and checks what must hold for any input: the parser either reports the problem through
// its documented exception or returns a consistent result, and reading the same input another way (other
// block sizes, other thread counts, from memory or from disk, after a round trip) gives the same answer.
// The libFuzzer targets (fuzz_main.cpp) and tst_fuzz_regressions run the same functions.
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <vector>

namespace tagscope::fuzz {

// A property that every input must keep was broken: a bug, never a report about bad input.
class HarnessFailure : public std::logic_error {
public:
    using std::logic_error::logic_error;
};

using HarnessFunction = void (*)(const std::uint8_t* data, std::size_t size);

// CSV and TSV records read in blocks of 1-64 bytes equal those read in one block (first byte: separator,
// second: block size).
void csvRecords(const std::uint8_t* data, std::size_t size);
// An Open Images folder: the first byte picks options, then the files separated by a 0x1E byte: class
// descriptions, human labels, machine labels, trainable classes. One thread and three, the three reading pieces
// of 1-16 bytes (the first byte's high bits), give the same dataset.
void openImagesFolder(const std::uint8_t* data, std::size_t size);
// A COCO instances file (annotations/instances_train2017.json); after a 0x1E byte, an optional second one
// (instances_val2017.json).
void cocoAnnotations(const std::uint8_t* data, std::size_t size);
// A list of image paths and tags; the first byte picks the extension (.csv, .tsv, .txt).
void imageList(const std::uint8_t* data, std::size_t size);
// A .npy file, converted to float and to integers.
void npyArray(const std::uint8_t* data, std::size_t size);
// A dataset cache file; what reads back is written again and must read back equal.
void datasetCache(const std::uint8_t* data, std::size_t size);
// A LibTorch archive (checkpoint metadata: its ZIP record table) parsed from memory and from disk alike.
void torchArchive(const std::uint8_t* data, std::size_t size);

struct Harness {
    const char* name; // the corpus folder tests/fuzz/corpus/<name> and tests/data/fuzz-regressions/<name>
    HarnessFunction run;
};
// Every LibTorch-free harness above.
const std::vector<Harness>& harnesses();

} // namespace tagscope::fuzz
