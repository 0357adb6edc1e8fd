"""Model files over the repository's file limit, shipped as consecutive parts and joined on loading.

A fine-tuned tok2vec (6 MB) or a linear model's weights are their own and must be committed, but no
committed file may reach 5 MB: such a file is kept as ``<file>.part-0``, ``<file>.part-1``, ...,
each at most PART_BYTES, and read back as one.
"""

from __future__ import annotations

from pathlib import Path

PART_SUFFIX = ".part-"
PART_BYTES = 4_000_000


def split_into_parts(file: Path, part_bytes: int = PART_BYTES) -> list[Path]:
    """Replace `file` by its consecutive parts of at most `part_bytes` bytes; return them."""
    data = file.read_bytes()
    parts = []
    for number, offset in enumerate(range(0, len(data), part_bytes)):
        part = file.with_name(f"{file.name}{PART_SUFFIX}{number}")
        part.write_bytes(data[offset : offset + part_bytes])
        parts.append(part)
    file.unlink()
    return parts


def join_parts(file: Path) -> bytes:
    """The bytes of a file shipped in parts (`split_into_parts`), in order."""
    parts = []
    number = 0
    while (part := file.with_name(f"{file.name}{PART_SUFFIX}{number}")).is_file():
        parts.append(part.read_bytes())
        number += 1
    if not parts:
        raise FileNotFoundError(f"no parts of {file}")
    return b"".join(parts)


def read_whole_or_parts(file: Path) -> bytes:
    """The bytes of a file committed either whole or in parts (`split_into_parts`)."""
    return file.read_bytes() if file.is_file() else join_parts(file)
