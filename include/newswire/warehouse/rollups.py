"""The daily aggregates of include/sql/002_rollups.sql, refreshed after loads.

``newswire_rollups`` calls ``refresh`` whenever a load task updated the
warehouse tables (its schedule is their Assets).
"""

from __future__ import annotations

from newswire.warehouse.connection import connect

ROLLUPS = ("daily_counts", "daily_speaker_quotes")


def refresh(dsn: str | None = None) -> dict[str, int]:
    """Refresh every rollup (CONCURRENTLY: readers keep the old rows until the
    commit); returns each one's row count."""
    counts = {}
    with connect(dsn) as conn, conn.cursor() as cur:
        for name in ROLLUPS:
            cur.execute(f"REFRESH MATERIALIZED VIEW CONCURRENTLY {name}")
            cur.execute(f"SELECT count(*) FROM {name}")
            counts[name] = cur.fetchone()[0]
    return counts
