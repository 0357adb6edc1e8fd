"""The run manifest: PROCESSED/run.json says which raw folder a processed folder was made from.

Without it, a processed folder cannot tell which documents its tables describe, and a later
`make notebooks PROCESSED=mine` (RAW defaulting to raw/) replaced a user's tables with the
bundled corpus without a word (issue 20). The CLI reads the manifest before the read stage:
it follows the recorded folder when no --raw is given, and refuses a different one.

The manifest is clock-free (no timestamps), so the same inputs give the same file.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

from pipeline.records import Document

MANIFEST_NAME = "run.json"


@dataclass(frozen=True)
class Manifest:
    raw: str  # absolute path of the raw folder the read stage read
    n_files: int  # files the read stage listed (every status)
    raw_sha256: str  # hash of every listed file's path and byte hash: changes when any file does

    @property
    def raw_dir(self) -> Path:
        return Path(self.raw)


def raw_fingerprint(documents: Iterable[Document]) -> str:
    """One hash of what the read stage read: each file's path relative to raw/ and its sha256.

    Make cannot track every file (names with spaces); this hash can, so a change anywhere in the
    raw folder shows here and in documents.csv.
    """
    digest = hashlib.sha256()
    for document in sorted(documents, key=lambda d: d.source_path):
        digest.update(f"{document.source_path}\0{document.sha256}\n".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def make_manifest(raw_dir: Path, documents: list[Document]) -> Manifest:
    return Manifest(raw=str(Path(raw_dir).resolve()), n_files=len(documents), raw_sha256=raw_fingerprint(documents))


def manifest_text(manifest: Manifest) -> str:
    return json.dumps(asdict(manifest), indent=2, ensure_ascii=False) + "\n"


def read_manifest(processed_dir: Path) -> Manifest | None:
    """The manifest of a processed folder; None when there is none (a new folder, or one made
    before manifests existed). A manifest that cannot be parsed raises ValueError."""
    path = Path(processed_dir) / MANIFEST_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Manifest(raw=str(data["raw"]), n_files=int(data["n_files"]), raw_sha256=str(data["raw_sha256"]))
    except (FileNotFoundError, NotADirectoryError):  # no manifest yet (a file as --processed is reported later)
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ValueError(f"{path} is not a valid run manifest ({exc}): delete it to start the folder afresh") from exc
