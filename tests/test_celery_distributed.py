"""The cluster's distributed path, run for real without Docker.

The processes of docker-compose.yml, each its own OS process on this machine:
api-server (the workers' tasks report to its execution API), dag-processor,
scheduler with the CeleryExecutor, and two Celery workers with distinct node
names (``worker1@<host>``, ``worker2@<host>``). The broker is the real Redis at
127.0.0.1:6379 (a database number of its own), Airflow's metadata and the
Celery result backend a fresh database on the real PostgreSQL at
127.0.0.1:5432, the warehouse another one, reached through the
``newswire_warehouse`` connection as in the cluster. A one-day backfill of
``newswire_nightly`` must load that day's stories, with the tasks spread over
both workers: Celery records which node ran each task (``result_extended``),
joined to Airflow's task instances by their Celery task id.

Skipped only when Redis is unreachable. Settings: NEWSWIRE_TEST_CELERY_REDIS
(default redis://127.0.0.1:6379/13), NEWSWIRE_TEST_CLUSTER_PG (a superuser DSN,
default postgresql://postgres@127.0.0.1:5432/postgres).
"""

from __future__ import annotations

import json
import os
import secrets
import time
import uuid
from collections import Counter, defaultdict

import pytest
from conftest import REPO, _create_database, _drop_database, corpus_versions_between

from newswire.airflow_processes import AirflowProcesses, api_server_env, free_port
from newswire.warehouse.connection import connect

pytestmark = pytest.mark.slow

REDIS_URL = os.environ.get("NEWSWIRE_TEST_CELERY_REDIS", "redis://127.0.0.1:6379/13")
PG_ADMIN = os.environ.get("NEWSWIRE_TEST_CLUSTER_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
# One nightly interval of the sample corpus: [Aug 21 02:00, Aug 22 02:00) UTC.
DAY = "2024-08-21T02:00:00+00:00"
WORKERS = ("worker1", "worker2")


@pytest.fixture
def broker():
    """The Redis database the test's Celery uses, emptied before and after."""
    import redis

    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=3)
    try:
        client.ping()
    except redis.RedisError as exc:
        pytest.skip(f"Redis at {REDIS_URL} is unreachable ({exc}): the Celery broker of this test")
    client.flushdb()
    yield REDIS_URL
    client.flushdb()


@pytest.fixture
def cluster_dbs():
    """Fresh metadata and warehouse databases on the PostgreSQL server at 127.0.0.1:5432."""
    tag = uuid.uuid4().hex[:10]
    names = {"meta": f"t_celery_meta_{tag}", "warehouse": f"t_celery_wh_{tag}"}
    dsns = {role: _create_database(PG_ADMIN, name) for role, name in names.items()}
    yield {"names": names, "dsns": dsns}
    for name in names.values():
        _drop_database(PG_ADMIN, name)


def celery_nodes(broker_url: str, timeout: float = 1.0) -> set[str]:
    """Node names of the Celery workers that answer a ping on the broker."""
    from celery import Celery

    app = Celery(broker=broker_url)
    try:
        return set(app.control.inspect(timeout=timeout).ping() or {})
    finally:
        app.close()


def cluster_env(monkeypatch, tmp_path, wire_url: str, meta: str, warehouse: str, port: int, broker_url: str) -> dict:
    """The environment of every process: docker-compose.yml's settings, on this machine."""
    from psycopg2.extensions import parse_dsn

    from newswire.localenv import airflow_env

    wh = parse_dsn(warehouse)
    meta_db = parse_dsn(meta)["dbname"]
    meta_url = f"postgresql+psycopg2://{wh.get('user', 'postgres')}@{wh.get('host', '127.0.0.1')}:{wh.get('port', 5432)}/{meta_db}"
    # Set before airflow_env() reads them, so nothing embedded is started.
    monkeypatch.setenv("AIRFLOW_HOME", str(tmp_path / "airflow"))
    monkeypatch.setenv("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN", meta_url)
    monkeypatch.setenv("AIRFLOW_CONN_NEWSWIRE_WAREHOUSE", json.dumps({
        "conn_type": "postgres", "host": wh.get("host", "127.0.0.1"), "port": int(wh.get("port", 5432)),
        "login": wh.get("user", "postgres"), "schema": wh["dbname"]}))
    monkeypatch.delenv("NEWSWIRE_WAREHOUSE_DSN", raising=False)
    env = {**airflow_env(wire_url=wire_url, executor="CeleryExecutor"), **api_server_env(port)}
    env.update({
        "AIRFLOW__CORE__EXECUTOR": "CeleryExecutor",
        "AIRFLOW__CELERY__BROKER_URL": broker_url,
        "AIRFLOW__CELERY__RESULT_BACKEND": f"db+{meta_url}",
        # Celery then stores the node name of the worker that ran each task.
        "AIRFLOW__CELERY__EXTRA_CELERY_CONFIG": json.dumps({"result_extended": True}),
        # One secret for the scheduler (signs task tokens) and the api-server (checks them).
        "AIRFLOW__API_AUTH__JWT_SECRET": secrets.token_hex(32),
        "AIRFLOW__API__SECRET_KEY": secrets.token_hex(32),
        # Only the run this test creates: no run for today's interval.
        "AIRFLOW__SCHEDULER__USE_JOB_SCHEDULE": "False",
        "AIRFLOW__CORE__PARALLELISM": "8",
        # The shared raw zone: a directory every process on this machine sees
        # (in the cluster: the `lake` volume, or s3:// across machines).
        "NEWSWIRE_LAKE_URL": (tmp_path / "lake").as_uri(),
    })
    return env


def test_a_nightly_run_spreads_over_two_celery_workers(broker, cluster_dbs, wire_server, monkeypatch, tmp_path):
    started = time.monotonic()
    port = free_port()
    env = cluster_env(monkeypatch, tmp_path, wire_server.base_url, cluster_dbs["dsns"]["meta"],
                      cluster_dbs["dsns"]["warehouse"], port, broker)
    with AirflowProcesses(env, tmp_path / "logs") as af:
        af.cli("db", "migrate")
        af.start_api_server(port)
        af.start("dag-processor", "dag-processor")
        af.start("scheduler", "scheduler")
        for name in WORKERS:
            # -c 1: one task at a time per worker, so parallel tasks need both;
            # -s: no log server (both would bind 8793; the logs are local files here).
            af.start(name, "celery", "worker", "-H", f"{name}@%h", "-c", "1", "-s",
                     "--pid", str(tmp_path / f"{name}.pid"))
        af.wait_for_dag("newswire_nightly")
        deadline = time.monotonic() + 120
        while {n.split("@")[0] for n in celery_nodes(broker)} != set(WORKERS):
            assert time.monotonic() < deadline, f"workers not ready\n{af.all_logs()}"
            for name in WORKERS:
                assert af.procs[name].poll() is None, f"{name} exited\n{af.logs(name)}"
            time.sleep(1)
        ready = time.monotonic()

        af.cli("backfill", "create", "--dag-id", "newswire_nightly", "--from-date", DAY, "--to-date", DAY)
        states = af.wait_for_runs("newswire_nightly", 1, timeout=240, run_type="backfill")
        finished = time.monotonic()
        assert set(states.values()) == {"success"}, af.all_logs(6000)
        (run_id, start, end), = af.query(
            "SELECT run_id, data_interval_start, data_interval_end FROM dag_run "
            "WHERE dag_id = 'newswire_nightly' AND run_type = 'backfill'")
        tasks = af.query(
            "SELECT ti.task_id, ti.map_index, ti.state, ti.hostname, ti.pid, m.worker "
            "FROM task_instance ti LEFT JOIN celery_taskmeta m ON m.task_id = ti.external_executor_id "
            "WHERE ti.dag_id = 'newswire_nightly' AND ti.run_id = %s ORDER BY ti.start_date", run_id)

    ran = [t for t in tasks if t[2] == "success"]
    by_worker: dict[str, Counter] = defaultdict(Counter)
    for task_id, _, _, _, _, worker in ran:
        by_worker[worker or "?"][task_id.split(".")[-1]] += 1
    report = [f"newswire_nightly {run_id} [{start:%Y-%m-%d %H:%M}, {end:%Y-%m-%d %H:%M}) on CeleryExecutor, "
              f"2 workers x 1 slot",
              f"processes up in {ready - started:.0f}s; run took {finished - ready:.1f}s (backfill create -> success); "
              f"test {time.monotonic() - started:.0f}s in all",
              f"{len(ran)} task instances succeeded; by Celery node:"]
    for worker in sorted(by_worker):
        counts = by_worker[worker]
        report.append(f"  {worker}: {sum(counts.values())} tasks ({', '.join(f'{k} {v}' for k, v in sorted(counts.items()))})")
    report.append(f"task_instance.hostname: {sorted({t[3] for t in ran})}; distinct task pids: {len({t[4] for t in ran})}")
    print("\n" + "\n".join(report))
    (REPO / "artifacts").mkdir(exist_ok=True)
    (REPO / "artifacts" / "celery-distributed.txt").write_text("\n".join(report) + "\n")

    # Every task ran on one of the two workers, and each worker ran some.
    assert all(t[5] for t in ran), f"tasks without a Celery node: {[t for t in ran if not t[5]]}"
    assert {w.split("@")[0] for w in by_worker} == set(WORKERS), report
    # The day's stories are in the warehouse, once each.
    expected = corpus_versions_between(start.isoformat(), end.isoformat())
    with connect(cluster_dbs["dsns"]["warehouse"]) as conn, conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM story_versions WHERE run_id = %s", (run_id,))
        assert cur.fetchone()[0] == len(expected) > 0
