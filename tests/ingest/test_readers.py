from pathlib import Path

import pytest

from pipeline.ingest.decode import decode
from pipeline.ingest.discover import discover, make_doc_ids
from pipeline.ingest.readers import read_file


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def test_utf8_text_file_is_read(tmp_path):
    path = _write(tmp_path, "note.txt", "Minsk – 20 March 2024\nText.".encode())
    raw = read_file(path, "note", tmp_path)
    assert raw.document.status == "ok"
    assert raw.text.startswith("Minsk – 20 March 2024")
    assert raw.document.encoding == "utf-8"


@pytest.mark.parametrize(
    ("data", "expected", "encoding"),
    [
        ("Правозащитный центр «Весна»".encode("cp1251"), "Правозащитный центр «Весна»", "cp1251"),
        ("\ufeffUTF-16 export".encode("utf-16"), "UTF-16 export", "utf-16"),
        ("\ufeffBOM text".encode(), "BOM text", "utf-8-sig"),
    ],
)
def test_legacy_encodings_are_decoded(data, expected, encoding):
    text, used, _warning = decode(data)
    assert expected in text
    assert used.replace("_", "-").lower().startswith(encoding.split("-")[0])


@pytest.mark.parametrize(
    ("name", "data", "status", "reason"),
    [
        ("empty.txt", b"", "skipped", "empty"),
        ("blank.txt", b"  \n\t ", "skipped", "empty"),
        ("binary.txt", b"\x00\x01\x02PNG\x00" * 50, "error", "binary"),
        ("table.xlsx", b"PK\x03\x04", "skipped", "unsupported"),
        ("broken.pdf", b"%PDF-1.4 not really", "error", "PDF"),
    ],
)
def test_bad_files_get_a_status_and_reason(tmp_path, name, data, status, reason):
    raw = read_file(_write(tmp_path, name, data), "x", tmp_path)
    assert raw.document.status == status
    assert reason.lower() in raw.document.error.lower()


def test_html_main_text_title_and_published_date(tmp_path):
    page = b"""<html lang="en"><head><title>Site | Story</title>
    <meta property="og:title" content="UN experts urge release">
    <meta property="article:published_time" content="2021-05-04T10:00:00Z"></head>
    <body><nav><a>Home</a><a>News</a></nav><div class="cookie-banner">We use cookies</div>
    <article><h1>UN experts urge release</h1>
    <p>GENEVA (4 May 2021) - Experts called on Belarus to release detainees.</p>
    <ul><li>Release all detainees.</li><li>Stop torture.</li></ul></article>
    <footer>Copyright</footer></body></html>"""
    raw = read_file(_write(tmp_path, "story.html", page), "story", tmp_path)
    assert raw.document.title == "UN experts urge release"
    assert raw.document.published == "2021-05-04"
    assert "meta" in raw.document.published_source
    assert "Experts called on Belarus" in raw.text
    assert "- Release all detainees." in raw.text
    for boilerplate in ("Home", "cookies", "Copyright"):
        assert boilerplate not in raw.text


def test_discover_skips_metadata_and_hidden_files(tmp_path):
    for name in ("a.txt", "SOURCES.md", ".hidden.txt", "b.html"):
        _write(tmp_path, name, b"x")
    assert [p.name for p in discover(tmp_path)] == ["a.txt", "b.html"]


def test_doc_ids_are_unique_and_file_name_safe(tmp_path):
    paths = [tmp_path / "report.html", tmp_path / "report.txt", tmp_path / "--odd name é.txt"]
    ids = make_doc_ids(sorted(paths), tmp_path)
    assert len(set(ids.values())) == 3
    assert all(not i.startswith("-") and " " not in i for i in ids.values())


def test_front_matter_becomes_metadata_and_markdown_is_stripped(tmp_path):
    """A .txt file with YAML front matter and Markdown: detected from the content, not the extension."""
    from pipeline.ingest.readers import read_file

    path = tmp_path / "note.txt"
    path.write_text(
        "---\ntitle: Statement on detained lawyers\ndate: 2022-05-02\nauthor: Anna Field\n"
        "source_url: https://example.org/statement\n---\n\n# Statement\n\nWe call on [the authorities](https://example.org/a)"
        " to **release** them.\n",
        encoding="utf-8",
    )
    raw = read_file(path, "note", tmp_path)
    doc = raw.document
    assert (doc.title, doc.published) == ("Statement on detained lawyers", "2022-05-02")
    assert doc.published_source == "front matter"
    assert (doc.author, doc.source_url) == ("Anna Field", "https://example.org/statement")
    assert raw.text.strip() == "Statement\n\nPublished: 2022-05-02\n\nWe call on the authorities to release them."


def test_a_md_file_is_markdown_by_its_name(tmp_path):
    """No link or heading shows it, but a .md file is rendered as Markdown: escapes and tags go."""
    from pipeline.ingest.readers import read_file

    path = tmp_path / "letter.md"
    path.write_text("The two\\-state solution, 2017\\.\n\n<em>Attachment: information pack</em>\n", encoding="utf-8")
    assert read_file(path, "letter", tmp_path).text == "The two-state solution, 2017.\n\nAttachment: information pack\n"
    plain = tmp_path / "letter.txt"
    plain.write_text("The two\\-state solution, 2017\\.\n", encoding="utf-8")
    assert read_file(plain, "letter", tmp_path).text == "The two\\-state solution, 2017\\.\n"


def test_a_front_matter_title_stands_above_a_body_without_a_heading(tmp_path):
    from pipeline.ingest.readers import read_file

    path = tmp_path / "statement.md"
    path.write_text(
        "---\ntitle: 'Statement by the Envoy Jane Roe on the Arrests in Freedonia'\ndate: '2021-11-15'\n---\n\n"
        "Today the authorities detained twelve students. We urge them to release the students.\n",
        encoding="utf-8",
    )
    raw = read_file(path, "statement", tmp_path)
    assert raw.text.strip() == (
        "Statement by the Envoy Jane Roe on the Arrests in Freedonia\n\nPublished: 2021-11-15\n\n"
        "Today the authorities detained twelve students. We urge them to release the students."
    )


def test_the_front_matters_date_stands_under_the_headline(tmp_path):
    """The front matter is no part of the text; its date is shown where a rendered post prints it,
    under the headline the body opens with (here with its date appended)."""
    from pipeline.ingest.readers import read_file

    path = tmp_path / "release.md"
    path.write_text(
        "---\ntitle: 'UN refugee chief calls on Freedonia to end offshore detention'\n"
        "date: 2017-07-24T10:15:00+00:00\n---\n\n"
        "UN refugee chief calls on Freedonia to end offshore detention 24 July 2017\n\n"
        "Families have been separated for four years.\n",
        encoding="utf-8",
    )
    raw = read_file(path, "release", tmp_path)
    assert raw.text.strip().split("\n\n")[:2] == [
        "UN refugee chief calls on Freedonia to end offshore detention 24 July 2017",
        "Published: 2017-07-24",
    ]


def test_a_text_without_front_matter_gets_no_date_line(tmp_path):
    from pipeline.ingest.readers import read_file

    path = tmp_path / "plain.txt"
    path.write_text("Statement on the arrests\n\nWe call on the authorities to release them.\n", encoding="utf-8")
    assert "Published:" not in read_file(path, "plain", tmp_path).text


def test_a_title_of_a_few_words_is_a_site_name_and_stays_out_of_the_text():
    from pipeline.ingest.readers import headline_first

    assert headline_first("Global Voices", "Students were detained today.") == "Students were detained today."
