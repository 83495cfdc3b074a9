"""docker-compose.yml, Dockerfile and .env.example, checked by parsing them
(no Docker engine here): the services the design needs, each with a
healthcheck; workers that `--scale`; every setting the code reads set in every
container that runs the code; commands that the pinned Airflow accepts; and
the postgres init script run for real, with the least-privilege warehouse role
migrating the warehouse."""

from __future__ import annotations

import ast
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import uuid
from importlib.metadata import version
from pathlib import Path

import pytest
import yaml
from conftest import REPO

COMPOSE = yaml.safe_load((REPO / "docker-compose.yml").read_text())
COMPOSE_TEXT = (REPO / "docker-compose.yml").read_text()
SERVICES = COMPOSE["services"]
DOCKERFILE = (REPO / "Dockerfile").read_text()
AIRFLOW_SERVICES = {"api-server": ["api-server"], "scheduler": ["scheduler"], "dag-processor": ["dag-processor"],
                    "triggerer": ["triggerer"], "worker": ["celery", "worker"]}
# Modules that never run in the cluster's containers: the single-machine setup
# (`make demo`, `make airflow`, the tests' process helpers) and the benchmarks.
LOCAL_ONLY = ("localenv.py", "standalone.py", "demo.py", "airflow_processes.py", "bench/")
# Variables of the platform, not of newswire: the code only fills them in when
# they are missing (the CLI gives Airflow a runtime dir under NEWSWIRE_HOME).
PLATFORM_VARIABLES = {"XDG_RUNTIME_DIR"}
_INTERPOLATION = re.compile(r"(?<!\$)\$\{(\w+)(?::?([-?])([^}]*))?\}")


def env_example() -> dict[str, str]:
    pairs = {}
    for line in (REPO / ".env.example").read_text().splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            key, _, value = line.partition("=")
            pairs[key.strip()] = value
    return pairs


def requirement_pins() -> dict[str, str]:
    pins = {}
    for line in (REPO / "requirements.txt").read_text().splitlines():
        if "==" in line and not line.startswith("#"):
            name, _, pin = line.partition("==")
            pins[name.strip().lower().replace("_", "-")] = pin.strip()
    return pins


def project_services() -> dict[str, dict]:
    """The services that run this project's image (and so its code)."""
    return {n: s for n, s in SERVICES.items() if "build" in s}


def command(service: str) -> list[str]:
    cmd = SERVICES[service]["command"]
    return shlex.split(cmd) if isinstance(cmd, str) else list(cmd)


def healthcheck_argv(service: str) -> list[str]:
    test = SERVICES[service]["healthcheck"]["test"]
    if test[0] == "CMD-SHELL":
        return shlex.split(test[1].replace("$${HOSTNAME}", "host"))
    return list(test[1:])


# -- what the code reads -----------------------------------------------------
def _module_constants(tree: ast.Module) -> dict[str, str]:
    return {t.id: node.value.value for node in tree.body if isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
            for t in node.targets if isinstance(t, ast.Name)}


def _resolve(node, constants) -> str | None:
    """A string expression built from literals and module constants (``f"AIRFLOW_CONN_{CONN_ID.upper()}"``)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "upper":
        inner = _resolve(node.func.value, constants)
        return inner.upper() if inner is not None else None
    if isinstance(node, ast.FormattedValue):
        return _resolve(node.value, constants)
    if isinstance(node, ast.JoinedStr):
        parts = [_resolve(v, constants) for v in node.values]
        return None if None in parts else "".join(parts)
    return None


def _is_environ(node) -> bool:
    return isinstance(node, ast.Attribute) and node.attr == "environ" and isinstance(node.value, ast.Name) and node.value.id == "os"


def _real_default(args) -> bool:
    """Whether ``os.environ.get(NAME, default)`` has a default that an empty value would lose."""
    return bool(args) and not (isinstance(args[0], ast.Constant) and args[0].value in ("", None))


def env_reads() -> dict[str, bool]:
    """Every environment variable the deployed code reads → whether it reads it
    with a non-empty default of its own (``os.environ.get(NAME, default)``), plus
    ``AIRFLOW_CONN_<ID>`` for every connection id it names (``*CONN_ID``)."""
    reads: dict[str, bool] = {}
    roots = [REPO / "include" / "newswire", REPO / "dags", REPO / "plugins"]
    for path in sorted(p for root in roots for p in root.rglob("*.py")):
        if any(part in path.as_posix() for part in LOCAL_ONLY):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = _module_constants(tree)
        for name, value in constants.items():
            if name.endswith("CONN_ID"):
                reads.setdefault(f"AIRFLOW_CONN_{value.upper()}", False)
        for node in ast.walk(tree):
            key, has_default = None, False
            if isinstance(node, ast.Call) and node.args:
                func = node.func
                if (isinstance(func, ast.Attribute) and func.attr in ("get", "setdefault") and _is_environ(func.value)
                        or isinstance(func, ast.Attribute) and func.attr == "getenv"):
                    key, has_default = _resolve(node.args[0], constants), _real_default(node.args[1:])
            elif isinstance(node, ast.Subscript) and _is_environ(node.value):
                key = _resolve(node.slice, constants)
            elif isinstance(node, ast.Compare) and any(_is_environ(c) for c in node.comparators):
                key = _resolve(node.left, constants)
            if key and key not in PLATFORM_VARIABLES:
                reads[key] = reads.get(key, False) or has_default
    return reads


def sources_settings() -> set[str]:
    """What config/sources.yaml needs from the environment: the variables its
    URLs expand (``${NEWSWIRE_WIRE_URL:-...}``) and its sources' connections."""
    doc = yaml.safe_load((REPO / "config" / "sources.yaml").read_text())
    values = json.dumps(doc)  # the values only: comments are gone
    refs = {m.group(1) for m in re.finditer(r"\$\{(\w+)", values)}
    return refs | {f"AIRFLOW_CONN_{s['connection'].upper()}" for s in doc["sources"] if s.get("connection")}


# -- services and health ------------------------------------------------------
def test_the_services_the_design_needs():
    assert {"postgres", "redis", "init", *AIRFLOW_SERVICES} <= set(SERVICES)
    for name, subcommand in AIRFLOW_SERVICES.items():
        assert command(name)[: 1 + len(subcommand)] == ["airflow", *subcommand], name
    assert SERVICES["postgres"]["image"].startswith("postgres:")
    assert SERVICES["redis"]["image"].startswith("redis:")
    for service in SERVICES.values():  # pinned images, never :latest
        assert ":" in service.get("image", "") and not service["image"].endswith(":latest") or "build" in service


def test_every_service_has_a_healthcheck():
    for name, service in SERVICES.items():
        check = service.get("healthcheck") or {}
        assert check.get("test") and not check.get("disable"), f"{name} has no healthcheck"
        assert check["test"][0] in ("CMD", "CMD-SHELL") and len(check["test"]) > 1, name


def test_services_start_in_order():
    init = SERVICES["init"]
    assert init["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert init["depends_on"]["redis"]["condition"] == "service_healthy"
    assert init.get("restart") == "no"
    script = (REPO / "docker" / "init.sh").read_text()
    assert command("init") == ["/opt/newswire/docker/init.sh"]
    assert "airflow db migrate" in script and "newswire db upgrade" in script
    for name in AIRFLOW_SERVICES:
        deps = SERVICES[name]["depends_on"]
        assert deps["init"]["condition"] == "service_completed_successfully", name
        assert deps["postgres"]["condition"] == deps["redis"]["condition"] == "service_healthy", name
    # Tasks report to the api-server's execution API: workers wait for it.
    assert SERVICES["worker"]["depends_on"]["api-server"]["condition"] == "service_healthy"


def test_workers_scale():
    worker = SERVICES["worker"]
    for key in ("container_name", "hostname", "ports"):
        assert key not in worker, f"worker sets {key}: `--scale worker=N` would clash"
    assert "-H" not in command("worker") and "--celery-hostname" not in command("worker")
    assert not any("container_name" in s for s in SERVICES.values())
    assert worker.get("deploy", {}).get("replicas", 1) >= 2
    # Warm shutdown: running tasks get time to finish when a worker is stopped or scaled down.
    assert worker.get("stop_grace_period")


# -- settings -------------------------------------------------------------------
def test_every_setting_the_code_reads_is_set_where_the_code_runs():
    reads = env_reads()
    assert {"NEWSWIRE_LAKE_URL", "NEWSWIRE_HOME", "NEWSWIRE_BATCH_SIZE", "NEWSWIRE_SOURCES",
            "AIRFLOW_CONN_NEWSWIRE_WAREHOUSE", "AIRFLOW_CONN_NEWSWIRE_EVENTS"} <= set(reads)  # the scan works
    assert {"NEWSWIRE_WIRE_URL", "AIRFLOW_CONN_NEWSWIRE_WIRE_API"} <= sources_settings()
    needed = set(reads) | sources_settings()
    for name, service in project_services().items():
        missing = needed - set(service["environment"])
        assert not missing, f"{name} does not set {sorted(missing)}"
    env = SERVICES["worker"]["environment"]
    for key, has_default in reads.items():
        if has_default:  # an empty value would replace the code's own default
            m = _INTERPOLATION.fullmatch(str(env[key]))
            assert m is None or (m.group(2) == "-" and m.group(3)), f"{key}={env[key]!r} may be empty"


def test_env_example_documents_every_setting():
    example = env_example()
    used = {m.group(1) for m in _INTERPOLATION.finditer(COMPOSE_TEXT)}
    assert used - set(example) == set(), "in docker-compose.yml but not in .env.example"
    assert set(example) - used == set(), "in .env.example but unused by docker-compose.yml"
    required = {m.group(1) for m in _INTERPOLATION.finditer(COMPOSE_TEXT) if m.group(2) == "?"}
    assert {"POSTGRES_PASSWORD", "AIRFLOW_DB_PASSWORD", "NEWSWIRE_DB_PASSWORD", "REDIS_PASSWORD",
            "AIRFLOW_FERNET_KEY", "AIRFLOW_JWT_SECRET", "AIRFLOW_API_SECRET_KEY", "AIRFLOW_ADMIN_PASSWORD"} <= required
    assert all(example[key] == "" for key in required), "no secret is committed"


def test_celery_redis_postgres_and_the_execution_api_fit_together():
    env = SERVICES["worker"]["environment"]
    assert env["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor"
    assert "@redis:6379/" in env["AIRFLOW__CELERY__BROKER_URL"]
    assert env["AIRFLOW__CELERY__RESULT_BACKEND"].startswith("db+postgresql")
    assert "@postgres:5432/" in env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"]
    api_port = command("api-server")[command("api-server").index("--port") + 1]
    assert env["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"] == f"http://api-server:{api_port}/execution/"
    # Every Airflow process shares one environment: the scheduler signs task
    # tokens with the secret the api-server checks them with.
    for name in AIRFLOW_SERVICES:
        assert SERVICES[name]["environment"] is SERVICES["worker"]["environment"] or \
            SERVICES[name]["environment"] == env, name
        assert SERVICES[name]["environment"]["AIRFLOW__API_AUTH__JWT_SECRET"].startswith("${AIRFLOW_JWT_SECRET")


def _json_conn(env: dict, key: str) -> dict:
    return json.loads(_INTERPOLATION.sub(lambda m: f"<{m.group(1)}>", env[key]))


def test_two_databases_and_the_connections():
    env = SERVICES["worker"]["environment"]
    warehouse = _json_conn(env, "AIRFLOW_CONN_NEWSWIRE_WAREHOUSE")
    assert warehouse["conn_type"] == "postgres" and warehouse["host"] == "postgres"
    metadata_db = env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"].rsplit("/", 1)[1]
    assert metadata_db == "${AIRFLOW_DB_NAME:-airflow}" and warehouse["schema"] == "<NEWSWIRE_DB_NAME>"
    assert env_example()["AIRFLOW_DB_NAME"] != env_example()["NEWSWIRE_DB_NAME"]
    events = _json_conn(env, "AIRFLOW_CONN_NEWSWIRE_EVENTS")
    assert events["conn_type"] == "redis" and events["host"] == "redis"
    script = (REPO / "docker" / "postgres" / "init-databases.sh").read_text()
    assert 'CREATE DATABASE :"airflow_db"' in script and 'CREATE DATABASE :"newswire_db"' in script
    mount = "./docker/postgres/init-databases.sh:/docker-entrypoint-initdb.d/"
    assert any(v.startswith(mount) for v in SERVICES["postgres"]["volumes"])


def test_the_raw_zone_is_shared():
    env = SERVICES["worker"]["environment"]
    default = _INTERPOLATION.fullmatch(env["NEWSWIRE_LAKE_URL"]).group(3)
    assert default.startswith("file:///")
    path = default[len("file://"):]
    for name in ("worker", "api-server"):  # workers write it; the UI shows quarantined payloads from it
        mounts = {v.split(":")[1]: v.split(":")[0] for v in SERVICES[name]["volumes"]}
        assert path in mounts and mounts[path] in COMPOSE["volumes"], name
    assert env_example()["NEWSWIRE_LAKE_URL"] == default
    assert "s3fs" in requirement_pins()  # s3:// URLs need it in the image


# -- image and versions -------------------------------------------------------------
def test_the_image_installs_the_lock_and_the_project():
    pins = requirement_pins()
    assert re.search(r"^ARG PYTHON_IMAGE=python:3\.11[-.\w]*$", DOCKERFILE, re.M)
    assert re.search(r"^FROM \$\{PYTHON_IMAGE\}$", DOCKERFILE, re.M)
    assert re.search(r"^RUN pip install -r requirements\.txt$", DOCKERFILE, re.M)
    assert "pip install --no-deps -e ." in DOCKERFILE
    for folder in ("include", "dags", "plugins", "config", "docker"):
        assert re.search(rf"^COPY {folder} \./{folder}$", DOCKERFILE, re.M), folder
    airflow_arg = re.search(r"^ARG AIRFLOW_VERSION=(\S+)$", DOCKERFILE, re.M).group(1)
    assert airflow_arg == pins["apache-airflow"] == version("apache-airflow")
    assert "apache-airflow-providers-celery" in pins and "redis" in pins
    for image in re.findall(r"apache/airflow:([\w.]+)", COMPOSE_TEXT + DOCKERFILE):
        assert image.startswith(pins["apache-airflow"])
    images = {json.dumps({k: s.get(k) for k in ("image", "build")}, sort_keys=True) for s in project_services().values()}
    assert len(images) == 1, "every project service runs the one image"
    assert set(AIRFLOW_SERVICES) | {"init"} <= set(project_services())


def test_commands_are_ones_the_pinned_airflow_accepts(tmp_path):
    """Every `airflow ...` command and healthcheck, parsed by this Airflow's own
    CLI parser (in a subprocess with the cluster's executor), and the Celery
    app the worker healthcheck pings."""
    argvs = [command(n)[1:] for n in SERVICES if "command" in SERVICES[n] and command(n)[0] == "airflow"]
    argvs += [healthcheck_argv(n)[1:] for n in SERVICES if healthcheck_argv(n)[0] == "airflow"]
    celery_apps = [argv[argv.index("--app") + 1] for n in SERVICES
                   if (argv := healthcheck_argv(n))[0] == "celery"]
    assert len(argvs) >= 7 and celery_apps
    script = (
        "import importlib, json, sys\n"
        "from airflow.cli.cli_parser import get_parser\n"
        "for argv in json.loads(sys.argv[1]):\n"
        "    get_parser().parse_args(argv)\n"
        "for path in json.loads(sys.argv[2]):\n"
        "    module, _, attr = path.rpartition('.')\n"
        "    getattr(importlib.import_module(module), attr)\n"
        "print('ok')\n"
    )
    env = {**os.environ, "AIRFLOW_HOME": str(tmp_path), "AIRFLOW__CORE__EXECUTOR": "CeleryExecutor",
           "AIRFLOW__CORE__LOAD_EXAMPLES": "False"}
    out = subprocess.run([sys.executable, "-c", script, json.dumps(argvs), json.dumps(celery_apps)],
                         env=env, capture_output=True, text=True, timeout=180)
    assert out.returncode == 0 and out.stdout.strip().endswith("ok"), out.stderr[-3000:]


# -- the postgres init script, for real ---------------------------------------------
def test_postgres_init_script_makes_two_databases_and_a_least_privilege_loader(admin_dsn):
    """docker/postgres/init-databases.sh on a real server (as the postgres
    image runs it), then the loader role, no superuser, migrates the warehouse."""
    import psycopg2
    from psycopg2.extensions import make_dsn, parse_dsn

    from newswire.warehouse.migrate import upgrade

    psql = shutil.which("psql")
    if psql is None:
        pytest.skip("psql is not installed: the postgres image runs the script with it")
    tag = uuid.uuid4().hex[:8]
    names = {"AIRFLOW_DB_USER": f"t_af_{tag}", "AIRFLOW_DB_NAME": f"t_afdb_{tag}",
             "NEWSWIRE_DB_USER": f"t_loader_{tag}", "NEWSWIRE_DB_NAME": f"t_wh_{tag}"}
    admin = parse_dsn(admin_dsn)
    env = {**os.environ, **names, "AIRFLOW_DB_PASSWORD": "pw-airflow", "NEWSWIRE_DB_PASSWORD": "pw-loader",
           "POSTGRES_USER": admin.get("user", "postgres"), "POSTGRES_DB": admin.get("dbname", "postgres"),
           "PGHOST": admin.get("host", ""), "PGPORT": str(admin.get("port", 5432))}
    try:
        out = subprocess.run(["bash", str(REPO / "docker" / "postgres" / "init-databases.sh")], env=env,
                             capture_output=True, text=True, timeout=60)
        assert out.returncode == 0, out.stderr
        loader = make_dsn(**{**admin, "user": names["NEWSWIRE_DB_USER"], "dbname": names["NEWSWIRE_DB_NAME"]})
        assert upgrade(loader)  # migrations applied by the loader itself
        conn = psycopg2.connect(loader)
        with conn, conn.cursor() as cur:
            cur.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
            assert cur.fetchone()[0] is False
            cur.execute("SELECT count(*) FROM stories")
        conn.close()
        conn = psycopg2.connect(admin_dsn)
        with conn, conn.cursor() as cur:
            cur.execute("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = %s", (names["AIRFLOW_DB_NAME"],))
            assert cur.fetchone()[0] == names["AIRFLOW_DB_USER"]
        conn.close()
    finally:
        conn = psycopg2.connect(admin_dsn)
        conn.autocommit = True
        with conn.cursor() as cur:
            for db in (names["AIRFLOW_DB_NAME"], names["NEWSWIRE_DB_NAME"]):
                cur.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
            for role in (names["AIRFLOW_DB_USER"], names["NEWSWIRE_DB_USER"]):
                cur.execute(f'DROP ROLE IF EXISTS "{role}"')
        conn.close()
