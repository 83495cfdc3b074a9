"""newswire_nightly: ingest every story published in the data interval.

discover → fetch → clean → extract → load → checks, mapped over batches of
stories. Each task reads the previous task's durable output and can be cleared
and re-run alone. Heavy imports (spaCy, psycopg2) happen inside tasks so this
file parses in milliseconds.

**Monitoring**: the *Newswire* page (navigation bar) shows per-source health,
daily volumes, the most quoted people and the quarantine. Mapped tasks are one
per batch (`<source>-<nnnn>`); each task's log shows its progress
(`stories 25/100`) and ends with a one-line summary (`in, out, quarantined`).
A task that fails for good logs an `ALERT` line naming the source and batch
(and posts it to `NEWSWIRE_ALERT_WEBHOOK` when set).
"""

from __future__ import annotations

import os
from datetime import datetime, timezone

from airflow.sdk import CronDataIntervalTimetable, TaskGroup, dag, task

from newswire.dagdefs import DEFAULT_ARGS, batch_stages
from newswire.warehouse.checks import CHECKS


def _ctx():
    from airflow.sdk import get_current_context

    from newswire.dagkit import run_context

    return run_context(get_current_context())


@dag(
    dag_id="newswire_nightly",
    schedule=CronDataIntervalTimetable(os.environ.get("NEWSWIRE_NIGHTLY_CRON", "0 2 * * *"), timezone="UTC"),
    start_date=datetime(2024, 8, 1, tzinfo=timezone.utc),
    catchup=False,
    max_active_runs=2,
    default_args=DEFAULT_ARGS,
    tags=["newswire"],
    doc_md=__doc__,
)
def newswire_nightly():
    @task(doc_md="List every configured source's stories in the data interval; write them in batches.")
    def discover() -> list[str]:
        from newswire.pipeline import discover_stage
        from newswire.warehouse.migrate import upgrade

        ctx = _ctx()
        upgrade(ctx.dsn)  # idempotent: a fresh warehouse gets its schema before anything records to it
        return discover_stage(ctx)

    @task
    def check(name: str) -> str:
        from newswire.pipeline import check_stage

        check_stage(_ctx(), [name])
        return name

    loaded = batch_stages(_ctx, discover())
    # One task per data-quality check, so the UI shows which one failed.
    with TaskGroup("quality_checks", tooltip="Data-quality checks after the load; a violation fails the run"):
        for c in CHECKS:
            loaded >> check.override(task_id=c.name, doc_md=f"Check: {c.description}.")(c.name)


newswire_nightly()
