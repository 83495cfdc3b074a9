"""Shared fixtures: a real PostgreSQL (embedded pgserver in a throwaway
NEWSWIRE_HOME, or the server named by NEWSWIRE_TEST_ADMIN_DSN), a fresh
database per test that needs one, and the local wire server."""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import uuid
from pathlib import Path

import pytest

# Isolate everything a test run writes (embedded PostgreSQL, lake, Airflow
# home) from the developer's data/ before any newswire module reads settings.
_TEST_HOME = Path(tempfile.mkdtemp(prefix="nwtest-"))
os.environ["NEWSWIRE_HOME"] = str(_TEST_HOME)
os.environ.pop("NEWSWIRE_WAREHOUSE_DSN", None)
os.environ.pop("AIRFLOW_CONN_NEWSWIRE_WAREHOUSE", None)
os.environ.pop("NEWSWIRE_LAKE_URL", None)

# pgserver logs from an atexit hook, after pytest closed the streams it captured.
logging.getLogger("pgserver").propagate = False
logging.getLogger("pgserver").addHandler(logging.NullHandler())
# Airflow's CLI and platformdirs warn when there is no per-user runtime dir.
os.environ.setdefault("XDG_RUNTIME_DIR", str(_TEST_HOME / "run"))
(_TEST_HOME / "run").mkdir(mode=0o700, exist_ok=True)

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def admin_dsn():
    """A superuser DSN on a real PostgreSQL server."""
    if os.environ.get("NEWSWIRE_TEST_ADMIN_DSN"):
        yield os.environ["NEWSWIRE_TEST_ADMIN_DSN"]
        return
    from newswire.warehouse.connection import embedded_dsn, stop_embedded

    yield embedded_dsn("postgres")
    stop_embedded()


def _create_database(admin_dsn: str, name: str) -> str:
    import psycopg2
    from psycopg2.extensions import make_dsn, parse_dsn

    conn = psycopg2.connect(admin_dsn)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(f'CREATE DATABASE "{name}"')
    conn.close()
    params = parse_dsn(admin_dsn)
    params["dbname"] = name
    return make_dsn(**params)


def _drop_database(admin_dsn: str, name: str) -> None:
    import psycopg2

    conn = psycopg2.connect(admin_dsn)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    conn.close()


@pytest.fixture
def fresh_db(admin_dsn):
    """An empty database, dropped afterwards."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    yield _create_database(admin_dsn, name)
    _drop_database(admin_dsn, name)


@pytest.fixture
def warehouse(fresh_db):
    """A migrated, empty warehouse: its DSN."""
    from newswire.warehouse.migrate import upgrade

    upgrade(fresh_db)
    return fresh_db


@pytest.fixture(scope="session")
def wire_server():
    """The local wire server over the sample corpus, on a free port."""
    from newswire.wire import make_server

    server = make_server(port=0).start()
    os.environ["NEWSWIRE_WIRE_URL"] = server.base_url
    yield server
    server.stop()


@pytest.fixture
def lake(tmp_path):
    from newswire.lake import Lake

    return Lake((tmp_path / "lake").as_uri())


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(_TEST_HOME, ignore_errors=True)


@pytest.fixture(scope="session")
def airflow_base_env(admin_dsn, wire_server):
    """Environment for Airflow subprocesses (metadata DB migrated once per session)."""
    from newswire.localenv import airflow_env, migrate_airflow

    env = airflow_env(wire_url=wire_server.base_url)
    env.pop("AIRFLOW_CONN_NEWSWIRE_WAREHOUSE", None)
    migrate_airflow(env)
    return env


def own_airflow_metadata(airflow_base_env: dict, admin_dsn: str, home: Path) -> dict:
    """``airflow_base_env`` with an Airflow metadata database of its own, migrated:
    for tests whose scheduler must see only their own DAG runs and pause states
    (the session's database holds what `airflow dags test` runs left there)."""
    from psycopg2.extensions import parse_dsn

    from newswire.localenv import migrate_airflow

    name = f"t_airflow_{uuid.uuid4().hex[:8]}"
    params = parse_dsn(_create_database(admin_dsn, name))
    where = f"host={params['host']}" if params.get("host", "").startswith("/") else ""
    netloc = "" if where else f"{params.get('host', '127.0.0.1')}:{params.get('port', 5432)}"
    env = {**airflow_base_env, "AIRFLOW_HOME": str(home),
           "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN":
               f"postgresql+psycopg2://{params.get('user', 'postgres')}@{netloc}/{name}" + (f"?{where}" if where else "")}
    Path(home).mkdir(parents=True, exist_ok=True)
    migrate_airflow(env)
    return env


@pytest.fixture
def airflow_env_for(airflow_base_env, tmp_path):
    """Airflow environment pointed at one test's warehouse and lake."""

    def make(dsn: str) -> dict:
        return {**airflow_base_env, "NEWSWIRE_WAREHOUSE_DSN": dsn, "NEWSWIRE_LAKE_URL": (tmp_path / "lake").as_uri()}

    return make


@pytest.fixture
def run_ctx(warehouse, tmp_path, wire_server):
    """Build a RunContext on this test's warehouse and lake (optionally with its own sources file)."""
    from datetime import datetime

    from newswire.pipeline import RunContext

    def make(start: str, end: str, sources_yaml: str | None = None, run_id: str = "test-run", **kw) -> RunContext:
        path = None
        if sources_yaml is not None:
            path = tmp_path / f"sources-{uuid.uuid4().hex[:6]}.yaml"
            path.write_text(sources_yaml)
        return RunContext(
            run_id=run_id, start=datetime.fromisoformat(start), end=datetime.fromisoformat(end), dsn=warehouse,
            lake_url=(tmp_path / "lake").as_uri(), sources_path=str(path) if path else None, **kw,
        )

    return make


def warehouse_snapshot(dsn) -> dict[str, list[tuple]]:
    """Every warehouse table's rows, minus load timestamps, in a stable order:
    for exact before/after comparisons."""
    from newswire.warehouse.connection import connect

    out = {}
    with connect(dsn) as conn, conn.cursor() as cur:
        for table, cols in (
            ("stories", "story_id, headline, body, content_hash, version_count"),
            ("story_versions", "story_id, version_time, content_hash"),
            ("entities", "entity_id, canonical_name, label"),
            ("entity_aliases", "alias, label, entity_id"),
            ("mentions", "story_id, start_char, end_char, label, text, entity_id"),
            ("quotes", "story_id, start_char, end_char, quote, speaker, kind, speaker_entity_id"),
        ):
            cur.execute(f"SELECT {cols} FROM {table} ORDER BY {cols}")
            out[table] = cur.fetchall()
    return out


def expected_clean(story) -> dict:
    """What the clean step must make of a corpus story: the dateline split off
    the first paragraph and the contributor line off the end."""
    from newswire.clean.wirestyle import find_contributor_line, find_dateline

    paragraphs = list(story.paragraphs)
    dateline = find_dateline(paragraphs[0])
    if dateline:
        paragraphs[0] = paragraphs[0][dateline.end:].strip()
    contributors = find_contributor_line(paragraphs[-1])
    if contributors:
        paragraphs = paragraphs[:-1]
    return {"headline": story.headline, "byline": story.byline,
            "dateline": dateline.place if dateline else None, "paragraphs": tuple(paragraphs),
            "contributors_line": story.paragraphs[-1] if contributors else None,
            "contributors": contributors.names if contributors else ()}


def corpus_versions_between(start: str, end: str) -> set[tuple[str, int]]:
    """(guid, version) of the sample corpus moved in [start, end)."""
    from datetime import datetime

    from newswire.corpus import load_corpus

    lo, hi = datetime.fromisoformat(start), datetime.fromisoformat(end)
    return {(s.guid, s.version) for s in load_corpus() if lo <= s.updated < hi}


def nightly_run_ends(times) -> list:
    """The ends of the newswire_nightly data intervals (02:00 UTC to 02:00 UTC)
    that hold the given times."""
    from datetime import datetime, timedelta, timezone

    ends = set()
    for t in times:
        end = datetime(t.year, t.month, t.day, 2, tzinfo=timezone.utc)
        ends.add(end if t < end else end + timedelta(days=1))
    return sorted(ends)


@pytest.fixture(scope="session")
def corpus_warehouse(admin_dsn, wire_server, tmp_path_factory):
    """A warehouse loaded with the whole sample corpus, shared by a session's
    read-only tests (the monitoring UI): one ``run_interval`` per nightly
    interval over the corpus days from the wire server's sitemap, ninjs API
    and RSS feed, plus one run over a feed of faulty items so the quarantine
    has rows. Returns ``{"dsn", "lake_url", "nightly_runs", "faults_run"}``."""
    from datetime import timedelta

    from newswire.corpus import load_corpus
    from newswire.pipeline import RunContext, run_interval
    from newswire.warehouse.migrate import upgrade

    name = f"t_corpus_{uuid.uuid4().hex[:8]}"
    dsn = _create_database(admin_dsn, name)
    upgrade(dsn)
    lake_url = (tmp_path_factory.mktemp("corpus-lake")).as_uri()
    nightly_runs = []
    ends = nightly_run_ends(s.updated for s in load_corpus())
    for end in ends:
        run_id = f"scheduled__{end.isoformat()}"
        run_interval(RunContext(run_id=run_id, start=end - timedelta(days=1), end=end, dsn=dsn, lake_url=lake_url))
        nightly_runs.append(run_id)
    faults = tmp_path_factory.mktemp("corpus-sources") / "faults.yaml"
    faults.write_text(
        "defaults: {max_retries: 1, backoff_base: 0.01, read_timeout: 2, connect_timeout: 2, max_retry_after: 1,\n"
        "           max_bytes: 2000000, rate_limit_per_second: 500}\n"
        "sources:\n"
        '  - {name: wire-faults, type: rss, url: "${NEWSWIRE_WIRE_URL}/faults/feed/mixed.xml"}\n'
    )
    # Over the whole corpus span, after the nightly runs (a manual re-run of those days).
    faults_run = f"manual__{ends[-1].isoformat()}"
    run_interval(RunContext(run_id=faults_run, start=ends[0] - timedelta(days=1), end=ends[-1], dsn=dsn,
                            lake_url=lake_url, sources_path=str(faults)))
    yield {"dsn": dsn, "lake_url": lake_url, "nightly_runs": nightly_runs, "faults_run": faults_run}
    _drop_database(admin_dsn, name)
