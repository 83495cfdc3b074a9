"""End to end through Airflow: `airflow dags test newswire_nightly <day>`
against the local wire server, then assertions on the warehouse."""

from __future__ import annotations

import pytest

from newswire.localenv import run_airflow
from newswire.warehouse.connection import connect

pytestmark = pytest.mark.slow

SEED_DAY_RUN = "2024-08-24T02:00:00+00:00"  # covers [Aug 23 02:00, Aug 24 02:00) UTC


def query(dsn, sql, *params):
    with connect(dsn) as conn, conn.cursor() as cur:
        cur.execute(sql, params)
        return cur.fetchall()


def test_nightly_run_loads_the_seed_story(warehouse, airflow_env_for):
    env = airflow_env_for(warehouse)
    proc = run_airflow(["dags", "test", "newswire_nightly", SEED_DAY_RUN], env, check=False, capture=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]

    (story_id, dateline, body), = query(
        warehouse, "SELECT story_id, dateline, body FROM stories WHERE headline LIKE 'White House calls Cairo%%'"
    )
    assert dateline == "BUELLTON, Calif."
    assert body.startswith("The White House said Friday")
    people = {p for (p,) in query(warehouse, "SELECT person FROM story_people WHERE story_id = %s", story_id)}
    assert {"John Kirby", "Joe Biden", "Jonathan Panikoff"} <= people
    rows = query(warehouse, "SELECT speaker, kind FROM quotes WHERE story_id = %s AND quote = %s",
                 story_id, "“We’re in Cairo. They’re in Cairo,”")
    assert rows == [("John Kirby", "direct")]
    # Every row records the run that produced it and the extractor version.
    (run_id, version), = query(warehouse, "SELECT DISTINCT run_id, extractor_version FROM quotes WHERE story_id = %s", story_id)
    assert run_id.startswith("manual__") and version
