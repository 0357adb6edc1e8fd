"""A small UPR CSV written for these tests, laid out as ../shared/external/upr/ is."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.classify.upr import UPR_CSV

CSV_TEXT = """To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session
Fr,WEOG,EU,"Ratify the  Convention on Disabilities",Sy,EEG,,,5,"Disabilities,International instruments",3
Freedonia,WEOG,EU,Continue to train its police officers,Sylvania,EEG,,Accepted,2,Human rights education and training,11
Sylvania,EEG,,Consider a moratorium on executions,Freedonia,WEOG,EU,Noted,3,Death penalty,12
Sylvania,EEG,,Take steps to reduce prison overcrowding,Freedonia,WEOG,EU,Accepted,4,Detention,13
Sylvania,EEG,,,Freedonia,WEOG,EU,Accepted,4,Detention,13
"""


@pytest.fixture
def shared(tmp_path) -> Path:
    path = tmp_path / UPR_CSV
    path.parent.mkdir(parents=True)
    path.write_text(CSV_TEXT, encoding="utf-8")
    return tmp_path
