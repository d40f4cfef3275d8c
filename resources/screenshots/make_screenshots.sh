#!/bin/sh
# Regenerates the screenshots the README shows, headless under xvfb, from the Fashion Mosaic demo dataset.
#
#   resources/screenshots/make_screenshots.sh [BUILD_DIR]     (default: build; needs tagscope-screenshots, tagscope-cli, xvfb-run)
#
# Everything happens in a temporary home (settings, caches, the demo, the runs), so the pictures do not depend on
# the user's preferences and the user's data is left alone. The browser pictures show the 20,000-image demo; the
# training pictures a 5,000-image demo, whose rarest tags fall in the tail band, and small CPU runs on it
# (small CNN at 48 px, 8 epochs: about a minute each on two cores). SKIP_SCALE=1 skips open-images-scale.png, whose 9M-image synthetic dataset takes
# about 1.5 GB of disk and memory; KEEP=DIR keeps the temporary home (demo, runs) in DIR for the next time;
# OUT=DIR writes the pictures there instead of resources/screenshots; ONLY="histogram.png preferences.png" makes
# only the pictures named (and only the datasets and runs they need).
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
shots=${OUT:-$root/resources/screenshots}
mkdir -p "$shots"; shots=$(cd "$shots" && pwd)
gui=$build/app/screenshots/tagscope-screenshots
cli=$build/app/cli/tagscope-cli
for program in "$gui" "$cli"; do
  [ -x "$program" ] || { echo "make_screenshots: $program is missing; build it first" >&2; exit 1; }
done
command -v xvfb-run >/dev/null || { echo "make_screenshots: xvfb-run is missing (apt-get install xvfb)" >&2; exit 1; }

if [ -n "${KEEP:-}" ]; then
  mkdir -p "$KEEP"; work=$(cd "$KEEP" && pwd)
else
  work=$(mktemp -d /tmp/tagscope-shots.XXXXXX)
  trap 'rm -rf "$work"' EXIT
fi
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"
export XDG_RUNTIME_DIR="$work/runtime" LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=
demo=$XDG_DATA_HOME/tagscope/fashion-mosaic
small_demo=$XDG_DATA_HOME/tagscope/fashion-mosaic-5k
single_demo=$XDG_DATA_HOME/tagscope/fashion-mosaic-single
runs=$XDG_DATA_HOME/tagscope/runs
mkdir -p "$runs" "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"

step() { printf '%s  %s\n' "$(date +%H:%M:%S)" "$*"; }
# True when one of the pictures named is to be made (all of them without ONLY).
wanted() {
  [ -z "${ONLY:-}" ] && return 0
  for name in "$@"; do case " $ONLY " in *" $name "*) return 0 ;; esac; done
  return 1
}
# A command whose output matters only when it fails.
quietly() { "$@" >"$work/last.log" 2>&1 || { cat "$work/last.log" >&2; exit 1; }; }
# One picture: the window at a fixed size on a virtual screen; the app saves it and quits. Each starts from
# default settings, so no splitter or dock position saved by the previous picture carries over.
shot() {
  wanted "$(basename "$1")" || return 0
  step "$(basename "$1")"
  picture=$1; shift
  rm -rf "$XDG_CONFIG_HOME"
  xvfb-run -a -s "-screen 0 1600x1000x24" "$gui" "$@"
  [ -s "$picture" ] || { echo "make_screenshots: $picture was not written" >&2; exit 1; }
}

step "demo datasets"
browser_shots="main-window.png histogram.png summary.png cooccurrence.png preferences.png about.png shortcuts.png main-window-de.png"
training_shots="training.png long-tail.png training-es.png neighbour-gallery.png review-cards.png review-grid.png review-pairs.png review-next.png"
map_shots="embedding-map-running.png embedding-map-converged.png"
# shellcheck disable=SC2086
{ ! wanted $browser_shots || [ -d "$demo" ]; } || quietly "$cli" demo --out "$demo"
# shellcheck disable=SC2086
{ ! wanted $training_shots || [ -d "$small_demo" ]; } || quietly "$cli" demo --out "$small_demo" --images 5000
# shellcheck disable=SC2086
{ ! wanted $map_shots || [ -d "$single_demo" ]; } || quietly "$cli" demo --out "$single_demo" --single-item --images 6000 --size 64

# Small, quick runs the training pictures compare against.
small="--set dataset=$small_demo --set backbone.name=small_cnn --set backbone.input_size=48 --set epochs=8 --quiet"
# shellcheck disable=SC2086
if wanted $training_shots && [ ! -f "$runs/asl/model.pt" ]; then
  step "training run: ASL"
  # shellcheck disable=SC2086
  quietly "$cli" train --config "$root/resources/configs/demo-asl.json" $small --out "$runs/asl"
fi
if wanted training.png long-tail.png training-es.png && [ ! -f "$runs/db-class-aware/model.pt" ]; then
  step "training run: Distribution-Balanced loss with class-aware sampling"
  # shellcheck disable=SC2086
  quietly "$cli" train --config "$root/resources/configs/long-tail-db.json" $small --set batch_size=64 --set lr=0.05 \
    --set step_size=6 --out "$runs/db-class-aware"
fi
# Embeddings for the map and the gallery: ArcFace on the single-item demo (the preset: about 3 minutes on 2 cores).
# shellcheck disable=SC2086
if wanted $map_shots && [ ! -f "$runs/arcface/model.pt" ]; then
  step "training run: ArcFace embeddings"
  quietly "$cli" train --config "$root/resources/configs/demo-arcface.json" --set dataset="$single_demo" --quiet \
    --out "$runs/arcface"
fi
embeddings=$work/arcface-train.npy
# shellcheck disable=SC2086
{ ! wanted $map_shots || [ -f "$embeddings" ]; } || quietly "$cli" embed --model "$runs/arcface" --dataset "$single_demo" --split train --out "$embeddings"
# The gallery: the multilabel demo's validation images embedded by the ASL run (its pooled features).
tagger_embeddings=$work/asl-validation.npy
# The run trained inside the window: partial-label loss, the picture taken after its 4th epoch.
cat > "$work/partial.json" <<'EOF'
{"backbone": {"name": "small_cnn", "input_size": 48}, "loss": "partial", "loss_params": {"mode": "selective"},
 "optimizer": "adamw", "lr": 0.003, "weight_decay": 0.0001, "schedule": "cosine", "warmup_epochs": 1, "epochs": 8,
 "batch_size": 64,
 "augmentation": {"random_resized_crop": true, "flip": true}}
EOF

# The browser (1440 x 900).
shot "$shots/main-window.png" "$demo" --screenshot "$shots/main-window.png" --filter 'Sneaker AND NOT Bag:negative'
shot "$shots/histogram.png" "$demo" --screenshot "$shots/histogram.png" --show-tab frequency --select-tag Sneaker --bands thirds
shot "$shots/summary.png" "$demo" --screenshot "$shots/summary.png" --show-tab summary
shot "$shots/cooccurrence.png" "$demo" --screenshot "$shots/cooccurrence.png" --show-tab cooccurrence

# The training page (1440 x 900).
shot "$shots/training.png" "$small_demo" --training-screenshot "$shots/training.png" --train-config "$work/partial.json" \
  --after-epochs 4 --compare-run "$runs/asl"
shot "$shots/long-tail.png" "$small_demo" --training-screenshot "$shots/long-tail.png" --open-run "$runs/db-class-aware" \
  --compare-run "$runs/asl" --training-tab long-tail

# The embedding map, mid-run and converged (with the sneakers selected), and the Similar Images gallery.
shot "$shots/embedding-map-running.png" "$single_demo" --embedding-screenshot "$shots/embedding-map-running.png" \
  --map-embeddings "$embeddings" --map-tag Sneaker --map-shot-at 300
shot "$shots/embedding-map-converged.png" "$single_demo" --embedding-screenshot "$shots/embedding-map-converged.png" \
  --map-embeddings "$embeddings" --map-tag Sneaker --map-iterations 1000
{ ! wanted neighbour-gallery.png review-pairs.png review-next.png || [ -f "$tagger_embeddings" ]; } || quietly "$cli" embed --model "$runs/asl" --dataset "$small_demo" --split validation \
  --out "$tagger_embeddings"
shot "$shots/neighbour-gallery.png" "$small_demo" --neighbour-screenshot "$shots/neighbour-gallery.png" \
  --neighbour-embeddings "$tagger_embeddings" --neighbour-model "$runs/asl" --neighbour-k 24

# The Review page on the ASL run's scores of the validation images (out of sample): a card, and one tag's grid.
# Nothing is answered: the decisions would stay with the demo for the next pictures.
review_scores=$work/asl-validation-scores.npy
{ ! wanted review-cards.png review-grid.png review-pairs.png review-next.png || [ -f "$review_scores" ]; } || quietly "$cli" predict "$runs/asl" --dataset "$small_demo" \
  --split validation --out "$review_scores" --quiet
shot "$shots/review-cards.png" "$small_demo" --review-screenshot "$shots/review-cards.png" --review-scores "$review_scores"
shot "$shots/review-grid.png" "$small_demo" --review-screenshot "$shots/review-grid.png" --review-scores "$review_scores" --review-mode grid
# Duplicates and what to label next, on the ASL run's embeddings of the same images.
shot "$shots/review-pairs.png" "$small_demo" --review-screenshot "$shots/review-pairs.png" --review-scores "$review_scores" \
  --review-embeddings "$tagger_embeddings" --review-mode pairs
shot "$shots/review-next.png" "$small_demo" --review-screenshot "$shots/review-next.png" --review-scores "$review_scores" \
  --review-embeddings "$tagger_embeddings" --review-mode next

# Dialogs.
shot "$shots/preferences.png" "$demo" --dialog-screenshot "preferences:$shots/preferences.png"
shot "$shots/about.png" "$demo" --dialog-screenshot "about:$shots/about.png"
shot "$shots/shortcuts.png" "$demo" --dialog-screenshot "shortcuts:$shots/shortcuts.png"

# The interface in German and Spanish, chosen by the system's language.
(export LANG=de_DE.UTF-8 LC_ALL=de_DE.UTF-8
 shot "$shots/main-window-de.png" "$demo" --screenshot "$shots/main-window-de.png" --filter 'Sneaker AND NOT Bag:negative')
(export LANG=es_ES.UTF-8 LC_ALL=es_ES.UTF-8
 shot "$shots/training-es.png" "$small_demo" --training-screenshot "$shots/training-es.png" --open-run "$runs/db-class-aware" \
   --compare-run "$runs/asl" --training-tab curves)

# Open Images scale: 9M images, 20k tags, label files only.
if [ "${SKIP_SCALE:-0}" != 1 ] && wanted open-images-scale.png; then
  step "synthetic 9M-image dataset"
  [ -d "$work/synth9m" ] || quietly "$cli" synth --out "$work/synth9m"
  shot "$shots/open-images-scale.png" "$work/synth9m" --screenshot "$shots/open-images-scale.png"
fi
step "done: $shots"
