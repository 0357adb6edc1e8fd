"""The provinces, states, counties and regions of every country (first-level subdivisions), as places.

The model knows the famous ones ("Punjab", "Texas", "Tibet") and often misses the rest, or types
them as organisations: "Bungoma", "Kiambu", "Sinaloa", "Khyber Pakhtunkhwa", "Pará", in reports
of protests, killings and displacement. The list is dr5hn's `csv/states.csv`
(https://github.com/dr5hn/countries-states-cities-database, commit 7fda0af), the rows of a
country's top level (no parent) whose type is a first-level unit (`FIRST_LEVEL_TYPES`), less:

- names the model's dictionary knows (WordNet 3.0, `pipeline.nlp.dictionary`): common words
  ("Delta", "Plateau", "Central") and the famous places, which the model finds itself;
- names already in the gazetteer (countries, capitals, Belarusian regions);
- names made only of compass and unit words in any of the list's languages ("Nord", "Sud-Est",
  "Far North", "North East");
- names with digits or signs other than a space, a hyphen or an apostrophe.

Names that differ only by accents are one entry ("Huíla" in Angola, "Huila" in Colombia). Every
entry is `ambiguous`: many are also personal names or surnames ("Isabel", "Guerrero", "Hidalgo"),
so the ruler leaves them to the model's persons (`pipeline.nlp.gazetteer_ruler`).
``python -m pipeline.nlp.subdivisions STATES_CSV`` rewrites
``pipeline/data/gazetteer_subdivisions.jsonl``; the same list gives the same file.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from pipeline import config
from pipeline.nlp.dictionary import EnglishWords
from pipeline.nlp.gazetteer import GAZETTEER_GLOB, normalise, parse_entries
from pipeline.store.atomic import write_atomic

SUBDIVISIONS_FILE = config.DATA_DIR / "gazetteer_subdivisions.jsonl"
CITIES_FILE_NAME = "gazetteer_cities.jsonl"
FIRST_LEVEL_TYPES = frozenset(
    {
        "state", "province", "region", "department", "county", "governorate", "prefecture", "oblast",
        "autonomous region", "autonomous republic", "emirate", "canton", "division", "administrative region",
        "republic", "federal district", "capital district", "autonomous province", "territory",
        "union territory", "autonomous community", "federal territory", "special administrative region",
        "krai", "autonomous okrug", "voivodeship", "metropolitan region",
    }
)  # fmt: skip
# Compass and unit words of the list's languages (English, French, Spanish, Portuguese, Dutch)
GENERIC_WORDS = frozenset(
    {
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "northeast",
        "northwest", "southeast", "southwest", "central", "centre", "center", "middle", "mid", "far",
        "upper", "lower", "inner", "outer", "greater", "coast", "province", "region", "islands",
        "district", "territory", "proper", "peninsula", "state", "capital",
        "nord", "sud", "est", "ouest", "centrale", "capitale", "norte", "sur", "sul", "leste", "oeste",
        "centro", "valle", "noord", "zuid", "oost",
    }
)  # fmt: skip
_NAME = re.compile(r"[^\W\d_]+(?:[ '-][^\W\d_]+)*")
HEADER = """\
// First-level subdivisions of every country (provinces, states, counties, regions):
//   dr5hn/countries-states-cities-database csv/states.csv (commit 7fda0af), top-level rows of a first-level
//   type, less names WordNet knows (common words and famous places, which the model finds), names already
//   listed in the other gazetteer files and names of compass and unit words only ("Nord", "Far North");
//   Wikidata id from the same row where all rows of the name agree. All "ambiguous": many are also personal
//   names. Written by `python -m pipeline.nlp.subdivisions STATES_CSV`; do not edit by hand.
"""


def subdivision_rows(rows: Iterable[dict], english: EnglishWords, known: set[str]) -> list[dict]:
    """Gazetteer rows (GPE, ambiguous) for the first-level subdivisions among dr5hn's `rows`."""
    groups: dict[str, list[dict]] = {}
    for row in rows:
        name = row["name"].strip()
        if row["parent_id"] or row["type"] not in FIRST_LEVEL_TYPES or not _NAME.fullmatch(name):
            continue
        words = [w.casefold() for w in re.split(r"[ -]", name)]
        if name in english or all(w in GENERIC_WORDS for w in words) or normalise(name) in known:
            continue
        groups.setdefault(normalise(name), []).append(row | {"name": name})
    entries = []
    for key in sorted(groups):
        members = sorted(groups[key], key=lambda r: (r["name"], r["country_code"]))
        names = list(dict.fromkeys(r["name"] for r in members))
        countries = sorted({r["country_code"].lower() for r in members})
        ids = {r["wikiDataId"] for r in members}
        wikidata = ids.pop() if len(ids) == 1 else ""
        entries.append(
            {
                "id": f"subdivision-{ascii_slug(names[0])}-{'-'.join(countries)}",
                "label": "GPE",
                "canonical": names[0],
                "aliases": names[1:],
                "wikidata": wikidata if re.fullmatch(r"Q[1-9][0-9]*", wikidata) else "",
                "ambiguous": True,
            }
        )
    return entries


def ascii_slug(name: str) -> str:
    """ "Adıyaman" -> "adyaman": an id of ASCII letters, digits and hyphens."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def known_names(folder: Path, written: str = SUBDIVISIONS_FILE.name) -> set[str]:
    """The normalised names of the gazetteer files of `folder` but the one being `written` and the
    cities' (written after this list, from what it leaves: `pipeline.nlp.cities`)."""
    names = set()
    for path in sorted(folder.glob(GAZETTEER_GLOB)):
        if path.name not in (written, CITIES_FILE_NAME):
            for entry in parse_entries(path.read_text(encoding="utf-8").splitlines(), path.name):
                names.update(normalise(name) for name in entry.names)
    return names


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.nlp.subdivisions", description=__doc__.split("\n")[0])
    parser.add_argument("states_csv", type=Path, help="dr5hn countries-states-cities-database csv/states.csv")
    parser.add_argument("--out", type=Path, default=SUBDIVISIONS_FILE, help="the gazetteer file to write")
    args = parser.parse_args(argv)
    with args.states_csv.open(encoding="utf-8", newline="") as handle:
        rows = subdivision_rows(csv.DictReader(handle), model_english_words(), known_names(args.out.parent))
    write_gazetteer_file(args.out, HEADER, rows)
    print(f"{len(rows)} subdivisions -> {args.out}", file=sys.stderr)
    return 0


def model_english_words() -> EnglishWords:
    """The English words of the model's lemmatizer (the list generators' dictionary)."""
    import spacy

    from pipeline.nlp.dictionary import english_words

    return english_words(spacy.load(config.MODEL_NAME, exclude=["ner", "parser"]))


def write_gazetteer_file(path: Path, header: str, rows: list[dict]) -> None:
    """A generated gazetteer file: its comment header, then one JSON row per line."""
    lines = [json.dumps(row, ensure_ascii=False) for row in rows]
    write_atomic(path, header + "\n".join(lines) + "\n")


if __name__ == "__main__":
    sys.exit(main())
