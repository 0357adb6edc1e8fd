"""The run manifest: which raw folder a processed folder was made from, and a hash of what was read."""

import pytest

from pipeline.records import Document
from pipeline.store.manifest import make_manifest, manifest_text, raw_fingerprint, read_manifest


def _documents(*pairs: tuple[str, str]) -> list[Document]:
    return [Document(path.rsplit(".", 1)[0], path, sha256=digest) for path, digest in pairs]


def test_the_fingerprint_changes_with_any_file_and_not_with_the_order():
    first = _documents(("a b.txt", "1"), ("c.txt", "2"))
    assert raw_fingerprint(first) == raw_fingerprint(list(reversed(first)))
    assert raw_fingerprint(first) != raw_fingerprint(_documents(("a b.txt", "9"), ("c.txt", "2")))
    assert raw_fingerprint(first) != raw_fingerprint(_documents(("a b.txt", "1")))


def test_a_manifest_is_written_and_read_back(tmp_path):
    manifest = make_manifest(tmp_path / "mydocs", _documents(("note.txt", "1")))
    (tmp_path / "run.json").write_text(manifest_text(manifest), encoding="utf-8")
    assert read_manifest(tmp_path) == manifest
    assert manifest.raw == str((tmp_path / "mydocs").resolve()) and manifest.n_files == 1


def test_no_manifest_is_none_and_a_broken_one_says_what_to_do(tmp_path):
    assert read_manifest(tmp_path) is None
    (tmp_path / "run.json").write_text("{", encoding="utf-8")
    with pytest.raises(ValueError, match="delete it"):
        read_manifest(tmp_path)
