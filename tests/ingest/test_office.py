"""Word processor files (.docx, .odt) and the other text suffixes (.markdown, .rst), issue 20.

The .docx files are written here with python-docx, the .odt files as the zip of XML the OpenDocument
standard describes; the sentences are written for these tests."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest

from pipeline.ingest.readers import read_file, supported_suffixes
from pipeline.run.stages import prepare_document

STATEMENT = "The Coalition for Clean Rivers called on the Ministry of Environment to:"
ITEMS = ["publish the water samples of 2023", "fine the companies that dump waste"]


def _docx(path: Path) -> Path:
    document = docx.Document()
    document.core_properties.title = "River statement"
    document.add_heading("Clean rivers now", level=1)
    document.add_paragraph(STATEMENT)
    for item in ITEMS:
        document.add_paragraph(item, style="List Bullet")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Lisbon"
    table.cell(0, 1).text = "3 May 2024"
    document.add_paragraph("Signed by twelve organisations.")
    document.save(path)
    return path


_ODT_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3">
 <office:body><office:text>
  <text:h text:outline-level="1">Clean rivers now</text:h>
  <text:p>The Coalition for Clean Rivers called on the <text:span>Ministry of Environment</text:span> to:</text:p>
  <text:list><text:list-item><text:p>publish the water samples of 2023</text:p></text:list-item>
   <text:list-item><text:p>fine the companies that dump waste</text:p></text:list-item></text:list>
  <table:table><table:table-row><table:table-cell><text:p>Lisbon</text:p></table:table-cell>
   <table:table-cell><text:p>3<text:s/>May 2024<text:note><text:note-body><text:p>a footnote</text:p>
   </text:note-body></text:note></text:p></table:table-cell></table:table-row></table:table>
  <text:p>Signed by twelve organisations.</text:p>
 </office:text></office:body>
</office:document-content>
"""
_ODT_META = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:dc="http://purl.org/dc/elements/1.1/"><office:meta><dc:title>River statement</dc:title></office:meta>
</office:document-meta>
"""


def _odt(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", _ODT_CONTENT)
        archive.writestr("meta.xml", _ODT_META)
    return path


@pytest.mark.parametrize("make", [_docx, _odt], ids=["docx", "odt"])
def test_word_processor_files_give_paragraphs_lists_and_cells_in_order(tmp_path, make):
    path = make(tmp_path / f"statement.{make.__name__.lstrip('_')}")
    raw = read_file(path, "statement", tmp_path)
    assert raw.document.status == "ok", raw.document.error
    assert raw.document.title == "River statement"
    assert raw.text.split("\n\n") == [
        "Clean rivers now",
        STATEMENT,
        *(f"- {item}" for item in ITEMS),
        "Lisbon",
        "3 May 2024",
        "Signed by twelve organisations.\n",
    ]


@pytest.mark.parametrize("make", [_docx, _odt], ids=["docx", "odt"])
def test_a_word_processor_file_goes_through_the_read_stage(tmp_path, make):
    path = make(tmp_path / f"statement.{make.__name__.lstrip('_')}")
    document, text = prepare_document(path, "statement", tmp_path)
    assert document.status == "ok" and document.format == path.suffix.lstrip(".")
    assert "- fine the companies that dump waste" in text


@pytest.mark.parametrize("suffix", [".docx", ".odt"])
def test_a_broken_word_processor_file_is_an_error_row_with_a_reason(tmp_path, suffix):
    path = tmp_path / f"broken{suffix}"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    raw = read_file(path, "broken", tmp_path)
    assert raw.document.status == "error" and "not a readable" in raw.document.error


@pytest.mark.parametrize("suffix", [".markdown", ".rst"])
def test_markdown_and_restructuredtext_are_read_as_text(tmp_path, suffix):
    path = tmp_path / f"note{suffix}"
    path.write_text("River report\n============\n\nVolunteers met in Porto.\n", encoding="utf-8")
    raw = read_file(path, "note", tmp_path)
    assert raw.document.status == "ok" and "Volunteers met in Porto." in raw.text
    assert suffix in supported_suffixes()


@pytest.mark.parametrize(("text", "title"), [("# River report\n\nText.\n", "River report"), ("#hashtag\n", "")])
def test_a_markdown_file_opening_with_a_heading_takes_it_as_title(tmp_path, text, title):
    path = tmp_path / "note.md"
    path.write_text(text, encoding="utf-8")
    assert read_file(path, "note", tmp_path).document.title == title
