"""Main text and metadata of a web page, with BeautifulSoup.

Keeps the article and drops navigation, headers, footers, cookie banners, forms and scripts.
Block elements end with a newline so the cleaned text keeps the page's paragraph structure
(bulleted lists stay one item per line, which the demand extractor relies on).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from bs4 import BeautifulSoup, Comment, Tag

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
    """Main text, title, published date and declared language of an HTML page."""
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
    text = "".join(parts)
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
