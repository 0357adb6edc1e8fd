"""Language of a document, so that only English text is fed to the English model."""

from __future__ import annotations

import re
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
# A text in another language is still read when at least this share of the letters of its
# paragraphs that can be told is in English ones: a statement printed with its translation
# ("Los Ministros ... instan a Nicaragua ..." / "The Ministers ... urge Nicaragua ...").
MIN_ENGLISH_SHARE = 0.3
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# How much of a text its language is told from
_SAMPLE_CHARS = 20_000
# Plain English is told without the classifier (no classifying, and no loading of its model, half a
# second, when every text of a run is told so): "the",
# the commonest English word (one word in sixteen or so of English prose) and a word of none of the
# other languages the classifier tells apart, is at least one word in twenty-five of each half of
# the sample. A text printed with its translation, or mostly in another language, falls short in
# one half at least and goes to the classifier.
_PLAIN_ENGLISH_THE_SHARE = 0.04
_WORD = re.compile(r"[^\W\d_]+")


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
    sample = text[:_SAMPLE_CHARS]
    letters = [ch for ch in sample if ch.isalpha()]
    latin = _latin_share(letters) >= 0.5
    if len(letters) < MIN_LETTERS and (latin or len(letters) < MIN_LETTERS_OTHER_SCRIPT):
        return ""
    if latin and _plainly_english(sample):
        return "en"
    language, confidence = _identifier().classify(sample)
    if latin and language != "en" and confidence < MIN_CONFIDENCE_LATIN:
        return ""
    return language


def _plainly_english(sample: str) -> bool:
    """Is "the" at least `_PLAIN_ENGLISH_THE_SHARE` of the words of each half of the sample?"""
    middle = len(sample) // 2
    for half in (sample[:middle], sample[middle:]):
        words = _WORD.findall(half.lower())
        if not words or sum(word == "the" for word in words) < _PLAIN_ENGLISH_THE_SHARE * len(words):
            return False
    return True


def _latin_share(letters: list[str]) -> float:
    latin = sum(1 for ch in letters if ch.isascii() or "LATIN" in unicodedata.name(ch, ""))
    return latin / len(letters) if letters else 1.0


def paragraph_languages(text: str, min_letters: int = MIN_LETTERS) -> list[tuple[int, int, str]]:
    """(start, end, language) of each paragraph (lines up to a blank line) of at least `min_letters`
    letters whose language can be told: by `detect_language` from `MIN_LETTERS` letters on, a
    shorter one only when the classifier is sure (`MIN_CONFIDENCE_LATIN`)."""
    found = []
    start = 0
    for match in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = match.start() if match is not None else len(text)
        paragraph = text[start:end]
        letters = sum(ch.isalpha() for ch in paragraph)
        if letters >= MIN_LETTERS:
            language = detect_language(paragraph)
        elif letters >= min_letters:
            language, confidence = _identifier().classify(paragraph)
            language = language if confidence >= MIN_CONFIDENCE_LATIN else ""
        else:
            language = ""
        if language:
            found.append((start, end, language))
        start = match.end() if match is not None else len(text)
    return found


def english_share(text: str) -> float:
    """The share of letters in English paragraphs among the paragraphs whose language can be told;
    0.0 when none can."""
    letters = {"en": 0, "all": 0}
    text = text[:_SAMPLE_CHARS]  # as `detect_language`, a sample tells
    for start, end, language in paragraph_languages(text):
        count = sum(ch.isalpha() for ch in text[start:end])
        letters["all"] += count
        letters["en"] += count if language == "en" else 0
    return letters["en"] / letters["all"] if letters["all"] else 0.0


def blank_other_languages(text: str) -> str:
    """The text with each paragraph told to be in another language than English replaced by spaces
    (line breaks kept): the English model reads the rest at the same offsets. Short paragraphs
    (a headline) count from `MIN_LETTERS_OTHER_SCRIPT` letters when the classifier is sure."""
    parts, position = [], 0
    for start, end, language in paragraph_languages(text, MIN_LETTERS_OTHER_SCRIPT):
        if language in SUPPORTED:
            continue
        parts += [text[position:start], re.sub(r"[^\n]", " ", text[start:end])]
        position = end
    return "".join(parts) + text[position:]
