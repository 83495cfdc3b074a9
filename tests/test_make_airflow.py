"""`make airflow` (``python -m newswire.standalone``) on a fresh NEWSWIRE_HOME:
the embedded PostgreSQL, Airflow's metadata and the warehouse are created,
the UI answers, the admin password it prints logs in, the project's DAGs are
listed, and a nightly run triggered through Airflow's REST API loads the
seed story from the local wire server into the warehouse."""

from __future__ import annotations

import getpass
import json
import os
import pwd
import signal
import subprocess
import sys
import time
import urllib.request

import pytest

from newswire.airflow_processes import free_port, stop_process_group
from newswire.warehouse.connection import connect

pytestmark = pytest.mark.slow

SEED_DAY_RUN = "2024-08-24T02:00:00Z"  # the nightly interval that holds the seed story


def api(base: str, path: str, token: str | None = None, body: dict | None = None):
    headers = {"Content-Type": "application/json", **({"Authorization": f"Bearer {token}"} if token else {})}
    request = urllib.request.Request(f"{base}{path}", data=json.dumps(body).encode() if body is not None else None,
                                     headers=headers)
    with urllib.request.urlopen(request, timeout=30) as r:
        return json.load(r)


def wait_until(predicate, timeout: float, what: str, log_path):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = predicate()
            if value:
                return value
        except OSError:
            pass
        time.sleep(2)
    raise AssertionError(f"timed out waiting for {what}; make airflow said:\n{log_path.read_text()[-4000:]}")


@pytest.fixture
def standalone(tmp_path):
    home = tmp_path / "home"
    ui_port, wire_port = free_port(), free_port()
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("AIRFLOW") and k not in ("NEWSWIRE_WIRE_URL", "NEWSWIRE_WAREHOUSE_DSN")}
    env.update({"NEWSWIRE_HOME": str(home), "AIRFLOW__API__PORT": str(ui_port), "NEWSWIRE_WIRE_PORT": str(wire_port)})
    log_path = tmp_path / "make-airflow.log"
    with open(log_path, "w") as log:
        proc = subprocess.Popen([sys.executable, "-m", "newswire.standalone"], env=env, stdout=log,
                                stderr=subprocess.STDOUT, start_new_session=True)
    try:
        yield f"http://127.0.0.1:{ui_port}", home, log_path
    finally:
        # Ctrl-C, as a user stops it: standalone stops its components, then the wire server.
        stop_process_group(proc, signal.SIGINT, timeout=60)
        stop_embedded_postgres(home / "pg")


def stop_embedded_postgres(datadir):
    """The embedded server outlives the process that started it, by design:
    stop it as the user that owns it (pgserver runs it as 'pgserver' under root)."""
    from pgserver._commands import pg_ctl

    owner = pwd.getpwuid(datadir.stat().st_uid).pw_name
    pg_ctl(["-w", "-m", "fast", "stop"], pgdata=datadir, user=None if owner == getpass.getuser() else owner)


def test_make_airflow_serves_the_ui_and_runs_the_nightly_dag(standalone):
    base, home, log_path = standalone
    wait_until(lambda: api(base, "/api/v2/monitor/health")["metadatabase"]["status"] == "healthy", 240,
               "the api-server", log_path)
    out = wait_until(lambda: "Airflow UI on" in log_path.read_text() and log_path.read_text(), 30, "the banner", log_path)
    assert f"Airflow UI on {base} (user admin)" in out

    passwords = home / "airflow" / "simple_auth_manager_passwords.json.generated"
    password = json.loads(wait_until(passwords.read_text, 60, "the password file", log_path))["admin"]
    token = api(base, "/auth/token", body={"username": "admin", "password": password})["access_token"]

    dags = wait_until(lambda: {d["dag_id"] for d in api(base, "/api/v2/dags", token)["dags"]} >=
                      {"newswire_nightly", "newswire_events", "newswire_rollups"}, 180, "the DAGs", log_path)
    assert dags
    # The project's UI page is mounted in this Airflow; nothing is loaded yet.
    assert api(base, "/newswire/api/health", token)["sources"] == []

    run = api(base, "/api/v2/dags/newswire_nightly/dagRuns", token,
              {"dag_run_id": "make-airflow-test", "logical_date": SEED_DAY_RUN,
               "data_interval_start": "2024-08-23T02:00:00Z", "data_interval_end": SEED_DAY_RUN})
    assert run["dag_run_id"] == "make-airflow-test"
    state = wait_until(lambda: (s := api(base, "/api/v2/dags/newswire_nightly/dagRuns/make-airflow-test", token)["state"])
                       in ("success", "failed") and s, 600, "the triggered run", log_path)
    assert state == "success", log_path.read_text()[-4000:]

    with connect(f"postgresql://postgres@/newswire?host={home / 'pg'}") as conn, conn.cursor() as cur:
        cur.execute("SELECT speaker FROM quotes JOIN stories USING (story_id) "
                    "WHERE headline LIKE 'White House calls Cairo%%' AND quote = %s", ("“We’re in Cairo. They’re in Cairo,”",))
        assert cur.fetchall() == [("John Kirby",)]
    assert api(base, "/newswire/api/health", token)["sources"]  # the run's figures are on the page
