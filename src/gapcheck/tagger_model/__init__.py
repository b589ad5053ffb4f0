"""The trained skill tagger's files (a spaCy pipeline folder), read with importlib.resources.

Loaded by :func:`gapcheck.components.tagger.shipped_model`; how it was made is in
``training/MODEL_CARD.md``.
"""
