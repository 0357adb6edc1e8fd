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
HTTP is the standard library's client (urllib); robots.txt is parsed with protego, which
implements RFC 9309 (the standard library's parser ignores the `*` and `$` wildcards).

Trust boundaries (issue 19): every redirect hop is checked like the first URL (scheme, the
robots.txt of its host, the address policy); a connection to a loopback, link-local, private,
multicast or otherwise reserved address is refused unless the sources file lists that same host;
the previous manifest is untrusted input (a `doc_id` or `file` that would leave raw/ is dropped).
"""

from __future__ import annotations

import csv
import email.utils
import hashlib
import http.client
import ipaddress
import logging
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
from protego import Protego

from pipeline import __version__
from pipeline.config import MAX_FILE_BYTES
from pipeline.ingest.discover import safe_id
from pipeline.ingest.readers import suffix_for_media_type, supported_suffixes
from pipeline.store.atomic import write_atomic
from pipeline.store.tables import TableSpec, restore_formula
from pipeline.store.writers import write_table

log = logging.getLogger(__name__)

MANIFEST_NAME = "manifest.csv"
# Product token first: robots.txt groups are matched on it ("User-agent: hr-pipeline").
USER_AGENT = f"hr-pipeline/{__version__} (research pipeline for human-rights documents; honours robots.txt)"

# Content types we save, and the file extension the read stage needs to read them.
_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_SCHEMES = ("http", "https")


class SourcesError(ValueError):
    """The sources file cannot be used (missing, no `url` column): one line for the user."""


@dataclass(frozen=True)
class Settings:
    """How politely and how persistently to fetch. Tests shrink the delays and timeouts."""

    user_agent: str = USER_AGENT
    timeout: float = 30.0  # seconds per socket operation (connect, each read)
    deadline: float = 300.0  # seconds for one URL in all (redirects, retries and the download)
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
    digest = hashlib.sha1(url.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    try:
        parts = urllib.parse.urlsplit(url)
        host = parts.hostname or "url"
    except ValueError:  # a malformed URL ("http://[::1/x") still needs an id for its error row
        return f"url_{digest}"
    host = safe_id(host.removeprefix("www.")) or "url"
    segments = [s for s in parts.path.split("/") if s]
    last = re.sub(r"\.(s?html?|php|aspx?|pdf|txt)$", "", segments[-1], flags=re.I) if segments else ""
    slug = re.sub(r"[^a-z0-9]+", "-", urllib.parse.unquote(last).lower()).strip("-")[:60]
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


class AddressRefused(FetchError):
    """A connection the address policy forbids (an internal address of a host not listed)."""

    def __init__(self, message: str, url: str = "") -> None:
        super().__init__(message, 0, "skipped", url)


def _internal(address: str) -> bool:
    """Whether an IP address is one a public web page has no business sending us to: loopback,
    link-local (cloud metadata at 169.254.169.254), private, multicast, reserved or unspecified."""
    ip = ipaddress.ip_address(address.split("%")[0])  # an IPv6 zone ("fe80::1%eth0") is not part of it
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_loopback or ip.is_link_local or ip.is_private or ip.is_multicast or ip.is_reserved or ip.is_unspecified


def _checked_connection(listed_hosts: frozenset[str], host: str):
    """A `socket.create_connection` that resolves `host` itself and connects only to addresses
    the policy allows. Checking the address actually connected to (not a separate look-up before
    the request) leaves no gap for a DNS answer that changes in between."""

    def create_connection(address, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, source_address=None, **kwargs):
        name, port = address
        allowed = name.lower().strip("[]") in listed_hosts
        last_error: OSError | None = None
        for family, kind, proto, _canon, sockaddr in socket.getaddrinfo(name, port, 0, socket.SOCK_STREAM):
            if not allowed and _internal(sockaddr[0]):
                raise AddressRefused(
                    f"refused: {name} resolves to the internal address {sockaddr[0]} and is not listed in the"
                    " sources file"
                )
            sock = socket.socket(family, kind, proto)
            try:
                if timeout is not socket._GLOBAL_DEFAULT_TIMEOUT:
                    sock.settimeout(timeout)
                if source_address:
                    sock.bind(source_address)
                sock.connect(sockaddr)
                return sock
            except OSError as exc:
                sock.close()
                last_error = exc
        raise last_error or OSError(f"cannot resolve {name}")

    return create_connection


def _connection_class(base: type, listed_hosts: frozenset[str]):
    def make(host, *args, **kwargs):
        connection = base(host, *args, **kwargs)
        connection._create_connection = _checked_connection(listed_hosts, connection.host)
        return connection

    return make


class _CheckedHTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, listed_hosts: frozenset[str]) -> None:
        super().__init__()
        self.listed_hosts = listed_hosts

    def http_open(self, req):
        return self.do_open(_connection_class(http.client.HTTPConnection, self.listed_hosts), req)


class _CheckedHTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, listed_hosts: frozenset[str]) -> None:
        super().__init__()
        self.listed_hosts = listed_hosts

    def https_open(self, req):
        return self.do_open(
            _connection_class(http.client.HTTPSConnection, self.listed_hosts),
            req,
            context=self._context,
        )


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Hand every redirect back to `Client.get`, which checks the hop before following it."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


@dataclass
class Client:
    """An HTTP client with per-host politeness. Holds per-run state (robots rules, last request times).

    `listed_hosts`: the host names of the sources file, the only hosts that may resolve to an
    internal address (a test server on 127.0.0.1, an intranet the analyst listed on purpose).
    """

    settings: Settings = field(default_factory=Settings)
    sleep: Callable[[float], None] = time.sleep
    listed_hosts: frozenset[str] = frozenset()
    _robots: dict[str, Protego | FetchError | None] = field(default_factory=dict)
    _last_request: dict[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.listed_hosts = frozenset(h.lower() for h in self.listed_hosts)
        self._opener = urllib.request.build_opener(
            _CheckedHTTPHandler(self.listed_hosts), _CheckedHTTPSHandler(self.listed_hosts), _NoRedirects()
        )

    def get(self, url: str, headers: dict[str, str] | None = None) -> tuple[Response, int]:
        """GET with retries and checked redirects. Returns the response (2xx or 304) and the
        number of requests made.

        Each redirect hop passes the checks of a first URL (scheme, robots.txt of its host, the
        address policy at connection time). The whole URL, hops and retries included, must be
        done within `settings.deadline` seconds. Raises FetchError for a final failure (4xx, 5xx
        after retries, timeout, too big, refused hop...).
        """
        deadline = time.monotonic() + self.settings.deadline
        attempts = 0
        for _hop in range(self.settings.max_redirects + 1):
            response, made = self._get_one(url, headers or {}, deadline)
            attempts += made
            if response.status not in _REDIRECT_STATUSES:
                return response, attempts
            location = response.headers.get("location", "")
            if not location:
                raise self._failed(
                    FetchError(f"HTTP {response.status} redirect without a Location", response.status, url=url),
                    attempts,
                )
            url = urllib.parse.urldefrag(urllib.parse.urljoin(url, location))[0]
            refusal = self.hop_refusal(url)
            if refusal is not None:
                refusal.args = (f"redirect to {url}: {refusal}",)
                refusal.status = refusal.status or response.status
                raise self._failed(refusal, attempts)
        raise self._failed(FetchError(f"more than {self.settings.max_redirects} redirects", 0, url=url), attempts)

    @staticmethod
    def _failed(exc: FetchError, attempts: int) -> FetchError:
        exc.attempts = attempts
        return exc

    def _get_one(self, url: str, headers: dict[str, str], deadline: float) -> tuple[Response, int]:
        """One URL (no redirects followed) with retries on 429, 5xx and connection errors."""
        attempts = 0
        while True:
            attempts += 1
            try:
                return self._request(url, headers, deadline), attempts
            except FetchError as exc:
                exc.attempts = attempts
                wait = self._retry_wait(exc, attempts)
                if wait is None:
                    raise
                if time.monotonic() + wait > deadline:
                    exc.args = (f"{exc} (no time left to retry within the {self.settings.deadline:g} s deadline)",)
                    raise
                log.info("retrying %s in %.2f s: %s", url, wait, exc)
                self.sleep(wait)

    def hop_refusal(self, url: str) -> FetchError | None:
        """Why a URL (a source or a redirect target) must not be fetched, or None: its scheme,
        its host name, its robots.txt."""
        try:
            parts = urllib.parse.urlsplit(url)
            parts.port  # noqa: B018  (raises ValueError for a port out of range)
        except ValueError as exc:
            return FetchError(f"malformed URL: {exc}", 0, "error", url)
        scheme = parts.scheme.lower()
        if scheme not in _SCHEMES:
            return FetchError(f"unsupported URL scheme '{scheme or '(none)'}': only http and https", 0, "skipped", url)
        if not parts.hostname:
            return FetchError("not a URL: no host name", 0, "skipped", url)
        return self.robots_refusal(url)

    def robots_refusal(self, url: str) -> FetchError | None:
        """Why robots.txt keeps us from fetching `url`, or None when we may (or checks are off).

        A robots.txt that cannot be fetched (no answer, 5xx) counts as "disallow everything"
        (RFC 9309 2.3.1.4) and is reported as an error, since the host itself is the problem.
        A host the address policy refuses is refused here already, before any request.
        """
        if not self.settings.robots:
            return None
        rules = self._robots_for(url)
        if isinstance(rules, AddressRefused):
            return AddressRefused(str(rules), url)
        if isinstance(rules, FetchError):
            return FetchError(f"robots.txt unreachable ({rules}): not fetched", rules.status, "error")
        if rules is None or rules.can_fetch(_ascii_url(url), self.settings.user_agent):
            return None
        return FetchError("disallowed by robots.txt", 0, "skipped", url)

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

    def _robots_for(self, url: str) -> Protego | FetchError | None:
        """The host's robots rules; None when it has none; the FetchError when it is unreachable."""
        parts = urllib.parse.urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin in self._robots:
            return self._robots[origin]
        rules: Protego | FetchError | None
        try:
            response = self._robots_response(f"{origin}/robots.txt")
            # None: redirected too often or to another scheme, as if there were no robots.txt
            rules = None if response is None else Protego.parse(response.body.decode("utf-8", errors="replace"))
        except AddressRefused as exc:
            rules = exc
        except FetchError as exc:
            if exc.status in (401, 403):  # the site shuts everyone out (RFC 9309 2.3.1.3 allows either)
                rules = Protego.parse("User-agent: *\nDisallow: /\n")
            elif 400 <= exc.status < 500:  # no robots.txt: everything is allowed
                rules = None
            else:
                rules = exc
                log.warning("robots.txt of %s unreachable (%s): not fetching from this host", origin, exc)
        self._robots[origin] = rules
        return rules

    def _robots_response(self, url: str) -> Response | None:
        """robots.txt, following up to five redirects (RFC 9309 2.3.1.2) with the address policy
        applied to every hop; None when they lead nowhere usable."""
        deadline = time.monotonic() + self.settings.deadline
        for _hop in range(6):
            response = self._request(url, {}, deadline)
            if response.status not in _REDIRECT_STATUSES:
                return response
            url = urllib.parse.urljoin(url, response.headers.get("location", ""))
            if urllib.parse.urlsplit(url).scheme.lower() not in _SCHEMES:
                return None
        return None

    def _wait_for_host(self, url: str) -> None:
        host = urllib.parse.urlsplit(url).netloc.lower()
        delay = self.settings.host_delay
        rules = self._robots.get(f"{urllib.parse.urlsplit(url).scheme}://{host}")
        if isinstance(rules, Protego) and self.settings.robots:
            delay = max(delay, float(rules.crawl_delay(self.settings.user_agent) or 0))
        last = self._last_request.get(host)
        if last is not None:
            remaining = last + delay - time.monotonic()
            if remaining > 0:
                self.sleep(remaining)
        self._last_request[host] = time.monotonic()

    def _request(self, url: str, headers: dict[str, str], deadline: float) -> Response:
        """One GET, no retries, redirects returned as they are. Errors become FetchError with
        `retryable` and `retry_after` set."""
        self._wait_for_host(url)
        left = deadline - time.monotonic()
        if left <= 0:
            raise FetchError(f"gave up: not done within the {self.settings.deadline:g} s deadline", url=url)
        request = urllib.request.Request(
            _ascii_url(url), headers={"User-Agent": self.settings.user_agent, "Accept-Encoding": "identity", **headers}
        )
        try:
            with self._opener.open(request, timeout=min(self.settings.timeout, left)) as handle:
                return Response(handle.status, handle.geturl(), _headers(handle.headers), self._body(handle, deadline))
        except urllib.error.HTTPError as exc:
            if exc.code == 304 or exc.code in _REDIRECT_STATUSES:
                response = Response(exc.code, exc.geturl() or url, _headers(exc.headers))
                exc.close()
                return response
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
            if isinstance(reason, FetchError):
                raise reason from exc
            if isinstance(reason, TimeoutError):
                message = f"timed out after {self.settings.timeout:g} s"
            else:
                message = f"connection failed: {getattr(reason, 'strerror', None) or reason}"
            raise FetchError(message, url=url, retryable=True) from exc
        except (http.client.HTTPException, OSError) as exc:
            message = f"connection failed: {type(exc).__name__}: {exc}"
            raise FetchError(message, url=url, retryable=True) from exc
        except ValueError as exc:  # http.client refuses some malformed URLs (a bad port) only here
            raise FetchError(f"malformed URL: {exc}", url=url) from exc

    def _body(self, handle, deadline: float) -> bytes:
        limit = self.settings.max_bytes
        declared = handle.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > limit:
            message = f"body too large ({int(declared):,} bytes > {limit:,})"
            raise FetchError(message, handle.status, "skipped", handle.geturl())
        chunks, size = [], 0
        # read1 returns whatever one socket read gives, so a server sending a byte at a time
        # cannot keep a read going: the deadline is checked after every piece.
        while chunk := handle.read1(65536):
            size += len(chunk)
            if size > limit:
                message = f"body too large (more than {limit:,} bytes)"
                raise FetchError(message, handle.status, "skipped", handle.geturl())
            if time.monotonic() > deadline:
                message = f"download not done within the {self.settings.deadline:g} s deadline ({size:,} bytes read)"
                raise FetchError(message, handle.status, "error", handle.geturl())
            chunks.append(chunk)
        if declared.isdigit() and size < int(declared):
            message = f"incomplete body: {size:,} of {int(declared):,} bytes (the connection closed early)"
            raise FetchError(message, handle.status, "error", handle.geturl(), retryable=True)
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
    sources = _unique(sources)
    # A proxy from the environment (http_proxy...) is where the connection goes, so it counts as listed.
    proxies = [Source(url) for url in urllib.request.getproxies().values() if "://" in url]
    listed = frozenset(filter(None, map(_host, [*sources, *proxies])))
    client = Client(settings or Settings(), listed_hosts=listed)
    rows: dict[str, ManifestRow] = dict(previous)
    used_ids: dict[str, str] = {}
    this_run: list[ManifestRow] = []
    try:
        for source in sources:
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
    """The manifest of an earlier run, by URL ({} when there is none).

    The file is untrusted input (anyone who can write raw/ can edit it): a `doc_id` that is not
    a safe file name is replaced by the URL's own id, and a `file` that is not `<doc_id>.<ext>`
    with one of our extensions is forgotten, so nothing outside raw/ is ever written or deleted.
    """
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
        row = _trusted(ManifestRow(**values))
        rows[row.url] = row
    return rows


def _trusted(row: ManifestRow) -> ManifestRow:
    """A manifest row whose doc_id and file name cannot point outside raw/."""
    if not row.doc_id or safe_id(row.doc_id) != row.doc_id:
        log.warning("manifest: unsafe doc_id %r replaced for %s", row.doc_id, row.url)
        row = replace(row, doc_id=url_doc_id(row.url), file="", sha256="", n_bytes=0, etag="", last_modified="")
    if row.file and row.file not in {row.doc_id + suffix for suffix in supported_suffixes()}:
        log.warning("manifest: unexpected file name %r ignored for %s", row.file, row.url)
        row = replace(row, file="", sha256="", n_bytes=0, etag="", last_modified="")
    return row


def _host(source: Source) -> str:
    try:
        return (urllib.parse.urlsplit(source.url).hostname or "").lower()
    except ValueError:
        return ""


def _unique(sources: Iterable[Source]) -> list[Source]:
    seen: set[str] = set()
    out = []
    for source in sources:
        try:
            url = urllib.parse.urldefrag(source.url.strip())[0]
        except ValueError:  # malformed: kept as listed, so it gets its own error row
            url = source.url.strip()
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
    # A listed doc_id that cleans to nothing ("..") falls back to the URL's id: never "raw/.html".
    doc_id = (safe_id(source.doc_id) if source.doc_id else "") or (old.doc_id if old else url_doc_id(source.url))
    base = old or ManifestRow(doc_id=doc_id, url=source.url)
    base = replace(base, doc_id=doc_id, notes=source.notes, checked_at=_now(), attempts=0, error="")
    if doc_id in used_ids:
        return replace(base, status="error", error=f"doc_id '{doc_id}' is already used by {used_ids[doc_id]}")
    used_ids[doc_id] = source.url
    refusal = client.hop_refusal(source.url)
    if refusal is not None:
        return replace(base, status=refusal.kind, http_status=str(refusal.status or ""), error=str(refusal))

    # Conditional request only when the file we would keep is still there.
    headers = {}
    if old and old.file and (raw_dir / old.file).is_file():
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
