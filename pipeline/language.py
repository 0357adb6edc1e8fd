"""Language of a document, so that only English text is fed to the English model."""

from __future__ import annotations

import py3langid

# Below this many letters language identification is a guess; such short texts are kept as
# English rather than skipped on a coin toss.
MIN_LETTERS = 200
SUPPORTED = ("en",)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language ("en", "ru", "be"...), "" when too short to tell."""
    sample = text[:20_000]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return ""
    language, _score = py3langid.classify(sample)
    return language
