"""Execute the analysis notebooks against a processed folder and render them as one HTML report.

    python -m pipeline.analysis.report execute --processed DIR --out reports/executed notebooks/01-*.ipynb ...
    python -m pipeline.analysis.report render --out reports/report.html reports/executed/*.ipynb

`make notebooks` and `make report` call these. The notebooks in notebooks/ stay without outputs;
executed copies go to the output folder. The report is one file that opens offline: figures are
embedded as images, styles are inline, and no script is loaded from the web.

Needs the `dev` extra (nbclient, nbconvert, ipykernel, matplotlib); the pipeline itself does not.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import nbformat

from pipeline import config
from pipeline.store.load import PROCESSED_ENV_VAR

log = logging.getLogger(__name__)

KERNEL_NAME = "python3"  # the ipykernel spec installed in the venv with ipykernel itself
# Seconds one cell may run. Our cells take well under a second on the bundled corpus; a large
# corpus makes the co-occurrence counts slower, hence the margin.
CELL_TIMEOUT = 600

# nbconvert's "lab" template, minus the scripts it loads from CDNs (require.js, MathJax, Mermaid):
# the notebooks use none of them, and a report must open without a network.
_OFFLINE_TEMPLATE = """{%- extends 'lab/index.html.j2' -%}
{%- block html_head_js -%}{%- endblock html_head_js -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{% block data_png scoped %}
<div class="jp-RenderedImage jp-OutputArea-output {{ extra_class }}">
<img src="data:image/png;base64,{{ output.data['image/png'] | escape_html }}"
     alt="{{ output.metadata.get('alt', 'figure') | escape_html }}">
</div>
{% endblock data_png %}
"""


_ANSI_COLOUR = re.compile(r"\x1b\[[0-9;]*m")  # IPython colours its tracebacks; plain text in our messages


class NotebookFailed(RuntimeError):
    """A notebook raised an error; the message names the notebook and the failing cell."""


def execute_notebook(source: Path, target: Path, processed: Path, timeout: int = CELL_TIMEOUT) -> Path:
    """Run every cell of `source` against the tables in `processed`; save the result as `target`.

    The kernel runs in the notebook's own folder with $PIPELINE_PROCESSED set, so the
    notebook's `load_tables()` reads `processed`. Raises `NotebookFailed` on the first error; the
    partly executed notebook is then saved next to `target` as `<name>.failed.ipynb` (to see
    what went wrong) and `target` does not exist.
    """
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    source, target = Path(source), Path(target)
    notebook = nbformat.read(source, as_version=4)
    client = NotebookClient(
        notebook,
        timeout=timeout,
        kernel_name=KERNEL_NAME,
        resources={"metadata": {"path": str(source.resolve().parent)}},
    )
    env = {**os.environ, PROCESSED_ENV_VAR: str(Path(processed).resolve())}
    # The kernel imports `pipeline` from this project even when it is not installed.
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(config.PROJECT_ROOT), env.get("PYTHONPATH", "")) if p)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.unlink(missing_ok=True)  # never leave an old result that make would take as up to date
    try:
        client.execute(env=env)
    except CellExecutionError as error:
        failed = target.with_suffix(".failed.ipynb")
        nbformat.write(notebook, failed)
        raise NotebookFailed(
            f"{source.name} (outputs so far in {failed}): {_ANSI_COLOUR.sub('', str(error))}"
        ) from error
    nbformat.write(notebook, target)
    return target


def render_report(
    executed: Sequence[Path], target: Path, title: str = "Human-rights documents: the tables in pictures"
) -> Path:
    """Join executed notebooks into one self-contained HTML page (code hidden, outputs kept)."""
    from jinja2 import DictLoader
    from nbconvert import HTMLExporter

    if not executed:
        raise ValueError("no executed notebooks to render: run `make notebooks` first")
    notebooks = [nbformat.read(Path(path), as_version=4) for path in executed]
    headings = [_heading(nb) or Path(path).stem for nb, path in zip(notebooks, executed, strict=True)]
    # nbconvert gives each heading the id "its-words-joined-by-hyphens"; link to the notebooks' titles.
    contents = "\n".join(f"- [{heading}](#{heading.replace(' ', '-')})" for heading in headings)
    intro = nbformat.v4.new_markdown_cell(
        f"# {title}\n\nThe analysis notebooks of the project, executed on the tables the pipeline wrote. "
        f"The code is hidden; every figure and table comes from the CSV files. "
        f"Rendered on {datetime.now(UTC):%Y-%m-%d}.\n\n{contents}"
    )
    report = nbformat.v4.new_notebook(cells=[intro], metadata=notebooks[0].metadata)
    report.metadata["title"] = title
    for notebook in notebooks:
        report.cells.extend(notebook.cells)
    heading = title
    for number, cell in enumerate(report.cells):
        cell["id"] = f"cell-{number}"  # ids must be unique in the joined notebook
        if cell.cell_type == "markdown":
            heading = _heading_of(cell.source) or heading
        for output in cell.get("outputs", []):
            if "image/png" in output.get("data", {}):
                output.setdefault("metadata", {})["alt"] = f"Figure: {heading}"  # for screen readers
    exporter = HTMLExporter(
        extra_loaders=[DictLoader({"offline.html.j2": _OFFLINE_TEMPLATE})],
        template_file="offline.html.j2",
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    body, _ = exporter.from_notebook_node(report)
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(body, encoding="utf-8")
    return target


def _heading(notebook: nbformat.NotebookNode) -> str:
    """The first Markdown heading of a notebook (its title)."""
    return next((h for c in notebook.cells if c.cell_type == "markdown" and (h := _heading_of(c.source))), "")


def _heading_of(markdown: str) -> str:
    """The first heading line of a Markdown text, without its #s; "" when there is none."""
    return next((line.lstrip("#").strip() for line in markdown.splitlines() if line.startswith("#")), "")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline.analysis.report", description=__doc__.split("\n\n")[0], allow_abbrev=False
    )
    commands = parser.add_subparsers(dest="command", required=True)
    execute = commands.add_parser("execute", allow_abbrev=False, help="run notebooks against a processed folder")
    execute.add_argument("--processed", type=Path, default=config.PROCESSED_DIR, help="tables to analyse")
    execute.add_argument("--out", type=Path, required=True, help="folder for the executed copies")
    execute.add_argument("notebooks", type=Path, nargs="+")
    render = commands.add_parser("render", allow_abbrev=False, help="join executed notebooks into one HTML file")
    render.add_argument("--out", type=Path, required=True, help="the HTML file to write")
    render.add_argument("notebooks", type=Path, nargs="+")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    try:
        if args.command == "execute":
            if not (args.processed / "documents.csv").is_file():
                parser.exit(2, f"error: {args.processed} has no tables: run `make all` first\n")
            for notebook in args.notebooks:
                target = execute_notebook(notebook, args.out / notebook.name, args.processed)
                log.info("executed %s -> %s", notebook, target)
        else:
            log.info("report -> %s", render_report(args.notebooks, args.out))
    except (NotebookFailed, FileNotFoundError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
