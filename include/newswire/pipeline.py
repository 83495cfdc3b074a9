"""The stages, composed: what the Airflow DAGs and the CLI both call.

source → discover → fetch → raw zone → clean → extract → load → checks

Each stage reads only the durable output of the stage before it (in the lake)
and writes its own, named by interval and batch, so any one stage can be
re-run alone (an Airflow "clear") with the same result. Items that cannot be
processed are quarantined with their reason and the batch goes on; a stage
raises only for systemic faults (warehouse down, model missing).
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import time
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlsplit, urlunsplit

from newswire import config
from newswire.config import SourceConfig
from newswire.fetch.discover import Item, SourceError, discover
from newswire.fetch.http import FetchError, Fetcher, host_of
from newswire.lake import Lake
from newswire.warehouse import checks, quarantine, stats
from newswire.warehouse.load import RunInfo, load_batch
from newswire.warehouse.quarantine import QuarantineRow

log = logging.getLogger("newswire.pipeline")


@dataclass(frozen=True)
class RunContext:
    """Which run, which interval, and where things are. Plain values only,
    so it travels through XCom and into any worker process."""

    run_id: str
    start: datetime
    end: datetime
    dsn: str | None = None
    lake_url: str | None = None
    sources_path: str | None = None
    # Extra request headers per source name (API keys from Airflow connections).
    source_headers: dict = field(default_factory=dict)
    only_sources: tuple[str, ...] = ()  # restrict to these source names (CLI --source)

    @property
    def interval_key(self) -> str:
        # Microseconds only when the interval has them: event runs (newswire.events)
        # span their events' times, and two of them may share a second.
        fmt = "%Y%m%dT%H%M%S.%f" if self.start.microsecond or self.end.microsecond else "%Y%m%dT%H%M%S"
        return f"{self.start.strftime(fmt)}_{self.end.strftime(fmt)}"

    @property
    def interval(self) -> tuple[str, str]:
        return self.start.isoformat(), self.end.isoformat()

    @property
    def run_info(self) -> RunInfo:
        return RunInfo(self.run_id, *self.interval)

    def lake(self) -> Lake:
        return Lake(self.lake_url)

    def sources(self) -> list[SourceConfig]:
        from pathlib import Path

        sources = config.load_sources(Path(self.sources_path) if self.sources_path else None)
        unknown = set(self.only_sources) - {s.name for s in sources}
        if unknown:
            raise KeyError(f"no configured source named {sorted(unknown)}")
        return [s for s in sources if not self.only_sources or s.name in self.only_sources]

    def key(self, stage: str, batch: str, ext: str = "json") -> str:
        return f"runs/{self.interval_key}/{stage}/{batch}.{ext}"


def allowed_hosts(sources: list[SourceConfig]) -> set[str]:
    """Hosts a fetch may reach: those of configured sources, plus any named
    in NEWSWIRE_ALLOWED_HOSTS (comma separated). Nothing else, not via redirect."""
    hosts = {host_of(s.url) for s in sources} | {host_of(u) for s in sources for u in s.urls}
    hosts |= {h.strip().lower() for h in os.environ.get("NEWSWIRE_ALLOWED_HOSTS", "").split(",") if h.strip()}
    return hosts - {""}


def _fetcher(ctx: RunContext, source: SourceConfig, lake: Lake, sources: list[SourceConfig]) -> Fetcher:
    return Fetcher(lake, allowed_hosts(sources), source.policy, ctx.source_headers.get(source.name))


def _quarantine(ctx: RunContext, rows: list[QuarantineRow]) -> int:
    for row in rows:
        log.warning("quarantined at %s: %s (%s): %s", row.stage, row.item_ref, row.source, row.reason)
    return quarantine.record(rows, ctx.run_id, ctx.interval, ctx.dsn)


# -- discover ----------------------------------------------------------------
def discover_stage(ctx: RunContext, batch_size: int | None = None) -> list[str]:
    """List every source's items for the interval; write them in batches.

    Returns the batch ids (what the mapped downstream tasks expand over)."""
    batch_size = batch_size or config.batch_size()
    lake, sources = ctx.lake(), ctx.sources()
    batches: list[str] = []
    for source in sources:
        started = time.monotonic()
        try:
            items, rejected = discover(source, _fetcher(ctx, source, lake, sources), ctx.start, ctx.end)
        except (SourceError, FetchError) as err:
            reason = getattr(err, "reason", None) or str(err)
            _quarantine(ctx, [QuarantineRow("discover", source.name, source.url, reason)])
            stats.record_stage(ctx.run_id, "discover", source.name, source.name, ctx.interval, 0, 0, 1,
                               time.monotonic() - started, ctx.dsn)
            continue
        _quarantine(ctx, [QuarantineRow("discover", r.source, r.ref, r.reason, r.raw_key) for r in rejected])
        batches += _write_batches(ctx, source.name, items, batch_size)
        stats.record_stage(ctx.run_id, "discover", source.name, source.name, ctx.interval, len(items) + len(rejected),
                           len(items), len(rejected), time.monotonic() - started, ctx.dsn)
        log.info("discovered %d items (%d rejected) from %s for %s", len(items), len(rejected), source.name, ctx.interval_key)
    log.info("discover %s: %d batches from %d sources", ctx.interval_key, len(batches), len(sources))
    return batches


def batch_from_items(ctx: RunContext, items: list[Item], batch_size: int | None = None) -> list[str]:
    """Items that arrived without a listing (pushed events, ``newswire.events``)
    written as this run's discover batches, per source: from here on the
    run is an ordinary one (fetch, clean, extract, load over the batch ids)."""
    batch_size = batch_size or config.batch_size()
    batches: list[str] = []
    for source in sorted({i.source for i in items}):
        mine = [i for i in items if i.source == source]
        batches += _write_batches(ctx, source, mine, batch_size)
        stats.record_stage(ctx.run_id, "discover", source, source, ctx.interval, len(mine), len(mine), 0, 0.0, ctx.dsn)
    return batches


# Below this many stories a batch's work is small against its task's fixed
# costs (a process start, imports, extract's model load).
MIN_BATCH = 25


def batch_bounds(n: int, batch_size: int, parallel: int) -> list[tuple[int, int]]:
    """Split ``n`` items into batches of at most ``batch_size``, but into at
    least ``parallel`` batches of ``MIN_BATCH`` or more where there are enough
    items, so that every worker slot has work; sizes differ by one at most.
    The same ``n`` always splits the same way (batch ids stay stable on re-runs)."""
    if n <= 0:
        return []
    k = max(math.ceil(n / batch_size), min(parallel, n // MIN_BATCH), 1)
    return [(i * n // k, (i + 1) * n // k) for i in range(k)]


def _write_batches(ctx: RunContext, source: str, items: list[Item], batch_size: int) -> list[str]:
    lake, batches = ctx.lake(), []
    for n, (first, end) in enumerate(batch_bounds(len(items), batch_size, config.parallel_batches())):
        batch = f"{source}-{n:04d}"
        lake.write_json(ctx.key("discover", batch), {"source": source, "items": [i.to_dict() for i in items[first:end]]})
        batches.append(batch)
    return batches


# -- fetch -------------------------------------------------------------------
def fetch_stage(ctx: RunContext, batch: str) -> dict:
    started = time.monotonic()
    lake, sources = ctx.lake(), ctx.sources()
    listing = lake.read_json(ctx.key("discover", batch))
    source = next(s for s in sources if s.name == listing["source"])
    fetcher = _fetcher(ctx, source, lake, sources)
    fetched, rejected = [], []
    items = [Item(**i) for i in listing["items"]]
    for n, item in enumerate(items, 1):
        if item.raw_key:  # arrived whole with the listing (ninjs)
            fetched.append({**item.to_dict(), "http": None})
            continue
        try:
            result = fetcher.get(item.url)
        except FetchError as err:
            rejected.append(QuarantineRow("fetch", source.name, item.url, err.reason))
            continue
        fetched.append({**item.to_dict(), "raw_key": result.raw_key, "http": result.to_dict()})
        _progress("fetched", n, len(items), batch)
    lake.write_json(ctx.key("fetch", batch), {"source": source.name, "items": fetched})
    return _finish(ctx, "fetch", batch, source.name, len(items), len(fetched), rejected, started)


# -- clean -------------------------------------------------------------------
def story_identity(canonical_url: str | None, source: str, guid: str | None, fetched_url: str) -> str:
    """A stable story id: the canonical URL when the story has one (so the same
    story reached through a sitemap, a feed or the API is one story), else
    source + guid, else the fetched URL."""
    if canonical_url:
        parts = urlsplit(canonical_url.strip())
        key = urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path.rstrip("/") or "/", "", ""))
    elif guid:
        key = f"{source}:{guid}"
    else:
        key = fetched_url
    return hashlib.sha256(key.encode()).hexdigest()[:24]


def clean_item(item: dict, payload: bytes) -> dict:
    """One fetched payload → one story-version record (raises CleanError)."""
    from newswire.clean.html import clean_html
    from newswire.clean.model import CleanError
    from newswire.clean.ninjs import clean_ninjs

    if item["source_type"] == "ninjs":
        try:
            doc = json.loads(payload)
        except ValueError as err:
            raise CleanError(f"ninjs payload is not valid JSON: {err}") from err
        if not isinstance(doc, dict):
            raise CleanError("ninjs payload is not a JSON object")
        article = clean_ninjs(doc)
    else:
        content_type = ((item.get("http") or {}).get("headers") or {}).get("content-type")
        article = clean_html(payload, url=item["url"], content_type=content_type)
    record = article.to_dict()
    guid = article.guid or item.get("guid")
    version_time = record.get("updated_at") or record.get("published_at") or item.get("published") or "1970-01-01T00:00:00+00:00"
    record.update(
        story_id=story_identity(article.canonical_url, item["source"], guid, item["url"]),
        guid=guid,
        source=item["source"],
        body=article.body,
        content_hash=article.content_hash,
        version_time=version_time,
        raw_key=item["raw_key"],
        fetched_url=item["url"],
    )
    return record


def clean_stage(ctx: RunContext, batch: str) -> dict:
    from newswire.clean.model import CleanError

    started = time.monotonic()
    lake = ctx.lake()
    fetched = lake.read_json(ctx.key("fetch", batch))
    records, rejected = [], []
    for item in fetched["items"]:
        try:
            records.append(clean_item(item, lake.get_raw(item["raw_key"])))
        except CleanError as err:
            rejected.append(QuarantineRow("clean", item["source"], item["url"], str(err), item["raw_key"]))
    lake.write_jsonl(ctx.key("clean", batch, "jsonl"), records)
    return _finish(ctx, "clean", batch, fetched["source"], len(fetched["items"]), len(records), rejected, started)


# -- extract -----------------------------------------------------------------
def extract_stage(ctx: RunContext, batch: str) -> dict:
    from newswire.extract import EXTRACTOR_VERSION, analyze

    started = time.monotonic()
    lake = ctx.lake()
    records = list(lake.read_jsonl(ctx.key("clean", batch, "jsonl")))
    out = []
    for n, (record, extraction) in enumerate(zip(records, analyze(r["body"] for r in records)), 1):
        out.append({**record, "extraction": {**extraction, "extractor_version": EXTRACTOR_VERSION}})
        _progress("extracted", n, len(records), batch)
    lake.write_jsonl(ctx.key("extract", batch, "jsonl"), out)
    source = records[0]["source"] if records else batch.rsplit("-", 1)[0]
    return _finish(ctx, "extract", batch, source, len(records), len(out), [], started)


# -- load --------------------------------------------------------------------
def load_stage(ctx: RunContext, batch: str) -> dict:
    started = time.monotonic()
    records = list(ctx.lake().read_jsonl(ctx.key("extract", batch, "jsonl")))
    summary = load_batch(records, ctx.run_info, ctx.dsn)
    source = records[0]["source"] if records else batch.rsplit("-", 1)[0]
    result = _finish(ctx, "load", batch, source, len(records), summary.stories, [], started)
    result.update(mentions=summary.mentions, quotes=summary.quotes, entities=summary.entities, current=summary.current)
    return result


# -- checks ------------------------------------------------------------------
def check_stage(ctx: RunContext, names: list[str] | None = None) -> list[str]:
    """Run data-quality checks (all by default); raises CheckFailed on a violation."""
    selected = [checks.get_check(n) for n in names] if names else list(checks.CHECKS)
    for check in selected:
        checks.run_check(check, ctx.run_id, ctx.dsn)
        log.info("check passed: %s (%s)", check.name, check.description)
    return [c.name for c in selected]


def run_interval(ctx: RunContext) -> dict:
    """Every stage in order, in this process (the CLI's `ingest`)."""
    totals = {"batches": 0, "stories": 0, "quotes": 0, "mentions": 0, "quarantined": 0}
    for batch in discover_stage(ctx):
        totals["batches"] += 1
        for stage in (fetch_stage, clean_stage, extract_stage):
            totals["quarantined"] += stage(ctx, batch)["quarantined"]
        loaded = load_stage(ctx, batch)
        totals["stories"] += loaded["items_out"]
        totals["quotes"] += loaded["quotes"]
        totals["mentions"] += loaded["mentions"]
    check_stage(ctx)
    return totals


# -- helpers -----------------------------------------------------------------
def _progress(verb: str, n: int, total: int, batch: str) -> None:
    if n == total or n % 25 == 0:
        log.info("%s %s stories %d/%d", batch, verb, n, total)


def _finish(ctx, stage, batch, source, items_in, items_out, rejected, started) -> dict:
    quarantined = _quarantine(ctx, rejected)
    seconds = time.monotonic() - started
    stats.record_stage(ctx.run_id, stage, batch, source, ctx.interval, items_in, items_out, quarantined, seconds, ctx.dsn)
    log.info("%s %s: %d in, %d out, %d quarantined in %.1fs", stage, batch, items_in, items_out, quarantined, seconds)
    return {"stage": stage, "batch": batch, "items_in": items_in, "items_out": items_out,
            "quarantined": quarantined, "seconds": round(seconds, 3)}
