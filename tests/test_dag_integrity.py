"""Every DAG file imports cleanly, fast, and every task retries."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

DAGS = Path(__file__).resolve().parents[1] / "dags"


@pytest.fixture(scope="module")
def dagbag():
    from airflow.dag_processing.dagbag import DagBag

    return DagBag(dag_folder=str(DAGS))


def test_no_import_errors(dagbag):
    assert dagbag.import_errors == {}
    assert "newswire_nightly" in dagbag.dags


def test_every_task_retries_with_backoff(dagbag):
    for dag in dagbag.dags.values():
        for t in dag.tasks:
            assert t.retries >= 1, f"{dag.dag_id}.{t.task_id} has no retries"
            assert t.retry_exponential_backoff, f"{dag.dag_id}.{t.task_id} retries without backoff"


def test_nightly_shape(dagbag):
    dag = dagbag.dags["newswire_nightly"]
    from newswire.warehouse.checks import CHECKS

    assert {"discover", "fetch", "clean", "extract", "load"} <= set(dag.task_dict)
    # Every data-quality check is its own task, downstream of every load.
    for c in CHECKS:
        assert dag.task_dict[f"quality_checks.{c.name}"].upstream_task_ids == {"load"}
    assert dag.timetable.expression == "0 2 * * *"
    # Work is mapped over batches, never one task per story.
    for name in ("fetch", "clean", "extract", "load"):
        assert type(dag.task_dict[name]).__name__.endswith("MappedOperator")


def test_dag_files_parse_fast():
    """Parsing the whole dags folder (in a fresh interpreter, after Airflow
    itself is imported) takes under 2 s: no heavy imports at module level."""
    code = (
        "import time, runpy, pathlib, airflow.sdk\n"
        f"t = time.perf_counter()\n"
        f"for p in sorted(pathlib.Path({str(DAGS)!r}).glob('*.py')): runpy.run_path(str(p))\n"
        "print(time.perf_counter() - t)\n"
        "import sys; print(int(any(m in sys.modules for m in ('spacy', 'psycopg2', 'trafilatura'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    seconds, heavy = float(out[-2]), out[-1]
    assert seconds < 2.0, f"dags folder took {seconds:.2f}s to parse"
    assert heavy == "0", "a DAG file imports spaCy/psycopg2/trafilatura at module level"
