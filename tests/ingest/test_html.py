"""HTML reading: the main text is kept, the page's boilerplate is not, metadata comes from the page.

Fixtures in tests/data/html/ are written for these tests with the structure of the pages analysts
use (OHCHR country page, UN country-team story, NGO WordPress news item, a div-only press page
with its menu printed twice). Their article text is the bundled corpus text from raw/.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.ingest import html
from pipeline.ingest.readers import read_file
from pipeline.run.stages import prepare_document

HTML = Path(__file__).parents[1] / "data" / "html"

# file, first words of the main text, last words, phrases inside, boilerplate that must be gone
FIXTURES = [
    (
        "ohchr_country_page.html",
        "The Senior Human Rights Adviser works with the UN Country Team",
        "Last reviewed: November 2020",
        ["- Accountability: Strengthening rule of law", "Donors: UNDG Human Rights Mainstreaming Fund."],
        ["We use cookies", "Accept all cookies", "Human rights bodies", "Skip to main content", "Français",
         "Feature stories", "Dialogue with the Roma community in Gomel", "© OHCHR", "Work and study", "Search"],
    ),
    (
        "un_belarus_speech.html",
        "Globally speaking, 2020 has been a challenging year for all.",
        "enshrined in the UN Charter and the Universal Declaration of Human Rights.",
        ["have urged the authorities of Belarus to respect the right to peaceful assembly and expression."],
        ["This site uses cookies", "Welcome to the United Nations", "Other Stories", "youth volunteers in Grodno",
         "17 Kirov Street", "Fraud Alert", "UN entities involved in this initiative"],
    ),
    (
        "ngo_news_hrhf.html",
        "Belarus is not among the 75 countries that clearly stated the need to protect human rights defenders.",
        "adopted OSCE’s Guidelines on the Protection of Human Rights Defenders.",
        ["said Norway’s Minister of Foreign Affairs Ine Eriksen Søreide."],
        ["We use cookies", "Human Rights Houses", "Share this:", "Related articles", "Haraszti:",
         "Latest news", "Mehman Huseynov", "Subscribe to our newsletter", "Registered charity"],
    ),
    (
        "office_press_release.html",
        "Today, during the 55th session of the UN Human Rights Council",
        "as well as representatives of Belarusian and international human rights organizations.",
        ["The report calls for the immediate release of political prisoners"],
        ["New Belarus", "Contacts", "processing of cookies", "Last news", "sham parliamentary elections",
         "press@tsikhanouskaya.org"],
    ),
]  # fmt: skip


def _page(name: str) -> html.Page:
    return html.extract((HTML / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize(("name", "first", "last", "inside", "_gone"), FIXTURES)
def test_main_text_is_kept_whole(name, first, last, inside, _gone):
    text = " ".join(_page(name).text.split())
    assert first in text
    assert text.rstrip().endswith(last)
    for phrase in inside:
        assert phrase in text


@pytest.mark.parametrize(("name", "_first", "_last", "_inside", "gone"), FIXTURES)
def test_boilerplate_is_dropped(name, _first, _last, _inside, gone):
    text = _page(name).text
    leaked = [phrase for phrase in gone if phrase in text]
    assert leaked == []


@pytest.mark.parametrize(
    ("name", "title", "published", "source"),
    [
        ("ohchr_country_page.html", "UN Human Rights in Belarus", "", ""),
        ("un_belarus_speech.html", "A call to action for human rights", "2020-12-10", "json-ld"),
        (
            "ngo_news_hrhf.html",
            "The UN adopted a resolution on the role of human rights defenders. Belarus overlooked the document",
            "2017-11-21",
            "meta",
        ),
    ],
)
def test_title_and_published_date_come_from_page_metadata(name, title, published, source):
    page = _page(name)
    assert page.title == title
    assert page.published == published
    assert source in page.published_source


@pytest.mark.parametrize(("name", "language"), [("ohchr_country_page.html", "en"), ("ngo_news_hrhf.html", "en")])
def test_declared_language_is_read_from_the_html_tag(name, language):
    assert _page(name).language == language


@pytest.mark.parametrize("name", [f[0] for f in FIXTURES])
def test_html_files_go_through_the_read_stage(tmp_path, name):
    path = tmp_path / name
    path.write_bytes((HTML / name).read_bytes())
    document, text = prepare_document(path, "page", tmp_path)
    assert document.status == "ok", document.error
    assert document.language == "en"
    assert "cookie" not in text.lower()
    assert read_file(path, "page", tmp_path).document.format == "html"


@pytest.mark.parametrize(
    "markup",
    [
        # too short for trafilatura's article detection: the menu and cookie notice must still go
        "<html><body><nav><a>Home</a></nav><div class='cookie-bar'>We use cookies</div>"
        "<p>MINSK (3 May 2022) - Lawyers asked the court to free the journalist.</p></body></html>",
        "<html><body><header role='banner'>Site name</header><main><p>MINSK (3 May 2022) - Lawyers asked "
        "the court to free the journalist.</p></main><footer>Copyright</footer></body></html>",
    ],
)
def test_short_pages_keep_their_text_and_lose_their_chrome(markup):
    text = html.extract(markup).text
    assert text == "MINSK (3 May 2022) - Lawyers asked the court to free the journalist."


def test_rules_are_the_fallback_when_trafilatura_finds_nothing():
    markup = "<html><body><p>Brief.</p></body></html>"
    assert html.extract_with_trafilatura("<html><body></body></html>") is None
    assert html.extract(markup).text == "Brief."


@pytest.mark.parametrize(("name", "first", "_last", "_inside", "_gone"), FIXTURES[:3])
def test_fallback_rules_also_find_the_article(name, first, _last, _inside, _gone):
    text = html.extract_with_rules((HTML / name).read_text(encoding="utf-8")).text
    assert first in " ".join(text.split())
    assert "cookie" not in text.lower()


@pytest.mark.parametrize(
    ("charset", "meta"),
    [
        ("windows-1251", '<meta charset="windows-1251">'),
        ("koi8-r", '<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'),
    ],
)
def test_legacy_html_is_decoded_with_its_declared_charset(tmp_path, charset, meta):
    sentence = 'Правозащитный центр "Весна" призвал освободить всех политических заключённых.'
    page = f"<html><head>{meta}<title>Весна</title></head><body><article><p>{sentence}</p></article></body></html>"
    path = tmp_path / "viasna.html"
    path.write_bytes(page.encode(charset))
    raw = read_file(path, "viasna", tmp_path)
    assert raw.document.encoding == charset
    assert sentence in raw.text


@pytest.mark.parametrize(
    ("lang", "sentence", "status", "language"),
    [
        # too short for detection: the declared language decides
        ("ru", "Суд отклонил жалобу.", "skipped", "ru"),
        ("en", "The court rejected the appeal.", "ok", "en"),
    ],
)
def test_declared_language_fills_in_for_short_pages(tmp_path, lang, sentence, status, language):
    path = tmp_path / "short.html"
    path.write_text(f'<html lang="{lang}"><body><article><p>{sentence}</p></article></body></html>', encoding="utf-8")
    document, _text = prepare_document(path, "short", tmp_path)
    assert (document.status, document.language) == (status, language)


_UTC_PAGE = (
    '<html><head><meta property="article:published_time" content="2023-03-02T23:30:00Z">{zone}</head>'
    "<body><article><h1>Court rules</h1><p>The court ruled on the appeal of the journalist.</p></article></body></html>"
)


@pytest.mark.parametrize(
    ("zone", "expected"),
    [
        # the page names its time zone: 23:30 UTC is already 3 March in Kolkata
        ('<script type="application/json">{"timezone": "Asia/Kolkata"}</script>', "2023-03-03"),
        # another timestamp of the page carries its offset
        ('<meta property="article:modified_time" content="2023-03-03T06:00:00+05:30">', "2023-03-03"),
        # west of Greenwich the local day is still 2 March
        ('<script type="application/json">{"timezone": "America/New_York"}</script>', "2023-03-02"),
        # no time zone stated: the date as written
        ("", "2023-03-02"),
    ],
)
def test_utc_meta_timestamp_gives_the_pages_local_day(zone, expected):
    assert html.extract(_UTC_PAGE.format(zone=zone)).published == expected


def test_html_body_of_a_text_file_becomes_paragraphs():
    """A WordPress post exported to Jekyll keeps its HTML body: tags go, paragraphs and items stay."""
    body = (
        '[ad_1]\n<br><div id="articleText"><p><span class="loc">GENEVA</span> The experts said on Friday'
        " that the trial was unfair.</p><p>They urged the authorities to release Ms.&nbsp;Novak [sic].</p>"
        "<ul><li><p>investigate torture</p></li><li>stop arrests</li></ul>"
        '<div class="share-buttons">Share</div></div>\n'
    )
    assert html.holds_html(body)
    assert html.text_of_fragment(body) == (
        "GENEVA The experts said on Friday that the trial was unfair.\n\n"
        "They urged the authorities to release Ms. Novak [sic].\n\n- investigate torture\n- stop arrests\n"
    )


def test_a_few_inline_tags_do_not_make_a_text_html():
    assert not html.holds_html("The Committee<sup>1</sup> met.\n\nIt called on <em>all</em> States to act.\n")


def test_a_markdown_file_with_an_html_body_is_read_as_text(tmp_path):
    path = tmp_path / "post.md"
    path.write_text(
        "---\npost_title: Statement\npost_date: 2016-01-15 23:48:21\n---\n"
        "<p>We call on the authorities</p><p>to release them.</p>\n<p>Signed &amp; sent.</p>\n",
        encoding="utf-8",
    )
    raw = read_file(path, "post", tmp_path)
    assert (raw.document.title, raw.document.published) == ("Statement", "2016-01-15")
    assert raw.text == "Published: 2016-01-15\n\nWe call on the authorities\n\nto release them.\n\nSigned & sent.\n"


def test_a_pages_headline_left_out_of_its_main_text_opens_the_text(tmp_path):
    path = tmp_path / "statement.html"
    path.write_text(
        "<html><head><title>Statement by the Envoy Jane Roe on the Arrests in Freedonia</title></head><body>"
        "<article><p>Today the authorities detained twelve students. We urge them to release the students"
        " at once and to drop every charge against them.</p><p>The students had joined a peaceful march"
        " in the capital.</p></article></body></html>",
        encoding="utf-8",
    )
    document, text = prepare_document(path, "page", tmp_path)
    assert text.startswith("Statement by the Envoy Jane Roe on the Arrests in Freedonia\n\nToday the authorities")
    assert document.title == "Statement by the Envoy Jane Roe on the Arrests in Freedonia"


def test_a_headline_the_main_text_already_opens_with_is_not_repeated(tmp_path):
    path = tmp_path / "story.html"
    path.write_text(
        "<html><head><title>Students Detained in Freedonia</title></head><body><article>"
        "<h1>Students Detained in Freedonia</h1><p>Today the authorities detained twelve students at a"
        " peaceful march in the capital, their lawyers said.</p></article></body></html>",
        encoding="utf-8",
    )
    _document, text = prepare_document(path, "page", tmp_path)
    assert text.count("Students Detained in Freedonia") == 1


def test_an_html_fragment_keeps_its_headings_and_list_items(tmp_path):
    # a pandoc export: headings and lists straight under no <body>, whose "To the Government of X"
    # says whom the items below it address
    paragraph = "<p>" + "The authorities have detained hundreds of people without charge in the region. " * 4 + "</p>"
    path = tmp_path / "report.html"
    path.write_text(
        f"<h1 id='summary'>Summary</h1>{paragraph}<h1 id='recommendations'>Recommendations</h1>"
        "<h3 id='to-the-government'>To the Government of Freedonia</h3>"
        "<ul><li><p>Immediately release all persons held in the camps.</p></li>"
        "<li><p>Allow all those held to challenge their detention.</p></li></ul>"
        "<h3 id='to-the-council'>To the UN Human Rights Council</h3>"
        f"<ul><li><p>Hold a special session on the situation in Freedonia.</p></li></ul>{paragraph}",
        encoding="utf-8",
    )
    _document, text = prepare_document(path, "report", tmp_path)
    assert (
        "Recommendations\nTo the Government of Freedonia\n- Immediately release all persons held in the camps.\n"
        "- Allow all those held to challenge their detention.\nTo the UN Human Rights Council\n- Hold a special"
    ) in text


def test_a_static_sites_html_page_has_its_front_matter_read_as_metadata(tmp_path):
    path = tmp_path / "post.html"
    path.write_text(
        '---\nlayout: press\ntitle: "Detainee faces secret military trial"\ndate: 2012-12-18\n'
        "source_url: https://example.org/ua-264-12\n---\n"
        "<p>Further information on UA: 264/12. The detainee has been held incommunicado since his arrest on"
        " 15 March, and is believed to face a secret military trial.</p>\n",
        encoding="utf-8",
    )
    document, text = prepare_document(path, "post", tmp_path)
    assert (document.title, document.published, document.published_source, document.source_url) == (
        "Detainee faces secret military trial",
        "2012-12-18",
        "front matter",
        "https://example.org/ua-264-12",
    )
    assert "layout" not in text
    assert text.startswith(
        "Detainee faces secret military trial\n\nPublished: 2012-12-18\n\nFurther information on UA: 264/12."
    )
