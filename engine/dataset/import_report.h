#pragma once
// What an import read and what it had to skip, with the file and line of every problem.
#include <cstdint>
#include <string>
#include <vector>

namespace tagscope {

struct ImportIssue {
    std::string file;
    std::uint64_t line = 0; // 0 when the problem is not tied to one line
    std::string message;
};

struct ImportReport {
    static constexpr std::size_t kMaxStoredIssues = 1000; // all are counted, the first ones kept

    std::string format;
    std::vector<std::string> filesRead;
    std::vector<ImportIssue> issues;
    std::uint64_t issueCount = 0;
    std::uint64_t rowsRead = 0;
    std::uint64_t rowsSkipped = 0;
    std::uint64_t missingImages = 0;              // image files named by the annotations but absent
    std::vector<std::string> missingImageExamples; // the first kMaxStoredIssues of them

    void add(ImportIssue issue)
    {
        ++issueCount;
        if (issues.size() < kMaxStoredIssues)
            issues.push_back(std::move(issue));
    }
    void addMissingImage(std::string path)
    {
        ++missingImages;
        if (missingImageExamples.size() < kMaxStoredIssues)
            missingImageExamples.push_back(std::move(path));
    }
    void merge(std::vector<ImportIssue>& more, std::uint64_t total)
    {
        for (auto& issue : more) {
            if (issues.size() >= kMaxStoredIssues)
                break;
            issues.push_back(std::move(issue));
        }
        issueCount += total;
    }
};

} // namespace tagscope
