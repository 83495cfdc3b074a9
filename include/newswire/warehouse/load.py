"""Load extracted stories into the warehouse: one transaction per batch.

Idempotent by construction: stories, versions, entities and aliases are
upserted on natural keys, and a story's mentions and quotes are replaced as a
whole whenever the batch carries its current (newest) version. Loading the
same batch twice, or an older version after a newer one, changes nothing.

A version is identified by (story, version time). The source that delivered
a version may refresh it (a re-run after a cleaner or extractor upgrade);
the same version arriving through another source changes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from psycopg2.extras import execute_values

from newswire.warehouse.connection import connect

PAGE = 1000


@dataclass(frozen=True)
class RunInfo:
    run_id: str
    interval_start: str | None
    interval_end: str | None


@dataclass
class LoadSummary:
    stories: int = 0
    current: int = 0
    mentions: int = 0
    quotes: int = 0
    entities: int = 0

    def rows(self) -> int:
        return self.stories + self.mentions + self.quotes + self.entities


_STORY_COLUMNS = (
    "story_id", "canonical_url", "guid", "source", "headline", "byline", "dateline", "body",
    "contributors_line", "contributors", "language", "published_at", "updated_at", "version_time",
    "content_hash", "run_id", "interval_start", "interval_end", "extractor_version",
)


def load_batch(records: Sequence[dict], run: RunInfo, dsn: str | None = None) -> LoadSummary:
    """``records``: one per story version, the clean fields plus ``extraction``."""
    summary = LoadSummary(stories=len(records))
    if not records:
        return summary
    newest = _newest_per_story(records)
    with connect(dsn) as conn, conn.cursor() as cur:
        current_ids = _upsert_stories(cur, newest, run)  # (story_id, content_hash) of rows this batch made current
        _insert_versions(cur, records, run)
        cur.execute(
            """UPDATE stories s SET version_count = v.n
               FROM (SELECT story_id, count(*) AS n FROM story_versions WHERE story_id = ANY(%s) GROUP BY story_id) v
               WHERE s.story_id = v.story_id""",
            (sorted({r["story_id"] for r in records}),),
        )
        current = [r for r in newest if (r["story_id"], r["content_hash"]) in current_ids]
        summary.current = len(current)
        entity_ids = _upsert_entities(cur, current)
        summary.entities = len(entity_ids)
        ids = sorted({r["story_id"] for r in current})
        cur.execute("DELETE FROM mentions WHERE story_id = ANY(%s)", (ids,))
        cur.execute("DELETE FROM quotes WHERE story_id = ANY(%s)", (ids,))
        summary.mentions = _insert_mentions(cur, current, entity_ids, run)
        summary.quotes = _insert_quotes(cur, current, entity_ids, run)
    return summary


def _newest_per_story(records: Sequence[dict]) -> list[dict]:
    newest: dict[str, dict] = {}
    for r in records:
        best = newest.get(r["story_id"])
        if best is None or r["version_time"] > best["version_time"]:
            newest[r["story_id"]] = r
    return [newest[k] for k in sorted(newest)]


def _upsert_stories(cur, newest: list[dict], run: RunInfo) -> set[tuple[str, str]]:
    rows = [
        tuple(
            {**r, "run_id": run.run_id, "interval_start": run.interval_start, "interval_end": run.interval_end,
             "extractor_version": r["extraction"]["extractor_version"]}.get(c)
            for c in _STORY_COLUMNS
        )
        for r in newest
    ]
    updates = ", ".join(f"{c} = EXCLUDED.{c}" for c in _STORY_COLUMNS if c != "story_id")
    # Only a newer version (or the same one, re-run) replaces the current row;
    # RETURNING tells which stories this batch holds the current version of.
    returned = execute_values(
        cur,
        f"""INSERT INTO stories ({", ".join(_STORY_COLUMNS)}) VALUES %s
            ON CONFLICT (story_id) DO UPDATE SET {updates}, loaded_at = now()
            WHERE stories.version_time < EXCLUDED.version_time
               OR (stories.version_time = EXCLUDED.version_time AND stories.source = EXCLUDED.source)
            RETURNING story_id, content_hash""",
        rows,
        page_size=PAGE,
        fetch=True,
    )
    return {(sid, h) for sid, h in returned}


def _insert_versions(cur, records: Sequence[dict], run: RunInfo) -> None:
    rows = sorted(
        {
            (r["story_id"], r["version_time"]): (
                r["story_id"], r["version_time"], r["content_hash"], r["headline"], r["body"], r["source"],
                r.get("raw_key"), r.get("fetched_url"), run.run_id, run.interval_start, run.interval_end,
            )
            for r in records
        }.values()
    )
    execute_values(
        cur,
        """INSERT INTO story_versions (story_id, version_time, content_hash, headline, body, source, raw_key,
                                       fetched_url, run_id, interval_start, interval_end)
           VALUES %s
           ON CONFLICT (story_id, version_time) DO UPDATE SET
             content_hash = EXCLUDED.content_hash, headline = EXCLUDED.headline, body = EXCLUDED.body,
             raw_key = EXCLUDED.raw_key, fetched_url = EXCLUDED.fetched_url, run_id = EXCLUDED.run_id,
             interval_start = EXCLUDED.interval_start, interval_end = EXCLUDED.interval_end, loaded_at = now()
           WHERE story_versions.source = EXCLUDED.source""",
        rows,
        page_size=PAGE,
    )


def _upsert_entities(cur, current: list[dict]) -> dict[tuple[str, str], int]:
    """Entity ids by (canonical name, label), linking short names across stories.

    A story that only says 'Netanyahu' gets the entity another story named
    'Benjamin Netanyahu' when the alias table knows exactly one such entity.
    """
    wanted: dict[tuple[str, str], set[str]] = {}
    for r in current:
        for ent in r["extraction"]["entities"]:
            wanted.setdefault((ent["canonical"], ent["label"]), set()).add(ent["text"])
    if not wanted:
        return {}
    linked = _link_by_alias(cur, [k for k in wanted if " " not in k[0]])
    to_upsert = sorted({linked.get(k, k) for k in wanted})
    # DO UPDATE (a no-op) so RETURNING also yields rows that already existed;
    # sorted input keeps concurrent batches from deadlocking.
    returned = execute_values(
        cur,
        """INSERT INTO entities (canonical_name, label) VALUES %s
           ON CONFLICT (canonical_name, label) DO UPDATE SET canonical_name = EXCLUDED.canonical_name
           RETURNING canonical_name, label, entity_id""",
        to_upsert,
        page_size=PAGE,
        fetch=True,
    )
    by_key = {(name, label): eid for name, label, eid in returned}
    ids = {key: by_key[linked.get(key, key)] for key in wanted}
    aliases = sorted({(alias, key[1], ids[key]) for key, forms in wanted.items() for alias in forms | {key[0]}})
    execute_values(
        cur,
        "INSERT INTO entity_aliases (alias, label, entity_id) VALUES %s ON CONFLICT DO NOTHING",
        aliases,
        page_size=PAGE,
    )
    return ids


def _link_by_alias(cur, short_keys: list[tuple[str, str]]) -> dict[tuple[str, str], tuple[str, str]]:
    if not short_keys:
        return {}
    cur.execute(
        """SELECT a.alias, a.label, min(e.canonical_name), count(DISTINCT e.entity_id)
           FROM entity_aliases a JOIN entities e USING (entity_id)
           WHERE (a.alias, a.label) IN (SELECT * FROM unnest(%s::text[], %s::text[]))
             AND e.canonical_name <> a.alias
           GROUP BY a.alias, a.label""",
        ([k[0] for k in short_keys], [k[1] for k in short_keys]),
    )
    return {(alias, label): (name, label) for alias, label, name, n in cur.fetchall() if n == 1}


def _insert_mentions(cur, current: list[dict], entity_ids: dict, run: RunInfo) -> int:
    rows = sorted(
        {
            (r["story_id"], e["start"], e["end"], e["label"]): (
                r["story_id"], e["start"], e["end"], e["text"], e["label"], entity_ids[(e["canonical"], e["label"])],
                run.run_id, run.interval_start, run.interval_end, r["extraction"]["extractor_version"],
            )
            for r in current
            for e in r["extraction"]["entities"]
        }.values()
    )
    execute_values(
        cur,
        """INSERT INTO mentions (story_id, start_char, end_char, text, label, entity_id, run_id,
                                 interval_start, interval_end, extractor_version) VALUES %s""",
        rows,
        page_size=PAGE,
    )
    return len(rows)


def _speaker_entity(speaker: str | None, entity_ids: dict) -> int | None:
    if not speaker:
        return None
    for label in ("PERSON", "ORG", "NORP", "GPE"):
        if (speaker, label) in entity_ids:
            return entity_ids[(speaker, label)]
    return None


def _insert_quotes(cur, current: list[dict], entity_ids: dict, run: RunInfo) -> int:
    rows = sorted(
        {
            (r["story_id"], q["start"], q["end"]): (
                r["story_id"], q["start"], q["end"], q["quote"], q.get("speaker"), q.get("speaker_text"),
                _speaker_entity(q.get("speaker"), entity_ids), q.get("verb"), q["kind"],
                run.run_id, run.interval_start, run.interval_end, r["extraction"]["extractor_version"],
            )
            for r in current
            for q in r["extraction"]["quotes"]
        }.values()
    )
    execute_values(
        cur,
        """INSERT INTO quotes (story_id, start_char, end_char, quote, speaker, speaker_text, speaker_entity_id,
                               verb, kind, run_id, interval_start, interval_end, extractor_version) VALUES %s""",
        rows,
        page_size=PAGE,
    )
    return len(rows)
