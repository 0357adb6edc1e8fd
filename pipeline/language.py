"""Language of a document, so that only English text is fed to the English model."""

from __future__ import annotations

import unicodedata

import py3langid

# Below this many letters language identification on Latin-script text is a guess; such short
# texts are kept as English rather than skipped on a coin toss.
MIN_LETTERS = 200
# A text written mostly in another script (Cyrillic for Russian and Belarusian) is plainly not
# English even when short: it is classified from this many letters on.
MIN_LETTERS_OTHER_SCRIPT = 20
SUPPORTED = ("en",)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language ("en", "ru", "be"...), "" when too short to tell.

    >>> detect_language("Правозащитный центр сообщает о задержании журналистов в Минске.")
    'ru'
    """
    sample = text[:20_000]
    letters = [ch for ch in sample if ch.isalpha()]
    too_short = len(letters) < MIN_LETTERS_OTHER_SCRIPT or _latin_share(letters) >= 0.5
    if len(letters) < MIN_LETTERS and too_short:
        return ""
    language, _score = py3langid.classify(sample)
    return language


def _latin_share(letters: list[str]) -> float:
    latin = sum(1 for ch in letters if ch.isascii() or "LATIN" in unicodedata.name(ch, ""))
    return latin / len(letters) if letters else 1.0
