#!/usr/bin/env bash
# Train the skill tagger reproducibly (seed 0, one thread), from DocBins made by convert.py.
#   training/train.sh OUTPUT [TRAIN.spacy DEV.spacy] [spaCy overrides...]
#   training/train.sh runs/bio-w64d2                            # corpus/train.spacy, dev.spacy
#   training/train.sh runs/w64d1 corpus/train.spacy corpus/dev.spacy \
#       --components.tok2vec.model.encode.depth 1
# Paths are relative to the current folder; PYTHON picks the interpreter (default: python).
# Output: OUTPUT/model-best and OUTPUT/model-last; then finalize.py makes the shipped folder.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
OUTPUT=$1; shift
TRAIN=corpus/train.spacy; DEV=corpus/dev.spacy
if [ $# -ge 2 ] && [ "${1#--}" = "$1" ]; then TRAIN=$1; DEV=$2; shift 2; fi
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 PYTHONHASHSEED=0
mkdir -p "$OUTPUT"
"${PYTHON:-python}" -m spacy train "$HERE/config.cfg" --code "$HERE/bio.py" --output "$OUTPUT" \
  --paths.train "$TRAIN" --paths.dev "$DEV" --system.seed 0 "$@"
