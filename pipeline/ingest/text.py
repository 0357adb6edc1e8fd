"""Plain text, Markdown and reStructuredText files (.txt, .md, .markdown, .rst): decoded as they
are; cleaning comes later. `.markdown` is the other common suffix of Markdown (issue 20)."""

from __future__ import annotations

from dataclasses import replace

from pipeline.ingest.decode import decode
from pipeline.ingest.readers import RawText, register_reader
from pipeline.records import Document

__all__ = ["read_text"]


@register_reader("text", ".txt", ".md", ".markdown", ".rst", media_types=("text/plain",))
def read_text(data: bytes, base: Document) -> RawText:
    """Decode the bytes (see `pipeline.ingest.decode`); the text is taken as it is. A Markdown
    file that opens with a heading ("# River report") has that heading, without its #s, as title."""
    decoded = decode(data)
    title = _markdown_title(decoded.text) if base.format in ("md", "markdown") else ""
    return RawText(replace(base, title=title, encoding=decoded.encoding, warning=decoded.warning), decoded.text)


def _markdown_title(text: str) -> str:
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    heading = first.lstrip("#")
    return heading.strip() if first.startswith("#") and heading.startswith((" ", "\t")) else ""
