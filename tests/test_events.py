"""Event-driven ingestion: `newswire publish` → Redis pub/sub → the triggerer's
MessageQueueTrigger → an asset event → a newswire_events run → the warehouse.

The fast tests check messages and the event path's stages in-process; the
slow ones run the real scheduler, dag-processor, triggerer and api-server
(execution API) against the real Redis (127.0.0.1:6379, else a `redis-server`
started on a free port; skipped, saying so, if there is neither) on a channel
of their own, so concurrent sessions don't interfere. The measured latency is
printed and written to artifacts/event-latency.txt.
"""

from __future__ import annotations

import json
import random
import re
import shutil
import subprocess
import sys
import time
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from conftest import REPO, _create_database, _drop_database, own_airflow_metadata

from newswire import events
from newswire.airflow_processes import AirflowProcesses, api_server_env, free_port
from newswire.localenv import run_airflow
from newswire.warehouse.connection import connect

NEWSWIRE_CLI = str(Path(sys.executable).with_name("newswire"))
# The nightly interval [Aug 20 02:00, Aug 21 02:00) UTC holds both stories below.
NIGHTLY_RUN = "2024-08-21T02:00:00+00:00"
PUSHED = "des-moines-no-hitter"      # pushed while the triggerer listens
MISSED = "berlin-scooter-app-fine"   # pushed while it is down: lost, the nightly loads it
INLINE = "lake-tahoe-swim"           # pushed as an inline ninjs item (from a file)


def query(dsn, sql, *params):
    with connect(dsn) as conn, conn.cursor() as cur:
        cur.execute(sql, params)
        return cur.fetchall()


def wait_for(what: str, check, timeout: float, interval: float = 0.25):
    """Poll ``check()`` until it returns something truthy; returns that."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if result := check():
            return result
        time.sleep(interval)
    raise TimeoutError(f"{what}: not within {timeout}s")


def loaded(dsn, url):
    """(story_id, run_id) of the story version fetched from ``url``, if loaded."""
    return query(dsn, "SELECT story_id, run_id FROM story_versions WHERE fetched_url = %s", url)


# -- messages (no Redis, no Airflow) ------------------------------------------
def test_messages_are_checked_before_and_after_the_queue(wire_server, tmp_path):
    from newswire import config

    sources = config.load_sources()
    page = f"{wire_server.base_url}/stories/{PUSHED}"
    assert events.message_for(page, sources=sources) == {"source": "wire-sitemap", "url": page}
    # A ninjs item from a file (bare, or as the API returns it) goes inline, to the ninjs source.
    with urllib.request.urlopen(f"{wire_server.base_url}/api/v2/content/{INLINE}") as r:
        envelope = json.load(r)
    (tmp_path / "item.json").write_text(json.dumps(envelope))
    message = events.message_for(str(tmp_path / "item.json"), sources=sources)
    assert message["source"] == "wire-api" and message["ninjs"] == envelope["data"]["item"]

    bad = {
        "not json {": "message is not JSON",
        "[1, 2]": "not a JSON object",
        json.dumps({"source": "nope", "url": page}): "unknown source 'nope'",
        json.dumps({"source": "wire-rss", "url": "http://203.0.113.9/stories/x"}): "not the host of a configured source",
        json.dumps({"source": "wire-rss", "url": "ftp://127.0.0.1/x"}): "not an http(s) URL",
        json.dumps({"source": "wire-api", "ninjs": {"headline": "no uri"}}): "not a ninjs item",
        json.dumps({"source": "wire-api", "ninjs": ["uri"]}): "not a ninjs item",
        json.dumps({"source": "wire-api"}): 'exactly one of "url" and "ninjs"',
        json.dumps({"source": "wire-rss", "url": "http://[::1/x"}): "not an http(s) URL",
        json.dumps({"source": "wire-rss", "url": page + "?" + "q" * 600}): "longer than 500 characters",
    }
    for data, reason in bad.items():
        with pytest.raises(events.BadMessage, match=re.escape(reason)):
            events.parse_message(data, sources)
    with pytest.raises(events.BadMessage, match="not the host of a configured source"):
        events.message_for("https://elsewhere.example/story", source="wire-rss", sources=sources)


@pytest.mark.parametrize("value", [
    '{"conn_type": "redis", "host": "redis", "port": 6379, "password": "s3cr:t", "extra": {"db": 1}}',
    '{"conn_type": "redis", "host": "10.0.0.5", "extra": "{\\"db\\": 2, \\"ssl\\": true}"}',
    "redis://user:p%40ss@Redis.Example:6380?db=3&ssl_cert_reqs=none",
    "redis://:secret@127.0.0.1:6379",
    "redis://127.0.0.1?__extra__=%7B%22db%22%3A+4%7D",
])
def test_publish_reads_the_connection_as_airflow_does(value):
    """`newswire publish` parses AIRFLOW_CONN_NEWSWIRE_EVENTS itself (importing
    Airflow would add seconds to every event): it must agree with Airflow."""
    from airflow.sdk.definitions.connection import Connection

    conn = (Connection.from_json(value, conn_id=events.CONN_ID) if value.startswith("{")
            else Connection.from_uri(value, conn_id=events.CONN_ID))
    assert events.airflow_connection(value) == {"host": conn.host, "port": conn.port, "login": conn.login,
                                                "password": conn.password, "extra": conn.extra_dejson}


def test_event_then_nightly_loads_each_story_once(run_ctx, warehouse, wire_server):
    """Reconciliation without Airflow: a story loaded from an event, then again by
    the nightly run over its day, is one story, one version, its quotes once;
    the story the events missed is loaded by the nightly; bad messages are
    quarantined at stage `event` and the run goes on."""
    from newswire.pipeline import clean_stage, extract_stage, fetch_stage, load_stage, run_interval

    page = f"{wire_server.base_url}/stories/{PUSHED}"
    event_ctx = run_ctx("2024-08-21T09:00:00.250000+00:00", "2024-08-21T09:00:00.250001+00:00", run_id="asset_triggered__t")
    # Anyone can publish: what a hostile message names must still fit a quarantine row.
    # (Random CJK text: PostgreSQL would compress a repeated character into the index.)
    rnd = random.Random(5)
    junk = "".join(chr(rnd.randint(0x4E00, 0x9FFF)) for _ in range(5000))
    hostile = json.dumps({"source": junk, "url": f"http://{junk}.example/{junk}"}, ensure_ascii=False)
    batches = events.accept(event_ctx, [json.dumps({"source": "wire-sitemap", "url": page}), "not json",
                                        json.dumps({"source": "nope", "url": page}), hostile])
    assert batches == ["wire-sitemap-0000"]
    for batch in batches:
        for stage in (fetch_stage, clean_stage, extract_stage, load_stage):
            stage(event_ctx, batch)
    (story_id, run_id), = loaded(warehouse, page)
    assert run_id == "asset_triggered__t"
    quotes = query(warehouse, "SELECT count(*) FROM quotes WHERE story_id = %s", story_id)[0][0]
    (first_loaded,), = query(warehouse, "SELECT first_loaded_at FROM stories WHERE story_id = %s", story_id)
    assert sorted(query(warehouse, "SELECT source, reason FROM quarantine WHERE stage = 'event'")) == [
        ("newswire_events", "message is not JSON: Expecting value: line 1 column 1 (char 0)"),
        ("nope", "unknown source 'nope' (configured: wire-sitemap, wire-api, wire-rss)"),
        (junk[:100], f"unknown source '{junk[:119]}… (configured: wire-sitemap, wire-api, wire-rss)"),
    ]

    run_interval(run_ctx("2024-08-20T02:00:00+00:00", NIGHTLY_RUN, run_id="scheduled__t"))
    assert query(warehouse, "SELECT count(*), min(version_count) FROM stories WHERE story_id = %s", story_id) == [(1, 1)]
    assert query(warehouse, "SELECT count(*) FROM story_versions WHERE story_id = %s", story_id) == [(1,)]
    assert query(warehouse, "SELECT count(*) FROM quotes WHERE story_id = %s", story_id) == [(quotes,)]
    assert query(warehouse, "SELECT first_loaded_at FROM stories WHERE story_id = %s", story_id) == [(first_loaded,)]
    assert query(warehouse, "SELECT count(*) FROM stories WHERE canonical_url LIKE %s", f"%/{MISSED}") == [(1,)]


# -- end to end: real Redis, real Airflow processes ---------------------------
def _redis_answers(url: str) -> bool:
    import redis

    try:
        return bool(redis.Redis.from_url(url, socket_connect_timeout=1).ping())
    except redis.RedisError:
        return False


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    """The running Redis at 127.0.0.1:6379, else a redis-server of our own."""
    if _redis_answers("redis://127.0.0.1:6379/0"):
        yield "redis://127.0.0.1:6379/0"
        return
    if not shutil.which("redis-server"):
        pytest.skip("event tests need Redis: nothing answers at 127.0.0.1:6379 and redis-server is not installed")
    port = free_port()
    workdir = tmp_path_factory.mktemp("redis")
    proc = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                             "--appendonly", "no", "--dir", str(workdir)], stdout=subprocess.DEVNULL)
    url = f"redis://127.0.0.1:{port}/0"
    try:
        wait_for("redis-server answering", lambda: _redis_answers(url), 20)
        yield url
    finally:
        proc.terminate()
        proc.wait(10)


@pytest.fixture(scope="module")
def events_airflow(redis_url, admin_dsn, airflow_base_env, wire_server, tmp_path_factory):
    """api-server (execution API only), dag-processor, triggerer and scheduler
    over a warehouse of this module, listening on a channel of their own."""
    import redis

    from newswire.warehouse.migrate import upgrade

    tmp = tmp_path_factory.mktemp("events")
    name = f"t_events_{uuid.uuid4().hex[:8]}"
    dsn = _create_database(admin_dsn, name)
    upgrade(dsn)
    client = redis.Redis.from_url(redis_url)
    port = free_port()
    channel = f"newswire-events-test-{uuid.uuid4().hex[:10]}"
    redis_kwargs = client.connection_pool.connection_kwargs
    env = {
        **own_airflow_metadata(airflow_base_env, admin_dsn, tmp / "airflow"),
        **api_server_env(port),
        "NEWSWIRE_WAREHOUSE_DSN": dsn,
        "NEWSWIRE_LAKE_URL": (tmp / "lake").as_uri(),
        "NEWSWIRE_EVENTS_CHANNEL": channel,
        "AIRFLOW_CONN_NEWSWIRE_EVENTS": json.dumps({
            "conn_type": "redis", "host": redis_kwargs["host"], "port": redis_kwargs["port"], "extra": {"db": 0}}),
        "AIRFLOW__CORE__PARALLELISM": "4",
        # Task logs beside the processes' logs (kept by pytest's tmp_path_factory).
        "AIRFLOW__LOGGING__BASE_LOG_FOLDER": str(tmp / "logs" / "tasks"),
    }
    with AirflowProcesses(env, tmp / "logs") as af:
        # Tasks and the triggerer talk only to the execution API; the tests read the
        # metadata database, never the REST API or the UI, which need not start.
        af.start("api-server", "api-server", "--apps", "execution", "--host", "127.0.0.1", "--port", str(port))
        af.start("dag-processor", "dag-processor")
        af.start("triggerer", "triggerer")
        af.wait_for_dag("newswire_events")
        af.wait_for_dag("newswire_nightly")
        with ThreadPoolExecutor(1) as pool:
            # The nightly runs here only by `airflow dags test`: no scheduled run for today.
            paused = pool.submit(af.cli, "dags", "pause", "newswire_nightly")
            # The execution API builds its versioned routes on its first request: tens
            # of seconds on a busy machine, which the first event's run would pay.
            af.wait_for_http(f"http://127.0.0.1:{port}/execution/health", timeout=180, name="api-server")
            paused.result()
        af.start("scheduler", "scheduler")
        ctx = {"af": af, "env": env, "dsn": dsn, "redis": client, "channel": channel, "wire": wire_server.base_url}
        wait_for_subscriber(ctx, timeout=420)
        yield ctx
        # All at once (each takes seconds to wind down), the api-server last: a task
        # still running (a rollups refresh) must report to it before its worker exits.
        with ThreadPoolExecutor(4) as pool:
            list(pool.map(af.stop, [n for n in af.procs if n != "api-server"]))
    _drop_database(admin_dsn, name)


def subscribers(ctx) -> int:
    return dict(ctx["redis"].pubsub_numsub(ctx["channel"])).get(ctx["channel"].encode(), 0)


def wait_for_subscriber(ctx, timeout: float = 60) -> None:
    """Until the triggerer listens on the channel. Its trigger takes one message
    and is started again by the triggerer's next loop, so between two messages
    the channel has nobody for a moment (and pub/sub would drop a message)."""
    try:
        wait_for(f"a subscriber on {ctx['channel']}", lambda: subscribers(ctx) > 0, timeout)
    except TimeoutError as err:
        raise TimeoutError(f"{err}\n{ctx['af'].all_logs()}") from None


def publish_cli(ctx, target: str, *args: str) -> dict:
    proc = subprocess.run([NEWSWIRE_CLI, "publish", target, *args], env=ctx["env"], capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return {**json.loads(proc.stdout), "stderr": proc.stderr}


def push(ctx, send) -> None:
    """Publish once the triggerer listens (``send()`` returns the receiver count),
    then wait until the message became an asset event: the trigger takes one
    message per subscription, so a second one sent before it subscribes again
    would be dropped by pub/sub."""
    af = ctx["af"]
    wait_for_subscriber(ctx)
    before = af.asset_events("newswire_events")
    assert send() == 1
    wait_for("the message as an asset event", lambda: af.asset_events("newswire_events") > before, 30)


def wait_for_event_runs_to_finish(ctx, timeout: float = 120) -> dict[str, str]:
    af = ctx["af"]

    def finished():
        states = af.run_states("newswire_events")
        return states if states and all(s in ("success", "failed") for s in states.values()) else None

    try:
        return wait_for("newswire_events runs finishing", finished, timeout, interval=1)
    except TimeoutError as err:
        raise TimeoutError(f"{err}: {af.run_states('newswire_events')}\n{af.all_logs()}") from None


@pytest.mark.slow
def test_published_story_is_in_the_warehouse_within_a_minute(events_airflow):
    ctx, dsn = events_airflow, events_airflow["dsn"]
    page = f"{ctx['wire']}/stories/{PUSHED}"
    wait_for_subscriber(ctx)
    started = time.monotonic()
    out = publish_cli(ctx, page)
    assert out["receivers"] == 1 and out["source"] == "wire-sitemap", out
    try:
        (story_id, run_id), = wait_for("the pushed story in the warehouse", lambda: loaded(dsn, page), 90)
    except TimeoutError:
        pytest.fail(f"not loaded in 90 s\n{ctx['af'].all_logs()}")
    latency = time.monotonic() - started
    assert run_id.startswith("asset_triggered__")
    assert query(dsn, "SELECT count(*) FROM quotes WHERE story_id = %s", story_id)[0][0] > 0
    assert set(wait_for_event_runs_to_finish(ctx).values()) == {"success"}
    af = ctx["af"]
    tasks = af.query("SELECT task_id, extract(epoch FROM end_date - start_date) FROM task_instance "
                     "WHERE dag_id = 'newswire_events' AND run_id = %s ORDER BY start_date", run_id)
    report = (f"event latency: {latency:.1f}s (`newswire publish` of a story URL until its row in story_versions; "
              f"task run times: {', '.join(f'{t} {s:.1f}s' for t, s in tasks)}; scheduler, dag-processor, "
              f"triggerer, api-server and LocalExecutor on this machine)")
    print(report)
    (REPO / "artifacts").mkdir(exist_ok=True)
    (REPO / "artifacts" / "event-latency.txt").write_text(report + "\n")
    assert latency < 60, report

    # The load's outlets schedule newswire_rollups: the day's aggregates count the story.
    wait_for("a newswire_rollups run", lambda: "success" in af.run_states("newswire_rollups").values(), 120, 1)
    (stories, quotes), = query(dsn, "SELECT stories, quotes FROM daily_counts WHERE day = '2024-08-20'")
    assert stories == 1 and quotes > 0
    assert query(dsn, "SELECT sum(quotes) FROM daily_speaker_quotes WHERE day = '2024-08-20'")[0][0] > 0


@pytest.mark.slow
def test_asset_graph_shows_the_lineage(events_airflow):
    """What the UI's asset graph draws, as the dag-processor recorded it: the queue's
    watcher schedules newswire_events; both ingestion DAGs' loads produce the
    warehouse tables, which schedule newswire_rollups, which produces the rollups."""
    from newswire.dagdefs import LOADED_TABLES, ROLLUP_TABLES

    af = events_airflow["af"]
    watchers = af.query("SELECT w.name, a.name FROM asset_watcher w JOIN asset a ON a.id = w.asset_id")
    scheduled = set(af.query("SELECT r.dag_id, a.name FROM dag_schedule_asset_reference r "
                             "JOIN asset a ON a.id = r.asset_id"))
    produced = set(af.query("SELECT r.dag_id, r.task_id, a.name FROM task_outlet_asset_reference r "
                            "JOIN asset a ON a.id = r.asset_id"))
    tables, rollups = {t.name for t in LOADED_TABLES}, {t.name for t in ROLLUP_TABLES}
    assert ("newswire_events_redis", "newswire_events") in watchers
    assert ("newswire_events", "newswire_events") in scheduled
    assert {(dag, "load", t) for dag in ("newswire_nightly", "newswire_events") for t in tables} <= produced
    assert {("newswire_rollups", t) for t in tables} <= scheduled
    assert {("newswire_rollups", "refresh", r) for r in rollups} <= produced


@pytest.mark.slow
def test_message_lost_while_triggerer_is_down_is_loaded_by_the_nightly(events_airflow, tmp_path):
    ctx, dsn, af = events_airflow, events_airflow["dsn"], events_airflow["af"]
    pushed = f"{ctx['wire']}/stories/{PUSHED}"
    missed = f"{ctx['wire']}/stories/{MISSED}"
    # The story pushed while the triggerer listened (loaded by the test above, or now).
    if not loaded(dsn, pushed):
        push(ctx, lambda: publish_cli(ctx, pushed)["receivers"])
        wait_for("the pushed story in the warehouse", lambda: loaded(dsn, pushed), 90)
    wait_for_event_runs_to_finish(ctx)
    (story_id, event_run), = loaded(dsn, pushed)
    before = query(dsn, "SELECT first_loaded_at, (SELECT count(*) FROM quotes WHERE story_id = %s) "
                        "FROM stories WHERE story_id = %s", story_id, story_id)

    af.stop("triggerer")
    try:
        wait_for("nobody on the channel", lambda: subscribers(ctx) == 0, 30)
        out = publish_cli(ctx, missed)
        assert out["receivers"] == 0 and "nightly run will load" in out["stderr"], out
        time.sleep(2)
        assert not loaded(dsn, missed)

        # The nightly over the news sitemap, the source that answers by date (that one
        # story reached through every source is one story is the in-process test's part).
        sitemap_only = tmp_path / "sources.yaml"
        sitemap_only.write_text("sources:\n  - {name: wire-sitemap, type: sitemap, "
                                'url: "${NEWSWIRE_WIRE_URL}/sitemap-index.xml"}\n')
        proc = run_airflow(["dags", "test", "newswire_nightly", NIGHTLY_RUN],
                           {**ctx["env"], "NEWSWIRE_SOURCES": str(sitemap_only)}, check=False, capture=True, timeout=600)
        assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    finally:
        af.start("triggerer", "triggerer")

    assert query(dsn, "SELECT count(*) FROM stories WHERE canonical_url LIKE %s", f"%/{MISSED}") == [(1,)]
    (nightly_run,), = query(dsn, "SELECT run_id FROM stories WHERE canonical_url LIKE %s", f"%/{MISSED}")
    assert nightly_run.startswith("manual__")
    # The story the event loaded is still one story, one version, its quotes once.
    assert query(dsn, "SELECT count(*), min(version_count) FROM stories WHERE story_id = %s", story_id) == [(1, 1)]
    assert query(dsn, "SELECT count(*) FROM story_versions WHERE story_id = %s", story_id) == [(1,)]
    assert query(dsn, "SELECT first_loaded_at, (SELECT count(*) FROM quotes WHERE story_id = %s) "
                      "FROM stories WHERE story_id = %s", story_id, story_id) == before


@pytest.mark.slow
def test_bad_messages_are_quarantined_and_an_inline_ninjs_item_loads(events_airflow, tmp_path):
    ctx, dsn = events_airflow, events_airflow["dsn"]
    page = f"{ctx['wire']}/stories/{PUSHED}"
    bad = [
        "BREAKING: not json",
        json.dumps({"source": "no-such-source", "url": page}),
        json.dumps({"source": "wire-sitemap", "url": "http://unconfigured.example/stories/x"}),
        json.dumps({"source": "wire-api", "ninjs": {"headline": "an item without a uri"}}),
    ]
    for data in bad:
        push(ctx, lambda: events.publish(data, ctx["channel"], ctx["redis"]))
    with urllib.request.urlopen(f"{ctx['wire']}/api/v2/content/{INLINE}") as r:
        item = json.load(r)["data"]["item"]
    (tmp_path / "item.json").write_text(json.dumps(item))
    push(ctx, lambda: publish_cli(ctx, str(tmp_path / "item.json"))["receivers"])

    def quarantined():
        rows = query(dsn, "SELECT source, item_ref, reason FROM quarantine WHERE stage = 'event' ORDER BY source")
        return rows if len(rows) >= len(bad) else None

    try:
        rows = wait_for("four quarantined messages", quarantined, 90)
    except TimeoutError:
        pytest.fail(f"{query(dsn, 'SELECT * FROM quarantine')}\n{ctx['af'].all_logs()}")
    reasons = {source: reason for source, _, reason in rows}
    assert reasons["newswire_events"].startswith("message is not JSON")
    assert reasons["no-such-source"].startswith("unknown source 'no-such-source'")
    assert reasons["wire-sitemap"] == "url host 'unconfigured.example' is not the host of a configured source"
    assert reasons["wire-api"] == "ninjs is not a ninjs item (an object with a uri)"
    # Never a crashed run; the good message in between still loads.
    wait_for("the inline ninjs story", lambda: query(dsn, "SELECT 1 FROM stories WHERE guid = %s", item["uri"]), 90)
    assert set(wait_for_event_runs_to_finish(ctx).values()) == {"success"}
