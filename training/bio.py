"""spaCy registry code for training the BIO head: an exact-span scorer (``--code bio.py``).

The scorer decodes the predicted BIO tags into spans with gapcheck's own
:func:`gapcheck.components.tagger.decode_bio` and reports exact-span P/R/F as ``ents_p``,
``ents_r`` and ``ents_f`` (like spaCy's ``ner`` scorer), which choose ``model-best``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from spacy import registry
from spacy.training import Example

from gapcheck.components.tagger import decode_bio


@registry.scorers("bio_span_scorer.v1")
def make_bio_span_scorer() -> Callable[..., dict[str, float]]:
    """Exact-span precision, recall and F of the decoded BIO tags against the gold entities."""

    def score(examples: Iterable[Example], **kwargs: Any) -> dict[str, float]:
        tp = fp = fn = 0
        for example in examples:
            predicted = set(decode_bio([t.tag_ or "O" for t in example.predicted]))
            gold = {(e.start, e.end, e.label_) for e in example.reference.ents}
            tp += len(predicted & gold)
            fp += len(predicted - gold)
            fn += len(gold - predicted)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return {"ents_p": p, "ents_r": r, "ents_f": 2 * p * r / (p + r) if p + r else 0.0}

    return score
