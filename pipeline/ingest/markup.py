"""Plain text out of text files that carry front matter and Markdown (issue 15).

Static-site exports (Jekyll, Hugo, Eleventy) start with a metadata block, YAML between `---`
lines or TOML between `+++` lines, and write the article in Markdown. Left in the text, the block
and the markup leak into every table ("layout: post.njk" as a title, "[human rights defenders](https://...)"
as an entity). Both are recognised from the content, whatever the file's extension says: a `.txt`
file can hold Markdown and a `.md` file plain text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FENCES = {"---": "yaml", "+++": "toml"}
# `key: value` (YAML) or `key = value` (TOML) at the top level of the block; nested and list lines
# are not needed for the fields we read.
_FIELD = re.compile(r"^([A-Za-z][\w-]*)\s*(?::|=)\s*(.*?)\s*$")
# A day, then optionally its time of day; a time can be written with dashes ("2020-09-16-15-01-51")
# where the timestamp must be safe in a file name or URL.
_ISO_DAY = re.compile(r"^['\"]?(\d{4}-\d{2}-\d{2})(?:[T _-][\d:.-]+)?(?:\s*(?:Z|[+-]\d{2}:?\d{2}))?['\"]?$")
# A YAML block scalar: the value is on the indented lines that follow (`title: >` then the title).
_BLOCK_SCALAR = re.compile(r"^[>|][+-]?$")
_URL = re.compile(r"^https?://\S+$")

# Field names used by the common static-site generators and blog exports, in order of preference.
# `post_title` and `post_date` are those of WordPress posts exported to Jekyll (the WordPress to
# Jekyll Exporter plugin), whose bodies stay in HTML (see `pipeline.ingest.html.holds_html`).
TITLE_KEYS = ("title", "post_title")
DATE_KEYS = ("published", "date_published", "datepublished", "publishdate", "pubdate", "date", "post_date", "created")
AUTHOR_KEYS = ("author", "authors", "byline", "by")
URL_KEYS = ("source_url", "canonical_url", "canonical", "original_url", "source", "url", "link", "permalink")


@dataclass(frozen=True)
class FrontMatter:
    """Metadata read from a front-matter block; empty strings when a field is absent."""

    title: str = ""
    published: str = ""  # YYYY-MM-DD
    author: str = ""
    source_url: str = ""


def split_front_matter(text: str) -> tuple[FrontMatter | None, str]:
    """(metadata, body) when `text` starts with a YAML (`---`) or TOML (`+++`) block, else (None, text).

    The block must close with the same fence within 100 lines and hold at least one `key: value`
    line, so a document that merely opens with a horizontal rule keeps its text.
    """
    stripped = text.lstrip("\ufeff \t\r\n")
    first, _, rest = stripped.partition("\n")
    fence = first.strip()
    if fence not in _FENCES:
        return None, text
    lines = rest.split("\n")
    end = next((i for i, line in enumerate(lines[:100]) if line.strip() == fence), None)
    if end is None:
        return None, text
    fields: dict[str, str] = {}
    for index, line in enumerate(lines[:end]):
        match = _FIELD.match(line)
        if match and not line[:1].isspace():
            value = match.group(2)
            if _BLOCK_SCALAR.match(value):
                value = " ".join(_indented_lines(lines[index + 1 : end]))
            elif value[:1] in ("'", '"') and not _closes(value.strip(), value[0]):
                value = _continued(value, lines[index + 1 : end])
            fields.setdefault(match.group(1).casefold(), _scalar(value))
    if not fields:
        return None, text
    meta = FrontMatter(
        title=_first(fields, TITLE_KEYS),
        published=next((d for d in (_iso_day(fields.get(k, "")) for k in DATE_KEYS) if d), ""),
        author=_first(fields, AUTHOR_KEYS),
        source_url=next((u for u in (fields.get(k, "") for k in URL_KEYS) if _URL.match(u)), ""),
    )
    return meta, "\n".join(lines[end + 1 :])


def _indented_lines(lines: list[str]) -> list[str]:
    """The stripped lines of a block scalar: those indented under its key."""
    block = []
    for line in lines:
        if line.strip() and not line[:1].isspace():
            break
        block.append(line.strip())
    return [line for line in block if line]


def _closes(value: str, quote: str) -> bool:
    """Does a quoted scalar close on this line (a final quote that is not escaped)?"""
    return len(value) >= 2 and value.endswith(quote) and not (quote == '"' and value.endswith('\\"'))


def _continued(value: str, lines: list[str]) -> str:
    """A quoted scalar run on over the lines below its key, as one line: YAML folds a line break
    into a space, and in double quotes a break after a backslash into nothing."""
    quote = value[0]
    for line in lines:
        if line.strip() and not line[:1].isspace():
            break  # the next key: the quote never closed
        escaped = quote == '"' and value.endswith("\\")
        value = (value[:-1] if escaped else value + " ") + line.strip()
        if _closes(value, quote):
            break
    return value


# Escapes of YAML's double-quoted scalars; "\_" is a non-breaking space, written as a space.
_YAML_ESCAPES = {"_": " ", "n": " ", "t": " ", '"': '"', "\\": "\\", "/": "/", " ": " "}
_YAML_ESCAPE = re.compile(r"\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)")


def _unescaped(match: re.Match[str]) -> str:
    code = match.group(1)
    if len(code) > 1:  # "\u2019": a character by its code point
        return chr(int(code[1:], 16))
    return _YAML_ESCAPES.get(code, match.group(0))


def _scalar(value: str) -> str:
    """A YAML/TOML scalar without its quotes (double-quoted escapes decoded: "Joe\\_Biden" is
    "Joe Biden"); a one-line list (`['A', 'B']`) joined with "; "."""
    value = value.strip()
    if value.startswith("[") and value.endswith("]"):
        return "; ".join(_scalar(v) for v in value[1:-1].split(",") if v.strip())
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return _YAML_ESCAPE.sub(_unescaped, value[1:-1]).strip()
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'").strip()
    return value


def _first(fields: dict[str, str], keys: tuple[str, ...]) -> str:
    return next((fields[k] for k in keys if fields.get(k)), "")


def _iso_day(value: str) -> str:
    match = _ISO_DAY.match(value.strip())
    return match.group(1) if match else ""


# -- Markdown ------------------------------------------------------------------------------------

_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)|!\[[^\]\n]*\]\[[^\]\n]*\]")
_LINK = re.compile(r"\[([^\]\n]+)\]\((?:[^()\n]|\([^()\n]*\))*\)|\[([^\]\n]+)\]\[[^\]\n]*\]")
_REFERENCE = re.compile(r"^ {0,3}\[[^\]\n]+\]:\s*\S+.*$", re.M)
_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.M)
# Hugo shortcodes, and the tags of Jekyll's Liquid templates ("{% include social-tweet-embed.html
# tweet="1157523107080335362" %}", over several lines): markup of the site's build, never prose
_SHORTCODE = re.compile(r"\{\{[<%].*?[%>]\}\}|\{%.{0,500}?%\}", re.S)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
# WordPress shortcodes left in exported post bodies: "[ad_1]", "[caption id=...]", "[/caption]". A
# bracketed plain word ("[sic]", "[the]") is an editor's insertion and stays. Shortcodes are written in
# lower case; a bracket before "(" is a Markdown link's text.
WORDPRESS_SHORTCODE = re.compile(r"\[/[a-z][\w-]*\]|\[[a-z][\w-]*\s[^\]\n]*=[^\]\n]*\]|\[[a-z]+_[a-z\d_]*\](?!\()")
_FOOTNOTE_MARK = re.compile(r"<sup>[^<]{0,8}</sup>|\[\^[^\]\n]+\](?!:)", re.I)
_HTML_TAG = re.compile(r"</?(?:sup|sub|span|div|p|br|em|strong|b|i|u|a|small|figure|figcaption|img)\b[^>\n]*>", re.I)
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(
    r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=\S)\*(?![\w*])|(?<![\w_])_(?=[^\s_])([^_\n]+?)(?<=\S)_(?![\w_])"
)
_RULE = re.compile(r"^ {0,3}(?:[-*_][ \t]*){3,}$", re.M)
_BLOCKQUOTE = re.compile(r"^(?: {0,3}>[ \t]?)+", re.M)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|])")

# Markdown constructs that plain prose does not produce: a link or image with its target, an ATX
# heading, strong emphasis. Two of them (or one link/image) make a text Markdown.
_SIGNS = (
    re.compile(r"\]\((?:https?://|/|#|\.)[^)\s]*\)"),
    re.compile(r"^ {0,3}#{1,6} \S", re.M),
    re.compile(r"(\*\*|__)\S[^\n]*?\S\1"),
    re.compile(r"\{\{[<%]"),
)


def looks_like_markdown(text: str) -> bool:
    """True when the text holds Markdown links, images, headings or strong emphasis."""
    if _SIGNS[0].search(text) or _SIGNS[3].search(text):
        return True
    return sum(1 for sign in _SIGNS[1:3] if sign.search(text)) == 2 or len(_SIGNS[1].findall(text)) >= 2


def strip_markdown(text: str) -> str:
    """The text without Markdown markup: links keep their text, images and footnote marks go.

    "[human rights defenders](https://...)" -> "human rights defenders"; "![](img.png)" -> "";
    "**bold**" -> "bold"; "## Heading" -> "Heading" (on its own line, as headlines are elsewhere);
    "> quoted" -> "quoted".
    """
    text = _HTML_COMMENT.sub("", text)  # "<!-- -->", which converters put between two lists
    text = _SHORTCODE.sub("", text)
    text = WORDPRESS_SHORTCODE.sub("", text)
    text = _IMAGE.sub("", text)
    text = _REFERENCE.sub("", text)
    text = _LINK.sub(lambda m: m.group(1) or m.group(2), text)
    text = _FOOTNOTE_MARK.sub("", text)
    text = _HTML_TAG.sub("", text)
    text = _HEADING.sub(lambda m: m.group(1), text)
    text = _BLOCKQUOTE.sub("", text)  # "> A standfirst quoted": the quoted line, without its marker
    text = _RULE.sub("", text)
    text = _STRONG.sub(lambda m: m.group(2), text)
    text = _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), text)
    return _ESCAPE.sub(r"\1", text)
