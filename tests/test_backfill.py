"""`airflow backfill create` with a real scheduler rebuilds each day from the
sources that can answer by date."""

from __future__ import annotations

import pytest
from conftest import corpus_versions_between, own_airflow_metadata

from newswire.airflow_processes import AirflowProcesses, api_server_env, free_port
from newswire.warehouse.connection import connect

pytestmark = pytest.mark.slow


def test_three_day_backfill_matches_the_corpus(warehouse, airflow_base_env, admin_dsn, tmp_path):
    port = free_port()
    env = {**own_airflow_metadata(airflow_base_env, admin_dsn, tmp_path / "airflow"), **api_server_env(port),
           "NEWSWIRE_WAREHOUSE_DSN": warehouse, "NEWSWIRE_LAKE_URL": (tmp_path / "lake").as_uri(),
           "AIRFLOW__CORE__PARALLELISM": "4",
           "AIRFLOW__SCHEDULER__SCHEDULER_HEARTBEAT_SEC": "2"}
    with AirflowProcesses(env, tmp_path / "logs") as af:
        af.start_api_server(port)
        af.start("dag-processor", "dag-processor")
        af.start("scheduler", "scheduler")
        af.wait_for_dag("newswire_nightly")
        # Rebuilding an archive: days that already ran are run again too.
        created = af.cli("backfill", "create", "--dag-id", "newswire_nightly", "--reprocess-behavior", "completed",
                         "--from-date", "2024-08-20T02:00:00+00:00", "--to-date", "2024-08-22T02:00:00+00:00")
        planned = af.query("SELECT logical_date, dag_run_id, exception_reason FROM backfill_dag_run ORDER BY logical_date")
        assert len(planned) == 3 and all(run_id for _, run_id, _ in planned), (planned, created.stdout, created.stderr)
        states = af.wait_for_runs("newswire_nightly", 3, timeout=900, run_type="backfill")
        assert set(states.values()) == {"success"}, af.all_logs()
        runs = af.query("SELECT run_id, data_interval_start, data_interval_end FROM dag_run "
                        "WHERE dag_id = 'newswire_nightly' AND run_type = 'backfill'")
    assert len(runs) == 3
    with connect(warehouse) as conn, conn.cursor() as cur:
        for run_id, start, end in runs:
            expected = corpus_versions_between(start.isoformat(), end.isoformat())
            cur.execute("SELECT count(*) FROM story_versions WHERE run_id = %s", (run_id,))
            assert cur.fetchone()[0] == len(expected) > 0, f"{run_id}: {start} .. {end}"
