"""Plain text, Markdown and reStructuredText files (.txt, .md, .markdown, .rst): front matter read
as metadata, Markdown markup removed; cleaning comes later. `.markdown` is the other common suffix
of Markdown (issue 20)."""

from __future__ import annotations

from dataclasses import replace

from pipeline.ingest.decode import decode
from pipeline.ingest.html import holds_html, text_of_fragment
from pipeline.ingest.markup import looks_like_markdown, split_front_matter, strip_markdown
from pipeline.ingest.readers import RawText, date_under_headline, headline_first, register_reader
from pipeline.records import Document

__all__ = ["read_text"]


@register_reader("text", ".txt", ".md", ".markdown", ".rst", media_types=("text/plain",))
def read_text(data: bytes, base: Document) -> RawText:
    """Decode the bytes (see `pipeline.ingest.decode`); a YAML/TOML front-matter block becomes the
    title, published date, author and source URL, and Markdown (recognised from the content, so
    also in a .txt file) is reduced to its text (`pipeline.ingest.markup`). Without a front-matter
    title, a Markdown file that opens with a heading ("# River report") has that heading, without
    its #s, as title; a front-matter title stands above a body that opens without a heading
    (`readers.headline_first`). A body written in HTML (a WordPress post exported with its front matter, HTML
    blocks in Markdown) is reduced to its text first (`pipeline.ingest.html.text_of_fragment`)."""
    decoded = decode(data)
    base = replace(base, encoding=decoded.encoding, warning=decoded.warning)
    meta, body = split_front_matter(decoded.text)
    if meta is not None:
        base = replace(
            base,
            title=meta.title,
            published=meta.published,
            published_source="front matter" if meta.published else "",
            author=meta.author,
            source_url=meta.source_url,
        )
    if holds_html(body):
        body = text_of_fragment(body)
    # a .md file is Markdown by its name (a renderer would render it so); other text files when
    # their content shows it
    markdown = base.format in ("md", "markdown") or looks_like_markdown(body)
    heading = _markdown_title(body) if markdown else ""
    if not base.title and markdown:
        base = replace(base, title=heading)
    body = strip_markdown(body) if markdown else body
    # a post whose title is in its front matter shows it above its words, unless they open with their own
    # heading, and its date under it
    if meta is None:
        return RawText(base, body)
    shown = body if heading else headline_first(meta.title, body)
    return RawText(base, date_under_headline(heading or meta.title, meta.published, shown))


def _markdown_title(text: str) -> str:
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    heading = first.lstrip("#")
    return heading.strip() if first.startswith("#") and heading.startswith((" ", "\t")) else ""
