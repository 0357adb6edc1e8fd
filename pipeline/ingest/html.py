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
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bs4 import BeautifulSoup, Comment, Tag

from pipeline.extract.dates.rules import parse_day
from pipeline.ingest.decode import declared_charset, decode
from pipeline.ingest.markup import WORDPRESS_SHORTCODE, FrontMatter, split_front_matter
from pipeline.ingest.readers import RawText, date_under_headline, headline_first, register_reader
from pipeline.records import Document

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
# Publication-date metadata, most specific first. Names are compared case-insensitively.
# Modified/updated dates are left out on purpose: they are not when the text was published.
_PUBLISHED_META = (
    ("property", "article:published_time"),
    ("name", "article:published_time"),
    ("property", "og:article:published_time"),
    ("property", "og:published_time"),
    ("itemprop", "datePublished"),
    ("name", "datePublished"),
    ("name", "article.published"),
    ("name", "published_time"),
    ("name", "parsely-pub-date"),
    ("name", "sailthru.date"),
    ("name", "citation_publication_date"),
    ("name", "citation_date"),
    ("name", "DC.date.issued"),
    ("name", "dcterms.issued"),
    ("name", "dcterms.date"),
    ("name", "dcterms.created"),
    ("name", "DC.date"),
    ("name", "pubdate"),
    ("name", "publishdate"),
    ("name", "publish-date"),
    ("name", "publication_date"),
    ("name", "date"),
)
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


@dataclass(frozen=True)
class Page:
    text: str
    title: str = ""
    published: str = ""  # YYYY-MM-DD
    published_source: str = ""
    language: str = ""


@register_reader("html", ".html", ".htm", media_types=("text/html", "application/xhtml+xml"))
def read_html(data: bytes, base: Document) -> RawText:
    """Decode a page (its <meta> charset when the bytes are not UTF-8), then take its main text and metadata."""
    decoded = decode(data, declared_charset(data))
    # a static site's source page (Jekyll, Hugo) opens with a front-matter block, its metadata, as
    # its Markdown posts do (`pipeline.ingest.text`)
    meta, markup = split_front_matter(decoded.text)
    meta = meta or FrontMatter()
    page = extract(markup)
    title = meta.title or page.title
    document = replace(
        base,
        encoding=decoded.encoding,
        warning=decoded.warning,
        title=title,
        published=meta.published or page.published,
        published_source="front matter" if meta.published else page.published_source,
        author=meta.author or base.author,
        source_url=meta.source_url or base.source_url,
        language=page.language,
    )
    return RawText(document, date_under_headline(title, meta.published, headline_first(title, page.text)))


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
        # The published date stays with `_published`: htmldate's fallback guesses take a teaser's
        # or sidebar's date for the page's own (tests/extract/test_dates.py), and on the saved real pages
        # `_published` finds 7 of 8 dates with none wrong.
        language=page.language or found.language,
    )


# A page has at least one of these tags; a fragment (pandoc's default HTML output, a CMS's
# exported post body) has none.
_PAGE_TAG = re.compile(r"<(?:html|head|body)[\s>]", re.IGNORECASE)


def as_article(markup: str) -> str:
    """A fragment of HTML as a page whose article it is; a page as it is.

    With no container it recognises as the article, trafilatura gathers paragraphs one by one and
    drops headings and list markers, and with them "Recommendations", "To the Government of X" and
    the items under it. A fragment has no menus or footers to tell apart from its text: all of it
    is the article."""
    if _PAGE_TAG.search(markup):
        return markup
    return f"<html><body><article>{markup}</article></body></html>"


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
            as_article(markup),
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
        published_source="trafilatura (htmldate)" if published else "",  # reported by bench/html_extractors.py
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
    _drop_chrome(soup)
    root = soup.find("article") or soup.find("main") or soup.find(attrs={"role": "main"}) or soup.body or soup
    return Page(_text_of(root), title, published, published_source, language)


def _drop_chrome(soup: BeautifulSoup) -> None:
    """Remove comments, scripts, styles, navigation and boilerplate containers, in place."""
    for node in soup.find_all(string=lambda s: isinstance(s, Comment)):
        node.extract()
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all(_is_boilerplate):
        tag.decompose()


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


# An opening or closing block-level tag: the markup of a text whose body is HTML.
_BLOCK_NAMES = "|".join(sorted(_BLOCK_TAGS, key=len, reverse=True))
_BLOCK_MARKUP = re.compile(rf"</?(?:{_BLOCK_NAMES})\b[^>\n]*>", re.I)

_ITEM_GAP = re.compile(r"^(- [^\n]*)\n\n(?=- )", re.M)


def holds_html(text: str, minimum: int = 3) -> bool:
    """True when a text file's body is written in HTML: at least `minimum` block-level tags.

    WordPress posts exported to Jekyll keep their HTML bodies under YAML front matter ("<p>...</p>"),
    and Markdown allows HTML blocks; a few inline tags in Markdown ("<sup>1</sup>") are not enough.
    """
    return len(_BLOCK_MARKUP.findall(text, 0, 200_000)) >= minimum


def text_of_fragment(markup: str) -> str:
    """The text of an HTML fragment found in a text or Markdown file.

    Unlike a web page it has no menus to lose, so nothing is chosen as main text: scripts, styles
    and boilerplate containers go, block tags become paragraph breaks (a `<br>` a line break), list
    items become "- " lines, entities are decoded, and the text's own line breaks (Markdown between
    the tags) stay.
    """
    soup = BeautifulSoup(WORDPRESS_SHORTCODE.sub("", markup), "html.parser")
    _drop_chrome(soup)
    parts: list[str] = []
    stack: list[object] = [soup]
    while stack:  # depth-first without recursion: deeply nested markup cannot exhaust the stack
        node = stack.pop()
        if isinstance(node, str):
            parts.append(node)
            continue
        if node.name in _BLOCK_TAGS:
            parts.append({"br": "\n", "li": "\n- "}.get(node.name, "\n\n"))
            stack.append({"br": "", "hr": "", "li": "\n"}.get(node.name, "\n\n"))
        stack.extend(reversed(list(node.children)))
    text = re.sub(r"[ \t\r\f\v\u00a0]+", " ", "".join(parts))
    text = re.sub(r" *\n *", "\n", text)
    text = re.sub(r"^- ?\n+(?=\S)", "- ", text, flags=re.M)  # an item whose text sits in a paragraph of its own
    text = re.sub(r"\n{3,}", "\n\n", text)
    text = _ITEM_GAP.sub(r"\1\n", text)  # one item per line, as in web pages
    return text.strip() + "\n"


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
    """Published date (YYYY-MM-DD) and where it came from: a meta tag, JSON-LD, microdata or <time>.

    Called before boilerplate is removed, because the metadata sits in <head> and page headers.
    """
    for attr, name in _PUBLISHED_META:
        for meta in soup.find_all("meta", attrs={attr: re.compile(f"^{re.escape(name)}$", re.I)}):
            value = _local_day(str(meta.get("content", "")), soup)
            if value:
                return value, f"meta {attr}={name}"
    for script in soup.find_all("script", attrs={"type": re.compile(r"^application/ld\+json$", re.I)}):
        value = _json_ld_date(script.string or script.get_text() or "", soup)
        if value:
            return value, "json-ld datePublished"
    for tag in soup.find_all(attrs={"itemprop": re.compile(r"^datePublished$", re.I)}):
        value = _iso_day(str(tag.get("content") or tag.get("datetime") or tag.get_text(" ", strip=True)))
        if value:
            return value, "microdata datePublished"
    times = soup.find_all("time")
    # A <time> marked as the publication date first, then the first dated <time> in the article,
    # then the first in the page (later ones are often comments or related articles).
    marked = [t for t in times if t.has_attr("pubdate") or re.search(r"publish", " ".join(t.get("class", [])), re.I)]
    article = soup.find("article")
    in_article = article.find_all("time") if article is not None else []
    for tag in (*marked, *in_article, *times):
        value = _iso_day(str(tag.get("datetime") or tag.get_text(" ", strip=True)))
        if value:
            return value, "time datetime" if tag.get("datetime") else "time text"
    return _visible_date(soup)


_DATE_CLASS = re.compile(r"date|time|posted|publish|byline|meta", re.I)
# Containers whose dates belong to other texts (teasers, related articles, comments): a class or
# id made of these words ("related-posts", "teaser__date"). Layout classes such as
# "two-col-sidebar-right" on far ancestors are not looked at: only the few nearest containers.
_ELSEWHERE = frozenset(
    [
        "related",
        "teaser",
        "teasers",
        "promo",
        "sidebar",
        "comment",
        "comments",
        "menu",
        "navbar",
        "footer",
        "advert",
        "ads",
        "pagination",
        "breadcrumb",
        "more",
        "latest",
    ]
)


def _elsewhere(string: object) -> bool:
    # 4 levels: a teaser's date sits 1-3 levels below its teaser container in the shared HTML
    # samples, while layout classes ("two-col-sidebar-right") sit much higher.
    for depth, parent in enumerate(string.parents):
        if depth >= 4 or parent.name in ("article", "main", "body", "html"):
            return False
        if parent.name in ("nav", "footer", "aside"):
            return True
        words = re.split(r"[-_\s]+", " ".join([*(parent.get("class") or []), str(parent.get("id") or "")]).lower())
        if _ELSEWHERE.intersection(words):
            return True
    return False


def _visible_date(soup: BeautifulSoup) -> tuple[str, str]:
    """A date printed on the page as a short element of its own ("<span class="date">April 5,
    2018</span>", "<em>10.11.2021</em>"), outside navigation, teasers and related-article lists:
    first an element marked as a date, then the first date in the article or main part, then the
    first in the page."""
    root = soup.find("article") or soup.find("main") or soup.find(attrs={"role": "main"})
    marked = [
        tag
        for tag in soup.find_all(True)
        if tag.name not in ("script", "style", "head", "title", "meta")
        and _DATE_CLASS.search(" ".join([*tag.get("class", []), str(tag.get("id", ""))]))
    ]
    for label, tags in (
        ("date element", marked),
        ("date in article", [root] if root else []),
        ("date in page", [soup]),
    ):
        for tag in tags:
            for string in tag.find_all(string=True):
                if string.parent is None or string.parent.name in ("script", "style", "title", "head", "option"):
                    continue
                text = " ".join(str(string).split())
                if not 6 <= len(text) <= 60:
                    continue
                value = parse_day(text)
                if value and not _elsewhere(string):
                    return value, label
    return "", ""


def _json_ld_date(payload: str, soup: BeautifulSoup) -> str:
    """`datePublished` of the first JSON-LD item that has one (also inside @graph and lists), as
    the page's own day (`_local_day`)."""
    payload = re.sub(r"^\s*<!--|-->\s*$", "", payload)
    try:
        data = json.loads(payload)
    except ValueError:
        return ""
    queue = [data]
    while queue:
        item = queue.pop(0)
        if isinstance(item, dict):
            published = item.get("datePublished")
            for candidate in published if isinstance(published, list) else [published]:
                if isinstance(candidate, str) and _iso_day(candidate):
                    return _local_day(candidate, soup)
            queue.extend(item.values())
        elif isinstance(item, list):
            queue.extend(item)
    return ""


# A timestamp in UTC ("2023-03-02T23:30:00Z", "...+00:00"), one with another offset, and a time
# zone the page names in its scripts or meta tags ("timezone": "Asia/Kolkata").
_UTC_STAMP = re.compile(r"(\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?)(?:\.\d+)?(?:Z|[+-]00:?00)(?![\d:])")
_OFFSET_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?(?:\.\d+)?([+-])(\d\d):?(\d\d)(?![\d:])")
_ZONE_NAME = re.compile(
    r"(?i)\b(?:timezone|time_zone|tz)[\"']?\s*[:=]\s*[\"']?([A-Z][a-z]+/[A-Za-z_]+(?:/[A-Za-z_]+)?)"
)


def _local_day(value: str, soup: BeautifulSoup) -> str:
    """The day of a timestamp as the page prints it: a UTC timestamp is moved to the time zone the
    page states (an IANA name in its scripts or meta tags, else the offset of another timestamp in
    it), so "2023-03-02T23:30:00Z" on a page in Asia/Kolkata is 2023-03-03. Without one, or for a
    timestamp with its own offset, the written date (`_iso_day`)."""
    utc = _UTC_STAMP.search(value or "")
    if utc is None:
        return _iso_day(value)
    offset = _page_offset(str(soup), datetime.fromisoformat(utc.group(1)))
    if offset is None:
        return _iso_day(value)
    return (datetime.fromisoformat(utc.group(1)) + offset).date().isoformat()


def _page_offset(markup: str, moment: datetime) -> timedelta | None:
    """The UTC offset of the page's own time zone at `moment` (UTC), None when it states none."""
    for match in _ZONE_NAME.finditer(markup):
        try:
            offset = ZoneInfo(match.group(1)).utcoffset(moment)
        except (ZoneInfoNotFoundError, ValueError):
            continue
        if offset is not None:
            return offset
    for match in _OFFSET_STAMP.finditer(markup):
        sign, hours, minutes = match.groups()
        if hours != "00" or minutes != "00":
            offset = timedelta(hours=int(hours), minutes=int(minutes))
            return -offset if sign == "-" else offset
    return None


def _iso_day(value: str) -> str:
    """YYYY-MM-DD of an ISO timestamp or of a written date ("March 20, 2024", "Mon, 20 Mar 2024
    10:00:00 GMT", "2024/03/20"); "" when the value holds no valid full date.

    The local date as written is kept: "2024-03-20T23:30:00-05:00" is 2024-03-20, the day the
    publisher printed.
    """
    value = " ".join((value or "").split())
    match = _ISO_DATE.search(value)
    if match:
        try:
            return date(*map(int, match.groups())).isoformat()
        except ValueError:
            return ""
    return parse_day(value) if len(value) < 100 else ""
