"""A linear text classifier over word n-grams kept as plain arrays and scored with numpy.

It is the second member of the issue classifier: its scores are averaged with the fine-tuned spaCy
ensemble's (:mod:`pipeline.classify.model`). On the inner development session the mean beat
either model alone (README, "Classifying demands the UPR way"): the two make different errors, the
linear model's exact word and bigram weights where the small CNN generalises over forms.

``make train`` fits it with scikit-learn (:func:`fit`, scikit-learn's ``TfidfVectorizer`` and one
``LogisticRegression`` per label) and :func:`save` writes what scoring needs: the terms, their
idf, the weights and the settings. At run time :func:`load` and :meth:`LinearModel.scores` need
only numpy (a spaCy dependency) and reproduce scikit-learn's ``predict_proba`` (a test checks).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path

import numpy as np

from pipeline.classify.parts import PART_BYTES, read_whole_or_parts, split_into_parts

# scikit-learn's default token pattern: runs of two or more word characters, on lower-cased text.
TOKEN = re.compile(r"(?u)\b\w\w+\b")
SETTINGS_FILE = "linear.json"
TERMS_FILE = "terms.txt"
WEIGHTS_FILE = "weights.f32"  # little-endian float32: idf (V), intercepts (L), weights (L x V, row-major)
FEATURES = ("tfidf", "nb")  # LinearSettings.features
# A label without a single positive training example gets no weights and this intercept (score ~0).
ABSENT_INTERCEPT = -30.0


@dataclass(frozen=True)
class LinearSettings:
    """How the model was fitted: n-gram range, minimum document frequency, inverse regularisation,
    and the features: ``"tfidf"`` (sublinear, L2-normalised TF-IDF) or ``"nb"`` (NB-LR, Wang and
    Manning 2012: the presence of each n-gram, scaled per label by its naive-Bayes log-count ratio)."""

    max_ngram: int = 2
    min_df: int = 2
    c: float = 20.0
    features: str = "tfidf"


@dataclass(frozen=True, eq=False)
class LinearModel:
    """One logistic regression per label over word n-grams: their L2-normalised, sublinear TF-IDF,
    or their presence (``features == "nb"``: each label's naive-Bayes ratios are folded into its
    weights, and ``idf`` is all ones)."""

    labels: tuple[str, ...]
    terms: dict[str, int]
    idf: np.ndarray  # (V,)
    intercepts: np.ndarray  # (L,)
    weights: np.ndarray  # (L, V)
    settings: LinearSettings

    def features(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The text's known terms (column indices) and their TF-IDF values, L2-normalised."""
        counts = Counter(term for term in ngrams(text, self.settings.max_ngram) if term in self.terms)
        if not counts:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64)
        columns = np.array([self.terms[term] for term in counts], dtype=np.int64)
        if self.settings.features == "nb":
            return columns, np.ones(len(columns))
        values = np.array([1.0 + math.log(n) for n in counts.values()]) * self.idf[columns]
        return columns, values / np.linalg.norm(values)

    def scores(self, texts: Iterable[str]) -> list[dict[str, float]]:
        """Every label's probability for every text, in order."""
        out = []
        for text in texts:
            columns, values = self.features(text)
            logits = self.weights[:, columns] @ values + self.intercepts
            probabilities = 1.0 / (1.0 + np.exp(-logits))
            out.append({label: float(p) for label, p in zip(self.labels, probabilities, strict=True)})
        return out


def ngrams(text: str, max_ngram: int) -> list[str]:
    """The word 1..max_ngram-grams of a text as scikit-learn's ``TfidfVectorizer`` makes them."""
    tokens = TOKEN.findall(text.lower())
    return [" ".join(tokens[i : i + n]) for n in range(1, max_ngram + 1) for i in range(len(tokens) - n + 1)]


def fit(
    texts: Sequence[str], label_sets: Sequence[Iterable[str]], labels: Sequence[str], settings: LinearSettings
) -> LinearModel:
    """Fit the model on texts and their labels (scikit-learn, at training time only)."""
    from scipy.sparse import diags
    from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    if settings.features not in FEATURES:
        raise ValueError(f"unknown features {settings.features!r}: one of {', '.join(FEATURES)}")
    nb = settings.features == "nb"
    ngram_range = (1, settings.max_ngram)
    if nb:
        vectorizer = CountVectorizer(ngram_range=ngram_range, min_df=settings.min_df, binary=True)
    else:
        vectorizer = TfidfVectorizer(ngram_range=ngram_range, sublinear_tf=True, min_df=settings.min_df)
    x = vectorizer.fit_transform(texts).astype(np.float64).tocsr()
    gold = [set(found) for found in label_sets]
    intercepts = np.full(len(labels), ABSENT_INTERCEPT)
    weights = np.zeros((len(labels), x.shape[1]))
    for row, label in enumerate(labels):
        y = np.array([label in found for found in gold])
        if y.any():
            scale = nb_ratios(x, y) if nb else np.ones(x.shape[1])
            model = LogisticRegression(C=settings.c, max_iter=1000).fit(x @ diags(scale), y)
            intercepts[row], weights[row] = model.intercept_[0], model.coef_[0] * scale
    terms = {term: int(column) for term, column in vectorizer.vocabulary_.items()}
    idf = np.ones(x.shape[1]) if nb else vectorizer.idf_
    return LinearModel(tuple(labels), terms, idf, intercepts, weights, settings)


def nb_ratios(x, y: np.ndarray, alpha: float = 1.0) -> np.ndarray:
    """Each feature's naive-Bayes log-count ratio for a label: log of its smoothed share of the
    positive texts' feature counts over its share of the negative ones' (NB-LR's feature scale)."""
    positive = alpha + np.asarray(x[y].sum(axis=0)).ravel()
    negative = alpha + np.asarray(x[~y].sum(axis=0)).ravel()
    return np.log(positive / positive.sum()) - np.log(negative / negative.sum())


def save(model: LinearModel, folder: Path, part_bytes: int = PART_BYTES) -> list[Path]:
    """Write the model into ``folder`` (settings, terms in column order, float32 arrays, in parts of
    at most ``part_bytes``); return the files."""
    folder.mkdir(parents=True, exist_ok=True)
    settings = {"labels": list(model.labels), **asdict(model.settings)}
    by_column = sorted(model.terms, key=model.terms.__getitem__)
    arrays = np.concatenate([model.idf, model.intercepts, model.weights.ravel()]).astype("<f4")
    files = [folder / SETTINGS_FILE, folder / TERMS_FILE, folder / WEIGHTS_FILE]
    files[0].write_text(json.dumps(settings, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    files[1].write_text("".join(term + "\n" for term in by_column), encoding="utf-8")
    files[2].write_bytes(arrays.tobytes())
    if files[2].stat().st_size > part_bytes:  # shipped in parts under the file limit, joined by load()
        files[2:] = split_into_parts(files[2], part_bytes)
    return files


def is_linear_model(folder: Path) -> bool:
    """Whether a model folder holds a linear model (else a spaCy pipeline)."""
    return (folder / SETTINGS_FILE).is_file()


@cache
def load(folder: Path) -> LinearModel:
    """The linear model saved in ``folder`` (weights possibly in parts), loaded once per process."""
    meta = json.loads((folder / SETTINGS_FILE).read_text(encoding="utf-8"))
    labels = tuple(meta.pop("labels"))
    terms = (folder / TERMS_FILE).read_text(encoding="utf-8").splitlines()
    arrays = np.frombuffer(read_whole_or_parts(folder / WEIGHTS_FILE), dtype="<f4").astype(np.float64)
    v, n = len(terms), len(labels)
    if arrays.size != v + n + n * v:
        raise ValueError(f"{folder}: {arrays.size} weights for {v} terms and {n} labels")
    return LinearModel(
        labels,
        {term: column for column, term in enumerate(terms)},
        arrays[:v],
        arrays[v : v + n],
        arrays[v + n :].reshape(n, v),
        LinearSettings(**meta),
    )
