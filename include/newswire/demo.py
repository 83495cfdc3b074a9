"""`newswire demo` (`make demo`): the main job end to end on the embedded default.

Starts the embedded PostgreSQL and the local wire server, then runs the
``newswire_nightly`` DAG through Airflow (``airflow dags test``) for every day
of the sample corpus, and prints what the warehouse holds. Safe to repeat:
every stage upserts, so a second demo duplicates nothing.
"""

from __future__ import annotations

import time
from datetime import date, datetime, time as dtime, timedelta, timezone

from newswire.corpus import load_corpus

DAG_ID = "newswire_nightly"
NIGHTLY_HOUR = 2  # the DAG's cron: intervals run 02:00 → 02:00 UTC


def logical_dates_for(days: list[date]) -> list[datetime]:
    """Run dates whose data intervals cover the given days entirely.

    A run at D 02:00 covers [D-1 02:00, D 02:00), so the days D_first..D_last
    need the runs at D_first..D_last+1.
    """
    first, last = min(days), max(days)
    n = (last - first).days + 2
    return [datetime.combine(first + timedelta(d), dtime(NIGHTLY_HOUR), timezone.utc) for d in range(n)]


def run_demo(days: list[str] | None = None) -> int:
    from newswire.localenv import airflow_env, migrate_airflow, run_airflow
    from newswire.summary import format_summary, warehouse_summary
    from newswire.warehouse import rollups
    from newswire.warehouse.connection import airflow_conn_to_dsn
    from newswire.warehouse.migrate import upgrade
    from newswire.wire import make_server

    corpus_days = sorted({s.updated.date() for s in load_corpus()})
    wanted = [date.fromisoformat(d) for d in days] if days else corpus_days
    started = time.monotonic()
    with make_server(port=0) as wire:
        wire.start()
        print(f"wire server: {wire.base_url}  (corpus days {corpus_days[0]} .. {corpus_days[-1]})", flush=True)
        env = airflow_env(wire_url=wire.base_url)
        migrate_airflow(env)
        dsn = airflow_conn_to_dsn(env["AIRFLOW_CONN_NEWSWIRE_WAREHOUSE"]) if "AIRFLOW_CONN_NEWSWIRE_WAREHOUSE" in env else None
        upgrade(dsn)
        failures = []
        for when in logical_dates_for(wanted):
            t0 = time.monotonic()
            proc = run_airflow(["dags", "test", DAG_ID, when.isoformat()], env, check=False, capture=True)
            ok = proc.returncode == 0 and "state=failed" not in proc.stdout + proc.stderr
            print(f"  {DAG_ID} {when:%Y-%m-%d %H:%M} UTC: {'success' if ok else 'FAILED'} ({time.monotonic() - t0:.0f}s)", flush=True)
            if not ok:
                failures.append(when)
                print((proc.stdout + proc.stderr)[-4000:])
    # Under a scheduler newswire_rollups follows every load; `dags test` runs no scheduler.
    rollups.refresh(dsn)
    print(format_summary(warehouse_summary(dsn)))
    print(f"demo finished in {time.monotonic() - started:.0f}s" + (f"; {len(failures)} run(s) FAILED" if failures else ""))
    return 1 if failures else 0
