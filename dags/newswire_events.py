"""newswire_events: a story pushed on the queue is in the warehouse within a minute.

The triggerer subscribes to the Redis pub/sub channel (connection
`newswire_events`, channel `$NEWSWIRE_EVENTS_CHANNEL`, default
`newswire-events`) through the common-messaging `MessageQueueTrigger`; every
message becomes an event of the `newswire_events` asset, which schedules this
DAG. A run reads its triggering events' messages (`{"source", "url"}` or
`{"source", "ninjs"}`; see `newswire.events`), quarantines invalid ones
(stage `event`) and runs the nightly's stages over the rest:
accept → fetch → clean → extract → load.

`newswire publish URL|FILE` sends a message. Pub/sub keeps nothing: what is
published while no triggerer listens is lost, and newswire_nightly loads it.
"""

from __future__ import annotations

from datetime import datetime, timezone

from airflow.providers.common.messaging.triggers.msg_queue import MessageQueueTrigger
from airflow.sdk import Asset, AssetWatcher, dag, task

from newswire import events
from newswire.dagdefs import DEFAULT_ARGS, batch_stages

# In this provider version the redis queue is chosen by scheme ("redis+pubsub");
# the other keyword arguments go to the redis AwaitMessageTrigger.
NEWSWIRE_EVENTS = Asset(
    "newswire_events",
    watchers=[
        AssetWatcher(
            name="newswire_events_redis",
            trigger=MessageQueueTrigger(
                scheme="redis+pubsub", channels=[events.channel()], redis_conn_id=events.CONN_ID,
                poll_interval=events.POLL_SECONDS,
            ),
        )
    ],
)


def _ctx_and_messages():
    """This run's RunContext (its interval spans its events) and message texts."""
    from airflow.sdk import get_current_context

    from newswire.dagkit import run_context

    context = get_current_context()
    found = events.messages_of(context["triggering_asset_events"])
    interval = events.events_interval([when for when, _ in found], context["dag_run"].run_after)
    return run_context(context, interval), [message for _, message in found]


def _ctx():
    return _ctx_and_messages()[0]


@dag(
    dag_id="newswire_events",
    schedule=NEWSWIRE_EVENTS,
    start_date=datetime(2024, 8, 1, tzinfo=timezone.utc),
    catchup=False,
    # Paused when first seen unless the environment defines the connection: without
    # a Redis to reach, the triggerer would retry the subscription every second.
    # With the connection made in the UI or a secrets backend, unpause it there.
    is_paused_upon_creation=not events.connection_in_env(),
    default_args=DEFAULT_ARGS,
    tags=["newswire", "events"],
    doc_md=__doc__,
)
def newswire_events():
    @task(doc_md="Read the triggering events' messages: quarantine invalid ones, write the rest as discover batches.")
    def accept() -> list[str]:
        from newswire.warehouse.migrate import upgrade

        ctx, messages = _ctx_and_messages()
        upgrade(ctx.dsn)  # idempotent, as in the nightly: a fresh warehouse gets its schema first
        return events.accept(ctx, messages)

    batch_stages(_ctx, accept())


newswire_events()
