import pytest

from pipeline.ingest.decode import decode, repair_mojibake
from pipeline.ingest.readers import read_file

STATEMENT = (
    "UN experts urged the authorities to release the country’s “prisoners of conscience” – now.\nCafé Ça.\xa0Минск"
)


def _double_encoded(text: str, codec: str) -> bytes:
    """UTF-8 bytes read once as `codec` and saved again as UTF-8, as scraped pages often are."""
    characters = []
    for byte in text.encode("utf-8"):
        try:
            characters.append(bytes([byte]).decode(codec))
        except UnicodeDecodeError:  # cp1252 has no character for five bytes: Latin-1 keeps them
            characters.append(chr(byte))
    return "".join(characters).encode("utf-8")


@pytest.mark.parametrize("codec", ["latin-1", "cp1252"])
def test_a_double_encoded_file_reads_as_the_text_it_was(tmp_path, codec):
    data = _double_encoded(STATEMENT, codec)
    path = tmp_path / "statement.txt"
    path.write_bytes(data)
    raw = read_file(path, "statement", tmp_path)
    assert "the country’s “prisoners of conscience” – now" in raw.text
    assert "Café Ça." in raw.text and "Минск" in raw.text
    assert "repaired" in raw.document.warning


def test_text_with_accented_capitals_and_no_mojibake_is_left_alone():
    french = "« LIBERTÉ\xa0» et ÉGALITÉ’ — São Paulo, SÃO PAULO, naïve, 3×\xa0plus"
    assert repair_mojibake(french) == (french, 0)
    text, _encoding, warning = decode(french.encode("utf-8"))
    assert text == french
    assert warning == ""


def test_a_run_that_is_not_utf8_stays_as_written():
    # "Â" shows the text is double-encoded, but "Ã" then a letter spells no UTF-8 sequence.
    text, repaired = repair_mojibake("theÂ\xa0report of SÃO PAULO")
    assert text == "the\xa0report of SÃO PAULO"
    assert repaired == 1


def test_a_no_break_space_whose_second_half_became_a_space_is_a_space():
    text, repaired = repair_mojibake("Amnesty said theÂ mass arrests,Â the group added, in ROMÂ NIA")
    assert text == "Amnesty said the mass arrests, the group added, in ROMÂ NIA"
    assert repaired == 2


@pytest.mark.parametrize(
    ("text", "codec", "expected"),
    [
        # Classic Mac OS ended lines with a bare carriage return and wrote Mac Roman: read as cp1252,
        # "é" would become "Ž" and "’" "Õ".
        (
            "The delegation was headed by Mr. René Dupré, chargé d’affaires a.i.\r\rThe État’s reply “noted”.\r",
            "mac_roman",
            ["Mr. René Dupré, chargé d’affaires", "The État’s reply “noted”."],
        ),
        # ... or Mac Cyrillic, when that reading makes most words Cyrillic
        (
            "Правозащитный центр «Весна» сообщил о задержании.\rМинск, 20 марта.\r",
            "mac_cyrillic",
            ["Правозащитный центр «Весна» сообщил о задержании."],
        ),
        # a Windows file (carriage return and line feed) stays in its code page
        (
            "Mr. René Dupré, chargé d’affaires.\r\nThe État’s reply.\r\n",
            "cp1252",
            ["Mr. René Dupré, chargé d’affaires."],
        ),
    ],
)
def test_a_files_line_ends_tell_which_legacy_encoding_it_is_in(tmp_path, text, codec, expected):
    path = tmp_path / "report.txt"
    path.write_bytes(text.encode(codec))
    raw = read_file(path, "report", tmp_path)
    assert all(part in raw.text for part in expected)
    assert raw.document.encoding == codec
