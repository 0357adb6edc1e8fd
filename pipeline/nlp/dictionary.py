"""Is a word English? The word lists of the model's rule lemmatizer answer it.

en_core_web_sm's lemmatizer carries WordNet 3.0's nouns, verbs, adjectives and adverbs (its
`lemma_index` table, from spacy-lookups-data), their irregular forms (`lemma_exc`: "media",
"went") and the suffix rules that take a regular form back to its lemma (`lemma_rules`:
"rights" -> "right", "moved" -> "move"). A capitalised word in none of them ("Natalya",
"Nononsi") is most likely part of a name.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.language import Language

from pipeline import config

# The base-form verbs that open UN recommendations (written by `python -m pipeline.classify.verbs`).
RECOMMENDATION_VERBS = "recommendation_verbs.txt"
# Adverbs an operative paragraph of a resolution or decision may open with before its verb ("- Also
# invites ...", "- FURTHER URGES ...", "4. Further Requests the Commission ...").
OPERATIVE_ADVERBS = frozenset({"also", "further", "again", "once", "strongly", "firmly"})

_PARTS_OF_SPEECH = ("noun", "verb", "adj", "adv")


@dataclass(frozen=True)
class EnglishWords:
    """WordNet's lemmas with their irregular forms, and the suffix rules to reach a lemma."""

    lemmas: frozenset[str]
    irregular: frozenset[str]
    rules: tuple[tuple[str, str], ...]

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        word = word.casefold()
        if word in self.lemmas or word in self.irregular:
            return True
        return any(
            word.endswith(old) and word[: len(word) - len(old)] + new in self.lemmas for old, new in self.rules if old
        )

    def __bool__(self) -> bool:
        return bool(self.lemmas)


NO_WORDS = EnglishWords(frozenset(), frozenset(), ())


def english_words(nlp: Language) -> EnglishWords:
    """The English words `nlp`'s rule lemmatizer knows; empty (false) without such a lemmatizer."""
    if "lemmatizer" not in nlp.pipe_names:
        return NO_WORDS
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not all(lookups.has_table(t) for t in ("lemma_index", "lemma_exc", "lemma_rules")):
        return NO_WORDS
    index, exceptions, rules = (lookups.get_table(t) for t in ("lemma_index", "lemma_exc", "lemma_rules"))
    lemmas = frozenset(w for pos in _PARTS_OF_SPEECH for w in index.get(pos, []))
    irregular = frozenset(w for pos in _PARTS_OF_SPEECH for w in exceptions.get(pos, {}))
    suffixes = tuple(dict.fromkeys((old, new) for pos in _PARTS_OF_SPEECH for old, new in rules.get(pos, [])))
    return EnglishWords(lemmas, irregular, suffixes)


def read_word_list(path: Path) -> frozenset[str]:
    """The words of a list file, one a line; lines starting with "#" are comments."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@cache
def recommendation_verbs() -> frozenset[str]:
    """The verbs UN recommendations open with ("ratify", "release", "ensure"), read once, each also
    in its British spelling ("criminalize" and "criminalise", "analyze" and "analyse")."""
    verbs = read_word_list(config.DATA_DIR / RECOMMENDATION_VERBS)
    british = {verb[:-3] + verb[-3:].replace("z", "s") for verb in verbs if verb.endswith(("ize", "yze"))}
    return verbs | british
