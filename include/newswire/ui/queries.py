"""What the monitoring pages show, read from the warehouse as plain dicts.

Time windows ("last 30 days", "this week") end at an *as-of* time. By default
that is the publication time of the newest story in the warehouse, not the
wall clock: a warehouse rebuilt from an archive (the sample corpus is from
August 2024) still shows its last 30 days instead of an empty page. Callers
may pass an explicit ``as_of`` (the pages' ``?as_of=`` parameter).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from psycopg2.extras import RealDictCursor

from newswire.warehouse.connection import connect

QUARANTINE_STAGES = ("discover", "fetch", "clean", "extract", "load", "event")


def _rows(dsn: str | None, sql: str, params=()) -> list[dict]:
    with connect(dsn) as conn, conn.cursor(cursor_factory=RealDictCursor) as cur:
        cur.execute(sql, params)
        return [dict(r) for r in cur.fetchall()]


# -- as-of -------------------------------------------------------------------
def parse_as_of(value: str | None) -> datetime | None:
    """``2024-08-23`` (the end of that UTC day) or an ISO timestamp; None if empty."""
    if not value:
        return None
    if len(value) == 10:
        return datetime.combine(date.fromisoformat(value), time.max, timezone.utc)
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def resolve_as_of(dsn: str | None, as_of: datetime | None = None) -> tuple[datetime, str]:
    """The window end and where it came from: ``param``, ``newest story`` or ``clock``."""
    if as_of is not None:
        return as_of, "param"
    newest = _rows(dsn, "SELECT max(published_at) AS newest FROM stories")[0]["newest"]
    if newest is not None:
        return newest, "newest story"
    return datetime.now(timezone.utc), "clock"


# -- per-source health ----------------------------------------------------------
# The newest ``limit`` runs per source (``n``), each with its publication-to-warehouse
# latency: the time from each story version's own publication (its version time)
# to its load, over the versions this source delivered in this run. Latency is
# computed after the runs are picked, so a long history costs index lookups only.
_RUNS_SQL = """
    SELECT r.run_id, r.source, r.interval_start, r.interval_end, r.finished_at, r.discovered, r.listing_failed,
           r.fetched, r.fetch_errors, r.cleaned, r.loaded, r.quarantined, r.complete,
           l.latency_median_s, l.latency_max_s
    FROM (SELECT *, row_number() OVER (PARTITION BY source ORDER BY interval_end DESC NULLS LAST,
                                                              finished_at DESC) AS n
          FROM source_runs WHERE {where}) r
    LEFT JOIN LATERAL (
        SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM v.loaded_at - v.version_time)) AS latency_median_s,
               max(extract(epoch FROM v.loaded_at - v.version_time))::double precision AS latency_max_s
        FROM story_versions v WHERE v.run_id = r.run_id AND v.source = r.source) l ON true
    WHERE r.n <= %(limit)s
    ORDER BY r.source, r.interval_end DESC NULLS LAST, r.finished_at DESC"""


def source_runs(dsn: str | None, source: str | None = None, limit: int = 30) -> list[dict]:
    """The latest runs per source, newest first (``limit`` per source)."""
    return _rows(dsn, _RUNS_SQL.format(where="%(source)s::text IS NULL OR source = %(source)s"),
                 {"source": source, "limit": limit})


def source_health(dsn: str | None, runs_per_source: int = 10) -> list[dict]:
    """One entry per source: its latest run, its last complete run, and recent runs."""
    by_source: dict[str, list[dict]] = {}
    for run in source_runs(dsn, limit=runs_per_source):
        by_source.setdefault(run["source"], []).append(run)
    last_complete = {r["source"]: r for r in _rows(dsn, _RUNS_SQL.format(where="complete"), {"limit": 1})}
    health = []
    for source, runs in sorted(by_source.items()):
        latest = runs[0]
        health.append({
            "source": source,
            "status": run_status(latest),
            "latest_run": latest,
            "last_successful_run": last_complete.get(source),
            "runs": runs,
        })
    return health


def run_status(run: dict) -> str:
    """``failed`` (listing unreadable), ``incomplete`` (batches missing: still
    running or a task failed), ``errors`` (complete, some items quarantined) or ``ok``."""
    if run["listing_failed"]:
        return "failed"
    if not run["complete"]:
        return "incomplete"
    return "errors" if run["quarantined"] else "ok"


# -- volumes -----------------------------------------------------------------------
def daily_volumes(dsn: str | None, as_of: datetime, days: int = 30) -> list[dict]:
    """Per publication day (UTC), the ``days`` days ending on as-of's day: stories
    published, their quotes, and the distinct entities they mention. Days
    without stories are present with zeros."""
    last = as_of.astimezone(timezone.utc).date()
    first = last - timedelta(days=days - 1)
    return _rows(
        dsn,
        """WITH days AS (SELECT generate_series(%(first)s::date, %(last)s::date, interval '1 day')::date AS day),
                s AS (SELECT story_id, (published_at AT TIME ZONE 'UTC')::date AS day FROM stories
                      WHERE published_at >= %(first)s::date AT TIME ZONE 'UTC'
                        AND published_at < (%(last)s::date + 1) AT TIME ZONE 'UTC')
           SELECT d.day,
                  (SELECT count(*) FROM s WHERE s.day = d.day) AS stories,
                  (SELECT count(*) FROM quotes q JOIN s USING (story_id) WHERE s.day = d.day) AS quotes,
                  (SELECT count(DISTINCT m.entity_id) FROM mentions m JOIN s USING (story_id) WHERE s.day = d.day) AS entities
           FROM days d ORDER BY d.day""",
        {"first": first, "last": last},
    )


# -- quotes ------------------------------------------------------------------------
def most_quoted(dsn: str | None, as_of: datetime, days: int = 7, limit: int = 10) -> dict[str, list[dict]]:
    """The people and the organisations quoted most in stories published in
    the ``days`` days up to as-of: ``{"PERSON": [...], "ORG": [...]}``."""
    rows = _rows(
        dsn,
        """SELECT entity_id, name, label, quotes, stories FROM (
             SELECT e.entity_id, e.canonical_name AS name, e.label, count(*) AS quotes,
                    count(DISTINCT q.story_id) AS stories,
                    row_number() OVER (PARTITION BY e.label ORDER BY count(*) DESC, e.canonical_name) AS rank
             FROM quotes q
             JOIN entities e ON e.entity_id = q.speaker_entity_id
             JOIN stories s ON s.story_id = q.story_id
             WHERE e.label IN ('PERSON', 'ORG')
               AND s.published_at > %(as_of)s - make_interval(days => %(days)s) AND s.published_at <= %(as_of)s
             GROUP BY e.entity_id, e.canonical_name, e.label) ranked
           WHERE rank <= %(limit)s
           ORDER BY label DESC, quotes DESC, name""",
        {"as_of": as_of, "days": days, "limit": limit},
    )
    return {label: [r for r in rows if r["label"] == label] for label in ("PERSON", "ORG")}


def entity(dsn: str | None, entity_id: int) -> dict | None:
    rows = _rows(dsn, "SELECT entity_id, canonical_name AS name, label FROM entities WHERE entity_id = %s", (entity_id,))
    return rows[0] if rows else None


def quotes(dsn: str | None, as_of: datetime, entity_id: int | None = None, page: int = 1, per_page: int = 20) -> dict:
    """Quotes from stories published up to as-of, newest story first; only
    those of one speaker when ``entity_id`` is given."""
    params = {"as_of": as_of, "entity_id": entity_id, "limit": per_page, "offset": (page - 1) * per_page}
    where = """s.published_at <= %(as_of)s
               AND (%(entity_id)s::bigint IS NULL OR q.speaker_entity_id = %(entity_id)s)"""
    total = _rows(dsn, f"SELECT count(*) AS n FROM quotes q JOIN stories s USING (story_id) WHERE {where}", params)[0]["n"]
    items = _rows(
        dsn,
        f"""SELECT q.story_id, q.start_char, q.quote, coalesce(q.speaker, q.speaker_text) AS speaker,
                   q.speaker_entity_id, q.verb, q.kind, s.headline, s.canonical_url, s.published_at, s.source
            FROM quotes q JOIN stories s USING (story_id)
            WHERE {where}
            ORDER BY s.published_at DESC, q.story_id, q.start_char
            LIMIT %(limit)s OFFSET %(offset)s""",
        params,
    )
    return {"total": total, "page": page, "per_page": per_page, "items": items}


# -- quarantine ----------------------------------------------------------------------
def quarantine(dsn: str | None, page: int = 1, per_page: int = 50, source: str | None = None,
               stage: str | None = None) -> dict:
    """Quarantined items, most recently seen first, optionally of one source or stage."""
    params = {"source": source, "stage": stage, "limit": per_page, "offset": (page - 1) * per_page}
    where = "(%(source)s::text IS NULL OR source = %(source)s) AND (%(stage)s::text IS NULL OR stage = %(stage)s)"
    total = _rows(dsn, f"SELECT count(*) AS n FROM quarantine WHERE {where}", params)[0]["n"]
    items = _rows(
        dsn,
        f"""SELECT quarantine_id, stage, source, item_ref, reason, raw_key, run_id, interval_start, interval_end,
                   first_seen_at, last_seen_at, times_seen
            FROM quarantine WHERE {where}
            ORDER BY last_seen_at DESC, quarantine_id DESC
            LIMIT %(limit)s OFFSET %(offset)s""",
        params,
    )
    return {"total": total, "page": page, "per_page": per_page, "items": items}


def quarantine_summary(dsn: str | None) -> list[dict]:
    """Quarantined items per source and stage (the overview's small table)."""
    return _rows(
        dsn,
        """SELECT source, stage, count(*) AS quarantined, max(last_seen_at) AS last_seen_at
           FROM quarantine GROUP BY source, stage ORDER BY source, stage""",
    )


def quarantine_sources(dsn: str | None) -> list[str]:
    return [r["source"] for r in _rows(dsn, "SELECT DISTINCT source FROM quarantine ORDER BY source")]
