<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BandText</name>
    <message>
        <location filename="../app/gui/common/band_text.cpp" line="10"/>
        <source>absolute thresholds</source>
        <translation>feste Schwellen</translation>
    </message>
    <message>
        <location filename="../app/gui/common/band_text.cpp" line="12"/>
        <source>thirds of the tags</source>
        <translation>Drittel der Tags</translation>
    </message>
    <message>
        <location filename="../app/gui/common/band_text.cpp" line="14"/>
        <source>the most frequent %1% and the rarest %2% of the tags</source>
        <translation>die häufigsten %1 % und die seltensten %2 % der Tags</translation>
    </message>
    <message>
        <location filename="../app/gui/common/band_text.cpp" line="25"/>
        <source>head over %1, tail under %2 training positives</source>
        <translation>häufig über %1, selten unter %2 positive Trainingsbilder</translation>
    </message>
</context>
<context>
    <name>DatasetController</name>
    <message>
        <location filename="../app/gui/window/dataset_controller.cpp" line="57"/>
        <source>Generating the demo dataset</source>
        <translation>Demo-Datensatz wird erzeugt</translation>
    </message>
    <message>
        <location filename="../app/gui/window/dataset_controller.cpp" line="69"/>
        <source>Applying the review corrections</source>
        <translation>Die Prüfkorrekturen werden angewendet</translation>
    </message>
    <message>
        <location filename="../app/gui/window/dataset_controller.cpp" line="80"/>
        <source>Computing statistics</source>
        <translation>Statistik wird berechnet</translation>
    </message>
    <message>
        <location filename="../app/gui/window/dataset_controller.cpp" line="88"/>
        <source>Indexing tags</source>
        <translation>Tags werden indiziert</translation>
    </message>
    <message>
        <location filename="../app/gui/window/dataset_controller.cpp" line="92"/>
        <source>%1: not enough memory to load this dataset</source>
        <translation>%1: nicht genug Speicher, um diesen Datensatz zu laden</translation>
    </message>
</context>
<context>
    <name>DatasetImageSource</name>
    <message>
        <location filename="../app/gui/common/dataset_image_source.cpp" line="16"/>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../app/gui/common/dataset_image_source.cpp" line="17"/>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../app/gui/common/dataset_image_source.cpp" line="18"/>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../app/gui/common/dataset_image_source.cpp" line="19"/>
        <source>no split</source>
        <translation>ohne Aufteilung</translation>
    </message>
    <message>
        <location filename="../app/gui/common/dataset_image_source.cpp" line="27"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/gui/common/dataset_image_source.cpp" line="33"/>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <location filename="../app/gui/common/dataset_image_source.cpp" line="53"/>
        <source>Positive:</source>
        <translation>Positiv:</translation>
    </message>
    <message>
        <location filename="../app/gui/common/dataset_image_source.cpp" line="55"/>
        <source>Verified negative:</source>
        <translation>Bestätigt negativ:</translation>
    </message>
    <message>
        <location filename="../app/gui/common/dataset_image_source.cpp" line="69"/>
        <source>The dataset has no image folder for this split.</source>
        <translation>Der Datensatz hat für diese Aufteilung keinen Bildordner.</translation>
    </message>
</context>
<context>
    <name>EngineText</name>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="12"/>
        <source>Small CNN</source>
        <translation>Kleines CNN</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="13"/>
        <source>Four strided conv-BN-ReLU stages (0.4 M parameters). Trains in minutes on a laptop CPU: the demo and quick checks of a loss or a sampler.</source>
        <translation>Vier Conv-BN-ReLU-Stufen mit Stride (0,4 Mio. Parameter). Trainiert in Minuten auf einer Laptop-CPU: für die Demo und schnelle Tests eines Losses oder Samplers.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="14"/>
        <source>ResNet-18</source>
        <translation>ResNet-18</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="15"/>
        <source>torchvision&apos;s ResNet-18 (11.2 M parameters). A fast, dependable baseline on a GPU.</source>
        <translation>ResNet-18 aus torchvision (11,2 Mio. Parameter). Eine schnelle, verlässliche Baseline auf einer GPU.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="16"/>
        <source>ResNet-34</source>
        <translation>ResNet-34</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="17"/>
        <source>torchvision&apos;s ResNet-34 (21.3 M parameters): deeper basic blocks.</source>
        <translation>ResNet-34 aus torchvision (21,3 Mio. Parameter): tiefere Basic Blocks.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="18"/>
        <source>ResNet-50</source>
        <translation>ResNet-50</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="19"/>
        <source>torchvision&apos;s ResNet-50 v1.5 (23.5 M parameters). The usual reference for multilabel benchmarks.</source>
        <translation>ResNet-50 v1.5 aus torchvision (23,5 Mio. Parameter). Die übliche Referenz für Multilabel-Benchmarks.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="20"/>
        <source>ViT-Tiny/16</source>
        <translation>ViT-Tiny/16</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="21"/>
        <source>Vision Transformer, 12 blocks of width 192 (5.5 M parameters). Needs much data or strong augmentation when trained from scratch.</source>
        <translation>Vision Transformer, 12 Blöcke der Breite 192 (5,5 Mio. Parameter). Braucht von Grund auf trainiert viele Daten oder starke Augmentierung.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="22"/>
        <source>ViT-Small/16</source>
        <translation>ViT-Small/16</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="23"/>
        <source>Vision Transformer, 12 blocks of width 384 (21.7 M parameters).</source>
        <translation>Vision Transformer, 12 Blöcke der Breite 384 (21,7 Mio. Parameter).</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="24"/>
        <source>CoAtNet (small)</source>
        <translation>CoAtNet (klein)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="25"/>
        <source>Convolution stages then attention stages (about 6 M parameters): data-efficient like a CNN, global context like a transformer.</source>
        <translation>Erst Faltungs-, dann Attention-Stufen (etwa 6 Mio. Parameter): dateneffizient wie ein CNN, globaler Kontext wie ein Transformer.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="26"/>
        <source>TorchScript file</source>
        <translation>TorchScript-Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="27"/>
        <source>A feature extractor exported from Python with torch.jit.trace or torch.jit.script (a pretrained timm model, say), frozen or fine-tuned.</source>
        <translation>Ein aus Python mit torch.jit.trace oder torch.jit.script exportierter Merkmalsextraktor (etwa ein vortrainiertes timm-Modell), eingefroren oder feinabgestimmt.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="28"/>
        <source>Binary cross-entropy</source>
        <translation>Binäre Kreuzentropie (BCE)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="29"/>
        <source>The baseline: one independent sigmoid per tag. Rare tags are swamped by negatives on a long tail.</source>
        <translation>Die Baseline: ein unabhängiges Sigmoid je Tag. Bei einem Long Tail gehen seltene Tags in den Negativen unter.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="30"/>
        <source>Weight of the positive term: one number for all tags, or one per tag</source>
        <translation>Gewicht des positiven Terms: eine Zahl für alle Tags oder eine je Tag</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="31"/>
        <source>Multiply the positive weight by (N - n_c) / n_c per tag</source>
        <translation>Das positive Gewicht je Tag mit (N - n_c) / n_c multiplizieren</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="32"/>
        <source>Targets of -1 (not annotated): &apos;ignore&apos; leaves them out of the loss, &apos;negative&apos; treats them as absent</source>
        <translation>Ziele mit -1 (nicht annotiert): &apos;ignore&apos; lässt sie im Loss weg, &apos;negative&apos; behandelt sie als nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="33"/>
        <source>Focal loss</source>
        <translation>Focal Loss</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="34"/>
        <source>Down-weights easy examples so training focuses on the hard ones; a first step against imbalance.</source>
        <translation>Gewichtet leichte Beispiele herunter, sodass sich das Training auf die schweren konzentriert; ein erster Schritt gegen Ungleichgewicht.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="35"/>
        <source>Weight of positives (1 - alpha for negatives); -1: no class weighting</source>
        <translation>Gewicht der Positiven (1 - alpha für Negative); -1: keine Klassengewichtung</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="36"/>
        <source>Focusing exponent: 0 gives alpha-weighted BCE</source>
        <translation>Fokussierungsexponent: 0 ergibt alpha-gewichtete BCE</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="37"/>
        <source>Asymmetric Loss (ASL)</source>
        <translation>Asymmetric Loss (ASL)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="38"/>
        <source>Strong focusing on negatives plus probability shifting: the standard for many-tag datasets such as Open Images, where each image has few positives and thousands of negatives.</source>
        <translation>Starke Fokussierung auf Negative plus Probability Shifting: der Standard für Datensätze mit vielen Tags wie Open Images, in denen jedes Bild wenige Positive und Tausende Negative hat.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="39"/>
        <source>Focusing exponent for negatives</source>
        <translation>Fokussierungsexponent für Negative</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="40"/>
        <source>Focusing exponent for positives (the authors trained with 0)</source>
        <translation>Fokussierungsexponent für Positive (die Autoren trainierten mit 0)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="41"/>
        <source>Probability margin: negatives with p below it are ignored</source>
        <translation>Wahrscheinlichkeitsrand: Negative mit p darunter werden ignoriert</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="42"/>
        <source>Floor of probabilities inside the logarithms</source>
        <translation>Untergrenze der Wahrscheinlichkeiten in den Logarithmen</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="43"/>
        <source>Compute the focusing weight without gradient (as the authors train)</source>
        <translation>Das Fokussierungsgewicht ohne Gradienten berechnen (wie die Autoren trainieren)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="44"/>
        <source>Distribution-Balanced loss</source>
        <translation>Distribution-Balanced Loss</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="45"/>
        <source>Re-balances by how often each tag is sampled and tolerates the flood of negatives: made for long tails. Pair it with the class-aware sampler.</source>
        <translation>Gleicht danach aus, wie oft jeder Tag gezogen wird, und toleriert die Flut an Negativen: für Long Tails gemacht. Mit dem klassenbewussten Sampling kombinieren.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="46"/>
        <source>Smoothing: added to the re-balancing weight</source>
        <translation>Glättung: wird zum Ausgleichsgewicht addiert</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="47"/>
        <source>Smoothing: slope of the sigmoid mapping</source>
        <translation>Glättung: Steigung der Sigmoid-Abbildung</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="48"/>
        <source>Smoothing: centre of the sigmoid mapping</source>
        <translation>Glättung: Mitte der Sigmoid-Abbildung</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="49"/>
        <source>Negative-tolerant regularisation: scale of negative logits (lambda)</source>
        <translation>Negativ-tolerante Regularisierung: Skalierung negativer Logits (lambda)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="50"/>
        <source>Scale of the class-prior logit bias -log(N / n_c - 1)</source>
        <translation>Skalierung des Klassen-Prior-Logit-Bias -log(N / n_c - 1)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="51"/>
        <source>Focusing exponent</source>
        <translation>Fokussierungsexponent</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="52"/>
        <source>Overall scale of the loss</source>
        <translation>Gesamtskalierung des Losses</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="53"/>
        <source>Positives per tag (taken from the training split when empty)</source>
        <translation>Positive je Tag (aus den Trainingsdaten, wenn leer)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="54"/>
        <source>Training images N (taken from the training split when 0)</source>
        <translation>Trainingsbilder N (aus den Trainingsdaten, wenn 0)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="55"/>
        <source>Partial-label loss (negative / ignore / selective)</source>
        <translation>Partial-Label-Loss (negative / ignore / selective)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="56"/>
        <source>For partially annotated data such as Open Images, where most tags of an image are never checked: decides per entry whether an unannotated tag counts as a negative.</source>
        <translation>Für teilweise annotierte Daten wie Open Images, in denen die meisten Tags eines Bildes nie geprüft wurden: entscheidet je Eintrag, ob ein nicht annotierter Tag als negativ zählt.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="57"/>
        <source>How unannotated entries are treated</source>
        <translation>Wie nicht annotierte Einträge behandelt werden</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="58"/>
        <source>Probability margin applied to negatives and unannotated entries</source>
        <translation>Wahrscheinlichkeitsrand für Negative und nicht annotierte Einträge</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="59"/>
        <source>Focusing exponent for positives</source>
        <translation>Fokussierungsexponent für Positive</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="60"/>
        <source>Focusing exponent for verified negatives</source>
        <translation>Fokussierungsexponent für bestätigt Negative</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="61"/>
        <source>Focusing exponent for unannotated entries (recipe: 4)</source>
        <translation>Fokussierungsexponent für nicht annotierte Einträge (Rezept: 4)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="62"/>
        <source>Weight of positives</source>
        <translation>Gewicht der Positiven</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="63"/>
        <source>Weight of verified negatives</source>
        <translation>Gewicht der bestätigt Negativen</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="64"/>
        <source>Weight of unannotated entries</source>
        <translation>Gewicht der nicht annotierten Einträge</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="65"/>
        <source>Selective: per batch, k = likelihood_topk x B unannotated entries with the highest p are ignored</source>
        <translation>Selektiv: je Batch werden die k = likelihood_topk x B nicht annotierten Einträge mit dem höchsten p ignoriert</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="66"/>
        <source>Selective: tags with an estimated prior above it ignore their unannotated entries (recipe: 0.5)</source>
        <translation>Selektiv: Tags mit einem geschätzten Prior darüber ignorieren ihre nicht annotierten Einträge (Rezept: 0.5)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="67"/>
        <source>Selective: tag priors (taken from the class-prior estimate when empty)</source>
        <translation>Selektiv: Priors der Tags (aus der Schätzung der Klassen-Priors, wenn leer)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="68"/>
        <source>Contrastive loss</source>
        <translation>Contrastive Loss</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="69"/>
        <source>Pulls images of a class together and pushes other classes beyond a margin, pair by pair: the simplest embedding loss and a baseline for the others.</source>
        <translation>Zieht Bilder einer Klasse zusammen und schiebt andere Klassen über einen Rand hinaus, Paar für Paar: der einfachste Embedding-Loss und eine Baseline für die anderen.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="70"/>
        <source>Positive pairs closer than this cost nothing (0: d^2)</source>
        <translation>Positive Paare, die näher liegen, kosten nichts (0: d^2)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="71"/>
        <source>Negative pairs farther than this cost nothing</source>
        <translation>Negative Paare, die weiter entfernt liegen, kosten nichts</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="72"/>
        <source>Triplet loss</source>
        <translation>Triplet Loss</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="73"/>
        <source>An anchor must be closer to a positive than to a negative by a margin. Batch-hard mining on P x K batches is the strong default for retrieval.</source>
        <translation>Ein Anker muss einem Positiven um einen Rand näher sein als einem Negativen. Batch-Hard-Mining auf P-x-K-Batches ist die starke Standardwahl für Retrieval.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="74"/>
        <source>Margin on normalised embeddings (0.2 is also common)</source>
        <translation>Rand auf normierten Embeddings (0.2 ist ebenfalls üblich)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="75"/>
        <source>Which triplets of the batch count</source>
        <translation>Welche Tripel des Batches zählen</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="76"/>
        <source>Soft margin: softplus(d_ap - d_an) instead of the hinge</source>
        <translation>Weicher Rand: softplus(d_ap - d_an) statt Hinge</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="77"/>
        <source>Quadruplet loss</source>
        <translation>Quadruplet Loss</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="78"/>
        <source>The triplet loss plus a second term that pushes apart pairs of other classes too, for a larger gap between classes than within them.</source>
        <translation>Der Triplet Loss plus ein zweiter Term, der auch Paare anderer Klassen auseinanderschiebt, für einen größeren Abstand zwischen den Klassen als innerhalb.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="79"/>
        <source>Margin of the triplet term (on squared distances; 1 is also used)</source>
        <translation>Rand des Triplet-Terms (auf quadrierten Distanzen; 1 ist ebenfalls üblich)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="80"/>
        <source>Margin of the negative-pair term (usually margin1 / 2)</source>
        <translation>Rand des Negativpaar-Terms (meist margin1 / 2)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="81"/>
        <source>SphereFace (A-Softmax)</source>
        <translation>SphereFace (A-Softmax)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="82"/>
        <source>Multiplicative angular margin on a softmax over normalised class weights; the margin is phased in by annealing lambda from 1000 down to 5 over the first iterations.</source>
        <translation>Multiplikativer Winkelrand auf einem Softmax über normierten Klassengewichten; der Rand wird eingeblendet, indem lambda über die ersten Iterationen von 1000 auf 5 sinkt.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="83"/>
        <source>Angular margin multiplier</source>
        <translation>Multiplikator des Winkelrands</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="84"/>
        <source>Iteration the lambda schedule starts at (training adds its step)</source>
        <translation>Iteration, bei der der lambda-Zeitplan beginnt (das Training addiert seinen Schritt)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="85"/>
        <source>Lambda at iteration 0</source>
        <translation>Lambda bei Iteration 0</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="86"/>
        <source>Annealing speed</source>
        <translation>Geschwindigkeit des Absenkens</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="87"/>
        <source>Annealing exponent</source>
        <translation>Exponent des Absenkens</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="88"/>
        <source>Lambda never drops below this</source>
        <translation>Lambda sinkt nie darunter</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="89"/>
        <source>CosFace (large margin cosine loss)</source>
        <translation>CosFace (Large Margin Cosine Loss)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="90"/>
        <source>Softmax over scaled cosines with the margin subtracted from the target cosine: stable, few hyper-parameters, strong on face and product retrieval.</source>
        <translation>Softmax über skalierten Kosinuswerten, der Rand vom Ziel-Kosinus abgezogen: stabil, wenige Hyperparameter, stark bei Gesichts- und Produktsuche.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="91"/>
        <source>Scale of the cosine logits</source>
        <translation>Skalierung der Kosinus-Logits</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="92"/>
        <source>Cosine margin subtracted from the target class</source>
        <translation>Kosinus-Rand, der von der Zielklasse abgezogen wird</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="93"/>
        <source>ArcFace (additive angular margin)</source>
        <translation>ArcFace (additiver Winkelrand)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="94"/>
        <source>Softmax over scaled cosines with the margin added to the target angle: the geodesic margin; the usual first choice for class-based embedding training.</source>
        <translation>Softmax über skalierten Kosinuswerten, der Rand zum Zielwinkel addiert: der geodätische Rand; die übliche erste Wahl für klassenbasiertes Embedding-Training.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="95"/>
        <source>Angular margin added to the target angle (radians)</source>
        <translation>Winkelrand, der zum Zielwinkel addiert wird (Bogenmaß)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="96"/>
        <source>ProxyNCA</source>
        <translation>ProxyNCA</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="97"/>
        <source>Neighbourhood component analysis against one learnable proxy per class instead of other images: no pair or triplet mining needed.</source>
        <translation>Neighbourhood Component Analysis gegen einen lernbaren Proxy je Klasse statt gegen andere Bilder: kein Paar- oder Triplet-Mining nötig.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="98"/>
        <source>Embeddings and proxies are normalised, then scaled by this</source>
        <translation>Embeddings und Proxys werden normiert und dann damit skaliert</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="99"/>
        <source>Learning rate of the proxies (0: the model&apos;s)</source>
        <translation>Lernrate der Proxys (0: die des Modells)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="100"/>
        <source>Adam epsilon of the proxies (0: the optimiser&apos;s)</source>
        <translation>Adam-Epsilon der Proxys (0: das des Optimierers)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="101"/>
        <source>ProxyNCA++</source>
        <translation>ProxyNCA++</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="102"/>
        <source>ProxyNCA with a low temperature, the positive proxy in the denominator and fast-moving proxies; pair it with max pooling, a LayerNorm head and a few epochs of backbone warm-up.</source>
        <translation>ProxyNCA mit niedriger Temperatur, dem positiven Proxy im Nenner und schnell wandernden Proxys; mit Max-Pooling, einem LayerNorm-Kopf und einigen Epochen Backbone-Aufwärmen kombinieren.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="103"/>
        <source>Intra-batch message passing</source>
        <translation>Intra-Batch Message Passing</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="104"/>
        <source>Embeddings of a batch exchange messages through attention over the batch graph during training, so each learns from its neighbours; retrieval then uses the plain backbone embeddings.</source>
        <translation>Die Embeddings eines Batches tauschen im Training per Attention über den Batch-Graphen Nachrichten aus, sodass jedes von seinen Nachbarn lernt; das Retrieval nutzt dann die einfachen Backbone-Embeddings.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="105"/>
        <source>Logits are divided by this</source>
        <translation>Die Logits werden dadurch geteilt</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="106"/>
        <source>Label smoothing of both cross-entropies</source>
        <translation>Label Smoothing beider Kreuzentropien</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="107"/>
        <source>Attention heads (must divide the embedding size)</source>
        <translation>Attention-Heads (müssen die Embedding-Größe teilen)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="108"/>
        <source>Feed-forward width as a multiple of the embedding size</source>
        <translation>Feed-Forward-Breite als Vielfaches der Embedding-Größe</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="109"/>
        <source>Dropout on the attention weights</source>
        <translation>Dropout auf den Attention-Gewichten</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="110"/>
        <source>Dropout after the attention and in the feed-forward block</source>
        <translation>Dropout nach der Attention und im Feed-Forward-Block</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="111"/>
        <source>Below 0: every pair is connected (the paper); else only pairs whose correlation exceeds it</source>
        <translation>Unter 0: jedes Paar ist verbunden (wie im Paper); sonst nur Paare, deren Korrelation darüber liegt</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="112"/>
        <source>Weight of the backbone cross-entropy</source>
        <translation>Gewicht der Backbone-Kreuzentropie</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="113"/>
        <source>Weight of the message-passing cross-entropy</source>
        <translation>Gewicht der Message-Passing-Kreuzentropie</translation>
    </message>
</context>
<context>
    <name>MapColours</name>
    <message>
        <location filename="../app/gui/embeddings/map_colouring.cpp" line="51"/>
        <source>No tag chosen</source>
        <translation>Kein Tag gewählt</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/map_colouring.cpp" line="52"/>
        <location filename="../app/gui/embeddings/map_colouring.cpp" line="65"/>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/map_colouring.cpp" line="52"/>
        <location filename="../app/gui/embeddings/map_colouring.cpp" line="65"/>
        <source>Verified negative</source>
        <translation>Bestätigt negativ</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/map_colouring.cpp" line="52"/>
        <location filename="../app/gui/embeddings/map_colouring.cpp" line="65"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/map_colouring.cpp" line="77"/>
        <source>Split</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/map_colouring.cpp" line="78"/>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/map_colouring.cpp" line="78"/>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/map_colouring.cpp" line="78"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/map_colouring.cpp" line="78"/>
        <source>No split</source>
        <translation>Ohne Aufteilung</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/map_colouring.cpp" line="118"/>
        <source>%1: model at %2</source>
        <translation>%1: Modell bei %2</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/map_colouring.cpp" line="120"/>
        <source>True positive</source>
        <translation>Richtig positiv</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/map_colouring.cpp" line="120"/>
        <source>Missed (false negative)</source>
        <translation>Verfehlt (falsch negativ)</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/map_colouring.cpp" line="120"/>
        <source>False positive</source>
        <translation>Falsch positiv</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/map_colouring.cpp" line="120"/>
        <source>True negative</source>
        <translation>Richtig negativ</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/map_colouring.cpp" line="120"/>
        <source>Not judged</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/map_colouring.cpp" line="156"/>
        <source>Density</source>
        <translation>Dichte</translation>
    </message>
</context>
<context>
    <name>NeighbourExport</name>
    <message>
        <location filename="../app/gui/neighbours/neighbour_export.cpp" line="26"/>
        <location filename="../app/gui/neighbours/neighbour_export.cpp" line="45"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>NeighbourQueryRunner</name>
    <message>
        <location filename="../app/gui/neighbours/neighbour_query_runner.cpp" line="85"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_query_runner.cpp" line="91"/>
        <source>%1 is not an image file Tagscope can read (%2).</source>
        <translation>%1 ist keine Bilddatei, die Tagscope lesen kann (%2).</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_query_runner.cpp" line="99"/>
        <source>Cannot embed %1: these embeddings were loaded from a file that does not name the model that made them. Compute them with their model (Compute Embeddings… reads them back from the cache) to query by image file.</source>
        <translation>%1 kann nicht eingebettet werden: Diese Embeddings stammen aus einer Datei, die das Modell, das sie erzeugt hat, nicht nennt. Berechnen Sie sie mit ihrem Modell („Embeddings berechnen …“ liest sie aus dem Cache zurück), um nach einer Bilddatei zu suchen.</translation>
    </message>
</context>
<context>
    <name>ParameterForm</name>
    <message>
        <location filename="../widgets/forms/parameter_form.cpp" line="38"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../widgets/forms/parameter_form.cpp" line="47"/>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <location filename="../widgets/forms/parameter_form.cpp" line="47"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
</context>
<context>
    <name>PlotExport</name>
    <message>
        <location filename="../widgets/plots/plot_export.cpp" line="49"/>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/plots/plot_export.cpp" line="50"/>
        <source>Could not write %1:
%2</source>
        <translation>%1 konnte nicht geschrieben werden:
%2</translation>
    </message>
    <message>
        <location filename="../widgets/plots/plot_export.cpp" line="91"/>
        <source>The file could not be written.</source>
        <translation>Die Datei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../widgets/plots/plot_export.cpp" line="99"/>
        <source>Export Image…</source>
        <translation>Bild exportieren …</translation>
    </message>
    <message>
        <location filename="../widgets/plots/plot_export.cpp" line="103"/>
        <source>Export Image</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/plots/plot_export.cpp" line="104"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../widgets/plots/plot_export.cpp" line="117"/>
        <source>Export Data as CSV…</source>
        <translation>Daten als CSV exportieren …</translation>
    </message>
    <message>
        <location filename="../widgets/plots/plot_export.cpp" line="119"/>
        <source>Export Data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/plots/plot_export.cpp" line="121"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="47"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
</context>
<context>
    <name>SplitView</name>
    <message>
        <location filename="../widgets/common/tag_types.cpp" line="41"/>
        <source>All images</source>
        <translation>Alle Bilder</translation>
    </message>
    <message>
        <location filename="../widgets/common/tag_types.cpp" line="42"/>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../widgets/common/tag_types.cpp" line="43"/>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../widgets/common/tag_types.cpp" line="44"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
</context>
<context>
    <name>TagBand</name>
    <message>
        <location filename="../widgets/common/tag_types.cpp" line="21"/>
        <source>Head</source>
        <translation>Häufig</translation>
    </message>
    <message>
        <location filename="../widgets/common/tag_types.cpp" line="22"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../widgets/common/tag_types.cpp" line="23"/>
        <source>Tail</source>
        <translation>Selten</translation>
    </message>
</context>
<context>
    <name>TagData</name>
    <message>
        <location filename="../app/gui/common/tag_data.cpp" line="48"/>
        <source>Positive images (train split)</source>
        <translation>Positive Bilder (Trainingsdaten)</translation>
    </message>
    <message>
        <location filename="../app/gui/common/tag_data.cpp" line="49"/>
        <source>Positive images</source>
        <translation>Positive Bilder</translation>
    </message>
    <message>
        <location filename="../app/gui/common/tag_data.cpp" line="54"/>
        <source>train positives</source>
        <translation>positive Trainingsbilder</translation>
    </message>
    <message>
        <location filename="../app/gui/common/tag_data.cpp" line="54"/>
        <source>positives</source>
        <translation>positive Bilder</translation>
    </message>
    <message>
        <location filename="../app/gui/common/tag_data.cpp" line="114"/>
        <source>%1 · %2 · %3 positive · %4 negative · %5 unknown labels · imbalance %6</source>
        <translation>%1 · %2 · %3 positiv · %4 negativ · %5 unbekannte Labels · Ungleichgewicht %6</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/common/tag_data.cpp" line="115"/>
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln Bild</numerusform>
            <numerusform>%Ln Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/common/tag_data.cpp" line="115"/>
        <source>%Ln tag(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="192"/>
        <source>Custom settings</source>
        <translation>Eigene Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="193"/>
        <source>Defaults (ASL, small CNN)</source>
        <translation>Voreinstellungen (ASL, kleines CNN)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="194"/>
        <source>Open Images-style partial labels: ASL + selective</source>
        <translation>Teil-Labels wie in Open Images: ASL + selektiv</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="197"/>
        <source>Long tail: DB loss + class-aware sampler</source>
        <translation>Long Tail: DB-Loss + klassenbewusstes Sampling</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="199"/>
        <source>Quick look on a CPU: small CNN, 5 epochs</source>
        <translation>Schneller Blick auf der CPU: kleines CNN, 5 Epochen</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="202"/>
        <source>Open Images-sized data: ResNet-50 by steps</source>
        <translation>Daten in Open-Images-Größe: ResNet-50 nach Schritten</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="65"/>
        <source>%1: cannot read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="420"/>
        <location filename="../app/gui/training/training_panel.cpp" line="423"/>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="15"/>
        <source>Browse and analyse imbalanced multilabel image datasets.</source>
        <translation>Unausgewogene Multilabel-Bilddatensätze durchsuchen und analysieren.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="18"/>
        <source>Dataset folder to open.</source>
        <translation>Zu öffnender Datensatzordner.</translation>
    </message>
    <message>
        <location filename="../app/gui/window/startup_check.cpp" line="19"/>
        <source>Quit once started and the dataset is open; exit status 1 when it could not be opened.</source>
        <translation>Beenden, sobald das Programm gestartet und der Datensatz geöffnet ist; Exit-Status 1, wenn er nicht geöffnet werden konnte.</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::AboutDialog</name>
    <message>
        <location filename="../app/gui/window/about_dialog.cpp" line="26"/>
        <source>CPU, 1 thread</source>
        <translation>CPU, 1 Thread</translation>
    </message>
    <message>
        <location filename="../app/gui/window/about_dialog.cpp" line="26"/>
        <source>CPU, %1 threads</source>
        <translation>CPU, %1 Threads</translation>
    </message>
    <message>
        <location filename="../app/gui/window/about_dialog.cpp" line="34"/>
        <source>About Tagscope</source>
        <translation>Über Tagscope</translation>
    </message>
    <message>
        <location filename="../app/gui/window/about_dialog.cpp" line="41"/>
        <source>Tagscope %1</source>
        <translation>Tagscope %1</translation>
    </message>
    <message>
        <location filename="../app/gui/window/about_dialog.cpp" line="47"/>
        <source>A workbench for imbalanced multilabel image datasets: browse millions of tagged images, see how skewed the tags are, train models with a loss that suits the long tail, and inspect what they learned.</source>
        <translation>Eine Werkbank für unausgewogene Multilabel-Bilddatensätze: Millionen getaggter Bilder durchsuchen, sehen, wie ungleich die Tags verteilt sind, Modelle mit einem zum Long Tail passenden Loss trainieren und untersuchen, was sie gelernt haben.</translation>
    </message>
    <message>
        <location filename="../app/gui/window/about_dialog.cpp" line="57"/>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/about_dialog.cpp" line="58"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location filename="../app/gui/window/about_dialog.cpp" line="59"/>
        <source>LibTorch</source>
        <translation>LibTorch</translation>
    </message>
    <message>
        <location filename="../app/gui/window/about_dialog.cpp" line="60"/>
        <source>OpenCV</source>
        <translation>OpenCV</translation>
    </message>
    <message>
        <location filename="../app/gui/window/about_dialog.cpp" line="60"/>
        <source>not used in this build</source>
        <translation>in diesem Build nicht verwendet</translation>
    </message>
    <message>
        <location filename="../app/gui/window/about_dialog.cpp" line="62"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../app/gui/window/about_dialog.cpp" line="63"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/about_dialog.cpp" line="64"/>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <location filename="../app/gui/window/about_dialog.cpp" line="64"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../app/gui/window/about_dialog.cpp" line="78"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/window/about_dialog.cpp" line="79"/>
        <source>Copy the versions and the device to the clipboard, for a bug report</source>
        <translation>Die Versionen und das Gerät für einen Fehlerbericht in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/window/about_dialog.cpp" line="97"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::BandRuleBar</name>
    <message>
        <location filename="../app/gui/analysis/band_rule_bar.cpp" line="47"/>
        <source>Absolute thresholds</source>
        <translation>Feste Schwellen</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/band_rule_bar.cpp" line="48"/>
        <source>Shares of the tags</source>
        <translation>Anteile der Tags</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/band_rule_bar.cpp" line="49"/>
        <source>Thirds of the tags</source>
        <translation>Drittel der Tags</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/band_rule_bar.cpp" line="50"/>
        <source>Bands by fixed numbers of training positives, or by rank: the most frequent and the rarest shares of the tags (a third each for thirds)</source>
        <translation>Gruppen nach festen Zahlen positiver Trainingsbilder oder nach Rang: die häufigsten und die seltensten Anteile der Tags (je ein Drittel bei Dritteln)</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/band_rule_bar.cpp" line="52"/>
        <source>Head tags have more training positives than this</source>
        <translation>Häufige Tags haben mehr positive Trainingsbilder als diese Zahl</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/band_rule_bar.cpp" line="53"/>
        <source>Tail tags have fewer training positives than this</source>
        <translation>Seltene Tags haben weniger positive Trainingsbilder als diese Zahl</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/band_rule_bar.cpp" line="54"/>
        <source>The share of the tags, the most frequent, in the head</source>
        <translation>Der Anteil der Tags, die häufigsten, in der Gruppe Häufig</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/band_rule_bar.cpp" line="55"/>
        <source>The share of the tags, the rarest, in the tail</source>
        <translation>Der Anteil der Tags, die seltensten, in der Gruppe Selten</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/band_rule_bar.cpp" line="57"/>
        <source>Head above</source>
        <translation>Häufig über</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/band_rule_bar.cpp" line="57"/>
        <source>tail below</source>
        <translation>selten unter</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/band_rule_bar.cpp" line="58"/>
        <source>Head</source>
        <translation>Häufig</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/band_rule_bar.cpp" line="58"/>
        <source>tail</source>
        <translation>selten</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/band_rule_bar.cpp" line="64"/>
        <source>Bands:</source>
        <translation>Gruppen:</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::ComputeEmbeddingsDialog</name>
    <message>
        <location filename="../app/gui/embeddings/compute_embeddings_dialog.cpp" line="28"/>
        <source>Compute Embeddings</source>
        <translation>Embeddings berechnen</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/compute_embeddings_dialog.cpp" line="36"/>
        <source>Run Folder…</source>
        <translation>Laufordner …</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/compute_embeddings_dialog.cpp" line="37"/>
        <source>Model File…</source>
        <translation>Modelldatei …</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/compute_embeddings_dialog.cpp" line="39"/>
        <source>A checkpoint (RUN/checkpoints/*.pt) or a TorchScript model (.pt)</source>
        <translation>Ein Checkpoint (LAUF/checkpoints/*.pt) oder ein TorchScript-Modell (.pt)</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/compute_embeddings_dialog.cpp" line="45"/>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/compute_embeddings_dialog.cpp" line="46"/>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/compute_embeddings_dialog.cpp" line="47"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/compute_embeddings_dialog.cpp" line="48"/>
        <source>Pooled backbone features instead of the embedding head</source>
        <translation>Gepoolte Backbone-Merkmale statt des Embedding-Kopfs</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/compute_embeddings_dialog.cpp" line="49"/>
        <source>Reuse embeddings cached from an earlier extraction</source>
        <translation>Embeddings aus einer früheren Berechnung wiederverwenden (Cache)</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/compute_embeddings_dialog.cpp" line="55"/>
        <source>Every image of the split is run through the model once; the vectors are cached on disk, so the next time the same model and split load at once.</source>
        <translation>Jedes Bild der Aufteilung läuft einmal durch das Modell; die Vektoren werden auf der Festplatte zwischengespeichert, sodass dasselbe Modell und dieselbe Aufteilung beim nächsten Mal sofort geladen sind.</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/compute_embeddings_dialog.cpp" line="61"/>
        <source>&lt;b&gt;This run has no embedding head&lt;/b&gt; (it trained with Embedding size 0), so its pooled backbone features will be used. For an embedding head, train with an Embedding size above 0.</source>
        <translation>&lt;b&gt;Dieser Lauf hat keinen Embedding-Kopf&lt;/b&gt; (er wurde mit Embedding-Größe 0 trainiert), daher werden seine gepoolten Backbone-Merkmale verwendet. Für einen Embedding-Kopf mit einer Embedding-Größe über 0 trainieren.</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/compute_embeddings_dialog.cpp" line="66"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/compute_embeddings_dialog.cpp" line="67"/>
        <source>Split</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/compute_embeddings_dialog.cpp" line="71"/>
        <source>Compute</source>
        <translation>Berechnen</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/compute_embeddings_dialog.cpp" line="126"/>
        <source>The run has no embedding head: its pooled backbone features are used in any case</source>
        <translation>Der Lauf hat keinen Embedding-Kopf: seine gepoolten Backbone-Merkmale werden in jedem Fall verwendet</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/compute_embeddings_dialog.cpp" line="135"/>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/compute_embeddings_dialog.cpp" line="146"/>
        <source>Training Run Folder</source>
        <translation>Ordner des Trainingslaufs</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/compute_embeddings_dialog.cpp" line="153"/>
        <source>Checkpoint or TorchScript Model</source>
        <translation>Checkpoint oder TorchScript-Modell</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/compute_embeddings_dialog.cpp" line="154"/>
        <source>PyTorch files (*.pt *.pth);;All files (*)</source>
        <translation>PyTorch-Dateien (*.pt *.pth);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/compute_embeddings_dialog.cpp" line="28"/>
        <source>Compute Predictions</source>
        <translation>Vorhersagen berechnen</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/compute_embeddings_dialog.cpp" line="38"/>
        <source>A TorchScript model with one score per tag (a run&apos;s model.pt)</source>
        <translation>Ein TorchScript-Modell mit einem Score je Tag (das model.pt eines Laufs)</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/compute_embeddings_dialog.cpp" line="53"/>
        <source>The run&apos;s exported model scores every image of the split for each tag; choose the split the map shows. The scores colour the map by whether the model is right on the chosen tag.</source>
        <translation>Das exportierte Modell des Laufs bewertet jedes Bild der Aufteilung für jeden Tag; wählen Sie die Aufteilung, die die Karte zeigt. Die Scores färben die Karte danach, ob das Modell beim gewählten Tag richtig liegt.</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::DatasetController</name>
    <message>
        <location filename="../app/gui/window/dataset_controller.cpp" line="160"/>
        <source>Opening the demo dataset</source>
        <translation>Demo-Datensatz wird geöffnet</translation>
    </message>
    <message>
        <location filename="../app/gui/window/dataset_controller.cpp" line="162"/>
        <source>Updating the review corrections</source>
        <translation>Die Prüfkorrekturen werden aktualisiert</translation>
    </message>
    <message>
        <location filename="../app/gui/window/dataset_controller.cpp" line="164"/>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::DuplicatePairsView</name>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="44"/>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="45"/>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="46"/>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="47"/>
        <source>no split</source>
        <translation>ohne Aufteilung</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="56"/>
        <source>kept both</source>
        <translation>beide behalten</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="57"/>
        <source>left image left out</source>
        <translation>linkes Bild ausgeschlossen</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="58"/>
        <source>right image left out</source>
        <translation>rechtes Bild ausgeschlossen</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="86"/>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="87"/>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="88"/>
        <source>Distance</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="89"/>
        <source>Splits</source>
        <translation>Aufteilungen</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="90"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="107"/>
        <source>%1 (leak)</source>
        <translation>%1 (Leck)</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="176"/>
        <source>Leaks only</source>
        <translation>Nur Lecks</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="176"/>
        <source>Export Leaks…</source>
        <translation>Lecks exportieren …</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="178"/>
        <source>Keep Both (K)</source>
        <translation>Beide behalten (K)</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="178"/>
        <source>Leave Out Left (L)</source>
        <translation>Linkes ausschließen (L)</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="179"/>
        <source>Leave Out Right (R)</source>
        <translation>Rechtes ausschließen (R)</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="179"/>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="197"/>
        <source>Previous Pair</source>
        <translation>Vorheriges Paar</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="179"/>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="198"/>
        <source>Next Pair</source>
        <translation>Nächstes Paar</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="187"/>
        <source>Largest cosine distance of a pair (0: identical embeddings; useful values lie between about 0.1 and 0.25)</source>
        <translation>Größter Kosinusabstand eines Paares (0: identische Einbettungen; sinnvolle Werte liegen etwa zwischen 0,1 und 0,25)</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="188"/>
        <source>List only the pairs whose images lie in different splits</source>
        <translation>Nur Paare zeigen, deren Bilder in verschiedenen Aufteilungen liegen</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="189"/>
        <source>Save every leak (a pair across splits) as CSV: both images, their splits and their distance</source>
        <translation>Jedes Leck (ein Paar über Aufteilungen hinweg) als CSV speichern: beide Bilder, ihre Aufteilungen und ihr Abstand</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="192"/>
        <source>Review: Duplicates and Leaks</source>
        <translation>Prüfung: Duplikate und Lecks</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="194"/>
        <source>Keep Both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="195"/>
        <source>Leave Out Left</source>
        <translation>Linkes ausschließen</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="196"/>
        <source>Leave Out Right</source>
        <translation>Rechtes ausschließen</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="206"/>
        <source>Both images stay in the dataset</source>
        <translation>Beide Bilder bleiben im Datensatz</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="207"/>
        <source>Leave the left image out of the dataset (training and evaluation)</source>
        <translation>Das linke Bild aus dem Datensatz ausschließen (Training und Auswertung)</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="208"/>
        <source>Leave the right image out of the dataset (training and evaluation)</source>
        <translation>Das rechte Bild aus dem Datensatz ausschließen (Training und Auswertung)</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="209"/>
        <source>Page Up</source>
        <translation>Bild auf</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="210"/>
        <source>Page Down</source>
        <translation>Bild ab</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="222"/>
        <source>Distance up to</source>
        <translation>Abstand bis</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="274"/>
        <source>Cannot search for duplicates: %1</source>
        <translation>Duplikate können nicht gesucht werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="275"/>
        <source>Search cancelled.</source>
        <translation>Suche abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="330"/>
        <source>Finding near duplicates…</source>
        <translation>Beinahe-Duplikate werden gesucht …</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="397"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="403"/>
        <source>Distance %1</source>
        <translation>Abstand %1</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="405"/>
        <source>Leak</source>
        <translation>Leck</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="409"/>
        <source>No pair to show.</source>
        <translation>Kein Paar zu zeigen.</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="409"/>
        <source>No leak among these pairs.</source>
        <translation>Kein Leck unter diesen Paaren.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="485"/>
        <source>%Ln pair(s) within %1</source>
        <translation>
            <numerusform>%Ln Paar bis %1</numerusform>
            <numerusform>%Ln Paare bis %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="486"/>
        <source>%Ln leak(s) across splits</source>
        <translation>
            <numerusform>%Ln Leck über Aufteilungen</numerusform>
            <numerusform>%Ln Lecks über Aufteilungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="487"/>
        <source>%Ln decided</source>
        <translation>
            <numerusform>%Ln entschieden</numerusform>
            <numerusform>%Ln entschieden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="490"/>
        <source>%1% of all pairs of images are this close: the embedding hardly tells the images apart. Use one from a trained model, or a lower distance.</source>
        <translation>%1 % aller Bildpaare liegen so nah beieinander: die Einbettung unterscheidet die Bilder kaum. Verwenden Sie eine aus einem trainierten Modell oder einen kleineren Abstand.</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="502"/>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="514"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="520"/>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="525"/>
        <source>Export Leaks</source>
        <translation>Lecks exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="520"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::EmbeddingPage</name>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="98"/>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;No embeddings yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Compute them with a trained model (&lt;i&gt;Compute Embeddings…&lt;/i&gt;) or load an .npy written by &lt;tt&gt;tagscope-cli embed&lt;/tt&gt; (&lt;i&gt;Load Embeddings…&lt;/i&gt;).&lt;br&gt;t-SNE then lays the images out live.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Noch keine Embeddings&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Berechnen Sie sie mit einem trainierten Modell (&lt;i&gt;Embeddings berechnen …&lt;/i&gt;) oder laden Sie eine von &lt;tt&gt;tagscope-cli embed&lt;/tt&gt; geschriebene .npy-Datei (&lt;i&gt;Embeddings laden …&lt;/i&gt;).&lt;br&gt;t-SNE ordnet die Bilder dann live an.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="105"/>
        <source>t-SNE</source>
        <translation>t-SNE</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="140"/>
        <source>Cannot Load Embeddings</source>
        <translation>Embeddings können nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="141"/>
        <source>Embedding cancelled</source>
        <translation>Einbetten abgebrochen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="167"/>
        <source>Predictions of %1 for %Ln image(s)</source>
        <translation>
            <numerusform>Vorhersagen von %1 für %Ln Bild</numerusform>
            <numerusform>Vorhersagen von %1 für %Ln Bilder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="207"/>
        <source>Embedding Map</source>
        <translation>Embedding-Karte</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="214"/>
        <source>Compute Embeddings…</source>
        <translation>Embeddings berechnen …</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="215"/>
        <source>Embed a split of the dataset with a training run, a checkpoint or a TorchScript model</source>
        <translation>Eine Aufteilung des Datensatzes mit einem Trainingslauf, einem Checkpoint oder einem TorchScript-Modell einbetten</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="216"/>
        <source>Load Embeddings…</source>
        <translation>Embeddings laden …</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="217"/>
        <source>Load an embedding .npy (rows x dimensions) with its .images.npy file naming each row&apos;s image</source>
        <translation>Eine Embedding-.npy (Zeilen x Dimensionen) mit ihrer .images.npy-Datei laden, die das Bild jeder Zeile nennt</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="220"/>
        <source>Embeddings</source>
        <translation>Embeddings</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="221"/>
        <source>Compute the images&apos; embeddings with a model, or load them from a file</source>
        <translation>Die Embeddings der Bilder mit einem Modell berechnen oder aus einer Datei laden</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="238"/>
        <source> Colour by </source>
        <translation> Färben nach </translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="241"/>
        <source>Tag label</source>
        <translation>Label des Tags</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="242"/>
        <source>Split</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="243"/>
        <source>Model correctness</source>
        <translation>Richtigkeit des Modells</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="244"/>
        <source>Density</source>
        <translation>Dichte</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="250"/>
        <source>The tag whose label state (or the model&apos;s verdict on it) colours the points</source>
        <translation>Der Tag, dessen Label-Zustand (oder das Urteil des Modells darüber) die Punkte färbt</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="259"/>
        <source>Pan</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="260"/>
        <source>Rectangle</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="261"/>
        <source>Lasso</source>
        <translation>Lasso</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="262"/>
        <source>Drag to pan, scroll to zoom (P)</source>
        <translation>Ziehen zum Verschieben, Scrollen zum Zoomen (P)</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="262"/>
        <source>Drag a rectangle to select the images inside (R)</source>
        <translation>Ein Rechteck aufziehen, um die Bilder darin auszuwählen (R)</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="263"/>
        <source>Draw around the images to select (L)</source>
        <translation>Um die auszuwählenden Bilder herumzeichnen (L)</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="278"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="282"/>
        <source>Show every point and follow the layout as it moves</source>
        <translation>Alle Punkte zeigen und dem Layout folgen, während es sich bewegt</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="290"/>
        <source>Coordinates as CSV…</source>
        <translation>Koordinaten als CSV …</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="291"/>
        <source>Coordinates as NumPy (.npy)…</source>
        <translation>Koordinaten als NumPy (.npy) …</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="292"/>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="652"/>
        <source>Export Coordinates</source>
        <translation>Koordinaten exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="293"/>
        <source>NumPy arrays (*.npy)</source>
        <translation>NumPy-Arrays (*.npy)</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="297"/>
        <source>Selection as CSV…</source>
        <translation>Auswahl als CSV …</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="299"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="311"/>
        <source>Show All Images</source>
        <translation>Alle Bilder zeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="314"/>
        <source>Clear the browser&apos;s filter: every point of the map in its colour again</source>
        <translation>Den Filter des Browsers aufheben: jeder Punkt der Karte wieder in seiner Farbe</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="366"/>
        <source>Load or compute embeddings to start.</source>
        <translation>Zum Start Embeddings laden oder berechnen.</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="367"/>
        <source>No embeddings for this dataset yet</source>
        <translation>Noch keine Embeddings für diesen Datensatz</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="367"/>
        <source>No dataset open</source>
        <translation>Kein Datensatz geöffnet</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="380"/>
        <source>, model %1</source>
        <translation>, Modell %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="595"/>
        <source>Coordinates of %Ln image(s) (iteration %1) saved to %2</source>
        <translation>
            <numerusform>Koordinaten von %Ln Bild (Iteration %1) in %2 gespeichert</numerusform>
            <numerusform>Koordinaten von %Ln Bildern (Iteration %1) in %2 gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="610"/>
        <source>%Ln selected image(s) saved to %1</source>
        <translation>
            <numerusform>%Ln ausgewähltes Bild in %1 gespeichert</numerusform>
            <numerusform>%Ln ausgewählte Bilder in %1 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="411"/>
        <source>Cannot Load Predictions</source>
        <translation>Vorhersagen können nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="461"/>
        <source>Right and wrong predictions of the loaded model for the chosen tag</source>
        <translation>Richtige und falsche Vorhersagen des geladenen Modells für den gewählten Tag</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="495"/>
        <source>Cannot Colour the Map</source>
        <translation>Die Karte kann nicht gefärbt werden</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="525"/>
        <source>The browser&apos;s filter: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Filter des Browsers: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="531"/>
        <source>Outside the filter</source>
        <translation>Außerhalb des Filters</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="532"/>
        <source>The browser&apos;s filter: &lt;b&gt;%1&lt;/b&gt; · %2 of %3 points match; the others are drawn as hollow rings</source>
        <translation>Filter des Browsers: &lt;b&gt;%1&lt;/b&gt; · %2 von %3 Punkten passen; die übrigen sind als hohle Ringe gezeichnet</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="557"/>
        <source>Preparing…</source>
        <translation>Wird vorbereitet …</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="562"/>
        <source>Optimising: early exaggeration pulls the clusters together…</source>
        <translation>Optimierung: Early Exaggeration zieht die Cluster zusammen …</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="563"/>
        <source>Optimising…</source>
        <translation>Optimierung …</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="565"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="566"/>
        <source>Reached the iteration target; Run continues.</source>
        <translation>Iterationsziel erreicht; „Ausführen“ macht weiter.</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="600"/>
        <source>Cannot Export Coordinates</source>
        <translation>Koordinaten können nicht exportiert werden</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="612"/>
        <source>Cannot Export the Selection</source>
        <translation>Die Auswahl kann nicht exportiert werden</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="618"/>
        <source>Load Embeddings</source>
        <translation>Embeddings laden</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="619"/>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="645"/>
        <source>NumPy arrays (*.npy);;All files (*)</source>
        <translation>NumPy-Arrays (*.npy);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="644"/>
        <source>Load Predictions</source>
        <translation>Vorhersagen laden</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="653"/>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="663"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="662"/>
        <source>Export Selection</source>
        <translation>Auswahl exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="163"/>
        <source>Cannot Use the Predictions</source>
        <translation>Vorhersagen können nicht verwendet werden</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="226"/>
        <source>Compute with a Run&apos;s Model…</source>
        <translation>Mit dem Modell eines Laufs berechnen …</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="227"/>
        <source>Score the images with a run&apos;s exported model (model.pt) for the model-correctness colours</source>
        <translation>Die Bilder mit dem exportierten Modell eines Laufs (model.pt) bewerten, für die Färbung nach Richtigkeit des Modells</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="228"/>
        <source>Load Scores (.npy)…</source>
        <translation>Scores laden (.npy) …</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="229"/>
        <source>Load the model&apos;s scores (.npy, one column per tag of the dataset) to colour points by whether the model is right</source>
        <translation>Die Scores des Modells (.npy, eine Spalte je Tag des Datensatzes) laden, um Punkte danach zu färben, ob das Modell richtig liegt</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="231"/>
        <source>Predictions</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="232"/>
        <source>The model&apos;s scores per tag, for colouring points by whether the model is right</source>
        <translation>Die Scores des Modells je Tag, um Punkte danach zu färben, ob das Modell richtig liegt</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="381"/>
        <source>%Ln image(s) × %1 dimensions from %2%3</source>
        <translation>
            <numerusform>%Ln Bild × %1 Dimensionen aus %2%3</numerusform>
            <numerusform>%Ln Bilder × %1 Dimensionen aus %2%3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="425"/>
        <source>Predictions for %Ln image(s) loaded</source>
        <translation>
            <numerusform>Vorhersagen für %Ln Bild geladen</numerusform>
            <numerusform>Vorhersagen für %Ln Bilder geladen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="462"/>
        <source>Needs the model&apos;s scores per tag: Predictions ▸ Compute with a Run&apos;s Model, or Load Scores</source>
        <translation>Braucht die Scores des Modells je Tag: Vorhersagen ▸ Mit dem Modell eines Laufs berechnen, oder Scores laden</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::EmbeddingSourceRunner</name>
    <message>
        <location filename="../app/gui/embeddings/embedding_source_runner.cpp" line="65"/>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/embeddings/embedding_source_runner.cpp" line="91"/>
        <source>%Ln embedding(s) of %1 dimensions from %2</source>
        <translation>
            <numerusform>%Ln Embedding mit %1 Dimensionen aus %2</numerusform>
            <numerusform>%Ln Embeddings mit %1 Dimensionen aus %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/embeddings/embedding_source_runner.cpp" line="159"/>
        <source>%Ln embedding(s) of %1 dimensions read from the cache (%2)</source>
        <translation>
            <numerusform>%Ln Embedding mit %1 Dimensionen aus dem Cache gelesen (%2)</numerusform>
            <numerusform>%Ln Embeddings mit %1 Dimensionen aus dem Cache gelesen (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/embeddings/embedding_source_runner.cpp" line="160"/>
        <source>%Ln embedding(s) of %1 dimensions computed (%2)</source>
        <translation>
            <numerusform>%Ln Embedding mit %1 Dimensionen berechnet (%2)</numerusform>
            <numerusform>%Ln Embeddings mit %1 Dimensionen berechnet (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/embeddings/embedding_source_runner.cpp" line="163"/>
        <source>; %Ln image(s) could not be decoded</source>
        <translation>
            <numerusform>; %Ln Bild konnte nicht dekodiert werden</numerusform>
            <numerusform>; %Ln Bilder konnten nicht dekodiert werden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_source_runner.cpp" line="116"/>
        <source>Embedding the %1 images with %2</source>
        <translation>Die %1 Bilder werden mit %2 eingebettet</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_source_runner.cpp" line="117"/>
        <source>Scoring the %1 images with %2</source>
        <translation>Die %1 Bilder werden mit %2 bewertet</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::ImageInspector</name>
    <message>
        <location filename="../app/gui/browse/image_inspector.cpp" line="26"/>
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <location filename="../app/gui/browse/image_inspector.cpp" line="27"/>
        <source>verified negative</source>
        <translation>bestätigt negativ</translation>
    </message>
    <message>
        <location filename="../app/gui/browse/image_inspector.cpp" line="28"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../app/gui/browse/image_inspector.cpp" line="42"/>
        <source>%1: corrected by review; the annotations say %2</source>
        <translation>%1: bei der Prüfung korrigiert; laut Annotationen %2</translation>
    </message>
    <message>
        <location filename="../app/gui/browse/image_inspector.cpp" line="49"/>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../app/gui/browse/image_inspector.cpp" line="50"/>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../app/gui/browse/image_inspector.cpp" line="51"/>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../app/gui/browse/image_inspector.cpp" line="52"/>
        <source>no split</source>
        <translation>ohne Aufteilung</translation>
    </message>
    <message>
        <location filename="../app/gui/browse/image_inspector.cpp" line="85"/>
        <source>Previous image in the grid (Alt+Left)</source>
        <translation>Vorheriges Bild im Raster (Alt+Links)</translation>
    </message>
    <message>
        <location filename="../app/gui/browse/image_inspector.cpp" line="88"/>
        <source>Next image in the grid (Alt+Right)</source>
        <translation>Nächstes Bild im Raster (Alt+Rechts)</translation>
    </message>
    <message>
        <location filename="../app/gui/browse/image_inspector.cpp" line="95"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../app/gui/browse/image_inspector.cpp" line="95"/>
        <location filename="../app/gui/browse/image_inspector.cpp" line="103"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../app/gui/browse/image_inspector.cpp" line="95"/>
        <location filename="../app/gui/browse/image_inspector.cpp" line="103"/>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <location filename="../app/gui/browse/image_inspector.cpp" line="104"/>
        <source>Images the tag is positive on</source>
        <translation>Bilder, auf denen der Tag positiv ist</translation>
    </message>
    <message>
        <location filename="../app/gui/browse/image_inspector.cpp" line="147"/>
        <source>Select an image in the grid to inspect it.</source>
        <translation>Wählen Sie ein Bild im Raster aus, um es zu untersuchen.</translation>
    </message>
    <message>
        <location filename="../app/gui/browse/image_inspector.cpp" line="158"/>
        <source>No image file (the dataset has no image folder for this split)</source>
        <translation>Keine Bilddatei (der Datensatz hat für diese Aufteilung keinen Bildordner)</translation>
    </message>
    <message>
        <location filename="../app/gui/browse/image_inspector.cpp" line="160"/>
        <source>%1 · %2 of %3</source>
        <translation>%1 · %2 von %3</translation>
    </message>
    <message>
        <location filename="../app/gui/browse/image_inspector.cpp" line="164"/>
        <source>No image file</source>
        <translation>Keine Bilddatei</translation>
    </message>
    <message>
        <location filename="../app/gui/browse/image_inspector.cpp" line="168"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../app/gui/browse/image_inspector.cpp" line="191"/>
        <source>The image could not be loaded.</source>
        <translation>Das Bild konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/browse/image_inspector.cpp" line="218"/>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <location filename="../app/gui/browse/image_inspector.cpp" line="219"/>
        <source>Verified negative</source>
        <translation>Bestätigt negativ</translation>
    </message>
    <message>
        <location filename="../app/gui/browse/image_inspector.cpp" line="220"/>
        <source>Machine</source>
        <translation>Maschinell</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::ImportReportDialog</name>
    <message>
        <location filename="../app/gui/window/import_report_dialog.cpp" line="25"/>
        <source>Import Report — %1</source>
        <translation>Importbericht — %1</translation>
    </message>
    <message>
        <location filename="../app/gui/window/import_report_dialog.cpp" line="31"/>
        <source>Read %1 from %2 in &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>%1 aus %2 in &lt;b&gt;%3&lt;/b&gt; gelesen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/window/import_report_dialog.cpp" line="32"/>
        <source>&lt;b&gt;%Ln&lt;/b&gt; row(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; Zeile</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/window/import_report_dialog.cpp" line="33"/>
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln Datei</numerusform>
            <numerusform>%Ln Dateien</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/window/import_report_dialog.cpp" line="36"/>
        <source>Rows skipped: %1. Issues: %2.</source>
        <translation>Übersprungene Zeilen: %1. Probleme: %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/window/import_report_dialog.cpp" line="38"/>
        <source>The first %1 are listed.</source>
        <translation>Die ersten %1 sind aufgeführt.</translation>
    </message>
    <message>
        <location filename="../app/gui/window/import_report_dialog.cpp" line="42"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/window/import_report_dialog.cpp" line="42"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../app/gui/window/import_report_dialog.cpp" line="42"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../app/gui/window/import_report_dialog.cpp" line="52"/>
        <source>(dataset)</source>
        <translation>(Datensatz)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/import_report_dialog.cpp" line="68"/>
        <source>Copy All</source>
        <translation>Alles kopieren</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::LabelNextView</name>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="40"/>
        <source>Choose Images</source>
        <translation>Bilder auswählen</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="41"/>
        <source>Export for Annotators…</source>
        <translation>Für Annotatoren exportieren …</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="41"/>
        <source>Answer Here</source>
        <translation>Hier beantworten</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="48"/>
        <source>How many images to send to annotators</source>
        <translation>Wie viele Bilder an Annotatoren gehen</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="49"/>
        <source>The tags to ask about: rare tags gain the most from new labels</source>
        <translation>Die abzufragenden Tags: seltene Tags gewinnen am meisten durch neue Labels</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="51"/>
        <source>Choose the images again with this budget and these tags</source>
        <translation>Die Bilder mit diesem Budget und diesen Tags neu auswählen</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="52"/>
        <source>Save the questions as an Open Images label file (ImageID, Source, LabelName, Confidence) for annotators to fill in the confidence; import their answers with tagscope-cli corrections --import</source>
        <translation>Die Fragen als Open-Images-Labeldatei (ImageID, Source, LabelName, Confidence) speichern, in der Annotatoren die Konfidenz ausfüllen; ihre Antworten mit tagscope-cli corrections --import einlesen</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="54"/>
        <source>Answer the questions yourself, one card at a time</source>
        <translation>Die Fragen selbst beantworten, eine Karte nach der anderen</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="60"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="60"/>
        <source>Utility</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="60"/>
        <source>Questions (uncertainty)</source>
        <translation>Fragen (Unsicherheit)</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="66"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="68"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="90"/>
        <source>Cannot choose images: %1</source>
        <translation>Bilder können nicht ausgewählt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="91"/>
        <source>Choice cancelled.</source>
        <translation>Auswahl abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="99"/>
        <source>Medium and tail tags</source>
        <translation>Mittlere und seltene Tags</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="100"/>
        <source>All tags</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="175"/>
        <source>Choosing images to label…</source>
        <translation>Zu labelnde Bilder werden ausgewählt …</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="190"/>
        <source>%1 has no column for this tag</source>
        <translation>%1 hat keine Spalte für diesen Tag</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="191"/>
        <source>no scored tag is in the medium or tail band</source>
        <translation>kein bewerteter Tag liegt in den Gruppen Mittel oder Selten</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="218"/>
        <source>Load scores (a run&apos;s predictions) and open embeddings to choose the images to label next.</source>
        <translation>Laden Sie Scores (die Vorhersagen eines Laufs) und öffnen Sie Einbettungen, um die als Nächstes zu labelnden Bilder auszuwählen.</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="229"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="233"/>
        <source>, … (%1 in all)</source>
        <translation>, … (%1 insgesamt)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/review/label_next_view.cpp" line="244"/>
        <source>%Ln image(s) to label next (of a budget of %1)</source>
        <translation>
            <numerusform>%Ln Bild als Nächstes zu labeln (bei einem Budget von %1)</numerusform>
            <numerusform>%Ln Bilder als Nächstes zu labeln (bei einem Budget von %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/review/label_next_view.cpp" line="246"/>
        <source>%Ln question(s)</source>
        <translation>
            <numerusform>%Ln Frage</numerusform>
            <numerusform>%Ln Fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/review/label_next_view.cpp" line="247"/>
        <source>on %Ln tag(s)</source>
        <translation>
            <numerusform>zu %Ln Tag</numerusform>
            <numerusform>zu %Ln Tags</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="250"/>
        <source>These scores come from a model that trained on these images: they are over-confident. Scores from cross-validation choose better.</source>
        <translation>Diese Scores stammen von einem Modell, das mit diesen Bildern trainiert hat: sie sind übermäßig sicher. Scores aus einer Kreuzvalidierung wählen besser.</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="297"/>
        <source>No images chosen yet.</source>
        <translation>Noch keine Bilder ausgewählt.</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="308"/>
        <location filename="../app/gui/review/label_next_view.cpp" line="313"/>
        <source>Export for Annotators</source>
        <translation>Für Annotatoren exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="308"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::MainWindow</name>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="42"/>
        <source>&amp;Open Dataset…</source>
        <translation>Datensatz ö&amp;ffnen …</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="44"/>
        <source>Open a dataset folder (Open Images, COCO, a CSV/TSV list or class folders)</source>
        <translation>Einen Datensatzordner öffnen (Open Images, COCO, eine CSV/TSV-Liste oder Klassenordner)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="47"/>
        <source>Open Annotation &amp;File…</source>
        <translation>&amp;Annotationsdatei öffnen …</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="49"/>
        <source>Open a COCO instances JSON file or a CSV/TSV list of image paths and tags</source>
        <translation>Eine COCO-Instances-JSON-Datei oder eine CSV/TSV-Liste mit Bildpfaden und Tags öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="52"/>
        <source>Open &amp;Demo Dataset</source>
        <translation>&amp;Demo-Datensatz öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="53"/>
        <source>Open the Fashion Mosaic demo dataset, generating it on first use</source>
        <translation>Den Demo-Datensatz „Fashion Mosaic“ öffnen; beim ersten Mal wird er erzeugt</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="58"/>
        <source>Read the open dataset again from disk</source>
        <translation>Den geöffneten Datensatz erneut von der Festplatte lesen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="63"/>
        <source>List the rows the import had to skip</source>
        <translation>Die Zeilen auflisten, die der Import überspringen musste</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="67"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="74"/>
        <source>Clear the tag filter (Esc)</source>
        <translation>Den Tag-Filter aufheben (Esc)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="78"/>
        <source>&amp;Tag Panel</source>
        <translation>&amp;Tag-Liste</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="84"/>
        <source>&amp;Analysis Panel</source>
        <translation>&amp;Analysebereich</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="85"/>
        <source>Show or hide the tag frequency, summary and co-occurrence plots under the grid</source>
        <translation>Die Diagramme zu Tag-Häufigkeit, Übersicht und gemeinsamem Auftreten unter dem Raster zeigen oder ausblenden</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="92"/>
        <source>Tag &amp;Frequency</source>
        <translation>Tag-&amp;Häufigkeit</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="56"/>
        <source>R&amp;eload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="62"/>
        <source>&amp;Import Report…</source>
        <translation>Im&amp;portbericht …</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="72"/>
        <source>S&amp;how All Images</source>
        <translation>A&amp;lle Bilder zeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="92"/>
        <source>Im&amp;balance Summary</source>
        <translation>Ungleichgewicht – Ü&amp;bersicht</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="93"/>
        <source>Tag &amp;Co-occurrence</source>
        <translation>&amp;Gemeinsames Auftreten</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="103"/>
        <source>&amp;Small Thumbnails</source>
        <translation>&amp;Kleine Vorschaubilder</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="103"/>
        <source>&amp;Medium Thumbnails</source>
        <translation>&amp;Mittlere Vorschaubilder</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="103"/>
        <source>&amp;Large Thumbnails</source>
        <translation>Gr&amp;oße Vorschaubilder</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="111"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="114"/>
        <source>Zoom &amp;Out</source>
        <translation>Verkle&amp;inern</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="118"/>
        <source>&amp;About Tagscope</source>
        <translation>&amp;Über Tagscope</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="121"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="129"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="132"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="144"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="168"/>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="172"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="181"/>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="207"/>
        <source>No images match this filter.</source>
        <translation>Keine Bilder passen zu diesem Filter.</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="222"/>
        <source>Tag Frequency</source>
        <translation>Tag-Häufigkeit</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="223"/>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="224"/>
        <source>Co-occurrence</source>
        <translation>Gemeinsames Auftreten</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="265"/>
        <source>Image Inspector</source>
        <translation>Bildinspektor</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="305"/>
        <source>Some rows of the label files could not be read; click for the list</source>
        <translation>Einige Zeilen der Label-Dateien konnten nicht gelesen werden; für die Liste klicken</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="310"/>
        <source>No dataset open</source>
        <translation>Kein Datensatz geöffnet</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="309"/>
        <source>Open Dataset Folder</source>
        <translation>Datensatzordner öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="318"/>
        <source>Open Annotation File</source>
        <translation>Annotationsdatei öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="319"/>
        <source>Annotations (*.json *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Annotationen (*.json *.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="396"/>
        <source>1 row skipped</source>
        <translation>1 Zeile übersprungen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="396"/>
        <source>%1 rows skipped</source>
        <translation>%1 Zeilen übersprungen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="397"/>
        <source>1 import issue</source>
        <translation>1 Importproblem</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="397"/>
        <source>%1 import issues</source>
        <translation>%1 Importprobleme</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="398"/>
        <source>details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="412"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="419"/>
        <source>%1: unknown error</source>
        <translation>%1: unbekannter Fehler</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="420"/>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="427"/>
        <source>Cannot Open Dataset</source>
        <translation>Datensatz kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="428"/>
        <source>Tagscope could not open the dataset in
%1</source>
        <translation>Tagscope konnte den Datensatz in
%1
nicht öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="438"/>
        <source>Opening %1 was cancelled</source>
        <translation>Öffnen von %1 wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="460"/>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="468"/>
        <source>%1 — Tagscope</source>
        <translation>%1 — Tagscope</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="468"/>
        <source>Tagscope</source>
        <translation>Tagscope</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_workflow.cpp" line="25"/>
        <source>Filte&amp;r Images…</source>
        <translation>Bilder &amp;filtern …</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_workflow.cpp" line="27"/>
        <source>Type a filter expression for the grid</source>
        <translation>Einen Filterausdruck für das Raster eingeben</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_workflow.cpp" line="34"/>
        <source>&amp;Next Image</source>
        <translation>&amp;Nächstes Bild</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_workflow.cpp" line="37"/>
        <source>&amp;Previous Image</source>
        <translation>Vo&amp;rheriges Bild</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_workflow.cpp" line="41"/>
        <source>&amp;Start Training</source>
        <translation>Training &amp;starten</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_workflow.cpp" line="43"/>
        <source>Train with the settings of the training panel in a new run</source>
        <translation>Mit den Einstellungen des Trainingsfelds in einem neuen Lauf trainieren</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_workflow.cpp" line="48"/>
        <source>S&amp;top Training</source>
        <translation>Training &amp;anhalten</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_workflow.cpp" line="50"/>
        <source>Stop after the current batch and write a checkpoint</source>
        <translation>Nach dem laufenden Batch anhalten und einen Checkpoint schreiben</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_workflow.cpp" line="53"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_workflow.cpp" line="58"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_embeddings.cpp" line="35"/>
        <source>&amp;Embedding Map</source>
        <translation>&amp;Embedding-Karte</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_embeddings.cpp" line="39"/>
        <source>Show the embedding map with live t-SNE in place of the browser (Ctrl+E)</source>
        <translation>Die Embedding-Karte mit Live-t-SNE anstelle des Browsers zeigen (Strg+E)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/window/main_window_embeddings.cpp" line="93"/>
        <source>%Ln image(s) from the embedding map</source>
        <translation>
            <numerusform>%Ln Bild aus der Embedding-Karte</numerusform>
            <numerusform>%Ln Bilder aus der Embedding-Karte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_embeddings.cpp" line="124"/>
        <source>without %1</source>
        <translation>ohne %1</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_embeddings.cpp" line="126"/>
        <source>%1, verified negative</source>
        <translation>%1, bestätigt negativ</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_embeddings.cpp" line="128"/>
        <source>%1, unknown</source>
        <translation>%1, unbekannt</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_training.cpp" line="28"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_training.cpp" line="32"/>
        <source>Show the training page in place of the browser: settings, live curves, the long-tail view and the run history (Ctrl+3)</source>
        <translation>Die Trainingsseite anstelle des Browsers zeigen: Einstellungen, Live-Kurven, Long-Tail-Ansicht und Verlauf der Läufe (Strg+3)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_corrections.cpp" line="122"/>
        <source>Show Revie&amp;w Corrections</source>
        <translation>Prüfkorrekturen &amp;zeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_corrections.cpp" line="126"/>
        <source>Show the dataset with the review decisions kept for it, or as its label files give it</source>
        <translation>Den Datensatz mit den für ihn gespeicherten Prüfentscheidungen zeigen, oder so, wie seine Label-Dateien ihn angeben</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_corrections.cpp" line="134"/>
        <source>Labels changed and images left out by review decisions (View &gt; Show Review Corrections)</source>
        <translation>Durch Prüfentscheidungen geänderte Labels und ausgelassene Bilder (Ansicht &gt; Prüfkorrekturen zeigen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/window/main_window_corrections.cpp" line="160"/>
        <location filename="../app/gui/window/main_window_corrections.cpp" line="163"/>
        <source>%n corrected label(s)</source>
        <translation>
            <numerusform>%n korrigiertes Label</numerusform>
            <numerusform>%n korrigierte Labels</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_corrections.cpp" line="163"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/window/main_window_corrections.cpp" line="162"/>
        <location filename="../app/gui/window/main_window_corrections.cpp" line="163"/>
        <source>%n image(s) left out</source>
        <translation>
            <numerusform>%n Bild ausgelassen</numerusform>
            <numerusform>%n Bilder ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_corrections.cpp" line="320"/>
        <source>Scores for the review are ready: %1</source>
        <translation>Die Bewertungen für die Prüfung sind fertig: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_corrections.cpp" line="324"/>
        <source>The scores for the review could not be made: %1</source>
        <translation>Die Bewertungen für die Prüfung konnten nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_corrections.cpp" line="325"/>
        <source>Cannot Score the Labels</source>
        <translation>Labels können nicht bewertet werden</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_corrections.cpp" line="325"/>
        <source>The scores for the review could not be made.</source>
        <translation>Die Bewertungen für die Prüfung konnten nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_corrections.cpp" line="333"/>
        <source>Scoring for the review was cancelled; a cross-validation carries on from its folder when started again</source>
        <translation>Die Bewertung für die Prüfung wurde abgebrochen; eine Kreuzvalidierung setzt beim nächsten Start in ihrem Ordner fort</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_corrections.cpp" line="340"/>
        <source>Scores for a review are being made already (see the status bar)</source>
        <translation>Bewertungen für eine Prüfung werden bereits erstellt (siehe Statusleiste)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_corrections.cpp" line="360"/>
        <source>%1: cannot read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_review.cpp" line="30"/>
        <source>Re&amp;view</source>
        <translation>Labels &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_review.cpp" line="34"/>
        <source>Review the labels a model flags as missing or wrong, one image at a time (Ctrl+4)</source>
        <translation>Die Labels prüfen, die ein Modell als fehlend oder falsch markiert, ein Bild nach dem anderen (Strg+4)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_review.cpp" line="38"/>
        <source>Open &amp;Scores for Review…</source>
        <translation>&amp;Scores zum Prüfen öffnen …</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_review.cpp" line="40"/>
        <source>Review the labels against a score file of tagscope-cli predict or crossval</source>
        <translation>Die Labels anhand einer Score-Datei von tagscope-cli predict oder crossval prüfen</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::NeighbourDock</name>
    <message>
        <location filename="../app/gui/neighbours/neighbour_dock.cpp" line="12"/>
        <source>Similar Images</source>
        <translation>Ähnliche Bilder</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_dock.cpp" line="17"/>
        <source>Show or hide the nearest neighbours of an image in embedding space</source>
        <translation>Die nächsten Nachbarn eines Bildes im Embedding-Raum ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_dock.cpp" line="19"/>
        <source>Fin&amp;d Similar Images</source>
        <translation>&amp;Ähnliche Bilder finden</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_dock.cpp" line="21"/>
        <source>Show the nearest neighbours of the current image in embedding space</source>
        <translation>Die nächsten Nachbarn des aktuellen Bildes im Embedding-Raum zeigen</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::NeighbourExporter</name>
    <message>
        <location filename="../app/gui/neighbours/neighbour_exporter.cpp" line="22"/>
        <source>Export Neighbours as &amp;CSV…</source>
        <translation>Nachbarn als &amp;CSV exportieren …</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_exporter.cpp" line="23"/>
        <source>Write the neighbours shown (rank, image, path, distance, tags) to a CSV file</source>
        <translation>Die gezeigten Nachbarn (Rang, Bild, Pfad, Distanz, Tags) in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_exporter.cpp" line="25"/>
        <source>Export for TensorBoard &amp;Projector…</source>
        <translation>Für den TensorBoard-&amp;Projector exportieren …</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_exporter.cpp" line="26"/>
        <source>Write every embedding with its image, split and tags as tensors.tsv and metadata.tsv</source>
        <translation>Jedes Embedding mit seinem Bild, seiner Aufteilung und seinen Tags als tensors.tsv und metadata.tsv schreiben</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_exporter.cpp" line="60"/>
        <source>No dataset is open.</source>
        <translation>Kein Datensatz ist geöffnet.</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_exporter.cpp" line="67"/>
        <source>Export Neighbours</source>
        <translation>Nachbarn exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_exporter.cpp" line="67"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_exporter.cpp" line="76"/>
        <source>Wrote 1 neighbour to %1</source>
        <translation>1 Nachbar nach %1 geschrieben</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_exporter.cpp" line="77"/>
        <source>Wrote %1 neighbours to %2</source>
        <translation>%1 Nachbarn nach %2 geschrieben</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_exporter.cpp" line="83"/>
        <source>Export for TensorBoard Projector</source>
        <translation>Für den TensorBoard-Projector exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_exporter.cpp" line="97"/>
        <source>Writing TensorBoard projector files to %1…</source>
        <translation>TensorBoard-Projector-Dateien werden nach %1 geschrieben …</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_exporter.cpp" line="114"/>
        <source>Could not export to %1: %2</source>
        <translation>Export nach %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_exporter.cpp" line="117"/>
        <source>Wrote tensors.tsv and metadata.tsv to %1</source>
        <translation>tensors.tsv und metadata.tsv nach %1 geschrieben</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::NeighbourPanel</name>
    <message>
        <location filename="../app/gui/neighbours/neighbour_panel.cpp" line="203"/>
        <source>Open a dataset to find similar images.</source>
        <translation>Öffnen Sie einen Datensatz, um ähnliche Bilder zu finden.</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_panel.cpp" line="205"/>
        <source>No embeddings are loaded for this dataset. Compute them with a trained model, or load an embedding file, to see the images most similar to %1.</source>
        <translation>Für diesen Datensatz sind keine Embeddings geladen. Berechnen Sie sie mit einem trainierten Modell oder laden Sie eine Embedding-Datei, um die Bilder zu sehen, die %1 am ähnlichsten sind.</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_panel.cpp" line="209"/>
        <source>No embeddings are loaded for this dataset. Compute them with a trained model, or load an embedding file, to find similar images.</source>
        <translation>Für diesen Datensatz sind keine Embeddings geladen. Berechnen Sie sie mit einem trainierten Modell oder laden Sie eine Embedding-Datei, um ähnliche Bilder zu finden.</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_panel.cpp" line="230"/>
        <source>%1 has no embedding (it is not in the split the embeddings were computed for, or could not be decoded).</source>
        <translation>%1 hat kein Embedding (es liegt nicht in der Aufteilung, für die die Embeddings berechnet wurden, oder konnte nicht dekodiert werden).</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_panel.cpp" line="243"/>
        <source>Cannot query by %1: no embeddings are loaded for this dataset.</source>
        <translation>Suche nach %1 nicht möglich: Für diesen Datensatz sind keine Embeddings geladen.</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_panel.cpp" line="305"/>
        <source>Embedding %1 with the model…</source>
        <translation>%1 wird mit dem Modell eingebettet …</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_panel.cpp" line="317"/>
        <source>Could not query by %1: %2</source>
        <translation>Suche nach %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_panel.cpp" line="350"/>
        <source>Building the approximate index… these are exact results meanwhile.</source>
        <translation>Der approximative Index wird aufgebaut … bis dahin sind dies exakte Ergebnisse.</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_panel.cpp" line="372"/>
        <source>Building the approximate index (%1)… these are exact results meanwhile.</source>
        <translation>Der approximative Index wird aufgebaut (%1) … bis dahin sind dies exakte Ergebnisse.</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_panel.cpp" line="384"/>
        <source>The approximate index could not be built (%1); exact search is used.</source>
        <translation>Der approximative Index konnte nicht aufgebaut werden (%1); es wird exakt gesucht.</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::OutlierView</name>
    <message>
        <location filename="../app/gui/review/outlier_view.cpp" line="23"/>
        <source>Leave Out Selected</source>
        <translation>Auswahl ausschließen</translation>
    </message>
    <message>
        <location filename="../app/gui/review/outlier_view.cpp" line="24"/>
        <source>Keep Selected</source>
        <translation>Auswahl behalten</translation>
    </message>
    <message>
        <location filename="../app/gui/review/outlier_view.cpp" line="32"/>
        <source>The share of the images listed, those farthest from their nearest neighbours</source>
        <translation>Der Anteil der gelisteten Bilder, jener am weitesten von ihren nächsten Nachbarn</translation>
    </message>
    <message>
        <location filename="../app/gui/review/outlier_view.cpp" line="33"/>
        <source>Leave the selected images out of the dataset (training and evaluation)</source>
        <translation>Die ausgewählten Bilder aus dem Datensatz ausschließen (Training und Auswertung)</translation>
    </message>
    <message>
        <location filename="../app/gui/review/outlier_view.cpp" line="34"/>
        <source>The selected images are fine: take them off the list</source>
        <translation>Die ausgewählten Bilder sind in Ordnung: von der Liste nehmen</translation>
    </message>
    <message>
        <location filename="../app/gui/review/outlier_view.cpp" line="38"/>
        <source>Farthest</source>
        <translation>Am weitesten entfernt</translation>
    </message>
    <message>
        <location filename="../app/gui/review/outlier_view.cpp" line="54"/>
        <source>Cannot find outliers: %1</source>
        <translation>Ausreißer können nicht gesucht werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/review/outlier_view.cpp" line="55"/>
        <source>Search cancelled.</source>
        <translation>Suche abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/gui/review/outlier_view.cpp" line="70"/>
        <source>Finding outliers…</source>
        <translation>Ausreißer werden gesucht …</translation>
    </message>
    <message>
        <location filename="../app/gui/review/outlier_view.cpp" line="74"/>
        <source>outliers need at least two images</source>
        <translation>Ausreißer brauchen mindestens zwei Bilder</translation>
    </message>
    <message>
        <location filename="../app/gui/review/outlier_view.cpp" line="117"/>
        <source>Mean distance to the %1 nearest images: %2</source>
        <translation>Mittlerer Abstand zu den %1 nächsten Bildern: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/review/outlier_view.cpp" line="154"/>
        <source>Open embeddings to find the images far from all others.</source>
        <translation>Öffnen Sie Einbettungen, um die Bilder fern von allen anderen zu finden.</translation>
    </message>
    <message>
        <location filename="../app/gui/review/outlier_view.cpp" line="157"/>
        <source>The %1 of %2 images farthest from their %3 nearest neighbours (mean cosine distance); %4 decided</source>
        <translation>Die %1 von %2 Bildern, die am weitesten von ihren %3 nächsten Nachbarn entfernt sind (mittlerer Kosinusabstand); %4 entschieden</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::PreferencesDialog</name>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="63"/>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="274"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="73"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="75"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="101"/>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="106"/>
        <source>Training runs are written here, one folder per run; the Runs tab lists them</source>
        <translation>Trainingsläufe werden hier abgelegt, ein Ordner je Lauf; der Reiter „Läufe“ listet sie auf</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="109"/>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="158"/>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="110"/>
        <source>Workspace Folder</source>
        <translation>Arbeitsordner</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="112"/>
        <source>&amp;Runs folder:</source>
        <translation>Ordner der &amp;Läufe:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="115"/>
        <source>Reopen the last session at start</source>
        <translation>Beim Start die letzte Sitzung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="118"/>
        <source>The last dataset with its filter, the selected tag and analysis tab, and the runs shown in the training panel.</source>
        <translation>Der letzte Datensatz mit seinem Filter, dem gewählten Tag und Analysereiter sowie die im Trainingsfeld gezeigten Läufe.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="125"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="131"/>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="131"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="134"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="135"/>
        <source>A new language takes effect the next time Tagscope starts. Numbers and dates follow the language&apos;s conventions.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Tagscope. Zahlen und Datumsangaben folgen den Konventionen der Sprache.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="140"/>
        <source>Follow system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="141"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="142"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="143"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="144"/>
        <source>Applied as soon as you press OK. Follow system turns light or dark with the desktop.</source>
        <translation>Wird mit „OK“ sofort übernommen. „Wie das System“ wechselt mit dem Desktop zwischen hell und dunkel.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="150"/>
        <source>Thumbnails</source>
        <translation>Vorschaubilder</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="155"/>
        <source>Thumbnails of large images are kept here, so a folder seen before fills its grid at once</source>
        <translation>Vorschaubilder großer Bilder werden hier abgelegt, damit ein schon gesehener Ordner sein Raster sofort füllt</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="160"/>
        <source>Thumbnail Cache Folder</source>
        <translation>Ordner für den Vorschaubild-Cache</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="164"/>
        <source>Cache &amp;folder:</source>
        <translation>Cache-&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="169"/>
        <source>Above this size the thumbnails written longest ago are removed</source>
        <translation>Oberhalb dieser Größe werden die am längsten zurückliegend geschriebenen Vorschaubilder entfernt</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="175"/>
        <source>On &amp;disk at most:</source>
        <translation>Auf der &amp;Festplatte höchstens:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="180"/>
        <source>Decoded thumbnails kept in memory for scrolling back</source>
        <translation>Dekodierte Vorschaubilder, die zum Zurückscrollen im Arbeitsspeicher bleiben</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="181"/>
        <source>In &amp;memory at most:</source>
        <translation>Im &amp;Arbeitsspeicher höchstens:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="187"/>
        <source>Computation</source>
        <translation>Berechnung</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="192"/>
        <source>Automatic (the first GPU, else the CPU)</source>
        <translation>Automatisch (die erste GPU, sonst die CPU)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="193"/>
        <source>Default &amp;device:</source>
        <translation>Standard&amp;gerät:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="197"/>
        <source>One per core</source>
        <translation>Einer je Kern</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="199"/>
        <source>CPU &amp;threads:</source>
        <translation>CPU-&amp;Threads:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="203"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="204"/>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="206"/>
        <source>Disk space a training run may fill with decoded images so that later epochs skip decoding; automatic: a quarter of the free space, at most 50 GB</source>
        <translation>Speicherplatz, den ein Trainingslauf mit dekodierten Bildern füllen darf, damit spätere Epochen nicht mehr dekodieren; automatisch: ein Viertel des freien Speichers, höchstens 50 GB</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="208"/>
        <source>Training image &amp;cache:</source>
        <translation>&amp;Bildcache für das Training:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="209"/>
        <source>New training runs and embeddings start with this device and thread count, and training runs with this image cache budget; each run can still choose its own.</source>
        <translation>Neue Trainingsläufe und Embeddings beginnen mit diesem Gerät und dieser Thread-Zahl, Trainingsläufe außerdem mit diesem Budget für den Bildcache; jeder Lauf kann weiterhin eigene Werte wählen.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="214"/>
        <source>Tag bands:</source>
        <translation>Tag-Gruppen:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="215"/>
        <source>How tags are split into head, medium and tail: the analysis tab and new training runs start with this rule.</source>
        <translation>Wie Tags in häufig, mittel und selten aufgeteilt werden: die Analyse und neue Trainingsläufe beginnen mit dieser Regel.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="270"/>
        <source>runs folder</source>
        <translation>Ordner für die Läufe</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="270"/>
        <source>thumbnail cache folder</source>
        <translation>Ordner für den Vorschaubild-Cache</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="275"/>
        <source>Choose a %1.</source>
        <translation>Wählen Sie einen %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="276"/>
        <source>The %1 %2 cannot be created.</source>
        <translation>Der %1 %2 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="297"/>
        <source>Measuring…</source>
        <translation>Wird gemessen …</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="313"/>
        <source>In use: %1 in 1 thumbnail</source>
        <translation>Belegt: %1 in 1 Vorschaubild</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="314"/>
        <source>In use: %1 in %2 thumbnails</source>
        <translation>Belegt: %1 in %2 Vorschaubildern</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::ReviewCardView</name>
    <message>
        <location filename="../app/gui/review/review_card.cpp" line="67"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_card.cpp" line="67"/>
        <source>The tag is in the image: set the label positive (Y)</source>
        <translation>Der Tag ist im Bild: das Label auf positiv setzen (Y)</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_card.cpp" line="68"/>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_card.cpp" line="68"/>
        <source>The tag is not in the image: set the label verified negative (N)</source>
        <translation>Der Tag ist nicht im Bild: das Label auf bestätigt negativ setzen (N)</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_card.cpp" line="69"/>
        <source>&amp;Skip</source>
        <translation>Über&amp;springen</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_card.cpp" line="69"/>
        <source>Leave the label as it is and show the next card (S)</source>
        <translation>Das Label lassen, wie es ist, und die nächste Karte zeigen (S)</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_card.cpp" line="70"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_card.cpp" line="71"/>
        <source>Take back the last answer or skip (Backspace, Ctrl+Z)</source>
        <translation>Die letzte Antwort oder das letzte Überspringen zurücknehmen (Rücktaste, Strg+Z)</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_card.cpp" line="72"/>
        <source>&amp;Previous</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_card.cpp" line="72"/>
        <source>The card before (Left)</source>
        <translation>Die Karte davor (Links)</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_card.cpp" line="73"/>
        <source>Ne&amp;xt</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_card.cpp" line="73"/>
        <source>The card after, without deciding (Right)</source>
        <translation>Die Karte danach, ohne Entscheidung (Rechts)</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_card.cpp" line="112"/>
        <source>Keys: Y yes · N no · S skip · Backspace undo · ← → move</source>
        <translation>Tasten: Y ja · N nein · S überspringen · Rücktaste rückgängig · ← → blättern</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::ReviewGrid</name>
    <message>
        <location filename="../app/gui/review/review_grid.cpp" line="25"/>
        <source>Select the images that answer alike (click, Shift or Ctrl-click, drag a rectangle, Ctrl+A), then press Y or N.</source>
        <translation>Wählen Sie die Bilder mit derselben Antwort (Klick, Umschalt- oder Strg-Klick, Rechteck ziehen, Strg+A), dann Y oder N drücken.</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_grid.cpp" line="44"/>
        <source>Review: Grid</source>
        <translation>Prüfung: Raster</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_grid.cpp" line="52"/>
        <source>Yes to the Selection</source>
        <translation>Ja für die Auswahl</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_grid.cpp" line="53"/>
        <source>No to the Selection</source>
        <translation>Nein für die Auswahl</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_grid.cpp" line="124"/>
        <source>p %1</source>
        <translation>p %1</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_grid.cpp" line="125"/>
        <source>p %1, score %2</source>
        <translation>p %1, Score %2</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_grid.cpp" line="142"/>
        <source>No tag to review.</source>
        <translation>Kein Tag zu prüfen.</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_grid.cpp" line="144"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 of %3 candidates answered, %4 left; threshold %5 (candidates have p at or above it)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 von %3 Kandidaten beantwortet, %4 übrig; Schwelle %5 (Kandidaten haben p ab dieser Schwelle)</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_grid.cpp" line="148"/>
        <source>Yes, All Show %1 (Y)</source>
        <translation>Ja, alle zeigen %1 (Y)</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_grid.cpp" line="149"/>
        <source>No, None Shows %1 (N)</source>
        <translation>Nein, keines zeigt %1 (N)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/review/review_grid.cpp" line="150"/>
        <source>The %n selected image(s) show the tag: its label becomes positive</source>
        <translation>
            <numerusform>Das %n ausgewählte Bild zeigt den Tag: sein Label wird positiv</numerusform>
            <numerusform>Die %n ausgewählten Bilder zeigen den Tag: ihr Label wird positiv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/review/review_grid.cpp" line="151"/>
        <source>The %n selected image(s) do not show the tag: its label becomes a verified negative</source>
        <translation>
            <numerusform>Das %n ausgewählte Bild zeigt den Tag nicht: sein Label wird ein bestätigtes Negativ</numerusform>
            <numerusform>Die %n ausgewählten Bilder zeigen den Tag nicht: ihr Label wird ein bestätigtes Negativ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tagscope::gui::ReviewPage</name>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="58"/>
        <source>Missing labels</source>
        <translation>Fehlende Labels</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="59"/>
        <source>Wrong positives</source>
        <translation>Falsche Positive</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="60"/>
        <source>Wrong negatives</source>
        <translation>Falsche Negative</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="61"/>
        <source>Label next</source>
        <translation>Als Nächstes annotieren</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="79"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="96"/>
        <source>&lt;h3&gt;Review labels&lt;/h3&gt;&lt;p&gt;The review asks, one image at a time, about the labels a model thinks are missing or wrong. It needs the model&apos;s scores for this dataset:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;in the run history, &lt;b&gt;Review Labels with this Run&lt;/b&gt;;&lt;/li&gt;&lt;li&gt;or on the command line, &lt;code&gt;tagscope-cli crossval&lt;/code&gt; (scores from models that never saw the image: the best) or &lt;code&gt;tagscope-cli predict&lt;/code&gt;, then &lt;b&gt;Open Scores…&lt;/b&gt; here.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Your answers are kept with the dataset&apos;s corrections and never change its own files.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Labels prüfen&lt;/h3&gt;&lt;p&gt;Die Prüfung fragt, ein Bild nach dem anderen, nach den Labels, die ein Modell für fehlend oder falsch hält. Sie braucht die Scores des Modells für diesen Datensatz:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;im Verlauf der Läufe: &lt;b&gt;Labels mit diesem Lauf prüfen&lt;/b&gt;;&lt;/li&gt;&lt;li&gt;oder auf der Kommandozeile &lt;code&gt;tagscope-cli crossval&lt;/code&gt; (Scores von Modellen, die das Bild nie gesehen haben: die besten) oder &lt;code&gt;tagscope-cli predict&lt;/code&gt;, dann hier &lt;b&gt;Scores öffnen …&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Ihre Antworten werden bei den Korrekturen des Datensatzes gespeichert und ändern nie seine eigenen Dateien.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="102"/>
        <location filename="../app/gui/review/review_page.cpp" line="154"/>
        <source>Open Scores…</source>
        <translation>Scores öffnen …</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="119"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="136"/>
        <source>Filter tags</source>
        <translation>Tags filtern</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="140"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="140"/>
        <source>Hidden</source>
        <translation>Verborgen</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="140"/>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="141"/>
        <source>Positives estimated to hide among the tag&apos;s unknown labels</source>
        <translation>Geschätzte Zahl der Positiven unter den unbekannten Labels des Tags</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="142"/>
        <source>Labels the model flags in the queue shown</source>
        <translation>Labels, die das Modell in der gezeigten Warteschlange markiert</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="195"/>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="196"/>
        <source>Grid</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="197"/>
        <source>Duplicates and Leaks</source>
        <translation>Duplikate und Lecks</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="198"/>
        <source>Outliers</source>
        <translation>Ausreißer</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="199"/>
        <source>Label Next</source>
        <translation>Als Nächstes annotieren</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="200"/>
        <source>One label question at a time, answered with Y, N and S</source>
        <translation>Eine Label-Frage nach der anderen, beantwortet mit Y, N und S</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="201"/>
        <source>One tag&apos;s candidates as thumbnails: select many, answer them at once</source>
        <translation>Die Kandidaten eines Tags als Vorschaubilder: viele auswählen, alle auf einmal beantworten</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="202"/>
        <source>Near-duplicate images side by side, and those that leak between splits</source>
        <translation>Beinahe doppelte Bilder nebeneinander, und solche, die zwischen Aufteilungen lecken</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="203"/>
        <source>The images farthest from all others in the embeddings</source>
        <translation>Die Bilder, die in den Embeddings am weitesten von allen anderen entfernt sind</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="204"/>
        <source>The images whose labels would teach the model most: for annotators, or to answer here</source>
        <translation>Die Bilder, deren Labels das Modell am meisten lehren würden: für Annotatoren oder zum Beantworten hier</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="220"/>
        <source>Undo in the Grid</source>
        <translation>Im Raster rückgängig machen</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="223"/>
        <source>Take back the last answer (Backspace, Ctrl+Z)</source>
        <translation>Die letzte Antwort zurücknehmen (Rücktaste, Strg+Z)</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="267"/>
        <source>The review was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="316"/>
        <source>Reviewing the scores</source>
        <translation>Scores werden geprüft</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="328"/>
        <source>Open a dataset before its scores.</source>
        <translation>Öffnen Sie zuerst einen Datensatz, dann seine Scores.</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="332"/>
        <source>Open Scores for Review</source>
        <translation>Scores zum Prüfen öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="332"/>
        <source>Scores (*.npy)</source>
        <translation>Scores (*.npy)</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="367"/>
        <source>Scores: %1</source>
        <translation>Scores: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="369"/>
        <source>These scores come from a model that trained on these images: it hides its own mistakes, so fewer labels are flagged than cross-validation would find.</source>
        <translation>Diese Scores stammen von einem Modell, das auf diesen Bildern trainiert hat: es verbirgt seine eigenen Fehler, daher werden weniger Labels markiert, als eine Kreuzvalidierung fände.</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="392"/>
        <source>All tags</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="401"/>
        <source>Few labels: the thresholds are the band&apos;s</source>
        <translation>Wenige Labels: die Schwellen sind die der Gruppe</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="423"/>
        <source>%1 (%2) · %3 / %4 done</source>
        <translation>%1 (%2) · %3 / %4 erledigt</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="424"/>
        <source>%1 labels flagged, the first %2 queued, %3 answered</source>
        <translation>%1 Labels markiert, die ersten %2 in der Warteschlange, %3 beantwortet</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="491"/>
        <source>No labels to review in this queue.</source>
        <translation>In dieser Warteschlange gibt es keine Labels zu prüfen.</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="491"/>
        <source>This queue is done.</source>
        <translation>Diese Warteschlange ist erledigt.</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="492"/>
        <source>Pick another queue or tag on the left.</source>
        <translation>Wählen Sie links eine andere Warteschlange oder einen anderen Tag.</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="493"/>
        <source>%1 of %2 cards answered. Pick another queue or tag on the left, or go back with Left.</source>
        <translation>%1 von %2 Karten beantwortet. Wählen Sie links eine andere Warteschlange oder einen anderen Tag, oder gehen Sie mit Links zurück.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/review/review_page.cpp" line="496"/>
        <source>End of %n card(s)</source>
        <translation>
            <numerusform>Ende der %n Karte</numerusform>
            <numerusform>Ende der %n Karten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="507"/>
        <source>Is there a &lt;b&gt;%1&lt;/b&gt; in this image?</source>
        <translation>Zeigt dieses Bild &lt;b&gt;%1&lt;/b&gt;?</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="508"/>
        <source>The annotations say nothing about it (unknown); the model thinks it is there.</source>
        <translation>Die Annotationen sagen nichts darüber (unbekannt); das Modell meint, es ist da.</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="509"/>
        <source>The annotations say nothing about it (unknown); an answer here teaches the model most.</source>
        <translation>Die Annotationen sagen nichts darüber (unbekannt); eine Antwort hier lehrt das Modell am meisten.</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="512"/>
        <source>Is there really a &lt;b&gt;%1&lt;/b&gt; in this image?</source>
        <translation>Zeigt dieses Bild wirklich &lt;b&gt;%1&lt;/b&gt;?</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="513"/>
        <source>The annotations say it is there (positive); the model doubts it.</source>
        <translation>Die Annotationen sagen, es ist da (positiv); das Modell bezweifelt es.</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="516"/>
        <source>Is there a &lt;b&gt;%1&lt;/b&gt; in this image after all?</source>
        <translation>Zeigt dieses Bild doch &lt;b&gt;%1&lt;/b&gt;?</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="517"/>
        <source>The annotations say it is not there (verified negative); the model thinks it is.</source>
        <translation>Die Annotationen sagen, es ist nicht da (bestätigt negativ); das Modell meint, doch.</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="525"/>
        <source>Model: %1 · flagged at %2 or more</source>
        <translation>Modell: %1 · markiert ab %2</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="526"/>
        <source>Model: %1 · flagged at %2 or less</source>
        <translation>Modell: %1 · markiert bis %2</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="528"/>
        <source>(few labels: the threshold is the band&apos;s)</source>
        <translation>(wenige Labels: die Schwelle ist die der Gruppe)</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="530"/>
        <source>Model: no score for this tag</source>
        <translation>Modell: kein Score für diesen Tag</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="533"/>
        <source>Your answer: yes (set positive)</source>
        <translation>Ihre Antwort: ja (auf positiv gesetzt)</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="533"/>
        <source>Your answer: no (set verified negative)</source>
        <translation>Ihre Antwort: nein (auf bestätigt negativ gesetzt)</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="567"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/review/review_page.cpp" line="569"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/review/review_page.cpp" line="571"/>
        <source>%n tag(s) without annotation</source>
        <translation>
            <numerusform>%n Tag ohne Annotation</numerusform>
            <numerusform>%n Tags ohne Annotation</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="576"/>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="576"/>
        <source>Verified negative</source>
        <translation>Bestätigt negativ</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="576"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="578"/>
        <source>✎ corrected in a review</source>
        <translation>✎ bei einer Prüfung korrigiert</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="579"/>
        <source>Card %1 of %2 · %3 done</source>
        <translation>Karte %1 von %2 · %3 erledigt</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="581"/>
        <source>Given positives of %1 the model is surest of:</source>
        <translation>Annotierte Positive von %1, bei denen das Modell am sichersten ist:</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="593"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page_modes.cpp" line="77"/>
        <source>Duplicates, leaks and outliers are found in the embeddings of the dataset&apos;s images. Compute or load them on the Embedding Map page (View &gt; Embedding Map), then come back here.</source>
        <translation>Duplikate, Lecks und Ausreißer werden in den Embeddings der Bilder des Datensatzes gefunden. Berechnen oder laden Sie sie auf der Seite Embedding-Karte (Ansicht &gt; Embedding-Karte) und kommen Sie dann hierher zurück.</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page_modes.cpp" line="92"/>
        <source>What to label next weighs the model&apos;s uncertainty on each unknown label against how unlike the images already chosen an image is: it needs the model&apos;s scores (Open Scores… on the Cards tab) and the embeddings of the dataset&apos;s images (View &gt; Embedding Map).</source>
        <translation>Was als Nächstes annotiert werden soll, wägt die Unsicherheit des Modells bei jedem unbekannten Label gegen die Verschiedenheit eines Bildes von den schon gewählten ab: dafür braucht es die Scores des Modells (Scores öffnen … im Reiter Karten) und die Embeddings der Bilder des Datensatzes (Ansicht &gt; Embedding-Karte).</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::ReviewRunDialog</name>
    <message>
        <location filename="../app/gui/training/review_run_dialog.cpp" line="21"/>
        <source>&amp;Predict: score a split with this run&apos;s model</source>
        <translation>&amp;Vorhersagen: eine Aufteilung mit dem Modell dieses Laufs bewerten</translation>
    </message>
    <message>
        <location filename="../app/gui/training/review_run_dialog.cpp" line="22"/>
        <source>&amp;Cross-validate: train K models with this run&apos;s settings</source>
        <translation>&amp;Kreuzvalidieren: K Modelle mit den Einstellungen dieses Laufs trainieren</translation>
    </message>
    <message>
        <location filename="../app/gui/training/review_run_dialog.cpp" line="26"/>
        <source>Review Labels with %1</source>
        <translation>Labels mit %1 prüfen</translation>
    </message>
    <message>
        <location filename="../app/gui/training/review_run_dialog.cpp" line="28"/>
        <source>A model&apos;s probabilities point at labels that are probably missing or wrong. Choose where they come from; the review opens when they are ready.</source>
        <translation>Die Wahrscheinlichkeiten eines Modells weisen auf Labels hin, die wahrscheinlich fehlen oder falsch sind. Wählen Sie, woher sie kommen; die Prüfung öffnet sich, sobald sie bereit sind.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/review_run_dialog.cpp" line="32"/>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../app/gui/training/review_run_dialog.cpp" line="33"/>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../app/gui/training/review_run_dialog.cpp" line="34"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../app/gui/training/review_run_dialog.cpp" line="38"/>
        <source>Spl&amp;it:</source>
        <translation>&amp;Aufteilung:</translation>
    </message>
    <message>
        <location filename="../app/gui/training/review_run_dialog.cpp" line="45"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../app/gui/training/review_run_dialog.cpp" line="47"/>
        <source>Cross-Validation Folder</source>
        <translation>Ordner der Kreuzvalidierung</translation>
    </message>
    <message>
        <location filename="../app/gui/training/review_run_dialog.cpp" line="58"/>
        <source>&amp;Folds:</source>
        <translation>&amp;Teile:</translation>
    </message>
    <message>
        <location filename="../app/gui/training/review_run_dialog.cpp" line="59"/>
        <source>&amp;Output folder:</source>
        <translation>&amp;Ausgabeordner:</translation>
    </message>
    <message>
        <location filename="../app/gui/training/review_run_dialog.cpp" line="62"/>
        <source>Each training image is scored by a model that never saw it: the scores a review should use. It takes K trainings; it can be cancelled, and started again on the same folder it carries on where it stopped.</source>
        <translation>Jedes Trainingsbild wird von einem Modell bewertet, das es nie gesehen hat: die Bewertungen, die eine Prüfung nutzen sollte. Das braucht K Trainings; es lässt sich abbrechen und setzt, im selben Ordner neu gestartet, dort fort, wo es aufgehört hat.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/review_run_dialog.cpp" line="71"/>
        <source>&lt;span style=&apos;color:#c77c00&apos;&gt;⚠&lt;/span&gt; This run trained on the %1 split: its scores there are in-sample. The model is over-confident on the images it learned, so most wrong and missing labels stay hidden. Prefer another split, or cross-validate.</source>
        <translation>&lt;span style=&apos;color:#c77c00&apos;&gt;⚠&lt;/span&gt; Dieser Lauf wurde auf der Aufteilung %1 trainiert: seine Bewertungen dort sind stichprobenintern. Das Modell ist auf den gelernten Bildern übermäßig sicher, daher bleiben die meisten falschen und fehlenden Labels verborgen. Besser eine andere Aufteilung wählen oder kreuzvalidieren.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/review_run_dialog.cpp" line="77"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::ReviewScoresRunner</name>
    <message>
        <location filename="../app/gui/training/review_scores_runner.cpp" line="58"/>
        <source>Scoring the %1 images with %2</source>
        <translation>Die %1-Bilder werden mit %2 bewertet</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/training/review_scores_runner.cpp" line="78"/>
        <source>Cross-validating with %n fold(s)</source>
        <translation>
            <numerusform>Kreuzvalidierung mit %n Teil</numerusform>
            <numerusform>Kreuzvalidierung mit %n Teilen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/training/review_scores_runner.cpp" line="116"/>
        <source>Fold %1 of %2: %3</source>
        <translation>Teil %1 von %2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/training/review_scores_runner.cpp" line="132"/>
        <source>out-of-fold scores of %Ln image(s), %1 fold(s) trained and %2 kept from before</source>
        <translation>
            <numerusform>Out-of-Fold-Bewertungen von %Ln Bild, %1 Teil(e) trainiert und %2 von vorher behalten</numerusform>
            <numerusform>Out-of-Fold-Bewertungen von %Ln Bildern, %1 Teil(e) trainiert und %2 von vorher behalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/training/review_scores_runner.cpp" line="136"/>
        <source>%Ln image(s) scored with %1</source>
        <translation>
            <numerusform>%Ln Bild mit %1 bewertet</numerusform>
            <numerusform>%Ln Bilder mit %1 bewertet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tagscope::gui::ReviewSession</name>
    <message>
        <location filename="../app/gui/review/review_session.cpp" line="125"/>
        <source>Open a dataset before its scores.</source>
        <translation>Öffnen Sie zuerst einen Datensatz, dann seine Scores.</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_session.cpp" line="162"/>
        <location filename="../app/gui/review/review_session.cpp" line="179"/>
        <source>Reviewing the scores</source>
        <translation>Scores werden geprüft</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::ReviewTask</name>
    <message>
        <location filename="../app/gui/review/review_task.cpp" line="15"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_task.cpp" line="17"/>
        <source>Stop the computation; nothing is changed</source>
        <translation>Die Berechnung anhalten; nichts wird geändert</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::RunComparisonView</name>
    <message>
        <location filename="../app/gui/training/run_comparison_view.cpp" line="49"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_comparison_view.cpp" line="50"/>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/training/run_comparison_view.cpp" line="51"/>
        <source>%n label decision(s)</source>
        <translation>
            <numerusform>%n Label-Entscheidung</numerusform>
            <numerusform>%n Label-Entscheidungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/training/run_comparison_view.cpp" line="52"/>
        <source>%n image(s) left out</source>
        <translation>
            <numerusform>%n Bild ausgelassen</numerusform>
            <numerusform>%n Bilder ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_comparison_view.cpp" line="103"/>
        <source>First run</source>
        <translation>Erster Lauf</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_comparison_view.cpp" line="103"/>
        <source>Second run</source>
        <translation>Zweiter Lauf</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_comparison_view.cpp" line="104"/>
        <source>Select two runs in the Runs tab and press Compare to see them side by side.</source>
        <translation>Wählen Sie im Reiter „Läufe“ zwei Läufe und klicken Sie auf „Vergleichen“, um sie nebeneinander zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_comparison_view.cpp" line="116"/>
        <location filename="../app/gui/training/run_comparison_view.cpp" line="163"/>
        <source>Best</source>
        <translation>Bester Wert</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_comparison_view.cpp" line="117"/>
        <source>Best epoch</source>
        <translation>Beste Epoche</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_comparison_view.cpp" line="118"/>
        <source>Head mAP at best</source>
        <translation>mAP (häufig) am besten Punkt</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_comparison_view.cpp" line="119"/>
        <source>Medium mAP at best</source>
        <translation>mAP (mittel) am besten Punkt</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_comparison_view.cpp" line="120"/>
        <source>Tail mAP at best</source>
        <translation>mAP (selten) am besten Punkt</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_comparison_view.cpp" line="122"/>
        <location filename="../app/gui/training/run_comparison_view.cpp" line="163"/>
        <source>Bands</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_comparison_view.cpp" line="123"/>
        <source>Epochs done</source>
        <translation>Abgeschlossene Epochen</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_comparison_view.cpp" line="126"/>
        <source>Steps done</source>
        <translation>Abgeschlossene Schritte</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_comparison_view.cpp" line="127"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_comparison_view.cpp" line="128"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_comparison_view.cpp" line="129"/>
        <source>Review corrections</source>
        <translation>Prüfkorrekturen</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_comparison_view.cpp" line="168"/>
        <source>The two runs have the same settings.</source>
        <translation>Die beiden Läufe haben dieselben Einstellungen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/training/run_comparison_view.cpp" line="169"/>
        <source>%n setting(s) differ (highlighted, listed first after the results).</source>
        <translation>
            <numerusform>%n Einstellung unterscheidet sich (hervorgehoben, nach den Ergebnissen zuerst aufgeführt).</numerusform>
            <numerusform>%n Einstellungen unterscheiden sich (hervorgehoben, nach den Ergebnissen zuerst aufgeführt).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_comparison_view.cpp" line="171"/>
        <source>The runs use different bands, so their head, medium and tail mAPs do not compare.</source>
        <translation>Die Läufe verwenden verschiedene Gruppen; ihre mAP für häufige, mittlere und seltene Tags sind nicht vergleichbar.</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::RunHistoryPanel</name>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="48"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="49"/>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="49"/>
        <source>&amp;Resume</source>
        <translation>Fo&amp;rtsetzen</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="49"/>
        <source>&amp;Export Model…</source>
        <translation>Modell e&amp;xportieren …</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="50"/>
        <source>Use &amp;Settings</source>
        <translation>&amp;Einstellungen übernehmen</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="50"/>
        <source>Review &amp;Labels with this Run…</source>
        <translation>&amp;Labels mit diesem Lauf prüfen…</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="51"/>
        <source>Train &amp;Again</source>
        <translation>&amp;Erneut trainieren</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="55"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="55"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="55"/>
        <source>Best</source>
        <translation>Bester Wert</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="55"/>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="55"/>
        <source>Backbone</source>
        <translation>Backbone</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="55"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="55"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="55"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="55"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="68"/>
        <source>Show the run&apos;s curves and long-tail view (followed live while it is being written)</source>
        <translation>Kurven und Long-Tail-Ansicht des Laufs zeigen (live verfolgt, solange er geschrieben wird)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="69"/>
        <source>Select two runs: their curves and per-tag AP overlaid, and their settings side by side</source>
        <translation>Zwei Läufe auswählen: ihre Kurven und die AP je Tag übereinander, ihre Einstellungen nebeneinander</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="70"/>
        <source>Continue the run from its last checkpoint, exactly where it stopped</source>
        <translation>Den Lauf ab seinem letzten Checkpoint fortsetzen, genau dort, wo er angehalten wurde</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="71"/>
        <source>Save the run&apos;s model as TorchScript (torch.jit.load opens it in Python)</source>
        <translation>Das Modell des Laufs als TorchScript speichern (torch.jit.load öffnet es in Python)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="72"/>
        <source>Fill the training form with this run&apos;s settings</source>
        <translation>Das Trainingsformular mit den Einstellungen dieses Laufs füllen</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="95"/>
        <source>Score the dataset&apos;s labels with this run&apos;s model, or cross-validate its settings, and review the labels the scores disagree with</source>
        <translation>Die Labels des Datensatzes mit dem Modell dieses Laufs bewerten oder seine Einstellungen kreuzvalidieren und die Labels prüfen, denen die Bewertungen widersprechen</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="98"/>
        <source>Start a new run with this run&apos;s settings now, on the labels as reviewed since; the two runs are then compared</source>
        <translation>Jetzt einen neuen Lauf mit den Einstellungen dieses Laufs starten, auf den seither geprüften Labels; die beiden Läufe werden dann verglichen</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="110"/>
        <source>Change…</source>
        <translation>Ändern …</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="111"/>
        <source>Choose the folder that holds the runs (a run directory of tagscope-cli train, or a folder of them)</source>
        <translation>Den Ordner mit den Läufen wählen (ein Laufverzeichnis von tagscope-cli train oder ein Ordner solcher Verzeichnisse)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="114"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="120"/>
        <source>Runs folder:</source>
        <translation>Ordner der Läufe:</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="168"/>
        <source>Runs Folder</source>
        <translation>Ordner der Läufe</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="277"/>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="278"/>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="279"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="280"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="281"/>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="289"/>
        <source>%1 / %2 steps</source>
        <translation>%1 / %2 Schritte</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="297"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="299"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="300"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="325"/>
        <source>Best at step %1</source>
        <translation>Bester Wert bei Schritt %1</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="327"/>
        <source>Best at epoch %1</source>
        <translation>Bester Wert in Epoche %1</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="329"/>
        <source>Steps done of the planned steps</source>
        <translation>Abgeschlossene von den geplanten Schritten</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="329"/>
        <source>Epochs done of the planned epochs</source>
        <translation>Abgeschlossene von den geplanten Epochen</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::SessionRestorer</name>
    <message>
        <location filename="../app/gui/window/session_restore.cpp" line="27"/>
        <source>Last Dataset Not Found</source>
        <translation>Letzter Datensatz nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/gui/window/session_restore.cpp" line="28"/>
        <source>The dataset of the last session is no longer at
%1</source>
        <translation>Der Datensatz der letzten Sitzung liegt nicht mehr unter
%1</translation>
    </message>
    <message>
        <location filename="../app/gui/window/session_restore.cpp" line="31"/>
        <source>It may have been moved, renamed or be on a drive that is not connected. Open it again from File &gt; Open Dataset.</source>
        <translation>Er wurde vielleicht verschoben oder umbenannt, oder er liegt auf einem nicht verbundenen Laufwerk. Öffnen Sie ihn erneut über Datei &gt; Datensatz öffnen.</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::ShortcutsDialog</name>
    <message>
        <location filename="../app/gui/window/shortcuts_dialog.cpp" line="48"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../app/gui/window/shortcuts_dialog.cpp" line="68"/>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/shortcuts_dialog.cpp" line="98"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../app/gui/window/shortcuts_dialog.cpp" line="99"/>
        <source>Search actions and keys</source>
        <translation>Aktionen und Tasten suchen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/shortcuts_dialog.cpp" line="102"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../app/gui/window/shortcuts_dialog.cpp" line="102"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::TrainingController</name>
    <message>
        <location filename="../app/gui/training/training_controller.cpp" line="36"/>
        <source>dataset: %1 does not exist</source>
        <translation>dataset: %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_controller.cpp" line="45"/>
        <source>backbone.input_size: %1 takes at least %2 pixels</source>
        <translation>backbone.input_size: %1 braucht mindestens %2 Pixel</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_controller.cpp" line="47"/>
        <source>backbone.input_size: %1 needs a multiple of %2</source>
        <translation>backbone.input_size: %1 braucht ein Vielfaches von %2</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_controller.cpp" line="49"/>
        <source>backbone.path: choose the TorchScript file of the backbone</source>
        <translation>backbone.path: wählen Sie die TorchScript-Datei des Backbones</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_controller.cpp" line="57"/>
        <source>a training run is already in progress</source>
        <translation>es läuft bereits ein Training</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::TrainingForm</name>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="224"/>
        <source>Settings that suit a kind of dataset; every field can still be changed</source>
        <translation>Einstellungen, die zu einer Art Datensatz passen; jedes Feld bleibt änderbar</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="230"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="279"/>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="279"/>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="279"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="281"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="282"/>
        <source>The dataset folder (or annotation file) to train on; by default the one open in the browser</source>
        <translation>Der Datensatzordner (oder die Annotationsdatei) für das Training; standardmäßig der im Browser geöffnete</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="283"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="285"/>
        <source>Use review corrections</source>
        <translation>Prüfkorrekturen verwenden</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="286"/>
        <source>Train on the labels as reviewed: the decisions kept for the dataset replace its labels and leave out the images set aside; the run records them. Off: the labels as the files give them</source>
        <translation>Auf den geprüften Labels trainieren: die für den Datensatz gespeicherten Entscheidungen ersetzen seine Labels und lassen die ausgesonderten Bilder aus; der Lauf hält sie fest. Aus: die Labels, wie die Dateien sie angeben</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="288"/>
        <source>Training split</source>
        <translation>Trainingsaufteilung</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="288"/>
        <source>The images the model learns from</source>
        <translation>Die Bilder, aus denen das Modell lernt</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="289"/>
        <source>Validation split</source>
        <translation>Validierungsaufteilung</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="290"/>
        <source>The images the per-epoch metrics and the long-tail view are measured on</source>
        <translation>Die Bilder, auf denen die Metriken jeder Epoche und die Long-Tail-Ansicht gemessen werden</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="291"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="292"/>
        <source>Trainable tags</source>
        <translation>Trainierbare Tags</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="292"/>
        <source>All tags</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="292"/>
        <source>Open Images marks some classes as trainable; other datasets have all trainable</source>
        <translation>Open Images kennzeichnet einige Klassen als trainierbar; in anderen Datensätzen sind alle trainierbar</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="293"/>
        <source>Minimum positives</source>
        <translation>Mindestzahl Positive</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="294"/>
        <source>Tags with fewer training positives are left out</source>
        <translation>Tags mit weniger positiven Trainingsbildern werden ausgelassen</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="295"/>
        <source>Tag bands</source>
        <translation>Tag-Gruppen</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="296"/>
        <source>How tags are split into head, medium and tail for the band mAPs: absolute:100:20 (head above 100 training positives, tail below 20), quantile:0.33:0.33 (the most frequent and the rarest third) or thirds</source>
        <translation>Wie Tags für die mAP je Gruppe in häufig, mittel und selten aufgeteilt werden: absolute:100:20 (häufig über 100 positive Trainingsbilder, selten unter 20), quantile:0.33:0.33 (das häufigste und das seltenste Drittel) oder thirds</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="299"/>
        <source>Training images</source>
        <translation>Trainingsbilder</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="300"/>
        <source>Train on a seeded sample of this many images (0: all)</source>
        <translation>Auf einer festen Stichprobe so vieler Bilder trainieren (0: alle)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="301"/>
        <source>Validation images</source>
        <translation>Validierungsbilder</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="316"/>
        <source>TorchScript file</source>
        <translation>TorchScript-Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="317"/>
        <source>A feature extractor saved with torch.jit.trace or torch.jit.script (B x 3 x S x S images in, features out)</source>
        <translation>Ein mit torch.jit.trace oder torch.jit.script gespeicherter Merkmalsextraktor (B x 3 x S x S Bilder hinein, Merkmale heraus)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="318"/>
        <source>TorchScript (*.pt *.pth *.ts);;All files (*)</source>
        <translation>TorchScript (*.pt *.pth *.ts);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="319"/>
        <source>Input size (px)</source>
        <translation>Eingabegröße (px)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="320"/>
        <source>Side of the square images the network sees; ViTs need a multiple of 16</source>
        <translation>Seitenlänge der quadratischen Bilder, die das Netz sieht; ViTs brauchen ein Vielfaches von 16</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="323"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="324"/>
        <source>Backbone</source>
        <translation>Backbone</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="324"/>
        <source>The network that turns images into features</source>
        <translation>Das Netz, das aus Bildern Merkmale macht</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="326"/>
        <source>Freeze the file&apos;s weights</source>
        <translation>Gewichte der Datei einfrieren</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="327"/>
        <source>Keep the TorchScript backbone fixed and train only the heads (transfer learning)</source>
        <translation>Das TorchScript-Backbone festhalten und nur die Köpfe trainieren (Transfer Learning)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="329"/>
        <source>Stochastic depth</source>
        <translation>Stochastische Tiefe</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="330"/>
        <source>Drop-path rate of residual and transformer blocks</source>
        <translation>Drop-Path-Rate der Residual- und Transformer-Blöcke</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="331"/>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="331"/>
        <source>Dropout before the classifier</source>
        <translation>Dropout vor dem Klassifikator</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="332"/>
        <source>Embedding size</source>
        <translation>Embedding-Größe</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="333"/>
        <source>Width of an embedding head beside the classifier (0: none; metric-learning losses then use the pooled features)</source>
        <translation>Breite eines Embedding-Kopfs neben dem Klassifikator (0: keiner; Metric-Learning-Losses nutzen dann die gepoolten Merkmale)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="341"/>
        <source>%1 (metric learning)</source>
        <translation>%1 (Metric Learning)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="343"/>
        <location filename="../app/gui/training/training_form.cpp" line="344"/>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="344"/>
        <source>How the errors of each tag are weighed; see its parameters below</source>
        <translation>Wie die Fehler jedes Tags gewichtet werden; die Parameter stehen darunter</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="357"/>
        <source>Optimisation</source>
        <translation>Optimierung</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="358"/>
        <source>Optimiser</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="358"/>
        <source>AdamW</source>
        <translation>AdamW</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="358"/>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="359"/>
        <source>AdamW suits transformers and small data; SGD with momentum the classic CNN recipes</source>
        <translation>AdamW passt zu Transformern und kleinen Datenmengen, SGD mit Momentum zu den klassischen CNN-Rezepten</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="360"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="360"/>
        <source>Peak learning rate of the schedule</source>
        <translation>Höchste Lernrate des Zeitplans</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="361"/>
        <source>Weight decay</source>
        <translation>Weight Decay</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="361"/>
        <source>Decoupled for AdamW, L2 for SGD</source>
        <translation>Entkoppelt bei AdamW, L2 bei SGD</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="362"/>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="362"/>
        <source>SGD momentum</source>
        <translation>SGD-Momentum</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="363"/>
        <source>Nesterov momentum</source>
        <translation>Nesterov-Momentum</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="363"/>
        <source>Nesterov&apos;s variant of SGD momentum</source>
        <translation>Nesterovs Variante des SGD-Momentums</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="364"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="366"/>
        <source>Cosine</source>
        <translation>Kosinus</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="366"/>
        <source>One-cycle</source>
        <translation>One-Cycle</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="366"/>
        <source>Step</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="366"/>
        <source>Constant</source>
        <translation>Konstant</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="366"/>
        <source>How the learning rate changes over the run</source>
        <translation>Wie sich die Lernrate im Lauf ändert</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="367"/>
        <source>Warm-up epochs</source>
        <translation>Aufwärmepochen</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="368"/>
        <source>Linear warm-up from zero at the start (fractions of an epoch allowed)</source>
        <translation>Lineares Aufwärmen von null am Anfang (Bruchteile einer Epoche erlaubt)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="369"/>
        <source>Step every (epochs)</source>
        <translation>Stufe alle (Epochen)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="369"/>
        <source>Step schedule: epochs between decays</source>
        <translation>Stufenplan: Epochen zwischen zwei Absenkungen</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="370"/>
        <source>Step factor</source>
        <translation>Stufenfaktor</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="370"/>
        <source>Step schedule: the learning rate is multiplied by this</source>
        <translation>Stufenplan: die Lernrate wird damit multipliziert</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="371"/>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="375"/>
        <source>Batch size</source>
        <translation>Batch-Größe</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="375"/>
        <source>Images per optimiser step</source>
        <translation>Bilder je Optimiererschritt</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="376"/>
        <source>Gradient clipping</source>
        <translation>Gradient Clipping</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="376"/>
        <source>Clip the gradient norm to this (0: off)</source>
        <translation>Die Gradientennorm darauf begrenzen (0: aus)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="377"/>
        <source>Label smoothing</source>
        <translation>Label Smoothing</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="378"/>
        <source>Move annotated targets towards 1/2 by this much; unknown labels stay unknown</source>
        <translation>Annotierte Ziele um so viel Richtung 1/2 verschieben; unbekannte Labels bleiben unbekannt</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="380"/>
        <source>Validation and checkpoints</source>
        <translation>Validierung und Checkpoints</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="381"/>
        <source>Validate every (steps)</source>
        <translation>Validieren alle (Schritte)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="382"/>
        <source>Validate every this many steps and at the end (0: after each epoch)</source>
        <translation>Nach so vielen Schritten und am Ende validieren (0: nach jeder Epoche)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="383"/>
        <source>Checkpoint every (steps)</source>
        <translation>Checkpoint alle (Schritte)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="384"/>
        <source>Also write the checkpoint inside epochs, every this many steps (0: at the end of each epoch only)</source>
        <translation>Den Checkpoint auch innerhalb von Epochen schreiben, nach so vielen Schritten (0: nur am Ende jeder Epoche)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="385"/>
        <source>Checkpoint every (minutes)</source>
        <translation>Checkpoint alle (Minuten)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="386"/>
        <source>Also write the checkpoint when this many minutes have passed since the last one (0: off)</source>
        <translation>Den Checkpoint auch schreiben, wenn seit dem letzten so viele Minuten vergangen sind (0: aus)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="388"/>
        <source>Augmentation</source>
        <translation>Augmentierung</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="389"/>
        <source>Random resized crop</source>
        <translation>Zufälliger skalierter Ausschnitt</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="390"/>
        <source>Crop 35-100% of the image at a random aspect ratio, then resize</source>
        <translation>35–100 % des Bildes mit zufälligem Seitenverhältnis ausschneiden, dann skalieren</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="391"/>
        <source>Horizontal flip</source>
        <translation>Horizontal spiegeln</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="391"/>
        <source>Mirror half of the images</source>
        <translation>Die Hälfte der Bilder spiegeln</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="392"/>
        <source>RandAugment N</source>
        <translation>RandAugment N</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="393"/>
        <source>RandAugment: operations applied per image (0: off)</source>
        <translation>RandAugment: Operationen je Bild (0: aus)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="394"/>
        <source>RandAugment M</source>
        <translation>RandAugment M</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="394"/>
        <source>RandAugment: magnitude of each operation</source>
        <translation>RandAugment: Stärke jeder Operation</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="395"/>
        <source>Mixup alpha</source>
        <translation>Mixup-Alpha</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="396"/>
        <source>Blend pairs of images and their targets with a Beta(alpha, alpha) weight (0: off)</source>
        <translation>Bildpaare und ihre Ziele mit einem Beta(alpha, alpha)-Gewicht mischen (0: aus)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="398"/>
        <source>Images per class (K)</source>
        <translation>Bilder je Klasse (K)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="399"/>
        <source>P × K sampler: images of each class in a batch; the batch size must be a multiple of it</source>
        <translation>P × K-Sampling: Bilder jeder Klasse in einem Batch; die Batch-Größe muss ein Vielfaches davon sein</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="404"/>
        <source>Automatic (CPU here)</source>
        <translation>Automatisch (hier die CPU)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="404"/>
        <source>Automatic (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="410"/>
        <source>Sampler</source>
        <translation>Sampling</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="412"/>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="412"/>
        <source>Class-aware</source>
        <translation>Klassenbewusst</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="412"/>
        <source>Repeat factor</source>
        <translation>Wiederholungsfaktor</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="412"/>
        <source>P × K classes (metric learning)</source>
        <translation>P × K Klassen (Metric Learning)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="413"/>
        <source>Class-aware and repeat-factor sampling show rare tags more often; Distribution-Balanced loss expects class-aware</source>
        <translation>Klassenbewusstes und Wiederholungsfaktor-Sampling zeigen seltene Tags öfter; der Distribution-Balanced-Loss erwartet klassenbewusstes Sampling</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="414"/>
        <source>Repeat threshold</source>
        <translation>Wiederholungsschwelle</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="415"/>
        <source>Repeat factor: images with a tag rarer than this fraction are repeated (LVIS)</source>
        <translation>Wiederholungsfaktor: Bilder mit einem Tag, der seltener als dieser Anteil ist, werden wiederholt (LVIS)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="417"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="418"/>
        <source>Automatic uses the first CUDA GPU when there is one, else the CPU; the run records the device it used</source>
        <translation>Automatisch nimmt die erste CUDA-GPU, wenn es eine gibt, sonst die CPU; der Lauf hält das verwendete Gerät fest</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="419"/>
        <source>CPU threads</source>
        <translation>CPU-Threads</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="419"/>
        <source>Threads for computing on the CPU (0: one per core)</source>
        <translation>Threads für das Rechnen auf der CPU (0: einer je Kern)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="420"/>
        <source>Loader threads</source>
        <translation>Lade-Threads</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="420"/>
        <source>Threads that augment images ahead of the training step</source>
        <translation>Threads, die Bilder vor dem Trainingsschritt augmentieren</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="421"/>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="421"/>
        <source>The same seed on a CPU gives the same run</source>
        <translation>Derselbe Startwert ergibt auf einer CPU denselben Lauf</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="422"/>
        <source>Log every (steps)</source>
        <translation>Protokoll alle (Schritte)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="422"/>
        <source>Steps between lines in metrics.jsonl</source>
        <translation>Schritte zwischen zwei Zeilen in metrics.jsonl</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="425"/>
        <source>Mixed precision</source>
        <translation>Gemischte Genauigkeit</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="304"/>
        <location filename="../app/gui/training/training_form.cpp" line="426"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="302"/>
        <source>Validate on a seeded sample of this many images, the same at every validation (0: all)</source>
        <translation>Auf einer Stichprobe (mit Seed) von so vielen Bildern validieren, bei jeder Validierung derselben (0: alle)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="303"/>
        <source>Image cache</source>
        <translation>Bildcache</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="304"/>
        <source>When it fits the budget</source>
        <translation>Wenn er ins Budget passt</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="304"/>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="305"/>
        <source>The images are streamed from their files; a packed cache on disk keeps them decoded for later epochs. It fills as the first epoch reads them</source>
        <translation>Die Bilder werden aus ihren Dateien gestreamt; ein gepackter Cache auf der Festplatte hält sie für spätere Epochen dekodiert vor. Er füllt sich, während die erste Epoche sie liest</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="307"/>
        <source>Cache budget (GB)</source>
        <translation>Cache-Budget (GB)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="308"/>
        <source>Disk space the cache may take; a split that does not fit is decoded every epoch (0: a quarter of the free space, at most 50 GB)</source>
        <translation>Speicherplatz, den der Cache belegen darf; eine Aufteilung, die nicht passt, wird in jeder Epoche dekodiert (0: ein Viertel des freien Speichers, höchstens 50 GB)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="372"/>
        <source>Passes over the training images (0: as many as the steps need)</source>
        <translation>Durchläufe über die Trainingsbilder (0: so viele, wie die Schritte brauchen)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="373"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="374"/>
        <source>Optimiser steps to train (0: the epochs decide); with both, whichever ends first</source>
        <translation>Zu trainierende Optimierer-Schritte (0: die Epochen entscheiden); mit beiden endet der Lauf bei dem, was zuerst erreicht ist</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="426"/>
        <source>Automatic mixed precision on CUDA</source>
        <translation>Automatische gemischte Genauigkeit auf CUDA</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="427"/>
        <source>Channels last</source>
        <translation>Channels last</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="427"/>
        <source>NHWC memory layout, faster on tensor cores</source>
        <translation>NHWC-Speicherlayout, schneller auf Tensor Cores</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="429"/>
        <source>Sampling and device</source>
        <translation>Sampling und Gerät</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::TrainingPanel</name>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="149"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="152"/>
        <source>Check the settings and train in a new run directory</source>
        <translation>Die Einstellungen prüfen und in einem neuen Laufverzeichnis trainieren</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="154"/>
        <location filename="../app/gui/training/training_panel.cpp" line="615"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="157"/>
        <source>Hold the run between two batches; Resume carries on</source>
        <translation>Den Lauf zwischen zwei Batches anhalten; Fortsetzen macht weiter</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="158"/>
        <source>S&amp;top</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="161"/>
        <source>Stop after the current batch and write a checkpoint; the run can be resumed from the Runs tab</source>
        <translation>Nach dem laufenden Batch anhalten und einen Checkpoint schreiben; der Lauf lässt sich im Reiter „Läufe“ fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="191"/>
        <source>Draw another run under this one: dashed curves, hollow points in the long-tail view</source>
        <translation>Einen anderen Lauf darunter zeichnen: gestrichelte Kurven, hohle Punkte in der Long-Tail-Ansicht</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="195"/>
        <source>Compare &amp;with:</source>
        <translation>Vergleichen &amp;mit:</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="206"/>
        <source>No run yet: choose the settings on the left and press Start, or open a run from the Runs tab.</source>
        <translation>Noch kein Lauf: links die Einstellungen wählen und auf „Starten“ klicken oder einen Lauf im Reiter „Läufe“ öffnen.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="212"/>
        <source>Messages of the run appear here.</source>
        <translation>Meldungen des Laufs erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="232"/>
        <source>Curves</source>
        <translation>Kurven</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="233"/>
        <source>Long Tail</source>
        <translation>Long Tail</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="234"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="235"/>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="296"/>
        <source>Some settings need fixing before training can start (see the messages under the fields)</source>
        <translation>Einige Einstellungen müssen vor dem Training korrigiert werden (siehe die Meldungen unter den Feldern)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="323"/>
        <location filename="../app/gui/training/training_panel.cpp" line="324"/>
        <source>Cannot resume %1: %2</source>
        <translation>%1 kann nicht fortgesetzt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="328"/>
        <source>Resuming %1 from its checkpoint</source>
        <translation>%1 wird ab seinem Checkpoint fortgesetzt</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="340"/>
        <source>The form holds the settings of %1</source>
        <translation>Das Formular enthält die Einstellungen von %1</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="346"/>
        <source>A run is in progress: Train Again starts when it has ended</source>
        <translation>Ein Lauf ist im Gange: Erneut trainieren beginnt, wenn er beendet ist</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="357"/>
        <location filename="../app/gui/training/training_panel.cpp" line="358"/>
        <source>Cannot train %1 again: %2</source>
        <translation>%1 kann nicht erneut trainiert werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="362"/>
        <source>Training again with the settings of %1</source>
        <translation>Erneutes Training mit den Einstellungen von %1</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="373"/>
        <source>Training in Progress</source>
        <translation>Training läuft</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="373"/>
        <source>A training run is in progress. Stop it and close Tagscope?</source>
        <translation>Ein Training läuft. Anhalten und Tagscope schließen?</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="376"/>
        <source>The run stops after the current batch and writes a checkpoint, so it can be resumed later from the Runs tab.</source>
        <translation>Der Lauf hält nach dem laufenden Batch an und schreibt einen Checkpoint, sodass er später im Reiter „Läufe“ fortgesetzt werden kann.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="377"/>
        <source>Stop and Close</source>
        <translation>Anhalten und schließen</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="384"/>
        <source>Stopping the run before closing: writing the checkpoint</source>
        <translation>Der Lauf wird vor dem Schließen angehalten: der Checkpoint wird geschrieben</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="393"/>
        <source>No Model Yet</source>
        <translation>Noch kein Modell</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="394"/>
        <source>%1 has no TorchScript model: it is written when a run finishes its last epoch. Resume the run to finish it.</source>
        <translation>%1 hat kein TorchScript-Modell: es wird geschrieben, wenn ein Lauf seine letzte Epoche beendet. Setzen Sie den Lauf fort, um ihn abzuschließen.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="402"/>
        <source>Export TorchScript Model</source>
        <translation>TorchScript-Modell exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="403"/>
        <source>TorchScript (*.pt)</source>
        <translation>TorchScript (*.pt)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="412"/>
        <source>Exported the model to %1</source>
        <translation>Modell nach %1 exportiert</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="488"/>
        <source>Step %1 / %2 · %p%</source>
        <translation>Schritt %1 / %2 · %p %</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="527"/>
        <source>Step %1: training loss %2</source>
        <translation>Schritt %1: Trainings-Loss %2</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="544"/>
        <source>head %1</source>
        <translation>häufig %1</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="546"/>
        <source>medium %1</source>
        <translation>mittel %1</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="548"/>
        <source>tail %1</source>
        <translation>selten %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/training/training_panel.cpp" line="564"/>
        <source>%1 finished %n step(s)</source>
        <translation>
            <numerusform>%1 hat %n Schritt abgeschlossen</numerusform>
            <numerusform>%1 hat %n Schritte abgeschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/training/training_panel.cpp" line="566"/>
        <source>%1 finished %n epoch(s)</source>
        <translation>
            <numerusform>%1 hat %n Epoche abgeschlossen</numerusform>
            <numerusform>%1 hat %n Epochen abgeschlossen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="566"/>
        <location filename="../app/gui/training/training_panel.cpp" line="569"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel_run.cpp" line="107"/>
        <source>Stopped at step %1: %2</source>
        <translation>Bei Schritt %1 angehalten: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel_run.cpp" line="156"/>
        <source>The run stopped: %1</source>
        <translation>Der Lauf wurde angehalten: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/training/training_panel_run.cpp" line="180"/>
        <source>%1 of %n step(s)</source>
        <translation>
            <numerusform>%1 von %n Schritt</numerusform>
            <numerusform>%1 von %n Schritten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/training/training_panel_run.cpp" line="181"/>
        <source>%1: %2 of %n step(s) in %3, device %4</source>
        <translation>
            <numerusform>%1: %2 von %n Schritt in %3, Gerät %4</numerusform>
            <numerusform>%1: %2 von %n Schritten in %3, Gerät %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/training/training_panel_run.cpp" line="188"/>
        <source>%1 of %n epoch(s)</source>
        <translation>
            <numerusform>%1 von %n Epoche</numerusform>
            <numerusform>%1 von %n Epochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/training/training_panel_run.cpp" line="189"/>
        <source>%1: %2 of %n epoch(s) in %3, device %4</source>
        <translation>
            <numerusform>%1: %2 von %n Epoche in %3, Gerät %4</numerusform>
            <numerusform>%1: %2 von %n Epochen in %3, Gerät %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel_run.cpp" line="195"/>
        <source> · best %1 at step %2</source>
        <translation> · bester Wert %1 bei Schritt %2</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel_run.cpp" line="197"/>
        <source> · best %1 at epoch %2</source>
        <translation> · bester Wert %1 in Epoche %2</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel_run.cpp" line="234"/>
        <source>mAP</source>
        <translation>mAP</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel_run.cpp" line="257"/>
        <source>Per-tag AP appears here after the first validation of a run.</source>
        <translation>Die AP je Tag erscheint hier nach der ersten Validierung eines Laufs.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel_run.cpp" line="259"/>
        <source>%1: no per-tag AP yet (it is measured on the validation split at the end of each epoch).</source>
        <translation>%1: noch keine AP je Tag (sie wird am Ende jeder Epoche auf der Validierungsaufteilung gemessen).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/training/training_panel_run.cpp" line="262"/>
        <source>%1, epoch %2: %Ln tag(s) with a validation AP. Bands: %3 (%4); the lines are each band&apos;s mean AP. Click a point to see the tag&apos;s images.</source>
        <translation>
            <numerusform>%1, Epoche %2: %Ln Tag mit einer Validierungs-AP. Gruppen: %3 (%4); die Linien sind die mittlere AP jeder Gruppe. Ein Klick auf einen Punkt zeigt die Bilder des Tags.</numerusform>
            <numerusform>%1, Epoche %2: %Ln Tags mit einer Validierungs-AP. Gruppen: %3 (%4); die Linien sind die mittlere AP jeder Gruppe. Ein Klick auf einen Punkt zeigt die Bilder des Tags.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel_run.cpp" line="270"/>
        <source>The run&apos;s head, medium and tail mAPs use other bands: %1.</source>
        <translation>Die mAP des Laufs für häufige, mittlere und seltene Tags beruhen auf anderen Gruppen: %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel_run.cpp" line="322"/>
        <source>No other run</source>
        <translation>Kein anderer Lauf</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel_run.cpp" line="338"/>
        <source>&lt;b&gt;Training&lt;/b&gt;</source>
        <translation>&lt;b&gt;Training&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="448"/>
        <location filename="../app/gui/training/training_panel_run.cpp" line="344"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="456"/>
        <location filename="../app/gui/training/training_panel_run.cpp" line="345"/>
        <source>stopping</source>
        <translation>wird angehalten</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="435"/>
        <location filename="../app/gui/training/training_panel.cpp" line="452"/>
        <location filename="../app/gui/training/training_panel_run.cpp" line="346"/>
        <source>training</source>
        <translation>trainiert</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="434"/>
        <source>Training in %1</source>
        <translation>Training in %1</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="440"/>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="449"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="453"/>
        <source>Resumed</source>
        <translation>Fortgesetzt</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="457"/>
        <source>Stopping: the checkpoint is written after the current batch…</source>
        <translation>Wird angehalten: der Checkpoint wird nach dem laufenden Batch geschrieben …</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="465"/>
        <source>Epoch %1/%2 · %3…</source>
        <translation>Epoche %1/%2 · %3 …</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="488"/>
        <source>Epoch %1 / %2 · %p%</source>
        <translation>Epoche %1 / %2 · %p %</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="489"/>
        <source>Epoch %1/%2 · batch %3/%4 · step %5/%6 · %7 images/s · ETA %8 · loss %9 (smoothed %10) · learning rate %11</source>
        <translation>Epoche %1/%2 · Batch %3/%4 · Schritt %5/%6 · %7 Bilder/s · noch %8 · Loss %9 (geglättet %10) · Lernrate %11</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="498"/>
        <source>Paused · %1</source>
        <translation>Pausiert · %1</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="517"/>
        <source>Epoch %1: training loss %2</source>
        <translation>Epoche %1: Trainings-Loss %2</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="541"/>
        <source>, validation %1 %2</source>
        <translation>, Validierung %1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="551"/>
        <source> in %1 s%2</source>
        <translation> in %1 s%2</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="551"/>
        <source>, best so far</source>
        <translation>, bisher am besten</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="570"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="578"/>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="605"/>
        <source>The tag %1 is not in the open dataset</source>
        <translation>Der Tag %1 ist nicht im geöffneten Datensatz</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="615"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::TsneRunner</name>
    <message>
        <location filename="../app/gui/embeddings/tsne_runner.cpp" line="208"/>
        <source>Reducing to %1 PCA dimensions</source>
        <translation>Reduktion auf %1 PCA-Dimensionen</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::WelcomePage</name>
    <message>
        <location filename="../app/gui/window/welcome_page.cpp" line="18"/>
        <source>Welcome to Tagscope</source>
        <translation>Willkommen bei Tagscope</translation>
    </message>
    <message>
        <location filename="../app/gui/window/welcome_page.cpp" line="25"/>
        <source>Browse a multilabel image dataset, see how skewed its tags are and filter the images by any tag.&lt;br&gt;Open an Open Images folder, or start with the demo dataset.</source>
        <translation>Einen Multilabel-Bilddatensatz durchsuchen, sehen, wie ungleich seine Tags verteilt sind, und die Bilder nach jedem Tag filtern.&lt;br&gt;Öffnen Sie einen Open-Images-Ordner oder beginnen Sie mit dem Demo-Datensatz.</translation>
    </message>
    <message>
        <location filename="../app/gui/window/welcome_page.cpp" line="32"/>
        <source>Open Dataset…</source>
        <translation>Datensatz öffnen …</translation>
    </message>
    <message>
        <location filename="../app/gui/window/welcome_page.cpp" line="33"/>
        <source>Open Demo Dataset</source>
        <translation>Demo-Datensatz öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/welcome_page.cpp" line="42"/>
        <source>You can also drop a dataset folder onto this window.</source>
        <translation>Sie können einen Datensatzordner auch auf dieses Fenster ziehen.</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::CooccurrenceHeatmap</name>
    <message>
        <location filename="../widgets/plots/cooccurrence_heatmap.cpp" line="59"/>
        <source>How many of the most frequent tags the map compares</source>
        <translation>Wie viele der häufigsten Tags die Karte vergleicht</translation>
    </message>
    <message>
        <location filename="../widgets/plots/cooccurrence_heatmap.cpp" line="60"/>
        <source>&amp;Most frequent tags:</source>
        <translation>&amp;Häufigste Tags:</translation>
    </message>
    <message>
        <location filename="../widgets/plots/cooccurrence_heatmap.cpp" line="89"/>
        <source>Tag B</source>
        <translation>Tag B</translation>
    </message>
    <message>
        <location filename="../widgets/plots/cooccurrence_heatmap.cpp" line="90"/>
        <source>Tag A</source>
        <translation>Tag A</translation>
    </message>
    <message>
        <location filename="../widgets/plots/cooccurrence_heatmap.cpp" line="100"/>
        <source>P(B | A)</source>
        <translation>P(B | A)</translation>
    </message>
    <message>
        <location filename="../widgets/plots/cooccurrence_heatmap.cpp" line="170"/>
        <source>Counting co-occurrences…</source>
        <translation>Gemeinsames Auftreten wird gezählt …</translation>
    </message>
    <message>
        <location filename="../widgets/plots/cooccurrence_heatmap.cpp" line="172"/>
        <source>Row A, column B: the share of A&apos;s images that also show B. Click a cell to see the images with both.</source>
        <translation>Zeile A, Spalte B: der Anteil der Bilder mit A, die auch B zeigen. Klicken Sie auf eine Zelle, um die Bilder mit beiden zu sehen.</translation>
    </message>
    <message>
        <location filename="../widgets/plots/cooccurrence_heatmap.cpp" line="174"/>
        <source>Not enough tags with positives.</source>
        <translation>Nicht genug Tags mit positiven Bildern.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/plots/cooccurrence_heatmap.cpp" line="218"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%Ln image(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%Ln Bild</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%Ln Bilder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/plots/cooccurrence_heatmap.cpp" line="219"/>
        <source>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;images with %1: %3&lt;br&gt;with both: %4&lt;br&gt;P(%2 | %1) = %5&lt;br&gt;P(%1 | %2) = %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;Bilder mit %1: %3&lt;br&gt;mit beiden: %4&lt;br&gt;P(%2 | %1) = %5&lt;br&gt;P(%1 | %2) = %6</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::EmbeddingMapView</name>
    <message>
        <location filename="../widgets/map/embedding_map_view.cpp" line="385"/>
        <source>Find Similar Images</source>
        <translation>Ähnliche Bilder finden</translation>
    </message>
    <message>
        <location filename="../widgets/map/embedding_map_view.cpp" line="388"/>
        <source>Fit All Points</source>
        <translation>Alle Punkte einpassen</translation>
    </message>
    <message>
        <location filename="../widgets/map/embedding_map_view.cpp" line="389"/>
        <source>Clear Selection</source>
        <translation>Auswahl aufheben</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::ImageFilterBar</name>
    <message>
        <location filename="../widgets/tags/image_filter_bar.cpp" line="15"/>
        <source>Label:</source>
        <translation>Label:</translation>
    </message>
    <message>
        <location filename="../widgets/tags/image_filter_bar.cpp" line="22"/>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <location filename="../widgets/tags/image_filter_bar.cpp" line="23"/>
        <source>Verified negative</source>
        <translation>Bestätigt negativ</translation>
    </message>
    <message>
        <location filename="../widgets/tags/image_filter_bar.cpp" line="24"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../widgets/tags/image_filter_bar.cpp" line="25"/>
        <source>Negative or unknown</source>
        <translation>Negativ oder unbekannt</translation>
    </message>
    <message>
        <location filename="../widgets/tags/image_filter_bar.cpp" line="26"/>
        <source>Show the images on which the selected tag is present, verified absent, or not annotated</source>
        <translation>Die Bilder zeigen, auf denen der gewählte Tag vorkommt, bestätigt fehlt oder nicht annotiert ist</translation>
    </message>
    <message>
        <location filename="../widgets/tags/image_filter_bar.cpp" line="31"/>
        <source>Filter, e.g. Dog AND NOT Cat:negative OR split:val</source>
        <translation>Filter, z. B. Dog AND NOT Cat:negative OR split:val</translation>
    </message>
    <message>
        <location filename="../widgets/tags/image_filter_bar.cpp" line="129"/>
        <source>Not applied: %1</source>
        <translation>Nicht angewendet: %1</translation>
    </message>
    <message>
        <location filename="../widgets/tags/image_filter_bar.cpp" line="135"/>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <location filename="../widgets/tags/image_filter_bar.cpp" line="143"/>
        <source>&lt;p&gt;Type a filter and press Return.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dog&lt;/b&gt; positive · &lt;b&gt;Dog:negative&lt;/b&gt; verified absent · &lt;b&gt;Dog:unknown&lt;/b&gt; not annotated · &lt;b&gt;Dog:machine&amp;gt;=0.7&lt;/b&gt; machine confidence&lt;br&gt;&lt;b&gt;&quot;Human face&quot;&lt;/b&gt; names with spaces · &lt;b&gt;split:train&lt;/b&gt;, &lt;b&gt;split:val&lt;/b&gt;, &lt;b&gt;split:test&lt;/b&gt; · &lt;b&gt;name:~2f0c&lt;/b&gt; image name contains · &lt;b&gt;corrected&lt;/b&gt; labels changed by review, &lt;b&gt;corrected:Dog&lt;/b&gt; for one tag&lt;/p&gt;&lt;p&gt;Combine with &lt;b&gt;AND&lt;/b&gt; (&amp;amp;), &lt;b&gt;OR&lt;/b&gt; (|), &lt;b&gt;NOT&lt;/b&gt; (!, -) and parentheses.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Filter eingeben und Eingabetaste drücken.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dog&lt;/b&gt; positiv · &lt;b&gt;Dog:negative&lt;/b&gt; bestätigt nicht vorhanden · &lt;b&gt;Dog:unknown&lt;/b&gt; nicht annotiert · &lt;b&gt;Dog:machine&amp;gt;=0.7&lt;/b&gt; maschinelle Konfidenz&lt;br&gt;&lt;b&gt;&quot;Human face&quot;&lt;/b&gt; Namen mit Leerzeichen · &lt;b&gt;split:train&lt;/b&gt;, &lt;b&gt;split:val&lt;/b&gt;, &lt;b&gt;split:test&lt;/b&gt; · &lt;b&gt;name:~2f0c&lt;/b&gt; Bildname enthält · &lt;b&gt;corrected&lt;/b&gt; bei der Prüfung geänderte Labels, &lt;b&gt;corrected:Dog&lt;/b&gt; für ein Tag&lt;/p&gt;&lt;p&gt;Verknüpfen mit &lt;b&gt;AND&lt;/b&gt; (&amp;amp;), &lt;b&gt;OR&lt;/b&gt; (|), &lt;b&gt;NOT&lt;/b&gt; (!, -) und Klammern.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/tags/image_filter_bar.cpp" line="184"/>
        <source>%1 of %Ln image(s)</source>
        <translation>
            <numerusform>%1 von %Ln Bild</numerusform>
            <numerusform>%1 von %Ln Bildern</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/tags/image_filter_bar.cpp" line="135"/>
        <source>Not applied: %1. Did you mean %2?</source>
        <translation>Nicht angewendet: %1. Meinten Sie %2?</translation>
    </message>
    <message>
        <location filename="../widgets/tags/image_filter_bar.cpp" line="183"/>
        <source>Filtering…</source>
        <translation>Wird gefiltert …</translation>
    </message>
    <message>
        <location filename="../widgets/tags/image_filter_bar.cpp" line="207"/>
        <source>Images matching &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Filter: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/tags/image_filter_bar.cpp" line="209"/>
        <source>&lt;b&gt;All images&lt;/b&gt;</source>
        <translation>&lt;b&gt;Alle Bilder&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/tags/image_filter_bar.cpp" line="211"/>
        <source>Images with tags &lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Bilder mit den Tags &lt;b&gt;%1&lt;/b&gt; und &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/tags/image_filter_bar.cpp" line="213"/>
        <source>Images with tag &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Bilder mit Tag &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::ImbalanceSummaryView</name>
    <message>
        <location filename="../widgets/plots/imbalance_summary_view.cpp" line="66"/>
        <source>The images the figures describe</source>
        <translation>Die Bilder, die die Kennzahlen beschreiben</translation>
    </message>
    <message>
        <location filename="../widgets/plots/imbalance_summary_view.cpp" line="75"/>
        <source>Imbalance ratio</source>
        <translation>Ungleichgewicht</translation>
    </message>
    <message>
        <location filename="../widgets/plots/imbalance_summary_view.cpp" line="76"/>
        <source>Positives of the most frequent tag divided by those of the least frequent tag that has any</source>
        <translation>Positive Bilder des häufigsten Tags geteilt durch die des seltensten Tags, der überhaupt welche hat</translation>
    </message>
    <message>
        <location filename="../widgets/plots/imbalance_summary_view.cpp" line="77"/>
        <source>Gini coefficient</source>
        <translation>Gini-Koeffizient</translation>
    </message>
    <message>
        <location filename="../widgets/plots/imbalance_summary_view.cpp" line="78"/>
        <source>0 when every tag has as many positives as any other, close to 1 when a few tags have nearly all</source>
        <translation>0, wenn jeder Tag gleich viele positive Bilder hat, nahe 1, wenn wenige Tags fast alle haben</translation>
    </message>
    <message>
        <location filename="../widgets/plots/imbalance_summary_view.cpp" line="79"/>
        <source>Effective number of tags</source>
        <translation>Effektive Tag-Zahl</translation>
    </message>
    <message>
        <location filename="../widgets/plots/imbalance_summary_view.cpp" line="80"/>
        <source>exp(entropy) of the positives over the tags: how many equally frequent tags would be as diverse</source>
        <translation>exp(Entropie) der positiven Labels über die Tags: wie viele gleich häufige Tags ebenso vielfältig wären</translation>
    </message>
    <message>
        <location filename="../widgets/plots/imbalance_summary_view.cpp" line="81"/>
        <source>Positives in the top 1% of tags</source>
        <translation>Positive der Top-1-%-Tags</translation>
    </message>
    <message>
        <location filename="../widgets/plots/imbalance_summary_view.cpp" line="82"/>
        <source>Share of all positive labels that belong to the most frequent 1% of tags</source>
        <translation>Anteil aller positiven Labels, die zum häufigsten 1 % der Tags gehören</translation>
    </message>
    <message>
        <location filename="../widgets/plots/imbalance_summary_view.cpp" line="83"/>
        <location filename="../widgets/plots/imbalance_summary_view.cpp" line="120"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../widgets/plots/imbalance_summary_view.cpp" line="83"/>
        <source>Images in the split shown</source>
        <translation>Bilder in der gezeigten Aufteilung</translation>
    </message>
    <message>
        <location filename="../widgets/plots/imbalance_summary_view.cpp" line="84"/>
        <source>Positive tags per image (mean)</source>
        <translation>Positive Tags je Bild (Mittel)</translation>
    </message>
    <message>
        <location filename="../widgets/plots/imbalance_summary_view.cpp" line="85"/>
        <source>Average number of tags present on an image</source>
        <translation>Durchschnittliche Zahl der Tags, die auf einem Bild vorkommen</translation>
    </message>
    <message>
        <location filename="../widgets/plots/imbalance_summary_view.cpp" line="88"/>
        <source>&amp;Split:</source>
        <translation>&amp;Aufteilung:</translation>
    </message>
    <message>
        <location filename="../widgets/plots/imbalance_summary_view.cpp" line="94"/>
        <source>&lt;b&gt;Label states&lt;/b&gt; (images × tags)</source>
        <translation>&lt;b&gt;Label-Zustände&lt;/b&gt; (Bilder × Tags)</translation>
    </message>
    <message>
        <location filename="../widgets/plots/imbalance_summary_view.cpp" line="95"/>
        <source>Share of the image × tag matrix that is labelled positive, verified negative, or not labelled at all</source>
        <translation>Anteil der Bild×Tag-Matrix, der positiv, bestätigt negativ oder gar nicht gelabelt ist</translation>
    </message>
    <message>
        <location filename="../widgets/plots/imbalance_summary_view.cpp" line="114"/>
        <source>Positive tags per image</source>
        <translation>Positive Tags pro Bild</translation>
    </message>
    <message>
        <location filename="../widgets/plots/imbalance_summary_view.cpp" line="119"/>
        <source>Positive tags on the image</source>
        <translation>Positive Tags auf dem Bild</translation>
    </message>
    <message>
        <location filename="../widgets/plots/imbalance_summary_view.cpp" line="184"/>
        <source>Computing…</source>
        <translation>Wird berechnet …</translation>
    </message>
    <message>
        <location filename="../widgets/plots/imbalance_summary_view.cpp" line="223"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/plots/imbalance_summary_view.cpp" line="225"/>
        <source>%1 (%Ln tag(s))</source>
        <translation>
            <numerusform>%1 (%Ln Tag)</numerusform>
            <numerusform>%1 (%Ln Tags)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/plots/imbalance_summary_view.cpp" line="229"/>
        <source>%1 positive %2 · %3 verified negative %4 · %5 unknown %6</source>
        <translation>%1 positiv %2 · %3 bestätigt negativ %4 · %5 unbekannt %6</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::LongTailPlot</name>
    <message>
        <location filename="../widgets/plots/long_tail_plot.cpp" line="102"/>
        <source>Training positives of the tag (log scale)</source>
        <translation>Positive Trainingsbilder des Tags (logarithmisch)</translation>
    </message>
    <message>
        <location filename="../widgets/plots/long_tail_plot.cpp" line="103"/>
        <source>Validation AP (%)</source>
        <translation>Validierungs-AP (%)</translation>
    </message>
    <message>
        <location filename="../widgets/plots/long_tail_plot.cpp" line="149"/>
        <source>under 5% of positives missing</source>
        <translation>unter 5 % der Positiven fehlen</translation>
    </message>
    <message>
        <location filename="../widgets/plots/long_tail_plot.cpp" line="149"/>
        <source>5–20% missing</source>
        <translation>5–20 % fehlen</translation>
    </message>
    <message>
        <location filename="../widgets/plots/long_tail_plot.cpp" line="149"/>
        <source>20–50% missing</source>
        <translation>20–50 % fehlen</translation>
    </message>
    <message>
        <location filename="../widgets/plots/long_tail_plot.cpp" line="149"/>
        <source>over half missing</source>
        <translation>über die Hälfte fehlt</translation>
    </message>
    <message>
        <location filename="../widgets/plots/long_tail_plot.cpp" line="176"/>
        <source>no estimate</source>
        <translation>keine Schätzung</translation>
    </message>
    <message>
        <location filename="../widgets/plots/long_tail_plot.cpp" line="241"/>
        <source>%1 · %2 (mean AP %3)</source>
        <translation>%1 · %2 (mittlere AP %3)</translation>
    </message>
    <message>
        <location filename="../widgets/plots/long_tail_plot.cpp" line="242"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../widgets/plots/long_tail_plot.cpp" line="267"/>
        <source>Per-tag AP against training frequency: no validated run yet</source>
        <translation>AP je Tag über der Trainingshäufigkeit: noch kein validierter Lauf</translation>
    </message>
    <message>
        <location filename="../widgets/plots/long_tail_plot.cpp" line="269"/>
        <source>Per-tag AP against training frequency — %1</source>
        <translation>AP je Tag über der Trainingshäufigkeit – %1</translation>
    </message>
    <message>
        <location filename="../widgets/plots/long_tail_plot.cpp" line="271"/>
        <source>Per-tag AP against training frequency — %1 (filled) vs %2 (hollow)</source>
        <translation>AP je Tag über der Trainingshäufigkeit – %1 (gefüllt) gegen %2 (hohl)</translation>
    </message>
    <message>
        <location filename="../widgets/plots/long_tail_plot.cpp" line="317"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 training positives · %3 band</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 positive Trainingsbilder · Gruppe %3</translation>
    </message>
    <message>
        <location filename="../widgets/plots/long_tail_plot.cpp" line="319"/>
        <location filename="../widgets/plots/long_tail_plot.cpp" line="321"/>
        <source>&lt;br&gt;AP %1% in %2</source>
        <translation>&lt;br&gt;AP %1 % in %2</translation>
    </message>
    <message>
        <location filename="../widgets/plots/long_tail_plot.cpp" line="323"/>
        <source>&lt;br&gt;difference %1%2 points</source>
        <translation>&lt;br&gt;Unterschied %1%2 Punkte</translation>
    </message>
    <message>
        <location filename="../widgets/plots/long_tail_plot.cpp" line="328"/>
        <source>&lt;br&gt;about %1 positives hidden among its unknown labels (%2% of its positives missing)</source>
        <translation>&lt;br&gt;etwa %1 Positive unter seinen unbekannten Labels verborgen (%2 % seiner Positiven fehlen)</translation>
    </message>
    <message>
        <location filename="../widgets/plots/long_tail_plot.cpp" line="331"/>
        <source>&lt;br&gt;&lt;i&gt;Click to show its images&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Klicken zeigt seine Bilder&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::MapHoverCard</name>
    <message>
        <location filename="../widgets/map/map_hover_card.cpp" line="58"/>
        <source>No image</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <location filename="../widgets/map/map_hover_card.cpp" line="58"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::MapLegend</name>
    <message>
        <location filename="../widgets/map/map_legend.cpp" line="52"/>
        <source>sparse</source>
        <translation>dünn</translation>
    </message>
    <message>
        <location filename="../widgets/map/map_legend.cpp" line="55"/>
        <source>dense</source>
        <translation>dicht</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::NeighbourGallery</name>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="79"/>
        <source>Back to the previous query (Backspace)</source>
        <translation>Zurück zur vorigen Anfrage (Rücktaste)</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="83"/>
        <source>Forward to the next query (Shift+Backspace)</source>
        <translation>Weiter zur nächsten Anfrage (Umschalt+Rücktaste)</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="102"/>
        <source>How many nearest neighbours to show</source>
        <translation>Wie viele nächste Nachbarn gezeigt werden</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="105"/>
        <source>Cosine</source>
        <translation>Kosinus</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="106"/>
        <source>Euclidean</source>
        <translation>Euklidisch</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="107"/>
        <source>Cosine distance (1 − cosine similarity) ignores the vectors&apos; lengths; Euclidean does not</source>
        <translation>Die Kosinus-Distanz (1 − Kosinus-Ähnlichkeit) ignoriert die Länge der Vektoren, die euklidische nicht</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="109"/>
        <source>Exact</source>
        <translation>Exakt</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="110"/>
        <source>Approximate (HNSW)</source>
        <translation>Approximativ (HNSW)</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="111"/>
        <source>Exact compares the query with every image; approximate searches a graph index, built once in the background, which is much faster on large datasets</source>
        <translation>Exakt vergleicht die Anfrage mit jedem Bild; approximativ durchsucht einen Graph-Index, der einmal im Hintergrund aufgebaut wird und auf großen Datensätzen viel schneller ist</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="114"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="154"/>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="334"/>
        <source>Query tag</source>
        <translation>Tag der Anfrage</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="154"/>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="334"/>
        <source>Neighbours</source>
        <translation>Nachbarn</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="154"/>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="334"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="166"/>
        <source>For each tag of the query, how many of its neighbours carry it too</source>
        <translation>Für jeden Tag der Anfrage: wie viele ihrer Nachbarn ihn ebenfalls tragen</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="182"/>
        <source>Neighbours:</source>
        <translation>Nachbarn:</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="185"/>
        <source>Distance:</source>
        <translation>Distanz:</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="188"/>
        <source>Search:</source>
        <translation>Suche:</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="242"/>
        <source>No query</source>
        <translation>Keine Anfrage</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="296"/>
        <source>No query yet</source>
        <translation>Noch keine Anfrage</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="297"/>
        <source>Choose “Find Similar Images” on an image of the browser, the inspector or the map, or drop an image file here.</source>
        <translation>Wählen Sie „Ähnliche Bilder finden“ für ein Bild im Browser, im Inspektor oder in der Karte, oder ziehen Sie eine Bilddatei hierher.</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="305"/>
        <source>1 neighbour</source>
        <translation>1 Nachbar</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="305"/>
        <source>%1 neighbours</source>
        <translation>%1 Nachbarn</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="306"/>
        <source>Dataset image · %1</source>
        <translation>Bild aus dem Datensatz · %1</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="306"/>
        <source>Image file %1 · %2</source>
        <translation>Bilddatei %1 · %2</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="307"/>
        <source>&lt;i&gt;No positive tags&lt;/i&gt;</source>
        <translation>&lt;i&gt;Keine positiven Tags&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="334"/>
        <source>Tag among neighbours</source>
        <translation>Tag unter den Nachbarn</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::NeighbourGalleryModel</name>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery_model.cpp" line="140"/>
        <source>Distance %1 · rank %2</source>
        <translation>Distanz %1 · Rang %2</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::ParameterForm</name>
    <message>
        <location filename="../widgets/forms/parameter_form.cpp" line="136"/>
        <location filename="../widgets/forms/parameter_form.cpp" line="253"/>
        <source>Choose a folder</source>
        <translation>Einen Ordner wählen</translation>
    </message>
    <message>
        <location filename="../widgets/forms/parameter_form.cpp" line="136"/>
        <location filename="../widgets/forms/parameter_form.cpp" line="253"/>
        <source>Choose a file</source>
        <translation>Eine Datei wählen</translation>
    </message>
    <message>
        <location filename="../widgets/forms/parameter_form.cpp" line="160"/>
        <source>empty, or numbers separated by commas</source>
        <translation>leer oder durch Kommas getrennte Zahlen</translation>
    </message>
    <message>
        <location filename="../widgets/forms/parameter_form.cpp" line="222"/>
        <source>Enter a number from %1</source>
        <translation>Eine Zahl von %1 eingeben</translation>
    </message>
    <message>
        <location filename="../widgets/forms/parameter_form.cpp" line="224"/>
        <location filename="../widgets/forms/parameter_form.cpp" line="239"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../widgets/forms/parameter_form.cpp" line="226"/>
        <source>Enter a whole number</source>
        <translation>Eine ganze Zahl eingeben</translation>
    </message>
    <message>
        <location filename="../widgets/forms/parameter_form.cpp" line="228"/>
        <source>Must be from %1</source>
        <translation>Muss von %1 sein</translation>
    </message>
    <message>
        <location filename="../widgets/forms/parameter_form.cpp" line="241"/>
        <source>%1 is outside %2</source>
        <translation>%1 liegt außerhalb von %2</translation>
    </message>
    <message>
        <location filename="../widgets/forms/parameter_form.cpp" line="245"/>
        <source>Enter at least one number</source>
        <translation>Mindestens eine Zahl eingeben</translation>
    </message>
    <message>
        <location filename="../widgets/forms/parameter_form.cpp" line="253"/>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <location filename="../widgets/forms/parameter_form.cpp" line="255"/>
        <source>No such file: %1</source>
        <translation>Keine solche Datei: %1</translation>
    </message>
    <message>
        <location filename="../widgets/forms/parameter_form.cpp" line="257"/>
        <source>Does not exist: %1</source>
        <translation>Existiert nicht: %1</translation>
    </message>
    <message>
        <location filename="../widgets/forms/parameter_form.cpp" line="423"/>
        <source>range %1</source>
        <translation>Bereich %1</translation>
    </message>
    <message>
        <location filename="../widgets/forms/parameter_form.cpp" line="426"/>
        <source>default %1</source>
        <translation>Standard %1</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::SelectionGallery</name>
    <message>
        <location filename="../widgets/thumbnails/selection_gallery.cpp" line="22"/>
        <source>Show in Browser</source>
        <translation>Im Browser zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/thumbnails/selection_gallery.cpp" line="22"/>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <location filename="../widgets/thumbnails/selection_gallery.cpp" line="23"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../widgets/thumbnails/selection_gallery.cpp" line="26"/>
        <source>Filter the browser&apos;s grid to the selected images</source>
        <translation>Das Raster des Browsers auf die ausgewählten Bilder filtern</translation>
    </message>
    <message>
        <location filename="../widgets/thumbnails/selection_gallery.cpp" line="27"/>
        <source>Save the selected images&apos; indices and paths as CSV</source>
        <translation>Indizes und Pfade der ausgewählten Bilder als CSV speichern</translation>
    </message>
    <message>
        <location filename="../widgets/thumbnails/selection_gallery.cpp" line="28"/>
        <source>Clear the selection (Esc on the map)</source>
        <translation>Die Auswahl aufheben (Esc in der Karte)</translation>
    </message>
    <message>
        <location filename="../widgets/thumbnails/selection_gallery.cpp" line="32"/>
        <source>Drag a rectangle or a lasso on the map to select images.</source>
        <translation>Ein Rechteck oder Lasso in der Karte aufziehen, um Bilder auszuwählen.</translation>
    </message>
    <message>
        <location filename="../widgets/thumbnails/selection_gallery.cpp" line="88"/>
        <source>No images selected</source>
        <translation>Keine Bilder ausgewählt</translation>
    </message>
    <message>
        <location filename="../widgets/thumbnails/selection_gallery.cpp" line="89"/>
        <source>1 image selected</source>
        <translation>1 Bild ausgewählt</translation>
    </message>
    <message>
        <location filename="../widgets/thumbnails/selection_gallery.cpp" line="89"/>
        <source>%1 images selected</source>
        <translation>%1 Bilder ausgewählt</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TagHistogram</name>
    <message>
        <location filename="../widgets/plots/tag_histogram.cpp" line="85"/>
        <source>Tags, most frequent first</source>
        <translation>Tags, häufigste zuerst</translation>
    </message>
    <message>
        <location filename="../widgets/plots/tag_histogram.cpp" line="158"/>
        <source>Reset View</source>
        <translation>Ansicht zurücksetzen</translation>
    </message>
    <message>
        <location filename="../widgets/plots/tag_histogram.cpp" line="159"/>
        <source>Show all tags again (double-click does the same)</source>
        <translation>Wieder alle Tags zeigen (Doppelklick bewirkt dasselbe)</translation>
    </message>
    <message>
        <location filename="../widgets/plots/tag_histogram.cpp" line="161"/>
        <source>Stack Verified Negatives</source>
        <translation>Bestätigt negative stapeln</translation>
    </message>
    <message>
        <location filename="../widgets/plots/tag_histogram.cpp" line="163"/>
        <source>Draw each tag&apos;s verified negatives on top of its positives</source>
        <translation>Die bestätigt negativen Bilder jedes Tags über seinen positiven zeichnen</translation>
    </message>
    <message>
        <location filename="../widgets/plots/tag_histogram.cpp" line="165"/>
        <source>Show Splits as Lines</source>
        <translation>Aufteilungen als Linien zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/plots/tag_histogram.cpp" line="167"/>
        <source>Draw the positives of each split as a line over the bars</source>
        <translation>Die positiven Bilder jeder Aufteilung als Linie über den Balken zeichnen</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/plots/tag_histogram.cpp" line="196"/>
        <source>Tag frequency — %Ln tag(s), imbalance ratio %1</source>
        <translation>
            <numerusform>Tag-Häufigkeit — %Ln Tag, Ungleichgewicht %1</numerusform>
            <numerusform>Tag-Häufigkeit — %Ln Tags, Ungleichgewicht %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/plots/tag_histogram.cpp" line="222"/>
        <source>Tag frequency</source>
        <translation>Tag-Häufigkeit</translation>
    </message>
    <message>
        <location filename="../widgets/plots/tag_histogram.cpp" line="315"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3 · rank %4 · %5 band</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3 · Rang %4 · Gruppe %5</translation>
    </message>
    <message>
        <location filename="../widgets/plots/tag_histogram.cpp" line="328"/>
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <location filename="../widgets/plots/tag_histogram.cpp" line="328"/>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <location filename="../widgets/plots/tag_histogram.cpp" line="328"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../widgets/plots/tag_histogram.cpp" line="401"/>
        <source>head &gt; %1</source>
        <translation>häufig &gt; %1</translation>
    </message>
    <message>
        <location filename="../widgets/plots/tag_histogram.cpp" line="402"/>
        <source>tail &lt; %1</source>
        <translation>selten &lt; %1</translation>
    </message>
    <message>
        <location filename="../widgets/plots/tag_histogram.cpp" line="443"/>
        <source>Verified negatives (stacked)</source>
        <translation>Bestätigt negative (gestapelt)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/plots/tag_histogram.cpp" line="477"/>
        <source>%1 (%2): %Ln tag(s)</source>
        <translation>
            <numerusform>%1 (%2): %Ln Tag</numerusform>
            <numerusform>%1 (%2): %Ln Tags</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/plots/tag_histogram.cpp" line="530"/>
        <source>%1 positives</source>
        <translation>%1: positive Bilder</translation>
    </message>
    <message>
        <location filename="../widgets/plots/tag_histogram.cpp" line="624"/>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TagPanel</name>
    <message>
        <location filename="../widgets/tags/tag_panel.cpp" line="32"/>
        <source>Search tags…</source>
        <translation>Tags suchen …</translation>
    </message>
    <message>
        <location filename="../widgets/tags/tag_panel.cpp" line="43"/>
        <source>Count the labels of all images or of one split</source>
        <translation>Die Labels aller Bilder oder einer Aufteilung zählen</translation>
    </message>
    <message>
        <location filename="../widgets/tags/tag_panel.cpp" line="48"/>
        <source>Show Images &amp;with This Tag</source>
        <translation>Bilder &amp;mit diesem Tag zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/tags/tag_panel.cpp" line="53"/>
        <source>Show Images with&amp;out This Tag</source>
        <translation>Bilder &amp;ohne diesen Tag zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/tags/tag_panel.cpp" line="54"/>
        <source>Images on which the tag is verified absent or not annotated</source>
        <translation>Bilder, auf denen der Tag bestätigt fehlt oder nicht annotiert ist</translation>
    </message>
    <message>
        <location filename="../widgets/tags/tag_panel.cpp" line="303"/>
        <source>1 tag</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../widgets/tags/tag_panel.cpp" line="303"/>
        <source>%1 tags</source>
        <translation>%1 Tags</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/tags/tag_panel.cpp" line="305"/>
        <source>%1 of %Ln tag(s)</source>
        <translation>
            <numerusform>%1 von %Ln Tag</numerusform>
            <numerusform>%1 von %Ln Tags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TagTableModel</name>
    <message>
        <location filename="../widgets/tags/tag_table_model.cpp" line="161"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../widgets/tags/tag_table_model.cpp" line="163"/>
        <source>Pos.</source>
        <comment>column title: positive images</comment>
        <translation>Pos.</translation>
    </message>
    <message>
        <location filename="../widgets/tags/tag_table_model.cpp" line="164"/>
        <source>Neg.</source>
        <comment>column title: verified negative images</comment>
        <translation>Neg.</translation>
    </message>
    <message>
        <location filename="../widgets/tags/tag_table_model.cpp" line="165"/>
        <source>Unk.</source>
        <comment>column title: images with an unknown label</comment>
        <translation>Unbek.</translation>
    </message>
    <message>
        <location filename="../widgets/tags/tag_table_model.cpp" line="166"/>
        <source>Band</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../widgets/tags/tag_table_model.cpp" line="167"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../widgets/tags/tag_table_model.cpp" line="172"/>
        <source>Display name of the tag</source>
        <translation>Anzeigename des Tags</translation>
    </message>
    <message>
        <location filename="../widgets/tags/tag_table_model.cpp" line="173"/>
        <source>Positive: images on which the tag is present</source>
        <translation>Positiv: Bilder, auf denen der Tag vorkommt</translation>
    </message>
    <message>
        <location filename="../widgets/tags/tag_table_model.cpp" line="174"/>
        <source>Verified negative: images verified not to show the tag</source>
        <translation>Bestätigt negativ: Bilder, die den Tag bestätigt nicht zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/tags/tag_table_model.cpp" line="175"/>
        <source>Unknown: images for which nobody said whether the tag applies</source>
        <translation>Unbekannt: Bilder, für die niemand angegeben hat, ob der Tag zutrifft</translation>
    </message>
    <message>
        <location filename="../widgets/tags/tag_table_model.cpp" line="176"/>
        <source>Head, medium or tail by number of training positives</source>
        <translation>Häufig, mittel oder selten nach Zahl der positiven Trainingsbilder</translation>
    </message>
    <message>
        <location filename="../widgets/tags/tag_table_model.cpp" line="177"/>
        <source>Positive images as a share of the images shown (%1)</source>
        <translation>Positive Bilder als Anteil der gezeigten Bilder (%1)</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TaskProgressWidget</name>
    <message>
        <location filename="../widgets/forms/task_progress_widget.cpp" line="19"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/forms/task_progress_widget.cpp" line="20"/>
        <source>Stop this task; the dataset already open stays open</source>
        <translation>Diese Aufgabe abbrechen; der bereits geöffnete Datensatz bleibt geöffnet</translation>
    </message>
    <message>
        <location filename="../widgets/forms/task_progress_widget.cpp" line="46"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::ThumbnailLoader</name>
    <message>
        <location filename="../widgets/thumbnails/thumbnail_loader.cpp" line="81"/>
        <source>The image could not be decoded.</source>
        <translation>Das Bild konnte nicht dekodiert werden.</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TrainingCurves</name>
    <message>
        <location filename="../widgets/plots/training_curves.cpp" line="95"/>
        <source>Training loss</source>
        <translation>Trainings-Loss</translation>
    </message>
    <message>
        <location filename="../widgets/plots/training_curves.cpp" line="97"/>
        <source>Validation mAP</source>
        <translation>Validierungs-mAP</translation>
    </message>
    <message>
        <location filename="../widgets/plots/training_curves.cpp" line="99"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../widgets/plots/training_curves.cpp" line="142"/>
        <source>per step</source>
        <translation>je Schritt</translation>
    </message>
    <message>
        <location filename="../widgets/plots/training_curves.cpp" line="143"/>
        <location filename="../widgets/plots/training_curves.cpp" line="262"/>
        <source>smoothed</source>
        <translation>geglättet</translation>
    </message>
    <message>
        <location filename="../widgets/plots/training_curves.cpp" line="148"/>
        <source>frequency prior</source>
        <translation>Häufigkeits-Prior</translation>
    </message>
    <message>
        <location filename="../widgets/plots/training_curves.cpp" line="154"/>
        <location filename="../widgets/plots/training_curves.cpp" line="249"/>
        <source>all tags</source>
        <translation>alle Tags</translation>
    </message>
    <message>
        <location filename="../widgets/plots/training_curves.cpp" line="161"/>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../widgets/plots/training_curves.cpp" line="163"/>
        <location filename="../widgets/plots/training_curves.cpp" line="164"/>
        <location filename="../widgets/plots/training_curves.cpp" line="223"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../widgets/plots/training_curves.cpp" line="165"/>
        <location filename="../widgets/plots/training_curves.cpp" line="223"/>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location filename="../widgets/plots/training_curves.cpp" line="186"/>
        <source>mAP</source>
        <translation>mAP</translation>
    </message>
    <message>
        <location filename="../widgets/plots/training_curves.cpp" line="247"/>
        <source>Validation %1</source>
        <translation>Validierungs-%1</translation>
    </message>
    <message>
        <location filename="../widgets/plots/training_curves.cpp" line="248"/>
        <source>%1 (%)</source>
        <translation>%1 (%)</translation>
    </message>
    <message>
        <location filename="../widgets/plots/training_curves.cpp" line="262"/>
        <source>%1 (smoothed)</source>
        <translation>%1 (geglättet)</translation>
    </message>
    <message>
        <location filename="../widgets/plots/training_curves.cpp" line="397"/>
        <source>%1 (right axis)</source>
        <translation>%1 (rechte Achse)</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TsneControls</name>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="19"/>
        <location filename="../widgets/map/tsne_controls.cpp" line="126"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="19"/>
        <source>Perturb</source>
        <translation>Stören</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="19"/>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="20"/>
        <source>Measure</source>
        <translation>Messen</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="26"/>
        <source>Run or pause the optimisation</source>
        <translation>Die Optimierung ausführen oder pausieren</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="27"/>
        <source>Shake the layout with a little noise and let it settle again</source>
        <translation>Das Layout mit etwas Rauschen durchschütteln und wieder einpendeln lassen</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="28"/>
        <source>Start again from the PCA layout with the current parameters</source>
        <translation>Mit den aktuellen Parametern erneut vom PCA-Layout aus beginnen</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="29"/>
        <source>Measure the KL divergence and kNN preservation of the layout now</source>
        <translation>KL-Divergenz und kNN-Erhalt des Layouts jetzt messen</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="34"/>
        <source>Effective number of neighbours each point attends to (5–50 typical; larger keeps more global structure)</source>
        <translation>Effektive Zahl der Nachbarn, die jeder Punkt beachtet (typisch 5–50; größer erhält mehr globale Struktur)</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="38"/>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="39"/>
        <source>Step size; automatic uses max(N / 12, 200)</source>
        <translation>Schrittweite; automatisch nimmt max(N / 12, 200)</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="44"/>
        <source>Attraction multiplier after the early phase: above 1 tightens clusters (UMAP-like at about 4)</source>
        <translation>Anziehungsfaktor nach der frühen Phase: über 1 zieht Cluster zusammen (bei etwa 4 UMAP-ähnlich)</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="48"/>
        <source>The optimisation pauses at this iteration; Run continues past it</source>
        <translation>Die Optimierung pausiert bei dieser Iteration; „Ausführen“ macht darüber hinaus weiter</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="61"/>
        <source>Perplexity</source>
        <translation>Perplexität</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="62"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="63"/>
        <source>Exaggeration</source>
        <translation>Exaggeration</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="64"/>
        <source>Iterations</source>
        <translation>Iterationen</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="74"/>
        <source>KL divergence between the high-dimensional affinities and the map&apos;s (lower is better)</source>
        <translation>KL-Divergenz zwischen den hochdimensionalen Affinitäten und denen der Karte (kleiner ist besser)</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="75"/>
        <source>Share of each image&apos;s 10 nearest neighbours in the embedding that are among its 10 nearest on the map</source>
        <translation>Anteil der 10 nächsten Nachbarn jedes Bildes im Embedding, die auch unter seinen 10 nächsten in der Karte sind</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="78"/>
        <source>Iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="80"/>
        <source>KL divergence</source>
        <translation>KL-Divergenz</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="82"/>
        <source>kNN preserved</source>
        <translation>kNN erhalten</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="104"/>
        <source>Load or compute embeddings to start.</source>
        <translation>Zum Start Embeddings laden oder berechnen.</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="126"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="143"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="153"/>
        <location filename="../widgets/map/tsne_controls.cpp" line="154"/>
        <source>measuring…</source>
        <translation>wird gemessen …</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="157"/>
        <source>at %1</source>
        <translation>bei %1</translation>
    </message>
</context>
</TS>
