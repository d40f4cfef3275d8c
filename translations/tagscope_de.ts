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
        <location filename="../app/gui/dataset_controller.cpp" line="82"/>
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
        <location filename="../app/gui/dataset_controller.cpp" line="145"/>
        <source>Opening the demo dataset</source>
        <translation>Demo-Datensatz wird geöffnet</translation>
    </message>
    <message>
        <location filename="../app/gui/dataset_controller.cpp" line="147"/>
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
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../app/gui/image_inspector.cpp" line="74"/>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <location filename="../app/gui/image_inspector.cpp" line="81"/>
        <source>Images the tag is positive on</source>
        <translation>Bilder, auf denen der Tag positiv ist</translation>
    </message>
    <message>
        <location filename="../app/gui/image_inspector.cpp" line="124"/>
        <source>Select an image in the grid to inspect it.</source>
        <translation>Wählen Sie ein Bild im Raster aus, um es zu untersuchen.</translation>
    </message>
    <message>
        <location filename="../app/gui/image_inspector.cpp" line="135"/>
        <source>No image file (the dataset has no image folder for this split)</source>
        <translation>Keine Bilddatei (der Datensatz hat für diese Aufteilung keinen Bildordner)</translation>
    </message>
    <message>
        <location filename="../app/gui/image_inspector.cpp" line="136"/>
        <source>%1 · %2 of %3</source>
        <translation>%1 · %2 von %3</translation>
    </message>
    <message>
        <location filename="../app/gui/image_inspector.cpp" line="139"/>
        <source>No image file</source>
        <translation>Keine Bilddatei</translation>
    </message>
    <message>
        <location filename="../app/gui/image_inspector.cpp" line="143"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../app/gui/image_inspector.cpp" line="166"/>
        <source>The image could not be loaded.</source>
        <translation>Das Bild konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/image_inspector.cpp" line="191"/>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <location filename="../app/gui/image_inspector.cpp" line="192"/>
        <source>Verified negative</source>
        <translation>Geprüft negativ</translation>
    </message>
    <message>
        <location filename="../app/gui/image_inspector.cpp" line="193"/>
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
        <location filename="../app/gui/main_window.cpp" line="279"/>
        <source>&amp;Open Dataset…</source>
        <translation>Datensatz ö&amp;ffnen …</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="281"/>
        <source>Open a dataset folder (Open Images layout)</source>
        <translation>Einen Datensatzordner öffnen (Open-Images-Aufbau)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="284"/>
        <source>Open &amp;Demo Dataset</source>
        <translation>&amp;Demo-Datensatz öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="285"/>
        <source>Open the Fashion Mosaic demo dataset, generating it on first use</source>
        <translation>Den Demo-Datensatz „Fashion Mosaic“ öffnen; beim ersten Mal wird er erzeugt</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="288"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="290"/>
        <source>Read the open dataset again from disk</source>
        <translation>Den geöffneten Datensatz erneut von der Festplatte lesen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="294"/>
        <source>Import &amp;Report…</source>
        <translation>Import&amp;bericht …</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="295"/>
        <source>List the rows the import had to skip</source>
        <translation>Die Zeilen auflisten, die der Import überspringen musste</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="299"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="304"/>
        <source>Show &amp;All Images</source>
        <translation>&amp;Alle Bilder zeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="306"/>
        <source>Clear the tag filter (Esc)</source>
        <translation>Den Tag-Filter aufheben (Esc)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="310"/>
        <source>&amp;Tag Panel</source>
        <translation>&amp;Tag-Liste</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="316"/>
        <source>&amp;Analysis Panel</source>
        <translation>&amp;Analysebereich</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="317"/>
        <source>Show or hide the tag frequency, summary and co-occurrence plots under the grid</source>
        <translation>Die Diagramme zu Tag-Häufigkeit, Übersicht und gemeinsamem Auftreten unter dem Raster zeigen oder ausblenden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="324"/>
        <source>Tag &amp;Frequency</source>
        <translation>Tag-&amp;Häufigkeit</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="324"/>
        <source>Imbalance &amp;Summary</source>
        <translation>Ungleichgewicht – Ü&amp;bersicht</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="325"/>
        <source>Tag &amp;Co-occurrence</source>
        <translation>&amp;Gemeinsames Auftreten</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="335"/>
        <source>&amp;Small Thumbnails</source>
        <translation>&amp;Kleine Vorschaubilder</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="335"/>
        <source>&amp;Medium Thumbnails</source>
        <translation>&amp;Mittlere Vorschaubilder</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="335"/>
        <source>&amp;Large Thumbnails</source>
        <translation>&amp;Große Vorschaubilder</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="343"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="346"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="350"/>
        <source>&amp;About Tagscope</source>
        <translation>&amp;Über Tagscope</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="353"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="360"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="362"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="371"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="386"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="393"/>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="416"/>
        <source>No images match this filter.</source>
        <translation>Keine Bilder passen zu diesem Filter.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="423"/>
        <source>Tag Frequency</source>
        <translation>Tag-Häufigkeit</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="424"/>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="425"/>
        <source>Co-occurrence</source>
        <translation>Gemeinsames Auftreten</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="465"/>
        <source>Image Inspector</source>
        <translation>Bildinspektor</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="501"/>
        <source>Some rows of the label files could not be read; click for the list</source>
        <translation>Einige Zeilen der Label-Dateien konnten nicht gelesen werden; für die Liste klicken</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="506"/>
        <source>No dataset open</source>
        <translation>Kein Datensatz geöffnet</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="582"/>
        <source>Open Dataset Folder</source>
        <translation>Datensatzordner öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="637"/>
        <source>1 row skipped</source>
        <translation>1 Zeile übersprungen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="637"/>
        <source>%1 rows skipped</source>
        <translation>%1 Zeilen übersprungen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="638"/>
        <source>1 import issue</source>
        <translation>1 Importproblem</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="638"/>
        <source>%1 import issues</source>
        <translation>%1 Importprobleme</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="639"/>
        <source>details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="653"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="660"/>
        <source>%1: unknown error</source>
        <translation>%1: unbekannter Fehler</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="661"/>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="668"/>
        <source>Cannot Open Dataset</source>
        <translation>Datensatz kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="669"/>
        <source>Tagscope could not open the dataset in
%1</source>
        <translation>Tagscope konnte den Datensatz in
%1
nicht öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="679"/>
        <source>Opening %1 was cancelled</source>
        <translation>Öffnen von %1 wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="722"/>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="730"/>
        <source>%1 — Tagscope</source>
        <translation>%1 — Tagscope</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="730"/>
        <source>Tagscope</source>
        <translation>Tagscope</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="773"/>
        <source>About Tagscope</source>
        <translation>Über Tagscope</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="774"/>
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
        <source>Negative or unknown</source>
        <translation>Negativ oder unbekannt</translation>
    </message>
    <message>
        <location filename="../widgets/image_filter_bar.cpp" line="21"/>
        <source>Show the images on which the selected tag is present, verified absent, or not annotated</source>
        <translation>Die Bilder zeigen, auf denen der gewählte Tag vorkommt, bestätigt fehlt oder nicht annotiert ist</translation>
    </message>
    <message>
        <location filename="../widgets/image_filter_bar.cpp" line="92"/>
        <source>Filtering…</source>
        <translation>Wird gefiltert …</translation>
    </message>
    <message>
        <location filename="../widgets/image_filter_bar.cpp" line="93"/>
        <source>%1 of %2 images</source>
        <translation>%1 von %2 Bildern</translation>
    </message>
    <message>
        <location filename="../widgets/image_filter_bar.cpp" line="99"/>
        <source>&lt;b&gt;All images&lt;/b&gt;</source>
        <translation>&lt;b&gt;Alle Bilder&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/image_filter_bar.cpp" line="101"/>
        <source>Images with tags &lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Bilder mit den Tags &lt;b&gt;%1&lt;/b&gt; und &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/image_filter_bar.cpp" line="103"/>
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
</TS>
