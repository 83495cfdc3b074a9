"""Per-batch stage statistics: what the monitoring page and the run summary read."""

from __future__ import annotations

from newswire.warehouse.connection import connect


def record_stage(
    run_id: str, stage: str, batch_id: str, source: str, interval: tuple, items_in: int, items_out: int,
    quarantined: int, seconds: float, dsn: str | None = None,
) -> None:
    with connect(dsn) as conn, conn.cursor() as cur:
        cur.execute(
            """INSERT INTO stage_stats (run_id, stage, batch_id, source, interval_start, interval_end,
                                        items_in, items_out, quarantined, seconds)
               VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)
               ON CONFLICT (run_id, stage, batch_id) DO UPDATE SET
                 items_in = EXCLUDED.items_in, items_out = EXCLUDED.items_out,
                 quarantined = EXCLUDED.quarantined, seconds = EXCLUDED.seconds, finished_at = now()""",
            (run_id, stage, batch_id, source, *interval, items_in, items_out, quarantined, seconds),
        )
