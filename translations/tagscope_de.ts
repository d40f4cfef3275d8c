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
        <location filename="../app/gui/dataset_controller.cpp" line="74"/>
        <source>Computing statistics</source>
        <translation>Statistik wird berechnet</translation>
    </message>
    <message>
        <location filename="../app/gui/dataset_controller.cpp" line="80"/>
        <source>Indexing tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/dataset_controller.cpp" line="84"/>
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
        <location filename="../app/gui/dataset_image_source.cpp" line="69"/>
        <source>The dataset has no image folder for this split.</source>
        <translation>Der Datensatz hat für diese Aufteilung keinen Bildordner.</translation>
    </message>
</context>
<context>
    <name>ParameterForm</name>
    <message>
        <location filename="../widgets/parameter_form.cpp" line="38"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../widgets/parameter_form.cpp" line="47"/>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <location filename="../widgets/parameter_form.cpp" line="47"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
</context>
<context>
    <name>PlotExport</name>
    <message>
        <location filename="../widgets/plot_export.cpp" line="49"/>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/plot_export.cpp" line="50"/>
        <source>Could not write %1:
%2</source>
        <translation>%1 konnte nicht geschrieben werden:
%2</translation>
    </message>
    <message>
        <location filename="../widgets/plot_export.cpp" line="91"/>
        <source>The file could not be written.</source>
        <translation>Die Datei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../widgets/plot_export.cpp" line="99"/>
        <source>Export Image…</source>
        <translation>Bild exportieren …</translation>
    </message>
    <message>
        <location filename="../widgets/plot_export.cpp" line="103"/>
        <source>Export Image</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/plot_export.cpp" line="104"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../widgets/plot_export.cpp" line="117"/>
        <source>Export Data as CSV…</source>
        <translation>Daten als CSV exportieren …</translation>
    </message>
    <message>
        <location filename="../widgets/plot_export.cpp" line="119"/>
        <source>Export Data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/plot_export.cpp" line="121"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
</context>
<context>
    <name>SplitView</name>
    <message>
        <location filename="../widgets/tag_types.cpp" line="41"/>
        <source>All images</source>
        <translation>Alle Bilder</translation>
    </message>
    <message>
        <location filename="../widgets/tag_types.cpp" line="42"/>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../widgets/tag_types.cpp" line="43"/>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../widgets/tag_types.cpp" line="44"/>
        <source>Test</source>
        <translation>Test</translation>
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
        <location filename="../app/gui/tag_data.cpp" line="48"/>
        <source>Positive images (train split)</source>
        <translation>Positive Bilder (Trainingsdaten)</translation>
    </message>
    <message>
        <location filename="../app/gui/tag_data.cpp" line="49"/>
        <source>Positive images</source>
        <translation>Positive Bilder</translation>
    </message>
    <message>
        <location filename="../app/gui/tag_data.cpp" line="54"/>
        <source>train positives</source>
        <translation>positive Trainingsbilder</translation>
    </message>
    <message>
        <location filename="../app/gui/tag_data.cpp" line="54"/>
        <source>positives</source>
        <translation>positive Bilder</translation>
    </message>
    <message>
        <location filename="../app/gui/tag_data.cpp" line="105"/>
        <source>%1 images · %2 tags · %3 positive · %4 negative · %5 unknown labels · imbalance %6</source>
        <translation>%1 Bilder · %2 Tags · %3 positiv · %4 negativ · %5 unbekannte Labels · Ungleichgewicht %6</translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <location filename="../app/gui/training_form.cpp" line="190"/>
        <source>Custom settings</source>
        <translation>Eigene Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="191"/>
        <source>Defaults (ASL, small CNN)</source>
        <translation>Voreinstellungen (ASL, kleines CNN)</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="192"/>
        <source>Open Images-style partial labels: ASL + selective</source>
        <translation>Teil-Labels wie in Open Images: ASL + selektiv</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="195"/>
        <source>Long tail: DB loss + class-aware sampler</source>
        <translation>Long Tail: DB-Loss + klassenbewusstes Sampling</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="197"/>
        <source>Quick look on a CPU: small CNN, 5 epochs</source>
        <translation>Schneller Blick auf der CPU: kleines CNN, 5 Epochen</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="107"/>
        <source>%1: cannot read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="425"/>
        <location filename="../app/gui/training_panel.cpp" line="428"/>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="38"/>
        <source>Browse and analyse imbalanced multilabel image datasets.</source>
        <translation>Unausgewogene Multilabel-Bilddatensätze durchsuchen und analysieren.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="41"/>
        <source>Dataset folder to open.</source>
        <translation>Zu öffnender Datensatzordner.</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::DatasetController</name>
    <message>
        <location filename="../app/gui/dataset_controller.cpp" line="147"/>
        <source>Opening the demo dataset</source>
        <translation>Demo-Datensatz wird geöffnet</translation>
    </message>
    <message>
        <location filename="../app/gui/dataset_controller.cpp" line="149"/>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::ImageInspector</name>
    <message>
        <location filename="../app/gui/image_inspector.cpp" line="26"/>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../app/gui/image_inspector.cpp" line="27"/>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../app/gui/image_inspector.cpp" line="28"/>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../app/gui/image_inspector.cpp" line="29"/>
        <source>no split</source>
        <translation>ohne Aufteilung</translation>
    </message>
    <message>
        <location filename="../app/gui/image_inspector.cpp" line="62"/>
        <source>Previous image in the grid (Alt+Left)</source>
        <translation>Vorheriges Bild im Raster (Alt+Links)</translation>
    </message>
    <message>
        <location filename="../app/gui/image_inspector.cpp" line="66"/>
        <source>Next image in the grid (Alt+Right)</source>
        <translation>Nächstes Bild im Raster (Alt+Rechts)</translation>
    </message>
    <message>
        <location filename="../app/gui/image_inspector.cpp" line="74"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../app/gui/image_inspector.cpp" line="74"/>
        <location filename="../app/gui/image_inspector.cpp" line="82"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../app/gui/image_inspector.cpp" line="74"/>
        <location filename="../app/gui/image_inspector.cpp" line="82"/>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <location filename="../app/gui/image_inspector.cpp" line="83"/>
        <source>Images the tag is positive on</source>
        <translation>Bilder, auf denen der Tag positiv ist</translation>
    </message>
    <message>
        <location filename="../app/gui/image_inspector.cpp" line="126"/>
        <source>Select an image in the grid to inspect it.</source>
        <translation>Wählen Sie ein Bild im Raster aus, um es zu untersuchen.</translation>
    </message>
    <message>
        <location filename="../app/gui/image_inspector.cpp" line="137"/>
        <source>No image file (the dataset has no image folder for this split)</source>
        <translation>Keine Bilddatei (der Datensatz hat für diese Aufteilung keinen Bildordner)</translation>
    </message>
    <message>
        <location filename="../app/gui/image_inspector.cpp" line="138"/>
        <source>%1 · %2 of %3</source>
        <translation>%1 · %2 von %3</translation>
    </message>
    <message>
        <location filename="../app/gui/image_inspector.cpp" line="141"/>
        <source>No image file</source>
        <translation>Keine Bilddatei</translation>
    </message>
    <message>
        <location filename="../app/gui/image_inspector.cpp" line="145"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../app/gui/image_inspector.cpp" line="168"/>
        <source>The image could not be loaded.</source>
        <translation>Das Bild konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/image_inspector.cpp" line="193"/>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <location filename="../app/gui/image_inspector.cpp" line="194"/>
        <source>Verified negative</source>
        <translation>Geprüft negativ</translation>
    </message>
    <message>
        <location filename="../app/gui/image_inspector.cpp" line="195"/>
        <source>Machine</source>
        <translation>Maschinell</translation>
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
        <location filename="../app/gui/main_window.cpp" line="317"/>
        <source>&amp;Open Dataset…</source>
        <translation>Datensatz ö&amp;ffnen …</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="319"/>
        <source>Open a dataset folder (Open Images, COCO, a CSV/TSV list or class folders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="322"/>
        <source>Open Annotation &amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="324"/>
        <source>Open a COCO instances JSON file or a CSV/TSV list of image paths and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="327"/>
        <source>Open &amp;Demo Dataset</source>
        <translation>&amp;Demo-Datensatz öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="328"/>
        <source>Open the Fashion Mosaic demo dataset, generating it on first use</source>
        <translation>Den Demo-Datensatz „Fashion Mosaic“ öffnen; beim ersten Mal wird er erzeugt</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="331"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="333"/>
        <source>Read the open dataset again from disk</source>
        <translation>Den geöffneten Datensatz erneut von der Festplatte lesen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="337"/>
        <source>Import &amp;Report…</source>
        <translation>Import&amp;bericht …</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="338"/>
        <source>List the rows the import had to skip</source>
        <translation>Die Zeilen auflisten, die der Import überspringen musste</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="342"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="347"/>
        <source>Show &amp;All Images</source>
        <translation>&amp;Alle Bilder zeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="349"/>
        <source>Clear the tag filter (Esc)</source>
        <translation>Den Tag-Filter aufheben (Esc)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="353"/>
        <source>&amp;Tag Panel</source>
        <translation>&amp;Tag-Liste</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="359"/>
        <source>&amp;Analysis Panel</source>
        <translation>&amp;Analysebereich</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="360"/>
        <source>Show or hide the tag frequency, summary and co-occurrence plots under the grid</source>
        <translation>Die Diagramme zu Tag-Häufigkeit, Übersicht und gemeinsamem Auftreten unter dem Raster zeigen oder ausblenden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="367"/>
        <source>Tag &amp;Frequency</source>
        <translation>Tag-&amp;Häufigkeit</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="367"/>
        <source>Imbalance &amp;Summary</source>
        <translation>Ungleichgewicht – Ü&amp;bersicht</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="368"/>
        <source>Tag &amp;Co-occurrence</source>
        <translation>&amp;Gemeinsames Auftreten</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="378"/>
        <source>&amp;Small Thumbnails</source>
        <translation>&amp;Kleine Vorschaubilder</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="378"/>
        <source>&amp;Medium Thumbnails</source>
        <translation>&amp;Mittlere Vorschaubilder</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="378"/>
        <source>&amp;Large Thumbnails</source>
        <translation>&amp;Große Vorschaubilder</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="386"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="389"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="393"/>
        <source>&amp;About Tagscope</source>
        <translation>&amp;Über Tagscope</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="396"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="403"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="406"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="415"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="431"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="438"/>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="462"/>
        <source>No images match this filter.</source>
        <translation>Keine Bilder passen zu diesem Filter.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="469"/>
        <source>Tag Frequency</source>
        <translation>Tag-Häufigkeit</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="470"/>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="471"/>
        <source>Co-occurrence</source>
        <translation>Gemeinsames Auftreten</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="511"/>
        <source>Image Inspector</source>
        <translation>Bildinspektor</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="553"/>
        <source>Some rows of the label files could not be read; click for the list</source>
        <translation>Einige Zeilen der Label-Dateien konnten nicht gelesen werden; für die Liste klicken</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="558"/>
        <source>No dataset open</source>
        <translation>Kein Datensatz geöffnet</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="638"/>
        <source>Open Dataset Folder</source>
        <translation>Datensatzordner öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="647"/>
        <source>Open Annotation File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="648"/>
        <source>Annotations (*.json *.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="704"/>
        <source>1 row skipped</source>
        <translation>1 Zeile übersprungen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="704"/>
        <source>%1 rows skipped</source>
        <translation>%1 Zeilen übersprungen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="705"/>
        <source>1 import issue</source>
        <translation>1 Importproblem</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="705"/>
        <source>%1 import issues</source>
        <translation>%1 Importprobleme</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="706"/>
        <source>details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="720"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="727"/>
        <source>%1: unknown error</source>
        <translation>%1: unbekannter Fehler</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="728"/>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="735"/>
        <source>Cannot Open Dataset</source>
        <translation>Datensatz kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="736"/>
        <source>Tagscope could not open the dataset in
%1</source>
        <translation>Tagscope konnte den Datensatz in
%1
nicht öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="746"/>
        <source>Opening %1 was cancelled</source>
        <translation>Öffnen von %1 wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="789"/>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="797"/>
        <source>%1 — Tagscope</source>
        <translation>%1 — Tagscope</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="797"/>
        <source>Tagscope</source>
        <translation>Tagscope</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="840"/>
        <source>About Tagscope</source>
        <translation>Über Tagscope</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="841"/>
        <source>&lt;h3&gt;Tagscope %1&lt;/h3&gt;&lt;p&gt;A workbench for imbalanced multilabel image datasets: browse millions of tagged images, see how skewed the tags are, and train and inspect models that cope with the imbalance.&lt;/p&gt;&lt;p&gt;Built with Qt %2, QCustomPlot and LibTorch.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tagscope %1&lt;/h3&gt;&lt;p&gt;Eine Werkbank für unausgewogene Multilabel-Bilddatensätze: Millionen getaggter Bilder durchsuchen, sehen, wie ungleich die Tags verteilt sind, und Modelle trainieren und untersuchen, die mit dem Ungleichgewicht umgehen.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, QCustomPlot und LibTorch.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::RunComparisonView</name>
    <message>
        <location filename="../app/gui/run_comparison_view.cpp" line="72"/>
        <source>First run</source>
        <translation>Erster Lauf</translation>
    </message>
    <message>
        <location filename="../app/gui/run_comparison_view.cpp" line="72"/>
        <source>Second run</source>
        <translation>Zweiter Lauf</translation>
    </message>
    <message>
        <location filename="../app/gui/run_comparison_view.cpp" line="73"/>
        <source>Select two runs in the Runs tab and press Compare to see them side by side.</source>
        <translation>Wählen Sie im Reiter „Läufe“ zwei Läufe und klicken Sie auf „Vergleichen“, um sie nebeneinander zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/gui/run_comparison_view.cpp" line="85"/>
        <location filename="../app/gui/run_comparison_view.cpp" line="127"/>
        <source>Best</source>
        <translation>Bester Wert</translation>
    </message>
    <message>
        <location filename="../app/gui/run_comparison_view.cpp" line="86"/>
        <source>Best epoch</source>
        <translation>Beste Epoche</translation>
    </message>
    <message>
        <location filename="../app/gui/run_comparison_view.cpp" line="87"/>
        <source>Head mAP at best</source>
        <translation>mAP (häufig) am besten Punkt</translation>
    </message>
    <message>
        <location filename="../app/gui/run_comparison_view.cpp" line="88"/>
        <source>Medium mAP at best</source>
        <translation>mAP (mittel) am besten Punkt</translation>
    </message>
    <message>
        <location filename="../app/gui/run_comparison_view.cpp" line="89"/>
        <source>Tail mAP at best</source>
        <translation>mAP (selten) am besten Punkt</translation>
    </message>
    <message>
        <location filename="../app/gui/run_comparison_view.cpp" line="90"/>
        <source>Epochs done</source>
        <translation>Abgeschlossene Epochen</translation>
    </message>
    <message>
        <location filename="../app/gui/run_comparison_view.cpp" line="92"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../app/gui/run_comparison_view.cpp" line="93"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../app/gui/run_comparison_view.cpp" line="132"/>
        <source>The two runs have the same settings.</source>
        <translation>Die beiden Läufe haben dieselben Einstellungen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/run_comparison_view.cpp" line="133"/>
        <source>%n setting(s) differ (highlighted, listed first after the results).</source>
        <translation>
            <numerusform>%n Einstellung unterscheidet sich (hervorgehoben, nach den Ergebnissen zuerst aufgeführt).</numerusform>
            <numerusform>%n Einstellungen unterscheiden sich (hervorgehoben, nach den Ergebnissen zuerst aufgeführt).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tagscope::gui::RunHistoryPanel</name>
    <message>
        <location filename="../app/gui/run_history_panel.cpp" line="45"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/run_history_panel.cpp" line="46"/>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location filename="../app/gui/run_history_panel.cpp" line="46"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/gui/run_history_panel.cpp" line="46"/>
        <source>&amp;Export Model…</source>
        <translation>Modell &amp;exportieren …</translation>
    </message>
    <message>
        <location filename="../app/gui/run_history_panel.cpp" line="47"/>
        <source>Use &amp;Settings</source>
        <translation>&amp;Einstellungen übernehmen</translation>
    </message>
    <message>
        <location filename="../app/gui/run_history_panel.cpp" line="51"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../app/gui/run_history_panel.cpp" line="51"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../app/gui/run_history_panel.cpp" line="51"/>
        <source>Best</source>
        <translation>Bester Wert</translation>
    </message>
    <message>
        <location filename="../app/gui/run_history_panel.cpp" line="51"/>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location filename="../app/gui/run_history_panel.cpp" line="51"/>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location filename="../app/gui/run_history_panel.cpp" line="51"/>
        <source>Backbone</source>
        <translation>Backbone</translation>
    </message>
    <message>
        <location filename="../app/gui/run_history_panel.cpp" line="51"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../app/gui/run_history_panel.cpp" line="51"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../app/gui/run_history_panel.cpp" line="51"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../app/gui/run_history_panel.cpp" line="64"/>
        <source>Show the run&apos;s curves and long-tail view (followed live while it is being written)</source>
        <translation>Kurven und Long-Tail-Ansicht des Laufs zeigen (live verfolgt, solange er geschrieben wird)</translation>
    </message>
    <message>
        <location filename="../app/gui/run_history_panel.cpp" line="65"/>
        <source>Select two runs: their curves and per-tag AP overlaid, and their settings side by side</source>
        <translation>Zwei Läufe auswählen: ihre Kurven und die AP je Tag übereinander, ihre Einstellungen nebeneinander</translation>
    </message>
    <message>
        <location filename="../app/gui/run_history_panel.cpp" line="66"/>
        <source>Continue the run from its last checkpoint, exactly where it stopped</source>
        <translation>Den Lauf ab seinem letzten Checkpoint fortsetzen, genau dort, wo er angehalten wurde</translation>
    </message>
    <message>
        <location filename="../app/gui/run_history_panel.cpp" line="67"/>
        <source>Save the run&apos;s model as TorchScript (torch.jit.load opens it in Python)</source>
        <translation>Das Modell des Laufs als TorchScript speichern (torch.jit.load öffnet es in Python)</translation>
    </message>
    <message>
        <location filename="../app/gui/run_history_panel.cpp" line="68"/>
        <source>Fill the training form with this run&apos;s settings</source>
        <translation>Das Trainingsformular mit den Einstellungen dieses Laufs füllen</translation>
    </message>
    <message>
        <location filename="../app/gui/run_history_panel.cpp" line="92"/>
        <source>Change…</source>
        <translation>Ändern …</translation>
    </message>
    <message>
        <location filename="../app/gui/run_history_panel.cpp" line="93"/>
        <source>Choose the folder that holds the runs (a run directory of tagscope-cli train, or a folder of them)</source>
        <translation>Den Ordner mit den Läufen wählen (ein Laufverzeichnis von tagscope-cli train oder ein Ordner solcher Verzeichnisse)</translation>
    </message>
    <message>
        <location filename="../app/gui/run_history_panel.cpp" line="96"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/gui/run_history_panel.cpp" line="102"/>
        <source>Runs folder:</source>
        <translation>Ordner der Läufe:</translation>
    </message>
    <message>
        <location filename="../app/gui/run_history_panel.cpp" line="144"/>
        <source>Runs Folder</source>
        <translation>Ordner der Läufe</translation>
    </message>
    <message>
        <location filename="../app/gui/run_history_panel.cpp" line="253"/>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <location filename="../app/gui/run_history_panel.cpp" line="254"/>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../app/gui/run_history_panel.cpp" line="255"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../app/gui/run_history_panel.cpp" line="256"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/run_history_panel.cpp" line="257"/>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location filename="../app/gui/run_history_panel.cpp" line="266"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/gui/run_history_panel.cpp" line="268"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../app/gui/run_history_panel.cpp" line="269"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../app/gui/run_history_panel.cpp" line="294"/>
        <source>Best at epoch %1</source>
        <translation>Bester Wert in Epoche %1</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::TrainingController</name>
    <message>
        <location filename="../app/gui/training_controller.cpp" line="36"/>
        <source>dataset: %1 does not exist</source>
        <translation>dataset: %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../app/gui/training_controller.cpp" line="45"/>
        <source>backbone.input_size: %1 takes at least %2 pixels</source>
        <translation>backbone.input_size: %1 braucht mindestens %2 Pixel</translation>
    </message>
    <message>
        <location filename="../app/gui/training_controller.cpp" line="47"/>
        <source>backbone.input_size: %1 needs a multiple of %2</source>
        <translation>backbone.input_size: %1 braucht ein Vielfaches von %2</translation>
    </message>
    <message>
        <location filename="../app/gui/training_controller.cpp" line="49"/>
        <source>backbone.path: choose the TorchScript file of the backbone</source>
        <translation>backbone.path: wählen Sie die TorchScript-Datei des Backbones</translation>
    </message>
    <message>
        <location filename="../app/gui/training_controller.cpp" line="57"/>
        <source>a training run is already in progress</source>
        <translation>es läuft bereits ein Training</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::TrainingDock</name>
    <message>
        <location filename="../app/gui/training_dock.cpp" line="10"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../app/gui/training_dock.cpp" line="18"/>
        <source>Show or hide the training panel: settings, live curves, the long-tail view and the run history</source>
        <translation>Das Trainingsfeld ein- oder ausblenden: Einstellungen, Live-Kurven, Long-Tail-Ansicht und Verlauf der Läufe</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::TrainingForm</name>
    <message>
        <location filename="../app/gui/training_form.cpp" line="215"/>
        <source>Settings that suit a kind of dataset; every field can still be changed</source>
        <translation>Einstellungen, die zu einer Art Datensatz passen; jedes Feld bleibt änderbar</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="221"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="270"/>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="270"/>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="270"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="272"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="273"/>
        <source>The dataset folder (or annotation file) to train on; by default the one open in the browser</source>
        <translation>Der Datensatzordner (oder die Annotationsdatei) für das Training; standardmäßig der im Browser geöffnete</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="274"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="276"/>
        <source>Training split</source>
        <translation>Trainingsaufteilung</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="276"/>
        <source>The images the model learns from</source>
        <translation>Die Bilder, aus denen das Modell lernt</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="277"/>
        <source>Validation split</source>
        <translation>Validierungsaufteilung</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="278"/>
        <source>The images the per-epoch metrics and the long-tail view are measured on</source>
        <translation>Die Bilder, auf denen die Metriken jeder Epoche und die Long-Tail-Ansicht gemessen werden</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="279"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="280"/>
        <source>Trainable tags</source>
        <translation>Trainierbare Tags</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="280"/>
        <source>All tags</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="280"/>
        <source>Open Images marks some classes as trainable; other datasets have all trainable</source>
        <translation>Open Images kennzeichnet einige Klassen als trainierbar; in anderen Datensätzen sind alle trainierbar</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="281"/>
        <source>Minimum positives</source>
        <translation>Mindestzahl Positive</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="282"/>
        <source>Tags with fewer training positives are left out</source>
        <translation>Tags mit weniger positiven Trainingsbildern werden ausgelassen</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="283"/>
        <source>Training images</source>
        <translation>Trainingsbilder</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="284"/>
        <source>Train on a seeded sample of this many images (0: all)</source>
        <translation>Auf einer festen Stichprobe so vieler Bilder trainieren (0: alle)</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="285"/>
        <source>Validation images</source>
        <translation>Validierungsbilder</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="286"/>
        <source>Validate on a seeded sample of this many images (0: all)</source>
        <translation>Auf einer festen Stichprobe so vieler Bilder validieren (0: alle)</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="293"/>
        <source>TorchScript file</source>
        <translation>TorchScript-Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="294"/>
        <source>A feature extractor saved with torch.jit.trace or torch.jit.script (B x 3 x S x S images in, features out)</source>
        <translation>Ein mit torch.jit.trace oder torch.jit.script gespeicherter Merkmalsextraktor (B x 3 x S x S Bilder hinein, Merkmale heraus)</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="295"/>
        <source>TorchScript (*.pt *.pth *.ts);;All files (*)</source>
        <translation>TorchScript (*.pt *.pth *.ts);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="296"/>
        <source>Input size (px)</source>
        <translation>Eingabegröße (px)</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="297"/>
        <source>Side of the square images the network sees; ViTs need a multiple of 16</source>
        <translation>Seitenlänge der quadratischen Bilder, die das Netz sieht; ViTs brauchen ein Vielfaches von 16</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="300"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="301"/>
        <source>Backbone</source>
        <translation>Backbone</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="301"/>
        <source>The network that turns images into features</source>
        <translation>Das Netz, das aus Bildern Merkmale macht</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="303"/>
        <source>Freeze the file&apos;s weights</source>
        <translation>Gewichte der Datei einfrieren</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="304"/>
        <source>Keep the TorchScript backbone fixed and train only the heads (transfer learning)</source>
        <translation>Das TorchScript-Backbone festhalten und nur die Köpfe trainieren (Transfer Learning)</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="306"/>
        <source>Stochastic depth</source>
        <translation>Stochastische Tiefe</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="307"/>
        <source>Drop-path rate of residual and transformer blocks</source>
        <translation>Drop-Path-Rate der Residual- und Transformer-Blöcke</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="308"/>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="308"/>
        <source>Dropout before the classifier</source>
        <translation>Dropout vor dem Klassifikator</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="309"/>
        <source>Embedding size</source>
        <translation>Embedding-Größe</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="310"/>
        <source>Width of an embedding head beside the classifier (0: none; metric-learning losses then use the pooled features)</source>
        <translation>Breite eines Embedding-Kopfs neben dem Klassifikator (0: keiner; Metric-Learning-Losses nutzen dann die gepoolten Merkmale)</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="318"/>
        <source>%1 (metric learning)</source>
        <translation>%1 (Metric Learning)</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="320"/>
        <location filename="../app/gui/training_form.cpp" line="321"/>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="321"/>
        <source>How the errors of each tag are weighed; see its parameters below</source>
        <translation>Wie die Fehler jedes Tags gewichtet werden; die Parameter stehen darunter</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="334"/>
        <source>Optimisation</source>
        <translation>Optimierung</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="335"/>
        <source>Optimiser</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="335"/>
        <source>AdamW</source>
        <translation>AdamW</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="335"/>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="336"/>
        <source>AdamW suits transformers and small data; SGD with momentum the classic CNN recipes</source>
        <translation>AdamW passt zu Transformern und kleinen Datenmengen, SGD mit Momentum zu den klassischen CNN-Rezepten</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="337"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="337"/>
        <source>Peak learning rate of the schedule</source>
        <translation>Höchste Lernrate des Zeitplans</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="338"/>
        <source>Weight decay</source>
        <translation>Weight Decay</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="338"/>
        <source>Decoupled for AdamW, L2 for SGD</source>
        <translation>Entkoppelt bei AdamW, L2 bei SGD</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="339"/>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="339"/>
        <source>SGD momentum</source>
        <translation>SGD-Momentum</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="340"/>
        <source>Nesterov momentum</source>
        <translation>Nesterov-Momentum</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="340"/>
        <source>Nesterov&apos;s variant of SGD momentum</source>
        <translation>Nesterovs Variante des SGD-Momentums</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="341"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="343"/>
        <source>Cosine</source>
        <translation>Kosinus</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="343"/>
        <source>One-cycle</source>
        <translation>One-Cycle</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="343"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="343"/>
        <source>Constant</source>
        <translation>Konstant</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="343"/>
        <source>How the learning rate changes over the run</source>
        <translation>Wie sich die Lernrate im Lauf ändert</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="344"/>
        <source>Warm-up epochs</source>
        <translation>Aufwärmepochen</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="345"/>
        <source>Linear warm-up from zero at the start (fractions of an epoch allowed)</source>
        <translation>Lineares Aufwärmen von null am Anfang (Bruchteile einer Epoche erlaubt)</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="346"/>
        <source>Step every (epochs)</source>
        <translation>Stufe alle (Epochen)</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="346"/>
        <source>Step schedule: epochs between decays</source>
        <translation>Stufenplan: Epochen zwischen zwei Absenkungen</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="347"/>
        <source>Step factor</source>
        <translation>Stufenfaktor</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="347"/>
        <source>Step schedule: the learning rate is multiplied by this</source>
        <translation>Stufenplan: die Lernrate wird damit multipliziert</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="348"/>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="348"/>
        <source>Passes over the training images</source>
        <translation>Durchläufe über die Trainingsbilder</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="349"/>
        <source>Batch size</source>
        <translation>Batch-Größe</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="349"/>
        <source>Images per optimiser step</source>
        <translation>Bilder je Optimiererschritt</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="350"/>
        <source>Gradient clipping</source>
        <translation>Gradient Clipping</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="350"/>
        <source>Clip the gradient norm to this (0: off)</source>
        <translation>Die Gradientennorm darauf begrenzen (0: aus)</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="351"/>
        <source>Label smoothing</source>
        <translation>Label Smoothing</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="352"/>
        <source>Move annotated targets towards 1/2 by this much; unknown labels stay unknown</source>
        <translation>Annotierte Ziele um so viel Richtung 1/2 verschieben; unbekannte Labels bleiben unbekannt</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="354"/>
        <source>Augmentation</source>
        <translation>Augmentierung</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="355"/>
        <source>Random resized crop</source>
        <translation>Zufälliger skalierter Ausschnitt</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="356"/>
        <source>Crop 35-100% of the image at a random aspect ratio, then resize</source>
        <translation>35–100 % des Bildes mit zufälligem Seitenverhältnis ausschneiden, dann skalieren</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="357"/>
        <source>Horizontal flip</source>
        <translation>Horizontal spiegeln</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="357"/>
        <source>Mirror half of the images</source>
        <translation>Die Hälfte der Bilder spiegeln</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="358"/>
        <source>RandAugment N</source>
        <translation>RandAugment N</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="359"/>
        <source>RandAugment: operations applied per image (0: off)</source>
        <translation>RandAugment: Operationen je Bild (0: aus)</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="360"/>
        <source>RandAugment M</source>
        <translation>RandAugment M</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="360"/>
        <source>RandAugment: magnitude of each operation</source>
        <translation>RandAugment: Stärke jeder Operation</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="361"/>
        <source>Mixup alpha</source>
        <translation>Mixup-Alpha</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="362"/>
        <source>Blend pairs of images and their targets with a Beta(alpha, alpha) weight (0: off)</source>
        <translation>Bildpaare und ihre Ziele mit einem Beta(alpha, alpha)-Gewicht mischen (0: aus)</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="364"/>
        <source>Images per class (K)</source>
        <translation>Bilder je Klasse (K)</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="365"/>
        <source>P × K sampler: images of each class in a batch; the batch size must be a multiple of it</source>
        <translation>P × K-Sampling: Bilder jeder Klasse in einem Batch; die Batch-Größe muss ein Vielfaches davon sein</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="370"/>
        <source>Automatic (CPU here)</source>
        <translation>Automatisch (hier die CPU)</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="370"/>
        <source>Automatic (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="376"/>
        <source>Sampler</source>
        <translation>Sampling</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="378"/>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="378"/>
        <source>Class-aware</source>
        <translation>Klassenbewusst</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="378"/>
        <source>Repeat factor</source>
        <translation>Wiederholungsfaktor</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="378"/>
        <source>P × K classes (metric learning)</source>
        <translation>P × K Klassen (Metric Learning)</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="379"/>
        <source>Class-aware and repeat-factor sampling show rare tags more often; Distribution-Balanced loss expects class-aware</source>
        <translation>Klassenbewusstes und Wiederholungsfaktor-Sampling zeigen seltene Tags öfter; der Distribution-Balanced-Loss erwartet klassenbewusstes Sampling</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="380"/>
        <source>Repeat threshold</source>
        <translation>Wiederholungsschwelle</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="381"/>
        <source>Repeat factor: images with a tag rarer than this fraction are repeated (LVIS)</source>
        <translation>Wiederholungsfaktor: Bilder mit einem Tag, der seltener als dieser Anteil ist, werden wiederholt (LVIS)</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="383"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="384"/>
        <source>Automatic uses the first CUDA GPU when there is one, else the CPU; the run records the device it used</source>
        <translation>Automatisch nimmt die erste CUDA-GPU, wenn es eine gibt, sonst die CPU; der Lauf hält das verwendete Gerät fest</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="385"/>
        <source>CPU threads</source>
        <translation>CPU-Threads</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="385"/>
        <source>Threads for computing on the CPU (0: one per core)</source>
        <translation>Threads für das Rechnen auf der CPU (0: einer je Kern)</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="386"/>
        <source>Loader threads</source>
        <translation>Lade-Threads</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="386"/>
        <source>Threads that augment images ahead of the training step</source>
        <translation>Threads, die Bilder vor dem Trainingsschritt augmentieren</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="387"/>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="387"/>
        <source>The same seed on a CPU gives the same run</source>
        <translation>Derselbe Startwert ergibt auf einer CPU denselben Lauf</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="388"/>
        <source>Log every (steps)</source>
        <translation>Protokoll alle (Schritte)</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="388"/>
        <source>Steps between lines in metrics.jsonl</source>
        <translation>Schritte zwischen zwei Zeilen in metrics.jsonl</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="391"/>
        <source>Mixed precision</source>
        <translation>Gemischte Genauigkeit</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="392"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="392"/>
        <source>Automatic mixed precision on CUDA</source>
        <translation>Automatische gemischte Genauigkeit auf CUDA</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="393"/>
        <source>Channels last</source>
        <translation>Channels last</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="393"/>
        <source>NHWC memory layout, faster on tensor cores</source>
        <translation>NHWC-Speicherlayout, schneller auf Tensor Cores</translation>
    </message>
    <message>
        <location filename="../app/gui/training_form.cpp" line="395"/>
        <source>Sampling and device</source>
        <translation>Sampling und Gerät</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::TrainingPanel</name>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="186"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="189"/>
        <source>Check the settings and train in a new run directory</source>
        <translation>Die Einstellungen prüfen und in einem neuen Laufverzeichnis trainieren</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="191"/>
        <location filename="../app/gui/training_panel.cpp" line="873"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="194"/>
        <source>Hold the run between two batches; Resume carries on</source>
        <translation>Den Lauf zwischen zwei Batches anhalten; Fortsetzen macht weiter</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="195"/>
        <source>S&amp;top</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="198"/>
        <source>Stop after the current batch and write a checkpoint; the run can be resumed from the Runs tab</source>
        <translation>Nach dem laufenden Batch anhalten und einen Checkpoint schreiben; der Lauf lässt sich im Reiter „Läufe“ fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="228"/>
        <source>Draw another run under this one: dashed curves, hollow points in the long-tail view</source>
        <translation>Einen anderen Lauf darunter zeichnen: gestrichelte Kurven, hohle Punkte in der Long-Tail-Ansicht</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="232"/>
        <source>Compare &amp;with:</source>
        <translation>Vergleichen &amp;mit:</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="243"/>
        <source>No run yet: choose the settings on the left and press Start, or open a run from the Runs tab.</source>
        <translation>Noch kein Lauf: links die Einstellungen wählen und auf „Starten“ klicken oder einen Lauf im Reiter „Läufe“ öffnen.</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="249"/>
        <source>Messages of the run appear here.</source>
        <translation>Meldungen des Laufs erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="269"/>
        <source>Curves</source>
        <translation>Kurven</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="270"/>
        <source>Long Tail</source>
        <translation>Long Tail</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="271"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="272"/>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="325"/>
        <source>Some settings need fixing before training can start (see the messages under the fields)</source>
        <translation>Einige Einstellungen müssen vor dem Training korrigiert werden (siehe die Meldungen unter den Feldern)</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="352"/>
        <location filename="../app/gui/training_panel.cpp" line="353"/>
        <source>Cannot resume %1: %2</source>
        <translation>%1 kann nicht fortgesetzt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="357"/>
        <source>Resuming %1 from its checkpoint</source>
        <translation>%1 wird ab seinem Checkpoint fortgesetzt</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="369"/>
        <source>The form holds the settings of %1</source>
        <translation>Das Formular enthält die Einstellungen von %1</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="378"/>
        <source>Training in Progress</source>
        <translation>Training läuft</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="378"/>
        <source>A training run is in progress. Stop it and close Tagscope?</source>
        <translation>Ein Training läuft. Anhalten und Tagscope schließen?</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="381"/>
        <source>The run stops after the current batch and writes a checkpoint, so it can be resumed later from the Runs tab.</source>
        <translation>Der Lauf hält nach dem laufenden Batch an und schreibt einen Checkpoint, sodass er später im Reiter „Läufe“ fortgesetzt werden kann.</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="382"/>
        <source>Stop and Close</source>
        <translation>Anhalten und schließen</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="389"/>
        <source>Stopping the run before closing: writing the checkpoint</source>
        <translation>Der Lauf wird vor dem Schließen angehalten: der Checkpoint wird geschrieben</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="398"/>
        <source>No Model Yet</source>
        <translation>Noch kein Modell</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="399"/>
        <source>%1 has no TorchScript model: it is written when a run finishes its last epoch. Resume the run to finish it.</source>
        <translation>%1 hat kein TorchScript-Modell: es wird geschrieben, wenn ein Lauf seine letzte Epoche beendet. Setzen Sie den Lauf fort, um ihn abzuschließen.</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="407"/>
        <source>Export TorchScript Model</source>
        <translation>TorchScript-Modell exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="408"/>
        <source>TorchScript (*.pt)</source>
        <translation>TorchScript (*.pt)</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="417"/>
        <source>Exported the model to %1</source>
        <translation>Modell nach %1 exportiert</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="507"/>
        <source>Stopped at step %1: %2</source>
        <translation>Bei Schritt %1 angehalten: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="554"/>
        <source>The run stopped: %1</source>
        <translation>Der Lauf wurde angehalten: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="574"/>
        <source>%1 of %2 epochs</source>
        <translation>%1 von %2 Epochen</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="575"/>
        <source>%1: %2 of %3 epochs in %4, device %5</source>
        <translation>%1: %2 von %3 Epochen in %4, Gerät %5</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="581"/>
        <source> · best %1 at epoch %2</source>
        <translation> · bester Wert %1 in Epoche %2</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="609"/>
        <source>mAP</source>
        <translation>mAP</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="625"/>
        <source>Per-tag AP appears here after the first validation of a run.</source>
        <translation>Die AP je Tag erscheint hier nach der ersten Validierung eines Laufs.</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="627"/>
        <source>%1: no per-tag AP yet (it is measured on the validation split at the end of each epoch).</source>
        <translation>%1: noch keine AP je Tag (sie wird am Ende jeder Epoche auf der Validierungsaufteilung gemessen).</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="629"/>
        <source>%1, epoch %2: %3 tags with a validation AP. Head tags have over 100 training positives, tail tags under 20; the lines are each band&apos;s mean AP. Click a point to see the tag&apos;s images.</source>
        <translation>%1, Epoche %2: %3 Tags mit einer Validierungs-AP. Häufige Tags haben über 100 positive Trainingsbilder, seltene unter 20; die Linien sind die mittlere AP jeder Gruppe. Ein Klick auf einen Punkt zeigt die Bilder des Tags.</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="683"/>
        <source>No other run</source>
        <translation>Kein anderer Lauf</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="699"/>
        <source>&lt;b&gt;Training&lt;/b&gt;</source>
        <translation>&lt;b&gt;Training&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="705"/>
        <location filename="../app/gui/training_panel.cpp" line="740"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="706"/>
        <location filename="../app/gui/training_panel.cpp" line="748"/>
        <source>stopping</source>
        <translation>wird angehalten</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="707"/>
        <location filename="../app/gui/training_panel.cpp" line="727"/>
        <location filename="../app/gui/training_panel.cpp" line="744"/>
        <source>training</source>
        <translation>trainiert</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="726"/>
        <source>Training in %1</source>
        <translation>Training in %1</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="732"/>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="741"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="745"/>
        <source>Resumed</source>
        <translation>Fortgesetzt</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="749"/>
        <source>Stopping: the checkpoint is written after the current batch…</source>
        <translation>Wird angehalten: der Checkpoint wird nach dem laufenden Batch geschrieben …</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="757"/>
        <source>Epoch %1/%2 · %3…</source>
        <translation>Epoche %1/%2 · %3 …</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="775"/>
        <source>Epoch %1 / %2 · %p%</source>
        <translation>Epoche %1 / %2 · %p %</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="776"/>
        <source>Epoch %1/%2 · batch %3/%4 · step %5/%6 · %7 images/s · ETA %8 · loss %9 (smoothed %10) · learning rate %11</source>
        <translation>Epoche %1/%2 · Batch %3/%4 · Schritt %5/%6 · %7 Bilder/s · noch %8 · Loss %9 (geglättet %10) · Lernrate %11</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="785"/>
        <source>Paused · %1</source>
        <translation>Pausiert · %1</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="806"/>
        <source>Epoch %1: training loss %2</source>
        <translation>Epoche %1: Trainings-Loss %2</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="808"/>
        <source>, validation %1 %2</source>
        <translation>, Validierung %1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="810"/>
        <source> (head %1, medium %2, tail %3)</source>
        <translation> (häufig %1, mittel %2, selten %3)</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="812"/>
        <source> in %1 s%2</source>
        <translation> in %1 s%2</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="812"/>
        <source>, best so far</source>
        <translation>, bisher am besten</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="826"/>
        <source>%1 finished: %2</source>
        <translation>%1 abgeschlossen: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="827"/>
        <source>%1 stopped: %2</source>
        <translation>%1 angehalten: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="828"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="836"/>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="863"/>
        <source>The tag %1 is not in the open dataset</source>
        <translation>Der Tag %1 ist nicht im geöffneten Datensatz</translation>
    </message>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="873"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
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
    <name>tagscope::ui::CooccurrenceHeatmap</name>
    <message>
        <location filename="../widgets/cooccurrence_heatmap.cpp" line="59"/>
        <source>How many of the most frequent tags the map compares</source>
        <translation>Wie viele der häufigsten Tags die Karte vergleicht</translation>
    </message>
    <message>
        <location filename="../widgets/cooccurrence_heatmap.cpp" line="60"/>
        <source>&amp;Most frequent tags:</source>
        <translation>&amp;Häufigste Tags:</translation>
    </message>
    <message>
        <location filename="../widgets/cooccurrence_heatmap.cpp" line="88"/>
        <source>Tag B</source>
        <translation>Tag B</translation>
    </message>
    <message>
        <location filename="../widgets/cooccurrence_heatmap.cpp" line="89"/>
        <source>Tag A</source>
        <translation>Tag A</translation>
    </message>
    <message>
        <location filename="../widgets/cooccurrence_heatmap.cpp" line="99"/>
        <source>P(B | A)</source>
        <translation>P(B | A)</translation>
    </message>
    <message>
        <location filename="../widgets/cooccurrence_heatmap.cpp" line="169"/>
        <source>Counting co-occurrences…</source>
        <translation>Gemeinsames Auftreten wird gezählt …</translation>
    </message>
    <message>
        <location filename="../widgets/cooccurrence_heatmap.cpp" line="171"/>
        <source>Row A, column B: the share of A&apos;s images that also show B. Click a cell to see the images with both.</source>
        <translation>Zeile A, Spalte B: der Anteil der Bilder mit A, die auch B zeigen. Klicken Sie auf eine Zelle, um die Bilder mit beiden zu sehen.</translation>
    </message>
    <message>
        <location filename="../widgets/cooccurrence_heatmap.cpp" line="173"/>
        <source>Not enough tags with positives.</source>
        <translation>Nicht genug Tags mit positiven Bildern.</translation>
    </message>
    <message>
        <location filename="../widgets/cooccurrence_heatmap.cpp" line="217"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 images</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 Bilder</translation>
    </message>
    <message>
        <location filename="../widgets/cooccurrence_heatmap.cpp" line="218"/>
        <source>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;images with %1: %3&lt;br&gt;with both: %4&lt;br&gt;P(%2 | %1) = %5&lt;br&gt;P(%1 | %2) = %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;Bilder mit %1: %3&lt;br&gt;mit beiden: %4&lt;br&gt;P(%2 | %1) = %5&lt;br&gt;P(%1 | %2) = %6</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::ImageFilterBar</name>
    <message>
        <location filename="../widgets/image_filter_bar.cpp" line="14"/>
        <source>Label:</source>
        <translation>Label:</translation>
    </message>
    <message>
        <location filename="../widgets/image_filter_bar.cpp" line="21"/>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <location filename="../widgets/image_filter_bar.cpp" line="22"/>
        <source>Verified negative</source>
        <translation>Bestätigt negativ</translation>
    </message>
    <message>
        <location filename="../widgets/image_filter_bar.cpp" line="23"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../widgets/image_filter_bar.cpp" line="24"/>
        <source>Negative or unknown</source>
        <translation>Negativ oder unbekannt</translation>
    </message>
    <message>
        <location filename="../widgets/image_filter_bar.cpp" line="25"/>
        <source>Show the images on which the selected tag is present, verified absent, or not annotated</source>
        <translation>Die Bilder zeigen, auf denen der gewählte Tag vorkommt, bestätigt fehlt oder nicht annotiert ist</translation>
    </message>
    <message>
        <location filename="../widgets/image_filter_bar.cpp" line="30"/>
        <source>Filter, e.g. Dog AND NOT Cat:negative OR split:val</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/image_filter_bar.cpp" line="106"/>
        <source>Invalid filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/image_filter_bar.cpp" line="111"/>
        <source>&lt;p&gt;Type a filter and press Return.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dog&lt;/b&gt; positive · &lt;b&gt;Dog:negative&lt;/b&gt; verified absent · &lt;b&gt;Dog:unknown&lt;/b&gt; not annotated · &lt;b&gt;Dog:machine&amp;gt;=0.7&lt;/b&gt; machine confidence&lt;br&gt;&lt;b&gt;&quot;Human face&quot;&lt;/b&gt; names with spaces · &lt;b&gt;split:train&lt;/b&gt;, &lt;b&gt;split:val&lt;/b&gt;, &lt;b&gt;split:test&lt;/b&gt; · &lt;b&gt;name:~2f0c&lt;/b&gt; image name contains&lt;/p&gt;&lt;p&gt;Combine with &lt;b&gt;AND&lt;/b&gt; (&amp;amp;), &lt;b&gt;OR&lt;/b&gt; (|), &lt;b&gt;NOT&lt;/b&gt; (!, -) and parentheses.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/image_filter_bar.cpp" line="150"/>
        <source>Filtering…</source>
        <translation>Wird gefiltert …</translation>
    </message>
    <message>
        <location filename="../widgets/image_filter_bar.cpp" line="151"/>
        <source>%1 of %2 images</source>
        <translation>%1 von %2 Bildern</translation>
    </message>
    <message>
        <location filename="../widgets/image_filter_bar.cpp" line="157"/>
        <source>Images matching &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/image_filter_bar.cpp" line="159"/>
        <source>&lt;b&gt;All images&lt;/b&gt;</source>
        <translation>&lt;b&gt;Alle Bilder&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/image_filter_bar.cpp" line="161"/>
        <source>Images with tags &lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Bilder mit den Tags &lt;b&gt;%1&lt;/b&gt; und &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/image_filter_bar.cpp" line="163"/>
        <source>Images with tag &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Bilder mit Tag &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::ImbalanceSummaryView</name>
    <message>
        <location filename="../widgets/imbalance_summary_view.cpp" line="45"/>
        <source>The images the figures describe</source>
        <translation>Die Bilder, die die Kennzahlen beschreiben</translation>
    </message>
    <message>
        <location filename="../widgets/imbalance_summary_view.cpp" line="54"/>
        <source>Imbalance ratio</source>
        <translation>Ungleichgewicht</translation>
    </message>
    <message>
        <location filename="../widgets/imbalance_summary_view.cpp" line="55"/>
        <source>Positives of the most frequent tag divided by those of the least frequent tag that has any</source>
        <translation>Positive Bilder des häufigsten Tags geteilt durch die des seltensten Tags, der überhaupt welche hat</translation>
    </message>
    <message>
        <location filename="../widgets/imbalance_summary_view.cpp" line="56"/>
        <source>Gini coefficient</source>
        <translation>Gini-Koeffizient</translation>
    </message>
    <message>
        <location filename="../widgets/imbalance_summary_view.cpp" line="57"/>
        <source>0 when every tag has as many positives as any other, close to 1 when a few tags have nearly all</source>
        <translation>0, wenn jeder Tag gleich viele positive Bilder hat, nahe 1, wenn wenige Tags fast alle haben</translation>
    </message>
    <message>
        <location filename="../widgets/imbalance_summary_view.cpp" line="58"/>
        <source>Effective number of tags</source>
        <translation>Effektive Zahl der Tags</translation>
    </message>
    <message>
        <location filename="../widgets/imbalance_summary_view.cpp" line="59"/>
        <source>exp(entropy) of the positives over the tags: how many equally frequent tags would be as diverse</source>
        <translation>exp(Entropie) der positiven Labels über die Tags: wie viele gleich häufige Tags ebenso vielfältig wären</translation>
    </message>
    <message>
        <location filename="../widgets/imbalance_summary_view.cpp" line="60"/>
        <source>Positives in the top 1% of tags</source>
        <translation>Positive Labels im obersten 1 % der Tags</translation>
    </message>
    <message>
        <location filename="../widgets/imbalance_summary_view.cpp" line="61"/>
        <source>Share of all positive labels that belong to the most frequent 1% of tags</source>
        <translation>Anteil aller positiven Labels, die zum häufigsten 1 % der Tags gehören</translation>
    </message>
    <message>
        <location filename="../widgets/imbalance_summary_view.cpp" line="62"/>
        <location filename="../widgets/imbalance_summary_view.cpp" line="97"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../widgets/imbalance_summary_view.cpp" line="62"/>
        <source>Images in the split shown</source>
        <translation>Bilder in der gezeigten Aufteilung</translation>
    </message>
    <message>
        <location filename="../widgets/imbalance_summary_view.cpp" line="63"/>
        <source>Positive tags per image (mean)</source>
        <translation>Positive Tags pro Bild (Mittel)</translation>
    </message>
    <message>
        <location filename="../widgets/imbalance_summary_view.cpp" line="64"/>
        <source>Average number of tags present on an image</source>
        <translation>Durchschnittliche Zahl der Tags, die auf einem Bild vorkommen</translation>
    </message>
    <message>
        <location filename="../widgets/imbalance_summary_view.cpp" line="67"/>
        <source>&amp;Split:</source>
        <translation>&amp;Aufteilung:</translation>
    </message>
    <message>
        <location filename="../widgets/imbalance_summary_view.cpp" line="73"/>
        <source>&lt;b&gt;Label states&lt;/b&gt; (images × tags)</source>
        <translation>&lt;b&gt;Label-Zustände&lt;/b&gt; (Bilder × Tags)</translation>
    </message>
    <message>
        <location filename="../widgets/imbalance_summary_view.cpp" line="74"/>
        <source>Share of the image × tag matrix that is labelled positive, verified negative, or not labelled at all</source>
        <translation>Anteil der Bild×Tag-Matrix, der positiv, bestätigt negativ oder gar nicht gelabelt ist</translation>
    </message>
    <message>
        <location filename="../widgets/imbalance_summary_view.cpp" line="91"/>
        <source>Positive tags per image</source>
        <translation>Positive Tags pro Bild</translation>
    </message>
    <message>
        <location filename="../widgets/imbalance_summary_view.cpp" line="96"/>
        <source>Positive tags on the image</source>
        <translation>Positive Tags auf dem Bild</translation>
    </message>
    <message>
        <location filename="../widgets/imbalance_summary_view.cpp" line="161"/>
        <source>Computing…</source>
        <translation>Wird berechnet …</translation>
    </message>
    <message>
        <location filename="../widgets/imbalance_summary_view.cpp" line="200"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../widgets/imbalance_summary_view.cpp" line="202"/>
        <source>%1 (1 tag)</source>
        <translation>%1 (1 Tag)</translation>
    </message>
    <message>
        <location filename="../widgets/imbalance_summary_view.cpp" line="203"/>
        <source>%1 (%2 tags)</source>
        <translation>%1 (%2 Tags)</translation>
    </message>
    <message>
        <location filename="../widgets/imbalance_summary_view.cpp" line="207"/>
        <source>%1 positive %2 · %3 verified negative %4 · %5 unknown %6</source>
        <translation>%1 positiv %2 · %3 bestätigt negativ %4 · %5 unbekannt %6</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::LongTailPlot</name>
    <message>
        <location filename="../widgets/long_tail_plot.cpp" line="87"/>
        <source>Training positives of the tag (log scale)</source>
        <translation>Positive Trainingsbilder des Tags (logarithmisch)</translation>
    </message>
    <message>
        <location filename="../widgets/long_tail_plot.cpp" line="88"/>
        <source>Validation AP (%)</source>
        <translation>Validierungs-AP (%)</translation>
    </message>
    <message>
        <location filename="../widgets/long_tail_plot.cpp" line="177"/>
        <source>%1 · %2 (mean AP %3)</source>
        <translation>%1 · %2 (mittlere AP %3)</translation>
    </message>
    <message>
        <location filename="../widgets/long_tail_plot.cpp" line="178"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../widgets/long_tail_plot.cpp" line="196"/>
        <source>Per-tag AP against training frequency: no validated run yet</source>
        <translation>AP je Tag über der Trainingshäufigkeit: noch kein validierter Lauf</translation>
    </message>
    <message>
        <location filename="../widgets/long_tail_plot.cpp" line="198"/>
        <source>Per-tag AP against training frequency — %1</source>
        <translation>AP je Tag über der Trainingshäufigkeit – %1</translation>
    </message>
    <message>
        <location filename="../widgets/long_tail_plot.cpp" line="200"/>
        <source>Per-tag AP against training frequency — %1 (filled) vs %2 (hollow)</source>
        <translation>AP je Tag über der Trainingshäufigkeit – %1 (gefüllt) gegen %2 (hohl)</translation>
    </message>
    <message>
        <location filename="../widgets/long_tail_plot.cpp" line="246"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 training positives · %3 band</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 positive Trainingsbilder · Gruppe %3</translation>
    </message>
    <message>
        <location filename="../widgets/long_tail_plot.cpp" line="248"/>
        <location filename="../widgets/long_tail_plot.cpp" line="250"/>
        <source>&lt;br&gt;AP %1% in %2</source>
        <translation>&lt;br&gt;AP %1 % in %2</translation>
    </message>
    <message>
        <location filename="../widgets/long_tail_plot.cpp" line="252"/>
        <source>&lt;br&gt;difference %1%2 points</source>
        <translation>&lt;br&gt;Unterschied %1%2 Punkte</translation>
    </message>
    <message>
        <location filename="../widgets/long_tail_plot.cpp" line="253"/>
        <source>&lt;br&gt;&lt;i&gt;Click to show its images&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Klicken zeigt seine Bilder&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::ParameterForm</name>
    <message>
        <location filename="../widgets/parameter_form.cpp" line="136"/>
        <location filename="../widgets/parameter_form.cpp" line="253"/>
        <source>Choose a folder</source>
        <translation>Einen Ordner wählen</translation>
    </message>
    <message>
        <location filename="../widgets/parameter_form.cpp" line="136"/>
        <location filename="../widgets/parameter_form.cpp" line="253"/>
        <source>Choose a file</source>
        <translation>Eine Datei wählen</translation>
    </message>
    <message>
        <location filename="../widgets/parameter_form.cpp" line="160"/>
        <source>empty, or numbers separated by commas</source>
        <translation>leer oder durch Kommas getrennte Zahlen</translation>
    </message>
    <message>
        <location filename="../widgets/parameter_form.cpp" line="222"/>
        <source>Enter a number from %1</source>
        <translation>Eine Zahl von %1 eingeben</translation>
    </message>
    <message>
        <location filename="../widgets/parameter_form.cpp" line="224"/>
        <location filename="../widgets/parameter_form.cpp" line="239"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../widgets/parameter_form.cpp" line="226"/>
        <source>Enter a whole number</source>
        <translation>Eine ganze Zahl eingeben</translation>
    </message>
    <message>
        <location filename="../widgets/parameter_form.cpp" line="228"/>
        <source>Must be from %1</source>
        <translation>Muss von %1 sein</translation>
    </message>
    <message>
        <location filename="../widgets/parameter_form.cpp" line="241"/>
        <source>%1 is outside %2</source>
        <translation>%1 liegt außerhalb von %2</translation>
    </message>
    <message>
        <location filename="../widgets/parameter_form.cpp" line="245"/>
        <source>Enter at least one number</source>
        <translation>Mindestens eine Zahl eingeben</translation>
    </message>
    <message>
        <location filename="../widgets/parameter_form.cpp" line="253"/>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <location filename="../widgets/parameter_form.cpp" line="255"/>
        <source>No such file: %1</source>
        <translation>Keine solche Datei: %1</translation>
    </message>
    <message>
        <location filename="../widgets/parameter_form.cpp" line="257"/>
        <source>Does not exist: %1</source>
        <translation>Existiert nicht: %1</translation>
    </message>
    <message>
        <location filename="../widgets/parameter_form.cpp" line="423"/>
        <source>range %1</source>
        <translation>Bereich %1</translation>
    </message>
    <message>
        <location filename="../widgets/parameter_form.cpp" line="426"/>
        <source>default %1</source>
        <translation>Standard %1</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TagHistogram</name>
    <message>
        <location filename="../widgets/tag_histogram.cpp" line="84"/>
        <source>Tags, most frequent first</source>
        <translation>Tags, häufigste zuerst</translation>
    </message>
    <message>
        <location filename="../widgets/tag_histogram.cpp" line="155"/>
        <source>Reset View</source>
        <translation>Ansicht zurücksetzen</translation>
    </message>
    <message>
        <location filename="../widgets/tag_histogram.cpp" line="156"/>
        <source>Show all tags again (double-click does the same)</source>
        <translation>Wieder alle Tags zeigen (Doppelklick bewirkt dasselbe)</translation>
    </message>
    <message>
        <location filename="../widgets/tag_histogram.cpp" line="158"/>
        <source>Stack Verified Negatives</source>
        <translation>Bestätigt negative stapeln</translation>
    </message>
    <message>
        <location filename="../widgets/tag_histogram.cpp" line="160"/>
        <source>Draw each tag&apos;s verified negatives on top of its positives</source>
        <translation>Die bestätigt negativen Bilder jedes Tags über seinen positiven zeichnen</translation>
    </message>
    <message>
        <location filename="../widgets/tag_histogram.cpp" line="162"/>
        <source>Show Splits as Lines</source>
        <translation>Aufteilungen als Linien zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/tag_histogram.cpp" line="164"/>
        <source>Draw the positives of each split as a line over the bars</source>
        <translation>Die positiven Bilder jeder Aufteilung als Linie über den Balken zeichnen</translation>
    </message>
    <message>
        <location filename="../widgets/tag_histogram.cpp" line="193"/>
        <source>Tag frequency — %1 tags, imbalance ratio %2</source>
        <translation>Tag-Häufigkeit — %1 Tags, Ungleichgewicht %2</translation>
    </message>
    <message>
        <location filename="../widgets/tag_histogram.cpp" line="219"/>
        <source>Tag frequency</source>
        <translation>Tag-Häufigkeit</translation>
    </message>
    <message>
        <location filename="../widgets/tag_histogram.cpp" line="312"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3 · rank %4 · %5 band</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3 · Rang %4 · Gruppe %5</translation>
    </message>
    <message>
        <location filename="../widgets/tag_histogram.cpp" line="325"/>
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <location filename="../widgets/tag_histogram.cpp" line="325"/>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <location filename="../widgets/tag_histogram.cpp" line="325"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../widgets/tag_histogram.cpp" line="396"/>
        <source>head &gt; %1</source>
        <translation>häufig &gt; %1</translation>
    </message>
    <message>
        <location filename="../widgets/tag_histogram.cpp" line="397"/>
        <source>tail &lt; %1</source>
        <translation>selten &lt; %1</translation>
    </message>
    <message>
        <location filename="../widgets/tag_histogram.cpp" line="419"/>
        <source>Verified negatives (stacked)</source>
        <translation>Bestätigt negative (gestapelt)</translation>
    </message>
    <message>
        <location filename="../widgets/tag_histogram.cpp" line="453"/>
        <source>%1 (%2): %3 tags</source>
        <translation>%1 (%2): %3 Tags</translation>
    </message>
    <message>
        <location filename="../widgets/tag_histogram.cpp" line="507"/>
        <source>%1 positives</source>
        <translation>%1: positive Bilder</translation>
    </message>
    <message>
        <location filename="../widgets/tag_histogram.cpp" line="601"/>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TagPanel</name>
    <message>
        <location filename="../widgets/tag_panel.cpp" line="26"/>
        <source>Search tags…</source>
        <translation>Tags suchen …</translation>
    </message>
    <message>
        <location filename="../widgets/tag_panel.cpp" line="37"/>
        <source>Count the labels of all images or of one split</source>
        <translation>Die Labels aller Bilder oder einer Aufteilung zählen</translation>
    </message>
    <message>
        <location filename="../widgets/tag_panel.cpp" line="42"/>
        <source>Show Images &amp;with This Tag</source>
        <translation>Bilder &amp;mit diesem Tag zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/tag_panel.cpp" line="47"/>
        <source>Show Images with&amp;out This Tag</source>
        <translation>Bilder &amp;ohne diesen Tag zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/tag_panel.cpp" line="48"/>
        <source>Images on which the tag is verified absent or not annotated</source>
        <translation>Bilder, auf denen der Tag bestätigt fehlt oder nicht annotiert ist</translation>
    </message>
    <message>
        <location filename="../widgets/tag_panel.cpp" line="81"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../widgets/tag_panel.cpp" line="207"/>
        <source>1 tag</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../widgets/tag_panel.cpp" line="207"/>
        <source>%1 tags</source>
        <translation>%1 Tags</translation>
    </message>
    <message>
        <location filename="../widgets/tag_panel.cpp" line="209"/>
        <source>%1 of %2 tags</source>
        <translation>%1 von %2 Tags</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TagTableModel</name>
    <message>
        <location filename="../widgets/tag_table_model.cpp" line="159"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../widgets/tag_table_model.cpp" line="160"/>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <location filename="../widgets/tag_table_model.cpp" line="161"/>
        <source>Negative</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <location filename="../widgets/tag_table_model.cpp" line="162"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../widgets/tag_table_model.cpp" line="163"/>
        <source>Band</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../widgets/tag_table_model.cpp" line="164"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../widgets/tag_table_model.cpp" line="169"/>
        <source>Display name of the tag</source>
        <translation>Anzeigename des Tags</translation>
    </message>
    <message>
        <location filename="../widgets/tag_table_model.cpp" line="170"/>
        <source>Images on which the tag is present</source>
        <translation>Bilder, auf denen der Tag vorkommt</translation>
    </message>
    <message>
        <location filename="../widgets/tag_table_model.cpp" line="171"/>
        <source>Images verified not to show the tag</source>
        <translation>Bilder, die den Tag bestätigt nicht zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/tag_table_model.cpp" line="172"/>
        <source>Images for which nobody said whether the tag applies</source>
        <translation>Bilder, für die niemand angegeben hat, ob der Tag zutrifft</translation>
    </message>
    <message>
        <location filename="../widgets/tag_table_model.cpp" line="173"/>
        <source>Head, medium or tail by number of training positives</source>
        <translation>Häufig, mittel oder selten nach Zahl der positiven Trainingsbilder</translation>
    </message>
    <message>
        <location filename="../widgets/tag_table_model.cpp" line="174"/>
        <source>Positive images as a share of the images shown (%1)</source>
        <translation>Positive Bilder als Anteil der gezeigten Bilder (%1)</translation>
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
        <location filename="../widgets/thumbnail_loader.cpp" line="81"/>
        <source>The image could not be decoded.</source>
        <translation>Das Bild konnte nicht dekodiert werden.</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TrainingCurves</name>
    <message>
        <location filename="../widgets/training_curves.cpp" line="93"/>
        <source>Training loss</source>
        <translation>Trainings-Loss</translation>
    </message>
    <message>
        <location filename="../widgets/training_curves.cpp" line="95"/>
        <source>Validation mAP</source>
        <translation>Validierungs-mAP</translation>
    </message>
    <message>
        <location filename="../widgets/training_curves.cpp" line="97"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../widgets/training_curves.cpp" line="140"/>
        <source>per step</source>
        <translation>je Schritt</translation>
    </message>
    <message>
        <location filename="../widgets/training_curves.cpp" line="141"/>
        <location filename="../widgets/training_curves.cpp" line="221"/>
        <source>smoothed</source>
        <translation>geglättet</translation>
    </message>
    <message>
        <location filename="../widgets/training_curves.cpp" line="146"/>
        <source>frequency prior</source>
        <translation>Häufigkeits-Prior</translation>
    </message>
    <message>
        <location filename="../widgets/training_curves.cpp" line="152"/>
        <location filename="../widgets/training_curves.cpp" line="208"/>
        <source>all tags</source>
        <translation>alle Tags</translation>
    </message>
    <message>
        <location filename="../widgets/training_curves.cpp" line="159"/>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../widgets/training_curves.cpp" line="161"/>
        <location filename="../widgets/training_curves.cpp" line="162"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../widgets/training_curves.cpp" line="163"/>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location filename="../widgets/training_curves.cpp" line="184"/>
        <source>mAP</source>
        <translation>mAP</translation>
    </message>
    <message>
        <location filename="../widgets/training_curves.cpp" line="206"/>
        <source>Validation %1</source>
        <translation>Validierung %1</translation>
    </message>
    <message>
        <location filename="../widgets/training_curves.cpp" line="207"/>
        <source>%1 (%)</source>
        <translation>%1 (%)</translation>
    </message>
    <message>
        <location filename="../widgets/training_curves.cpp" line="221"/>
        <source>%1 (smoothed)</source>
        <translation>%1 (geglättet)</translation>
    </message>
    <message>
        <location filename="../widgets/training_curves.cpp" line="335"/>
        <source>%1 (right axis)</source>
        <translation>%1 (rechte Achse)</translation>
    </message>
</context>
</TS>
