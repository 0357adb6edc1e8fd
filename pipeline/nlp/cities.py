"""The world's cities and towns, as places.

The model knows the famous cities ("Paris", "Lagos", "Karachi") and often misses the rest, or reads
them as persons or organisations: "Phan Thiet", "Quetta", "Petrozavodsk", in reports of arrests,
trials and protests. The list is Natural Earth's populated places, 1:10m, v4.0.0
(`ne_10m_populated_places.zip`; copy: https://github.com/anespart1/desktop-tutorial, commit
6f47019, the one the gazetteer's Wikidata ids of cities came from), the `NAME` and `NAMEASCII`
of every capital of a country or of a province (`FEATURECLA`) and of every place of
`MIN_POPULATION` people or more (`POP_MAX`: the urban area's), less what
`pipeline.nlp.subdivisions` leaves out of its list too:

- names the model's dictionary knows (WordNet 3.0, `pipeline.nlp.dictionary`): common words
  ("Mobile", "Reading") and the famous cities, which the model finds itself;
- names already in the other gazetteer files (countries, capitals, subdivisions);
- names made only of compass and unit words ("Capital", "North");
- names with digits or signs other than a space, a hyphen or an apostrophe, and names of two
  letters ("Ye" in Myanmar is also an initial: "A. Ye. Lastaev").

Every entry is `ambiguous`: many towns are also personal names or surnames ("Santos", "Florence",
"Hamilton"), so the ruler leaves them to the model's persons (`pipeline.nlp.gazetteer_ruler`).
``python -m pipeline.nlp.cities NE_ZIP`` rewrites ``pipeline/data/gazetteer_cities.jsonl``; the
same list gives the same file.
"""

from __future__ import annotations

import argparse
import re
import struct
import sys
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from pipeline import config
from pipeline.nlp.dictionary import EnglishWords
from pipeline.nlp.gazetteer import normalise
from pipeline.nlp.subdivisions import (
    CITIES_FILE_NAME,
    GENERIC_WORDS,
    ascii_slug,
    known_names,
    model_english_words,
    write_gazetteer_file,
)

CITIES_FILE = config.DATA_DIR / CITIES_FILE_NAME
# Smaller towns are rarely named in these documents and often share a surname ("Pinheiro", 39,000
# people); each entry costs a little time when the pipeline loads.
MIN_POPULATION = 50_000
DBF_MEMBER = "ne_10m_populated_places.dbf"
_NAME = re.compile(r"[^\W\d_]{3,}(?:[ '-][^\W\d_]+)*|[^\W\d_]{1,2}(?:[ '-][^\W\d_]+)+")
# Natural Earth writes "-99" where a place has no country code
_NO_COUNTRY = frozenset({"", "-99", "-9"})
# A town's entry names at most this many countries in its id ("city-san-jose-cr-ph-us")
_ID_COUNTRIES = 3
HEADER = """\
// Cities and towns: Natural Earth populated places 1:10m v4.0.0 (copy: anespart1/desktop-tutorial
//   ne_10m_populated_places.zip, commit 6f47019), NAME and NAMEASCII of the capitals of countries and provinces
//   (FEATURECLA) and of the places of 50,000 people or more (POP_MAX), less names WordNet knows (common words and
//   famous cities, which the model finds), names already listed in the other gazetteer files and names of compass
//   and unit words only. All "ambiguous": many are also personal names. Written by
//   `python -m pipeline.nlp.cities NE_ZIP`; do not edit by hand.
"""


def read_dbf(data: bytes) -> Iterator[dict[str, str]]:
    """The records of a dBASE table (a shapefile's attributes) as text fields, deleted ones skipped."""
    count, header_size, record_size = struct.unpack("<IHH", data[4:12])
    fields, position = [], 32
    while data[position] != 0x0D:  # the header's field descriptors end with a carriage return
        name = data[position : position + 11].split(b"\0")[0].decode("ascii")
        fields.append((name, data[position + 16]))
        position += 32
    for number in range(count):
        record = data[header_size + number * record_size : header_size + (number + 1) * record_size]
        if record[:1] == b"*":
            continue
        row, offset = {}, 1
        for name, size in fields:
            row[name] = record[offset : offset + size].decode("utf-8", "replace").strip()
            offset += size
        yield row


def city_rows(records: Iterable[dict[str, str]], english: EnglishWords, known: set[str]) -> list[dict]:
    """Gazetteer rows (GPE, ambiguous) for the populated places among Natural Earth's `records`."""
    groups: dict[str, set[tuple[str, str]]] = {}
    for record in records:
        capital = "capital" in record["FEATURECLA"].casefold()
        if not capital and float(record["POP_MAX"] or 0) < MIN_POPULATION:
            continue
        for name in dict.fromkeys((record["NAME"], record["NAMEASCII"])):
            if not _NAME.fullmatch(name) or name in english or normalise(name) in known:
                continue
            if all(w.casefold() in GENERIC_WORDS for w in re.split(r"[ -]", name)):
                continue
            groups.setdefault(normalise(name), set()).add((name, record["ISO_A2"].lower()))
    entries = []
    for key in sorted(groups):
        members = sorted(groups[key])
        names = list(dict.fromkeys(name for name, _ in members))
        countries = sorted({code for _, code in members if code not in _NO_COUNTRY})[:_ID_COUNTRIES]
        slug = "-".join(["city", ascii_slug(names[0]), *countries])
        entries.append(
            {"id": slug, "label": "GPE", "canonical": names[0], "aliases": names[1:], "wikidata": "", "ambiguous": True}
        )
    return entries


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.nlp.cities", description=__doc__.split("\n")[0])
    parser.add_argument("ne_zip", type=Path, help="Natural Earth ne_10m_populated_places.zip")
    parser.add_argument("--out", type=Path, default=CITIES_FILE, help="the gazetteer file to write")
    args = parser.parse_args(argv)
    with zipfile.ZipFile(args.ne_zip) as archive:
        records = list(read_dbf(archive.read(DBF_MEMBER)))
    rows = city_rows(records, model_english_words(), known_names(args.out.parent, written=CITIES_FILE_NAME))
    write_gazetteer_file(args.out, HEADER, rows)
    print(f"{len(rows)} cities -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
