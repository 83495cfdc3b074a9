"""The local, single-machine environment: embedded PostgreSQL for both Airflow's
metadata and the warehouse, the local wire server, and the environment
variables that point Airflow at this project. Used by `newswire demo`,
`make airflow` and the tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from newswire import config

AIRFLOW_DB = "airflow"


def airflow_home() -> Path:
    return config.newswire_home() / "airflow"


def airflow_env(wire_url: str | None = None, executor: str = "LocalExecutor") -> dict[str, str]:
    """Environment for Airflow processes that run this project locally."""
    from newswire.warehouse.connection import embedded_dsn, embedded_server

    env = dict(os.environ)
    airflow_home().mkdir(parents=True, exist_ok=True)
    socket_dir = str(config.newswire_home() / "pg")
    env.setdefault("AIRFLOW_HOME", str(airflow_home()))
    env.setdefault("NEWSWIRE_HOME", str(config.newswire_home()))
    if "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN" not in env:
        embedded_server()
        embedded_dsn(AIRFLOW_DB)  # creates the database on first use
        env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"] = f"postgresql+psycopg2://postgres@/{AIRFLOW_DB}?host={socket_dir}"
    if "AIRFLOW_CONN_NEWSWIRE_WAREHOUSE" not in env and "NEWSWIRE_WAREHOUSE_DSN" not in env:
        embedded_dsn("newswire")
        env["AIRFLOW_CONN_NEWSWIRE_WAREHOUSE"] = json.dumps(
            {"conn_type": "postgres", "host": socket_dir, "login": "postgres", "schema": "newswire"}
        )
    env.update(
        {
            "AIRFLOW__CORE__DAGS_FOLDER": str(config.REPO_ROOT / "dags"),
            "AIRFLOW__CORE__PLUGINS_FOLDER": str(config.REPO_ROOT / "plugins"),
            "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
            "AIRFLOW__CORE__EXECUTOR": env.get("AIRFLOW__CORE__EXECUTOR", executor),
            "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "False",
            "AIRFLOW__LOGGING__LOGGING_LEVEL": env.get("AIRFLOW__LOGGING__LOGGING_LEVEL", "INFO"),
        }
    )
    if wire_url:
        env["NEWSWIRE_WIRE_URL"] = wire_url
    return env


def airflow_bin() -> str:
    return str(Path(sys.executable).with_name("airflow"))


def run_airflow(args: list[str], env: dict[str, str], check: bool = True, capture: bool = False, timeout: float | None = None):
    return subprocess.run(
        [airflow_bin(), *args], env=env, check=check, timeout=timeout,
        capture_output=capture, text=True,
    )


def migrate_airflow(env: dict[str, str]) -> None:
    run_airflow(["db", "migrate"], env, capture=True)
