"""The scrape stage against a real HTTP server on 127.0.0.1 (no other network).

The server plays every case a real site can throw at us; every URL must end in raw/manifest.csv
with the right status. Delays, timeouts and size limits are shrunk through `Settings`.
"""

from __future__ import annotations

import contextlib
import itertools
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pandas as pd
import pytest

from pipeline.ingest.scrape import (
    MANIFEST_NAME,
    Settings,
    Source,
    SourcesError,
    load_manifest,
    read_sources,
    scrape,
    url_doc_id,
)

PAGE = b"""<html lang="en"><head><title>Experts urge release</title></head><body>
<nav>Home News</nav><article><p>GENEVA (1 June 2023) - Experts called for the release of all detainees.</p>
</article></body></html>"""
PDF = b"%PDF-1.4\n% a tiny stand-in: the scraper saves bytes, it does not parse them\n%%EOF\n"
MAX_BYTES = 5_000
FIXTURES = Path(__file__).parents[1] / "data" / "html"
FAST = Settings(timeout=0.3, retries=2, backoff=0.01, max_retry_after=5, host_delay=0, max_bytes=MAX_BYTES)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"  # a body without Content-Length then simply runs until the socket closes

    def log_message(self, *args):  # keep pytest output clean
        pass

    def _send(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None, length: bool = True):
        self.send_response(status)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up (timeout, size)
            self.wfile.write(body)

    def do_GET(self):
        server = self.server
        server.log.append((self.path, dict(self.headers), time.monotonic()))
        server.hits[self.path] = hits = server.hits.get(self.path, 0) + 1
        html = {"Content-Type": "text/html; charset=utf-8"}
        if server.down and self.path != "/robots.txt":
            self._send(503, b"maintenance")
        elif self.path == "/robots.txt":
            self._send(200, b"User-agent: *\nDisallow: /private/\n", {"Content-Type": "text/plain"})
        elif self.path == "/ok.html":
            etag, modified = f'"v{server.version}"', "Wed, 31 May 2023 10:00:00 GMT"
            if self.headers.get("If-None-Match") == etag:
                self._send(304, headers={"ETag": etag})
            else:
                self._send(
                    200,
                    PAGE.replace(b"1 June", f"{server.version} June".encode()),
                    {**html, "ETag": etag, "Last-Modified": modified},
                )
        elif self.path == "/no-validators.html":
            self._send(200, PAGE, html)
        elif self.path == "/moved":
            self._send(301, headers={"Location": "/ok.html"})
        elif self.path == "/to-ftp":
            self._send(302, headers={"Location": "ftp://127.0.0.1/file.txt"})
        elif self.path == "/flaky.html":
            self._send(500, b"oops") if hits == 1 else self._send(200, PAGE, html)
        elif self.path == "/always-500.html":
            self._send(503, b"down")
        elif self.path == "/busy.html":
            self._send(429, b"slow down", {"Retry-After": "1"}) if hits == 1 else self._send(200, PAGE, html)
        elif self.path == "/busy-for-an-hour.html":
            self._send(429, b"slow down", {"Retry-After": "3600"})
        elif self.path == "/slow.html":
            time.sleep(1.0)
            self._send(200, PAGE, html)
        elif self.path == "/report.pdf":
            self._send(200, PDF, {"Content-Type": "application/pdf"})
        elif self.path == "/download":
            self._send(200, PDF, {"Content-Type": "application/octet-stream"})
        elif self.path == "/photo.png":
            self._send(200, b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, {"Content-Type": "image/png"})
        elif self.path == "/huge.html":
            self._send(200, b"<p>" + b"x" * MAX_BYTES + b"</p>", html)
        elif self.path == "/huge-streamed.html":
            self._send(200, b"<p>" + b"x" * MAX_BYTES + b"</p>", html, length=False)
        elif self.path.startswith("/pages/"):  # the HTML fixtures of test_html.py, as a site would serve them
            self._send(200, (FIXTURES / self.path.removeprefix("/pages/")).read_bytes(), html)
        elif self.path == "/private/secret.html":
            self._send(200, PAGE, html)
        else:
            self._send(404, b"not found", html)


@contextlib.contextmanager
def _serving():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.log, httpd.hits, httpd.version, httpd.down = [], {}, 1, False
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    httpd.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    try:
        yield httpd
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def server():
    with _serving() as httpd:
        yield httpd


def _closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# (path on the test server, manifest status, http_status, words expected in the error)
CASES = [
    ("/ok.html", "fetched", "200", ""),
    ("/moved", "fetched", "200", ""),
    ("/missing.html", "error", "404", "404"),
    ("/flaky.html", "fetched", "200", ""),
    ("/always-500.html", "error", "503", "503"),
    ("/busy.html", "fetched", "200", ""),
    ("/busy-for-an-hour.html", "error", "429", "retry-after"),
    ("/slow.html", "error", "", "timed out"),
    ("/private/secret.html", "skipped", "", "robots.txt"),
    ("/report.pdf", "fetched", "200", ""),
    ("/download", "fetched", "200", ""),
    ("/photo.png", "skipped", "200", "content type"),
    ("/huge.html", "skipped", "200", "too large"),
    ("/huge-streamed.html", "skipped", "200", "too large"),
    ("/to-ftp", "skipped", "302", "scheme"),
]


@pytest.fixture(scope="module")
def first_run(tmp_path_factory):
    """One scrape of every case (its own server, so other tests cannot disturb its request log)."""
    with _serving() as server:
        raw = tmp_path_factory.mktemp("scrape") / "raw"
        sources = [Source(server.base + path) for path, *_ in CASES]
        sources += [Source("ftp://127.0.0.1/file.txt"), Source(f"http://127.0.0.1:{_closed_port()}/gone.html")]
        sources += [Source(server.base + "/новости/заявление.html"), Source("http://127.0.0.1:99999/bad-port")]
        rows = scrape(sources, raw, FAST)
        yield server, raw, rows


def test_every_url_ends_in_the_manifest_with_the_right_status(first_run):
    server, raw, rows = first_run
    manifest = pd.read_csv(raw / MANIFEST_NAME, dtype=str, keep_default_na=False).set_index("url")
    assert len(manifest) == len(CASES) + 4 == len(rows)
    for path, status, http_status, error in CASES:
        row = manifest.loc[server.base + path]
        assert (row["status"], row["http_status"]) == (status, http_status), path
        assert error in row["error"].lower(), path
        assert row["checked_at"].endswith("Z")
    assert manifest.loc["ftp://127.0.0.1/file.txt", "status"] == "skipped"
    refused = manifest[manifest.index.str.endswith("/gone.html")].iloc[0]
    assert refused["status"] == "error"
    assert "connection failed" in refused["error"]
    cyrillic = manifest.loc[server.base + "/новости/заявление.html"]
    assert (cyrillic["status"], cyrillic["http_status"]) == ("error", "404")  # sent percent-encoded, answered
    assert manifest.loc["http://127.0.0.1:99999/bad-port", "status"] == "error"


def test_fetched_files_are_saved_with_provenance(first_run):
    server, raw, _rows = first_run
    manifest = load_manifest(raw)
    for path, status, *_ in CASES:
        row = manifest[server.base + path]
        if status != "fetched":
            assert row.file == "" and row.sha256 == ""
            continue
        saved = raw / row.file
        assert saved.exists() and saved.stem == row.doc_id
        import hashlib

        assert hashlib.sha256(saved.read_bytes()).hexdigest() == row.sha256
        assert row.n_bytes == saved.stat().st_size
        assert row.fetched_at.endswith("Z")
    assert manifest[server.base + "/report.pdf"].file.endswith(".pdf")
    assert manifest[server.base + "/download"].file.endswith(".pdf")  # sniffed from %PDF- magic bytes
    assert manifest[server.base + "/ok.html"].etag == '"v1"'
    assert manifest[server.base + "/ok.html"].last_modified.startswith("Wed, 31 May 2023")
    moved = manifest[server.base + "/moved"]
    assert moved.final_url == server.base + "/ok.html"
    # nothing but the fetched files and the manifest is written to raw/
    fetched = {manifest[server.base + p].file for p, s, *_ in CASES if s == "fetched"}
    assert {p.name for p in raw.iterdir()} == fetched | {MANIFEST_NAME}


def test_retries_follow_backoff_and_retry_after(first_run):
    server, _raw, rows = first_run
    by_url = {row.url: row for row in rows}
    assert by_url[server.base + "/flaky.html"].attempts == 2
    busy = [t for path, _h, t in server.log if path == "/busy.html"]
    assert len(busy) == 2 and busy[1] - busy[0] >= 0.95  # waited the Retry-After of 1 s
    assert server.hits["/busy-for-an-hour.html"] == 1  # gave up at once rather than wait an hour
    assert server.hits["/always-500.html"] == 1 + FAST.retries
    assert by_url[server.base + "/slow.html"].attempts == 1 + FAST.retries


def test_robots_txt_is_honoured_and_fetched_once(first_run):
    server, *_ = first_run
    assert "/private/secret.html" not in server.hits
    assert server.hits["/robots.txt"] == 1


def test_requests_carry_a_clear_user_agent(first_run):
    server, *_ = first_run
    agents = {headers.get("User-Agent", "") for _p, headers, _t in server.log}
    assert len(agents) == 1 and agents.pop().startswith("hr-pipeline/")


def test_second_run_is_conditional_and_leaves_unchanged_files_untouched(server, tmp_path):
    raw = tmp_path / "raw"
    sources = [Source(server.base + "/ok.html"), Source(server.base + "/no-validators.html")]
    scrape(sources, raw, FAST)
    first = load_manifest(raw)
    stamps = {p.name: p.stat().st_mtime_ns for p in raw.iterdir() if p.name != MANIFEST_NAME}

    second = {row.url: row for row in scrape(sources, raw, FAST)}
    ok = second[server.base + "/ok.html"]
    assert (ok.status, ok.http_status) == ("unchanged", "304")
    last_ok_request = [h for p, h, _t in server.log if p == "/ok.html"][-1]
    assert last_ok_request["If-None-Match"] == '"v1"'
    assert last_ok_request["If-Modified-Since"] == "Wed, 31 May 2023 10:00:00 GMT"
    plain = second[server.base + "/no-validators.html"]
    assert (plain.status, plain.http_status) == ("unchanged", "200")  # same bytes: same sha256
    assert {p.name: p.stat().st_mtime_ns for p in raw.iterdir() if p.name != MANIFEST_NAME} == stamps
    assert ok.fetched_at == first[ok.url].fetched_at and ok.sha256 == first[ok.url].sha256

    server.version = 2  # the page changes: new ETag, new bytes
    third = {row.url: row for row in scrape(sources, raw, FAST)}
    changed = third[server.base + "/ok.html"]
    assert (changed.status, changed.http_status, changed.etag) == ("fetched", "200", '"v2"')
    assert b"2 June" in (raw / changed.file).read_bytes()


def test_a_failure_on_a_later_run_keeps_the_saved_file(server, tmp_path):
    raw = tmp_path / "raw"
    url = server.base + "/ok.html"
    scrape([Source(url, doc_id="statement")], raw, FAST)
    saved = (raw / "statement.html").read_bytes()
    server.down = True
    rows = scrape([Source(url, doc_id="statement")], raw, FAST)
    assert (rows[0].status, rows[0].http_status) == ("error", "503")
    assert (raw / "statement.html").read_bytes() == saved
    kept = load_manifest(raw)[url]
    assert kept.file == "statement.html" and kept.sha256 and kept.etag == '"v1"'


def test_per_host_delay_spaces_requests(server, tmp_path):
    settings = Settings(**{**FAST.__dict__, "host_delay": 0.3})
    scrape([Source(server.base + "/ok.html"), Source(server.base + "/no-validators.html")], tmp_path, settings)
    times = [t for _p, _h, t in server.log]  # robots.txt, then the two pages
    assert len(times) == 3
    assert all(b - a >= 0.28 for a, b in itertools.pairwise(times))


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.ohchr.org/en/press-releases/2024/03/belarus-experts", "ohchr.org_belarus-experts_"),
        ("https://documents.un.org/doc/undoc/gen/g23/A_HRC_53_53.pdf", "documents.un.org_a-hrc-53-53_"),
        ("https://example.org/", "example.org_"),
    ],
)
def test_doc_ids_from_urls_are_stable_and_file_name_safe(url, expected):
    assert url_doc_id(url) == url_doc_id(url)
    assert url_doc_id(url).startswith(expected)
    assert url_doc_id(url) != url_doc_id(url + "?page=2")


def test_sources_file_is_read_with_optional_columns(tmp_path):
    path = tmp_path / "sources.csv"
    path.write_text(
        "# analysts' list\nurl,doc_id,notes\nhttps://a.example/x,,first\n\nhttps://a.example/y,my_id,\n",
        encoding="utf-8",
    )
    assert read_sources(path) == [
        Source("https://a.example/x", "", "first"),
        Source("https://a.example/y", "my_id", ""),
    ]


@pytest.mark.parametrize(("content", "message"), [(None, "not found"), ("link,comment\nhttps://x,\n", "url")])
def test_unusable_sources_file_is_a_clear_error(tmp_path, content, message):
    path = tmp_path / "sources.csv"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(SourcesError, match=message):
        read_sources(path)


def test_duplicate_doc_ids_are_reported_not_overwritten(server, tmp_path):
    sources = [Source(server.base + "/ok.html", "same"), Source(server.base + "/no-validators.html", "same")]
    rows = scrape(sources, tmp_path, FAST)
    assert [r.status for r in rows] == ["fetched", "error"]
    assert "already used" in rows[1].error
    assert [p.name for p in Path(tmp_path).glob("same*")] == ["same.html"]


def test_cli_scrape_prints_a_summary_and_writes_the_manifest(server, tmp_path):
    from tests.conftest import run_cli

    sources = tmp_path / "sources.csv"
    sources.write_text(f"url,doc_id,notes\n{server.base}/ok.html,ok,\n{server.base}/missing.html,,\n", encoding="utf-8")
    raw = tmp_path / "raw"
    result = run_cli("scrape", "--sources", str(sources), "--raw", str(raw), "--delay", "0", "--retries", "0")
    assert result.returncode == 0, result.stderr
    assert "2 URLs: 1 fetched, 0 unchanged, 0 skipped, 1 errors" in result.stdout
    assert "missing.html: HTTP 404" in result.stderr
    assert (raw / "ok.html").exists() and (raw / MANIFEST_NAME).exists()


def test_cli_scrape_without_a_sources_file_is_a_usage_error(tmp_path):
    from tests.conftest import run_cli

    result = run_cli("scrape", "--sources", str(tmp_path / "nope.csv"), "--raw", str(tmp_path / "raw"))
    assert result.returncode == 2
    assert "sources file not found" in result.stderr


def test_scraped_pages_are_read_by_the_read_stage(server, tmp_path):
    from pipeline.run.stages import read_stage

    raw, processed = tmp_path / "raw", tmp_path / "processed"
    names = sorted(p.name for p in FIXTURES.glob("*.html"))
    settings = Settings(**{**FAST.__dict__, "max_bytes": 1_000_000})
    rows = scrape([Source(f"{server.base}/pages/{name}") for name in names], raw, settings)
    assert [r.status for r in rows] == ["fetched"] * len(names)
    documents = read_stage(raw, processed)
    assert sorted(d.doc_id for d in documents) == sorted(r.doc_id for r in rows)  # manifest.csv is not a document
    assert all(d.status == "ok" and d.format == "html" for d in documents)
    for document in documents:
        text = (processed / "text" / f"{document.doc_id}.txt").read_text(encoding="utf-8")
        assert "cookie" not in text.lower()


# --- Trust boundaries (issue 19) -------------------------------------------------------------------


class _Routes(BaseHTTPRequestHandler):
    """A server answering from `server.routes`: path -> (status, headers, body) or a callable."""

    protocol_version = "HTTP/1.0"

    def log_message(self, *args):
        pass

    def do_GET(self):
        self.server.hits.append(self.path)
        route = self.server.routes.get(self.path, (404, {}, b"not found"))
        if callable(route):
            route(self)
            return
        status, headers, body = route
        self.send_response(status)
        for key, value in {"Content-Length": str(len(body)), **headers}.items():
            self.send_header(key, value)
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)


@contextlib.contextmanager
def _route_server(host: str, routes: dict):
    httpd = ThreadingHTTPServer((host, 0), _Routes)
    httpd.routes, httpd.hits, httpd.daemon_threads = routes, [], True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    httpd.base = f"http://{host}:{httpd.server_address[1]}"
    try:
        yield httpd
    finally:
        httpd.shutdown()
        httpd.server_close()


HTML = {"Content-Type": "text/html; charset=utf-8"}


def test_every_redirect_hop_passes_the_checks_of_a_first_url(tmp_path):
    """Scheme, robots.txt of the hop's host and the address policy apply to every hop; a second
    loopback address (127.0.0.2) plays another host on an internal network."""
    robots = (200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /private/\n")
    with (
        _route_server("127.0.0.2", {"/robots.txt": robots, "/page.html": (200, HTML, PAGE)}) as other,
        _route_server("127.0.0.1", {"/robots.txt": robots}) as first,
    ):
        first.routes |= {
            "/to-other-host": (302, {"Location": other.base + "/page.html"}, b""),
            "/to-other-private": (302, {"Location": other.base + "/private/x.html"}, b""),
            "/to-private": (301, {"Location": "/private/secret.html"}, b""),
            "/private/secret.html": (200, HTML, PAGE),
            "/to-file": (302, {"Location": "file:///etc/passwd"}, b""),
        }
        urls = [first.base + p for p in ("/to-other-host", "/to-private", "/to-file")]
        rows = {r.url: r for r in scrape([Source(u) for u in urls], tmp_path / "a", FAST)}
        cross = rows[first.base + "/to-other-host"]
        assert cross.status == "skipped" and "127.0.0.2" in cross.error and "not listed" in cross.error
        assert other.hits == []  # not even its robots.txt: no connection to an unlisted internal host
        same = rows[first.base + "/to-private"]
        assert same.status == "skipped" and "robots.txt" in same.error
        assert "/private/secret.html" not in first.hits
        assert rows[first.base + "/to-file"].status == "skipped" and "scheme" in rows[first.base + "/to-file"].error
        assert [p.name for p in (tmp_path / "a").iterdir()] == [MANIFEST_NAME]

        # Once the sources file lists the other host, hops to it are allowed, under its own robots.txt.
        sources = [Source(first.base + "/to-other-host"), Source(first.base + "/to-other-private")]
        sources.append(Source(other.base + "/page.html", doc_id="listed"))
        rows = {r.url: r for r in scrape(sources, tmp_path / "b", FAST)}
        followed = rows[first.base + "/to-other-host"]
        assert (followed.status, followed.final_url) == ("fetched", other.base + "/page.html")
        refused = rows[first.base + "/to-other-private"]
        assert refused.status == "skipped" and "robots.txt" in refused.error
        assert "/private/x.html" not in other.hits and other.hits.count("/robots.txt") == 1


def test_robots_txt_wildcards_follow_rfc_9309(tmp_path):
    rules = b"User-agent: *\nDisallow: /*.pdf$\nDisallow: /private*/\nAllow: /private-ok/\n"
    pdf = (200, {"Content-Type": "application/pdf"}, PDF)
    with _route_server("127.0.0.1", {"/robots.txt": (200, {"Content-Type": "text/plain"}, rules)}) as server:
        for path in ("/files/report.pdf", "/files/report.pdf?download=1", "/private-area/a.html", "/private-ok/b.html"):
            server.routes[path] = pdf if ".pdf" in path else (200, HTML, PAGE)
        paths = ["/files/report.pdf", "/files/report.pdf?download=1", "/private-area/a.html", "/private-ok/b.html"]
        rows = scrape([Source(server.base + p) for p in paths], tmp_path, FAST)
    assert [r.status for r in rows] == ["skipped", "fetched", "skipped", "fetched"]
    assert "/files/report.pdf" not in server.hits and "/private-area/a.html" not in server.hits


def test_a_malformed_url_gets_its_own_error_row_and_the_others_go_on(server, tmp_path):
    sources = [Source("http://[::1/x"), Source("http://127.0.0.1:99999/bad-port"), Source(server.base + "/ok.html")]
    rows = scrape(sources, tmp_path, FAST)
    assert [r.status for r in rows] == ["error", "error", "fetched"]
    assert "malformed" in rows[0].error.lower() and rows[0].doc_id
    manifest = pd.read_csv(tmp_path / MANIFEST_NAME, dtype=str, keep_default_na=False)
    assert len(manifest) == 3


def _trickle(handler: BaseHTTPRequestHandler) -> None:
    """Headers at once, then a byte every 0.05 s: each read succeeds, the download never ends."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", "4000")
    handler.end_headers()
    with contextlib.suppress(BrokenPipeError, ConnectionResetError):
        for _ in range(4000):
            handler.wfile.write(b"x")
            handler.wfile.flush()
            time.sleep(0.05)


def test_nothing_is_lost_silently(tmp_path):
    """A doc_id that cleans to nothing, a body shorter than its Content-Length and a download
    that never ends each give a visible result, never a hidden file or a `fetched` row."""
    routes = {
        "/page.html": (200, HTML, PAGE),
        "/short.html": (200, {**HTML, "Content-Length": "5000"}, PAGE),
        "/trickle.html": _trickle,
    }
    settings = Settings(**{**FAST.__dict__, "timeout": 2.0, "deadline": 1.0, "retries": 0})
    with _route_server("127.0.0.1", routes) as server:
        sources = [Source(server.base + "/page.html", doc_id=".."), Source(server.base + "/short.html")]
        sources.append(Source(server.base + "/trickle.html"))
        dotted, short, trickle = scrape(sources, tmp_path, settings)
    assert dotted.status == "fetched" and dotted.doc_id and not dotted.file.startswith(".")
    assert (tmp_path / dotted.file).is_file()
    assert short.status == "error" and "incomplete" in short.error and not short.file
    assert trickle.status == "error" and "deadline" in trickle.error
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([dotted.file, MANIFEST_NAME])


def test_a_tampered_manifest_cannot_write_or_delete_outside_raw(server, tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    url = server.base + "/ok.html"
    row = {"doc_id": "../outside", "url": url, "status": "fetched", "file": "../victim.txt", "sha256": "0" * 64}
    pd.DataFrame([row]).to_csv(raw / MANIFEST_NAME, index=False)
    other = {"doc_id": "fine", "url": server.base + "/no-validators.html", "status": "fetched", "file": "../victim.txt"}
    pd.DataFrame([row, other]).to_csv(raw / MANIFEST_NAME, index=False)
    rows = scrape([Source(url), Source(other["url"])], raw, FAST)
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert not (tmp_path / "outside.html").exists()
    assert all("/" not in r.doc_id and ".." not in r.doc_id for r in rows)
    assert {p.parent for p in raw.rglob("*")} == {raw}
    assert sorted(p.name for p in raw.iterdir()) == sorted([r.file for r in rows] + [MANIFEST_NAME])


def test_cli_scrape_fails_when_no_url_could_be_fetched(server, tmp_path):
    """Issue 20: every URL failing used to end with exit code 0."""
    from tests.conftest import run_cli

    sources = tmp_path / "sources.csv"
    sources.write_text(f"url\n{server.base}/missing.html\n{server.base}/gone.html\n", encoding="utf-8")
    raw = str(tmp_path / "raw")
    result = run_cli("scrape", "--sources", str(sources), "--raw", raw, "--delay", "0", "--retries", "0")
    assert result.returncode == 1
    assert "none of the 2 URLs could be fetched" in result.stderr
