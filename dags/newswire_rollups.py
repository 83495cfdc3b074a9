"""newswire_rollups: refresh the daily aggregates after the warehouse changed.

Scheduled on the warehouse tables' Assets, which the load tasks of
newswire_nightly and newswire_events declare as outlets: a run follows every
load (loads close together share one run). It refreshes the materialized
views of `include/sql/002_rollups.sql` that the UI and analysts read:
`daily_counts` (stories, quotes, speakers, mentions, entities, people per
day) and `daily_speaker_quotes` (quotes per speaker per day).
"""

from __future__ import annotations

from datetime import datetime, timezone

from airflow.sdk import AssetAny, dag, task

from newswire.dagdefs import DEFAULT_ARGS, LOADED_TABLES, ROLLUP_TABLES


@dag(
    dag_id="newswire_rollups",
    schedule=AssetAny(*LOADED_TABLES),
    start_date=datetime(2024, 8, 1, tzinfo=timezone.utc),
    catchup=False,
    max_active_runs=1,  # refreshes take turns anyway (each locks its view)
    default_args=DEFAULT_ARGS,
    tags=["newswire"],
    doc_md=__doc__,
)
def newswire_rollups():
    @task(outlets=ROLLUP_TABLES, doc_md="REFRESH MATERIALIZED VIEW CONCURRENTLY for each rollup; logs row counts.")
    def refresh() -> dict:
        from newswire.dagkit import warehouse_dsn
        from newswire.warehouse import rollups
        from newswire.warehouse.migrate import upgrade

        dsn = warehouse_dsn()
        upgrade(dsn)
        return rollups.refresh(dsn)

    refresh()


newswire_rollups()
