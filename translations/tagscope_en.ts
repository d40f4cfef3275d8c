<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>TagData</name>
    <message numerus="yes">
        <location filename="../app/gui/common/tag_data.cpp" line="115"/>
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln image</numerusform>
            <numerusform>%Ln images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/common/tag_data.cpp" line="115"/>
        <source>%Ln tag(s)</source>
        <translation>
            <numerusform>%Ln tag</numerusform>
            <numerusform>%Ln tags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tagscope::gui::DuplicatePairsView</name>
    <message numerus="yes">
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="485"/>
        <source>%Ln pair(s) within %1</source>
        <translation>
            <numerusform>%Ln pair within %1</numerusform>
            <numerusform>%Ln pairs within %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="486"/>
        <source>%Ln leak(s) across splits</source>
        <translation>
            <numerusform>%Ln leak across splits</numerusform>
            <numerusform>%Ln leaks across splits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="487"/>
        <source>%Ln decided</source>
        <translation>
            <numerusform>%Ln decided</numerusform>
            <numerusform>%Ln decided</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tagscope::gui::EmbeddingPage</name>
    <message numerus="yes">
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="167"/>
        <source>Predictions of %1 for %Ln image(s)</source>
        <translation>
            <numerusform>Predictions of %1 for %Ln image</numerusform>
            <numerusform>Predictions of %1 for %Ln images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="381"/>
        <source>%Ln image(s) × %1 dimensions from %2%3</source>
        <translation>
            <numerusform>%Ln image × %1 dimensions from %2%3</numerusform>
            <numerusform>%Ln images × %1 dimensions from %2%3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="425"/>
        <source>Predictions for %Ln image(s) loaded</source>
        <translation>
            <numerusform>Predictions for %Ln image loaded</numerusform>
            <numerusform>Predictions for %Ln images loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="595"/>
        <source>Coordinates of %Ln image(s) (iteration %1) saved to %2</source>
        <translation>
            <numerusform>Coordinates of %Ln image (iteration %1) saved to %2</numerusform>
            <numerusform>Coordinates of %Ln images (iteration %1) saved to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="610"/>
        <source>%Ln selected image(s) saved to %1</source>
        <translation>
            <numerusform>%Ln selected image saved to %1</numerusform>
            <numerusform>%Ln selected images saved to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tagscope::gui::EmbeddingSourceRunner</name>
    <message numerus="yes">
        <location filename="../app/gui/embeddings/embedding_source_runner.cpp" line="91"/>
        <source>%Ln embedding(s) of %1 dimensions from %2</source>
        <translation>
            <numerusform>%Ln embedding of %1 dimensions from %2</numerusform>
            <numerusform>%Ln embeddings of %1 dimensions from %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/embeddings/embedding_source_runner.cpp" line="159"/>
        <source>%Ln embedding(s) of %1 dimensions read from the cache (%2)</source>
        <translation>
            <numerusform>%Ln embedding of %1 dimensions read from the cache (%2)</numerusform>
            <numerusform>%Ln embeddings of %1 dimensions read from the cache (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/embeddings/embedding_source_runner.cpp" line="160"/>
        <source>%Ln embedding(s) of %1 dimensions computed (%2)</source>
        <translation>
            <numerusform>%Ln embedding of %1 dimensions computed (%2)</numerusform>
            <numerusform>%Ln embeddings of %1 dimensions computed (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/embeddings/embedding_source_runner.cpp" line="163"/>
        <source>; %Ln image(s) could not be decoded</source>
        <translation>
            <numerusform>; %Ln image could not be decoded</numerusform>
            <numerusform>; %Ln images could not be decoded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tagscope::gui::ImportReportDialog</name>
    <message numerus="yes">
        <location filename="../app/gui/window/import_report_dialog.cpp" line="32"/>
        <source>&lt;b&gt;%Ln&lt;/b&gt; row(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; row</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/window/import_report_dialog.cpp" line="33"/>
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tagscope::gui::LabelNextView</name>
    <message numerus="yes">
        <location filename="../app/gui/review/label_next_view.cpp" line="244"/>
        <source>%Ln image(s) to label next (of a budget of %1)</source>
        <translation>
            <numerusform>%Ln image to label next (of a budget of %1)</numerusform>
            <numerusform>%Ln images to label next (of a budget of %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/review/label_next_view.cpp" line="246"/>
        <source>%Ln question(s)</source>
        <translation>
            <numerusform>%Ln question</numerusform>
            <numerusform>%Ln questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/review/label_next_view.cpp" line="247"/>
        <source>on %Ln tag(s)</source>
        <translation>
            <numerusform>on %Ln tag</numerusform>
            <numerusform>on %Ln tags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tagscope::gui::MainWindow</name>
    <message numerus="yes">
        <location filename="../app/gui/window/main_window_embeddings.cpp" line="93"/>
        <source>%Ln image(s) from the embedding map</source>
        <translation>
            <numerusform>%Ln image from the embedding map</numerusform>
            <numerusform>%Ln images from the embedding map</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/window/main_window_corrections.cpp" line="160"/>
        <location filename="../app/gui/window/main_window_corrections.cpp" line="163"/>
        <source>%n corrected label(s)</source>
        <translation>
            <numerusform>%n corrected label</numerusform>
            <numerusform>%n corrected labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/window/main_window_corrections.cpp" line="162"/>
        <location filename="../app/gui/window/main_window_corrections.cpp" line="163"/>
        <source>%n image(s) left out</source>
        <translation>
            <numerusform>%n image left out</numerusform>
            <numerusform>%n images left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tagscope::gui::ReviewGrid</name>
    <message numerus="yes">
        <location filename="../app/gui/review/review_grid.cpp" line="150"/>
        <source>The %n selected image(s) show the tag: its label becomes positive</source>
        <translation>
            <numerusform>The %n selected image shows the tag: its label becomes positive</numerusform>
            <numerusform>The %n selected images show the tag: their labels become positive</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/review/review_grid.cpp" line="151"/>
        <source>The %n selected image(s) do not show the tag: its label becomes a verified negative</source>
        <translation>
            <numerusform>The %n selected image does not show the tag: its label becomes a verified negative</numerusform>
            <numerusform>The %n selected images do not show the tag: their labels become verified negatives</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tagscope::gui::ReviewPage</name>
    <message numerus="yes">
        <location filename="../app/gui/review/review_page.cpp" line="496"/>
        <source>End of %n card(s)</source>
        <translation>
            <numerusform>End of %n card</numerusform>
            <numerusform>End of %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/review/review_page.cpp" line="569"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/review/review_page.cpp" line="571"/>
        <source>%n tag(s) without annotation</source>
        <translation>
            <numerusform>%n tag without annotation</numerusform>
            <numerusform>%n tags without annotation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tagscope::gui::ReviewScoresRunner</name>
    <message numerus="yes">
        <location filename="../app/gui/training/review_scores_runner.cpp" line="78"/>
        <source>Cross-validating with %n fold(s)</source>
        <translation>
            <numerusform>Cross-validating with %n fold</numerusform>
            <numerusform>Cross-validating with %n folds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/training/review_scores_runner.cpp" line="132"/>
        <source>out-of-fold scores of %Ln image(s), %1 fold(s) trained and %2 kept from before</source>
        <translation>
            <numerusform>out-of-fold scores of %Ln image, %1 fold(s) trained and %2 kept from before</numerusform>
            <numerusform>out-of-fold scores of %Ln images, %1 fold(s) trained and %2 kept from before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/training/review_scores_runner.cpp" line="136"/>
        <source>%Ln image(s) scored with %1</source>
        <translation>
            <numerusform>%Ln image scored with %1</numerusform>
            <numerusform>%Ln images scored with %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tagscope::gui::RunComparisonView</name>
    <message numerus="yes">
        <location filename="../app/gui/training/run_comparison_view.cpp" line="51"/>
        <source>%n label decision(s)</source>
        <translation>
            <numerusform>%n label decision</numerusform>
            <numerusform>%n label decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/training/run_comparison_view.cpp" line="52"/>
        <source>%n image(s) left out</source>
        <translation>
            <numerusform>%n image left out</numerusform>
            <numerusform>%n images left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/training/run_comparison_view.cpp" line="169"/>
        <source>%n setting(s) differ (highlighted, listed first after the results).</source>
        <translation>
            <numerusform>%n setting differs (highlighted, listed first after the results).</numerusform>
            <numerusform>%n settings differ (highlighted, listed first after the results).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tagscope::gui::TrainingPanel</name>
    <message numerus="yes">
        <location filename="../app/gui/training/training_panel.cpp" line="564"/>
        <source>%1 finished %n step(s)</source>
        <translation>
            <numerusform>%1 finished %n step</numerusform>
            <numerusform>%1 finished %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/training/training_panel.cpp" line="566"/>
        <source>%1 finished %n epoch(s)</source>
        <translation>
            <numerusform>%1 finished %n epoch</numerusform>
            <numerusform>%1 finished %n epochs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/training/training_panel_run.cpp" line="180"/>
        <source>%1 of %n step(s)</source>
        <translation>
            <numerusform>%1 of %n step</numerusform>
            <numerusform>%1 of %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/training/training_panel_run.cpp" line="181"/>
        <source>%1: %2 of %n step(s) in %3, device %4</source>
        <translation>
            <numerusform>%1: %2 of %n step in %3, device %4</numerusform>
            <numerusform>%1: %2 of %n steps in %3, device %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/training/training_panel_run.cpp" line="188"/>
        <source>%1 of %n epoch(s)</source>
        <translation>
            <numerusform>%1 of %n epoch</numerusform>
            <numerusform>%1 of %n epochs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/training/training_panel_run.cpp" line="189"/>
        <source>%1: %2 of %n epoch(s) in %3, device %4</source>
        <translation>
            <numerusform>%1: %2 of %n epoch in %3, device %4</numerusform>
            <numerusform>%1: %2 of %n epochs in %3, device %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/training/training_panel_run.cpp" line="262"/>
        <source>%1, epoch %2: %Ln tag(s) with a validation AP. Bands: %3 (%4); the lines are each band&apos;s mean AP. Click a point to see the tag&apos;s images.</source>
        <translation>
            <numerusform>%1, epoch %2: %Ln tag with a validation AP. Bands: %3 (%4); the lines are each band&apos;s mean AP. Click a point to see the tag&apos;s images.</numerusform>
            <numerusform>%1, epoch %2: %Ln tags with a validation AP. Bands: %3 (%4); the lines are each band&apos;s mean AP. Click a point to see the tag&apos;s images.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tagscope::ui::CooccurrenceHeatmap</name>
    <message numerus="yes">
        <location filename="../widgets/plots/cooccurrence_heatmap.cpp" line="218"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%Ln image(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%Ln image</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%Ln images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tagscope::ui::ImageFilterBar</name>
    <message numerus="yes">
        <location filename="../widgets/tags/image_filter_bar.cpp" line="184"/>
        <source>%1 of %Ln image(s)</source>
        <translation>
            <numerusform>%1 of %Ln image</numerusform>
            <numerusform>%1 of %Ln images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tagscope::ui::ImbalanceSummaryView</name>
    <message numerus="yes">
        <location filename="../widgets/plots/imbalance_summary_view.cpp" line="225"/>
        <source>%1 (%Ln tag(s))</source>
        <translation>
            <numerusform>%1 (%Ln tag)</numerusform>
            <numerusform>%1 (%Ln tags)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TagHistogram</name>
    <message numerus="yes">
        <location filename="../widgets/plots/tag_histogram.cpp" line="196"/>
        <source>Tag frequency — %Ln tag(s), imbalance ratio %1</source>
        <translation>
            <numerusform>Tag frequency — %Ln tag, imbalance ratio %1</numerusform>
            <numerusform>Tag frequency — %Ln tags, imbalance ratio %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/plots/tag_histogram.cpp" line="477"/>
        <source>%1 (%2): %Ln tag(s)</source>
        <translation>
            <numerusform>%1 (%2): %Ln tag</numerusform>
            <numerusform>%1 (%2): %Ln tags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TagPanel</name>
    <message numerus="yes">
        <location filename="../widgets/tags/tag_panel.cpp" line="305"/>
        <source>%1 of %Ln tag(s)</source>
        <translation>
            <numerusform>%1 of %Ln tag</numerusform>
            <numerusform>%1 of %Ln tags</numerusform>
        </translation>
    </message>
</context>
</TS>
