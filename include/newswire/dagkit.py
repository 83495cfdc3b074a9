"""Glue between Airflow task contexts and the stage functions.

Kept apart from the stages so they stay free of Airflow: this module turns a
task's context (run id, data interval) and Airflow connections (warehouse DSN,
source credentials) into a plain ``RunContext``.
"""

from __future__ import annotations

import logging
import os

from newswire.pipeline import RunContext

WAREHOUSE_CONN_ID = "newswire_warehouse"
log = logging.getLogger("newswire.dagkit")


def _connection(conn_id: str):
    from airflow.sdk import BaseHook

    try:
        return BaseHook.get_connection(conn_id)
    except Exception:  # not defined anywhere: the caller falls back
        return None


def warehouse_dsn() -> str:
    """The ``newswire_warehouse`` connection as a DSN, else the package default
    (``NEWSWIRE_WAREHOUSE_DSN`` or the embedded PostgreSQL)."""
    from newswire.warehouse.connection import build_dsn, default_dsn

    conn = _connection(WAREHOUSE_CONN_ID)
    if conn is None:
        return default_dsn()
    return build_dsn(conn.host, conn.port, conn.login, conn.password, conn.schema, conn.extra_dejson)


def source_headers(sources) -> dict:
    """Request headers per source from its Airflow connection (API key in the
    password field, header name in extra ``header``; default ``x-api-key``)."""
    headers = {}
    for source in sources:
        if not source.connection:
            continue
        conn = _connection(source.connection)
        if conn is not None and conn.password:
            headers[source.name] = {conn.extra_dejson.get("header", "x-api-key"): conn.password}
    return headers


def run_context(context, interval: tuple | None = None) -> RunContext:
    """``interval`` (start, end) for runs without a data interval of their own:
    asset-triggered runs (newswire_events) pass the span of their events."""
    from newswire import config

    start, end = interval or (context["data_interval_start"], context["data_interval_end"])
    if start is None or end is None or start == end:
        raise ValueError("newswire runs need a data interval; use a data-interval timetable")
    sources = config.load_sources()
    return RunContext(
        run_id=context["run_id"],
        start=start,
        end=end,
        dsn=warehouse_dsn(),
        lake_url=os.environ.get("NEWSWIRE_LAKE_URL"),
        source_headers=source_headers(sources),
    )
