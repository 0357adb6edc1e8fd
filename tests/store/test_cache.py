"""Per-document caches: a hit only for the same text, date and pipeline version."""

from __future__ import annotations

from pipeline import config
from pipeline.extract.registry import Extraction
from pipeline.records import DateMention, EntityMention
from pipeline.store.cache import ExtractCache, pipeline_fingerprint

ROWS = [
    EntityMention("a", 10, 17, "GPE", "Belarus", "Belarus", sent_id=0),
    EntityMention("a", 0, 4, "ORG", "=bad", "=bad"),
]


def test_cache_round_trips_and_misses_on_a_new_key_or_a_broken_entry(tmp_path):
    cache = ExtractCache(tmp_path, "fingerprint")
    found = Extraction(entities=ROWS[:2], dates=[DateMention("a", 3, 7, "2020", "2020", "year")])
    key = cache.key("a", "text", "2020-01-01")
    cache.store("a", key, found)
    assert cache.load("a", key) == found
    assert cache.load("a", cache.key("a", "changed text", "2020-01-01")) is None
    assert cache.load("a", ExtractCache(tmp_path, "other version").key("a", "text", "2020-01-01")) is None
    (tmp_path / "a.json").write_text("{not json", encoding="utf-8")
    assert cache.load("a", key) is None


def test_pipeline_fingerprint_depends_on_model_and_chunk_size():
    base = pipeline_fingerprint(config.MODEL_NAME, 100_000)
    assert base == pipeline_fingerprint(config.MODEL_NAME, 100_000)
    assert base != pipeline_fingerprint(config.MODEL_NAME, 50_000)
    assert base != pipeline_fingerprint("another_model", 100_000)


class _Planted:
    """What an attacker would plant: unpickling it creates a folder (it could run anything)."""

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def __reduce__(self):
        import os

        return (os.mkdir, (self.marker,))


def test_a_planted_cache_file_never_runs_and_the_key_covers_every_library(tmp_path):
    import pickle

    from pipeline.run.stages import read_stage
    from pipeline.store.cache import library_versions

    raw, processed = tmp_path / "raw", tmp_path / "processed"
    raw.mkdir()
    (raw / "statement.txt").write_text(
        "The Special Rapporteur urged the authorities to release every detained journalist.\n" * 3, encoding="utf-8"
    )
    first = read_stage(raw, processed)
    folder = processed / config.CACHE_SUBDIR / "read"
    assert [p.name for p in folder.iterdir()] == ["statement.json"]
    marker = tmp_path / "code-ran"
    planted = pickle.dumps(_Planted(str(marker)))
    for name in ("statement.pickle", "statement.json"):
        (folder / name).write_bytes(planted)
    (tmp_path / "extract").mkdir()
    (tmp_path / "extract" / "statement.json").write_bytes(planted)

    assert read_stage(raw, processed) == first  # the planted entry is a miss: read again
    assert ExtractCache(tmp_path / "extract", "f").load("statement", "key") is None
    assert not marker.exists()
    assert sorted(p.name for p in folder.iterdir()) == ["statement.json"]  # the pickle is gone, the entry rebuilt
    assert read_stage(raw, processed) == first

    versions = library_versions()
    for name in ("python", "spacy", "thinc", "numpy", "htmldate", "justext", "courlan", "trafilatura", "dateparser"):
        assert versions[name], name
