"""Re-running an interval, or any single stage of it, gives an identical
warehouse; a re-published story keeps one row and two versions."""

from __future__ import annotations

import hashlib
import pickle
import subprocess
import sys
import textwrap
import time

import psycopg2
import pytest
from conftest import corpus_versions_between, warehouse_snapshot

from newswire.pipeline import (
    clean_stage,
    discover_stage,
    extract_stage,
    fetch_stage,
    load_stage,
    run_interval,
)
from newswire.warehouse.connection import connect

DAY = ("2024-08-21T02:00:00+00:00", "2024-08-22T02:00:00+00:00")
SITEMAP_ONLY = """
sources:
  - {name: wire-sitemap, type: sitemap, url: "${NEWSWIRE_WIRE_URL}/sitemap-index.xml"}
"""


def fingerprint(dsn):
    """Row count and a digest of the rows of every table that matters."""
    return {table: (hashlib.sha256(repr(rows).encode()).hexdigest(), len(rows))
            for table, rows in warehouse_snapshot(dsn).items()}


def test_same_interval_twice_gives_an_identical_warehouse(run_ctx, warehouse):
    ctx = run_ctx(*DAY)
    run_interval(ctx)
    first = fingerprint(warehouse)
    assert first["stories"][1] > 0 and first["quotes"][1] > 0
    run_interval(ctx)
    assert fingerprint(warehouse) == first


def test_every_stage_rerun_alone_duplicates_nothing(run_ctx, warehouse):
    ctx = run_ctx(*DAY, SITEMAP_ONLY)
    batches = discover_stage(ctx)
    for batch in batches:
        for stage in (fetch_stage, clean_stage, extract_stage, load_stage):
            stage(ctx, batch)
    first = fingerprint(warehouse)
    # An Airflow "clear" of any one task re-runs just that stage.
    for stage in (fetch_stage, clean_stage, extract_stage, load_stage):
        for batch in batches:
            stage(ctx, batch)
        assert fingerprint(warehouse) == first, f"re-running {stage.__name__} changed the warehouse"
    assert discover_stage(ctx) == batches
    expected = corpus_versions_between(*DAY)
    assert first["story_versions"][1] == len(expected)


def test_republished_story_has_one_row_two_versions_and_current_quotes(run_ctx, warehouse):
    run_interval(run_ctx("2024-08-19T00:00:00+00:00", "2024-08-24T02:00:00+00:00"))
    with connect(warehouse) as conn, conn.cursor() as cur:
        cur.execute("SELECT story_id, version_count, body FROM stories WHERE guid LIKE '%%dayton-axle%%' OR canonical_url LIKE '%%dayton-axle%%'")
        (story_id, versions, body), = cur.fetchall()
        assert versions == 2
        cur.execute("SELECT count(*) FROM story_versions WHERE story_id = %s", (story_id,))
        assert cur.fetchone() == (2,)
        cur.execute("SELECT quote, start_char, end_char FROM quotes WHERE story_id = %s", (story_id,))
        quotes = cur.fetchall()
    assert quotes and all(body[s:e] == q for q, s, e in quotes)  # quotes of the current version only


def test_warehouse_connection_dropped_mid_load_leaves_no_half_batch(run_ctx, warehouse, admin_dsn):
    ctx = run_ctx(*DAY, SITEMAP_ONLY)
    batches = discover_stage(ctx)
    for batch in batches:
        for stage in (fetch_stage, clean_stage, extract_stage):
            stage(ctx, batch)
    # Make the load stall inside its transaction, after stories were written,
    # then kill its connection from outside, as a failing network would.
    with connect(warehouse) as conn, conn.cursor() as cur:
        cur.execute("""CREATE FUNCTION stall() RETURNS trigger LANGUAGE plpgsql AS
                       $$ BEGIN PERFORM pg_sleep(30); RETURN NEW; END $$;
                       CREATE TRIGGER stall BEFORE INSERT ON quotes FOR EACH STATEMENT EXECUTE FUNCTION stall();""")
    killer = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import time, psycopg2
        conn = psycopg2.connect({warehouse!r}); conn.autocommit = True
        for _ in range(200):
            cur = conn.cursor()
            cur.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE wait_event = 'PgSleep' AND pid <> pg_backend_pid()")
            if any(r[0] for r in cur.fetchall()): break
            time.sleep(0.1)
    """)])
    with pytest.raises(psycopg2.OperationalError):
        load_stage(ctx, batches[0])
    killer.wait(30)
    assert fingerprint(warehouse)["stories"][1] == 0  # nothing of the batch is visible
    with connect(warehouse) as conn, conn.cursor() as cur:
        cur.execute("DROP TRIGGER stall ON quotes")
    for batch in batches:  # the retry
        load_stage(ctx, batch)
    assert fingerprint(warehouse)["story_versions"][1] == len(corpus_versions_between(*DAY))


def test_worker_killed_mid_extract_then_rerun_loses_nothing(run_ctx, warehouse, tmp_path):
    ctx = run_ctx(*DAY, SITEMAP_ONLY)
    batches = discover_stage(ctx)
    for batch in batches:
        fetch_stage(ctx, batch)
        clean_stage(ctx, batch)
    # A worker process dies (SIGKILL) while extracting the first batch: the
    # child signals (marker file) once it has extracted a first story, then
    # keeps going slowly, and is killed there.
    marker = tmp_path / "mid-extract"
    code = textwrap.dedent(f"""
        import pickle, time, pathlib
        import newswire.extract as extract
        from newswire.pipeline import extract_stage
        real = extract.analyze
        def slow_after_first(texts):
            for n, result in enumerate(real(texts)):
                if n == 1:
                    pathlib.Path({str(marker)!r}).touch()
                    time.sleep(60)
                yield result
        extract.analyze = slow_after_first
        ctx = pickle.loads({pickle.dumps(ctx)!r})
        extract_stage(ctx, {batches[0]!r})
    """)
    proc = subprocess.Popen([sys.executable, "-c", code])
    for _ in range(600):
        if marker.exists() or proc.poll() is not None:
            break
        time.sleep(0.1)
    assert marker.exists(), "the extract process never got mid-way"
    proc.kill()
    proc.wait()
    assert not ctx.lake().exists(ctx.key("extract", batches[0], "jsonl"))  # no partial output left behind
    for batch in batches:  # Airflow's retry of the task, then the rest
        extract_stage(ctx, batch)
        load_stage(ctx, batch)
    assert fingerprint(warehouse)["story_versions"][1] == len(corpus_versions_between(*DAY))
