"""Plain text and Markdown files (.txt, .md): decoded as they are; cleaning comes later."""

from __future__ import annotations

from dataclasses import replace

from pipeline.ingest.decode import decode
from pipeline.ingest.readers import RawText, register_reader
from pipeline.records import Document

__all__ = ["read_text"]


@register_reader("text", ".txt", ".md", media_types=("text/plain",))
def read_text(data: bytes, base: Document) -> RawText:
    """Decode the bytes (see `pipeline.ingest.decode`); the text is taken as it is."""
    decoded = decode(data)
    return RawText(replace(base, encoding=decoded.encoding, warning=decoded.warning), decoded.text)
