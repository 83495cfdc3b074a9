"""Which PostgreSQL the warehouse is, and how to connect to it.

Resolution order (first that is set wins):
1. ``NEWSWIRE_WAREHOUSE_DSN``: a libpq URI or key=value string;
2. ``AIRFLOW_CONN_NEWSWIRE_WAREHOUSE``: the Airflow connection as an env var
   (URI or JSON form), so the CLI and the DAGs agree on one setting;
3. the embedded default: a PostgreSQL server from the ``pgserver`` wheel,
   running under ``$NEWSWIRE_HOME/pg`` (started on first use, left running).

Inside Airflow the DAGs resolve the ``newswire_warehouse`` connection from any
secrets backend and pass its DSN explicitly; this module never imports Airflow.
"""

from __future__ import annotations

import json
import os
import threading
from contextlib import contextmanager
from urllib.parse import parse_qsl, quote, urlencode, urlsplit

import psycopg2

from newswire import config

WAREHOUSE_DB = "newswire"
_LIBPQ_QUERY_KEYS = {"host", "port", "sslmode", "sslrootcert", "sslcert", "sslkey", "connect_timeout", "application_name", "options"}
_embedded_lock = threading.Lock()
_embedded_uri: dict[str, str] = {}


def default_dsn() -> str:
    if os.environ.get("NEWSWIRE_WAREHOUSE_DSN"):
        return os.environ["NEWSWIRE_WAREHOUSE_DSN"]
    if os.environ.get("AIRFLOW_CONN_NEWSWIRE_WAREHOUSE"):
        return airflow_conn_to_dsn(os.environ["AIRFLOW_CONN_NEWSWIRE_WAREHOUSE"])
    return embedded_dsn(WAREHOUSE_DB)


def airflow_conn_to_dsn(value: str) -> str:
    """An Airflow connection (URI or JSON serialisation) as a libpq URI."""
    value = value.strip()
    if value.startswith("{"):
        conn = json.loads(value)
        extra = conn.get("extra") or {}
        if isinstance(extra, str):
            extra = json.loads(extra or "{}")
        return build_dsn(
            host=conn.get("host"), port=conn.get("port"), login=conn.get("login"),
            password=conn.get("password"), database=conn.get("schema"), extra=extra,
        )
    parts = urlsplit(value)
    query = {k: v for k, v in parse_qsl(parts.query) if k in _LIBPQ_QUERY_KEYS}
    netloc = parts.netloc
    return f"postgresql://{netloc}{parts.path}" + (f"?{urlencode(query)}" if query else "")


def build_dsn(host=None, port=None, login=None, password=None, database=None, extra=None) -> str:
    auth = quote(login or "", safe="")
    if password:
        auth += ":" + quote(password, safe="")
    query = {k: v for k, v in (extra or {}).items() if k in _LIBPQ_QUERY_KEYS}
    netloc_host = ""
    if host and host.startswith("/"):
        query["host"] = host  # a Unix socket directory
    elif host:
        netloc_host = host + (f":{port}" if port else "")
    if port and host and host.startswith("/"):
        query["port"] = str(port)
    netloc = (auth + "@" if auth else "") + netloc_host
    return f"postgresql://{netloc}/{database or ''}" + (f"?{urlencode(query)}" if query else "")


def embedded_server():
    """The pgserver instance for this NEWSWIRE_HOME (started if not running)."""
    import pgserver  # heavy-ish import; only the embedded default needs it

    datadir = config.newswire_home() / "pg"
    datadir.parent.mkdir(parents=True, exist_ok=True)
    return pgserver.get_server(str(datadir), cleanup_mode=None)


def embedded_dsn(database: str) -> str:
    with _embedded_lock:
        if database not in _embedded_uri:
            server = embedded_server()
            exists = server.psql(f"SELECT 1 FROM pg_database WHERE datname = '{database}';")
            if "1 row" not in exists:
                server.psql(f'CREATE DATABASE "{database}";')
            _embedded_uri[database] = server.get_uri(database)
        return _embedded_uri[database]


@contextmanager
def connect(dsn: str | None = None):
    """A connection in one transaction: committed on success, rolled back on error."""
    conn = psycopg2.connect(dsn or default_dsn())
    try:
        yield conn
        conn.commit()
    except BaseException:
        # A dropped connection cannot roll back (the server already did):
        # keep the original error, not the InterfaceError of the rollback.
        if not conn.closed:
            conn.rollback()
        raise
    finally:
        conn.close()


def stop_embedded() -> None:
    """Stop the embedded server of this NEWSWIRE_HOME, if it runs."""
    import pgserver

    datadir = config.newswire_home() / "pg"
    if (datadir / "postmaster.pid").exists():
        server = embedded_server()
        pgserver.pg_ctl(["-w", "-m", "fast", "stop"], pgdata=datadir, user=server.system_user)
    _embedded_uri.clear()
