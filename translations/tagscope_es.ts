<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>BandText</name>
    <message>
        <location filename="../app/gui/common/band_text.cpp" line="10"/>
        <source>absolute thresholds</source>
        <translation>umbrales absolutos</translation>
    </message>
    <message>
        <location filename="../app/gui/common/band_text.cpp" line="12"/>
        <source>thirds of the tags</source>
        <translation>tercios de las etiquetas</translation>
    </message>
    <message>
        <location filename="../app/gui/common/band_text.cpp" line="14"/>
        <source>the most frequent %1% and the rarest %2% of the tags</source>
        <translation>el %1 % más frecuente y el %2 % más raro de las etiquetas</translation>
    </message>
    <message>
        <location filename="../app/gui/common/band_text.cpp" line="25"/>
        <source>head over %1, tail under %2 training positives</source>
        <translation>frecuentes con más de %1, raras con menos de %2 positivas de entrenamiento</translation>
    </message>
</context>
<context>
    <name>DatasetController</name>
    <message>
        <location filename="../app/gui/window/dataset_controller.cpp" line="57"/>
        <source>Generating the demo dataset</source>
        <translation>Generando el conjunto de datos de demostración</translation>
    </message>
    <message>
        <location filename="../app/gui/window/dataset_controller.cpp" line="69"/>
        <source>Applying the review corrections</source>
        <translation>Aplicando las correcciones de la revisión</translation>
    </message>
    <message>
        <location filename="../app/gui/window/dataset_controller.cpp" line="80"/>
        <source>Computing statistics</source>
        <translation>Calculando estadísticas</translation>
    </message>
    <message>
        <location filename="../app/gui/window/dataset_controller.cpp" line="88"/>
        <source>Indexing tags</source>
        <translation>Indexando etiquetas</translation>
    </message>
    <message>
        <location filename="../app/gui/window/dataset_controller.cpp" line="92"/>
        <source>%1: not enough memory to load this dataset</source>
        <translation>%1: no hay memoria suficiente para cargar este conjunto de datos</translation>
    </message>
</context>
<context>
    <name>DatasetImageSource</name>
    <message>
        <location filename="../app/gui/common/dataset_image_source.cpp" line="16"/>
        <source>train</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <location filename="../app/gui/common/dataset_image_source.cpp" line="17"/>
        <source>validation</source>
        <translation>validación</translation>
    </message>
    <message>
        <location filename="../app/gui/common/dataset_image_source.cpp" line="18"/>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <location filename="../app/gui/common/dataset_image_source.cpp" line="19"/>
        <source>no split</source>
        <translation>sin partición</translation>
    </message>
    <message>
        <location filename="../app/gui/common/dataset_image_source.cpp" line="27"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../app/gui/common/dataset_image_source.cpp" line="33"/>
        <source> and %1 more</source>
        <translation> y %1 más</translation>
    </message>
    <message>
        <location filename="../app/gui/common/dataset_image_source.cpp" line="53"/>
        <source>Positive:</source>
        <translation>Positivas:</translation>
    </message>
    <message>
        <location filename="../app/gui/common/dataset_image_source.cpp" line="55"/>
        <source>Verified negative:</source>
        <translation>Negativas verificadas:</translation>
    </message>
    <message>
        <location filename="../app/gui/common/dataset_image_source.cpp" line="69"/>
        <source>The dataset has no image folder for this split.</source>
        <translation>El conjunto de datos no tiene carpeta de imágenes para esta partición.</translation>
    </message>
</context>
<context>
    <name>EngineText</name>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="12"/>
        <source>Small CNN</source>
        <translation>CNN pequeña</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="13"/>
        <source>Four strided conv-BN-ReLU stages (0.4 M parameters). Trains in minutes on a laptop CPU: the demo and quick checks of a loss or a sampler.</source>
        <translation>Cuatro etapas conv-BN-ReLU con stride (0,4 M de parámetros). Entrena en minutos en la CPU de un portátil: para la demostración y pruebas rápidas de una pérdida o un muestreo.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="14"/>
        <source>ResNet-18</source>
        <translation>ResNet-18</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="15"/>
        <source>torchvision&apos;s ResNet-18 (11.2 M parameters). A fast, dependable baseline on a GPU.</source>
        <translation>La ResNet-18 de torchvision (11,2 M de parámetros). Una referencia rápida y fiable en GPU.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="16"/>
        <source>ResNet-34</source>
        <translation>ResNet-34</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="17"/>
        <source>torchvision&apos;s ResNet-34 (21.3 M parameters): deeper basic blocks.</source>
        <translation>La ResNet-34 de torchvision (21,3 M de parámetros): bloques básicos más profundos.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="18"/>
        <source>ResNet-50</source>
        <translation>ResNet-50</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="19"/>
        <source>torchvision&apos;s ResNet-50 v1.5 (23.5 M parameters). The usual reference for multilabel benchmarks.</source>
        <translation>La ResNet-50 v1.5 de torchvision (23,5 M de parámetros). La referencia habitual en los benchmarks multietiqueta.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="20"/>
        <source>ViT-Tiny/16</source>
        <translation>ViT-Tiny/16</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="21"/>
        <source>Vision Transformer, 12 blocks of width 192 (5.5 M parameters). Needs much data or strong augmentation when trained from scratch.</source>
        <translation>Vision Transformer, 12 bloques de anchura 192 (5,5 M de parámetros). Entrenado desde cero necesita muchos datos o un aumento de datos fuerte.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="22"/>
        <source>ViT-Small/16</source>
        <translation>ViT-Small/16</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="23"/>
        <source>Vision Transformer, 12 blocks of width 384 (21.7 M parameters).</source>
        <translation>Vision Transformer, 12 bloques de anchura 384 (21,7 M de parámetros).</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="24"/>
        <source>CoAtNet (small)</source>
        <translation>CoAtNet (pequeña)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="25"/>
        <source>Convolution stages then attention stages (about 6 M parameters): data-efficient like a CNN, global context like a transformer.</source>
        <translation>Etapas de convolución y después de atención (unos 6 M de parámetros): eficiente en datos como una CNN, con contexto global como un transformer.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="26"/>
        <source>TorchScript file</source>
        <translation>Archivo TorchScript</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="27"/>
        <source>A feature extractor exported from Python with torch.jit.trace or torch.jit.script (a pretrained timm model, say), frozen or fine-tuned.</source>
        <translation>Un extractor de características exportado desde Python con torch.jit.trace o torch.jit.script (por ejemplo, un modelo preentrenado de timm), congelado o con ajuste fino.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="28"/>
        <source>Binary cross-entropy</source>
        <translation>Entropía cruzada binaria (BCE)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="29"/>
        <source>The baseline: one independent sigmoid per tag. Rare tags are swamped by negatives on a long tail.</source>
        <translation>La referencia: una sigmoide independiente por etiqueta. En una cola larga, las etiquetas raras quedan ahogadas por las negativas.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="30"/>
        <source>Weight of the positive term: one number for all tags, or one per tag</source>
        <translation>Peso del término positivo: un número para todas las etiquetas o uno por etiqueta</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="31"/>
        <source>Multiply the positive weight by (N - n_c) / n_c per tag</source>
        <translation>Multiplicar el peso positivo por (N - n_c) / n_c en cada etiqueta</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="32"/>
        <source>Targets of -1 (not annotated): &apos;ignore&apos; leaves them out of the loss, &apos;negative&apos; treats them as absent</source>
        <translation>Objetivos con -1 (sin anotar): &apos;ignore&apos; los deja fuera de la pérdida, &apos;negative&apos; los trata como ausentes</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="33"/>
        <source>Focal loss</source>
        <translation>Focal Loss</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="34"/>
        <source>Down-weights easy examples so training focuses on the hard ones; a first step against imbalance.</source>
        <translation>Reduce el peso de los ejemplos fáciles para que el entrenamiento se centre en los difíciles; un primer paso contra el desequilibrio.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="35"/>
        <source>Weight of positives (1 - alpha for negatives); -1: no class weighting</source>
        <translation>Peso de las positivas (1 - alfa para las negativas); -1: sin ponderación por clase</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="36"/>
        <source>Focusing exponent: 0 gives alpha-weighted BCE</source>
        <translation>Exponente de enfoque: 0 da la BCE ponderada por alfa</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="37"/>
        <source>Asymmetric Loss (ASL)</source>
        <translation>Asymmetric Loss (ASL)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="38"/>
        <source>Strong focusing on negatives plus probability shifting: the standard for many-tag datasets such as Open Images, where each image has few positives and thousands of negatives.</source>
        <translation>Enfoque fuerte en las negativas más desplazamiento de probabilidad: el estándar para conjuntos con muchas etiquetas como Open Images, donde cada imagen tiene pocas positivas y miles de negativas.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="39"/>
        <source>Focusing exponent for negatives</source>
        <translation>Exponente de enfoque de las negativas</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="40"/>
        <source>Focusing exponent for positives (the authors trained with 0)</source>
        <translation>Exponente de enfoque de las positivas (los autores entrenaron con 0)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="41"/>
        <source>Probability margin: negatives with p below it are ignored</source>
        <translation>Margen de probabilidad: se ignoran las negativas con p por debajo</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="42"/>
        <source>Floor of probabilities inside the logarithms</source>
        <translation>Mínimo de las probabilidades dentro de los logaritmos</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="43"/>
        <source>Compute the focusing weight without gradient (as the authors train)</source>
        <translation>Calcular el peso de enfoque sin gradiente (como entrenan los autores)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="44"/>
        <source>Distribution-Balanced loss</source>
        <translation>Distribution-Balanced Loss</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="45"/>
        <source>Re-balances by how often each tag is sampled and tolerates the flood of negatives: made for long tails. Pair it with the class-aware sampler.</source>
        <translation>Reequilibra según la frecuencia con que se muestrea cada etiqueta y tolera la avalancha de negativas: pensada para colas largas. Combínela con el muestreo por clases.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="46"/>
        <source>Smoothing: added to the re-balancing weight</source>
        <translation>Suavizado: se suma al peso de reequilibrio</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="47"/>
        <source>Smoothing: slope of the sigmoid mapping</source>
        <translation>Suavizado: pendiente de la transformación sigmoide</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="48"/>
        <source>Smoothing: centre of the sigmoid mapping</source>
        <translation>Suavizado: centro de la transformación sigmoide</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="49"/>
        <source>Negative-tolerant regularisation: scale of negative logits (lambda)</source>
        <translation>Regularización tolerante a negativas: escala de los logits negativos (lambda)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="50"/>
        <source>Scale of the class-prior logit bias -log(N / n_c - 1)</source>
        <translation>Escala del sesgo de logit según el prior de clase -log(N / n_c - 1)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="51"/>
        <source>Focusing exponent</source>
        <translation>Exponente de enfoque</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="52"/>
        <source>Overall scale of the loss</source>
        <translation>Escala global de la pérdida</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="53"/>
        <source>Positives per tag (taken from the training split when empty)</source>
        <translation>Positivas por etiqueta (de la partición de entrenamiento si está vacío)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="54"/>
        <source>Training images N (taken from the training split when 0)</source>
        <translation>Imágenes de entrenamiento N (de la partición de entrenamiento si es 0)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="55"/>
        <source>Partial-label loss (negative / ignore / selective)</source>
        <translation>Pérdida de anotación parcial (negative / ignore / selective)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="56"/>
        <source>For partially annotated data such as Open Images, where most tags of an image are never checked: decides per entry whether an unannotated tag counts as a negative.</source>
        <translation>Para datos anotados parcialmente como Open Images, donde la mayoría de las etiquetas de una imagen nunca se comprueban: decide en cada entrada si una etiqueta sin anotar cuenta como negativa.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="57"/>
        <source>How unannotated entries are treated</source>
        <translation>Cómo se tratan las entradas sin anotar</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="58"/>
        <source>Probability margin applied to negatives and unannotated entries</source>
        <translation>Margen de probabilidad aplicado a las negativas y a las entradas sin anotar</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="59"/>
        <source>Focusing exponent for positives</source>
        <translation>Exponente de enfoque de las positivas</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="60"/>
        <source>Focusing exponent for verified negatives</source>
        <translation>Exponente de enfoque de las negativas verificadas</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="61"/>
        <source>Focusing exponent for unannotated entries (recipe: 4)</source>
        <translation>Exponente de enfoque de las entradas sin anotar (receta: 4)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="62"/>
        <source>Weight of positives</source>
        <translation>Peso de las positivas</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="63"/>
        <source>Weight of verified negatives</source>
        <translation>Peso de las negativas verificadas</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="64"/>
        <source>Weight of unannotated entries</source>
        <translation>Peso de las entradas sin anotar</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="65"/>
        <source>Selective: per batch, k = likelihood_topk x B unannotated entries with the highest p are ignored</source>
        <translation>Selectivo: en cada batch se ignoran las k = likelihood_topk x B entradas sin anotar con mayor p</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="66"/>
        <source>Selective: tags with an estimated prior above it ignore their unannotated entries (recipe: 0.5)</source>
        <translation>Selectivo: las etiquetas con un prior estimado superior ignoran sus entradas sin anotar (receta: 0.5)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="67"/>
        <source>Selective: tag priors (taken from the class-prior estimate when empty)</source>
        <translation>Selectivo: priors de las etiquetas (de la estimación de priors de clase si está vacío)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="68"/>
        <source>Contrastive loss</source>
        <translation>Contrastive Loss</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="69"/>
        <source>Pulls images of a class together and pushes other classes beyond a margin, pair by pair: the simplest embedding loss and a baseline for the others.</source>
        <translation>Acerca las imágenes de una clase y aleja las demás clases más allá de un margen, par a par: la pérdida de embedding más sencilla y una referencia para las demás.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="70"/>
        <source>Positive pairs closer than this cost nothing (0: d^2)</source>
        <translation>Los pares positivos más cercanos que esto no cuestan nada (0: d^2)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="71"/>
        <source>Negative pairs farther than this cost nothing</source>
        <translation>Los pares negativos más lejanos que esto no cuestan nada</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="72"/>
        <source>Triplet loss</source>
        <translation>Triplet Loss</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="73"/>
        <source>An anchor must be closer to a positive than to a negative by a margin. Batch-hard mining on P x K batches is the strong default for retrieval.</source>
        <translation>Un ancla debe estar más cerca de una positiva que de una negativa por un margen. El minado batch-hard en batches P x K es la opción sólida por defecto para recuperación.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="74"/>
        <source>Margin on normalised embeddings (0.2 is also common)</source>
        <translation>Margen sobre embeddings normalizados (0.2 también es habitual)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="75"/>
        <source>Which triplets of the batch count</source>
        <translation>Qué tripletas del batch cuentan</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="76"/>
        <source>Soft margin: softplus(d_ap - d_an) instead of the hinge</source>
        <translation>Margen suave: softplus(d_ap - d_an) en lugar de la bisagra</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="77"/>
        <source>Quadruplet loss</source>
        <translation>Quadruplet Loss</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="78"/>
        <source>The triplet loss plus a second term that pushes apart pairs of other classes too, for a larger gap between classes than within them.</source>
        <translation>La triplet loss más un segundo término que también separa pares de otras clases, para una distancia mayor entre clases que dentro de ellas.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="79"/>
        <source>Margin of the triplet term (on squared distances; 1 is also used)</source>
        <translation>Margen del término de tripleta (sobre distancias al cuadrado; también se usa 1)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="80"/>
        <source>Margin of the negative-pair term (usually margin1 / 2)</source>
        <translation>Margen del término de pares negativos (normalmente margin1 / 2)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="81"/>
        <source>SphereFace (A-Softmax)</source>
        <translation>SphereFace (A-Softmax)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="82"/>
        <source>Multiplicative angular margin on a softmax over normalised class weights; the margin is phased in by annealing lambda from 1000 down to 5 over the first iterations.</source>
        <translation>Margen angular multiplicativo sobre un softmax con pesos de clase normalizados; el margen se introduce poco a poco bajando lambda de 1000 a 5 durante las primeras iteraciones.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="83"/>
        <source>Angular margin multiplier</source>
        <translation>Multiplicador del margen angular</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="84"/>
        <source>Iteration the lambda schedule starts at (training adds its step)</source>
        <translation>Iteración en la que empieza la programación de lambda (el entrenamiento suma su paso)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="85"/>
        <source>Lambda at iteration 0</source>
        <translation>Lambda en la iteración 0</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="86"/>
        <source>Annealing speed</source>
        <translation>Velocidad de reducción</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="87"/>
        <source>Annealing exponent</source>
        <translation>Exponente de reducción</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="88"/>
        <source>Lambda never drops below this</source>
        <translation>Lambda nunca baja de este valor</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="89"/>
        <source>CosFace (large margin cosine loss)</source>
        <translation>CosFace (large margin cosine loss)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="90"/>
        <source>Softmax over scaled cosines with the margin subtracted from the target cosine: stable, few hyper-parameters, strong on face and product retrieval.</source>
        <translation>Softmax sobre cosenos escalados con el margen restado al coseno objetivo: estable, con pocos hiperparámetros y fuerte en recuperación de caras y productos.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="91"/>
        <source>Scale of the cosine logits</source>
        <translation>Escala de los logits de coseno</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="92"/>
        <source>Cosine margin subtracted from the target class</source>
        <translation>Margen de coseno restado a la clase objetivo</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="93"/>
        <source>ArcFace (additive angular margin)</source>
        <translation>ArcFace (margen angular aditivo)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="94"/>
        <source>Softmax over scaled cosines with the margin added to the target angle: the geodesic margin; the usual first choice for class-based embedding training.</source>
        <translation>Softmax sobre cosenos escalados con el margen sumado al ángulo objetivo: el margen geodésico; la primera opción habitual para entrenar embeddings basados en clases.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="95"/>
        <source>Angular margin added to the target angle (radians)</source>
        <translation>Margen angular sumado al ángulo objetivo (radianes)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="96"/>
        <source>ProxyNCA</source>
        <translation>ProxyNCA</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="97"/>
        <source>Neighbourhood component analysis against one learnable proxy per class instead of other images: no pair or triplet mining needed.</source>
        <translation>Análisis de componentes de vecindad frente a un proxy aprendible por clase en lugar de otras imágenes: no hace falta minar pares ni tripletas.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="98"/>
        <source>Embeddings and proxies are normalised, then scaled by this</source>
        <translation>Los embeddings y los proxies se normalizan y luego se escalan por este valor</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="99"/>
        <source>Learning rate of the proxies (0: the model&apos;s)</source>
        <translation>Tasa de aprendizaje de los proxies (0: la del modelo)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="100"/>
        <source>Adam epsilon of the proxies (0: the optimiser&apos;s)</source>
        <translation>Épsilon de Adam de los proxies (0: el del optimizador)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="101"/>
        <source>ProxyNCA++</source>
        <translation>ProxyNCA++</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="102"/>
        <source>ProxyNCA with a low temperature, the positive proxy in the denominator and fast-moving proxies; pair it with max pooling, a LayerNorm head and a few epochs of backbone warm-up.</source>
        <translation>ProxyNCA con temperatura baja, el proxy positivo en el denominador y proxies que se mueven rápido; combínela con max pooling, una cabeza con LayerNorm y unas épocas de calentamiento del backbone.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="103"/>
        <source>Intra-batch message passing</source>
        <translation>Paso de mensajes intra-batch</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="104"/>
        <source>Embeddings of a batch exchange messages through attention over the batch graph during training, so each learns from its neighbours; retrieval then uses the plain backbone embeddings.</source>
        <translation>Durante el entrenamiento, los embeddings de un batch intercambian mensajes mediante atención sobre el grafo del batch, de modo que cada uno aprende de sus vecinos; la recuperación usa después los embeddings simples del backbone.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="105"/>
        <source>Logits are divided by this</source>
        <translation>Los logits se dividen por este valor</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="106"/>
        <source>Label smoothing of both cross-entropies</source>
        <translation>Label smoothing de ambas entropías cruzadas</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="107"/>
        <source>Attention heads (must divide the embedding size)</source>
        <translation>Cabezas de atención (deben dividir el tamaño del embedding)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="108"/>
        <source>Feed-forward width as a multiple of the embedding size</source>
        <translation>Anchura del bloque feed-forward como múltiplo del tamaño del embedding</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="109"/>
        <source>Dropout on the attention weights</source>
        <translation>Dropout sobre los pesos de atención</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="110"/>
        <source>Dropout after the attention and in the feed-forward block</source>
        <translation>Dropout tras la atención y en el bloque feed-forward</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="111"/>
        <source>Below 0: every pair is connected (the paper); else only pairs whose correlation exceeds it</source>
        <translation>Por debajo de 0: todos los pares están conectados (como en el artículo); si no, solo los pares cuya correlación lo supera</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="112"/>
        <source>Weight of the backbone cross-entropy</source>
        <translation>Peso de la entropía cruzada del backbone</translation>
    </message>
    <message>
        <location filename="../app/gui/training/engine_texts.cpp" line="113"/>
        <source>Weight of the message-passing cross-entropy</source>
        <translation>Peso de la entropía cruzada del paso de mensajes</translation>
    </message>
</context>
<context>
    <name>MapColours</name>
    <message>
        <location filename="../app/gui/embeddings/map_colouring.cpp" line="51"/>
        <source>No tag chosen</source>
        <translation>Ninguna etiqueta elegida</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/map_colouring.cpp" line="52"/>
        <location filename="../app/gui/embeddings/map_colouring.cpp" line="65"/>
        <source>Positive</source>
        <translation>Positiva</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/map_colouring.cpp" line="52"/>
        <location filename="../app/gui/embeddings/map_colouring.cpp" line="65"/>
        <source>Verified negative</source>
        <translation>Negativa verificada</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/map_colouring.cpp" line="52"/>
        <location filename="../app/gui/embeddings/map_colouring.cpp" line="65"/>
        <source>Unknown</source>
        <translation>Desconocida</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/map_colouring.cpp" line="77"/>
        <source>Split</source>
        <translation>Partición</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/map_colouring.cpp" line="78"/>
        <source>Train</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/map_colouring.cpp" line="78"/>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/map_colouring.cpp" line="78"/>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/map_colouring.cpp" line="78"/>
        <source>No split</source>
        <translation>Sin partición</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/map_colouring.cpp" line="118"/>
        <source>%1: model at %2</source>
        <translation>%1: modelo en %2</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/map_colouring.cpp" line="120"/>
        <source>True positive</source>
        <translation>Verdadero positivo</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/map_colouring.cpp" line="120"/>
        <source>Missed (false negative)</source>
        <translation>Omitido (falso negativo)</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/map_colouring.cpp" line="120"/>
        <source>False positive</source>
        <translation>Falso positivo</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/map_colouring.cpp" line="120"/>
        <source>True negative</source>
        <translation>Verdadero negativo</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/map_colouring.cpp" line="120"/>
        <source>Not judged</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/map_colouring.cpp" line="156"/>
        <source>Density</source>
        <translation>Densidad</translation>
    </message>
</context>
<context>
    <name>NeighbourExport</name>
    <message>
        <location filename="../app/gui/neighbours/neighbour_export.cpp" line="26"/>
        <location filename="../app/gui/neighbours/neighbour_export.cpp" line="45"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>NeighbourQueryRunner</name>
    <message>
        <location filename="../app/gui/neighbours/neighbour_query_runner.cpp" line="85"/>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_query_runner.cpp" line="91"/>
        <source>%1 is not an image file Tagscope can read (%2).</source>
        <translation>%1 no es un archivo de imagen que Tagscope pueda leer (%2).</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_query_runner.cpp" line="99"/>
        <source>Cannot embed %1: these embeddings were loaded from a file that does not name the model that made them. Compute them with their model (Compute Embeddings… reads them back from the cache) to query by image file.</source>
        <translation>No se puede calcular el embedding de %1: estos embeddings se cargaron de un archivo que no nombra el modelo que los generó. Calcúlelos con su modelo («Calcular embeddings…» los lee de la caché) para consultar por archivo de imagen.</translation>
    </message>
</context>
<context>
    <name>ParameterForm</name>
    <message>
        <location filename="../widgets/forms/parameter_form.cpp" line="38"/>
        <source>%1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <location filename="../widgets/forms/parameter_form.cpp" line="47"/>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <location filename="../widgets/forms/parameter_form.cpp" line="47"/>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
</context>
<context>
    <name>PlotExport</name>
    <message>
        <location filename="../widgets/plots/plot_export.cpp" line="49"/>
        <source>Export Failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <location filename="../widgets/plots/plot_export.cpp" line="50"/>
        <source>Could not write %1:
%2</source>
        <translation>No se pudo escribir %1:
%2</translation>
    </message>
    <message>
        <location filename="../widgets/plots/plot_export.cpp" line="91"/>
        <source>The file could not be written.</source>
        <translation>No se pudo escribir el archivo.</translation>
    </message>
    <message>
        <location filename="../widgets/plots/plot_export.cpp" line="99"/>
        <source>Export Image…</source>
        <translation>Exportar imagen…</translation>
    </message>
    <message>
        <location filename="../widgets/plots/plot_export.cpp" line="103"/>
        <source>Export Image</source>
        <translation>Exportar imagen</translation>
    </message>
    <message>
        <location filename="../widgets/plots/plot_export.cpp" line="104"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../widgets/plots/plot_export.cpp" line="117"/>
        <source>Export Data as CSV…</source>
        <translation>Exportar datos como CSV…</translation>
    </message>
    <message>
        <location filename="../widgets/plots/plot_export.cpp" line="119"/>
        <source>Export Data</source>
        <translation>Exportar datos</translation>
    </message>
    <message>
        <location filename="../widgets/plots/plot_export.cpp" line="121"/>
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
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
        <translation>Todas las imágenes</translation>
    </message>
    <message>
        <location filename="../widgets/common/tag_types.cpp" line="42"/>
        <source>Train</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <location filename="../widgets/common/tag_types.cpp" line="43"/>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <location filename="../widgets/common/tag_types.cpp" line="44"/>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
</context>
<context>
    <name>TagBand</name>
    <message>
        <location filename="../widgets/common/tag_types.cpp" line="21"/>
        <source>Head</source>
        <translation>Frecuente</translation>
    </message>
    <message>
        <location filename="../widgets/common/tag_types.cpp" line="22"/>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../widgets/common/tag_types.cpp" line="23"/>
        <source>Tail</source>
        <translation>Rara</translation>
    </message>
</context>
<context>
    <name>TagData</name>
    <message>
        <location filename="../app/gui/common/tag_data.cpp" line="48"/>
        <source>Positive images (train split)</source>
        <translation>Positivas (entrenamiento)</translation>
    </message>
    <message>
        <location filename="../app/gui/common/tag_data.cpp" line="49"/>
        <source>Positive images</source>
        <translation>Imágenes positivas</translation>
    </message>
    <message>
        <location filename="../app/gui/common/tag_data.cpp" line="54"/>
        <source>train positives</source>
        <translation>positivas de entrenamiento</translation>
    </message>
    <message>
        <location filename="../app/gui/common/tag_data.cpp" line="54"/>
        <source>positives</source>
        <translation>positivas</translation>
    </message>
    <message>
        <location filename="../app/gui/common/tag_data.cpp" line="114"/>
        <source>%1 · %2 · %3 positive · %4 negative · %5 unknown labels · imbalance %6</source>
        <translation>%1 · %2 · %3 anotaciones positivas · %4 negativas · %5 desconocidas · desequilibrio %6</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/common/tag_data.cpp" line="115"/>
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln imagen</numerusform>
            <numerusform>%Ln imágenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/common/tag_data.cpp" line="115"/>
        <source>%Ln tag(s)</source>
        <translation>
            <numerusform>%Ln etiqueta</numerusform>
            <numerusform>%Ln etiquetas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="192"/>
        <source>Custom settings</source>
        <translation>Ajustes personalizados</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="193"/>
        <source>Defaults (ASL, small CNN)</source>
        <translation>Valores por defecto (ASL, CNN pequeña)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="194"/>
        <source>Open Images-style partial labels: ASL + selective</source>
        <translation>Anotaciones parciales como en Open Images: ASL + selectivo</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="197"/>
        <source>Long tail: DB loss + class-aware sampler</source>
        <translation>Cola larga: pérdida DB + muestreo por clases</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="199"/>
        <source>Quick look on a CPU: small CNN, 5 epochs</source>
        <translation>Vistazo rápido en CPU: CNN pequeña, 5 épocas</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="202"/>
        <source>Open Images-sized data: ResNet-50 by steps</source>
        <translation>Datos del tamaño de Open Images: ResNet-50 por pasos</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="65"/>
        <source>%1: cannot read (%2)</source>
        <translation>%1: no se puede leer (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="420"/>
        <location filename="../app/gui/training/training_panel.cpp" line="423"/>
        <source>Cannot write %1</source>
        <translation>No se puede escribir %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="15"/>
        <source>Browse and analyse imbalanced multilabel image datasets.</source>
        <translation>Explorar y analizar conjuntos de imágenes multietiqueta desequilibrados.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="18"/>
        <source>Dataset folder to open.</source>
        <translation>Carpeta del conjunto de datos que se abrirá.</translation>
    </message>
    <message>
        <location filename="../app/gui/window/startup_check.cpp" line="19"/>
        <source>Quit once started and the dataset is open; exit status 1 when it could not be opened.</source>
        <translation>Salir en cuanto se haya iniciado y el conjunto de datos esté abierto; código de salida 1 si no se pudo abrir.</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::AboutDialog</name>
    <message>
        <location filename="../app/gui/window/about_dialog.cpp" line="26"/>
        <source>CPU, 1 thread</source>
        <translation>CPU, 1 hilo</translation>
    </message>
    <message>
        <location filename="../app/gui/window/about_dialog.cpp" line="26"/>
        <source>CPU, %1 threads</source>
        <translation>CPU, %1 hilos</translation>
    </message>
    <message>
        <location filename="../app/gui/window/about_dialog.cpp" line="34"/>
        <source>About Tagscope</source>
        <translation>Acerca de Tagscope</translation>
    </message>
    <message>
        <location filename="../app/gui/window/about_dialog.cpp" line="41"/>
        <source>Tagscope %1</source>
        <translation>Tagscope %1</translation>
    </message>
    <message>
        <location filename="../app/gui/window/about_dialog.cpp" line="47"/>
        <source>A workbench for imbalanced multilabel image datasets: browse millions of tagged images, see how skewed the tags are, train models with a loss that suits the long tail, and inspect what they learned.</source>
        <translation>Un banco de trabajo para conjuntos de imágenes multietiqueta desequilibrados: explore millones de imágenes etiquetadas, vea lo sesgadas que están las etiquetas, entrene modelos con una pérdida adecuada para la cola larga e inspeccione lo que han aprendido.</translation>
    </message>
    <message>
        <location filename="../app/gui/window/about_dialog.cpp" line="57"/>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilado con %2)</translation>
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
        <translation>no se usa en esta compilación</translation>
    </message>
    <message>
        <location filename="../app/gui/window/about_dialog.cpp" line="62"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../app/gui/window/about_dialog.cpp" line="63"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/about_dialog.cpp" line="64"/>
        <source>Build</source>
        <translation>Compilación</translation>
    </message>
    <message>
        <location filename="../app/gui/window/about_dialog.cpp" line="64"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../app/gui/window/about_dialog.cpp" line="78"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../app/gui/window/about_dialog.cpp" line="79"/>
        <source>Copy the versions and the device to the clipboard, for a bug report</source>
        <translation>Copiar las versiones y el dispositivo al portapapeles, para un informe de errores</translation>
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
        <translation>Umbrales absolutos</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/band_rule_bar.cpp" line="48"/>
        <source>Shares of the tags</source>
        <translation>Proporciones de etiquetas</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/band_rule_bar.cpp" line="49"/>
        <source>Thirds of the tags</source>
        <translation>Tercios de las etiquetas</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/band_rule_bar.cpp" line="50"/>
        <source>Bands by fixed numbers of training positives, or by rank: the most frequent and the rarest shares of the tags (a third each for thirds)</source>
        <translation>Grupos por números fijos de positivas de entrenamiento o por rango: las proporciones más frecuentes y más raras de las etiquetas (un tercio cada una con tercios)</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/band_rule_bar.cpp" line="52"/>
        <source>Head tags have more training positives than this</source>
        <translation>Las etiquetas frecuentes tienen más positivas de entrenamiento que este número</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/band_rule_bar.cpp" line="53"/>
        <source>Tail tags have fewer training positives than this</source>
        <translation>Las etiquetas raras tienen menos positivas de entrenamiento que este número</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/band_rule_bar.cpp" line="54"/>
        <source>The share of the tags, the most frequent, in the head</source>
        <translation>La proporción de etiquetas, las más frecuentes, en el grupo Frecuente</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/band_rule_bar.cpp" line="55"/>
        <source>The share of the tags, the rarest, in the tail</source>
        <translation>La proporción de etiquetas, las más raras, en el grupo Rara</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/band_rule_bar.cpp" line="57"/>
        <source>Head above</source>
        <translation>Frecuente más de</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/band_rule_bar.cpp" line="57"/>
        <source>tail below</source>
        <translation>rara menos de</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/band_rule_bar.cpp" line="58"/>
        <source>Head</source>
        <translation>Frecuente</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/band_rule_bar.cpp" line="58"/>
        <source>tail</source>
        <translation>rara</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/band_rule_bar.cpp" line="64"/>
        <source>Bands:</source>
        <translation>Grupos:</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::ComputeEmbeddingsDialog</name>
    <message>
        <location filename="../app/gui/embeddings/compute_embeddings_dialog.cpp" line="28"/>
        <source>Compute Embeddings</source>
        <translation>Calcular embeddings</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/compute_embeddings_dialog.cpp" line="36"/>
        <source>Run Folder…</source>
        <translation>Carpeta de ejecución…</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/compute_embeddings_dialog.cpp" line="37"/>
        <source>Model File…</source>
        <translation>Archivo de modelo…</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/compute_embeddings_dialog.cpp" line="39"/>
        <source>A checkpoint (RUN/checkpoints/*.pt) or a TorchScript model (.pt)</source>
        <translation>Un checkpoint (EJECUCIÓN/checkpoints/*.pt) o un modelo TorchScript (.pt)</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/compute_embeddings_dialog.cpp" line="45"/>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/compute_embeddings_dialog.cpp" line="46"/>
        <source>Train</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/compute_embeddings_dialog.cpp" line="47"/>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/compute_embeddings_dialog.cpp" line="48"/>
        <source>Pooled backbone features instead of the embedding head</source>
        <translation>Características agrupadas del backbone en lugar de la cabeza de embedding</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/compute_embeddings_dialog.cpp" line="49"/>
        <source>Reuse embeddings cached from an earlier extraction</source>
        <translation>Reutilizar los embeddings guardados en caché de una extracción anterior</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/compute_embeddings_dialog.cpp" line="55"/>
        <source>Every image of the split is run through the model once; the vectors are cached on disk, so the next time the same model and split load at once.</source>
        <translation>Cada imagen de la partición pasa una vez por el modelo; los vectores se guardan en caché en el disco, así que la próxima vez el mismo modelo y la misma partición se cargan al instante.</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/compute_embeddings_dialog.cpp" line="61"/>
        <source>&lt;b&gt;This run has no embedding head&lt;/b&gt; (it trained with Embedding size 0), so its pooled backbone features will be used. For an embedding head, train with an Embedding size above 0.</source>
        <translation>&lt;b&gt;Esta ejecución no tiene cabeza de embedding&lt;/b&gt; (se entrenó con tamaño del embedding 0), así que se usarán sus características agrupadas del backbone. Para tener una cabeza de embedding, entrena con un tamaño del embedding mayor que 0.</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/compute_embeddings_dialog.cpp" line="66"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/compute_embeddings_dialog.cpp" line="67"/>
        <source>Split</source>
        <translation>Partición</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/compute_embeddings_dialog.cpp" line="71"/>
        <source>Compute</source>
        <translation>Calcular</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/compute_embeddings_dialog.cpp" line="126"/>
        <source>The run has no embedding head: its pooled backbone features are used in any case</source>
        <translation>La ejecución no tiene cabeza de embedding: se usan sus características agrupadas del backbone en cualquier caso</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/compute_embeddings_dialog.cpp" line="135"/>
        <source>Run %1</source>
        <translation>Ejecución %1</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/compute_embeddings_dialog.cpp" line="146"/>
        <source>Training Run Folder</source>
        <translation>Carpeta de la ejecución de entrenamiento</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/compute_embeddings_dialog.cpp" line="153"/>
        <source>Checkpoint or TorchScript Model</source>
        <translation>Checkpoint o modelo TorchScript</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/compute_embeddings_dialog.cpp" line="154"/>
        <source>PyTorch files (*.pt *.pth);;All files (*)</source>
        <translation>Archivos de PyTorch (*.pt *.pth);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/compute_embeddings_dialog.cpp" line="28"/>
        <source>Compute Predictions</source>
        <translation>Calcular predicciones</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/compute_embeddings_dialog.cpp" line="38"/>
        <source>A TorchScript model with one score per tag (a run&apos;s model.pt)</source>
        <translation>Un modelo TorchScript con una puntuación por etiqueta (el model.pt de una ejecución)</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/compute_embeddings_dialog.cpp" line="53"/>
        <source>The run&apos;s exported model scores every image of the split for each tag; choose the split the map shows. The scores colour the map by whether the model is right on the chosen tag.</source>
        <translation>El modelo exportado de la ejecución puntúa cada imagen de la partición para cada etiqueta; elija la partición que muestra el mapa. Las puntuaciones colorean el mapa según el modelo acierte o no en la etiqueta elegida.</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::DatasetController</name>
    <message>
        <location filename="../app/gui/window/dataset_controller.cpp" line="160"/>
        <source>Opening the demo dataset</source>
        <translation>Abriendo el conjunto de datos de demostración</translation>
    </message>
    <message>
        <location filename="../app/gui/window/dataset_controller.cpp" line="162"/>
        <source>Updating the review corrections</source>
        <translation>Actualizando las correcciones de la revisión</translation>
    </message>
    <message>
        <location filename="../app/gui/window/dataset_controller.cpp" line="164"/>
        <source>Opening %1</source>
        <translation>Abriendo %1</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::DuplicatePairsView</name>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="44"/>
        <source>train</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="45"/>
        <source>validation</source>
        <translation>validación</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="46"/>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="47"/>
        <source>no split</source>
        <translation>sin partición</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="56"/>
        <source>kept both</source>
        <translation>ambas conservadas</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="57"/>
        <source>left image left out</source>
        <translation>imagen izquierda excluida</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="58"/>
        <source>right image left out</source>
        <translation>imagen derecha excluida</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="86"/>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="87"/>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="88"/>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="89"/>
        <source>Splits</source>
        <translation>Particiones</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="90"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="107"/>
        <source>%1 (leak)</source>
        <translation>%1 (fuga)</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="176"/>
        <source>Leaks only</source>
        <translation>Solo fugas</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="176"/>
        <source>Export Leaks…</source>
        <translation>Exportar fugas…</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="178"/>
        <source>Keep Both (K)</source>
        <translation>Conservar ambas (K)</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="178"/>
        <source>Leave Out Left (L)</source>
        <translation>Excluir izquierda (L)</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="179"/>
        <source>Leave Out Right (R)</source>
        <translation>Excluir derecha (R)</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="179"/>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="197"/>
        <source>Previous Pair</source>
        <translation>Par anterior</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="179"/>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="198"/>
        <source>Next Pair</source>
        <translation>Par siguiente</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="187"/>
        <source>Largest cosine distance of a pair (0: identical embeddings; useful values lie between about 0.1 and 0.25)</source>
        <translation>Mayor distancia coseno de un par (0: embeddings idénticos; los valores útiles están entre 0,1 y 0,25 aproximadamente)</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="188"/>
        <source>List only the pairs whose images lie in different splits</source>
        <translation>Mostrar solo los pares cuyas imágenes están en particiones distintas</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="189"/>
        <source>Save every leak (a pair across splits) as CSV: both images, their splits and their distance</source>
        <translation>Guardar cada fuga (un par entre particiones) como CSV: ambas imágenes, sus particiones y su distancia</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="192"/>
        <source>Review: Duplicates and Leaks</source>
        <translation>Revisión: duplicados y fugas</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="194"/>
        <source>Keep Both</source>
        <translation>Conservar ambas</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="195"/>
        <source>Leave Out Left</source>
        <translation>Excluir izquierda</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="196"/>
        <source>Leave Out Right</source>
        <translation>Excluir derecha</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="206"/>
        <source>Both images stay in the dataset</source>
        <translation>Ambas imágenes permanecen en el conjunto de datos</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="207"/>
        <source>Leave the left image out of the dataset (training and evaluation)</source>
        <translation>Excluir la imagen izquierda del conjunto de datos (entrenamiento y evaluación)</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="208"/>
        <source>Leave the right image out of the dataset (training and evaluation)</source>
        <translation>Excluir la imagen derecha del conjunto de datos (entrenamiento y evaluación)</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="209"/>
        <source>Page Up</source>
        <translation>Re Pág</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="210"/>
        <source>Page Down</source>
        <translation>Av Pág</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="222"/>
        <source>Distance up to</source>
        <translation>Distancia hasta</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="274"/>
        <source>Cannot search for duplicates: %1</source>
        <translation>No se pueden buscar duplicados: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="275"/>
        <source>Search cancelled.</source>
        <translation>Búsqueda cancelada.</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="330"/>
        <source>Finding near duplicates…</source>
        <translation>Buscando casi duplicados…</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="397"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="403"/>
        <source>Distance %1</source>
        <translation>Distancia %1</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="405"/>
        <source>Leak</source>
        <translation>Fuga</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="409"/>
        <source>No pair to show.</source>
        <translation>No hay ningún par que mostrar.</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="409"/>
        <source>No leak among these pairs.</source>
        <translation>Ninguna fuga entre estos pares.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="485"/>
        <source>%Ln pair(s) within %1</source>
        <translation>
            <numerusform>%Ln par hasta %1</numerusform>
            <numerusform>%Ln pares hasta %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="486"/>
        <source>%Ln leak(s) across splits</source>
        <translation>
            <numerusform>%Ln fuga entre particiones</numerusform>
            <numerusform>%Ln fugas entre particiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="487"/>
        <source>%Ln decided</source>
        <translation>
            <numerusform>%Ln decidido</numerusform>
            <numerusform>%Ln decididos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="490"/>
        <source>%1% of all pairs of images are this close: the embedding hardly tells the images apart. Use one from a trained model, or a lower distance.</source>
        <translation>El %1 % de todos los pares de imágenes están así de cerca: el embedding apenas distingue las imágenes. Use uno de un modelo entrenado o una distancia menor.</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="502"/>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="514"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="520"/>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="525"/>
        <source>Export Leaks</source>
        <translation>Exportar fugas</translation>
    </message>
    <message>
        <location filename="../app/gui/review/duplicate_pairs_view.cpp" line="520"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::EmbeddingPage</name>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="98"/>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;No embeddings yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Compute them with a trained model (&lt;i&gt;Compute Embeddings…&lt;/i&gt;) or load an .npy written by &lt;tt&gt;tagscope-cli embed&lt;/tt&gt; (&lt;i&gt;Load Embeddings…&lt;/i&gt;).&lt;br&gt;t-SNE then lays the images out live.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Aún no hay embeddings&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Calcúlelos con un modelo entrenado (&lt;i&gt;Calcular embeddings…&lt;/i&gt;) o cargue un .npy escrito por &lt;tt&gt;tagscope-cli embed&lt;/tt&gt; (&lt;i&gt;Cargar embeddings…&lt;/i&gt;).&lt;br&gt;Después, t-SNE distribuye las imágenes en directo.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="105"/>
        <source>t-SNE</source>
        <translation>t-SNE</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="140"/>
        <source>Cannot Load Embeddings</source>
        <translation>No se pueden cargar los embeddings</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="141"/>
        <source>Embedding cancelled</source>
        <translation>Cálculo de embeddings cancelado</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="167"/>
        <source>Predictions of %1 for %Ln image(s)</source>
        <translation>
            <numerusform>Predicciones de %1 para %Ln imagen</numerusform>
            <numerusform>Predicciones de %1 para %Ln imágenes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="207"/>
        <source>Embedding Map</source>
        <translation>Mapa de embeddings</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="214"/>
        <source>Compute Embeddings…</source>
        <translation>Calcular embeddings…</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="215"/>
        <source>Embed a split of the dataset with a training run, a checkpoint or a TorchScript model</source>
        <translation>Calcular los embeddings de una partición del conjunto de datos con una ejecución de entrenamiento, un checkpoint o un modelo TorchScript</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="216"/>
        <source>Load Embeddings…</source>
        <translation>Cargar embeddings…</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="217"/>
        <source>Load an embedding .npy (rows x dimensions) with its .images.npy file naming each row&apos;s image</source>
        <translation>Cargar un .npy de embeddings (filas x dimensiones) con su archivo .images.npy, que nombra la imagen de cada fila</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="220"/>
        <source>Embeddings</source>
        <translation>Embeddings</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="221"/>
        <source>Compute the images&apos; embeddings with a model, or load them from a file</source>
        <translation>Calcular los embeddings de las imágenes con un modelo o cargarlos de un archivo</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="238"/>
        <source> Colour by </source>
        <translation> Colorear por </translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="241"/>
        <source>Tag label</source>
        <translation>Anotación de la etiqueta</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="242"/>
        <source>Split</source>
        <translation>Partición</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="243"/>
        <source>Model correctness</source>
        <translation>Acierto del modelo</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="244"/>
        <source>Density</source>
        <translation>Densidad</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="250"/>
        <source>The tag whose label state (or the model&apos;s verdict on it) colours the points</source>
        <translation>La etiqueta cuyo estado de anotación (o el veredicto del modelo sobre ella) colorea los puntos</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="259"/>
        <source>Pan</source>
        <translation>Desplazar</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="260"/>
        <source>Rectangle</source>
        <translation>Rectángulo</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="261"/>
        <source>Lasso</source>
        <translation>Lazo</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="262"/>
        <source>Drag to pan, scroll to zoom (P)</source>
        <translation>Arrastre para desplazar, use la rueda para hacer zoom (P)</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="262"/>
        <source>Drag a rectangle to select the images inside (R)</source>
        <translation>Arrastre un rectángulo para seleccionar las imágenes que contiene (R)</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="263"/>
        <source>Draw around the images to select (L)</source>
        <translation>Dibuje alrededor de las imágenes que quiera seleccionar (L)</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="278"/>
        <source>Fit</source>
        <translation>Encuadrar</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="282"/>
        <source>Show every point and follow the layout as it moves</source>
        <translation>Mostrar todos los puntos y seguir la disposición mientras se mueve</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="290"/>
        <source>Coordinates as CSV…</source>
        <translation>Coordenadas como CSV…</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="291"/>
        <source>Coordinates as NumPy (.npy)…</source>
        <translation>Coordenadas como NumPy (.npy)…</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="292"/>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="652"/>
        <source>Export Coordinates</source>
        <translation>Exportar coordenadas</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="293"/>
        <source>NumPy arrays (*.npy)</source>
        <translation>Arrays de NumPy (*.npy)</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="297"/>
        <source>Selection as CSV…</source>
        <translation>Selección como CSV…</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="299"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="311"/>
        <source>Show All Images</source>
        <translation>Mostrar todas las imágenes</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="314"/>
        <source>Clear the browser&apos;s filter: every point of the map in its colour again</source>
        <translation>Quitar el filtro del explorador: cada punto del mapa vuelve a su color</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="366"/>
        <source>Load or compute embeddings to start.</source>
        <translation>Cargue o calcule embeddings para empezar.</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="367"/>
        <source>No embeddings for this dataset yet</source>
        <translation>Aún no hay embeddings para este conjunto de datos</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="367"/>
        <source>No dataset open</source>
        <translation>Ningún conjunto de datos abierto</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="380"/>
        <source>, model %1</source>
        <translation>, modelo %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="595"/>
        <source>Coordinates of %Ln image(s) (iteration %1) saved to %2</source>
        <translation>
            <numerusform>Coordenadas de %Ln imagen (iteración %1) guardadas en %2</numerusform>
            <numerusform>Coordenadas de %Ln imágenes (iteración %1) guardadas en %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="610"/>
        <source>%Ln selected image(s) saved to %1</source>
        <translation>
            <numerusform>%Ln imagen seleccionada guardada en %1</numerusform>
            <numerusform>%Ln imágenes seleccionadas guardadas en %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="411"/>
        <source>Cannot Load Predictions</source>
        <translation>No se pueden cargar las predicciones</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="461"/>
        <source>Right and wrong predictions of the loaded model for the chosen tag</source>
        <translation>Aciertos y errores del modelo cargado para la etiqueta elegida</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="495"/>
        <source>Cannot Colour the Map</source>
        <translation>No se puede colorear el mapa</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="525"/>
        <source>The browser&apos;s filter: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Filtro del explorador: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="531"/>
        <source>Outside the filter</source>
        <translation>Fuera del filtro</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="532"/>
        <source>The browser&apos;s filter: &lt;b&gt;%1&lt;/b&gt; · %2 of %3 points match; the others are drawn as hollow rings</source>
        <translation>Filtro del explorador: &lt;b&gt;%1&lt;/b&gt; · %2 de %3 puntos lo cumplen; los demás se dibujan como anillos huecos</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="557"/>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="562"/>
        <source>Optimising: early exaggeration pulls the clusters together…</source>
        <translation>Optimizando: la exageración inicial agrupa los clústeres…</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="563"/>
        <source>Optimising…</source>
        <translation>Optimizando…</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="565"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="566"/>
        <source>Reached the iteration target; Run continues.</source>
        <translation>Se alcanzó el objetivo de iteraciones; «Ejecutar» continúa.</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="600"/>
        <source>Cannot Export Coordinates</source>
        <translation>No se pueden exportar las coordenadas</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="612"/>
        <source>Cannot Export the Selection</source>
        <translation>No se puede exportar la selección</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="618"/>
        <source>Load Embeddings</source>
        <translation>Cargar embeddings</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="619"/>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="645"/>
        <source>NumPy arrays (*.npy);;All files (*)</source>
        <translation>Arrays de NumPy (*.npy);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="644"/>
        <source>Load Predictions</source>
        <translation>Cargar predicciones</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="653"/>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="663"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="662"/>
        <source>Export Selection</source>
        <translation>Exportar selección</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="163"/>
        <source>Cannot Use the Predictions</source>
        <translation>No se pueden usar las predicciones</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="226"/>
        <source>Compute with a Run&apos;s Model…</source>
        <translation>Calcular con el modelo de una ejecución…</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="227"/>
        <source>Score the images with a run&apos;s exported model (model.pt) for the model-correctness colours</source>
        <translation>Puntuar las imágenes con el modelo exportado de una ejecución (model.pt) para colorear según los aciertos del modelo</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="228"/>
        <source>Load Scores (.npy)…</source>
        <translation>Cargar puntuaciones (.npy)…</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="229"/>
        <source>Load the model&apos;s scores (.npy, one column per tag of the dataset) to colour points by whether the model is right</source>
        <translation>Cargar las puntuaciones del modelo (.npy, una columna por etiqueta del conjunto de datos) para colorear los puntos según acierte o no el modelo</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="231"/>
        <source>Predictions</source>
        <translation>Predicciones</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="232"/>
        <source>The model&apos;s scores per tag, for colouring points by whether the model is right</source>
        <translation>Las puntuaciones del modelo por etiqueta, para colorear los puntos según acierte o no el modelo</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="381"/>
        <source>%Ln image(s) × %1 dimensions from %2%3</source>
        <translation>
            <numerusform>%Ln imagen × %1 dimensiones de %2%3</numerusform>
            <numerusform>%Ln imágenes × %1 dimensiones de %2%3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="425"/>
        <source>Predictions for %Ln image(s) loaded</source>
        <translation>
            <numerusform>Predicciones cargadas para %Ln imagen</numerusform>
            <numerusform>Predicciones cargadas para %Ln imágenes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_page.cpp" line="462"/>
        <source>Needs the model&apos;s scores per tag: Predictions ▸ Compute with a Run&apos;s Model, or Load Scores</source>
        <translation>Necesita las puntuaciones del modelo por etiqueta: Predicciones ▸ Calcular con el modelo de una ejecución, o Cargar puntuaciones</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::EmbeddingSourceRunner</name>
    <message>
        <location filename="../app/gui/embeddings/embedding_source_runner.cpp" line="65"/>
        <source>Reading %1</source>
        <translation>Leyendo %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/embeddings/embedding_source_runner.cpp" line="91"/>
        <source>%Ln embedding(s) of %1 dimensions from %2</source>
        <translation>
            <numerusform>%Ln embedding de %1 dimensiones de %2</numerusform>
            <numerusform>%Ln embeddings de %1 dimensiones de %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/embeddings/embedding_source_runner.cpp" line="159"/>
        <source>%Ln embedding(s) of %1 dimensions read from the cache (%2)</source>
        <translation>
            <numerusform>%Ln embedding de %1 dimensiones leído de la caché (%2)</numerusform>
            <numerusform>%Ln embeddings de %1 dimensiones leídos de la caché (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/embeddings/embedding_source_runner.cpp" line="160"/>
        <source>%Ln embedding(s) of %1 dimensions computed (%2)</source>
        <translation>
            <numerusform>%Ln embedding de %1 dimensiones calculado (%2)</numerusform>
            <numerusform>%Ln embeddings de %1 dimensiones calculados (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/embeddings/embedding_source_runner.cpp" line="163"/>
        <source>; %Ln image(s) could not be decoded</source>
        <translation>
            <numerusform>; %Ln imagen no se pudo decodificar</numerusform>
            <numerusform>; %Ln imágenes no se pudieron decodificar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_source_runner.cpp" line="116"/>
        <source>Embedding the %1 images with %2</source>
        <translation>Calculando los embeddings de las %1 imágenes con %2</translation>
    </message>
    <message>
        <location filename="../app/gui/embeddings/embedding_source_runner.cpp" line="117"/>
        <source>Scoring the %1 images with %2</source>
        <translation>Puntuando las %1 imágenes con %2</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::ImageInspector</name>
    <message>
        <location filename="../app/gui/browse/image_inspector.cpp" line="26"/>
        <source>positive</source>
        <translation>positiva</translation>
    </message>
    <message>
        <location filename="../app/gui/browse/image_inspector.cpp" line="27"/>
        <source>verified negative</source>
        <translation>negativa verificada</translation>
    </message>
    <message>
        <location filename="../app/gui/browse/image_inspector.cpp" line="28"/>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <location filename="../app/gui/browse/image_inspector.cpp" line="42"/>
        <source>%1: corrected by review; the annotations say %2</source>
        <translation>%1: corregida en la revisión; según las anotaciones, %2</translation>
    </message>
    <message>
        <location filename="../app/gui/browse/image_inspector.cpp" line="49"/>
        <source>train</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <location filename="../app/gui/browse/image_inspector.cpp" line="50"/>
        <source>validation</source>
        <translation>validación</translation>
    </message>
    <message>
        <location filename="../app/gui/browse/image_inspector.cpp" line="51"/>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <location filename="../app/gui/browse/image_inspector.cpp" line="52"/>
        <source>no split</source>
        <translation>sin partición</translation>
    </message>
    <message>
        <location filename="../app/gui/browse/image_inspector.cpp" line="85"/>
        <source>Previous image in the grid (Alt+Left)</source>
        <translation>Imagen anterior de la cuadrícula (Alt+Izquierda)</translation>
    </message>
    <message>
        <location filename="../app/gui/browse/image_inspector.cpp" line="88"/>
        <source>Next image in the grid (Alt+Right)</source>
        <translation>Imagen siguiente de la cuadrícula (Alt+Derecha)</translation>
    </message>
    <message>
        <location filename="../app/gui/browse/image_inspector.cpp" line="95"/>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../app/gui/browse/image_inspector.cpp" line="95"/>
        <location filename="../app/gui/browse/image_inspector.cpp" line="103"/>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location filename="../app/gui/browse/image_inspector.cpp" line="95"/>
        <location filename="../app/gui/browse/image_inspector.cpp" line="103"/>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <location filename="../app/gui/browse/image_inspector.cpp" line="104"/>
        <source>Images the tag is positive on</source>
        <translation>Imágenes en las que la etiqueta es positiva</translation>
    </message>
    <message>
        <location filename="../app/gui/browse/image_inspector.cpp" line="147"/>
        <source>Select an image in the grid to inspect it.</source>
        <translation>Seleccione una imagen de la cuadrícula para examinarla.</translation>
    </message>
    <message>
        <location filename="../app/gui/browse/image_inspector.cpp" line="158"/>
        <source>No image file (the dataset has no image folder for this split)</source>
        <translation>Sin archivo de imagen (el conjunto de datos no tiene carpeta de imágenes para esta partición)</translation>
    </message>
    <message>
        <location filename="../app/gui/browse/image_inspector.cpp" line="160"/>
        <source>%1 · %2 of %3</source>
        <translation>%1 · %2 de %3</translation>
    </message>
    <message>
        <location filename="../app/gui/browse/image_inspector.cpp" line="164"/>
        <source>No image file</source>
        <translation>Sin archivo de imagen</translation>
    </message>
    <message>
        <location filename="../app/gui/browse/image_inspector.cpp" line="168"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../app/gui/browse/image_inspector.cpp" line="191"/>
        <source>The image could not be loaded.</source>
        <translation>No se pudo cargar la imagen.</translation>
    </message>
    <message>
        <location filename="../app/gui/browse/image_inspector.cpp" line="218"/>
        <source>Positive</source>
        <translation>Positiva</translation>
    </message>
    <message>
        <location filename="../app/gui/browse/image_inspector.cpp" line="219"/>
        <source>Verified negative</source>
        <translation>Negativa verificada</translation>
    </message>
    <message>
        <location filename="../app/gui/browse/image_inspector.cpp" line="220"/>
        <source>Machine</source>
        <translation>Automática</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::ImportReportDialog</name>
    <message>
        <location filename="../app/gui/window/import_report_dialog.cpp" line="25"/>
        <source>Import Report — %1</source>
        <translation>Informe de importación — %1</translation>
    </message>
    <message>
        <location filename="../app/gui/window/import_report_dialog.cpp" line="31"/>
        <source>Read %1 from %2 in &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>Lectura: %1 de %2 en &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/window/import_report_dialog.cpp" line="32"/>
        <source>&lt;b&gt;%Ln&lt;/b&gt; row(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; fila</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/window/import_report_dialog.cpp" line="33"/>
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln archivo</numerusform>
            <numerusform>%Ln archivos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/window/import_report_dialog.cpp" line="36"/>
        <source>Rows skipped: %1. Issues: %2.</source>
        <translation>Filas omitidas: %1. Problemas: %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/window/import_report_dialog.cpp" line="38"/>
        <source>The first %1 are listed.</source>
        <translation>Se muestran los primeros %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/window/import_report_dialog.cpp" line="42"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../app/gui/window/import_report_dialog.cpp" line="42"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../app/gui/window/import_report_dialog.cpp" line="42"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../app/gui/window/import_report_dialog.cpp" line="52"/>
        <source>(dataset)</source>
        <translation>(conjunto de datos)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/import_report_dialog.cpp" line="68"/>
        <source>Copy All</source>
        <translation>Copiar todo</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::LabelNextView</name>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="40"/>
        <source>Choose Images</source>
        <translation>Elegir imágenes</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="41"/>
        <source>Export for Annotators…</source>
        <translation>Exportar para anotadores…</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="41"/>
        <source>Answer Here</source>
        <translation>Responder aquí</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="48"/>
        <source>How many images to send to annotators</source>
        <translation>Cuántas imágenes enviar a los anotadores</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="49"/>
        <source>The tags to ask about: rare tags gain the most from new labels</source>
        <translation>Las etiquetas por las que preguntar: las etiquetas raras ganan más con etiquetados nuevos</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="51"/>
        <source>Choose the images again with this budget and these tags</source>
        <translation>Elegir de nuevo las imágenes con este presupuesto y estas etiquetas</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="52"/>
        <source>Save the questions as an Open Images label file (ImageID, Source, LabelName, Confidence) for annotators to fill in the confidence; import their answers with tagscope-cli corrections --import</source>
        <translation>Guardar las preguntas como archivo de etiquetas de Open Images (ImageID, Source, LabelName, Confidence) para que los anotadores rellenen la confianza; importar sus respuestas con tagscope-cli corrections --import</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="54"/>
        <source>Answer the questions yourself, one card at a time</source>
        <translation>Responder usted mismo a las preguntas, una tarjeta cada vez</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="60"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="60"/>
        <source>Utility</source>
        <translation>Utilidad</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="60"/>
        <source>Questions (uncertainty)</source>
        <translation>Preguntas (incertidumbre)</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="66"/>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="68"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="90"/>
        <source>Cannot choose images: %1</source>
        <translation>No se pueden elegir imágenes: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="91"/>
        <source>Choice cancelled.</source>
        <translation>Elección cancelada.</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="99"/>
        <source>Medium and tail tags</source>
        <translation>Etiquetas medias y raras</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="100"/>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="175"/>
        <source>Choosing images to label…</source>
        <translation>Eligiendo imágenes que etiquetar…</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="190"/>
        <source>%1 has no column for this tag</source>
        <translation>%1 no tiene columna para esta etiqueta</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="191"/>
        <source>no scored tag is in the medium or tail band</source>
        <translation>ninguna etiqueta puntuada está en las bandas media o rara</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="218"/>
        <source>Load scores (a run&apos;s predictions) and open embeddings to choose the images to label next.</source>
        <translation>Cargue puntuaciones (las predicciones de una ejecución) y abra embeddings para elegir las imágenes que etiquetar a continuación.</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="229"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="233"/>
        <source>, … (%1 in all)</source>
        <translation>, … (%1 en total)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/review/label_next_view.cpp" line="244"/>
        <source>%Ln image(s) to label next (of a budget of %1)</source>
        <translation>
            <numerusform>%Ln imagen que etiquetar a continuación (de un presupuesto de %1)</numerusform>
            <numerusform>%Ln imágenes que etiquetar a continuación (de un presupuesto de %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/review/label_next_view.cpp" line="246"/>
        <source>%Ln question(s)</source>
        <translation>
            <numerusform>%Ln pregunta</numerusform>
            <numerusform>%Ln preguntas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/review/label_next_view.cpp" line="247"/>
        <source>on %Ln tag(s)</source>
        <translation>
            <numerusform>sobre %Ln etiqueta</numerusform>
            <numerusform>sobre %Ln etiquetas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="250"/>
        <source>These scores come from a model that trained on these images: they are over-confident. Scores from cross-validation choose better.</source>
        <translation>Estas puntuaciones vienen de un modelo entrenado con estas imágenes: tienen un exceso de confianza. Las puntuaciones de una validación cruzada eligen mejor.</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="297"/>
        <source>No images chosen yet.</source>
        <translation>Aún no se ha elegido ninguna imagen.</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="308"/>
        <location filename="../app/gui/review/label_next_view.cpp" line="313"/>
        <source>Export for Annotators</source>
        <translation>Exportar para anotadores</translation>
    </message>
    <message>
        <location filename="../app/gui/review/label_next_view.cpp" line="308"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::MainWindow</name>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="42"/>
        <source>&amp;Open Dataset…</source>
        <translation>&amp;Abrir conjunto de datos…</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="44"/>
        <source>Open a dataset folder (Open Images, COCO, a CSV/TSV list or class folders)</source>
        <translation>Abrir la carpeta de un conjunto de datos (Open Images, COCO, una lista CSV/TSV o carpetas por clase)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="47"/>
        <source>Open Annotation &amp;File…</source>
        <translation>Abrir archivo de a&amp;notaciones…</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="49"/>
        <source>Open a COCO instances JSON file or a CSV/TSV list of image paths and tags</source>
        <translation>Abrir un archivo JSON de instancias COCO o una lista CSV/TSV de rutas de imagen y etiquetas</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="52"/>
        <source>Open &amp;Demo Dataset</source>
        <translation>Abrir conjunto de &amp;demostración</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="53"/>
        <source>Open the Fashion Mosaic demo dataset, generating it on first use</source>
        <translation>Abrir el conjunto de demostración Fashion Mosaic; se genera la primera vez</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="58"/>
        <source>Read the open dataset again from disk</source>
        <translation>Volver a leer del disco el conjunto de datos abierto</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="63"/>
        <source>List the rows the import had to skip</source>
        <translation>Listar las filas que la importación tuvo que omitir</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="67"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="74"/>
        <source>Clear the tag filter (Esc)</source>
        <translation>Quitar el filtro de etiquetas (Esc)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="78"/>
        <source>&amp;Tag Panel</source>
        <translation>&amp;Panel de etiquetas</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="84"/>
        <source>&amp;Analysis Panel</source>
        <translation>Panel de &amp;análisis</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="85"/>
        <source>Show or hide the tag frequency, summary and co-occurrence plots under the grid</source>
        <translation>Mostrar u ocultar bajo la cuadrícula los gráficos de frecuencia, resumen y coocurrencia de etiquetas</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="92"/>
        <source>Tag &amp;Frequency</source>
        <translation>&amp;Frecuencia de etiquetas</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="56"/>
        <source>R&amp;eload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="62"/>
        <source>&amp;Import Report…</source>
        <translation>&amp;Informe de importación…</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="72"/>
        <source>S&amp;how All Images</source>
        <translation>Mostrar &amp;todas las imágenes</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="92"/>
        <source>Im&amp;balance Summary</source>
        <translation>&amp;Resumen del desequilibrio</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="93"/>
        <source>Tag &amp;Co-occurrence</source>
        <translation>&amp;Coocurrencia de etiquetas</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="103"/>
        <source>&amp;Small Thumbnails</source>
        <translation>Miniaturas pe&amp;queñas</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="103"/>
        <source>&amp;Medium Thumbnails</source>
        <translation>Miniaturas m&amp;edianas</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="103"/>
        <source>&amp;Large Thumbnails</source>
        <translation>Miniaturas &amp;grandes</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="111"/>
        <source>Zoom &amp;In</source>
        <translation>Ampl&amp;iar</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="114"/>
        <source>Zoom &amp;Out</source>
        <translation>Re&amp;ducir</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="118"/>
        <source>&amp;About Tagscope</source>
        <translation>&amp;Acerca de Tagscope</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="121"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="129"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="132"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir r&amp;eciente</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="144"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="168"/>
        <source>&amp;Training</source>
        <translation>&amp;Entrenamiento</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="172"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="181"/>
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="207"/>
        <source>No images match this filter.</source>
        <translation>Ninguna imagen cumple este filtro.</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="222"/>
        <source>Tag Frequency</source>
        <translation>Frecuencia de etiquetas</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="223"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="224"/>
        <source>Co-occurrence</source>
        <translation>Coocurrencia</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="265"/>
        <source>Image Inspector</source>
        <translation>Inspector de imágenes</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="305"/>
        <source>Some rows of the label files could not be read; click for the list</source>
        <translation>Algunas filas de los archivos de anotaciones no se pudieron leer; haga clic para ver la lista</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_layout.cpp" line="310"/>
        <source>No dataset open</source>
        <translation>Ningún conjunto de datos abierto</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="309"/>
        <source>Open Dataset Folder</source>
        <translation>Abrir carpeta del conjunto de datos</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="318"/>
        <source>Open Annotation File</source>
        <translation>Abrir archivo de anotaciones</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="319"/>
        <source>Annotations (*.json *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Anotaciones (*.json *.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="396"/>
        <source>1 row skipped</source>
        <translation>1 fila omitida</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="396"/>
        <source>%1 rows skipped</source>
        <translation>%1 filas omitidas</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="397"/>
        <source>1 import issue</source>
        <translation>1 problema de importación</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="397"/>
        <source>%1 import issues</source>
        <translation>%1 problemas de importación</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="398"/>
        <source>details</source>
        <translation>detalles</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="412"/>
        <source>Opened %1</source>
        <translation>Abierto: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="419"/>
        <source>%1: unknown error</source>
        <translation>%1: error desconocido</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="420"/>
        <source>Could not open %1</source>
        <translation>No se pudo abrir %1</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="427"/>
        <source>Cannot Open Dataset</source>
        <translation>No se puede abrir el conjunto de datos</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="428"/>
        <source>Tagscope could not open the dataset in
%1</source>
        <translation>Tagscope no pudo abrir el conjunto de datos de
%1</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="438"/>
        <source>Opening %1 was cancelled</source>
        <translation>Se canceló la apertura de %1</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window.cpp" line="460"/>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vaciar menú</translation>
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
        <translation>Fi&amp;ltrar imágenes…</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_workflow.cpp" line="27"/>
        <source>Type a filter expression for the grid</source>
        <translation>Escribir una expresión de filtro para la cuadrícula</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_workflow.cpp" line="34"/>
        <source>&amp;Next Image</source>
        <translation>Imagen &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_workflow.cpp" line="37"/>
        <source>&amp;Previous Image</source>
        <translation>Imagen a&amp;nterior</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_workflow.cpp" line="41"/>
        <source>&amp;Start Training</source>
        <translation>&amp;Iniciar entrenamiento</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_workflow.cpp" line="43"/>
        <source>Train with the settings of the training panel in a new run</source>
        <translation>Entrenar con los ajustes del panel de entrenamiento en una nueva ejecución</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_workflow.cpp" line="48"/>
        <source>S&amp;top Training</source>
        <translation>&amp;Detener entrenamiento</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_workflow.cpp" line="50"/>
        <source>Stop after the current batch and write a checkpoint</source>
        <translation>Detener tras el batch actual y escribir un checkpoint</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_workflow.cpp" line="53"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_workflow.cpp" line="58"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_embeddings.cpp" line="35"/>
        <source>&amp;Embedding Map</source>
        <translation>&amp;Mapa de embeddings</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_embeddings.cpp" line="39"/>
        <source>Show the embedding map with live t-SNE in place of the browser (Ctrl+E)</source>
        <translation>Mostrar el mapa de embeddings con t-SNE en directo en lugar del explorador (Ctrl+E)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/window/main_window_embeddings.cpp" line="93"/>
        <source>%Ln image(s) from the embedding map</source>
        <translation>
            <numerusform>%Ln imagen del mapa de embeddings</numerusform>
            <numerusform>%Ln imágenes del mapa de embeddings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_embeddings.cpp" line="124"/>
        <source>without %1</source>
        <translation>sin %1</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_embeddings.cpp" line="126"/>
        <source>%1, verified negative</source>
        <translation>%1, negativa verificada</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_embeddings.cpp" line="128"/>
        <source>%1, unknown</source>
        <translation>%1, desconocida</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_training.cpp" line="28"/>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_training.cpp" line="32"/>
        <source>Show the training page in place of the browser: settings, live curves, the long-tail view and the run history (Ctrl+3)</source>
        <translation>Mostrar la página de entrenamiento en lugar del explorador: ajustes, curvas en directo, vista de cola larga e historial de ejecuciones (Ctrl+3)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_corrections.cpp" line="122"/>
        <source>Show Revie&amp;w Corrections</source>
        <translation>M&amp;ostrar las correcciones de la revisión</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_corrections.cpp" line="126"/>
        <source>Show the dataset with the review decisions kept for it, or as its label files give it</source>
        <translation>Mostrar el conjunto de datos con las decisiones de revisión guardadas para él, o tal como lo dan sus archivos de etiquetas</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_corrections.cpp" line="134"/>
        <source>Labels changed and images left out by review decisions (View &gt; Show Review Corrections)</source>
        <translation>Etiquetas cambiadas e imágenes excluidas por decisiones de revisión (Ver &gt; Mostrar las correcciones de la revisión)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/window/main_window_corrections.cpp" line="160"/>
        <location filename="../app/gui/window/main_window_corrections.cpp" line="163"/>
        <source>%n corrected label(s)</source>
        <translation>
            <numerusform>%n etiqueta corregida</numerusform>
            <numerusform>%n etiquetas corregidas</numerusform>
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
            <numerusform>%n imagen excluida</numerusform>
            <numerusform>%n imágenes excluidas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_corrections.cpp" line="320"/>
        <source>Scores for the review are ready: %1</source>
        <translation>Las puntuaciones para la revisión están listas: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_corrections.cpp" line="324"/>
        <source>The scores for the review could not be made: %1</source>
        <translation>No se pudieron calcular las puntuaciones para la revisión: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_corrections.cpp" line="325"/>
        <source>Cannot Score the Labels</source>
        <translation>No se pueden puntuar las etiquetas</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_corrections.cpp" line="325"/>
        <source>The scores for the review could not be made.</source>
        <translation>No se pudieron calcular las puntuaciones para la revisión.</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_corrections.cpp" line="333"/>
        <source>Scoring for the review was cancelled; a cross-validation carries on from its folder when started again</source>
        <translation>Se canceló la puntuación para la revisión; una validación cruzada continúa desde su carpeta al iniciarla de nuevo</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_corrections.cpp" line="340"/>
        <source>Scores for a review are being made already (see the status bar)</source>
        <translation>Ya se están calculando puntuaciones para una revisión (vea la barra de estado)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_corrections.cpp" line="360"/>
        <source>%1: cannot read (%2)</source>
        <translation>%1: no se puede leer (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_review.cpp" line="30"/>
        <source>Re&amp;view</source>
        <translation>Re&amp;visar etiquetas</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_review.cpp" line="34"/>
        <source>Review the labels a model flags as missing or wrong, one image at a time (Ctrl+4)</source>
        <translation>Revisar las etiquetas que un modelo marca como ausentes o erróneas, una imagen tras otra (Ctrl+4)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_review.cpp" line="38"/>
        <source>Open &amp;Scores for Review…</source>
        <translation>Abrir p&amp;untuaciones para revisar…</translation>
    </message>
    <message>
        <location filename="../app/gui/window/main_window_review.cpp" line="40"/>
        <source>Review the labels against a score file of tagscope-cli predict or crossval</source>
        <translation>Revisar las etiquetas con un archivo de puntuaciones de tagscope-cli predict o crossval</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::NeighbourDock</name>
    <message>
        <location filename="../app/gui/neighbours/neighbour_dock.cpp" line="12"/>
        <source>Similar Images</source>
        <translation>Imágenes similares</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_dock.cpp" line="17"/>
        <source>Show or hide the nearest neighbours of an image in embedding space</source>
        <translation>Mostrar u ocultar los vecinos más cercanos de una imagen en el espacio de embeddings</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_dock.cpp" line="19"/>
        <source>Fin&amp;d Similar Images</source>
        <translation>&amp;Buscar imágenes similares</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_dock.cpp" line="21"/>
        <source>Show the nearest neighbours of the current image in embedding space</source>
        <translation>Mostrar los vecinos más cercanos de la imagen actual en el espacio de embeddings</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::NeighbourExporter</name>
    <message>
        <location filename="../app/gui/neighbours/neighbour_exporter.cpp" line="22"/>
        <source>Export Neighbours as &amp;CSV…</source>
        <translation>Exportar vecinos como &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_exporter.cpp" line="23"/>
        <source>Write the neighbours shown (rank, image, path, distance, tags) to a CSV file</source>
        <translation>Escribir los vecinos mostrados (puesto, imagen, ruta, distancia, etiquetas) en un archivo CSV</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_exporter.cpp" line="25"/>
        <source>Export for TensorBoard &amp;Projector…</source>
        <translation>Exportar para TensorBoard &amp;Projector…</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_exporter.cpp" line="26"/>
        <source>Write every embedding with its image, split and tags as tensors.tsv and metadata.tsv</source>
        <translation>Escribir cada embedding con su imagen, partición y etiquetas como tensors.tsv y metadata.tsv</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_exporter.cpp" line="60"/>
        <source>No dataset is open.</source>
        <translation>No hay ningún conjunto de datos abierto.</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_exporter.cpp" line="67"/>
        <source>Export Neighbours</source>
        <translation>Exportar vecinos</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_exporter.cpp" line="67"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_exporter.cpp" line="76"/>
        <source>Wrote 1 neighbour to %1</source>
        <translation>1 vecino escrito en %1</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_exporter.cpp" line="77"/>
        <source>Wrote %1 neighbours to %2</source>
        <translation>%1 vecinos escritos en %2</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_exporter.cpp" line="83"/>
        <source>Export for TensorBoard Projector</source>
        <translation>Exportar para TensorBoard Projector</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_exporter.cpp" line="97"/>
        <source>Writing TensorBoard projector files to %1…</source>
        <translation>Escribiendo los archivos de TensorBoard Projector en %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_exporter.cpp" line="114"/>
        <source>Could not export to %1: %2</source>
        <translation>No se pudo exportar a %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_exporter.cpp" line="117"/>
        <source>Wrote tensors.tsv and metadata.tsv to %1</source>
        <translation>tensors.tsv y metadata.tsv escritos en %1</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::NeighbourPanel</name>
    <message>
        <location filename="../app/gui/neighbours/neighbour_panel.cpp" line="203"/>
        <source>Open a dataset to find similar images.</source>
        <translation>Abra un conjunto de datos para buscar imágenes similares.</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_panel.cpp" line="205"/>
        <source>No embeddings are loaded for this dataset. Compute them with a trained model, or load an embedding file, to see the images most similar to %1.</source>
        <translation>No hay embeddings cargados para este conjunto de datos. Calcúlelos con un modelo entrenado o cargue un archivo de embeddings para ver las imágenes más similares a %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_panel.cpp" line="209"/>
        <source>No embeddings are loaded for this dataset. Compute them with a trained model, or load an embedding file, to find similar images.</source>
        <translation>No hay embeddings cargados para este conjunto de datos. Calcúlelos con un modelo entrenado o cargue un archivo de embeddings para buscar imágenes similares.</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_panel.cpp" line="230"/>
        <source>%1 has no embedding (it is not in the split the embeddings were computed for, or could not be decoded).</source>
        <translation>%1 no tiene embedding (no está en la partición para la que se calcularon los embeddings o no se pudo decodificar).</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_panel.cpp" line="243"/>
        <source>Cannot query by %1: no embeddings are loaded for this dataset.</source>
        <translation>No se puede consultar por %1: no hay embeddings cargados para este conjunto de datos.</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_panel.cpp" line="305"/>
        <source>Embedding %1 with the model…</source>
        <translation>Calculando el embedding de %1 con el modelo…</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_panel.cpp" line="317"/>
        <source>Could not query by %1: %2</source>
        <translation>No se pudo consultar por %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_panel.cpp" line="350"/>
        <source>Building the approximate index… these are exact results meanwhile.</source>
        <translation>Construyendo el índice aproximado… mientras tanto, estos son resultados exactos.</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_panel.cpp" line="372"/>
        <source>Building the approximate index (%1)… these are exact results meanwhile.</source>
        <translation>Construyendo el índice aproximado (%1)… mientras tanto, estos son resultados exactos.</translation>
    </message>
    <message>
        <location filename="../app/gui/neighbours/neighbour_panel.cpp" line="384"/>
        <source>The approximate index could not be built (%1); exact search is used.</source>
        <translation>No se pudo construir el índice aproximado (%1); se usa la búsqueda exacta.</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::OutlierView</name>
    <message>
        <location filename="../app/gui/review/outlier_view.cpp" line="23"/>
        <source>Leave Out Selected</source>
        <translation>Excluir selección</translation>
    </message>
    <message>
        <location filename="../app/gui/review/outlier_view.cpp" line="24"/>
        <source>Keep Selected</source>
        <translation>Conservar selección</translation>
    </message>
    <message>
        <location filename="../app/gui/review/outlier_view.cpp" line="32"/>
        <source>The share of the images listed, those farthest from their nearest neighbours</source>
        <translation>La proporción de imágenes listadas, las más alejadas de sus vecinos más cercanos</translation>
    </message>
    <message>
        <location filename="../app/gui/review/outlier_view.cpp" line="33"/>
        <source>Leave the selected images out of the dataset (training and evaluation)</source>
        <translation>Excluir las imágenes seleccionadas del conjunto de datos (entrenamiento y evaluación)</translation>
    </message>
    <message>
        <location filename="../app/gui/review/outlier_view.cpp" line="34"/>
        <source>The selected images are fine: take them off the list</source>
        <translation>Las imágenes seleccionadas están bien: quitarlas de la lista</translation>
    </message>
    <message>
        <location filename="../app/gui/review/outlier_view.cpp" line="38"/>
        <source>Farthest</source>
        <translation>Las más alejadas</translation>
    </message>
    <message>
        <location filename="../app/gui/review/outlier_view.cpp" line="54"/>
        <source>Cannot find outliers: %1</source>
        <translation>No se pueden buscar valores atípicos: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/review/outlier_view.cpp" line="55"/>
        <source>Search cancelled.</source>
        <translation>Búsqueda cancelada.</translation>
    </message>
    <message>
        <location filename="../app/gui/review/outlier_view.cpp" line="70"/>
        <source>Finding outliers…</source>
        <translation>Buscando valores atípicos…</translation>
    </message>
    <message>
        <location filename="../app/gui/review/outlier_view.cpp" line="74"/>
        <source>outliers need at least two images</source>
        <translation>los valores atípicos necesitan al menos dos imágenes</translation>
    </message>
    <message>
        <location filename="../app/gui/review/outlier_view.cpp" line="117"/>
        <source>Mean distance to the %1 nearest images: %2</source>
        <translation>Distancia media a las %1 imágenes más cercanas: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/review/outlier_view.cpp" line="154"/>
        <source>Open embeddings to find the images far from all others.</source>
        <translation>Abra embeddings para encontrar las imágenes alejadas de todas las demás.</translation>
    </message>
    <message>
        <location filename="../app/gui/review/outlier_view.cpp" line="157"/>
        <source>The %1 of %2 images farthest from their %3 nearest neighbours (mean cosine distance); %4 decided</source>
        <translation>Las %1 de %2 imágenes más alejadas de sus %3 vecinos más cercanos (distancia coseno media); %4 decididas</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::PreferencesDialog</name>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="63"/>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="274"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
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
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="106"/>
        <source>Training runs are written here, one folder per run; the Runs tab lists them</source>
        <translation>Aquí se escriben las ejecuciones de entrenamiento, una carpeta por ejecución; la pestaña «Ejecuciones» las lista</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="109"/>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="158"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="110"/>
        <source>Workspace Folder</source>
        <translation>Carpeta del espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="112"/>
        <source>&amp;Runs folder:</source>
        <translation>Carpeta de &amp;ejecuciones:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="115"/>
        <source>Reopen the last session at start</source>
        <translation>Reabrir la última sesión al iniciar</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="118"/>
        <source>The last dataset with its filter, the selected tag and analysis tab, and the runs shown in the training panel.</source>
        <translation>El último conjunto de datos con su filtro, la etiqueta y la pestaña de análisis seleccionadas, y las ejecuciones mostradas en el panel de entrenamiento.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="125"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="131"/>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="131"/>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="134"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="135"/>
        <source>A new language takes effect the next time Tagscope starts. Numbers and dates follow the language&apos;s conventions.</source>
        <translation>El nuevo idioma se aplica la próxima vez que se inicie Tagscope. Los números y las fechas siguen las convenciones del idioma.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="140"/>
        <source>Follow system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="141"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="142"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="143"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="144"/>
        <source>Applied as soon as you press OK. Follow system turns light or dark with the desktop.</source>
        <translation>Se aplica en cuanto pulse «Aceptar». «Según el sistema» cambia entre claro y oscuro con el escritorio.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="150"/>
        <source>Thumbnails</source>
        <translation>Miniaturas</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="155"/>
        <source>Thumbnails of large images are kept here, so a folder seen before fills its grid at once</source>
        <translation>Aquí se guardan las miniaturas de las imágenes grandes, para que una carpeta ya vista llene su cuadrícula al instante</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="160"/>
        <source>Thumbnail Cache Folder</source>
        <translation>Carpeta de la caché de miniaturas</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="164"/>
        <source>Cache &amp;folder:</source>
        <translation>Carpeta de la &amp;caché:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="169"/>
        <source>Above this size the thumbnails written longest ago are removed</source>
        <translation>Por encima de este tamaño se eliminan las miniaturas escritas hace más tiempo</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="175"/>
        <source>On &amp;disk at most:</source>
        <translation>Como máximo en &amp;disco:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="180"/>
        <source>Decoded thumbnails kept in memory for scrolling back</source>
        <translation>Miniaturas decodificadas que se mantienen en memoria para volver atrás al desplazarse</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="181"/>
        <source>In &amp;memory at most:</source>
        <translation>Como máximo en &amp;memoria:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="187"/>
        <source>Computation</source>
        <translation>Cálculo</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="192"/>
        <source>Automatic (the first GPU, else the CPU)</source>
        <translation>Automático (la primera GPU o, si no hay, la CPU)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="193"/>
        <source>Default &amp;device:</source>
        <translation>&amp;Dispositivo predeterminado:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="197"/>
        <source>One per core</source>
        <translation>Uno por núcleo</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="199"/>
        <source>CPU &amp;threads:</source>
        <translation>&amp;Hilos de CPU:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="203"/>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="204"/>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="206"/>
        <source>Disk space a training run may fill with decoded images so that later epochs skip decoding; automatic: a quarter of the free space, at most 50 GB</source>
        <translation>Espacio en disco que un entrenamiento puede llenar con imágenes decodificadas para que las épocas siguientes no las decodifiquen; automático: una cuarta parte del espacio libre, como máximo 50 GB</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="208"/>
        <source>Training image &amp;cache:</source>
        <translation>Caché de imá&amp;genes del entrenamiento:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="209"/>
        <source>New training runs and embeddings start with this device and thread count, and training runs with this image cache budget; each run can still choose its own.</source>
        <translation>Los nuevos entrenamientos y embeddings empiezan con este dispositivo y este número de hilos, y los entrenamientos con este presupuesto de caché de imágenes; cada ejecución puede elegir los suyos.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="214"/>
        <source>Tag bands:</source>
        <translation>Grupos de etiquetas:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="215"/>
        <source>How tags are split into head, medium and tail: the analysis tab and new training runs start with this rule.</source>
        <translation>Cómo se reparten las etiquetas en frecuentes, medias y raras: el análisis y los nuevos entrenamientos empiezan con esta regla.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="270"/>
        <source>runs folder</source>
        <translation>carpeta de ejecuciones</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="270"/>
        <source>thumbnail cache folder</source>
        <translation>carpeta de la caché de miniaturas</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="275"/>
        <source>Choose a %1.</source>
        <translation>Elija una %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="276"/>
        <source>The %1 %2 cannot be created.</source>
        <translation>No se puede crear la %1 %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="297"/>
        <source>Measuring…</source>
        <translation>Midiendo…</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="313"/>
        <source>In use: %1 in 1 thumbnail</source>
        <translation>En uso: %1 en 1 miniatura</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/preferences_dialog.cpp" line="314"/>
        <source>In use: %1 in %2 thumbnails</source>
        <translation>En uso: %1 en %2 miniaturas</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::ReviewCardView</name>
    <message>
        <location filename="../app/gui/review/review_card.cpp" line="67"/>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_card.cpp" line="67"/>
        <source>The tag is in the image: set the label positive (Y)</source>
        <translation>La etiqueta está en la imagen: marcarla como positiva (Y)</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_card.cpp" line="68"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_card.cpp" line="68"/>
        <source>The tag is not in the image: set the label verified negative (N)</source>
        <translation>La etiqueta no está en la imagen: marcarla como negativa verificada (N)</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_card.cpp" line="69"/>
        <source>&amp;Skip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_card.cpp" line="69"/>
        <source>Leave the label as it is and show the next card (S)</source>
        <translation>Dejar la etiqueta como está y mostrar la tarjeta siguiente (S)</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_card.cpp" line="70"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_card.cpp" line="71"/>
        <source>Take back the last answer or skip (Backspace, Ctrl+Z)</source>
        <translation>Deshacer la última respuesta u omisión (Retroceso, Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_card.cpp" line="72"/>
        <source>&amp;Previous</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_card.cpp" line="72"/>
        <source>The card before (Left)</source>
        <translation>La tarjeta anterior (Izquierda)</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_card.cpp" line="73"/>
        <source>Ne&amp;xt</source>
        <translation>Si&amp;guiente</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_card.cpp" line="73"/>
        <source>The card after, without deciding (Right)</source>
        <translation>La tarjeta siguiente, sin decidir (Derecha)</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_card.cpp" line="112"/>
        <source>Keys: Y yes · N no · S skip · Backspace undo · ← → move</source>
        <translation>Teclas: Y sí · N no · S omitir · Retroceso deshacer · ← → moverse</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::ReviewGrid</name>
    <message>
        <location filename="../app/gui/review/review_grid.cpp" line="25"/>
        <source>Select the images that answer alike (click, Shift or Ctrl-click, drag a rectangle, Ctrl+A), then press Y or N.</source>
        <translation>Seleccione las imágenes con la misma respuesta (clic, Mayús o Ctrl-clic, arrastrar un rectángulo, Ctrl+A) y pulse Y o N.</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_grid.cpp" line="44"/>
        <source>Review: Grid</source>
        <translation>Revisión: cuadrícula</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_grid.cpp" line="52"/>
        <source>Yes to the Selection</source>
        <translation>Sí a la selección</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_grid.cpp" line="53"/>
        <source>No to the Selection</source>
        <translation>No a la selección</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_grid.cpp" line="124"/>
        <source>p %1</source>
        <translation>p %1</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_grid.cpp" line="125"/>
        <source>p %1, score %2</source>
        <translation>p %1, puntuación %2</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_grid.cpp" line="142"/>
        <source>No tag to review.</source>
        <translation>Ninguna etiqueta que revisar.</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_grid.cpp" line="144"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 of %3 candidates answered, %4 left; threshold %5 (candidates have p at or above it)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 de %3 candidatos respondidos, quedan %4; umbral %5 (los candidatos tienen p igual o superior)</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_grid.cpp" line="148"/>
        <source>Yes, All Show %1 (Y)</source>
        <translation>Sí, todas muestran %1 (Y)</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_grid.cpp" line="149"/>
        <source>No, None Shows %1 (N)</source>
        <translation>No, ninguna muestra %1 (N)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/review/review_grid.cpp" line="150"/>
        <source>The %n selected image(s) show the tag: its label becomes positive</source>
        <translation>
            <numerusform>La %n imagen seleccionada muestra la etiqueta: su etiquetado pasa a positivo</numerusform>
            <numerusform>Las %n imágenes seleccionadas muestran la etiqueta: su etiquetado pasa a positivo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/review/review_grid.cpp" line="151"/>
        <source>The %n selected image(s) do not show the tag: its label becomes a verified negative</source>
        <translation>
            <numerusform>La %n imagen seleccionada no muestra la etiqueta: su etiquetado pasa a negativo verificado</numerusform>
            <numerusform>Las %n imágenes seleccionadas no muestran la etiqueta: su etiquetado pasa a negativo verificado</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tagscope::gui::ReviewPage</name>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="58"/>
        <source>Missing labels</source>
        <translation>Etiquetas ausentes</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="59"/>
        <source>Wrong positives</source>
        <translation>Falsos positivos</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="60"/>
        <source>Wrong negatives</source>
        <translation>Falsos negativos</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="61"/>
        <source>Label next</source>
        <translation>Anotar a continuación</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="79"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="96"/>
        <source>&lt;h3&gt;Review labels&lt;/h3&gt;&lt;p&gt;The review asks, one image at a time, about the labels a model thinks are missing or wrong. It needs the model&apos;s scores for this dataset:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;in the run history, &lt;b&gt;Review Labels with this Run&lt;/b&gt;;&lt;/li&gt;&lt;li&gt;or on the command line, &lt;code&gt;tagscope-cli crossval&lt;/code&gt; (scores from models that never saw the image: the best) or &lt;code&gt;tagscope-cli predict&lt;/code&gt;, then &lt;b&gt;Open Scores…&lt;/b&gt; here.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Your answers are kept with the dataset&apos;s corrections and never change its own files.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Revisar etiquetas&lt;/h3&gt;&lt;p&gt;La revisión pregunta, una imagen tras otra, por las etiquetas que un modelo cree ausentes o erróneas. Necesita las puntuaciones del modelo para este conjunto de datos:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;en el historial de ejecuciones, &lt;b&gt;Revisar etiquetas con esta ejecución&lt;/b&gt;;&lt;/li&gt;&lt;li&gt;o en la línea de comandos, &lt;code&gt;tagscope-cli crossval&lt;/code&gt; (puntuaciones de modelos que nunca vieron la imagen: las mejores) o &lt;code&gt;tagscope-cli predict&lt;/code&gt;, y luego &lt;b&gt;Abrir puntuaciones…&lt;/b&gt; aquí.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Sus respuestas se guardan con las correcciones del conjunto de datos y nunca cambian sus propios archivos.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="102"/>
        <location filename="../app/gui/review/review_page.cpp" line="154"/>
        <source>Open Scores…</source>
        <translation>Abrir puntuaciones…</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="119"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="136"/>
        <source>Filter tags</source>
        <translation>Filtrar etiquetas</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="140"/>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="140"/>
        <source>Hidden</source>
        <translation>Ocultas</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="140"/>
        <source>Candidates</source>
        <translation>Candidatas</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="141"/>
        <source>Positives estimated to hide among the tag&apos;s unknown labels</source>
        <translation>Positivos estimados ocultos entre las etiquetas desconocidas</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="142"/>
        <source>Labels the model flags in the queue shown</source>
        <translation>Etiquetas que el modelo marca en la cola mostrada</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="195"/>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="196"/>
        <source>Grid</source>
        <translation>Cuadrícula</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="197"/>
        <source>Duplicates and Leaks</source>
        <translation>Duplicados y fugas</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="198"/>
        <source>Outliers</source>
        <translation>Atípicas</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="199"/>
        <source>Label Next</source>
        <translation>Anotar a continuación</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="200"/>
        <source>One label question at a time, answered with Y, N and S</source>
        <translation>Una pregunta de etiqueta tras otra, respondida con Y, N y S</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="201"/>
        <source>One tag&apos;s candidates as thumbnails: select many, answer them at once</source>
        <translation>Las candidatas de una etiqueta en miniaturas: seleccione varias y respóndalas a la vez</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="202"/>
        <source>Near-duplicate images side by side, and those that leak between splits</source>
        <translation>Imágenes casi duplicadas lado a lado, y las que se filtran entre particiones</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="203"/>
        <source>The images farthest from all others in the embeddings</source>
        <translation>Las imágenes más alejadas de todas las demás en los embeddings</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="204"/>
        <source>The images whose labels would teach the model most: for annotators, or to answer here</source>
        <translation>Las imágenes cuyas etiquetas más enseñarían al modelo: para anotadores o para responder aquí</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="220"/>
        <source>Undo in the Grid</source>
        <translation>Deshacer en la cuadrícula</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="223"/>
        <source>Take back the last answer (Backspace, Ctrl+Z)</source>
        <translation>Deshacer la última respuesta (Retroceso, Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="267"/>
        <source>The review was cancelled.</source>
        <translation>La revisión se canceló.</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="316"/>
        <source>Reviewing the scores</source>
        <translation>Revisando las puntuaciones</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="328"/>
        <source>Open a dataset before its scores.</source>
        <translation>Abra primero un conjunto de datos y después sus puntuaciones.</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="332"/>
        <source>Open Scores for Review</source>
        <translation>Abrir puntuaciones para revisar</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="332"/>
        <source>Scores (*.npy)</source>
        <translation>Puntuaciones (*.npy)</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="367"/>
        <source>Scores: %1</source>
        <translation>Puntuaciones: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="369"/>
        <source>These scores come from a model that trained on these images: it hides its own mistakes, so fewer labels are flagged than cross-validation would find.</source>
        <translation>Estas puntuaciones vienen de un modelo entrenado con estas imágenes: oculta sus propios errores, así que se marcan menos etiquetas de las que hallaría una validación cruzada.</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="392"/>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="401"/>
        <source>Few labels: the thresholds are the band&apos;s</source>
        <translation>Pocas etiquetas: los umbrales son los de su grupo</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="423"/>
        <source>%1 (%2) · %3 / %4 done</source>
        <translation>%1 (%2) · %3 / %4 hechas</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="424"/>
        <source>%1 labels flagged, the first %2 queued, %3 answered</source>
        <translation>%1 etiquetas marcadas, las %2 primeras en cola, %3 respondidas</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="491"/>
        <source>No labels to review in this queue.</source>
        <translation>No hay etiquetas que revisar en esta cola.</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="491"/>
        <source>This queue is done.</source>
        <translation>Esta cola está terminada.</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="492"/>
        <source>Pick another queue or tag on the left.</source>
        <translation>Elija otra cola u otra etiqueta a la izquierda.</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="493"/>
        <source>%1 of %2 cards answered. Pick another queue or tag on the left, or go back with Left.</source>
        <translation>%1 de %2 tarjetas respondidas. Elija otra cola u otra etiqueta a la izquierda, o vuelva atrás con Izquierda.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/review/review_page.cpp" line="496"/>
        <source>End of %n card(s)</source>
        <translation>
            <numerusform>Fin de %n tarjeta</numerusform>
            <numerusform>Fin de %n tarjetas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="507"/>
        <source>Is there a &lt;b&gt;%1&lt;/b&gt; in this image?</source>
        <translation>¿Aparece &lt;b&gt;%1&lt;/b&gt; en esta imagen?</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="508"/>
        <source>The annotations say nothing about it (unknown); the model thinks it is there.</source>
        <translation>Las anotaciones no dicen nada (desconocida); el modelo cree que está.</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="509"/>
        <source>The annotations say nothing about it (unknown); an answer here teaches the model most.</source>
        <translation>Las anotaciones no dicen nada (desconocida); una respuesta aquí enseña más al modelo.</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="512"/>
        <source>Is there really a &lt;b&gt;%1&lt;/b&gt; in this image?</source>
        <translation>¿Aparece de verdad &lt;b&gt;%1&lt;/b&gt; en esta imagen?</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="513"/>
        <source>The annotations say it is there (positive); the model doubts it.</source>
        <translation>Las anotaciones dicen que está (positiva); el modelo lo duda.</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="516"/>
        <source>Is there a &lt;b&gt;%1&lt;/b&gt; in this image after all?</source>
        <translation>¿Aparece &lt;b&gt;%1&lt;/b&gt; en esta imagen, después de todo?</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="517"/>
        <source>The annotations say it is not there (verified negative); the model thinks it is.</source>
        <translation>Las anotaciones dicen que no está (negativa verificada); el modelo cree que sí.</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="525"/>
        <source>Model: %1 · flagged at %2 or more</source>
        <translation>Modelo: %1 · se marca desde %2</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="526"/>
        <source>Model: %1 · flagged at %2 or less</source>
        <translation>Modelo: %1 · se marca hasta %2</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="528"/>
        <source>(few labels: the threshold is the band&apos;s)</source>
        <translation>(pocas etiquetas: el umbral es el de su grupo)</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="530"/>
        <source>Model: no score for this tag</source>
        <translation>Modelo: sin puntuación para esta etiqueta</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="533"/>
        <source>Your answer: yes (set positive)</source>
        <translation>Su respuesta: sí (marcada positiva)</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="533"/>
        <source>Your answer: no (set verified negative)</source>
        <translation>Su respuesta: no (marcada negativa verificada)</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="567"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/review/review_page.cpp" line="569"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n etiqueta</numerusform>
            <numerusform>%n etiquetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/review/review_page.cpp" line="571"/>
        <source>%n tag(s) without annotation</source>
        <translation>
            <numerusform>%n etiqueta sin anotación</numerusform>
            <numerusform>%n etiquetas sin anotación</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="576"/>
        <source>Positive</source>
        <translation>Positivas</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="576"/>
        <source>Verified negative</source>
        <translation>Negativas verificadas</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="576"/>
        <source>Unknown</source>
        <translation>Desconocidas</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="578"/>
        <source>✎ corrected in a review</source>
        <translation>✎ corregida en una revisión</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="579"/>
        <source>Card %1 of %2 · %3 done</source>
        <translation>Tarjeta %1 de %2 · respondidas: %3</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="581"/>
        <source>Given positives of %1 the model is surest of:</source>
        <translation>Positivos anotados de %1 de los que el modelo está más seguro:</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page.cpp" line="593"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page_modes.cpp" line="77"/>
        <source>Duplicates, leaks and outliers are found in the embeddings of the dataset&apos;s images. Compute or load them on the Embedding Map page (View &gt; Embedding Map), then come back here.</source>
        <translation>Los duplicados, las fugas y las imágenes atípicas se buscan en los embeddings de las imágenes del conjunto. Calcúlelos o cárguelos en la página Mapa de embeddings (Ver &gt; Mapa de embeddings) y vuelva aquí.</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_page_modes.cpp" line="92"/>
        <source>What to label next weighs the model&apos;s uncertainty on each unknown label against how unlike the images already chosen an image is: it needs the model&apos;s scores (Open Scores… on the Cards tab) and the embeddings of the dataset&apos;s images (View &gt; Embedding Map).</source>
        <translation>Qué anotar a continuación pondera la incertidumbre del modelo en cada etiqueta desconocida frente a lo distinta que es una imagen de las ya elegidas: necesita las puntuaciones del modelo (Abrir puntuaciones… en la pestaña Tarjetas) y los embeddings de las imágenes del conjunto (Ver &gt; Mapa de embeddings).</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::ReviewRunDialog</name>
    <message>
        <location filename="../app/gui/training/review_run_dialog.cpp" line="21"/>
        <source>&amp;Predict: score a split with this run&apos;s model</source>
        <translation>&amp;Predecir: puntuar una partición con el modelo de esta ejecución</translation>
    </message>
    <message>
        <location filename="../app/gui/training/review_run_dialog.cpp" line="22"/>
        <source>&amp;Cross-validate: train K models with this run&apos;s settings</source>
        <translation>Validación &amp;cruzada: entrenar K modelos con los ajustes de esta ejecución</translation>
    </message>
    <message>
        <location filename="../app/gui/training/review_run_dialog.cpp" line="26"/>
        <source>Review Labels with %1</source>
        <translation>Revisar etiquetas con %1</translation>
    </message>
    <message>
        <location filename="../app/gui/training/review_run_dialog.cpp" line="28"/>
        <source>A model&apos;s probabilities point at labels that are probably missing or wrong. Choose where they come from; the review opens when they are ready.</source>
        <translation>Las probabilidades de un modelo señalan etiquetas que probablemente faltan o son erróneas. Elija de dónde vienen; la revisión se abre cuando estén listas.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/review_run_dialog.cpp" line="32"/>
        <source>Train</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <location filename="../app/gui/training/review_run_dialog.cpp" line="33"/>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <location filename="../app/gui/training/review_run_dialog.cpp" line="34"/>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location filename="../app/gui/training/review_run_dialog.cpp" line="38"/>
        <source>Spl&amp;it:</source>
        <translation>Part&amp;ición:</translation>
    </message>
    <message>
        <location filename="../app/gui/training/review_run_dialog.cpp" line="45"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../app/gui/training/review_run_dialog.cpp" line="47"/>
        <source>Cross-Validation Folder</source>
        <translation>Carpeta de la validación cruzada</translation>
    </message>
    <message>
        <location filename="../app/gui/training/review_run_dialog.cpp" line="58"/>
        <source>&amp;Folds:</source>
        <translation>&amp;Pliegues:</translation>
    </message>
    <message>
        <location filename="../app/gui/training/review_run_dialog.cpp" line="59"/>
        <source>&amp;Output folder:</source>
        <translation>Carpeta de &amp;salida:</translation>
    </message>
    <message>
        <location filename="../app/gui/training/review_run_dialog.cpp" line="62"/>
        <source>Each training image is scored by a model that never saw it: the scores a review should use. It takes K trainings; it can be cancelled, and started again on the same folder it carries on where it stopped.</source>
        <translation>Cada imagen de entrenamiento la puntúa un modelo que nunca la vio: las puntuaciones que debe usar una revisión. Requiere K entrenamientos; se puede cancelar y, iniciada de nuevo en la misma carpeta, continúa donde se detuvo.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/review_run_dialog.cpp" line="71"/>
        <source>&lt;span style=&apos;color:#c77c00&apos;&gt;⚠&lt;/span&gt; This run trained on the %1 split: its scores there are in-sample. The model is over-confident on the images it learned, so most wrong and missing labels stay hidden. Prefer another split, or cross-validate.</source>
        <translation>&lt;span style=&apos;color:#c77c00&apos;&gt;⚠&lt;/span&gt; Esta ejecución se entrenó con la partición %1: sus puntuaciones allí son dentro de la muestra. El modelo confía en exceso en las imágenes que aprendió, así que la mayoría de las etiquetas erróneas o ausentes quedan ocultas. Mejor elija otra partición o use validación cruzada.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/review_run_dialog.cpp" line="77"/>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::ReviewScoresRunner</name>
    <message>
        <location filename="../app/gui/training/review_scores_runner.cpp" line="58"/>
        <source>Scoring the %1 images with %2</source>
        <translation>Puntuando las imágenes de %1 con %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/training/review_scores_runner.cpp" line="78"/>
        <source>Cross-validating with %n fold(s)</source>
        <translation>
            <numerusform>Validación cruzada con %n pliegue</numerusform>
            <numerusform>Validación cruzada con %n pliegues</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/training/review_scores_runner.cpp" line="116"/>
        <source>Fold %1 of %2: %3</source>
        <translation>Pliegue %1 de %2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/training/review_scores_runner.cpp" line="132"/>
        <source>out-of-fold scores of %Ln image(s), %1 fold(s) trained and %2 kept from before</source>
        <translation>
            <numerusform>puntuaciones fuera de pliegue de %Ln imagen, %1 pliegue(s) entrenado(s) y %2 conservado(s) de antes</numerusform>
            <numerusform>puntuaciones fuera de pliegue de %Ln imágenes, %1 pliegue(s) entrenado(s) y %2 conservado(s) de antes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/training/review_scores_runner.cpp" line="136"/>
        <source>%Ln image(s) scored with %1</source>
        <translation>
            <numerusform>%Ln imagen puntuada con %1</numerusform>
            <numerusform>%Ln imágenes puntuadas con %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tagscope::gui::ReviewSession</name>
    <message>
        <location filename="../app/gui/review/review_session.cpp" line="125"/>
        <source>Open a dataset before its scores.</source>
        <translation>Abra primero un conjunto de datos y después sus puntuaciones.</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_session.cpp" line="162"/>
        <location filename="../app/gui/review/review_session.cpp" line="179"/>
        <source>Reviewing the scores</source>
        <translation>Revisando las puntuaciones</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::ReviewTask</name>
    <message>
        <location filename="../app/gui/review/review_task.cpp" line="15"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/gui/review/review_task.cpp" line="17"/>
        <source>Stop the computation; nothing is changed</source>
        <translation>Detener el cálculo; no se cambia nada</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::RunComparisonView</name>
    <message>
        <location filename="../app/gui/training/run_comparison_view.cpp" line="49"/>
        <source>none</source>
        <translation>ninguna</translation>
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
            <numerusform>%n decisión de etiqueta</numerusform>
            <numerusform>%n decisiones de etiqueta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/training/run_comparison_view.cpp" line="52"/>
        <source>%n image(s) left out</source>
        <translation>
            <numerusform>%n imagen excluida</numerusform>
            <numerusform>%n imágenes excluidas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_comparison_view.cpp" line="103"/>
        <source>First run</source>
        <translation>Primera ejecución</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_comparison_view.cpp" line="103"/>
        <source>Second run</source>
        <translation>Segunda ejecución</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_comparison_view.cpp" line="104"/>
        <source>Select two runs in the Runs tab and press Compare to see them side by side.</source>
        <translation>Seleccione dos ejecuciones en la pestaña «Ejecuciones» y pulse «Comparar» para verlas una junto a otra.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_comparison_view.cpp" line="116"/>
        <location filename="../app/gui/training/run_comparison_view.cpp" line="163"/>
        <source>Best</source>
        <translation>Mejor</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_comparison_view.cpp" line="117"/>
        <source>Best epoch</source>
        <translation>Mejor época</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_comparison_view.cpp" line="118"/>
        <source>Head mAP at best</source>
        <translation>mAP (frecuentes) en el mejor punto</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_comparison_view.cpp" line="119"/>
        <source>Medium mAP at best</source>
        <translation>mAP (medias) en el mejor punto</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_comparison_view.cpp" line="120"/>
        <source>Tail mAP at best</source>
        <translation>mAP (raras) en el mejor punto</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_comparison_view.cpp" line="122"/>
        <location filename="../app/gui/training/run_comparison_view.cpp" line="163"/>
        <source>Bands</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_comparison_view.cpp" line="123"/>
        <source>Epochs done</source>
        <translation>Épocas completadas</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_comparison_view.cpp" line="126"/>
        <source>Steps done</source>
        <translation>Pasos completados</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_comparison_view.cpp" line="127"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_comparison_view.cpp" line="128"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_comparison_view.cpp" line="129"/>
        <source>Review corrections</source>
        <translation>Correcciones de la revisión</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_comparison_view.cpp" line="168"/>
        <source>The two runs have the same settings.</source>
        <translation>Las dos ejecuciones tienen los mismos ajustes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/training/run_comparison_view.cpp" line="169"/>
        <source>%n setting(s) differ (highlighted, listed first after the results).</source>
        <translation>
            <numerusform>%n ajuste es distinto (resaltado, listado primero tras los resultados).</numerusform>
            <numerusform>%n ajustes son distintos (resaltados, listados primero tras los resultados).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_comparison_view.cpp" line="171"/>
        <source>The runs use different bands, so their head, medium and tail mAPs do not compare.</source>
        <translation>Los entrenamientos usan grupos distintos, así que sus mAP de etiquetas frecuentes, medias y raras no son comparables.</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::RunHistoryPanel</name>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="48"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="49"/>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="49"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="49"/>
        <source>&amp;Export Model…</source>
        <translation>&amp;Exportar modelo…</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="50"/>
        <source>Use &amp;Settings</source>
        <translation>&amp;Usar ajustes</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="50"/>
        <source>Review &amp;Labels with this Run…</source>
        <translation>Revisar &amp;etiquetas con esta ejecución…</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="51"/>
        <source>Train &amp;Again</source>
        <translation>Entrenar de &amp;nuevo</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="55"/>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="55"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="55"/>
        <source>Best</source>
        <translation>Mejor</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="55"/>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="55"/>
        <source>Backbone</source>
        <translation>Backbone</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="55"/>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="55"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="55"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="55"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="68"/>
        <source>Show the run&apos;s curves and long-tail view (followed live while it is being written)</source>
        <translation>Mostrar las curvas y la vista de cola larga de la ejecución (se siguen en directo mientras se escribe)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="69"/>
        <source>Select two runs: their curves and per-tag AP overlaid, and their settings side by side</source>
        <translation>Seleccione dos ejecuciones: sus curvas y la AP por etiqueta superpuestas, y sus ajustes lado a lado</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="70"/>
        <source>Continue the run from its last checkpoint, exactly where it stopped</source>
        <translation>Continuar la ejecución desde su último checkpoint, justo donde se detuvo</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="71"/>
        <source>Save the run&apos;s model as TorchScript (torch.jit.load opens it in Python)</source>
        <translation>Guardar el modelo de la ejecución como TorchScript (torch.jit.load lo abre en Python)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="72"/>
        <source>Fill the training form with this run&apos;s settings</source>
        <translation>Rellenar el formulario de entrenamiento con los ajustes de esta ejecución</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="95"/>
        <source>Score the dataset&apos;s labels with this run&apos;s model, or cross-validate its settings, and review the labels the scores disagree with</source>
        <translation>Puntuar las etiquetas del conjunto con el modelo de esta ejecución, o validar en cruzado sus ajustes, y revisar las etiquetas que las puntuaciones contradicen</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="98"/>
        <source>Start a new run with this run&apos;s settings now, on the labels as reviewed since; the two runs are then compared</source>
        <translation>Iniciar ahora una nueva ejecución con los ajustes de esta, sobre las etiquetas revisadas desde entonces; luego se comparan las dos ejecuciones</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="110"/>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="111"/>
        <source>Choose the folder that holds the runs (a run directory of tagscope-cli train, or a folder of them)</source>
        <translation>Elegir la carpeta que contiene las ejecuciones (un directorio de ejecución de tagscope-cli train o una carpeta con varios)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="114"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="120"/>
        <source>Runs folder:</source>
        <translation>Carpeta de ejecuciones:</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="168"/>
        <source>Runs Folder</source>
        <translation>Carpeta de ejecuciones</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="277"/>
        <source>not started</source>
        <translation>sin iniciar</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="278"/>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="279"/>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="280"/>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="281"/>
        <source>finished</source>
        <translation>terminada</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="289"/>
        <source>%1 / %2 steps</source>
        <translation>%1 / %2 pasos</translation>
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
        <translation>Mejor en el paso %1</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="327"/>
        <source>Best at epoch %1</source>
        <translation>Mejor en la época %1</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="329"/>
        <source>Steps done of the planned steps</source>
        <translation>Pasos completados de los pasos previstos</translation>
    </message>
    <message>
        <location filename="../app/gui/training/run_history_panel.cpp" line="329"/>
        <source>Epochs done of the planned epochs</source>
        <translation>Épocas completadas de las épocas previstas</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::SessionRestorer</name>
    <message>
        <location filename="../app/gui/window/session_restore.cpp" line="27"/>
        <source>Last Dataset Not Found</source>
        <translation>No se encuentra el último conjunto de datos</translation>
    </message>
    <message>
        <location filename="../app/gui/window/session_restore.cpp" line="28"/>
        <source>The dataset of the last session is no longer at
%1</source>
        <translation>El conjunto de datos de la última sesión ya no está en
%1</translation>
    </message>
    <message>
        <location filename="../app/gui/window/session_restore.cpp" line="31"/>
        <source>It may have been moved, renamed or be on a drive that is not connected. Open it again from File &gt; Open Dataset.</source>
        <translation>Puede que se haya movido o renombrado, o que esté en una unidad no conectada. Ábralo de nuevo desde Archivo &gt; Abrir conjunto de datos.</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::ShortcutsDialog</name>
    <message>
        <location filename="../app/gui/window/shortcuts_dialog.cpp" line="48"/>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <location filename="../app/gui/window/shortcuts_dialog.cpp" line="68"/>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../app/gui/window/shortcuts_dialog.cpp" line="98"/>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../app/gui/window/shortcuts_dialog.cpp" line="99"/>
        <source>Search actions and keys</source>
        <translation>Buscar acciones y teclas</translation>
    </message>
    <message>
        <location filename="../app/gui/window/shortcuts_dialog.cpp" line="102"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../app/gui/window/shortcuts_dialog.cpp" line="102"/>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::TrainingController</name>
    <message>
        <location filename="../app/gui/training/training_controller.cpp" line="36"/>
        <source>dataset: %1 does not exist</source>
        <translation>dataset: %1 no existe</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_controller.cpp" line="45"/>
        <source>backbone.input_size: %1 takes at least %2 pixels</source>
        <translation>backbone.input_size: %1 requiere al menos %2 píxeles</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_controller.cpp" line="47"/>
        <source>backbone.input_size: %1 needs a multiple of %2</source>
        <translation>backbone.input_size: %1 requiere un múltiplo de %2</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_controller.cpp" line="49"/>
        <source>backbone.path: choose the TorchScript file of the backbone</source>
        <translation>backbone.path: elija el archivo TorchScript del backbone</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_controller.cpp" line="57"/>
        <source>a training run is already in progress</source>
        <translation>ya hay un entrenamiento en curso</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::TrainingForm</name>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="224"/>
        <source>Settings that suit a kind of dataset; every field can still be changed</source>
        <translation>Ajustes adecuados para un tipo de conjunto de datos; todos los campos se pueden seguir cambiando</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="230"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Preajuste:</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="279"/>
        <source>Train</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="279"/>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="279"/>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="281"/>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="282"/>
        <source>The dataset folder (or annotation file) to train on; by default the one open in the browser</source>
        <translation>La carpeta del conjunto de datos (o el archivo de anotaciones) con que entrenar; por defecto, el abierto en el explorador</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="283"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="285"/>
        <source>Use review corrections</source>
        <translation>Usar las correcciones de la revisión</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="286"/>
        <source>Train on the labels as reviewed: the decisions kept for the dataset replace its labels and leave out the images set aside; the run records them. Off: the labels as the files give them</source>
        <translation>Entrenar con las etiquetas revisadas: las decisiones guardadas para el conjunto sustituyen sus etiquetas y excluyen las imágenes apartadas; la ejecución las registra. Desactivado: las etiquetas tal como las dan los archivos</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="288"/>
        <source>Training split</source>
        <translation>Partición de entrenamiento</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="288"/>
        <source>The images the model learns from</source>
        <translation>Las imágenes de las que aprende el modelo</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="289"/>
        <source>Validation split</source>
        <translation>Partición de validación</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="290"/>
        <source>The images the per-epoch metrics and the long-tail view are measured on</source>
        <translation>Las imágenes sobre las que se miden las métricas de cada época y la vista de cola larga</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="291"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="292"/>
        <source>Trainable tags</source>
        <translation>Solo entrenables</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="292"/>
        <source>All tags</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="292"/>
        <source>Open Images marks some classes as trainable; other datasets have all trainable</source>
        <translation>Open Images marca algunas clases como entrenables; en otros conjuntos de datos lo son todas</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="293"/>
        <source>Minimum positives</source>
        <translation>Mínimo de positivas</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="294"/>
        <source>Tags with fewer training positives are left out</source>
        <translation>Se descartan las etiquetas con menos positivas de entrenamiento</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="295"/>
        <source>Tag bands</source>
        <translation>Grupos de etiquetas</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="296"/>
        <source>How tags are split into head, medium and tail for the band mAPs: absolute:100:20 (head above 100 training positives, tail below 20), quantile:0.33:0.33 (the most frequent and the rarest third) or thirds</source>
        <translation>Cómo se reparten las etiquetas en frecuentes, medias y raras para la mAP por grupo: absolute:100:20 (frecuentes con más de 100 positivas de entrenamiento, raras con menos de 20), quantile:0.33:0.33 (el tercio más frecuente y el más raro) o thirds</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="299"/>
        <source>Training images</source>
        <translation>Imágenes de entrenamiento</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="300"/>
        <source>Train on a seeded sample of this many images (0: all)</source>
        <translation>Entrenar con una muestra fija (con semilla) de este número de imágenes (0: todas)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="301"/>
        <source>Validation images</source>
        <translation>Imágenes de validación</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="316"/>
        <source>TorchScript file</source>
        <translation>Archivo TorchScript</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="317"/>
        <source>A feature extractor saved with torch.jit.trace or torch.jit.script (B x 3 x S x S images in, features out)</source>
        <translation>Un extractor de características guardado con torch.jit.trace o torch.jit.script (entran imágenes B x 3 x S x S, salen características)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="318"/>
        <source>TorchScript (*.pt *.pth *.ts);;All files (*)</source>
        <translation>TorchScript (*.pt *.pth *.ts);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="319"/>
        <source>Input size (px)</source>
        <translation>Tamaño de entrada (px)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="320"/>
        <source>Side of the square images the network sees; ViTs need a multiple of 16</source>
        <translation>Lado de las imágenes cuadradas que ve la red; los ViT necesitan un múltiplo de 16</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="323"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="324"/>
        <source>Backbone</source>
        <translation>Backbone</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="324"/>
        <source>The network that turns images into features</source>
        <translation>La red que convierte las imágenes en características</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="326"/>
        <source>Freeze the file&apos;s weights</source>
        <translation>Congelar los pesos del archivo</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="327"/>
        <source>Keep the TorchScript backbone fixed and train only the heads (transfer learning)</source>
        <translation>Mantener fijo el backbone TorchScript y entrenar solo las cabezas (transfer learning)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="329"/>
        <source>Stochastic depth</source>
        <translation>Profundidad estocástica</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="330"/>
        <source>Drop-path rate of residual and transformer blocks</source>
        <translation>Tasa de drop-path de los bloques residuales y transformer</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="331"/>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="331"/>
        <source>Dropout before the classifier</source>
        <translation>Dropout antes del clasificador</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="332"/>
        <source>Embedding size</source>
        <translation>Tamaño del embedding</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="333"/>
        <source>Width of an embedding head beside the classifier (0: none; metric-learning losses then use the pooled features)</source>
        <translation>Anchura de una cabeza de embedding junto al clasificador (0: ninguna; las pérdidas de metric learning usan entonces las características agrupadas por pooling)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="341"/>
        <source>%1 (metric learning)</source>
        <translation>%1 (metric learning)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="343"/>
        <location filename="../app/gui/training/training_form.cpp" line="344"/>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="344"/>
        <source>How the errors of each tag are weighed; see its parameters below</source>
        <translation>Cómo se ponderan los errores de cada etiqueta; sus parámetros están debajo</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="357"/>
        <source>Optimisation</source>
        <translation>Optimización</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="358"/>
        <source>Optimiser</source>
        <translation>Optimizador</translation>
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
        <translation>AdamW va bien con transformers y pocos datos; SGD con momentum, con las recetas clásicas de CNN</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="360"/>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="360"/>
        <source>Peak learning rate of the schedule</source>
        <translation>Tasa de aprendizaje máxima de la programación</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="361"/>
        <source>Weight decay</source>
        <translation>Weight decay</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="361"/>
        <source>Decoupled for AdamW, L2 for SGD</source>
        <translation>Desacoplado en AdamW, L2 en SGD</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="362"/>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="362"/>
        <source>SGD momentum</source>
        <translation>Momentum de SGD</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="363"/>
        <source>Nesterov momentum</source>
        <translation>Momentum de Nesterov</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="363"/>
        <source>Nesterov&apos;s variant of SGD momentum</source>
        <translation>La variante de Nesterov del momentum de SGD</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="364"/>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="366"/>
        <source>Cosine</source>
        <translation>Coseno</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="366"/>
        <source>One-cycle</source>
        <translation>One-cycle</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="366"/>
        <source>Step</source>
        <translation>Escalonada</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="366"/>
        <source>Constant</source>
        <translation>Constante</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="366"/>
        <source>How the learning rate changes over the run</source>
        <translation>Cómo cambia la tasa de aprendizaje a lo largo de la ejecución</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="367"/>
        <source>Warm-up epochs</source>
        <translation>Épocas de calentamiento</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="368"/>
        <source>Linear warm-up from zero at the start (fractions of an epoch allowed)</source>
        <translation>Calentamiento lineal desde cero al principio (se admiten fracciones de época)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="369"/>
        <source>Step every (epochs)</source>
        <translation>Escalón cada (épocas)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="369"/>
        <source>Step schedule: epochs between decays</source>
        <translation>Programación escalonada: épocas entre dos reducciones</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="370"/>
        <source>Step factor</source>
        <translation>Factor del escalón</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="370"/>
        <source>Step schedule: the learning rate is multiplied by this</source>
        <translation>Programación escalonada: la tasa de aprendizaje se multiplica por este valor</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="371"/>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="375"/>
        <source>Batch size</source>
        <translation>Tamaño de batch</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="375"/>
        <source>Images per optimiser step</source>
        <translation>Imágenes por paso del optimizador</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="376"/>
        <source>Gradient clipping</source>
        <translation>Gradient clipping</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="376"/>
        <source>Clip the gradient norm to this (0: off)</source>
        <translation>Limitar la norma del gradiente a este valor (0: desactivado)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="377"/>
        <source>Label smoothing</source>
        <translation>Label smoothing</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="378"/>
        <source>Move annotated targets towards 1/2 by this much; unknown labels stay unknown</source>
        <translation>Acercar los objetivos anotados a 1/2 en esta cantidad; las anotaciones desconocidas siguen siéndolo</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="380"/>
        <source>Validation and checkpoints</source>
        <translation>Validación y puntos de control</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="381"/>
        <source>Validate every (steps)</source>
        <translation>Validar cada (pasos)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="382"/>
        <source>Validate every this many steps and at the end (0: after each epoch)</source>
        <translation>Validar cada este número de pasos y al final (0: tras cada época)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="383"/>
        <source>Checkpoint every (steps)</source>
        <translation>Punto de control cada (pasos)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="384"/>
        <source>Also write the checkpoint inside epochs, every this many steps (0: at the end of each epoch only)</source>
        <translation>Escribir también el punto de control dentro de las épocas, cada este número de pasos (0: solo al final de cada época)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="385"/>
        <source>Checkpoint every (minutes)</source>
        <translation>Punto de control cada (minutos)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="386"/>
        <source>Also write the checkpoint when this many minutes have passed since the last one (0: off)</source>
        <translation>Escribir también el punto de control cuando hayan pasado estos minutos desde el anterior (0: desactivado)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="388"/>
        <source>Augmentation</source>
        <translation>Aumento de datos</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="389"/>
        <source>Random resized crop</source>
        <translation>Recorte aleatorio redimensionado</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="390"/>
        <source>Crop 35-100% of the image at a random aspect ratio, then resize</source>
        <translation>Recortar entre el 35 y el 100 % de la imagen con una relación de aspecto aleatoria y redimensionar</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="391"/>
        <source>Horizontal flip</source>
        <translation>Volteo horizontal</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="391"/>
        <source>Mirror half of the images</source>
        <translation>Reflejar la mitad de las imágenes</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="392"/>
        <source>RandAugment N</source>
        <translation>RandAugment N</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="393"/>
        <source>RandAugment: operations applied per image (0: off)</source>
        <translation>RandAugment: operaciones aplicadas a cada imagen (0: desactivado)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="394"/>
        <source>RandAugment M</source>
        <translation>RandAugment M</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="394"/>
        <source>RandAugment: magnitude of each operation</source>
        <translation>RandAugment: magnitud de cada operación</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="395"/>
        <source>Mixup alpha</source>
        <translation>Alfa de Mixup</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="396"/>
        <source>Blend pairs of images and their targets with a Beta(alpha, alpha) weight (0: off)</source>
        <translation>Mezclar pares de imágenes y sus objetivos con un peso Beta(alfa, alfa) (0: desactivado)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="398"/>
        <source>Images per class (K)</source>
        <translation>Imágenes por clase (K)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="399"/>
        <source>P × K sampler: images of each class in a batch; the batch size must be a multiple of it</source>
        <translation>Muestreo P × K: imágenes de cada clase en un batch; el tamaño de batch debe ser múltiplo de este valor</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="404"/>
        <source>Automatic (CPU here)</source>
        <translation>Automático (aquí, la CPU)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="404"/>
        <source>Automatic (%1)</source>
        <translation>Automático (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="410"/>
        <source>Sampler</source>
        <translation>Muestreo</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="412"/>
        <source>Random</source>
        <translation>Aleatorio</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="412"/>
        <source>Class-aware</source>
        <translation>Por clases</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="412"/>
        <source>Repeat factor</source>
        <translation>Factor de repetición</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="412"/>
        <source>P × K classes (metric learning)</source>
        <translation>P × K clases (metric learning)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="413"/>
        <source>Class-aware and repeat-factor sampling show rare tags more often; Distribution-Balanced loss expects class-aware</source>
        <translation>El muestreo por clases y el de factor de repetición muestran más a menudo las etiquetas raras; la pérdida Distribution-Balanced espera muestreo por clases</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="414"/>
        <source>Repeat threshold</source>
        <translation>Umbral de repetición</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="415"/>
        <source>Repeat factor: images with a tag rarer than this fraction are repeated (LVIS)</source>
        <translation>Factor de repetición: se repiten las imágenes con una etiqueta más rara que esta fracción (LVIS)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="417"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="418"/>
        <source>Automatic uses the first CUDA GPU when there is one, else the CPU; the run records the device it used</source>
        <translation>Automático usa la primera GPU CUDA si la hay y, si no, la CPU; la ejecución registra el dispositivo usado</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="419"/>
        <source>CPU threads</source>
        <translation>Hilos de CPU</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="419"/>
        <source>Threads for computing on the CPU (0: one per core)</source>
        <translation>Hilos para calcular en la CPU (0: uno por núcleo)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="420"/>
        <source>Loader threads</source>
        <translation>Hilos de carga</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="420"/>
        <source>Threads that augment images ahead of the training step</source>
        <translation>Hilos que aplican el aumento de datos a las imágenes antes del paso de entrenamiento</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="421"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="421"/>
        <source>The same seed on a CPU gives the same run</source>
        <translation>En CPU, la misma semilla da la misma ejecución</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="422"/>
        <source>Log every (steps)</source>
        <translation>Registrar cada (pasos)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="422"/>
        <source>Steps between lines in metrics.jsonl</source>
        <translation>Pasos entre dos líneas de metrics.jsonl</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="425"/>
        <source>Mixed precision</source>
        <translation>Precisión mixta</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="304"/>
        <location filename="../app/gui/training/training_form.cpp" line="426"/>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="302"/>
        <source>Validate on a seeded sample of this many images, the same at every validation (0: all)</source>
        <translation>Validar con una muestra con semilla de este número de imágenes, la misma en cada validación (0: todas)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="303"/>
        <source>Image cache</source>
        <translation>Caché de imágenes</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="304"/>
        <source>When it fits the budget</source>
        <translation>Si cabe en el presupuesto</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="304"/>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="305"/>
        <source>The images are streamed from their files; a packed cache on disk keeps them decoded for later epochs. It fills as the first epoch reads them</source>
        <translation>Las imágenes se leen de sus archivos sobre la marcha; una caché empaquetada en disco las guarda decodificadas para las épocas siguientes. Se llena mientras la primera época las lee</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="307"/>
        <source>Cache budget (GB)</source>
        <translation>Presupuesto de caché (GB)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="308"/>
        <source>Disk space the cache may take; a split that does not fit is decoded every epoch (0: a quarter of the free space, at most 50 GB)</source>
        <translation>Espacio en disco que puede ocupar la caché; una partición que no cabe se decodifica en cada época (0: una cuarta parte del espacio libre, como máximo 50 GB)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="372"/>
        <source>Passes over the training images (0: as many as the steps need)</source>
        <translation>Pasadas por las imágenes de entrenamiento (0: las que necesiten los pasos)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="373"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="374"/>
        <source>Optimiser steps to train (0: the epochs decide); with both, whichever ends first</source>
        <translation>Pasos del optimizador que entrenar (0: deciden las épocas); con ambos, lo que termine antes</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="426"/>
        <source>Automatic mixed precision on CUDA</source>
        <translation>Precisión mixta automática en CUDA</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="427"/>
        <source>Channels last</source>
        <translation>Channels last</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="427"/>
        <source>NHWC memory layout, faster on tensor cores</source>
        <translation>Disposición de memoria NHWC, más rápida en tensor cores</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_form.cpp" line="429"/>
        <source>Sampling and device</source>
        <translation>Muestreo y dispositivo</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::TrainingPanel</name>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="149"/>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="152"/>
        <source>Check the settings and train in a new run directory</source>
        <translation>Comprobar los ajustes y entrenar en un nuevo directorio de ejecución</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="154"/>
        <location filename="../app/gui/training/training_panel.cpp" line="615"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="157"/>
        <source>Hold the run between two batches; Resume carries on</source>
        <translation>Detener la ejecución entre dos batches; «Reanudar» la continúa</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="158"/>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="161"/>
        <source>Stop after the current batch and write a checkpoint; the run can be resumed from the Runs tab</source>
        <translation>Detener tras el batch actual y escribir un checkpoint; la ejecución puede reanudarse desde la pestaña «Ejecuciones»</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="191"/>
        <source>Draw another run under this one: dashed curves, hollow points in the long-tail view</source>
        <translation>Dibujar otra ejecución debajo de esta: curvas discontinuas y puntos huecos en la vista de cola larga</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="195"/>
        <source>Compare &amp;with:</source>
        <translation>Comparar &amp;con:</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="206"/>
        <source>No run yet: choose the settings on the left and press Start, or open a run from the Runs tab.</source>
        <translation>Aún no hay ninguna ejecución: elija los ajustes a la izquierda y pulse «Iniciar», o abra una ejecución desde la pestaña «Ejecuciones».</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="212"/>
        <source>Messages of the run appear here.</source>
        <translation>Aquí aparecen los mensajes de la ejecución.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="232"/>
        <source>Curves</source>
        <translation>Curvas</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="233"/>
        <source>Long Tail</source>
        <translation>Cola larga</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="234"/>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="235"/>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="296"/>
        <source>Some settings need fixing before training can start (see the messages under the fields)</source>
        <translation>Hay que corregir algunos ajustes antes de poder entrenar (vea los mensajes bajo los campos)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="323"/>
        <location filename="../app/gui/training/training_panel.cpp" line="324"/>
        <source>Cannot resume %1: %2</source>
        <translation>No se puede reanudar %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="328"/>
        <source>Resuming %1 from its checkpoint</source>
        <translation>Reanudando %1 desde su checkpoint</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="340"/>
        <source>The form holds the settings of %1</source>
        <translation>El formulario contiene los ajustes de %1</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="346"/>
        <source>A run is in progress: Train Again starts when it has ended</source>
        <translation>Hay una ejecución en curso: Entrenar de nuevo empieza cuando termine</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="357"/>
        <location filename="../app/gui/training/training_panel.cpp" line="358"/>
        <source>Cannot train %1 again: %2</source>
        <translation>No se puede entrenar %1 de nuevo: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="362"/>
        <source>Training again with the settings of %1</source>
        <translation>Entrenando de nuevo con los ajustes de %1</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="373"/>
        <source>Training in Progress</source>
        <translation>Entrenamiento en curso</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="373"/>
        <source>A training run is in progress. Stop it and close Tagscope?</source>
        <translation>Hay un entrenamiento en curso. ¿Detenerlo y cerrar Tagscope?</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="376"/>
        <source>The run stops after the current batch and writes a checkpoint, so it can be resumed later from the Runs tab.</source>
        <translation>La ejecución se detiene tras el batch actual y escribe un checkpoint, de modo que puede reanudarse más tarde desde la pestaña «Ejecuciones».</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="377"/>
        <source>Stop and Close</source>
        <translation>Detener y cerrar</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="384"/>
        <source>Stopping the run before closing: writing the checkpoint</source>
        <translation>Deteniendo la ejecución antes de cerrar: escribiendo el checkpoint</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="393"/>
        <source>No Model Yet</source>
        <translation>Aún no hay modelo</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="394"/>
        <source>%1 has no TorchScript model: it is written when a run finishes its last epoch. Resume the run to finish it.</source>
        <translation>%1 no tiene modelo TorchScript: se escribe cuando una ejecución termina su última época. Reanude la ejecución para terminarla.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="402"/>
        <source>Export TorchScript Model</source>
        <translation>Exportar modelo TorchScript</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="403"/>
        <source>TorchScript (*.pt)</source>
        <translation>TorchScript (*.pt)</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="412"/>
        <source>Exported the model to %1</source>
        <translation>Modelo exportado a %1</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="488"/>
        <source>Step %1 / %2 · %p%</source>
        <translation>Paso %1 / %2 · %p %</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="527"/>
        <source>Step %1: training loss %2</source>
        <translation>Paso %1: pérdida de entrenamiento %2</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="544"/>
        <source>head %1</source>
        <translation>frecuentes %1</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="546"/>
        <source>medium %1</source>
        <translation>medias %1</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="548"/>
        <source>tail %1</source>
        <translation>raras %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/training/training_panel.cpp" line="564"/>
        <source>%1 finished %n step(s)</source>
        <translation>
            <numerusform>%1 terminó %n paso</numerusform>
            <numerusform>%1 terminó %n pasos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/training/training_panel.cpp" line="566"/>
        <source>%1 finished %n epoch(s)</source>
        <translation>
            <numerusform>%1 terminó %n época</numerusform>
            <numerusform>%1 terminó %n épocas</numerusform>
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
        <translation>Detenida en el paso %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel_run.cpp" line="156"/>
        <source>The run stopped: %1</source>
        <translation>La ejecución se detuvo: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/training/training_panel_run.cpp" line="180"/>
        <source>%1 of %n step(s)</source>
        <translation>
            <numerusform>%1 de %n paso</numerusform>
            <numerusform>%1 de %n pasos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/training/training_panel_run.cpp" line="181"/>
        <source>%1: %2 of %n step(s) in %3, device %4</source>
        <translation>
            <numerusform>%1: %2 de %n paso en %3, dispositivo %4</numerusform>
            <numerusform>%1: %2 de %n pasos en %3, dispositivo %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/training/training_panel_run.cpp" line="188"/>
        <source>%1 of %n epoch(s)</source>
        <translation>
            <numerusform>%1 de %n época</numerusform>
            <numerusform>%1 de %n épocas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/training/training_panel_run.cpp" line="189"/>
        <source>%1: %2 of %n epoch(s) in %3, device %4</source>
        <translation>
            <numerusform>%1: %2 de %n época en %3, dispositivo %4</numerusform>
            <numerusform>%1: %2 de %n épocas en %3, dispositivo %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel_run.cpp" line="195"/>
        <source> · best %1 at step %2</source>
        <translation> · mejor %1 en el paso %2</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel_run.cpp" line="197"/>
        <source> · best %1 at epoch %2</source>
        <translation> · mejor %1 en la época %2</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel_run.cpp" line="234"/>
        <source>mAP</source>
        <translation>mAP</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel_run.cpp" line="257"/>
        <source>Per-tag AP appears here after the first validation of a run.</source>
        <translation>La AP por etiqueta aparece aquí tras la primera validación de una ejecución.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel_run.cpp" line="259"/>
        <source>%1: no per-tag AP yet (it is measured on the validation split at the end of each epoch).</source>
        <translation>%1: aún no hay AP por etiqueta (se mide en la partición de validación al final de cada época).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/training/training_panel_run.cpp" line="262"/>
        <source>%1, epoch %2: %Ln tag(s) with a validation AP. Bands: %3 (%4); the lines are each band&apos;s mean AP. Click a point to see the tag&apos;s images.</source>
        <translation>
            <numerusform>%1, época %2: %Ln etiqueta con AP de validación. Grupos: %3 (%4); las líneas son la AP media de cada grupo. Haga clic en un punto para ver las imágenes de la etiqueta.</numerusform>
            <numerusform>%1, época %2: %Ln etiquetas con AP de validación. Grupos: %3 (%4); las líneas son la AP media de cada grupo. Haga clic en un punto para ver las imágenes de la etiqueta.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel_run.cpp" line="270"/>
        <source>The run&apos;s head, medium and tail mAPs use other bands: %1.</source>
        <translation>Las mAP de etiquetas frecuentes, medias y raras de la ejecución usan otros grupos: %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel_run.cpp" line="322"/>
        <source>No other run</source>
        <translation>Ninguna otra ejecución</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel_run.cpp" line="338"/>
        <source>&lt;b&gt;Training&lt;/b&gt;</source>
        <translation>&lt;b&gt;Entrenamiento&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="448"/>
        <location filename="../app/gui/training/training_panel_run.cpp" line="344"/>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="456"/>
        <location filename="../app/gui/training/training_panel_run.cpp" line="345"/>
        <source>stopping</source>
        <translation>deteniéndose</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="435"/>
        <location filename="../app/gui/training/training_panel.cpp" line="452"/>
        <location filename="../app/gui/training/training_panel_run.cpp" line="346"/>
        <source>training</source>
        <translation>entrenando</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="434"/>
        <source>Training in %1</source>
        <translation>Entrenando en %1</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="440"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="449"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="453"/>
        <source>Resumed</source>
        <translation>Reanudado</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="457"/>
        <source>Stopping: the checkpoint is written after the current batch…</source>
        <translation>Deteniendo: el checkpoint se escribe tras el batch actual…</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="465"/>
        <source>Epoch %1/%2 · %3…</source>
        <translation>Época %1/%2 · %3…</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="488"/>
        <source>Epoch %1 / %2 · %p%</source>
        <translation>Época %1 / %2 · %p %</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="489"/>
        <source>Epoch %1/%2 · batch %3/%4 · step %5/%6 · %7 images/s · ETA %8 · loss %9 (smoothed %10) · learning rate %11</source>
        <translation>Época %1/%2 · batch %3/%4 · paso %5/%6 · %7 imágenes/s · quedan %8 · pérdida %9 (suavizada %10) · tasa de aprendizaje %11</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="498"/>
        <source>Paused · %1</source>
        <translation>En pausa · %1</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="517"/>
        <source>Epoch %1: training loss %2</source>
        <translation>Época %1: pérdida de entrenamiento %2</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="541"/>
        <source>, validation %1 %2</source>
        <translation>, validación %1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="551"/>
        <source> in %1 s%2</source>
        <translation> en %1 s%2</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="551"/>
        <source>, best so far</source>
        <translation>, la mejor hasta ahora</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="570"/>
        <source>%1 failed: %2</source>
        <translation>%1 fallida: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="578"/>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="605"/>
        <source>The tag %1 is not in the open dataset</source>
        <translation>La etiqueta %1 no está en el conjunto de datos abierto</translation>
    </message>
    <message>
        <location filename="../app/gui/training/training_panel.cpp" line="615"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::TsneRunner</name>
    <message>
        <location filename="../app/gui/embeddings/tsne_runner.cpp" line="208"/>
        <source>Reducing to %1 PCA dimensions</source>
        <translation>Reduciendo a %1 dimensiones con PCA</translation>
    </message>
</context>
<context>
    <name>tagscope::gui::WelcomePage</name>
    <message>
        <location filename="../app/gui/window/welcome_page.cpp" line="18"/>
        <source>Welcome to Tagscope</source>
        <translation>Bienvenido a Tagscope</translation>
    </message>
    <message>
        <location filename="../app/gui/window/welcome_page.cpp" line="25"/>
        <source>Browse a multilabel image dataset, see how skewed its tags are and filter the images by any tag.&lt;br&gt;Open an Open Images folder, or start with the demo dataset.</source>
        <translation>Explore un conjunto de imágenes multietiqueta, vea lo sesgadas que están sus etiquetas y filtre las imágenes por cualquier etiqueta.&lt;br&gt;Abra una carpeta de Open Images o empiece con el conjunto de demostración.</translation>
    </message>
    <message>
        <location filename="../app/gui/window/welcome_page.cpp" line="32"/>
        <source>Open Dataset…</source>
        <translation>Abrir conjunto de datos…</translation>
    </message>
    <message>
        <location filename="../app/gui/window/welcome_page.cpp" line="33"/>
        <source>Open Demo Dataset</source>
        <translation>Abrir conjunto de demostración</translation>
    </message>
    <message>
        <location filename="../app/gui/window/welcome_page.cpp" line="42"/>
        <source>You can also drop a dataset folder onto this window.</source>
        <translation>También puede arrastrar la carpeta de un conjunto de datos a esta ventana.</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::CooccurrenceHeatmap</name>
    <message>
        <location filename="../widgets/plots/cooccurrence_heatmap.cpp" line="59"/>
        <source>How many of the most frequent tags the map compares</source>
        <translation>Cuántas de las etiquetas más frecuentes compara el mapa</translation>
    </message>
    <message>
        <location filename="../widgets/plots/cooccurrence_heatmap.cpp" line="60"/>
        <source>&amp;Most frequent tags:</source>
        <translation>Etiquetas &amp;más frecuentes:</translation>
    </message>
    <message>
        <location filename="../widgets/plots/cooccurrence_heatmap.cpp" line="89"/>
        <source>Tag B</source>
        <translation>Etiqueta B</translation>
    </message>
    <message>
        <location filename="../widgets/plots/cooccurrence_heatmap.cpp" line="90"/>
        <source>Tag A</source>
        <translation>Etiqueta A</translation>
    </message>
    <message>
        <location filename="../widgets/plots/cooccurrence_heatmap.cpp" line="100"/>
        <source>P(B | A)</source>
        <translation>P(B | A)</translation>
    </message>
    <message>
        <location filename="../widgets/plots/cooccurrence_heatmap.cpp" line="170"/>
        <source>Counting co-occurrences…</source>
        <translation>Contando coocurrencias…</translation>
    </message>
    <message>
        <location filename="../widgets/plots/cooccurrence_heatmap.cpp" line="172"/>
        <source>Row A, column B: the share of A&apos;s images that also show B. Click a cell to see the images with both.</source>
        <translation>Fila A, columna B: la proporción de imágenes con A que también muestran B. Haga clic en una celda para ver las imágenes con ambas.</translation>
    </message>
    <message>
        <location filename="../widgets/plots/cooccurrence_heatmap.cpp" line="174"/>
        <source>Not enough tags with positives.</source>
        <translation>No hay suficientes etiquetas con imágenes positivas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/plots/cooccurrence_heatmap.cpp" line="218"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%Ln image(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%Ln imagen</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%Ln imágenes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/plots/cooccurrence_heatmap.cpp" line="219"/>
        <source>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;images with %1: %3&lt;br&gt;with both: %4&lt;br&gt;P(%2 | %1) = %5&lt;br&gt;P(%1 | %2) = %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;imágenes con %1: %3&lt;br&gt;con ambas: %4&lt;br&gt;P(%2 | %1) = %5&lt;br&gt;P(%1 | %2) = %6</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::EmbeddingMapView</name>
    <message>
        <location filename="../widgets/map/embedding_map_view.cpp" line="385"/>
        <source>Find Similar Images</source>
        <translation>Buscar imágenes similares</translation>
    </message>
    <message>
        <location filename="../widgets/map/embedding_map_view.cpp" line="388"/>
        <source>Fit All Points</source>
        <translation>Encuadrar todos los puntos</translation>
    </message>
    <message>
        <location filename="../widgets/map/embedding_map_view.cpp" line="389"/>
        <source>Clear Selection</source>
        <translation>Quitar la selección</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::ImageFilterBar</name>
    <message>
        <location filename="../widgets/tags/image_filter_bar.cpp" line="15"/>
        <source>Label:</source>
        <translation>Anotación:</translation>
    </message>
    <message>
        <location filename="../widgets/tags/image_filter_bar.cpp" line="22"/>
        <source>Positive</source>
        <translation>Positiva</translation>
    </message>
    <message>
        <location filename="../widgets/tags/image_filter_bar.cpp" line="23"/>
        <source>Verified negative</source>
        <translation>Negativa verificada</translation>
    </message>
    <message>
        <location filename="../widgets/tags/image_filter_bar.cpp" line="24"/>
        <source>Unknown</source>
        <translation>Desconocida</translation>
    </message>
    <message>
        <location filename="../widgets/tags/image_filter_bar.cpp" line="25"/>
        <source>Negative or unknown</source>
        <translation>Negativa o desconocida</translation>
    </message>
    <message>
        <location filename="../widgets/tags/image_filter_bar.cpp" line="26"/>
        <source>Show the images on which the selected tag is present, verified absent, or not annotated</source>
        <translation>Mostrar las imágenes en las que la etiqueta seleccionada está presente, ausente (verificado) o sin anotar</translation>
    </message>
    <message>
        <location filename="../widgets/tags/image_filter_bar.cpp" line="31"/>
        <source>Filter, e.g. Dog AND NOT Cat:negative OR split:val</source>
        <translation>Filtro, p. ej. Dog AND NOT Cat:negative OR split:val</translation>
    </message>
    <message>
        <location filename="../widgets/tags/image_filter_bar.cpp" line="129"/>
        <source>Not applied: %1</source>
        <translation>No aplicado: %1</translation>
    </message>
    <message>
        <location filename="../widgets/tags/image_filter_bar.cpp" line="135"/>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <location filename="../widgets/tags/image_filter_bar.cpp" line="143"/>
        <source>&lt;p&gt;Type a filter and press Return.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dog&lt;/b&gt; positive · &lt;b&gt;Dog:negative&lt;/b&gt; verified absent · &lt;b&gt;Dog:unknown&lt;/b&gt; not annotated · &lt;b&gt;Dog:machine&amp;gt;=0.7&lt;/b&gt; machine confidence&lt;br&gt;&lt;b&gt;&quot;Human face&quot;&lt;/b&gt; names with spaces · &lt;b&gt;split:train&lt;/b&gt;, &lt;b&gt;split:val&lt;/b&gt;, &lt;b&gt;split:test&lt;/b&gt; · &lt;b&gt;name:~2f0c&lt;/b&gt; image name contains · &lt;b&gt;corrected&lt;/b&gt; labels changed by review, &lt;b&gt;corrected:Dog&lt;/b&gt; for one tag&lt;/p&gt;&lt;p&gt;Combine with &lt;b&gt;AND&lt;/b&gt; (&amp;amp;), &lt;b&gt;OR&lt;/b&gt; (|), &lt;b&gt;NOT&lt;/b&gt; (!, -) and parentheses.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Escriba un filtro y pulse Intro.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dog&lt;/b&gt; positiva · &lt;b&gt;Dog:negative&lt;/b&gt; ausencia verificada · &lt;b&gt;Dog:unknown&lt;/b&gt; sin anotar · &lt;b&gt;Dog:machine&amp;gt;=0.7&lt;/b&gt; confianza automática&lt;br&gt;&lt;b&gt;&quot;Human face&quot;&lt;/b&gt; nombres con espacios · &lt;b&gt;split:train&lt;/b&gt;, &lt;b&gt;split:val&lt;/b&gt;, &lt;b&gt;split:test&lt;/b&gt; · &lt;b&gt;name:~2f0c&lt;/b&gt; el nombre de la imagen contiene · &lt;b&gt;corrected&lt;/b&gt; etiquetas cambiadas en la revisión, &lt;b&gt;corrected:Dog&lt;/b&gt; para una etiqueta&lt;/p&gt;&lt;p&gt;Combine con &lt;b&gt;AND&lt;/b&gt; (&amp;amp;), &lt;b&gt;OR&lt;/b&gt; (|), &lt;b&gt;NOT&lt;/b&gt; (!, -) y paréntesis.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/tags/image_filter_bar.cpp" line="184"/>
        <source>%1 of %Ln image(s)</source>
        <translation>
            <numerusform>%1 de %Ln imagen</numerusform>
            <numerusform>%1 de %Ln imágenes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/tags/image_filter_bar.cpp" line="135"/>
        <source>Not applied: %1. Did you mean %2?</source>
        <translation>No aplicado: %1. ¿Quería decir %2?</translation>
    </message>
    <message>
        <location filename="../widgets/tags/image_filter_bar.cpp" line="183"/>
        <source>Filtering…</source>
        <translation>Filtrando…</translation>
    </message>
    <message>
        <location filename="../widgets/tags/image_filter_bar.cpp" line="207"/>
        <source>Images matching &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Filtro: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/tags/image_filter_bar.cpp" line="209"/>
        <source>&lt;b&gt;All images&lt;/b&gt;</source>
        <translation>&lt;b&gt;Todas las imágenes&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/tags/image_filter_bar.cpp" line="211"/>
        <source>Images with tags &lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Imágenes con las etiquetas &lt;b&gt;%1&lt;/b&gt; y &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/tags/image_filter_bar.cpp" line="213"/>
        <source>Images with tag &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Imágenes con la etiqueta &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::ImbalanceSummaryView</name>
    <message>
        <location filename="../widgets/plots/imbalance_summary_view.cpp" line="66"/>
        <source>The images the figures describe</source>
        <translation>Las imágenes que describen las cifras</translation>
    </message>
    <message>
        <location filename="../widgets/plots/imbalance_summary_view.cpp" line="75"/>
        <source>Imbalance ratio</source>
        <translation>Ratio de desequilibrio</translation>
    </message>
    <message>
        <location filename="../widgets/plots/imbalance_summary_view.cpp" line="76"/>
        <source>Positives of the most frequent tag divided by those of the least frequent tag that has any</source>
        <translation>Positivas de la etiqueta más frecuente divididas por las de la menos frecuente que tenga alguna</translation>
    </message>
    <message>
        <location filename="../widgets/plots/imbalance_summary_view.cpp" line="77"/>
        <source>Gini coefficient</source>
        <translation>Coeficiente de Gini</translation>
    </message>
    <message>
        <location filename="../widgets/plots/imbalance_summary_view.cpp" line="78"/>
        <source>0 when every tag has as many positives as any other, close to 1 when a few tags have nearly all</source>
        <translation>0 cuando todas las etiquetas tienen las mismas positivas; cerca de 1 cuando unas pocas las tienen casi todas</translation>
    </message>
    <message>
        <location filename="../widgets/plots/imbalance_summary_view.cpp" line="79"/>
        <source>Effective number of tags</source>
        <translation>Nº efectivo de etiquetas</translation>
    </message>
    <message>
        <location filename="../widgets/plots/imbalance_summary_view.cpp" line="80"/>
        <source>exp(entropy) of the positives over the tags: how many equally frequent tags would be as diverse</source>
        <translation>exp(entropía) de las positivas entre las etiquetas: cuántas etiquetas igual de frecuentes darían la misma diversidad</translation>
    </message>
    <message>
        <location filename="../widgets/plots/imbalance_summary_view.cpp" line="81"/>
        <source>Positives in the top 1% of tags</source>
        <translation>Positivas en el 1 % superior</translation>
    </message>
    <message>
        <location filename="../widgets/plots/imbalance_summary_view.cpp" line="82"/>
        <source>Share of all positive labels that belong to the most frequent 1% of tags</source>
        <translation>Proporción de todas las anotaciones positivas que pertenecen al 1 % de etiquetas más frecuentes</translation>
    </message>
    <message>
        <location filename="../widgets/plots/imbalance_summary_view.cpp" line="83"/>
        <location filename="../widgets/plots/imbalance_summary_view.cpp" line="120"/>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location filename="../widgets/plots/imbalance_summary_view.cpp" line="83"/>
        <source>Images in the split shown</source>
        <translation>Imágenes de la partición mostrada</translation>
    </message>
    <message>
        <location filename="../widgets/plots/imbalance_summary_view.cpp" line="84"/>
        <source>Positive tags per image (mean)</source>
        <translation>Positivas por imagen (media)</translation>
    </message>
    <message>
        <location filename="../widgets/plots/imbalance_summary_view.cpp" line="85"/>
        <source>Average number of tags present on an image</source>
        <translation>Número medio de etiquetas presentes en una imagen</translation>
    </message>
    <message>
        <location filename="../widgets/plots/imbalance_summary_view.cpp" line="88"/>
        <source>&amp;Split:</source>
        <translation>&amp;Partición:</translation>
    </message>
    <message>
        <location filename="../widgets/plots/imbalance_summary_view.cpp" line="94"/>
        <source>&lt;b&gt;Label states&lt;/b&gt; (images × tags)</source>
        <translation>&lt;b&gt;Estados de anotación&lt;/b&gt; (imágenes × etiquetas)</translation>
    </message>
    <message>
        <location filename="../widgets/plots/imbalance_summary_view.cpp" line="95"/>
        <source>Share of the image × tag matrix that is labelled positive, verified negative, or not labelled at all</source>
        <translation>Proporción de la matriz imagen × etiqueta anotada como positiva, negativa verificada o sin anotar</translation>
    </message>
    <message>
        <location filename="../widgets/plots/imbalance_summary_view.cpp" line="114"/>
        <source>Positive tags per image</source>
        <translation>Etiquetas positivas por imagen</translation>
    </message>
    <message>
        <location filename="../widgets/plots/imbalance_summary_view.cpp" line="119"/>
        <source>Positive tags on the image</source>
        <translation>Etiquetas positivas en la imagen</translation>
    </message>
    <message>
        <location filename="../widgets/plots/imbalance_summary_view.cpp" line="184"/>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <location filename="../widgets/plots/imbalance_summary_view.cpp" line="223"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/plots/imbalance_summary_view.cpp" line="225"/>
        <source>%1 (%Ln tag(s))</source>
        <translation>
            <numerusform>%1 (%Ln etiqueta)</numerusform>
            <numerusform>%1 (%Ln etiquetas)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/plots/imbalance_summary_view.cpp" line="229"/>
        <source>%1 positive %2 · %3 verified negative %4 · %5 unknown %6</source>
        <translation>%1 positivas %2 · %3 negativas verificadas %4 · %5 desconocidas %6</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::LongTailPlot</name>
    <message>
        <location filename="../widgets/plots/long_tail_plot.cpp" line="102"/>
        <source>Training positives of the tag (log scale)</source>
        <translation>Positivas de entrenamiento de la etiqueta (escala logarítmica)</translation>
    </message>
    <message>
        <location filename="../widgets/plots/long_tail_plot.cpp" line="103"/>
        <source>Validation AP (%)</source>
        <translation>AP de validación (%)</translation>
    </message>
    <message>
        <location filename="../widgets/plots/long_tail_plot.cpp" line="149"/>
        <source>under 5% of positives missing</source>
        <translation>faltan menos del 5 % de las positivas</translation>
    </message>
    <message>
        <location filename="../widgets/plots/long_tail_plot.cpp" line="149"/>
        <source>5–20% missing</source>
        <translation>faltan del 5 al 20 %</translation>
    </message>
    <message>
        <location filename="../widgets/plots/long_tail_plot.cpp" line="149"/>
        <source>20–50% missing</source>
        <translation>faltan del 20 al 50 %</translation>
    </message>
    <message>
        <location filename="../widgets/plots/long_tail_plot.cpp" line="149"/>
        <source>over half missing</source>
        <translation>falta más de la mitad</translation>
    </message>
    <message>
        <location filename="../widgets/plots/long_tail_plot.cpp" line="176"/>
        <source>no estimate</source>
        <translation>sin estimación</translation>
    </message>
    <message>
        <location filename="../widgets/plots/long_tail_plot.cpp" line="241"/>
        <source>%1 · %2 (mean AP %3)</source>
        <translation>%1 · %2 (AP media %3)</translation>
    </message>
    <message>
        <location filename="../widgets/plots/long_tail_plot.cpp" line="242"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../widgets/plots/long_tail_plot.cpp" line="267"/>
        <source>Per-tag AP against training frequency: no validated run yet</source>
        <translation>AP por etiqueta frente a frecuencia de entrenamiento: aún no hay ninguna ejecución validada</translation>
    </message>
    <message>
        <location filename="../widgets/plots/long_tail_plot.cpp" line="269"/>
        <source>Per-tag AP against training frequency — %1</source>
        <translation>AP por etiqueta frente a frecuencia de entrenamiento — %1</translation>
    </message>
    <message>
        <location filename="../widgets/plots/long_tail_plot.cpp" line="271"/>
        <source>Per-tag AP against training frequency — %1 (filled) vs %2 (hollow)</source>
        <translation>AP por etiqueta frente a frecuencia de entrenamiento — %1 (rellenos) frente a %2 (huecos)</translation>
    </message>
    <message>
        <location filename="../widgets/plots/long_tail_plot.cpp" line="317"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 training positives · %3 band</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 positivas de entrenamiento · grupo %3</translation>
    </message>
    <message>
        <location filename="../widgets/plots/long_tail_plot.cpp" line="319"/>
        <location filename="../widgets/plots/long_tail_plot.cpp" line="321"/>
        <source>&lt;br&gt;AP %1% in %2</source>
        <translation>&lt;br&gt;AP %1 % en %2</translation>
    </message>
    <message>
        <location filename="../widgets/plots/long_tail_plot.cpp" line="323"/>
        <source>&lt;br&gt;difference %1%2 points</source>
        <translation>&lt;br&gt;diferencia %1%2 puntos</translation>
    </message>
    <message>
        <location filename="../widgets/plots/long_tail_plot.cpp" line="328"/>
        <source>&lt;br&gt;about %1 positives hidden among its unknown labels (%2% of its positives missing)</source>
        <translation>&lt;br&gt;unas %1 positivas ocultas entre sus etiquetas desconocidas (falta el %2 % de sus positivas)</translation>
    </message>
    <message>
        <location filename="../widgets/plots/long_tail_plot.cpp" line="331"/>
        <source>&lt;br&gt;&lt;i&gt;Click to show its images&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Haga clic para ver sus imágenes&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::MapHoverCard</name>
    <message>
        <location filename="../widgets/map/map_hover_card.cpp" line="58"/>
        <source>No image</source>
        <translation>Sin imagen</translation>
    </message>
    <message>
        <location filename="../widgets/map/map_hover_card.cpp" line="58"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::MapLegend</name>
    <message>
        <location filename="../widgets/map/map_legend.cpp" line="52"/>
        <source>sparse</source>
        <translation>disperso</translation>
    </message>
    <message>
        <location filename="../widgets/map/map_legend.cpp" line="55"/>
        <source>dense</source>
        <translation>denso</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::NeighbourGallery</name>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="79"/>
        <source>Back to the previous query (Backspace)</source>
        <translation>Volver a la consulta anterior (Retroceso)</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="83"/>
        <source>Forward to the next query (Shift+Backspace)</source>
        <translation>Ir a la consulta siguiente (Mayús+Retroceso)</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="102"/>
        <source>How many nearest neighbours to show</source>
        <translation>Cuántos vecinos más cercanos mostrar</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="105"/>
        <source>Cosine</source>
        <translation>Coseno</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="106"/>
        <source>Euclidean</source>
        <translation>Euclídea</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="107"/>
        <source>Cosine distance (1 − cosine similarity) ignores the vectors&apos; lengths; Euclidean does not</source>
        <translation>La distancia coseno (1 − similitud coseno) ignora la longitud de los vectores; la euclídea no</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="109"/>
        <source>Exact</source>
        <translation>Exacta</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="110"/>
        <source>Approximate (HNSW)</source>
        <translation>Aproximada (HNSW)</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="111"/>
        <source>Exact compares the query with every image; approximate searches a graph index, built once in the background, which is much faster on large datasets</source>
        <translation>La exacta compara la consulta con todas las imágenes; la aproximada busca en un índice de grafo, construido una vez en segundo plano, mucho más rápido en conjuntos de datos grandes</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="114"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="154"/>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="334"/>
        <source>Query tag</source>
        <translation>Etiqueta de la consulta</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="154"/>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="334"/>
        <source>Neighbours</source>
        <translation>Vecinos</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="154"/>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="334"/>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="166"/>
        <source>For each tag of the query, how many of its neighbours carry it too</source>
        <translation>Para cada etiqueta de la consulta, cuántos de sus vecinos también la llevan</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="182"/>
        <source>Neighbours:</source>
        <translation>Vecinos:</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="185"/>
        <source>Distance:</source>
        <translation>Distancia:</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="188"/>
        <source>Search:</source>
        <translation>Búsqueda:</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="242"/>
        <source>No query</source>
        <translation>Sin consulta</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="296"/>
        <source>No query yet</source>
        <translation>Aún no hay consulta</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="297"/>
        <source>Choose “Find Similar Images” on an image of the browser, the inspector or the map, or drop an image file here.</source>
        <translation>Elija «Buscar imágenes similares» en una imagen del explorador, del inspector o del mapa, o arrastre aquí un archivo de imagen.</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="305"/>
        <source>1 neighbour</source>
        <translation>1 vecino</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="305"/>
        <source>%1 neighbours</source>
        <translation>%1 vecinos</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="306"/>
        <source>Dataset image · %1</source>
        <translation>Imagen del conjunto de datos · %1</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="306"/>
        <source>Image file %1 · %2</source>
        <translation>Archivo de imagen %1 · %2</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="307"/>
        <source>&lt;i&gt;No positive tags&lt;/i&gt;</source>
        <translation>&lt;i&gt;Sin etiquetas positivas&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery.cpp" line="334"/>
        <source>Tag among neighbours</source>
        <translation>Etiqueta entre los vecinos</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::NeighbourGalleryModel</name>
    <message>
        <location filename="../widgets/gallery/neighbour_gallery_model.cpp" line="140"/>
        <source>Distance %1 · rank %2</source>
        <translation>Distancia %1 · puesto %2</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::ParameterForm</name>
    <message>
        <location filename="../widgets/forms/parameter_form.cpp" line="136"/>
        <location filename="../widgets/forms/parameter_form.cpp" line="253"/>
        <source>Choose a folder</source>
        <translation>Elegir una carpeta</translation>
    </message>
    <message>
        <location filename="../widgets/forms/parameter_form.cpp" line="136"/>
        <location filename="../widgets/forms/parameter_form.cpp" line="253"/>
        <source>Choose a file</source>
        <translation>Elegir un archivo</translation>
    </message>
    <message>
        <location filename="../widgets/forms/parameter_form.cpp" line="160"/>
        <source>empty, or numbers separated by commas</source>
        <translation>vacío o números separados por comas</translation>
    </message>
    <message>
        <location filename="../widgets/forms/parameter_form.cpp" line="222"/>
        <source>Enter a number from %1</source>
        <translation>Introduzca un número %1</translation>
    </message>
    <message>
        <location filename="../widgets/forms/parameter_form.cpp" line="224"/>
        <location filename="../widgets/forms/parameter_form.cpp" line="239"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>«%1» no es un número</translation>
    </message>
    <message>
        <location filename="../widgets/forms/parameter_form.cpp" line="226"/>
        <source>Enter a whole number</source>
        <translation>Introduzca un número entero</translation>
    </message>
    <message>
        <location filename="../widgets/forms/parameter_form.cpp" line="228"/>
        <source>Must be from %1</source>
        <translation>Valor permitido: %1</translation>
    </message>
    <message>
        <location filename="../widgets/forms/parameter_form.cpp" line="241"/>
        <source>%1 is outside %2</source>
        <translation>%1 está fuera del intervalo %2</translation>
    </message>
    <message>
        <location filename="../widgets/forms/parameter_form.cpp" line="245"/>
        <source>Enter at least one number</source>
        <translation>Introduzca al menos un número</translation>
    </message>
    <message>
        <location filename="../widgets/forms/parameter_form.cpp" line="253"/>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <location filename="../widgets/forms/parameter_form.cpp" line="255"/>
        <source>No such file: %1</source>
        <translation>No existe el archivo: %1</translation>
    </message>
    <message>
        <location filename="../widgets/forms/parameter_form.cpp" line="257"/>
        <source>Does not exist: %1</source>
        <translation>No existe: %1</translation>
    </message>
    <message>
        <location filename="../widgets/forms/parameter_form.cpp" line="423"/>
        <source>range %1</source>
        <translation>rango %1</translation>
    </message>
    <message>
        <location filename="../widgets/forms/parameter_form.cpp" line="426"/>
        <source>default %1</source>
        <translation>por defecto %1</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::SelectionGallery</name>
    <message>
        <location filename="../widgets/thumbnails/selection_gallery.cpp" line="22"/>
        <source>Show in Browser</source>
        <translation>Mostrar en el explorador</translation>
    </message>
    <message>
        <location filename="../widgets/thumbnails/selection_gallery.cpp" line="22"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../widgets/thumbnails/selection_gallery.cpp" line="23"/>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <location filename="../widgets/thumbnails/selection_gallery.cpp" line="26"/>
        <source>Filter the browser&apos;s grid to the selected images</source>
        <translation>Filtrar la cuadrícula del explorador a las imágenes seleccionadas</translation>
    </message>
    <message>
        <location filename="../widgets/thumbnails/selection_gallery.cpp" line="27"/>
        <source>Save the selected images&apos; indices and paths as CSV</source>
        <translation>Guardar los índices y las rutas de las imágenes seleccionadas como CSV</translation>
    </message>
    <message>
        <location filename="../widgets/thumbnails/selection_gallery.cpp" line="28"/>
        <source>Clear the selection (Esc on the map)</source>
        <translation>Quitar la selección (Esc en el mapa)</translation>
    </message>
    <message>
        <location filename="../widgets/thumbnails/selection_gallery.cpp" line="32"/>
        <source>Drag a rectangle or a lasso on the map to select images.</source>
        <translation>Arrastre un rectángulo o un lazo en el mapa para seleccionar imágenes.</translation>
    </message>
    <message>
        <location filename="../widgets/thumbnails/selection_gallery.cpp" line="88"/>
        <source>No images selected</source>
        <translation>Ninguna imagen seleccionada</translation>
    </message>
    <message>
        <location filename="../widgets/thumbnails/selection_gallery.cpp" line="89"/>
        <source>1 image selected</source>
        <translation>1 imagen seleccionada</translation>
    </message>
    <message>
        <location filename="../widgets/thumbnails/selection_gallery.cpp" line="89"/>
        <source>%1 images selected</source>
        <translation>%1 imágenes seleccionadas</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TagHistogram</name>
    <message>
        <location filename="../widgets/plots/tag_histogram.cpp" line="85"/>
        <source>Tags, most frequent first</source>
        <translation>Etiquetas, de más a menos frecuente</translation>
    </message>
    <message>
        <location filename="../widgets/plots/tag_histogram.cpp" line="158"/>
        <source>Reset View</source>
        <translation>Restablecer vista</translation>
    </message>
    <message>
        <location filename="../widgets/plots/tag_histogram.cpp" line="159"/>
        <source>Show all tags again (double-click does the same)</source>
        <translation>Volver a mostrar todas las etiquetas (el doble clic hace lo mismo)</translation>
    </message>
    <message>
        <location filename="../widgets/plots/tag_histogram.cpp" line="161"/>
        <source>Stack Verified Negatives</source>
        <translation>Apilar negativas verificadas</translation>
    </message>
    <message>
        <location filename="../widgets/plots/tag_histogram.cpp" line="163"/>
        <source>Draw each tag&apos;s verified negatives on top of its positives</source>
        <translation>Dibujar las negativas verificadas de cada etiqueta encima de sus positivas</translation>
    </message>
    <message>
        <location filename="../widgets/plots/tag_histogram.cpp" line="165"/>
        <source>Show Splits as Lines</source>
        <translation>Mostrar particiones como líneas</translation>
    </message>
    <message>
        <location filename="../widgets/plots/tag_histogram.cpp" line="167"/>
        <source>Draw the positives of each split as a line over the bars</source>
        <translation>Dibujar las positivas de cada partición como una línea sobre las barras</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/plots/tag_histogram.cpp" line="196"/>
        <source>Tag frequency — %Ln tag(s), imbalance ratio %1</source>
        <translation>
            <numerusform>Frecuencia de etiquetas — %Ln etiqueta, ratio de desequilibrio %1</numerusform>
            <numerusform>Frecuencia de etiquetas — %Ln etiquetas, ratio de desequilibrio %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/plots/tag_histogram.cpp" line="222"/>
        <source>Tag frequency</source>
        <translation>Frecuencia de etiquetas</translation>
    </message>
    <message>
        <location filename="../widgets/plots/tag_histogram.cpp" line="315"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3 · rank %4 · %5 band</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3 · puesto %4 · grupo %5</translation>
    </message>
    <message>
        <location filename="../widgets/plots/tag_histogram.cpp" line="328"/>
        <source>positive</source>
        <translation>positivas</translation>
    </message>
    <message>
        <location filename="../widgets/plots/tag_histogram.cpp" line="328"/>
        <source>negative</source>
        <translation>negativas</translation>
    </message>
    <message>
        <location filename="../widgets/plots/tag_histogram.cpp" line="328"/>
        <source>unknown</source>
        <translation>desconocidas</translation>
    </message>
    <message>
        <location filename="../widgets/plots/tag_histogram.cpp" line="401"/>
        <source>head &gt; %1</source>
        <translation>frecuentes &gt; %1</translation>
    </message>
    <message>
        <location filename="../widgets/plots/tag_histogram.cpp" line="402"/>
        <source>tail &lt; %1</source>
        <translation>raras &lt; %1</translation>
    </message>
    <message>
        <location filename="../widgets/plots/tag_histogram.cpp" line="443"/>
        <source>Verified negatives (stacked)</source>
        <translation>Negativas verificadas (apiladas)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/plots/tag_histogram.cpp" line="477"/>
        <source>%1 (%2): %Ln tag(s)</source>
        <translation>
            <numerusform>%1 (%2): %Ln etiq.</numerusform>
            <numerusform>%1 (%2): %Ln etiq.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/plots/tag_histogram.cpp" line="530"/>
        <source>%1 positives</source>
        <translation>%1: positivas</translation>
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
        <translation>Buscar etiquetas…</translation>
    </message>
    <message>
        <location filename="../widgets/tags/tag_panel.cpp" line="43"/>
        <source>Count the labels of all images or of one split</source>
        <translation>Contar las anotaciones de todas las imágenes o de una partición</translation>
    </message>
    <message>
        <location filename="../widgets/tags/tag_panel.cpp" line="48"/>
        <source>Show Images &amp;with This Tag</source>
        <translation>Mostrar imágenes &amp;con esta etiqueta</translation>
    </message>
    <message>
        <location filename="../widgets/tags/tag_panel.cpp" line="53"/>
        <source>Show Images with&amp;out This Tag</source>
        <translation>Mostrar imágenes &amp;sin esta etiqueta</translation>
    </message>
    <message>
        <location filename="../widgets/tags/tag_panel.cpp" line="54"/>
        <source>Images on which the tag is verified absent or not annotated</source>
        <translation>Imágenes en las que la etiqueta está ausente (verificado) o sin anotar</translation>
    </message>
    <message>
        <location filename="../widgets/tags/tag_panel.cpp" line="303"/>
        <source>1 tag</source>
        <translation>1 etiqueta</translation>
    </message>
    <message>
        <location filename="../widgets/tags/tag_panel.cpp" line="303"/>
        <source>%1 tags</source>
        <translation>%1 etiquetas</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/tags/tag_panel.cpp" line="305"/>
        <source>%1 of %Ln tag(s)</source>
        <translation>
            <numerusform>%1 de %Ln etiqueta</numerusform>
            <numerusform>%1 de %Ln etiquetas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TagTableModel</name>
    <message>
        <location filename="../widgets/tags/tag_table_model.cpp" line="161"/>
        <source>Tag</source>
        <translation>Etiqueta</translation>
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
        <translation>Desc.</translation>
    </message>
    <message>
        <location filename="../widgets/tags/tag_table_model.cpp" line="166"/>
        <source>Band</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../widgets/tags/tag_table_model.cpp" line="167"/>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <location filename="../widgets/tags/tag_table_model.cpp" line="172"/>
        <source>Display name of the tag</source>
        <translation>Nombre visible de la etiqueta</translation>
    </message>
    <message>
        <location filename="../widgets/tags/tag_table_model.cpp" line="173"/>
        <source>Positive: images on which the tag is present</source>
        <translation>Positiva: imágenes en las que está presente la etiqueta</translation>
    </message>
    <message>
        <location filename="../widgets/tags/tag_table_model.cpp" line="174"/>
        <source>Verified negative: images verified not to show the tag</source>
        <translation>Negativa verificada: imágenes en las que se verificó que no aparece la etiqueta</translation>
    </message>
    <message>
        <location filename="../widgets/tags/tag_table_model.cpp" line="175"/>
        <source>Unknown: images for which nobody said whether the tag applies</source>
        <translation>Desconocida: imágenes para las que nadie indicó si la etiqueta corresponde</translation>
    </message>
    <message>
        <location filename="../widgets/tags/tag_table_model.cpp" line="176"/>
        <source>Head, medium or tail by number of training positives</source>
        <translation>Frecuente, media o rara según el número de positivas de entrenamiento</translation>
    </message>
    <message>
        <location filename="../widgets/tags/tag_table_model.cpp" line="177"/>
        <source>Positive images as a share of the images shown (%1)</source>
        <translation>Imágenes positivas como proporción de las imágenes mostradas (%1)</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TaskProgressWidget</name>
    <message>
        <location filename="../widgets/forms/task_progress_widget.cpp" line="19"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../widgets/forms/task_progress_widget.cpp" line="20"/>
        <source>Stop this task; the dataset already open stays open</source>
        <translation>Detener esta tarea; el conjunto de datos ya abierto sigue abierto</translation>
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
        <translation>No se pudo decodificar la imagen.</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TrainingCurves</name>
    <message>
        <location filename="../widgets/plots/training_curves.cpp" line="95"/>
        <source>Training loss</source>
        <translation>Pérdida de entrenamiento</translation>
    </message>
    <message>
        <location filename="../widgets/plots/training_curves.cpp" line="97"/>
        <source>Validation mAP</source>
        <translation>mAP de validación</translation>
    </message>
    <message>
        <location filename="../widgets/plots/training_curves.cpp" line="99"/>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <location filename="../widgets/plots/training_curves.cpp" line="142"/>
        <source>per step</source>
        <translation>por paso</translation>
    </message>
    <message>
        <location filename="../widgets/plots/training_curves.cpp" line="143"/>
        <location filename="../widgets/plots/training_curves.cpp" line="262"/>
        <source>smoothed</source>
        <translation>suavizada</translation>
    </message>
    <message>
        <location filename="../widgets/plots/training_curves.cpp" line="148"/>
        <source>frequency prior</source>
        <translation>prior de frecuencia</translation>
    </message>
    <message>
        <location filename="../widgets/plots/training_curves.cpp" line="154"/>
        <location filename="../widgets/plots/training_curves.cpp" line="249"/>
        <source>all tags</source>
        <translation>todas las etiquetas</translation>
    </message>
    <message>
        <location filename="../widgets/plots/training_curves.cpp" line="161"/>
        <source>learning rate</source>
        <translation>tasa de aprendizaje</translation>
    </message>
    <message>
        <location filename="../widgets/plots/training_curves.cpp" line="163"/>
        <location filename="../widgets/plots/training_curves.cpp" line="164"/>
        <location filename="../widgets/plots/training_curves.cpp" line="223"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../widgets/plots/training_curves.cpp" line="165"/>
        <location filename="../widgets/plots/training_curves.cpp" line="223"/>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <location filename="../widgets/plots/training_curves.cpp" line="186"/>
        <source>mAP</source>
        <translation>mAP</translation>
    </message>
    <message>
        <location filename="../widgets/plots/training_curves.cpp" line="247"/>
        <source>Validation %1</source>
        <translation>%1 de validación</translation>
    </message>
    <message>
        <location filename="../widgets/plots/training_curves.cpp" line="248"/>
        <source>%1 (%)</source>
        <translation>%1 (%)</translation>
    </message>
    <message>
        <location filename="../widgets/plots/training_curves.cpp" line="262"/>
        <source>%1 (smoothed)</source>
        <translation>%1 (suavizada)</translation>
    </message>
    <message>
        <location filename="../widgets/plots/training_curves.cpp" line="397"/>
        <source>%1 (right axis)</source>
        <translation>%1 (eje derecho)</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TsneControls</name>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="19"/>
        <location filename="../widgets/map/tsne_controls.cpp" line="126"/>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="19"/>
        <source>Perturb</source>
        <translation>Perturbar</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="19"/>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="20"/>
        <source>Measure</source>
        <translation>Medir</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="26"/>
        <source>Run or pause the optimisation</source>
        <translation>Ejecutar o pausar la optimización</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="27"/>
        <source>Shake the layout with a little noise and let it settle again</source>
        <translation>Agitar la disposición con un poco de ruido y dejar que se asiente de nuevo</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="28"/>
        <source>Start again from the PCA layout with the current parameters</source>
        <translation>Empezar de nuevo desde la disposición PCA con los parámetros actuales</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="29"/>
        <source>Measure the KL divergence and kNN preservation of the layout now</source>
        <translation>Medir ahora la divergencia KL y la conservación de kNN de la disposición</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="34"/>
        <source>Effective number of neighbours each point attends to (5–50 typical; larger keeps more global structure)</source>
        <translation>Número efectivo de vecinos que considera cada punto (típicamente 5–50; un valor mayor conserva más estructura global)</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="38"/>
        <source>automatic</source>
        <translation>automática</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="39"/>
        <source>Step size; automatic uses max(N / 12, 200)</source>
        <translation>Tamaño de paso; la automática usa max(N / 12, 200)</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="44"/>
        <source>Attraction multiplier after the early phase: above 1 tightens clusters (UMAP-like at about 4)</source>
        <translation>Multiplicador de atracción tras la fase inicial: por encima de 1 compacta los clústeres (similar a UMAP hacia 4)</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="48"/>
        <source>The optimisation pauses at this iteration; Run continues past it</source>
        <translation>La optimización se pausa en esta iteración; «Ejecutar» continúa más allá</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="61"/>
        <source>Perplexity</source>
        <translation>Perplejidad</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="62"/>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="63"/>
        <source>Exaggeration</source>
        <translation>Exageración</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="64"/>
        <source>Iterations</source>
        <translation>Iteraciones</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="74"/>
        <source>KL divergence between the high-dimensional affinities and the map&apos;s (lower is better)</source>
        <translation>Divergencia KL entre las afinidades en alta dimensión y las del mapa (cuanto menor, mejor)</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="75"/>
        <source>Share of each image&apos;s 10 nearest neighbours in the embedding that are among its 10 nearest on the map</source>
        <translation>Proporción de los 10 vecinos más cercanos de cada imagen en el embedding que están entre sus 10 más cercanos en el mapa</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="78"/>
        <source>Iteration</source>
        <translation>Iteración</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="80"/>
        <source>KL divergence</source>
        <translation>Divergencia KL</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="82"/>
        <source>kNN preserved</source>
        <translation>kNN conservados</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="104"/>
        <source>Load or compute embeddings to start.</source>
        <translation>Cargue o calcule embeddings para empezar.</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="126"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="143"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="153"/>
        <location filename="../widgets/map/tsne_controls.cpp" line="154"/>
        <source>measuring…</source>
        <translation>midiendo…</translation>
    </message>
    <message>
        <location filename="../widgets/map/tsne_controls.cpp" line="157"/>
        <source>at %1</source>
        <translation>en %1</translation>
    </message>
</context>
</TS>
