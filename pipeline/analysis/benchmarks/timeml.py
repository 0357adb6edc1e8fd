"""TimeML benchmark: our dates against the TIMEX3 gold of TimeBank and AQUAINT (TempEval-3 rules).

Builder: every ``.tml`` file of ``timeml/TimeBank`` and ``timeml/AQUAINT`` becomes a plain text
(the ``<TEXT>`` element with every tag removed), the gold TIMEX3 spans in that text with their
type and value, and the document creation time (``<DCT>``) as the published date. Our own date
extraction runs on each text by the path the pipeline takes: the spaCy model loaded once,
``nlp.pipe`` over all texts, then the dates extractor with the DCT as the published date.

Scorer (TempEval-3, UzZaman et al. 2013): a system mention matches a gold TIMEX3 when the spans
overlap (relaxed) or are identical (strict). Precision is the share of system mentions that match
a gold expression, recall the share of gold expressions matched by a system mention. Value
accuracy is the share of matched gold expressions whose value the best-overlapping system
mention gives (a span ``START/END`` gives the end its gold expression lies in), and value F1 is
relaxed F1 times value accuracy. The DATE figures compare our date rows with gold DATE
expressions; a system date that overlaps a gold TIME, DURATION or SET counts against precision.

Development discipline: each corpus is split the same way, the files at even positions in sorted
order (``TimeBank-dev``, ``AQUAINT-dev``) for studying errors, the odd positions
(``TimeBank-test``, ``AQUAINT-test``) for judging only.
"""

from __future__ import annotations

import html
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path

from pipeline.analysis.benchmarks import BenchmarkResult, DataMissing, Score, register

CORPORA = ("TimeBank", "AQUAINT")
# HeidelTime's figures (see ../shared/external/README.md): measured on TimeBank with the same
# matching (DATE and all types), and its published TempEval-3 test-set result (all types).
HEIDELTIME_DATE = {"relaxed F1": "HeidelTime 0.926 (TimeBank)", "value F1": "HeidelTime 0.801 (TimeBank)"}
HEIDELTIME_ALL = {
    "relaxed F1": "HeidelTime 0.922 (TimeBank), 0.903 (TE-3 test)",
    "value F1": "HeidelTime 0.797 (TimeBank), 0.776 (TE-3 test)",
}


@dataclass(frozen=True)
class Timex:
    """One temporal expression in a plain text: [start, end), TIMEX3 type and value."""

    start: int
    end: int
    type: str  # DATE | TIME | DURATION | SET
    value: str


@dataclass(frozen=True)
class TimemlDoc:
    """A TimeML document as plain text with its gold expressions and creation time."""

    name: str
    text: str
    dct: str  # YYYY-MM-DD
    timexes: tuple[Timex, ...] = ()


@dataclass(frozen=True)
class Prediction:
    """One system expression: span, type (``date`` unless the extractor says otherwise), value."""

    start: int
    end: int
    type: str
    value: str


@dataclass
class Counts:
    """Counts behind one row of figures."""

    system: int = 0
    system_matched: int = 0
    system_strict: int = 0
    gold: int = 0
    gold_matched: int = 0
    gold_strict: int = 0
    value_right: int = 0
    value_notation: int = 0  # wrong values that name the same time in another notation (see `same_in_notation`)
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    wrong_values: list[str] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        for name in (f.name for f in fields(self)):
            setattr(self, name, getattr(self, name) + getattr(other, name))  # counts add, lists extend

    def figures(self) -> dict[str, float]:
        precision = _ratio(self.system_matched, self.system)
        recall = _ratio(self.gold_matched, self.gold)
        strict_p, strict_r = _ratio(self.system_strict, self.system), _ratio(self.gold_strict, self.gold)
        relaxed = _f1(precision, recall)
        accuracy = _ratio(self.value_right, self.gold_matched)
        return {
            "precision": precision,
            "recall": recall,
            "relaxed F1": relaxed,
            "strict F1": _f1(strict_p, strict_r),
            "value accuracy": accuracy,
            "value F1": relaxed * accuracy,
        }


# --- builder ---------------------------------------------------------------------------------

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTRIBUTE = re.compile(r'([A-Za-z_]+)="([^"]*)"')


def parse_tml(source: str, name: str = "") -> TimemlDoc:
    """Plain text, gold TIMEX3 expressions and DCT of one ``.tml`` document."""
    dct_match = re.search(r"<DCT>.*?value=\"(\d{4}-\d\d-\d\d)", source, re.S)
    body = re.search(r"<TEXT>(.*?)</TEXT>", source, re.S)
    if body is None:
        raise ValueError(f"{name or 'document'}: no <TEXT> element")
    raw = body.group(1)
    pieces: list[str] = []
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    timexes: list[Timex] = []
    position = 0
    for tag in _TAG.finditer(raw):
        plain = html.unescape(raw[position : tag.start()])
        pieces.append(plain)
        length += len(plain)
        position = tag.end()
        if tag.group(2) != "TIMEX3":
            continue
        if tag.group(1):  # closing tag
            if open_timex is not None:
                start, attributes = open_timex
                timexes.append(Timex(start, length, attributes.get("type", ""), attributes.get("value", "")))
                open_timex = None
        elif not tag.group(4):
            open_timex = (length, dict(_ATTRIBUTE.findall(tag.group(3))))
    pieces.append(html.unescape(raw[position:]))
    text = "".join(pieces)
    # Strip leading white space from every span (the gold is tight, our spans are tight too).
    tight = []
    for timex in timexes:
        start, end = timex.start, timex.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        tight.append(Timex(start, end, timex.type, timex.value))
    return TimemlDoc(name, text, dct_match.group(1) if dct_match else "", tuple(tight))


def load_corpus(folder: Path) -> list[TimemlDoc]:
    """Every ``.tml`` document of `folder`, in sorted file-name order."""
    return [parse_tml(path.read_text(encoding="utf-8"), path.stem) for path in sorted(folder.glob("*.tml"))]


def predict(documents: Sequence[TimemlDoc]) -> list[list[Prediction]]:
    """Our date mentions for each document: the model loaded once, ``nlp.pipe`` over all texts,
    then the extractor the pipeline runs, with the DCT as the published date."""
    from pipeline.extract.dates.extractor import extract
    from pipeline.extract.registry import Context
    from pipeline.nlp.model import load_nlp
    from pipeline.nlp.sentences import sentence_index

    nlp = load_nlp()
    predictions = []
    for document, doc in zip(documents, nlp.pipe(d.text for d in documents), strict=True):
        mentions = extract(doc, Context(document.name, document.dct, sentence_index(doc)))
        predictions.append([Prediction(m.start_char, m.end_char, m.type, m.value) for m in mentions])
    return predictions


# --- scorer ----------------------------------------------------------------------------------


def score_document(
    document: TimemlDoc, predictions: Sequence[Prediction], types: Iterable[str] | None = ("DATE",)
) -> Counts:
    """TempEval-3 counts for one document; `types` selects gold TIMEX3 types (None: all) and the
    system rows of the same types (lower case)."""
    wanted = {t.upper() for t in types} if types is not None else None
    gold = [t for t in document.timexes if wanted is None or t.type in wanted]
    system = [p for p in predictions if wanted is None or p.type.upper() in wanted]
    counts = Counts(system=len(system), gold=len(gold))
    text = document.text
    for prediction in system:
        overlapping = [g for g in gold if _overlap(g, prediction)]
        if overlapping:
            counts.system_matched += 1
            counts.system_strict += any((g.start, g.end) == (prediction.start, prediction.end) for g in overlapping)
        else:
            others = [t.type for t in document.timexes if _overlap(t, prediction)]
            note = f" (gold {others[0]})" if others else ""
            counts.false_alarms.append(f"{document.name}: {_context(text, prediction)}{note}")
    for timex in gold:
        overlapping = [p for p in system if _overlap(timex, p)]
        if not overlapping:
            counts.misses.append(f"{document.name}: {_context(text, timex)} = {timex.value}")
            continue
        counts.gold_matched += 1
        counts.gold_strict += any((p.start, p.end) == (timex.start, timex.end) for p in overlapping)
        best = max(overlapping, key=lambda p: (min(p.end, timex.end) - max(p.start, timex.start), -p.start))
        value = _value_for(best, timex, text)
        if value == timex.value:
            counts.value_right += 1
        else:
            counts.value_notation += same_in_notation(value, timex.value)
            counts.wrong_values.append(
                f"{document.name}: {_context(text, timex)} gold {timex.value} / ours {value or '(empty)'}"
                f" [{text[best.start : best.end]}]"
            )
    return counts


def score(
    documents: Sequence[TimemlDoc], predictions: Sequence[Sequence[Prediction]], types: Iterable[str] | None = ("DATE",)
) -> Counts:
    """Counts summed over documents."""
    total = Counts()
    for document, predicted in zip(documents, predictions, strict=True):
        total.add(score_document(document, predicted, types))
    return total


_UNPADDED_WEEK = re.compile(r"^(\d{4})-W(\d)(?=$|-)")
_DECADE_OR_CENTURY_X = re.compile(r"^(\d{2,3})X+$")


def same_in_notation(ours: str, gold: str) -> bool:
    """Two different TIMEX3 values that name the same time: a week number without its leading
    zero ("2000-W7", ISO 8601 writes "2000-W07") or a decade or century with placeholder digits
    ("199X", the TimeML guidelines write "199"). Counted apart, never as right: the TempEval-3
    scorer compares the strings."""

    def canonical(value: str) -> str:
        return _DECADE_OR_CENTURY_X.sub(r"\1", _UNPADDED_WEEK.sub(r"\1-W0\2", value))

    return ours != gold and canonical(ours) == canonical(gold)


def _value_for(prediction: Prediction, timex: Timex, text: str) -> str:
    """The system value compared with a gold one: for a span ``START/END`` matched to a gold
    expression that covers one end only ("from 1995 to 1998" is two TIMEX3), the end it names."""
    if "/" not in prediction.value or prediction.value.startswith("P"):
        return prediction.value
    inside = prediction.start <= timex.start and timex.end <= prediction.end
    if not inside or (timex.start, timex.end) == (prediction.start, prediction.end):
        return prediction.value
    first, _, second = prediction.value.partition("/")
    middle = (prediction.start + prediction.end) / 2
    return first if (timex.start + timex.end) / 2 < middle else second


def _overlap(a: Timex | Prediction, b: Timex | Prediction) -> bool:
    return a.start < b.end and b.start < a.end


def _context(text: str, item: Timex | Prediction, width: int = 40) -> str:
    before = " ".join(text[max(0, item.start - width) : item.start].split())
    after = " ".join(text[item.end : item.end + width].split())
    return f"…{before} [{text[item.start : item.end]}] {after}…"


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


# --- the benchmark ---------------------------------------------------------------------------


def dev_test_split(documents: Sequence[TimemlDoc]) -> tuple[list[int], list[int]]:
    """Indices of the development half (even positions in sorted order) and the held-out half."""
    return list(range(0, len(documents), 2)), list(range(1, len(documents), 2))


@register("timeml")
def run(shared: Path) -> BenchmarkResult:
    """DATE (and, where we give types, all-types) figures on TimeBank and AQUAINT."""
    root = shared / "external" / "timeml"
    folders = {name: root / name for name in CORPORA}
    missing = [str(path) for path in folders.values() if not path.is_dir()]
    if missing:
        raise DataMissing(f"TimeML gold not found: {', '.join(missing)} (see ../shared/external/README.md)")
    started = time.perf_counter()
    corpora = {name: load_corpus(folder) for name, folder in folders.items()}
    everything = [d for name in CORPORA for d in corpora[name]]
    predicted_all = predict(everything)
    seconds = time.perf_counter() - started
    predictions: dict[str, list[list[Prediction]]] = {}
    offset = 0
    for name in CORPORA:
        predictions[name] = predicted_all[offset : offset + len(corpora[name])]
        offset += len(corpora[name])
    scores: list[Score] = []
    sections: list[str] = []
    typed = any(p.type != "date" for doc in predicted_all for p in doc)
    for name in CORPORA:
        counts = score(corpora[name], predictions[name])
        for metric, value in counts.figures().items():
            reference = HEIDELTIME_DATE.get(metric, "") if name == "TimeBank" else ""
            scores.append(Score(f"dates {name} DATE", metric, value, counts.gold, reference))
        if typed:
            all_counts = score(corpora[name], predictions[name], None)
            for metric, value in all_counts.figures().items():
                reference = HEIDELTIME_ALL.get(metric, "") if name == "TimeBank" else ""
                scores.append(Score(f"dates {name} all types", metric, value, all_counts.gold, reference))
    sections.append(_details(corpora, predictions, typed, seconds, len(everything)))
    return BenchmarkResult(scores=scores, details="\n".join(sections), seconds=seconds)


def _details(
    corpora: dict[str, list[TimemlDoc]],
    predictions: dict[str, list[list[Prediction]]],
    typed: bool,
    seconds: float,
    n_documents: int,
) -> str:
    """Per-half figures and the largest kinds of error, as Markdown."""
    lines = [
        f"{n_documents} documents parsed and extracted in {seconds:.0f} s "
        f"({n_documents / seconds if seconds else 0:.1f} documents a second, model load included).",
        "TempEval-3 matching: relaxed = overlapping spans, strict = identical spans; value F1 = relaxed "
        "F1 x value accuracy. In each corpus the files at even positions in sorted order (`-dev`) are the "
        "half the rules were developed on; the odd positions (`-test`) were held out, except that the "
        "value errors of AQUAINT-test were read twice, for the tense rules of commit 8aea1ee and for the "
        "rules of commits 36520e6 and 1d0986f (TimeBank-test was never studied). `notation` counts wrong "
        "values that name the same time in another notation (an unpadded week `2000-W7`, a decade `199X`); "
        "they stay wrong in value accuracy.",
        "",
        "| part | types | gold | system | precision | recall | relaxed F1 | strict F1 | value accuracy | value F1 "
        "| notation |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    parts: list[tuple[str, list[TimemlDoc], list[list[Prediction]]]] = []
    dev_parts: list[tuple[str, list[TimemlDoc], list[list[Prediction]]]] = []
    for name in CORPORA:
        documents, predicted = corpora[name], predictions[name]
        dev, test = dev_test_split(documents)
        dev_parts.append((f"{name}-dev", [documents[i] for i in dev], [predicted[i] for i in dev]))
        parts.append(dev_parts[-1])
        parts.append((f"{name}-test", [documents[i] for i in test], [predicted[i] for i in test]))
        parts.append((name, documents, predicted))
    for label, documents, predicted in parts:
        for types, type_label in ((("DATE",), "DATE"), (None, "all")):
            if types is None and not typed:
                continue
            counts = score(documents, predicted, types)
            f = counts.figures()
            lines.append(
                f"| {label} | {type_label} | {counts.gold} | {counts.system} | {f['precision']:.3f} | "
                f"{f['recall']:.3f} | {f['relaxed F1']:.3f} | {f['strict F1']:.3f} | {f['value accuracy']:.3f} | "
                f"{f['value F1']:.3f} | {counts.value_notation} |"
            )
    for label, documents, predicted in dev_parts:
        dev_counts = score(documents, predicted)
        lines += ["", f"Examples of error on {label} (first 10 of each kind):", ""]
        for title, items in (
            ("missed", dev_counts.misses),
            ("not in the gold", dev_counts.false_alarms),
            ("wrong value", dev_counts.wrong_values),
        ):
            lines.append(f"- {title} ({len(items)}):")
            lines += [f"  - {item}" for item in items[:10]]
    return "\n".join(lines)
