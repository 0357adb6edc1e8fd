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
