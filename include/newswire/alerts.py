"""Failure alerts for the newswire DAGs: a message that says which source and
which batch failed, not only which task.

``notify_failure`` is the DAGs' ``on_failure_callback`` (it runs once a task
has failed for good, after its retries). It writes the message to the task's
log at ERROR level and, when ``NEWSWIRE_ALERT_WEBHOOK`` is set, posts it as
JSON ``{"text": ...}`` (the shape Slack and most chat webhooks accept).
"""

from __future__ import annotations

import json
import logging
import os
import urllib.request
from datetime import datetime

log = logging.getLogger("newswire.alerts")
WEBHOOK_ENV = "NEWSWIRE_ALERT_WEBHOOK"


def source_of_batch(batch: str) -> str:
    """Batch ids are ``<source>-<nnnn>`` (``newswire.pipeline.discover_stage``)."""
    return batch.rsplit("-", 1)[0]


def _task_args(context) -> dict:
    """The arguments the failed task ran with (a mapped task's own ``batch``)."""
    task = context.get("task")
    return dict(getattr(task, "op_kwargs", None) or {})


def _when(value) -> str:
    return value.strftime("%Y-%m-%d %H:%M %Z").strip() if isinstance(value, datetime) else str(value)


def failure_message(context) -> str:
    """One line: DAG, task, source, batch, interval, run, try, error, log link."""
    ti = context["ti"]
    args = _task_args(context)
    batch = args.get("batch")
    if batch:
        what = f"for source {source_of_batch(batch)}, batch {batch}"
        if getattr(ti, "map_index", -1) is not None and ti.map_index >= 0:
            what += f" (map index {ti.map_index})"
    elif "name" in args:  # a data-quality check: about the whole run, every source
        what = f"(data-quality check {args['name']}, all sources)"
    else:
        what = "for all sources"
    parts = [f"{ti.dag_id}: task {ti.task_id} failed {what}"]
    start, end = context.get("data_interval_start"), context.get("data_interval_end")
    if start is not None and end is not None:
        parts.append(f"data interval {_when(start)} → {_when(end)}")
    parts.append(f"run {ti.run_id}")
    max_tries = getattr(ti, "max_tries", None)
    parts.append(f"try {ti.try_number}" + (f" of {max_tries + 1}" if max_tries is not None else ""))
    error = context.get("exception")
    if error is not None:
        text = " ".join(str(error).split())  # one line, whatever the driver's message looked like
        parts.append(f"error: {type(error).__name__}: {text[:500]}")
    log_url = getattr(ti, "log_url", None)
    if log_url:
        parts.append(f"log: {log_url}")
    return "; ".join(parts)


def post_webhook(url: str, message: str, timeout: float = 10) -> None:
    request = urllib.request.Request(url, data=json.dumps({"text": message}).encode(),
                                     headers={"Content-Type": "application/json"}, method="POST")
    with urllib.request.urlopen(request, timeout=timeout) as response:
        response.read()


def notify_failure(context) -> None:
    """``on_failure_callback``: log the message; post it to the webhook if one is set.
    Never raises: a broken alert channel must not hide the task's own error."""
    try:
        message = failure_message(context)
    except Exception:  # a context we do not understand still deserves an alert
        log.exception("newswire task failed; could not build the alert message")
        message = f"newswire task failed: {context.get('ti')!r}"
    log.error("ALERT %s", message)
    url = os.environ.get(WEBHOOK_ENV)
    if url:
        try:
            post_webhook(url, message)
        except Exception as err:  # noqa: BLE001 - reported, never raised
            log.error("could not post the alert to %s: %s", WEBHOOK_ENV, err)
