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


def test_a_classic_mac_file_reads_in_the_mac_encoding(tmp_path):
    # Classic Mac OS ended lines with a bare carriage return and wrote Mac Roman: read as cp1252,
    # "é" would become "Ž" and "’" "Õ".
    text = "The delegation was headed by Mr. René Dupré, chargé d’affaires a.i.\r\rThe État’s reply “noted”.\r"
    path = tmp_path / "report.txt"
    path.write_bytes(text.encode("mac_roman"))
    raw = read_file(path, "report", tmp_path)
    assert "Mr. René Dupré, chargé d’affaires" in raw.text
    assert "The État’s reply “noted”." in raw.text
    assert raw.document.encoding == "mac_roman"


def test_a_windows_file_with_crlf_line_ends_stays_in_its_code_page(tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes("Mr. René Dupré, chargé d’affaires.\r\nThe État’s reply.\r\n".encode("cp1252"))
    raw = read_file(path, "report", tmp_path)
    assert "Mr. René Dupré, chargé d’affaires." in raw.text
    assert raw.document.encoding == "cp1252"


def test_a_classic_mac_file_in_russian_reads_in_mac_cyrillic(tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes("Правозащитный центр «Весна» сообщил о задержании.\rМинск, 20 марта.\r".encode("mac_cyrillic"))
    raw = read_file(path, "report", tmp_path)
    assert "Правозащитный центр «Весна» сообщил о задержании." in raw.text
    assert raw.document.encoding == "mac_cyrillic"
