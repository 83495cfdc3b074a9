"""Pushed stories: messages on a Redis pub/sub channel, in the warehouse within a minute.

A message is JSON that names a story or carries a ninjs item inline::

    {"source": "wire-sitemap", "url": "https://wire.example/stories/cairo-ceasefire-talks"}
    {"source": "wire-api", "ninjs": {"uri": "urn:...", "headlines": [...], ...}}

``source`` is a source of config/sources.yaml (its fetch policy and
credentials apply); a URL is a story page on a configured source's host.

* ``newswire publish URL|FILE`` sends one (``message_for`` + ``publish``).
* The ``newswire_events`` DAG is scheduled by an Asset whose watcher is a
  ``MessageQueueTrigger`` on the channel: the triggerer turns each message
  into an asset event, the run reads its events' messages, quarantines the
  invalid ones (stage ``event``) and writes the rest as discover batches
  (``accept``); the nightly's fetch/clean/extract/load stages do the rest.
* Pub/sub keeps nothing: a message published while no triggerer listens is
  lost. The nightly run lists every source for its interval, so it loads what
  the events missed; what they did load is upserted again, never duplicated.

Imported by the DAG file at parse time: heavy modules are imported inside functions.
"""

from __future__ import annotations

import json
import logging
import os
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

log = logging.getLogger("newswire.events")

CONN_ID = "newswire_events"  # the Airflow connection (type redis) the triggerer subscribes with
DEFAULT_CHANNEL = "newswire-events"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"
# How often the trigger polls its subscription (seconds): bounds the queue's part of the latency.
POLL_SECONDS = 0.5
MAX_URL = 500  # characters; story URLs are far shorter
# Quarantine rows need a source; a message that names none (or is not JSON) gets this.
QUEUE_SOURCE = "newswire_events"


class BadMessage(ValueError):
    """A message that cannot name a story: the reason is the text."""


def channel() -> str:
    """The pub/sub channel: ``NEWSWIRE_EVENTS_CHANNEL``, else ``newswire-events``
    (the DAG file reads it at parse time, so the dag-processor must see it too)."""
    return os.environ.get("NEWSWIRE_EVENTS_CHANNEL") or DEFAULT_CHANNEL


def connection_in_env() -> bool:
    """Whether the environment defines the ``newswire_events`` connection."""
    return bool(os.environ.get(f"AIRFLOW_CONN_{CONN_ID.upper()}"))


# -- publishing --------------------------------------------------------------
def redis_client(url: str | None = None):
    """A Redis client for ``url``, else for the Airflow connection ``newswire_events``
    given as ``AIRFLOW_CONN_NEWSWIRE_EVENTS`` (read as the Redis hook reads it),
    else for the local default."""
    import redis

    if url:
        return redis.Redis.from_url(url)
    if not connection_in_env():
        return redis.Redis.from_url(DEFAULT_REDIS_URL)
    conn = airflow_connection(os.environ[f"AIRFLOW_CONN_{CONN_ID.upper()}"])
    extra = conn["extra"]
    password = conn["password"]
    return redis.Redis(
        host=conn["host"] or "127.0.0.1", port=int(conn["port"] or 6379), username=conn["login"] or None,
        password=None if str(password).lower() in ("none", "false", "") else password,
        db=int(extra.get("db") or 0),  # like RedisHook: the database number lives in the extra
        **{k: v for k, v in extra.items() if k.startswith("ssl")},
    )


def airflow_connection(value: str) -> dict:
    """An ``AIRFLOW_CONN_*`` value (JSON, or URI whose query is the extra) as
    ``host``, ``port``, ``login``, ``password`` and ``extra``. Parsed here rather
    than by importing Airflow's Connection: that import alone costs seconds,
    which ``newswire publish`` would add to every event's latency."""
    value = value.strip()
    if value.startswith("{"):
        conn = json.loads(value)
        extra = conn.get("extra") or {}
        return {"host": conn.get("host"), "port": conn.get("port"), "login": conn.get("login"),
                "password": conn.get("password"), "extra": json.loads(extra) if isinstance(extra, str) else extra}
    parts = urlsplit(value)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    return {"host": unquote(parts.hostname) if parts.hostname else None, "port": parts.port,
            "login": unquote(parts.username) if parts.username else parts.username,
            "password": unquote(parts.password) if parts.password else parts.password,
            "extra": json.loads(query["__extra__"]) if "__extra__" in query else query}


def message_for(target: str, source: str | None = None, sources=None) -> dict:
    """The message for a story URL (``{"source", "url"}``) or a .json file
    holding a ninjs item (``{"source", "ninjs"}``), checked as the DAG will
    check it (raises BadMessage). Without ``source``: for a URL the first
    configured source on its host, for a ninjs item the first ninjs source.
    The file may hold the item alone or the API's ``{"data": {"item": ...}}``."""
    from newswire import config

    sources = sources if sources is not None else config.load_sources()
    if urlsplit(target).scheme in ("http", "https"):
        message: dict = {"url": target}
        if source is None:
            from newswire.fetch.http import host_of
            from newswire.pipeline import allowed_hosts

            host = host_of(target)
            source = next((s.name for s in sources if host in allowed_hosts([s])), None)
    else:
        path = Path(target)
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            raise BadMessage(f"{target} is neither an http(s) URL nor a readable JSON file: {err}") from err
        envelope = doc.get("data") if isinstance(doc, dict) else None
        message = {"ninjs": envelope["item"] if isinstance(envelope, dict) and "item" in envelope else doc}
        if source is None:
            source = next((s.name for s in sources if s.type == "ninjs"), None)
    if source is None:
        raise BadMessage(f"no configured source fits {target}; name one with --source")
    message = {"source": source, **message}
    parse_message(json.dumps(message), sources)
    return message


def publish(message: dict | str, channel_name: str | None = None, client=None) -> int:
    """Publish one message; returns how many subscribers received it (0: nobody
    listened, the message is lost and the nightly run will catch the story)."""
    data = message if isinstance(message, str) else json.dumps(message, ensure_ascii=False)
    client = client or redis_client()
    return int(client.publish(channel_name or channel(), data.encode("utf-8")))


# -- receiving ---------------------------------------------------------------
def parse_message(data: str, sources) -> dict:
    """The message as a dict with ``source`` and one of ``url``/``ninjs``;
    raises BadMessage saying what is wrong with it."""
    from newswire.fetch.discover import is_ninjs
    from newswire.fetch.http import host_of
    from newswire.pipeline import allowed_hosts

    try:
        message = json.loads(data)
    except ValueError as err:
        raise BadMessage(f"message is not JSON: {err}") from err
    if not isinstance(message, dict):
        raise BadMessage(f"message is not a JSON object but {type(message).__name__}")
    names = [s.name for s in sources]
    if message.get("source") not in names:
        raise BadMessage(f"unknown source {_shown(message.get('source'))} (configured: {', '.join(names)})")
    if ("url" in message) == ("ninjs" in message):
        raise BadMessage('a message carries exactly one of "url" and "ninjs"')
    if "url" in message:
        url = message["url"]
        try:
            host = host_of(url) if isinstance(url, str) and urlsplit(url).scheme in ("http", "https") else ""
        except ValueError:  # e.g. an unclosed IPv6 bracket
            host = ""
        if not host:
            raise BadMessage(f"url {_shown(url)} is not an http(s) URL")
        if len(url) > MAX_URL:  # it would name quarantine rows, whose keys are indexed
            raise BadMessage(f"url is longer than {MAX_URL} characters")
        if host not in allowed_hosts(sources):
            raise BadMessage(f"url host {_shown(host)} is not the host of a configured source")
    elif not is_ninjs(message["ninjs"]):
        raise BadMessage("ninjs is not a ninjs item (an object with a uri)")
    return message


def messages_of(asset_events) -> list[tuple[datetime, str]]:
    """(time, message text) of a run's triggering asset events, oldest first.

    An event from the watcher carries the Redis message as ``extra.payload.data``;
    an event created by hand (UI, REST API) may carry the message as its extra."""
    found = []
    for events in asset_events.values():
        for event in events:
            extra = dict(event.extra or {})
            payload = extra.get("payload")
            if isinstance(payload, dict) and "data" in payload:
                data = payload["data"]
            else:
                extra.pop("from_trigger", None)
                data = extra
            found.append((event.timestamp, data if isinstance(data, str) else json.dumps(data)))
    return sorted(found, key=lambda pair: pair[0])


def events_interval(times: list[datetime], run_after: datetime) -> tuple[datetime, datetime]:
    """An event run's interval: from its first to just after its last event
    (its run time if it has none). Runs consume disjoint, later and later
    events, so the interval (and the run's place in the lake) is its own."""
    if not times:
        return run_after, run_after + timedelta(microseconds=1)
    return min(times), max(times) + timedelta(microseconds=1)


def accept(ctx, messages: list[str]) -> list[str]:
    """Quarantine the invalid messages (stage ``event``), write the rest as this
    run's discover batches; returns the batch ids."""
    from newswire.fetch.discover import Item, ninjs_item
    from newswire.pipeline import batch_from_items
    from newswire.warehouse import quarantine

    sources, lake = ctx.sources(), ctx.lake()
    items, rejected, seen = [], [], set()
    for data in messages:
        try:
            message = parse_message(data, sources)
        except BadMessage as err:
            rejected.append(quarantine.QuarantineRow("event", _claimed_source(data), _ref(data), str(err),
                                                     lake.put_raw(data.encode("utf-8"))))
            continue
        if "url" in message:  # a story page, whatever kind of listing the source has
            item = Item(message["source"], "html", message["url"])
        else:
            item = ninjs_item(message["source"], message["ninjs"], lake)
        if (item.source, item.url, item.raw_key) not in seen:  # the same story pushed twice in one run
            seen.add((item.source, item.url, item.raw_key))
            items.append(item)
    for row in rejected:
        log.warning("quarantined event %s (%s): %s", row.item_ref, row.source, row.reason)
    quarantine.record(rejected, ctx.run_id, ctx.interval, ctx.dsn)
    batches = batch_from_items(ctx, items)
    log.info("%d messages: %d stories in %d batches, %d quarantined", len(messages), len(items), len(batches), len(rejected))
    return batches


def _claimed_source(data: str) -> str:
    """The source a bad message names (shortened), else QUEUE_SOURCE."""
    try:
        name = json.loads(data).get("source")
    except (ValueError, AttributeError):
        return QUEUE_SOURCE
    return name[:100] if isinstance(name, str) and name.strip() else QUEUE_SOURCE


def _shown(value, limit: int = 120) -> str:
    """``repr(value)``, shortened: anyone can publish, and quarantine keys are indexed."""
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + "…"


def _ref(data: str) -> str:
    """How the quarantine names a message: its URL, its ninjs uri, else its text (shortened)."""
    try:
        message = json.loads(data)
        ref = message.get("url") or (message.get("ninjs") or {}).get("uri")
        if isinstance(ref, str) and ref:
            return ref[:200]
    except (ValueError, AttributeError):
        pass
    return data if len(data) <= 200 else data[:200] + "…"
