"""Failure alerts name the source and the batch; task logs show progress and
end with a summary line."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from types import SimpleNamespace

import pytest

from newswire.alerts import WEBHOOK_ENV, failure_message, notify_failure
from newswire.warehouse.connection import connect

DAGS = Path(__file__).resolve().parents[1] / "dags"
INTERVAL = (datetime(2024, 8, 21, 2, tzinfo=timezone.utc), datetime(2024, 8, 22, 2, tzinfo=timezone.utc))


def context(task_id: str, args: dict, map_index: int = -1, error: Exception | None = None) -> dict:
    """The parts of an Airflow task context the alert reads."""
    ti = SimpleNamespace(dag_id="newswire_nightly", task_id=task_id, run_id="scheduled__2024-08-22T02:00:00+00:00",
                         map_index=map_index, try_number=4, max_tries=3,
                         log_url="http://airflow.example/dags/newswire_nightly/runs/x/tasks/" + task_id)
    return {"ti": ti, "task": SimpleNamespace(op_kwargs=args), "exception": error,
            "data_interval_start": INTERVAL[0], "data_interval_end": INTERVAL[1]}


class Webhook:
    """A local HTTP endpoint that records what is posted to it."""

    def __init__(self):
        received = self.received = []

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 (http.server's naming)
                received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def webhook():
    hook = Webhook()
    yield hook
    hook.close()


def test_message_names_source_batch_interval_try_and_error():
    msg = failure_message(context("load", {"batch": "wire-api-0003"}, map_index=7,
                                  error=RuntimeError("server closed\n  the connection")))
    assert msg.startswith("newswire_nightly: task load failed for source wire-api, batch wire-api-0003 (map index 7)")
    assert "data interval 2024-08-21 02:00 UTC → 2024-08-22 02:00 UTC" in msg
    assert "try 4 of 4" in msg and "error: RuntimeError: server closed the connection" in msg
    assert "\n" not in msg and "log: http://airflow.example/" in msg


def test_message_for_discover_and_for_a_check():
    assert "task discover failed for all sources" in failure_message(context("discover", {}))
    msg = failure_message(context("quality_checks.stories_have_bodies", {"name": "stories_have_bodies"}))
    assert "(data-quality check stories_have_bodies, all sources)" in msg


def test_webhook_receives_the_alert_and_a_dead_webhook_is_not_fatal(webhook, monkeypatch, caplog):
    monkeypatch.setenv(WEBHOOK_ENV, webhook.url)
    notify_failure(context("fetch", {"batch": "wire-sitemap-0000"}, map_index=0, error=TimeoutError("read timeout")))
    assert len(webhook.received) == 1
    assert "source wire-sitemap, batch wire-sitemap-0000" in webhook.received[0]["text"]
    monkeypatch.setenv(WEBHOOK_ENV, "http://127.0.0.1:9/nowhere")  # nothing listens on the discard port
    notify_failure(context("fetch", {"batch": "wire-sitemap-0000"}))
    assert any("could not post the alert" in r.getMessage() for r in caplog.records)


# A real run of the nightly DAG (dag.test, in a subprocess with Airflow's
# environment) with retries off, so the failure callback fires at once
# instead of after three retries with backoff.
HARNESS = """
import sys
from datetime import datetime
from airflow.dag_processing.dagbag import DagBag

dag = DagBag(dag_folder=sys.argv[1]).dags["newswire_nightly"]
for t in dag.tasks:
    t.retries = 0
dag.test(logical_date=datetime.fromisoformat(sys.argv[2]))
"""

# The warehouse refuses to record fetch statistics for one source: that
# batch's fetch task fails (a systemic fault), the other sources go on.
OUTAGE = """
CREATE FUNCTION refuse_api_fetch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'simulated outage recording %', NEW.batch_id; END $$;
CREATE TRIGGER refuse_api_fetch BEFORE INSERT ON stage_stats FOR EACH ROW
WHEN (NEW.stage = 'fetch' AND NEW.source = 'wire-api') EXECUTE FUNCTION refuse_api_fetch();
"""


@pytest.mark.slow
def test_a_failing_batch_alerts_with_source_and_batch(warehouse, airflow_env_for, webhook):
    with connect(warehouse) as conn, conn.cursor() as cur:
        cur.execute(OUTAGE)
    env = {**airflow_env_for(warehouse), WEBHOOK_ENV: webhook.url}
    proc = subprocess.run([sys.executable, "-c", HARNESS, str(DAGS), "2024-08-22T02:00:00+00:00"], env=env,
                          capture_output=True, text=True, timeout=600)
    out = proc.stdout + proc.stderr

    expected = "newswire_nightly: task fetch failed for source wire-api, batch wire-api-0000"
    assert f"ALERT {expected}" in out, out[-5000:]
    assert "simulated outage recording wire-api-0000" in out
    texts = [m["text"] for m in webhook.received]
    assert any(t.startswith(expected) and "data interval 2024-08-21 02:00 UTC → 2024-08-22 02:00 UTC" in t
               for t in texts), texts
    # The other sources' task logs show progress and end with their summary line.
    assert "wire-sitemap-0000 fetched stories" in out
    for line in ("fetch wire-sitemap-0000: ", "discover 20240821T020000_20240822T020000: 3 batches from 3 sources"):
        assert line in out, line
