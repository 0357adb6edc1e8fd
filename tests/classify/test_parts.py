"""pipeline.classify.parts: a file over the limit is committed in parts and read back whole."""

from __future__ import annotations

import pytest

from pipeline.classify.parts import PART_SUFFIX, join_parts, split_into_parts


def test_a_file_split_into_parts_reads_back_byte_for_byte(tmp_path):
    weights = tmp_path / "weights.f32"
    whole = bytes(range(256)) * 40
    weights.write_bytes(whole)
    parts = split_into_parts(weights, part_bytes=4096)
    assert [p.name for p in parts] == [f"weights.f32{PART_SUFFIX}{n}" for n in range(3)]
    assert all(p.stat().st_size <= 4096 for p in parts)
    assert not weights.exists() and join_parts(weights) == whole


def test_joining_a_file_without_parts_says_which_file(tmp_path):
    with pytest.raises(FileNotFoundError, match=r"no parts of .*absent"):
        join_parts(tmp_path / "absent")
