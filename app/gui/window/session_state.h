#pragma once
// What the window showed when it closed: the dataset, its filter, the selected tag, its embeddings (the .npy they
// were read from or cached in), whether the training page was in front, the training panel's tab and the runs it
// showed, the scores the Review page reviewed and whether it was in front. Saved on close and read at the next start by SessionRestorer (when the preference is on).
#include <QString>

namespace tagscope::gui {

class MainWindow;

struct SessionState {
    QString dataset;          // the folder or annotation file
    QString filterExpression; // the typed filter; empty when none
    QString tag;              // the selected tag's display name, when no expression filters the grid
    QString embeddings;       // the dataset's embeddings (.npy); empty when none were loaded or computed
    QString embeddingModel;   // the model that computed them; empty for a bare .npy
    bool trainingShown = false; // the training page in front of the browser
    int trainingTab = -1;     // the training panel's tab, -1 for unchanged
    QString shownRun, comparisonRun;
    QString reviewScores;     // the score file of the Review page; empty when none was open
    bool reviewShown = false; // the Review page in front of the browser

    bool isEmpty() const { return dataset.isEmpty() && shownRun.isEmpty(); }

    static SessionState capture(const MainWindow& window);
    static SessionState load();
    void save() const;
    static void clear();
};

} // namespace tagscope::gui
