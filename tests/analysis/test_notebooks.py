"""The analysis notebooks: committed without outputs, run top to bottom on a fresh pipeline run
(and on nearly empty tables), and render into one HTML report that opens offline."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

from pipeline import config
from pipeline.analysis.report import NotebookFailed, execute_notebook, render_report
from pipeline.records import Document, EntityMention
from pipeline.store.load import TABLES
from pipeline.store.tables import DOCUMENTS
from pipeline.store.writers import write_table

DATES = TABLES["dates"]
DEMANDS = TABLES["demands"]
ENTITIES = TABLES["entities"]

NOTEBOOK_DIR = config.PROJECT_ROOT / "notebooks"
NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("[0-9]*.ipynb"))
IDS = [path.stem for path in NOTEBOOKS]


def _execute_all(processed: Path, out: Path) -> dict[str, Path | str]:
    """Each notebook's executed copy, or the error it stopped on (so one failure fails one test)."""
    results: dict[str, Path | str] = {}
    for notebook in NOTEBOOKS:
        try:
            results[notebook.name] = execute_notebook(notebook, out / notebook.name, processed)
        except NotebookFailed as error:
            results[notebook.name] = str(error)
    return results


@pytest.fixture(scope="module")
def executed(corpus_run, tmp_path_factory) -> dict[str, Path | str]:
    return _execute_all(corpus_run, tmp_path_factory.mktemp("executed"))


@pytest.fixture(scope="module")
def executed_on_sparse_tables(tmp_path_factory) -> dict[str, Path | str]:
    """Tables with one short document (no dates, no demands) and one unreadable file."""
    processed = tmp_path_factory.mktemp("sparse")
    text = "Amnesty International met Grace Okafor."
    (processed / config.TEXT_SUBDIR).mkdir()
    (processed / config.TEXT_SUBDIR / "note.txt").write_text(text, encoding="utf-8")
    documents = [
        Document("note", "note.txt", "txt", "A note", language="en", n_chars=len(text)),
        Document("scan", "scan.pdf", "pdf", status="error", error="PDF has no text layer"),
    ]
    entities = [
        EntityMention("note", 0, 21, "ORG", "Amnesty International", "Amnesty International", sent_id=0),
        EntityMention("note", 26, 38, "PERSON", "Grace Okafor", "Grace Okafor", sent_id=0),
    ]
    for records, spec in [(documents, DOCUMENTS), (entities, ENTITIES), ([], DATES), ([], DEMANDS)]:
        write_table(records, spec, processed)
    return _execute_all(processed, tmp_path_factory.mktemp("executed-sparse"))


def test_the_four_analysis_notebooks_are_there():
    assert IDS == ["01-corpus-overview", "02-actors", "03-timeline", "04-demands"]


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=IDS)
def test_notebook_is_committed_without_outputs(notebook):
    cells = nbformat.read(notebook, as_version=4).cells
    code = [cell for cell in cells if cell.cell_type == "code"]
    assert code and all(not cell.outputs and cell.execution_count is None for cell in code)


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=IDS)
def test_notebook_opens_with_its_question_and_closes_with_what_the_tables_show(notebook):
    cells = nbformat.read(notebook, as_version=4).cells
    assert cells[0].cell_type == "markdown" and "**Question:**" in cells[0].source
    # issue 20: the closing text is computed from the tables, never written once for one corpus
    assert cells[-2].cell_type == "markdown" and cells[-2].source.startswith("## What these tables show")
    assert cells[-1].cell_type == "code" and "narrative." in cells[-1].source
    assert not any("bundled corpus" in c.source for c in cells if c.cell_type == "markdown")


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=IDS)
def test_notebook_reads_the_tables_only_through_the_package_loader(notebook):
    code = "\n".join(c.source for c in nbformat.read(notebook, as_version=4).cells if c.cell_type == "code")
    assert "load_tables()" in code
    assert not re.search(r"read_csv|open\(|[\"']processed", code)


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=IDS)
def test_notebook_runs_top_to_bottom_on_a_fresh_run(executed, notebook):
    result = executed[notebook.name]
    assert isinstance(result, Path), result
    outputs = [o for c in nbformat.read(result, as_version=4).cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert any("image/png" in o.get("data", {}) for o in outputs), "no figure was drawn"


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=IDS)
def test_notebook_runs_on_tables_without_dates_or_demands(executed_on_sparse_tables, notebook):
    result = executed_on_sparse_tables[notebook.name]
    assert isinstance(result, Path), result


def test_a_failing_notebook_is_reported_by_name(corpus_run, tmp_path):
    broken = tmp_path / "99-broken.ipynb"
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 / 0")]), broken)
    with pytest.raises(NotebookFailed, match=r"(?s)99-broken\.ipynb.*ZeroDivisionError"):
        execute_notebook(broken, tmp_path / "out" / broken.name, corpus_run)
    assert (tmp_path / "out" / "99-broken.failed.ipynb").is_file()  # kept, to see where it stopped
    assert not (tmp_path / "out" / broken.name).exists()  # so `make` does not take it as done


def test_report_is_one_html_file_that_opens_offline(executed, tmp_path):
    paths = [executed[notebook.name] for notebook in NOTEBOOKS]
    assert all(isinstance(path, Path) for path in paths), paths
    html = render_report(paths, tmp_path / "report.html").read_text(encoding="utf-8")
    for notebook in NOTEBOOKS:
        title = nbformat.read(notebook, as_version=4).cells[0].source.splitlines()[0].lstrip("# ")
        assert f'id="{title.replace(" ", "-")}"' in html  # every notebook, linked from the contents
        assert f'href="#{title.replace(" ", "-")}"' in html
    assert html.count("data:image/png;base64,") >= len(NOTEBOOKS)
    assert not re.search(r"<script[^>]+src=|<link[^>]+href=\"http", html)  # nothing fetched from the web
    assert "load_tables()" not in html  # the code is hidden; the colleague sees text, tables, figures


# --- Issue 20: a report on the analyst's own documents tells the truth about them ----------------

MY_DOCUMENTS = {
    "harbour-statement.txt": (
        "Harbour workers demand safety inspections\n\n"
        "Lisbon, 12 June 2023. The Dockworkers Union called on the Port Authority to publish its "
        "inspection reports. Maria Costa, the union's spokesperson, urged the government to protect "
        "workers who report accidents.\n"
    ),
    "river-report.md": (
        "# River clean-up report\n\n"
        "Greenpeace urged the Ministry of Environment to stop the dumping of waste in the Tagus. "
        "The report covers 2019 to 2022. In September the volunteers met again in Porto.\n"
    ),
    "school note.txt": "Teachers in Coimbra met on 2 February 2024 to discuss the new timetable.\n",
}


@pytest.fixture(scope="module")
def my_report(tmp_path_factory):
    """The report built on a folder of three short documents written for this test."""
    from tests.conftest import run_cli

    base = tmp_path_factory.mktemp("mine")
    raw = base / "mydocs"
    raw.mkdir()
    for name, text in MY_DOCUMENTS.items():
        (raw / name).write_text(text, encoding="utf-8")
    processed = base / "t3"
    result = run_cli("run", "--raw", str(raw), "--processed", str(processed))
    assert result.returncode == 0, result.stderr
    executed = _execute_all(processed, base / "executed")
    assert all(isinstance(p, Path) for p in executed.values()), executed
    html = render_report([executed[n.name] for n in NOTEBOOKS], base / "report.html").read_text(encoding="utf-8")
    return processed, html


def _visible_text(html: str) -> str:
    """The words a reader sees: no tags, no style sheets (nbconvert's CSS has its own comments)."""
    html = re.sub(r"(?s)<(style|script)\b.*?</\1>", " ", html)
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_a_report_on_my_documents_says_nothing_about_the_bundled_corpus(my_report):
    _, html = my_report
    text = _visible_text(html)
    for phrase in ("bundled", "Five English", "Belarus", "Bachelet", "raw/"):
        assert phrase not in text, phrase
    assert "mydocs/" in text  # "Documents by source" names the real folder


def test_the_numbers_of_the_closing_text_are_those_of_the_tables(my_report):
    from pipeline.store.load import load_tables

    processed, html = my_report
    tables = load_tables(processed)
    text = _visible_text(html)
    assert f"{len(tables.documents)} files in mydocs/" in text
    n, k = len(tables.demands), tables.demands["doc_id"].nunique()
    where = "all 3 documents" if k == 3 else f"{k} of the 3 documents"
    assert f"{n} demand{'s' if n != 1 else ''} in {where}" in text
    assert f"{len(tables.entities)} entity mentions" in text
