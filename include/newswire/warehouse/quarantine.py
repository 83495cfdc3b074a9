"""Quarantine: items that could not be processed, each with a readable reason."""

from __future__ import annotations

from dataclasses import dataclass

from psycopg2.extras import execute_values

from newswire.warehouse.connection import connect


@dataclass(frozen=True)
class QuarantineRow:
    stage: str
    source: str
    item_ref: str
    reason: str
    raw_key: str | None = None


def record(rows: list[QuarantineRow], run_id: str, interval: tuple | None, dsn: str | None = None) -> int:
    """Upsert quarantine rows; seeing the same problem again bumps ``times_seen``."""
    if not rows:
        return 0
    start, end = interval or (None, None)
    # One row per (stage, source, item, reason) even if a batch repeats one.
    unique = {(r.stage, r.source, r.item_ref, r.reason[:2000]): r for r in rows}
    values = [(*key, r.raw_key, run_id, start, end) for key, r in sorted(unique.items())]
    with connect(dsn) as conn, conn.cursor() as cur:
        execute_values(
            cur,
            """INSERT INTO quarantine (stage, source, item_ref, reason, raw_key, run_id, interval_start, interval_end)
               VALUES %s
               ON CONFLICT (stage, source, item_ref, reason) DO UPDATE
               SET last_seen_at = now(), times_seen = quarantine.times_seen + 1,
                   run_id = EXCLUDED.run_id, raw_key = COALESCE(EXCLUDED.raw_key, quarantine.raw_key)""",
            values,
        )
    return len(values)
