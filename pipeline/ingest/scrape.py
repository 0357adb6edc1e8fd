"""Scrape stage: a list of sources (sources.csv) -> files in raw/ plus raw/manifest.csv.

Polite and incremental:
- http and https only; a clear User-Agent; robots.txt honoured (and its Crawl-delay);
- a delay between two requests to the same host; socket timeouts; a size limit;
- retries with exponential backoff on 429, 5xx and connection errors, honouring Retry-After;
- conditional requests (If-None-Match / If-Modified-Since) on the second run, so unchanged
  documents and their files are left untouched;
- one manifest row per URL whatever happened (fetched, unchanged, skipped, error), so no URL is
  silently dropped.

The stage function `scrape` does the network and file I/O; the CLI adds the progress bar.
Only the standard library's HTTP client is used (urllib), so there is no extra dependency.
"""

from __future__ import annotations

import csv
import email.utils
import hashlib
import http.client
import logging
import re
import time
import urllib.error
import urllib.parse
import urllib.request
import urllib.robotparser
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from pipeline import __version__
from pipeline.config import MAX_FILE_BYTES
from pipeline.ingest.discover import safe_id
from pipeline.ingest.readers import suffix_for_media_type
from pipeline.store.atomic import write_atomic
from pipeline.store.tables import TableSpec, restore_formula
from pipeline.store.writers import write_table

log = logging.getLogger(__name__)

MANIFEST_NAME = "manifest.csv"
# Product token first: robots.txt groups are matched on it ("User-agent: hr-pipeline").
USER_AGENT = f"hr-pipeline/{__version__} (research pipeline for human-rights documents; honours robots.txt)"

# Content types we save, and the file extension the read stage needs to read them.
_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_SCHEMES = ("http", "https")


class SourcesError(ValueError):
    """The sources file cannot be used (missing, no `url` column): one line for the user."""


@dataclass(frozen=True)
class Settings:
    """How politely and how persistently to fetch. Tests shrink the delays and timeouts."""

    user_agent: str = USER_AGENT
    timeout: float = 30.0  # seconds per socket operation (connect, each read)
    retries: int = 3  # extra attempts after the first, on 429/5xx/connection errors/timeouts
    backoff: float = 2.0  # seconds before the first retry, doubled each time (2, 4, 8)
    max_retry_after: float = 120.0  # a server asking to wait longer than this is given up on
    host_delay: float = 1.0  # seconds between two requests to one host (1 request/s is the usual courtesy)
    max_bytes: int = MAX_FILE_BYTES  # the read stage skips bigger files, so fetching them is wasted
    robots: bool = True
    max_redirects: int = 10


@dataclass(frozen=True)
class Source:
    """One row of sources.csv."""

    url: str
    doc_id: str = ""
    notes: str = ""


@dataclass(frozen=True)
class ManifestRow:
    """Where a file in raw/ came from, or why a URL gave no file. One row per source URL."""

    doc_id: str
    url: str
    final_url: str = ""  # after redirects
    status: str = ""  # fetched | unchanged | skipped | error
    http_status: str = ""  # last HTTP status code, "" when no response (timeout, refused, robots)
    content_type: str = ""
    file: str = ""  # file name in raw/ ("" when nothing was ever saved)
    n_bytes: int = 0
    sha256: str = ""  # of the saved file
    etag: str = ""
    last_modified: str = ""
    fetched_at: str = ""  # UTC time the saved content was downloaded
    checked_at: str = ""  # UTC time of the last attempt
    attempts: int = 0  # HTTP requests made for this URL in the last run (retries included)
    error: str = ""
    notes: str = ""


MANIFEST = TableSpec("manifest", tuple(f.name for f in ManifestRow.__dataclass_fields__.values()), ("doc_id", "url"))


# --- sources.csv ----------------------------------------------------------------------------------


def read_sources(path: Path) -> list[Source]:
    """Rows of a sources CSV (columns: url, optional doc_id and notes); blank and `#` rows skipped."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise SourcesError(f"sources file not found: {path}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise SourcesError(f"cannot read sources file {path}: {exc}") from exc
    reader = csv.DictReader(line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#"))
    columns = [c.strip().lower() for c in reader.fieldnames or []]
    if "url" not in columns:
        raise SourcesError(f"{path} has no 'url' column (columns: url, doc_id, notes)")
    sources = []
    for row in reader:
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items() if k is not None}
        if row.get("url"):
            sources.append(Source(row["url"], row.get("doc_id", ""), row.get("notes", "")))
    return sources


def url_doc_id(url: str) -> str:
    """A stable, file-name-safe doc_id for a URL: host, last path segment and a hash of the URL.

    >>> url_doc_id("https://www.ohchr.org/en/press-releases/2024/03/belarus-experts")
    'ohchr.org_belarus-experts_2d877d60'

    The suffix (first 8 hex digits of the URL's sha1) keeps two pages with the same last segment
    apart; the id never depends on the page's content, so it is stable across runs.
    """
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or "url"
    host = host.removeprefix("www.")
    segments = [s for s in parts.path.split("/") if s]
    last = re.sub(r"\.(s?html?|php|aspx?|pdf|txt)$", "", segments[-1], flags=re.I) if segments else ""
    slug = re.sub(r"[^a-z0-9]+", "-", urllib.parse.unquote(last).lower()).strip("-")[:60]
    digest = hashlib.sha1(url.encode("utf-8")).hexdigest()[:8]
    return "_".join(p for p in (host, slug, digest) if p)


# --- the client -----------------------------------------------------------------------------------


@dataclass
class Response:
    status: int
    url: str
    headers: dict[str, str]
    body: bytes = b""


class FetchError(Exception):
    """A request that failed for good. `status` is the HTTP status, 0 when there was no response."""

    def __init__(
        self,
        message: str,
        status: int = 0,
        kind: str = "error",
        url: str = "",
        retryable: bool = False,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.kind = kind  # error | skipped (the manifest status)
        self.url = url
        self.retryable = retryable  # 429, 5xx, timeouts and connection errors are worth another try
        self.retry_after = retry_after  # seconds the server asked us to wait (Retry-After)
        self.attempts = 1


class _RedirectHandler(urllib.request.HTTPRedirectHandler):
    """Follow redirects to http/https only (urllib would also follow ftp)."""

    def __init__(self, max_redirects: int) -> None:
        self.max_redirections = max_redirects

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        scheme = urllib.parse.urlsplit(newurl).scheme.lower()
        if scheme not in _SCHEMES:
            raise FetchError(f"redirect to unsupported scheme '{scheme}': {newurl}", code, "skipped", newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


@dataclass
class Client:
    """An HTTP client with per-host politeness. Holds per-run state (robots rules, last request times)."""

    settings: Settings = field(default_factory=Settings)
    sleep: Callable[[float], None] = time.sleep
    _robots: dict[str, urllib.robotparser.RobotFileParser | FetchError | None] = field(default_factory=dict)
    _last_request: dict[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._opener = urllib.request.build_opener(_RedirectHandler(self.settings.max_redirects))

    def get(self, url: str, headers: dict[str, str] | None = None) -> tuple[Response, int]:
        """GET with retries. Returns the response (2xx or 304) and the number of attempts.

        Raises FetchError for a final failure (4xx, 5xx after retries, timeout, too big...).
        """
        attempts = 0
        while True:
            attempts += 1
            try:
                return self._request(url, headers or {}), attempts
            except FetchError as exc:
                exc.attempts = attempts
                wait = self._retry_wait(exc, attempts)
                if wait is None:
                    raise
                log.info("retrying %s in %.2f s: %s", url, wait, exc)
                self.sleep(wait)

    def robots_refusal(self, url: str) -> FetchError | None:
        """Why robots.txt keeps us from fetching `url`, or None when we may (or checks are off).

        A robots.txt that cannot be fetched (no answer, 5xx) counts as "disallow everything"
        (RFC 9309 2.3.1.4) and is reported as an error, since the host itself is the problem.
        """
        if not self.settings.robots:
            return None
        rules = self._robots_for(url)
        if isinstance(rules, FetchError):
            return FetchError(f"robots.txt unreachable ({rules}): not fetched", rules.status, "error")
        if rules is None or rules.can_fetch(self.settings.user_agent, url):
            return None
        return FetchError("disallowed by robots.txt", 0, "skipped")

    def _retry_wait(self, exc: FetchError, attempts: int) -> float | None:
        if attempts > self.settings.retries or not exc.retryable:
            return None
        wait = self.settings.backoff * 2 ** (attempts - 1)
        retry_after = exc.retry_after
        if retry_after is not None:
            if retry_after > self.settings.max_retry_after:
                exc.args = (
                    f"{exc} (Retry-After {retry_after:g} s is longer than {self.settings.max_retry_after:g} s)",
                )
                return None
            wait = max(wait, retry_after)
        return wait

    def _robots_for(self, url: str) -> urllib.robotparser.RobotFileParser | FetchError | None:
        """The host's robots rules; None when it has none; the FetchError when it is unreachable."""
        parts = urllib.parse.urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin in self._robots:
            return self._robots[origin]
        rules: urllib.robotparser.RobotFileParser | FetchError | None
        rules = urllib.robotparser.RobotFileParser(f"{origin}/robots.txt")
        try:
            response = self._request(f"{origin}/robots.txt", {})
            rules.parse(response.body.decode("utf-8", errors="replace").splitlines())
        except FetchError as exc:
            if exc.status in (401, 403):  # the site shuts everyone out (robotparser's own convention)
                rules.disallow_all = True
            elif 400 <= exc.status < 500:  # no robots.txt: everything is allowed
                rules = None
            else:
                rules = exc
                log.warning("robots.txt of %s unreachable (%s): not fetching from this host", origin, exc)
        self._robots[origin] = rules
        return rules

    def _wait_for_host(self, url: str) -> None:
        host = urllib.parse.urlsplit(url).netloc.lower()
        delay = self.settings.host_delay
        rules = self._robots.get(f"{urllib.parse.urlsplit(url).scheme}://{host}")
        if isinstance(rules, urllib.robotparser.RobotFileParser) and self.settings.robots:
            delay = max(delay, float(rules.crawl_delay(self.settings.user_agent) or 0))
        last = self._last_request.get(host)
        if last is not None:
            remaining = last + delay - time.monotonic()
            if remaining > 0:
                self.sleep(remaining)
        self._last_request[host] = time.monotonic()

    def _request(self, url: str, headers: dict[str, str]) -> Response:
        """One GET, no retries. Errors become FetchError with `retryable` and `retry_after` set."""
        self._wait_for_host(url)
        request = urllib.request.Request(
            _ascii_url(url), headers={"User-Agent": self.settings.user_agent, "Accept-Encoding": "identity", **headers}
        )
        try:
            with self._opener.open(request, timeout=self.settings.timeout) as handle:
                return Response(handle.status, handle.geturl(), _headers(handle.headers), self._body(handle))
        except urllib.error.HTTPError as exc:
            if exc.code == 304:
                return Response(304, exc.geturl() or url, _headers(exc.headers))
            error = FetchError(
                f"HTTP {exc.code} {exc.reason}",
                exc.code,
                url=exc.geturl() or url,
                retryable=exc.code in _RETRY_STATUSES or exc.code >= 500,
                retry_after=_retry_after(exc.headers.get("Retry-After", "")) if exc.headers else None,
            )
            exc.close()
            raise error from exc
        except FetchError:
            raise
        except TimeoutError as exc:
            raise FetchError(f"timed out after {self.settings.timeout:g} s", url=url, retryable=True) from exc
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, TimeoutError):
                message = f"timed out after {self.settings.timeout:g} s"
            else:
                message = f"connection failed: {getattr(reason, 'strerror', None) or reason}"
            raise FetchError(message, url=url, retryable=True) from exc
        except (http.client.HTTPException, OSError) as exc:
            message = f"connection failed: {type(exc).__name__}: {exc}"
            raise FetchError(message, url=url, retryable=True) from exc

    def _body(self, handle) -> bytes:
        limit = self.settings.max_bytes
        declared = handle.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > limit:
            message = f"body too large ({int(declared):,} bytes > {limit:,})"
            raise FetchError(message, handle.status, "skipped", handle.geturl())
        chunks, size = [], 0
        while chunk := handle.read(65536):
            size += len(chunk)
            if size > limit:
                message = f"body too large (more than {limit:,} bytes)"
                raise FetchError(message, handle.status, "skipped", handle.geturl())
            chunks.append(chunk)
        return b"".join(chunks)


def _ascii_url(url: str) -> str:
    """The URL as HTTP needs it: IDNA host name, percent-encoded non-ASCII path and query."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    try:
        host.encode("ascii")
    except UnicodeEncodeError:
        netloc = parts.netloc.replace(host, host.encode("idna").decode("ascii"))
        parts = parts._replace(netloc=netloc)
    safe = "/?&=+;:@!$'()*,~%-._#[]"
    return urllib.parse.urlunsplit(
        parts._replace(path=urllib.parse.quote(parts.path, safe=safe), query=urllib.parse.quote(parts.query, safe=safe))
    )


def _headers(message) -> dict[str, str]:
    return {k.lower(): v for k, v in (message.items() if message else [])}


def _retry_after(value: str) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP date."""
    value = (value or "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


# --- the stage ------------------------------------------------------------------------------------


def scrape(
    sources: Iterable[Source],
    raw_dir: Path,
    settings: Settings | None = None,
    progress: Callable[[int], None] = lambda _n: None,
) -> list[ManifestRow]:
    """Fetch every source into `raw_dir` and rewrite `raw_dir/manifest.csv`. Returns this run's rows.

    Rows of the previous manifest for URLs no longer listed are kept, so the manifest still
    explains every file in raw/ that the scraper ever saved.
    """
    raw_dir = Path(raw_dir)
    raw_dir.mkdir(parents=True, exist_ok=True)
    previous = load_manifest(raw_dir)
    client = Client(settings or Settings())
    rows: dict[str, ManifestRow] = dict(previous)
    used_ids: dict[str, str] = {}
    this_run: list[ManifestRow] = []
    try:
        for source in _unique(sources):
            try:
                row = _fetch_one(source, raw_dir, client, previous.get(source.url), used_ids)
            except Exception as exc:  # one odd URL (bad port, library bug) never stops the run
                log.exception("unexpected error fetching %s", source.url)
                old = previous.get(source.url) or ManifestRow(doc_id=url_doc_id(source.url), url=source.url)
                row = replace(old, status="error", checked_at=_now(), error=f"{type(exc).__name__}: {exc}")
            rows[source.url] = row
            this_run.append(row)
            progress(1)
    finally:  # an interrupted run still records what it saved, so the next run can be conditional
        write_table(rows.values(), MANIFEST, raw_dir)
    return this_run


def load_manifest(raw_dir: Path) -> dict[str, ManifestRow]:
    """The manifest of an earlier run, by URL ({} when there is none)."""
    path = Path(raw_dir) / MANIFEST_NAME
    if not path.exists():
        return {}
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    known = set(MANIFEST.columns)
    rows = {}
    for record in frame.to_dict("records"):
        values = {k: restore_formula(v) for k, v in record.items() if k in known}
        for name in ("n_bytes", "attempts"):
            values[name] = int(values.get(name) or 0)
        row = ManifestRow(**values)
        rows[row.url] = row
    return rows


def _unique(sources: Iterable[Source]) -> list[Source]:
    seen: set[str] = set()
    out = []
    for source in sources:
        url = urllib.parse.urldefrag(source.url.strip())[0]
        if url in seen:
            log.warning("duplicate source URL listed again, fetched once: %s", url)
            continue
        seen.add(url)
        out.append(replace(source, url=url))
    return out


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _fetch_one(
    source: Source, raw_dir: Path, client: Client, old: ManifestRow | None, used_ids: dict[str, str]
) -> ManifestRow:
    doc_id = safe_id(source.doc_id) if source.doc_id else (old.doc_id if old else url_doc_id(source.url))
    base = old or ManifestRow(doc_id=doc_id, url=source.url)
    base = replace(base, doc_id=doc_id, notes=source.notes, checked_at=_now(), attempts=0, error="")
    if doc_id in used_ids:
        return replace(base, status="error", error=f"doc_id '{doc_id}' is already used by {used_ids[doc_id]}")
    used_ids[doc_id] = source.url
    scheme = urllib.parse.urlsplit(source.url).scheme.lower()
    if scheme not in _SCHEMES:
        return replace(
            base, status="skipped", error=f"unsupported URL scheme '{scheme or '(none)'}': only http and https"
        )
    if not urllib.parse.urlsplit(source.url).hostname:
        return replace(base, status="skipped", error="not a URL: no host name")
    refusal = client.robots_refusal(source.url)
    if refusal is not None:
        return replace(base, status=refusal.kind, http_status=str(refusal.status or ""), error=str(refusal))

    # Conditional request only when the file we would keep is still there.
    headers = {}
    if old and old.file and (raw_dir / old.file).exists():
        if old.etag:
            headers["If-None-Match"] = old.etag
        if old.last_modified:
            headers["If-Modified-Since"] = old.last_modified
    try:
        response, attempts = client.get(source.url, headers)
    except FetchError as exc:
        return replace(
            base,
            status=exc.kind,
            http_status=str(exc.status or ""),
            final_url=exc.url if exc.url != source.url else base.final_url,
            attempts=exc.attempts,
            error=str(exc),
        )
    base = replace(
        base,
        final_url=response.url,
        http_status=str(response.status),
        attempts=attempts,
        etag=response.headers.get("etag", base.etag),
        last_modified=response.headers.get("last-modified", base.last_modified),
    )
    if response.status == 304:
        if not headers:  # a 304 we did not ask for: there is no saved copy it could refer to
            return replace(base, status="error", error="HTTP 304 Not Modified without a conditional request")
        return replace(base, status="unchanged")
    content_type = response.headers.get("content-type", "")
    base = replace(base, content_type=content_type)
    extension = _extension(content_type, response.body)
    if extension is None:
        return replace(base, status="skipped", error=f"unsupported content type '{content_type or '(none)'}'")
    if not response.body.strip():
        return replace(base, status="error", error="empty body")
    digest = hashlib.sha256(response.body).hexdigest()
    name = f"{doc_id}{extension}"
    target = raw_dir / name
    if old and old.file == name and old.sha256 == digest and target.exists():
        return replace(base, status="unchanged")
    write_atomic(target, response.body)
    if old and old.file and old.file != name:
        (raw_dir / old.file).unlink(missing_ok=True)  # same document, now another type: one file per doc_id
    return replace(base, status="fetched", file=name, n_bytes=len(response.body), sha256=digest, fetched_at=_now())


def _extension(content_type: str, body: bytes) -> str | None:
    """File extension for a response, from its media type (or the PDF magic number)."""
    media = content_type.split(";")[0].strip().lower()
    suffix = suffix_for_media_type(media)
    if suffix:
        return suffix
    if body.startswith(b"%PDF-") and media in ("", "application/octet-stream", "binary/octet-stream"):
        return ".pdf"
    return None
