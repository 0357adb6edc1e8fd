"""PDF reports: text extracted with pypdf, page numbers traceable from cleaned-text offsets.

The PDFs are generated here with fpdf2, laid out like a UN report: a running header with the
document symbol, body paragraphs, and a page number at the foot of each page.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from pipeline.ingest.pdf import clean_pages, drop_footnote_marks, drop_running_lines, page_spans
from pipeline.ingest.readers import read_file
from pipeline.run.stages import prepare_document, read_stage
from pipeline.store.load import load_table, load_text

# One entry per page; written for these tests (not taken from the corpus).
PAGES = [
    "Report of the Special Rapporteur on the situation of human rights in Freedonia\n"
    "The Special Rapporteur calls on the authorities to release all persons detained for peaceful protest.",
    "On 12 March 2023 the Committee against Torture examined the periodic report of Freedonia.",
    "",  # a blank page (e.g. 'This page intentionally left blank' stripped) still counts
    "The Working Group urges the Government to repeal the law on foreign agents.",
]
SYMBOL = "A/HRC/99/17"


def _report_pdf(path: Path, pages: list[str] = PAGES, title: str = "Situation of human rights in Freedonia") -> Path:
    pdf = FPDF()
    pdf.set_title(title)
    pdf.set_auto_page_break(False)
    for number, body in enumerate(pages, start=1):
        pdf.add_page()
        pdf.set_font("Helvetica", size=9)
        pdf.cell(0, 8, SYMBOL, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=11)
        for paragraph in body.split("\n"):
            if paragraph:
                pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(-20)
        pdf.set_font("Helvetica", size=9)
        pdf.cell(0, 8, str(number), align="C")
    pdf.output(str(path))
    return path


@pytest.fixture
def report(tmp_path) -> Path:
    return _report_pdf(tmp_path / "report.pdf")


def test_pdf_text_is_read_with_title_and_without_running_header(report):
    raw = read_file(report, "report", report.parent)
    assert raw.document.status == "ok", raw.document.error
    assert raw.document.title == "Situation of human rights in Freedonia"
    assert "release all persons detained for peaceful protest" in " ".join(raw.text.split())
    assert SYMBOL not in raw.text  # running header printed on every page
    assert raw.text.count("\f") == len(PAGES) - 1


@pytest.mark.parametrize(
    ("phrase", "page"),
    [
        ("Report of the Special Rapporteur", 1),
        ("release all persons detained", 1),
        ("12 March 2023", 2),
        ("repeal the law on foreign agents", 4),
    ],
)
def test_offsets_in_cleaned_pdf_text_trace_to_their_page(report, phrase, page):
    document, text = prepare_document(report, "report", report.parent)
    assert document.status == "ok", document.error
    spans = page_spans("report", text)
    assert [s.page for s in spans] == [1, 2, 3, 4]
    start = text.index(phrase)
    (found,) = [s for s in spans if s.start_char <= start < s.end_char]
    assert found.page == page
    assert phrase in text[found.start_char : found.end_char]


def test_page_numbers_are_not_part_of_the_text(report):
    _document, text = prepare_document(report, "report", report.parent)
    lines = {line.strip() for line in text.split("\n")}
    assert not lines & {"1", "2", "3", "4"}


def test_read_stage_writes_pages_table(report, tmp_path):
    processed = tmp_path / "processed"
    read_stage(report.parent, processed)
    pages = load_table("pages", processed)
    assert list(pages.columns) == ["doc_id", "page", "start_char", "end_char"]
    assert pages["page"].tolist() == [1, 2, 3, 4]
    text = load_text("report", processed)
    last = pages.iloc[-1]
    assert text[last.start_char : last.end_char].startswith("The Working Group urges")
    assert pages.iloc[2].start_char == pages.iloc[2].end_char  # the blank page is empty, not lost


def test_word_processor_file_name_is_not_taken_as_title(tmp_path):
    path = _report_pdf(tmp_path / "g2312345.pdf", PAGES[:1], title="Microsoft Word - G2312345.docx")
    document, text = prepare_document(path, "g2312345", tmp_path)
    assert "Microsoft Word" not in document.title
    assert document.title == text.split("\n")[0]  # the first line of the text is the fallback title


def test_pdf_with_only_images_is_an_error_with_a_reason(tmp_path):
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 50, 50, style="F")  # a drawing, no text: what a scan looks like to a text extractor
    pdf.output(str(tmp_path / "scan.pdf"))
    raw = read_file(tmp_path / "scan.pdf", "scan", tmp_path)
    assert raw.document.status == "error"
    assert "no extractable text" in raw.document.error


def test_footnote_numbers_set_as_superscripts_are_not_glued_to_the_words(tmp_path):
    """UN reports mark footnotes with superscript numbers, which text extraction glues to the word
    before ("the killing.24 OHCHR", "legislation26"): names and sentences must come out whole."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    parts = [
        ("The Committee recommended a prompt investigation of the killing.", "24"),
        (" OHCHR also condemned the murder.", "25"),
        (" The Subcommittee regretted gaps in the national legislation", "26"),
        (" and in report A/HRC/43/15/Add.1 on Covid19 in the Roma minority.", None),
    ]
    for text, mark in parts:
        pdf.write(6, text)
        if mark:
            pdf.char_vpos = "SUP"
            pdf.write(6, mark)
            pdf.char_vpos = "LINE"
    pdf.output(str(tmp_path / "report.pdf"))
    _, text = prepare_document(tmp_path / "report.pdf", "report", tmp_path)
    assert "the killing. OHCHR also condemned the murder." in text
    assert "national legislation and in report A/HRC/43/15/Add.1 on Covid19" in text  # symbols stay


def test_footnote_numbers_set_apart_between_two_sentences_are_dropped():
    # extraction may set the mark apart: then the next sentence's subject would read "28 CRC"
    pages = [
        "Slovenia should adopt the law. 27 CRC urged it to act. 28 CAT regretted delays.",
        "It agreed. 29 CERD too.",
    ]
    assert drop_footnote_marks(pages) == [
        "Slovenia should adopt the law. CRC urged it to act. CAT regretted delays.",
        "It agreed. CERD too.",
    ]
    alone = ["The vote was held in May. 12 States voted against the resolution."]
    assert drop_footnote_marks(alone) == alone
    after_acronyms = [
        "It urged Slovenia to ratify ICRMW. 9 In 2011, it urged ratifying OP-ICESCR. 10 In 2013, CRC. 11 It"
    ]
    assert drop_footnote_marks(after_acronyms) == [
        "It urged Slovenia to ratify ICRMW. In 2011, it urged ratifying OP-ICESCR. In 2013, CRC. It"
    ]
    # the numbers of general comments and articles rise too, but follow an abbreviation
    numbered = [
        "See general comment No. 13 The right to education, No. 14 The right to health, No. 15 The right to water"
    ]
    assert drop_footnote_marks(numbered) == numbered


def test_numbers_glued_to_words_that_do_not_rise_like_footnotes_stay():
    pages = ["Version mp3 of the interview with activist2 is online.", "See Annex.4 on page 12."]
    assert drop_footnote_marks(pages) == pages


@pytest.mark.parametrize(
    ("pages", "expected"),
    [
        # header and page number on every page: dropped
        (
            ["GE.23-1\nAlpha text.\n1", "GE.23-1\nBeta text.\n2", "GE.23-1\nGamma.\n3"],
            ["Alpha text.", "Beta text.", "Gamma."],
        ),
        # "Page n of m" footers differ only in digits: dropped
        (["One.\nPage 1 of 3", "Two.\nPage 2 of 3", "Three.\nPage 3 of 3"], ["One.", "Two.", "Three."]),
        # a two-page letter keeps its letterhead (too few pages to call it running)
        (
            ["Permanent Mission\nDear Sir,", "Permanent Mission\nYours"],
            ["Permanent Mission\nDear Sir,", "Permanent Mission\nYours"],
        ),
        # a year alone on a line is not a page number
        (["2020\nElections were held."], ["2020\nElections were held."]),
    ],
)
def test_running_headers_and_page_numbers_are_dropped(pages, expected):
    assert drop_running_lines(pages) == expected


def test_clean_pages_keeps_one_entry_per_page():
    text = clean_pages("First  page.\fSecond\tpage.\f", lambda s: " ".join(s.split()))
    assert [text[s.start_char : s.end_char] for s in page_spans("d", text)] == ["First page.", "Second page.", ""]


def test_pdf_locked_against_editing_with_an_empty_password_is_read(tmp_path):
    from fpdf.enums import EncryptionMethod

    pdf = FPDF()
    pdf.set_encryption(owner_password="owner-secret", user_password="", encryption_method=EncryptionMethod.RC4)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "The Committee recommends that the State party ratify the Optional Protocol.")
    pdf.output(str(tmp_path / "locked.pdf"))
    raw = read_file(tmp_path / "locked.pdf", "locked", tmp_path)
    assert raw.document.status == "ok", raw.document.error
    assert "ratify the Optional Protocol" in raw.text


def test_extracted_rows_of_a_pdf_trace_to_pages(report, nlp):
    from pipeline.extract.registry import extract_document

    document, text = prepare_document(report, "report", report.parent)
    spans = page_spans("report", text)
    found = extract_document(nlp(text), "report", document.published)
    rows = [*found.entities, *found.dates, *found.demands]
    assert found.dates and found.demands
    for row in rows:
        assert "\f" not in text[row.start_char : row.end_char]  # no mention runs across a page break
        (page,) = [s.page for s in spans if s.start_char <= row.start_char < s.end_char]
        assert page in (1, 2, 4)  # page 3 is blank
    (march,) = [d for d in found.dates if d.value == "2023-03-12"]
    assert [s.page for s in spans if s.start_char <= march.start_char < s.end_char] == [2]
