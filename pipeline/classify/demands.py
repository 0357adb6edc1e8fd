"""UPR issues and action category of every demand of a job of documents, in one classifier pass.

The demand extractor works one parsed document at a time; classifying there would run the models
once per document. The engines call :func:`classify_demands` on the extractions of a whole job
instead, so the classifiers see every demand text of the job in one ``nlp.pipe`` batch. The text
classified is the demand itself (``Demand.demand``), not its sentence: a sentence often holds
several demands of different issues.

``specificity`` becomes the category's name too: on UPR sessions 12-13 the classifier is right more
often than the word list of the demand extractor even on the 70% of rows the list labels (0.914
against 0.907), and the list leaves the rest empty (upr_classifier benchmark).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pipeline.classify.model import classify
from pipeline.extract.registry import Extraction


def classify_demands(extractions: Sequence[Extraction]) -> list[Extraction]:
    """The extractions with ``issues`` (``;``-joined, best first), ``action_category`` ("5
    specific") and ``specificity`` ("specific") set on every demand; other rows are untouched."""
    texts = [row.demand for extraction in extractions for row in extraction["demands"]]
    if not texts:
        return list(extractions)
    results = iter(classify(texts))
    classified = []
    for extraction in extractions:
        rows = []
        for row in extraction["demands"]:
            result = next(results)
            rows.append(
                replace(
                    row,
                    issues=";".join(result.issues),
                    action_category=result.action_category,
                    specificity=result.action_name,
                )
            )
        classified.append(Extraction({**extraction, "demands": rows}))
    return classified
