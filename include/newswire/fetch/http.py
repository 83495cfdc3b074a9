"""One careful HTTP client for every source.

Timeouts (connect, read and a total deadline against servers that drip bytes),
bounded retries with exponential backoff on 429/5xx honouring Retry-After,
conditional GET (ETag / Last-Modified, validators kept in the lake), a maximum
response size, robots.txt, a per-host rate limit, and fetches limited to the
hosts of configured sources: a redirect to any other host is refused.
"""

from __future__ import annotations

import email.utils
import hashlib
import threading
import time
import urllib.robotparser
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import urljoin, urlsplit

import requests

from newswire.config import FetchPolicy
from newswire.lake import Lake

RETRYABLE_STATUS = {429, 500, 502, 503, 504}
_KEPT_HEADERS = ("content-type", "etag", "last-modified", "content-length", "date", "retry-after")


class FetchError(Exception):
    """A fetch that did not yield a usable payload; ``reason`` is for humans."""

    def __init__(
        self, reason: str, *, status: int | None = None, retryable: bool = False, retry_after: float | None = None
    ):
        super().__init__(reason)
        self.reason = reason
        self.status = status
        self.retryable = retryable
        self.retry_after = retry_after


@dataclass
class FetchResult:
    url: str
    final_url: str
    status: int
    headers: dict[str, str]
    raw_key: str
    fetched_at: str
    not_modified: bool = False
    attempts: int = 1

    def to_dict(self) -> dict:
        return self.__dict__.copy()


@dataclass
class _HostThrottle:
    min_interval: float
    next_slot: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def wait(self) -> None:
        with self.lock:
            now = time.monotonic()
            delay = self.next_slot - now
            self.next_slot = max(now, self.next_slot) + self.min_interval
        if delay > 0:
            time.sleep(delay)


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


class Fetcher:
    def __init__(
        self,
        lake: Lake,
        allowed_hosts: set[str],
        policy: FetchPolicy | None = None,
        extra_headers: dict[str, str] | None = None,
        sleep=time.sleep,
    ):
        self.lake = lake
        self.allowed_hosts = {h.lower() for h in allowed_hosts}
        self.policy = policy or FetchPolicy()
        self.session = requests.Session()
        self.session.headers["User-Agent"] = self.policy.user_agent
        self.session.headers.update(extra_headers or {})
        self._sleep = sleep
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self._throttles: dict[str, _HostThrottle] = {}
        self._lock = threading.Lock()

    # -- public -----------------------------------------------------------
    def get(self, url: str, *, conditional: bool = True, params: dict | None = None) -> FetchResult:
        """Fetch ``url`` into the raw zone, retrying transient faults."""
        self._check_host(url)
        if not self._robots_allow(url):
            raise FetchError(f"robots.txt disallows {url}")
        validators = self._load_validators(url) if conditional and not params else {}
        last_error: FetchError | None = None
        for attempt in range(1, self.policy.max_retries + 2):
            try:
                result = self._get_once(url, params, validators)
                result.attempts = attempt
                if conditional and not params and not result.not_modified:
                    self._save_validators(url, result)
                return result
            except FetchError as err:
                last_error = err
                if not err.retryable or attempt > self.policy.max_retries:
                    break
                self._sleep(self._backoff(attempt, err))
        assert last_error is not None
        if last_error.retryable:
            raise FetchError(
                f"{last_error.reason} (gave up after {self.policy.max_retries + 1} attempts)",
                status=last_error.status,
            )
        raise last_error

    # -- one attempt -----------------------------------------------------
    def _get_once(self, url: str, params: dict | None, validators: dict) -> FetchResult:
        headers = {}
        if validators.get("etag"):
            headers["If-None-Match"] = validators["etag"]
        if validators.get("last_modified"):
            headers["If-Modified-Since"] = validators["last_modified"]
        current = url
        for _hop in range(6):
            self._throttle(current).wait()
            try:
                resp = self.session.get(
                    current,
                    params=params,
                    headers=headers,
                    timeout=(self.policy.connect_timeout, self.policy.read_timeout),
                    stream=True,
                    allow_redirects=False,
                )
            except requests.Timeout as err:
                raise FetchError(f"timed out fetching {current}: {type(err).__name__}", retryable=True) from err
            except requests.ConnectionError as err:
                raise FetchError(f"connection failed for {current}: {err.__class__.__name__}", retryable=True) from err
            if resp.is_redirect:
                target = urljoin(current, resp.headers.get("Location", ""))
                resp.close()
                if host_of(target) not in self.allowed_hosts:
                    raise FetchError(f"redirect from {current} to a host that is not a configured source: {target}")
                current, params = target, None
                continue
            return self._read(url, current, resp, validators)
        raise FetchError(f"too many redirects from {url}")

    def _read(self, url: str, final_url: str, resp: requests.Response, validators: dict) -> FetchResult:
        status = resp.status_code
        kept = {k: resp.headers[k] for k in _KEPT_HEADERS if k in resp.headers}
        if status == 304 and validators.get("raw_key"):
            resp.close()
            return FetchResult(url, final_url, status, kept, validators["raw_key"], _now(), not_modified=True)
        if status in RETRYABLE_STATUS:
            resp.close()
            retry_after = _parse_retry_after(resp.headers.get("Retry-After"))
            if retry_after is not None and retry_after > self.policy.max_retry_after:
                raise FetchError(
                    f"HTTP {status} from {final_url} asks to retry after {retry_after:.0f}s, "
                    f"beyond the {self.policy.max_retry_after:.0f}s this run waits",
                    status=status,
                )
            raise FetchError(f"HTTP {status} from {final_url}", status=status, retryable=True, retry_after=retry_after)
        if status >= 400:
            resp.close()
            raise FetchError(f"HTTP {status} from {final_url}", status=status)
        declared = int(resp.headers.get("Content-Length") or 0)
        if declared > self.policy.max_bytes:
            resp.close()
            raise FetchError(f"response of {declared} bytes exceeds the {self.policy.max_bytes}-byte limit: {final_url}")
        payload = self._read_body(final_url, resp)
        if not payload:
            raise FetchError(f"empty body from {final_url}", status=status)
        return FetchResult(url, final_url, status, kept, self.lake.put_raw(payload), _now())

    def _read_body(self, url: str, resp: requests.Response) -> bytes:
        deadline = time.monotonic() + self.policy.read_timeout * 3
        chunks, size = [], 0
        try:
            for chunk in resp.iter_content(64 * 1024):
                size += len(chunk)
                if size > self.policy.max_bytes:
                    raise FetchError(f"response exceeds the {self.policy.max_bytes}-byte limit: {url}")
                if time.monotonic() > deadline:
                    raise FetchError(f"response too slow (over {self.policy.read_timeout * 3:.0f}s): {url}", retryable=True)
                chunks.append(chunk)
        except requests.exceptions.ChunkedEncodingError as err:
            raise FetchError(f"truncated response from {url}", retryable=True) from err
        except requests.exceptions.ConnectionError as err:
            raise FetchError(f"connection broke while reading {url}", retryable=True) from err
        finally:
            resp.close()
        return b"".join(chunks)

    # -- helpers ---------------------------------------------------------
    def _backoff(self, attempt: int, err: FetchError) -> float:
        if err.retry_after is not None:
            return err.retry_after
        return self.policy.backoff_base * (2 ** (attempt - 1))

    def _check_host(self, url: str) -> None:
        if urlsplit(url).scheme not in ("http", "https"):
            raise FetchError(f"not an http(s) URL: {url}")
        if host_of(url) not in self.allowed_hosts:
            raise FetchError(f"host {host_of(url)!r} is not a configured source: {url}")

    def _throttle(self, url: str) -> _HostThrottle:
        host = host_of(url)
        with self._lock:
            if host not in self._throttles:
                self._throttles[host] = _HostThrottle(1.0 / max(self.policy.rate_limit_per_second, 0.001))
            return self._throttles[host]

    def _robots_allow(self, url: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        with self._lock:
            known = origin in self._robots
        if not known:
            parser: urllib.robotparser.RobotFileParser | None = urllib.robotparser.RobotFileParser()
            try:
                resp = self.session.get(
                    origin + "/robots.txt", timeout=(self.policy.connect_timeout, self.policy.read_timeout)
                )
                if resp.status_code >= 400:
                    parser = None  # no robots.txt: everything allowed
                else:
                    parser.parse(resp.text.splitlines())
            except requests.RequestException:
                parser = None
            with self._lock:
                self._robots[origin] = parser
        parser = self._robots[origin]
        return parser is None or parser.can_fetch(self.policy.user_agent, url)

    def _validators_key(self, url: str) -> str:
        return f"http/validators/{hashlib.sha256(url.encode()).hexdigest()}.json"

    def _load_validators(self, url: str) -> dict:
        key = self._validators_key(url)
        return self.lake.read_json(key) if self.lake.exists(key) else {}

    def _save_validators(self, url: str, result: FetchResult) -> None:
        etag, modified = result.headers.get("etag"), result.headers.get("last-modified")
        if etag or modified:
            self.lake.write_json(
                self._validators_key(url), {"etag": etag, "last_modified": modified, "raw_key": result.raw_key}
            )


def _now() -> str:
    return datetime.now(timezone.utc).isoformat()


def _parse_retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())
