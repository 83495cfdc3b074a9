"""What the DAG files share: task defaults and the warehouse tables as Assets.

Read by the dag-processor at every parse, so it imports nothing heavy.

The load tasks (newswire_nightly, newswire_events) declare ``LOADED_TABLES``
as outlets: each successful load records an asset event, and
``newswire_rollups`` (scheduled on those assets) refreshes the daily
aggregates, declared as ``ROLLUP_TABLES``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from airflow.sdk import Asset, task

from newswire.alerts import notify_failure

DEFAULT_ARGS = {
    "owner": "newswire",
    "retries": 3,
    "retry_delay": timedelta(seconds=5),
    "retry_exponential_backoff": True,
    "max_retry_delay": timedelta(minutes=5),
    "on_failure_callback": notify_failure,  # says which source and batch failed
}


def warehouse_table(table: str) -> Asset:
    """A warehouse table as an Asset. The URI follows the postgres provider's
    form (host/database/schema/table, the port filled in as 5432): a logical
    name, the same whichever server the ``newswire_warehouse`` connection picks."""
    return Asset(name=f"newswire.{table}", uri=f"postgres://newswire-warehouse/newswire/public/{table}")


STORIES = warehouse_table("stories")
MENTIONS = warehouse_table("mentions")
QUOTES = warehouse_table("quotes")
ENTITIES = warehouse_table("entities")
LOADED_TABLES = [STORIES, MENTIONS, QUOTES, ENTITIES]

# include/sql/002_rollups.sql; refreshed by newswire.warehouse.rollups.
ROLLUP_TABLES = [warehouse_table("daily_counts"), warehouse_table("daily_speaker_quotes")]


def batch_stages(context_of: Callable, batches):
    """fetch → clean → extract → load, each mapped over ``batches`` (the ids a
    discover/accept task returned); ``context_of()`` gives the running task's
    RunContext. Shared by newswire_nightly and newswire_events, so both run
    the very same stages. Returns the load task's output, for what follows it."""

    def stage(name: str, doc: str, **options):
        @task(task_id=name, doc_md=doc, **options)
        def run(batch: str) -> str:
            from newswire import pipeline

            getattr(pipeline, f"{name}_stage")(context_of(), batch)
            return batch

        return run

    fetch = stage("fetch", "Fetch a batch's pages into the raw zone (content-addressed), quarantining failures.")
    clean = stage("clean", "Turn a batch's raw payloads into structured stories (headline, dateline, body, ...).")
    extract = stage("extract", "Run spaCy and the quote/speaker components over a batch of stories.")
    # Outlets: each load records events on the warehouse tables' Assets (newswire_rollups follows).
    load = stage("load", "Upsert a batch into the warehouse in one transaction.", outlets=LOADED_TABLES)
    return load.expand(batch=extract.expand(batch=clean.expand(batch=fetch.expand(batch=batches))))
