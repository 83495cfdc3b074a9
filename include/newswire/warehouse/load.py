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

import io
import re
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from newswire.warehouse.connection import connect


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
_VERSION_COLUMNS = (
    "story_id", "version_time", "content_hash", "headline", "body", "source", "raw_key", "fetched_url", "run_id",
    "interval_start", "interval_end",
)
# Column types of the upserted tables: what the arrays of ``_unnest`` are cast to.
_TYPES = {"published_at": "timestamptz", "updated_at": "timestamptz", "version_time": "timestamptz",
          "interval_start": "timestamptz", "interval_end": "timestamptz", "contributors": "text[]"}


def _unnest(columns: Sequence[str], rows: Sequence[tuple]) -> tuple[str, tuple[list, ...]]:
    """``SELECT <columns> FROM unnest(<one array per column>)``, rows kept in
    the given order, and its parameters: a bulk INSERT ... SELECT sends one
    array per column instead of building (here) and parsing (there) a VALUES
    row per record. Array columns travel as their text form, cast back."""
    arrays = []
    for n, column in enumerate(columns):
        values = [row[n] for row in rows]
        if _TYPES.get(column, "").endswith("[]"):
            values = [None if v is None else _array_literal(v) for v in values]
        arrays.append(values)
    unnested = ", ".join(f"%s::{'text' if _TYPES.get(c, 'text').endswith('[]') else _TYPES.get(c, 'text')}[]"
                         for c in columns)
    selected = ", ".join(f"{c}::{_TYPES[c]}" if _TYPES.get(c, "").endswith("[]") else c for c in columns)
    return (f"SELECT {selected} FROM unnest({unnested}) WITH ORDINALITY AS t ({', '.join(columns)}, i) ORDER BY i",
            tuple(arrays))


def _array_literal(items) -> str:
    """A PostgreSQL array's text form: ``{"a","b \\"c\\""}``."""
    return "{" + ",".join('"' + str(x).replace("\\", "\\\\").replace('"', '\\"') + '"' for x in items) + "}"


def load_batch(records: Sequence[dict], run: RunInfo, dsn: str | None = None) -> LoadSummary:
    """``records``: one per story version, the clean fields plus ``extraction``."""
    summary = LoadSummary(stories=len(records))
    if not records:
        return summary
    newest = _newest_per_story(records)
    with connect(dsn) as conn, conn.cursor() as cur, ThreadPoolExecutor(1) as helper:
        current_ids = _upsert_stories(cur, newest, run)  # (story_id, content_hash) of rows this batch made current
        current = [r for r in newest if (r["story_id"], r["content_hash"]) in current_ids]
        summary.current = len(current)
        entity_ids, aliases = _upsert_entities(cur, current)
        summary.entities = len(entity_ids)
        # Mentions and quotes are most of the rows, and formatting them for COPY
        # most of this side's work: a thread does it while the server runs the
        # statements in between (psycopg2 lets go of the GIL while it waits).
        copy_text = helper.submit(_mentions_and_quotes_copy_text, current, entity_ids, run)
        _insert_versions(cur, records, run)
        cur.execute(
            """UPDATE stories s SET version_count = v.n
               FROM (SELECT story_id, count(*) AS n FROM story_versions WHERE story_id = ANY(%s) GROUP BY story_id) v
               WHERE s.story_id = v.story_id""",
            (sorted({r["story_id"] for r in records}),),
        )
        _insert_aliases(cur, aliases)
        ids = sorted({r["story_id"] for r in current})
        cur.execute("DELETE FROM mentions WHERE story_id = ANY(%s)", (ids,))
        cur.execute("DELETE FROM quotes WHERE story_id = ANY(%s)", (ids,))
        prepared = copy_text.result()
        for table, columns in (("mentions", _MENTION_COLUMNS), ("quotes", _QUOTE_COLUMNS)):
            _copy_into(cur, table, (*columns, *_RUN_COLUMNS), prepared[table][1])
        summary.mentions, summary.quotes = prepared["mentions"][0], prepared["quotes"][0]
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
    select, params = _unnest(_STORY_COLUMNS, rows)
    # Only a newer version (or the same one, re-run) replaces the current row;
    # RETURNING tells which stories this batch holds the current version of.
    cur.execute(
        f"""INSERT INTO stories ({", ".join(_STORY_COLUMNS)}) {select}
            ON CONFLICT (story_id) DO UPDATE SET {updates}, loaded_at = now()
            WHERE stories.version_time < EXCLUDED.version_time
               OR (stories.version_time = EXCLUDED.version_time AND stories.source = EXCLUDED.source)
            RETURNING story_id, content_hash""",
        params,
    )
    return {(sid, h) for sid, h in cur.fetchall()}


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
    select, params = _unnest(_VERSION_COLUMNS, rows)
    cur.execute(
        f"""INSERT INTO story_versions ({", ".join(_VERSION_COLUMNS)}) {select}
           ON CONFLICT (story_id, version_time) DO UPDATE SET
             content_hash = EXCLUDED.content_hash, headline = EXCLUDED.headline, body = EXCLUDED.body,
             raw_key = EXCLUDED.raw_key, fetched_url = EXCLUDED.fetched_url, run_id = EXCLUDED.run_id,
             interval_start = EXCLUDED.interval_start, interval_end = EXCLUDED.interval_end, loaded_at = now()
           WHERE story_versions.source = EXCLUDED.source""",
        params,
    )


def _upsert_entities(cur, current: list[dict]) -> tuple[dict[tuple[str, str], int], list[tuple[str, str, int]]]:
    """Entity ids by (canonical name, label), linking short names across
    stories, and the (alias, label, entity id) rows for the alias table.

    A story that only says 'Netanyahu' gets the entity another story named
    'Benjamin Netanyahu' when the alias table knows exactly one such entity.
    """
    wanted: dict[tuple[str, str], set[str]] = {}
    for r in current:
        for ent in r["extraction"]["entities"]:
            wanted.setdefault((ent["canonical"], ent["label"]), set()).add(ent["text"])
    if not wanted:
        return {}, []
    linked = _link_by_alias(cur, [k for k in wanted if " " not in k[0]])
    to_upsert = sorted({linked.get(k, k) for k in wanted})
    # The rows travel as one array per column (unnest, in the given order): one
    # parameter each instead of a VALUES row per entity to build here and parse
    # there. Sorted input keeps concurrent batches from deadlocking. Entities
    # that exist already (most, once names recur) are not rewritten, as a no-op
    # DO UPDATE would; the ids are read by a second statement, whose snapshot
    # (read committed) also holds rows a concurrent batch added meanwhile.
    names, labels = [k[0] for k in to_upsert], [k[1] for k in to_upsert]
    cur.execute(
        """INSERT INTO entities (canonical_name, label)
           SELECT name, label FROM unnest(%s::text[], %s::text[]) WITH ORDINALITY AS t (name, label, i) ORDER BY i
           ON CONFLICT (canonical_name, label) DO NOTHING""",
        (names, labels),
    )
    cur.execute(
        """SELECT e.canonical_name, e.label, e.entity_id
           FROM entities e JOIN unnest(%s::text[], %s::text[]) AS w (name, label)
             ON (e.canonical_name, e.label) = (w.name, w.label)""",
        (names, labels),
    )
    by_key = {(name, label): eid for name, label, eid in cur.fetchall()}
    ids = {key: by_key[linked.get(key, key)] for key in wanted}
    return ids, sorted({(alias, key[1], ids[key]) for key, forms in wanted.items() for alias in forms | {key[0]}})


def _insert_aliases(cur, aliases: list[tuple[str, str, int]]) -> None:
    if not aliases:
        return
    cur.execute(
        """INSERT INTO entity_aliases (alias, label, entity_id)
           SELECT alias, label, entity_id FROM unnest(%s::text[], %s::text[], %s::bigint[]) WITH ORDINALITY
             AS t (alias, label, entity_id, i) ORDER BY i
           ON CONFLICT DO NOTHING""",
        tuple(list(column) for column in zip(*aliases)),
    )


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


# COPY's text format: backslash escapes for the characters that delimit it
# (looked for first: translate() is slow on non-ASCII text, and most values need none).
_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})
_NEEDS_ESCAPE = re.compile(r"[\\\t\n\r]").search


def _copy_line(row: tuple) -> str:
    """One row in COPY's text format, without its newline. Values are None,
    str or int (any other type goes as its ``str()``)."""
    esc, needs = _COPY_ESCAPES, _NEEDS_ESCAPE
    return "\t".join([
        "\\N" if v is None else (v.translate(esc) if needs(v) else v) if v.__class__ is str else str(v) for v in row
    ])


def _copy_text(rows: Iterable[tuple], constants: tuple = ()) -> str:
    """Rows as COPY text, each row followed by ``constants`` (values shared by
    every row, formatted once)."""
    end = ("\t" + _copy_line(constants) if constants else "") + "\n"
    return "".join(_copy_line(row) + end for row in rows)


def _copy_into(cur, table: str, columns: Sequence[str], text: str) -> None:
    """Plain inserts of many rows through ``COPY ... FROM STDIN``: the same
    rows, triggers and constraints as ``INSERT ... VALUES``, several times
    faster (no per-row SQL to build on this side or parse on the server's)."""
    if text:
        cur.copy_expert(f"COPY {table} ({', '.join(columns)}) FROM STDIN", io.StringIO(text))


_MENTION_COLUMNS = ("story_id", "start_char", "end_char", "text", "label", "entity_id", "extractor_version")
_QUOTE_COLUMNS = ("story_id", "start_char", "end_char", "quote", "speaker", "speaker_text", "speaker_entity_id", "verb",
                  "kind", "extractor_version")
_RUN_COLUMNS = ("run_id", "interval_start", "interval_end")


def _mentions_and_quotes_copy_text(current: list[dict], entity_ids: dict, run: RunInfo) -> dict[str, tuple[int, str]]:
    """Table → (rows, COPY text) for the mentions and quotes of ``current``
    (columns ``_MENTION_COLUMNS`` / ``_QUOTE_COLUMNS``, then ``_RUN_COLUMNS``)."""
    run_values = (run.run_id, run.interval_start, run.interval_end)
    out = {}
    for table, rows in (("mentions", _mention_rows(current, entity_ids)), ("quotes", _quote_rows(current, entity_ids))):
        out[table] = (len(rows), _copy_text(rows, run_values))
    return out


def _mention_rows(current: list[dict], entity_ids: dict) -> list[tuple]:
    return sorted(
        {
            (r["story_id"], e["start"], e["end"], e["label"]): (
                r["story_id"], e["start"], e["end"], e["text"], e["label"], entity_ids[(e["canonical"], e["label"])],
                r["extraction"]["extractor_version"],
            )
            for r in current
            for e in r["extraction"]["entities"]
        }.values()
    )


def _speaker_entity(speaker: str | None, entity_ids: dict) -> int | None:
    if not speaker:
        return None
    for label in ("PERSON", "ORG", "NORP", "GPE"):
        if (speaker, label) in entity_ids:
            return entity_ids[(speaker, label)]
    return None


def _quote_rows(current: list[dict], entity_ids: dict) -> list[tuple]:
    return sorted(
        {
            (r["story_id"], q["start"], q["end"]): (
                r["story_id"], q["start"], q["end"], q["quote"], q.get("speaker"), q.get("speaker_text"),
                _speaker_entity(q.get("speaker"), entity_ids), q.get("verb"), q["kind"],
                r["extraction"]["extractor_version"],
            )
            for r in current
            for q in r["extraction"]["quotes"]
        }.values()
    )
