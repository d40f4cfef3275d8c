<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DatasetController</name>
    <message>
        <location filename="../app/gui/dataset_controller.cpp" line="57"/>
        <source>Generating the demo dataset</source>
        <translation>Demo-Datensatz wird erzeugt</translation>
    </message>
    <message>
        <location filename="../app/gui/dataset_controller.cpp" line="71"/>
        <source>Computing statistics</source>
        <translation>Statistik wird berechnet</translation>
    </message>
    <message>
        <location filename="../app/gui/dataset_controller.cpp" line="79"/>
        <source>%1: not enough memory to load this dataset</source>
        <translation>%1: nicht genug Speicher, um diesen Datensatz zu laden</translation>
    </message>
</context>
<context>
    <name>DatasetImageSource</name>
    <message>
        <location filename="../app/gui/dataset_image_source.cpp" line="16"/>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../app/gui/dataset_image_source.cpp" line="17"/>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../app/gui/dataset_image_source.cpp" line="18"/>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../app/gui/dataset_image_source.cpp" line="19"/>
        <source>no split</source>
        <translation>ohne Aufteilung</translation>
    </message>
    <message>
        <location filename="../app/gui/dataset_image_source.cpp" line="27"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/gui/dataset_image_source.cpp" line="33"/>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <location filename="../app/gui/dataset_image_source.cpp" line="53"/>
        <source>Positive:</source>
        <translation>Positiv:</translation>
    </message>
    <message>
        <location filename="../app/gui/dataset_image_source.cpp" line="55"/>
        <source>Verified negative:</source>
        <translation>Bestätigt negativ:</translation>
    </message>
    <message>
        <location filename="../app/gui/dataset_image_source.cpp" line="64"/>
        <source>The dataset has no image folder for this split.</source>
        <translation>Der Datensatz hat für diese Aufteilung keinen Bildordner.</translation>
    </message>
</context>
<context>
    <name>TagBand</name>
    <message>
        <location filename="../widgets/tag_types.cpp" line="21"/>
        <source>Head</source>
        <translation>Häufig</translation>
    </message>
    <message>
        <location filename="../widgets/tag_types.cpp" line="22"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../widgets/tag_types.cpp" line="23"/>
        <source>Tail</source>
        <translation>Selten</translation>
    </message>
</context>
<context>
    <name>TagData</name>
    <message>
        <location filename="../app/gui/tag_data.cpp" line="27"/>
        <source>Positive images (train split)</source>
        <translation>Positive Bilder (Trainingsdaten)</translation>
    </message>
    <message>
        <location filename="../app/gui/tag_data.cpp" line="28"/>
        <source>Positive images</source>
        <translation>Positive Bilder</translation>
    </message>
    <message>
        <location filename="../app/gui/tag_data.cpp" line="33"/>
        <source>train positives</source>
        <translation>positive Trainingsbilder</translation>
    </message>
    <message>
        <location filename="../app/gui/tag_data.cpp" line="33"/>
        <source>positives</source>
        <translation>positive Bilder</translation>
    </message>
    <message>
        <location filename="../app/gui/tag_data.cpp" line="76"/>
        <source>%1 images · %2 tags · %3 positive · %4 negative · %5 unknown labels · imbalance %6</source>
        <translation>%1 Bilder · %2 Tags · %3 positiv · %4 negativ · %5 unbekannte Labels · Ungleichgewicht %6</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="37"/>
        <source>Browse and analyse imbalanced multilabel image datasets.</source>
        <translation>Unausgewogene Multilabel-Bilddatensätze durchsuchen und analysieren.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="40"/>
        <source>Dataset folder to open.</source>
        <translation>Zu öffnender Datensatzordner.</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::DatasetController</name>
    <message>
        <location filename="../app/gui/dataset_controller.cpp" line="142"/>
        <source>Opening the demo dataset</source>
        <translation>Demo-Datensatz wird geöffnet</translation>
    </message>
    <message>
        <location filename="../app/gui/dataset_controller.cpp" line="144"/>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::ImportReportDialog</name>
    <message>
        <location filename="../app/gui/import_report_dialog.cpp" line="25"/>
        <source>Import Report — %1</source>
        <translation>Importbericht — %1</translation>
    </message>
    <message>
        <location filename="../app/gui/import_report_dialog.cpp" line="31"/>
        <source>Read &lt;b&gt;%1&lt;/b&gt; rows from %2 files in &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Zeilen aus %2 Dateien in &lt;b&gt;%3&lt;/b&gt; gelesen.</translation>
    </message>
    <message>
        <location filename="../app/gui/import_report_dialog.cpp" line="35"/>
        <source>Rows skipped: %1. Issues: %2.</source>
        <translation>Übersprungene Zeilen: %1. Probleme: %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/import_report_dialog.cpp" line="37"/>
        <source>The first %1 are listed.</source>
        <translation>Die ersten %1 sind aufgeführt.</translation>
    </message>
    <message>
        <location filename="../app/gui/import_report_dialog.cpp" line="41"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/import_report_dialog.cpp" line="41"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../app/gui/import_report_dialog.cpp" line="41"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../app/gui/import_report_dialog.cpp" line="51"/>
        <source>(dataset)</source>
        <translation>(Datensatz)</translation>
    </message>
    <message>
        <location filename="../app/gui/import_report_dialog.cpp" line="67"/>
        <source>Copy All</source>
        <translation>Alles kopieren</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::MainWindow</name>
    <message>
        <location filename="../app/gui/main_window.cpp" line="186"/>
        <source>&amp;Open Dataset…</source>
        <translation>Datensatz ö&amp;ffnen …</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="188"/>
        <source>Open a dataset folder (Open Images layout)</source>
        <translation>Einen Datensatzordner öffnen (Open-Images-Aufbau)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="191"/>
        <source>Open &amp;Demo Dataset</source>
        <translation>&amp;Demo-Datensatz öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="192"/>
        <source>Open the Fashion Mosaic demo dataset, generating it on first use</source>
        <translation>Den Demo-Datensatz „Fashion Mosaic“ öffnen; beim ersten Mal wird er erzeugt</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="195"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="197"/>
        <source>Read the open dataset again from disk</source>
        <translation>Den geöffneten Datensatz erneut von der Festplatte lesen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="201"/>
        <source>Import &amp;Report…</source>
        <translation>Import&amp;bericht …</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="202"/>
        <source>List the rows the import had to skip</source>
        <translation>Die Zeilen auflisten, die der Import überspringen musste</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="206"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="211"/>
        <source>Show &amp;All Images</source>
        <translation>&amp;Alle Bilder zeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="213"/>
        <source>Clear the tag filter (Esc)</source>
        <translation>Den Tag-Filter aufheben (Esc)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="217"/>
        <source>&amp;Tag Panel</source>
        <translation>&amp;Tag-Liste</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="223"/>
        <source>Tag &amp;Histogram</source>
        <translation>Tag-&amp;Histogramm</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="230"/>
        <source>&amp;Small Thumbnails</source>
        <translation>&amp;Kleine Vorschaubilder</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="230"/>
        <source>&amp;Medium Thumbnails</source>
        <translation>&amp;Mittlere Vorschaubilder</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="230"/>
        <source>&amp;Large Thumbnails</source>
        <translation>&amp;Große Vorschaubilder</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="239"/>
        <source>&amp;About Tagscope</source>
        <translation>&amp;Über Tagscope</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="242"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="249"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="251"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="260"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="268"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="275"/>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="297"/>
        <source>No images match this filter.</source>
        <translation>Keine Bilder passen zu diesem Filter.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="352"/>
        <source>Some rows of the label files could not be read; click for the list</source>
        <translation>Einige Zeilen der Label-Dateien konnten nicht gelesen werden; für die Liste klicken</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="357"/>
        <source>No dataset open</source>
        <translation>Kein Datensatz geöffnet</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="435"/>
        <source>Open Dataset Folder</source>
        <translation>Datensatzordner öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="484"/>
        <source>1 row skipped</source>
        <translation>1 Zeile übersprungen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="484"/>
        <source>%1 rows skipped</source>
        <translation>%1 Zeilen übersprungen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="485"/>
        <source>1 import issue</source>
        <translation>1 Importproblem</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="485"/>
        <source>%1 import issues</source>
        <translation>%1 Importprobleme</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="486"/>
        <source>details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="500"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="507"/>
        <source>%1: unknown error</source>
        <translation>%1: unbekannter Fehler</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="508"/>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="515"/>
        <source>Cannot Open Dataset</source>
        <translation>Datensatz kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="516"/>
        <source>Tagscope could not open the dataset in
%1</source>
        <translation>Tagscope konnte den Datensatz in
%1
nicht öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="526"/>
        <source>Opening %1 was cancelled</source>
        <translation>Öffnen von %1 wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="568"/>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="576"/>
        <source>%1 — Tagscope</source>
        <translation>%1 — Tagscope</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="576"/>
        <source>Tagscope</source>
        <translation>Tagscope</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="596"/>
        <source>About Tagscope</source>
        <translation>Über Tagscope</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="597"/>
        <source>&lt;h3&gt;Tagscope %1&lt;/h3&gt;&lt;p&gt;A workbench for imbalanced multilabel image datasets: browse millions of tagged images, see how skewed the tags are, and train and inspect models that cope with the imbalance.&lt;/p&gt;&lt;p&gt;Built with Qt %2, QCustomPlot and LibTorch.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tagscope %1&lt;/h3&gt;&lt;p&gt;Eine Werkbank für unausgewogene Multilabel-Bilddatensätze: Millionen getaggter Bilder durchsuchen, sehen, wie ungleich die Tags verteilt sind, und Modelle trainieren und untersuchen, die mit dem Ungleichgewicht umgehen.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, QCustomPlot und LibTorch.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::WelcomePage</name>
    <message>
        <location filename="../app/gui/welcome_page.cpp" line="18"/>
        <source>Welcome to Tagscope</source>
        <translation>Willkommen bei Tagscope</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome_page.cpp" line="25"/>
        <source>Browse a multilabel image dataset, see how skewed its tags are and filter the images by any tag.&lt;br&gt;Open an Open Images folder, or start with the demo dataset.</source>
        <translation>Einen Multilabel-Bilddatensatz durchsuchen, sehen, wie ungleich seine Tags verteilt sind, und die Bilder nach jedem Tag filtern.&lt;br&gt;Öffnen Sie einen Open-Images-Ordner oder beginnen Sie mit dem Demo-Datensatz.</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome_page.cpp" line="32"/>
        <source>Open Dataset…</source>
        <translation>Datensatz öffnen …</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome_page.cpp" line="33"/>
        <source>Open Demo Dataset</source>
        <translation>Demo-Datensatz öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/welcome_page.cpp" line="42"/>
        <source>You can also drop a dataset folder onto this window.</source>
        <translation>Sie können einen Datensatzordner auch auf dieses Fenster ziehen.</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::ImageFilterBar</name>
    <message>
        <location filename="../widgets/image_filter_bar.cpp" line="13"/>
        <source>Label:</source>
        <translation>Label:</translation>
    </message>
    <message>
        <location filename="../widgets/image_filter_bar.cpp" line="17"/>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <location filename="../widgets/image_filter_bar.cpp" line="18"/>
        <source>Verified negative</source>
        <translation>Bestätigt negativ</translation>
    </message>
    <message>
        <location filename="../widgets/image_filter_bar.cpp" line="19"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../widgets/image_filter_bar.cpp" line="20"/>
        <source>Show the images on which the selected tag is present, verified absent, or not annotated</source>
        <translation>Die Bilder zeigen, auf denen der gewählte Tag vorkommt, bestätigt fehlt oder nicht annotiert ist</translation>
    </message>
    <message>
        <location filename="../widgets/image_filter_bar.cpp" line="82"/>
        <source>Filtering…</source>
        <translation>Wird gefiltert …</translation>
    </message>
    <message>
        <location filename="../widgets/image_filter_bar.cpp" line="83"/>
        <source>%1 of %2 images</source>
        <translation>%1 von %2 Bildern</translation>
    </message>
    <message>
        <location filename="../widgets/image_filter_bar.cpp" line="89"/>
        <source>&lt;b&gt;All images&lt;/b&gt;</source>
        <translation>&lt;b&gt;Alle Bilder&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/image_filter_bar.cpp" line="91"/>
        <source>Images with tag &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Bilder mit Tag &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TagHistogram</name>
    <message>
        <location filename="../widgets/tag_histogram.cpp" line="62"/>
        <source>Tags, most frequent first</source>
        <translation>Tags, häufigste zuerst</translation>
    </message>
    <message>
        <location filename="../widgets/tag_histogram.cpp" line="150"/>
        <source>Tag frequency — %1 tags, imbalance ratio %2</source>
        <translation>Tag-Häufigkeit — %1 Tags, Ungleichgewicht %2</translation>
    </message>
    <message>
        <location filename="../widgets/tag_histogram.cpp" line="174"/>
        <source>Tag frequency</source>
        <translation>Tag-Häufigkeit</translation>
    </message>
    <message>
        <location filename="../widgets/tag_histogram.cpp" line="255"/>
        <source>head &gt; %1</source>
        <translation>häufig &gt; %1</translation>
    </message>
    <message>
        <location filename="../widgets/tag_histogram.cpp" line="256"/>
        <source>tail &lt; %1</source>
        <translation>selten &lt; %1</translation>
    </message>
    <message>
        <location filename="../widgets/tag_histogram.cpp" line="268"/>
        <source>%1 (%2): %3 tags</source>
        <translation>%1 (%2): %3 Tags</translation>
    </message>
    <message>
        <location filename="../widgets/tag_histogram.cpp" line="362"/>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <location filename="../widgets/tag_histogram.cpp" line="391"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3&lt;br&gt;rank %4 · %5 band</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3&lt;br&gt;Rang %4 · Gruppe „%5“</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TagPanel</name>
    <message>
        <location filename="../widgets/tag_panel.cpp" line="23"/>
        <source>Search tags…</source>
        <translation>Tags suchen …</translation>
    </message>
    <message>
        <location filename="../widgets/tag_panel.cpp" line="58"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../widgets/tag_panel.cpp" line="138"/>
        <source>1 tag</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../widgets/tag_panel.cpp" line="138"/>
        <source>%1 tags</source>
        <translation>%1 Tags</translation>
    </message>
    <message>
        <location filename="../widgets/tag_panel.cpp" line="140"/>
        <source>%1 of %2 tags</source>
        <translation>%1 von %2 Tags</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TagTableModel</name>
    <message>
        <location filename="../widgets/tag_table_model.cpp" line="129"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../widgets/tag_table_model.cpp" line="130"/>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <location filename="../widgets/tag_table_model.cpp" line="131"/>
        <source>Negative</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <location filename="../widgets/tag_table_model.cpp" line="132"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../widgets/tag_table_model.cpp" line="133"/>
        <source>Band</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../widgets/tag_table_model.cpp" line="138"/>
        <source>Display name of the tag</source>
        <translation>Anzeigename des Tags</translation>
    </message>
    <message>
        <location filename="../widgets/tag_table_model.cpp" line="139"/>
        <source>Images on which the tag is present</source>
        <translation>Bilder, auf denen der Tag vorkommt</translation>
    </message>
    <message>
        <location filename="../widgets/tag_table_model.cpp" line="140"/>
        <source>Images verified not to show the tag</source>
        <translation>Bilder, die den Tag bestätigt nicht zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/tag_table_model.cpp" line="141"/>
        <source>Images for which nobody said whether the tag applies</source>
        <translation>Bilder, für die niemand angegeben hat, ob der Tag zutrifft</translation>
    </message>
    <message>
        <location filename="../widgets/tag_table_model.cpp" line="142"/>
        <source>Head, medium or tail by number of training positives</source>
        <translation>Häufig, mittel oder selten nach Zahl der positiven Trainingsbilder</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TaskProgressWidget</name>
    <message>
        <location filename="../widgets/task_progress_widget.cpp" line="19"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/task_progress_widget.cpp" line="20"/>
        <source>Stop this task; the dataset already open stays open</source>
        <translation>Diese Aufgabe abbrechen; der bereits geöffnete Datensatz bleibt geöffnet</translation>
    </message>
    <message>
        <location filename="../widgets/task_progress_widget.cpp" line="46"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::ThumbnailLoader</name>
    <message>
        <location filename="../widgets/thumbnail_loader.cpp" line="77"/>
        <source>The image could not be decoded.</source>
        <translation>Das Bild konnte nicht dekodiert werden.</translation>
    </message>
</context>
</TS>
