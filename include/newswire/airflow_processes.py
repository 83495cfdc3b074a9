"""Real Airflow processes for tests and the benchmark that need more than
`airflow dags test`: scheduler, dag-processor, triggerer, api-server, Celery
workers, each a subprocess with its log in a file, stopped (whole process
group) at the end."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import psycopg2
from psycopg2.extensions import make_dsn

from newswire.localenv import airflow_bin, run_airflow

TERMINAL_STATES = {"success", "failed"}


def free_port() -> int:
    """A TCP port nobody listens on right now (for an api-server in a test)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def stop_process_group(proc: subprocess.Popen, sig: int = signal.SIGTERM, timeout: float = 20) -> None:
    """Signal the process group ``proc`` leads and wait up to ``timeout`` seconds for
    all of it: what a process started (a scheduler under `airflow standalone`) can
    outlive it. Then kill what is left."""
    try:
        os.killpg(proc.pid, sig)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        proc.poll()  # reap the leader, so that only live members answer below
        try:
            os.killpg(proc.pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.2)
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait(5)


def api_server_env(port: int) -> dict[str, str]:
    """Settings that point every Airflow process at an api-server on ``port``:
    in Airflow 3, tasks (any executor) report to its execution API."""
    base = f"http://127.0.0.1:{port}"
    return {
        "AIRFLOW__API__BASE_URL": base,
        "AIRFLOW__API__WORKERS": "1",
        "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"{base}/execution/",
    }


class AirflowProcesses:
    def __init__(self, env: dict[str, str], log_dir: Path):
        self.env = env
        self.log_dir = Path(log_dir)
        self.log_dir.mkdir(parents=True, exist_ok=True)
        self.procs: dict[str, subprocess.Popen] = {}

    # -- lifecycle ---------------------------------------------------------
    def start(self, name: str, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen:
        """Start ``airflow <args>`` as ``name`` (e.g. start("scheduler", "scheduler"))."""
        log = open(self.log_dir / f"{name}.log", "ab")
        proc = subprocess.Popen(
            [airflow_bin(), *args], env={**self.env, **(env or {})}, stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True,  # own process group: stop() takes its children too
        )
        self.procs[name] = proc
        return proc

    def start_api_server(self, port: int) -> None:
        """Start the api-server on ``port`` (this object's env must hold
        ``api_server_env(port)``) and wait until it answers."""
        self.start("api-server", "api-server", "--host", "127.0.0.1", "--port", str(port))
        self.wait_for_http(f"http://127.0.0.1:{port}/api/v2/monitor/health", name="api-server")

    def stop(self, name: str, sig: int = signal.SIGTERM, timeout: float = 20) -> None:
        proc = self.procs.pop(name, None)
        if proc is not None:
            stop_process_group(proc, sig, timeout)

    def stop_all(self) -> None:
        for name in list(self.procs):
            self.stop(name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop_all()

    def logs(self, name: str, tail: int = 4000) -> str:
        path = self.log_dir / f"{name}.log"
        return path.read_text(errors="replace")[-tail:] if path.exists() else ""

    def all_logs(self, tail: int = 3000) -> str:
        return "\n".join(
            f"--- {p.name} ---\n{p.read_text(errors='replace')[-tail:]}" for p in sorted(self.log_dir.glob("*.log"))
        )

    # -- metadata queries --------------------------------------------------
    def metadata_dsn(self) -> str:
        """libpq DSN of Airflow's metadata DB (from the SQLAlchemy URL in env)."""
        from sqlalchemy.engine import make_url

        url = make_url(self.env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"])
        params = {"dbname": url.database, "user": url.username or "postgres",
                  "host": url.query.get("host") or url.host or "127.0.0.1"}
        if url.password:
            params["password"] = url.password
        if url.port:
            params["port"] = str(url.port)
        return make_dsn(**params)

    def query(self, sql: str, *params):
        conn = psycopg2.connect(self.metadata_dsn())
        try:
            with conn, conn.cursor() as cur:
                cur.execute(sql, params)
                return cur.fetchall()
        finally:
            conn.close()

    def wait_for_dag(self, dag_id: str, timeout: float = 120) -> None:
        """Until the dag-processor has serialized ``dag_id``."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.query("SELECT 1 FROM serialized_dag WHERE dag_id = %s", dag_id):
                return
            time.sleep(1)
        raise TimeoutError(f"{dag_id} was not parsed within {timeout}s\n{self.all_logs()}")

    def wait_for_http(self, url: str, timeout: float = 120, name: str | None = None) -> None:
        """Until ``url`` answers 200 (e.g. the api-server's /api/v2/monitor/health);
        fails early if the process ``name`` exits meanwhile."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if name and self.procs[name].poll() is not None:
                raise RuntimeError(f"{name} exited with {self.procs[name].returncode}\n{self.logs(name)}")
            try:
                with urllib.request.urlopen(url, timeout=5) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(1)
        raise TimeoutError(f"{url} did not answer within {timeout}s\n{self.all_logs()}")

    def run_states(self, dag_id: str, run_type: str | None = None) -> dict[str, str]:
        """run_id → state of ``dag_id``'s runs (only ``run_type`` ones, e.g. 'backfill', if given)."""
        return dict(self.query(
            "SELECT run_id, state FROM dag_run WHERE dag_id = %s AND (%s IS NULL OR run_type = %s)",
            dag_id, run_type, run_type,
        ))

    def wait_for_runs(self, dag_id: str, count: int, timeout: float = 600, run_type: str | None = None) -> dict[str, str]:
        """Until ``count`` runs of ``dag_id`` have finished; returns run_id → state."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            done = {r: s for r, s in self.run_states(dag_id, run_type).items() if s in TERMINAL_STATES}
            if len(done) >= count:
                return done
            time.sleep(2)
        raise TimeoutError(f"{dag_id}: {self.run_states(dag_id)} after {timeout}s\n{self.all_logs()}")

    def asset_events(self, asset_name: str) -> int:
        """How many events the asset named ``asset_name`` has (e.g. one per message
        an AssetWatcher's trigger received)."""
        return self.query("SELECT count(*) FROM asset_event e JOIN asset a ON a.id = e.asset_id WHERE a.name = %s",
                          asset_name)[0][0]

    def cli(self, *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
        return run_airflow(list(args), self.env, check=True, capture=True, timeout=timeout)
