"""The lake behind any fsspec URL, chosen by configuration only.

Celery workers on several machines share the raw zone through object storage
(``NEWSWIRE_LAKE_URL=s3://bucket/prefix``). These tests run the same code on
two filesystems that are not local directories: fsspec's in-memory one, and
S3 through s3fs against a local S3 endpoint (moto's server, in this process,
on a free port); the s3 one runs the whole pipeline in a `newswire ingest`
subprocess that learns of S3 only from its environment.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import uuid
from datetime import datetime
from pathlib import Path

import pytest
from conftest import corpus_versions_between

from newswire.lake import Lake
from newswire.pipeline import RunContext, run_interval
from newswire.warehouse.connection import connect

DAY = ("2024-08-21T02:00:00+00:00", "2024-08-22T02:00:00+00:00")
NEWSWIRE_CLI = str(Path(sys.executable).with_name("newswire"))


def story_versions(dsn) -> int:
    with connect(dsn) as conn, conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM story_versions")
        return cur.fetchone()[0]


def test_memory_lake_round_trip():
    lake = Lake(f"memory://nw-{uuid.uuid4().hex[:8]}/lake")
    assert not lake.local
    key = lake.put_raw(b"<html>story</html>")
    assert lake.put_raw(b"<html>story</html>") == key == Lake.raw_key(b"<html>story</html>")
    assert lake.get_raw(key) == b"<html>story</html>"
    lake.write_json("runs/i/fetch/b-0000.json", {"items": [1, 2]})
    lake.write_jsonl("runs/i/clean/b-0000.jsonl", [{"a": 1}, {"b": "é"}])
    assert lake.read_json("runs/i/fetch/b-0000.json") == {"items": [1, 2]}
    assert list(lake.read_jsonl("runs/i/clean/b-0000.jsonl")) == [{"a": 1}, {"b": "é"}]
    assert lake.exists("runs/i/fetch/b-0000.json") and not lake.exists("runs/i/extract/b-0000.jsonl")
    # Objects are written whole: no temporary names beside them, one copy of the payload.
    files = lake.fs.find(lake.root)
    assert len(files) == 3 and not any(".tmp-" in f for f in files), files


def test_local_lake_still_writes_atomically(tmp_path):
    lake = Lake((tmp_path / "lake").as_uri())
    assert lake.local
    key = lake.put_raw(b"payload")
    assert lake.get_raw(key) == b"payload"
    assert [p.name for p in (tmp_path / "lake").rglob("*") if p.is_file()] == [key]


def test_a_day_through_a_memory_lake(warehouse, wire_server, tmp_path, monkeypatch):
    """The whole pipeline with its lake in memory: nothing lands on local disk."""
    monkeypatch.delenv("NEWSWIRE_LAKE_URL", raising=False)
    url = f"memory://nw-{uuid.uuid4().hex[:8]}/lake"
    ctx = RunContext(run_id="memory-lake", start=datetime.fromisoformat(DAY[0]), end=datetime.fromisoformat(DAY[1]),
                     dsn=warehouse, lake_url=url)
    run_interval(ctx)
    assert story_versions(warehouse) == len(corpus_versions_between(*DAY)) > 0
    lake = Lake(url)
    stages = {f.split("/")[-2] for f in lake.fs.find(f"{lake.root}/runs")}
    assert stages == {"discover", "fetch", "clean", "extract"}
    assert len(lake.fs.find(f"{lake.root}/raw/objects")) >= len(corpus_versions_between(*DAY))


@pytest.fixture
def s3_endpoint():
    """A local S3 endpoint (moto's server) on a free port: its URL."""
    pytest.importorskip("s3fs", reason="s3fs (requirements.txt) reads s3:// URLs")
    server_mod = pytest.importorskip("moto.server", reason="moto (requirements.txt) runs the local S3 endpoint")
    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # one line per request otherwise
    server = server_mod.ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


def test_ingest_into_an_s3_lake_chosen_by_environment(warehouse, wire_server, s3_endpoint, tmp_path):
    """`newswire ingest` with NEWSWIRE_LAKE_URL=s3://... and the usual AWS
    variables: the raw zone and stage outputs land in the bucket (created on
    the first write), the warehouse gets the day's stories."""
    import s3fs

    bucket = f"newswire-{uuid.uuid4().hex[:8]}"
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("AWS_")},
        "NEWSWIRE_HOME": str(tmp_path / "home"),
        "NEWSWIRE_WAREHOUSE_DSN": warehouse,
        "NEWSWIRE_LAKE_URL": f"s3://{bucket}/newswire",
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_ENDPOINT_URL": s3_endpoint,
    }
    out = subprocess.run([NEWSWIRE_CLI, "ingest", "--start", DAY[0], "--end", DAY[1]], env=env,
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    totals = json.loads(out.stdout.strip().splitlines()[-1])
    expected = corpus_versions_between(*DAY)
    assert story_versions(warehouse) == len(expected) > 0, totals

    fs = s3fs.S3FileSystem(key="testing", secret="testing", endpoint_url=s3_endpoint, skip_instance_cache=True)
    keys = fs.find(f"{bucket}/newswire")
    raw = [k for k in keys if "/raw/objects/" in k]
    stages = {k.split("/")[-2] for k in keys if "/runs/" in k}
    assert len(raw) >= len(expected), keys
    assert stages == {"discover", "fetch", "clean", "extract"}, keys
    assert not (tmp_path / "home" / "lake").exists()  # nothing went to the local default
