"""The reader registry: a format is one registered function, and read_file does the rest."""

from dataclasses import replace

import pytest

from pipeline.ingest import readers
from pipeline.ingest.readers import RawText, read_file, register_reader, supported_suffixes


def test_the_bundled_formats_are_registered():
    assert {".txt", ".md", ".html", ".htm", ".pdf"} <= set(supported_suffixes())


def test_a_new_reader_is_one_registered_function(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "READERS", dict(readers.readers()))

    @register_reader("shout", ".shout")
    def read_shout(data, base):
        return RawText(replace(base, encoding="ascii"), data.decode("ascii").lower())

    # register_reader writes into the module's registry, which the monkeypatch restores afterwards
    (tmp_path / "note.shout").write_bytes(b"RELEASE ALL POLITICAL PRISONERS")
    raw = read_file(tmp_path / "note.shout", "note", tmp_path)
    assert (raw.document.status, raw.document.format, raw.text) == ("ok", "shout", "release all political prisoners")
    assert raw.document.sha256  # what every format shares is done by read_file


@pytest.mark.parametrize(("name", "reason"), [("a.xyz", "unsupported file type '.xyz'"), ("empty.txt", "empty file")])
def test_read_file_gives_a_reason_instead_of_raising(tmp_path, name, reason):
    (tmp_path / name).write_bytes(b"" if name == "empty.txt" else b"data")
    assert read_file(tmp_path / name, "d", tmp_path).document.error == reason


def test_two_readers_for_one_suffix_are_refused(monkeypatch):
    monkeypatch.setattr(readers, "READERS", dict(readers.readers()))
    with pytest.raises(ValueError, match="two readers"):
        register_reader("other", ".txt")(lambda data, base: RawText(base))
