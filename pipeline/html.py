"""Main text and metadata of a web page.

The main text comes from trafilatura (article detection by text density and markup heuristics,
with readability/jusText fallbacks), falling back to our BeautifulSoup rules when trafilatura
finds nothing. Both keep the article and drop navigation, headers, footers, cookie banners,
related-article teasers, forms and scripts. The choice was made on real saved pages: see
bench/html_extractors.py and the "HTML extraction" section of the README.

Block elements end with a newline so the cleaned text keeps the page's paragraph structure
(bulleted lists stay one item per line, which the demand extractor relies on).
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, replace

from bs4 import BeautifulSoup, Comment, Tag

log = logging.getLogger(__name__)

_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "canvas",
    "iframe",
    "form",
    "button",
    "nav",
    "header",
    "footer",
    "aside",
    "select",
    "input",
    "head",
)
# class/id fragments that mark boilerplate containers on news and UN sites
_BOILERPLATE = re.compile(
    r"cookie|consent|gdpr|banner|newsletter|subscribe|share|social|breadcrumb|menu|navbar|"
    r"sidebar|related|teaser|promo|advert|footer|header|skip-link|language-switch|pagination",
    re.I,
)
_BLOCK_TAGS = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "dd",
    "dt",
    "dl",
    "figure",
    "figcaption",
    "br",
    "hr",
    "time",
    "address",
}
_PUBLISHED_META = (
    ("property", "article:published_time"),
    ("name", "article:published_time"),
    ("itemprop", "datePublished"),
    ("name", "datePublished"),
    ("name", "pubdate"),
    ("name", "publishdate"),
    ("name", "publication_date"),
    ("name", "date"),
    ("name", "DC.date.issued"),
    ("name", "dc.date"),
    ("name", "DC.date"),
    ("name", "dcterms.created"),
    ("property", "og:published_time"),
)
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True)
class Page:
    text: str
    title: str = ""
    published: str = ""  # YYYY-MM-DD
    published_source: str = ""
    language: str = ""


def extract(markup: str) -> Page:
    """Main text, title, published date and declared language of an HTML page.

    Metadata (title, published date, language) comes from the page's own tags first; the main
    text from trafilatura, or from the BeautifulSoup rules when trafilatura returns nothing.
    """
    page = extract_with_rules(markup)
    found = extract_with_trafilatura(markup)
    if found is None or not found.text.strip():
        log.info("trafilatura found no main text; using the BeautifulSoup rules")
        return page
    return replace(
        page,
        text=found.text,
        title=found.title or page.title,  # trafilatura drops site names ("Site - Section - Title")
        published=page.published or found.published,
        published_source=page.published_source or found.published_source,
        language=page.language or found.language,
    )


# Removed before trafilatura sees the page. On short pages trafilatura falls back to "all text"
# and would keep a menu or a cookie notice; these containers are never main text. Pruning them
# changed nothing on the saved real pages (bench/html_extractors.py) and fixed the short ones.
_TRAFILATURA_PRUNE = (
    "//nav",
    "//*[@role='navigation' or @role='banner' or @role='contentinfo' or @role='search']",
    "//*[contains(translate(@class, 'COOKIE', 'cookie'), 'cookie') or contains(translate(@id, 'COOKIE', 'cookie'),"
    " 'cookie') or contains(@class, 'consent') or contains(@class, 'gdpr')]",
)


def extract_with_trafilatura(markup: str) -> Page | None:
    """Main text and metadata found by trafilatura, or None when it finds no main text."""
    import trafilatura  # imported lazily: loading it costs ~0.5 s and plain-text runs never need it

    try:
        result = trafilatura.bare_extraction(
            markup,
            with_metadata=True,
            include_comments=False,  # reader comments are not the document
            include_tables=True,  # UN reports put recommendations and figures in tables
            # metadata dates only: a date guessed from the text is left to the dateline finder
            date_extraction_params={"original_date": True, "extensive_search": False},
            prune_xpath=list(_TRAFILATURA_PRUNE),
        )
    except Exception as exc:  # a library bug on one odd page must not stop the run
        log.warning("trafilatura failed (%s: %s); using the BeautifulSoup rules", type(exc).__name__, exc)
        return None
    if result is None or not (result.text or "").strip():
        return None
    published = _iso_day(result.date or "")
    return Page(
        text=_tidy(result.text),
        title=" ".join((result.title or "").split()),
        published=published,
        published_source="trafilatura (htmldate)" if published else "",
        language=(result.language or "").split("-")[0].lower(),
    )


def extract_with_rules(markup: str) -> Page:
    """Main text and metadata with BeautifulSoup rules only (the fallback extractor)."""
    soup = BeautifulSoup(markup, "lxml")
    title = _title(soup)
    published, published_source = _published(soup)
    language = ""
    if soup.html is not None and soup.html.get("lang"):
        language = str(soup.html.get("lang")).split("-")[0].lower()
    for node in soup.find_all(string=lambda s: isinstance(s, Comment)):
        node.extract()
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all(_is_boilerplate):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.find(attrs={"role": "main"}) or soup.body or soup
    return Page(_text_of(root), title, published, published_source, language)


def _is_boilerplate(tag: Tag) -> bool:
    if not isinstance(tag, Tag) or tag.name in ("html", "body", "article", "main") or tag.attrs is None:
        return False
    if tag.get("role") in ("navigation", "banner", "contentinfo", "complementary", "search"):
        return True
    if tag.get("aria-hidden") == "true" or tag.get("hidden") is not None:
        return True
    marker = " ".join([*tag.get("class", []), str(tag.get("id", ""))])
    return bool(marker.strip()) and bool(_BOILERPLATE.search(marker))


def _text_of(root: Tag) -> str:
    parts: list[str] = []
    for element in root.descendants:
        if isinstance(element, str):
            if not isinstance(element, Comment):
                parts.append(str(element))
        elif element.name in _BLOCK_TAGS:
            parts.append("\n")
            if element.name == "li":
                parts.append("- ")
    return _tidy("".join(parts))


def _tidy(text: str) -> str:
    """One space between words, one newline between blocks."""
    text = re.sub(r"[ \t\r\f\v\u00a0]+", " ", text)
    text = re.sub(r" *\n[ \n]*", "\n", text)
    return text.strip()


def _title(soup: BeautifulSoup) -> str:
    for attrs in ({"property": "og:title"}, {"name": "twitter:title"}, {"name": "title"}):
        meta = soup.find("meta", attrs=attrs)
        if meta and meta.get("content", "").strip():
            return " ".join(meta["content"].split())
    if soup.title and soup.title.get_text(strip=True):
        return " ".join(soup.title.get_text().split())
    h1 = soup.find("h1")
    return " ".join(h1.get_text().split()) if h1 else ""


def _published(soup: BeautifulSoup) -> tuple[str, str]:
    """Published date (YYYY-MM-DD) and where it came from: meta tag, JSON-LD or <time>."""
    for attr, name in _PUBLISHED_META:
        meta = soup.find("meta", attrs={attr: re.compile(f"^{re.escape(name)}$", re.I)})
        if meta is not None:
            value = _iso_day(meta.get("content", ""))
            if value:
                return value, f"meta {attr}={name}"
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        value = _json_ld_date(script.string or "")
        if value:
            return value, "json-ld datePublished"
    time_tag = soup.find("time", attrs={"datetime": True})
    if time_tag is not None:
        value = _iso_day(time_tag["datetime"])
        if value:
            return value, "time datetime"
    return "", ""


def _json_ld_date(payload: str) -> str:
    try:
        data = json.loads(payload)
    except ValueError:
        return ""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if isinstance(item.get("datePublished"), str):
                return _iso_day(item["datePublished"])
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return ""


def _iso_day(value: str) -> str:
    match = _ISO_DATE.search(value or "")
    return "-".join(match.groups()) if match else ""
