"""Language of a document, so that only English text is fed to the English model."""

from __future__ import annotations

import unicodedata
from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

# Below this many letters language identification on Latin-script text is a guess; such short
# texts are kept as English rather than skipped on a coin toss.
MIN_LETTERS = 200
# A text written mostly in another script (Cyrillic for Russian and Belarusian) is plainly not
# English even when short: it is classified from this many letters on.
MIN_LETTERS_OTHER_SCRIPT = 20
# A Latin-script text is only called non-English when the classifier is this sure (normalised
# probability). English lists of names ("Ales Bialiatski, Maria Kalesnikava, Minsk, Hrodna...")
# come out as Norwegian or Nigerian Pidgin at 0.1-0.3, while French, German or Polish prose of
# a couple of sentences scores above 0.99: a wrong "not English" would drop a whole document.
MIN_CONFIDENCE_LATIN = 0.9
SUPPORTED = ("en",)


@cache
def _identifier() -> LanguageIdentifier:
    """py3langid's bundled model with calibrated probabilities, loaded once per process."""
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language ("en", "ru", "be"...), "" when it cannot be told
    (too short, or a Latin-script text the classifier is unsure about).

    >>> detect_language("Правозащитный центр сообщает о задержании журналистов в Минске.")
    'ru'
    """
    sample = text[:20_000]
    letters = [ch for ch in sample if ch.isalpha()]
    latin = _latin_share(letters) >= 0.5
    if len(letters) < MIN_LETTERS and (latin or len(letters) < MIN_LETTERS_OTHER_SCRIPT):
        return ""
    language, confidence = _identifier().classify(sample)
    if latin and language != "en" and confidence < MIN_CONFIDENCE_LATIN:
        return ""
    return language


def _latin_share(letters: list[str]) -> float:
    latin = sum(1 for ch in letters if ch.isascii() or "LATIN" in unicodedata.name(ch, ""))
    return latin / len(letters) if letters else 1.0
