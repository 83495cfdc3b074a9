"""The `newswire` command: the same stage functions as the DAGs, without Airflow."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from datetime import datetime, timezone
from pathlib import Path


def _utc(value: str) -> datetime:
    when = datetime.fromisoformat(value)
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


def cmd_serve_wire(args) -> int:
    from newswire.wire import serve

    corpus = {"corpus_dir": Path(args.corpus)} if args.corpus else {}  # else serve()'s default, the sample
    serve(args.port, host=args.host, **corpus)
    return 0


def cmd_db(args) -> int:
    from newswire.warehouse.connection import default_dsn
    from newswire.warehouse.migrate import upgrade

    if args.action == "upgrade":
        applied = upgrade()
        print(f"applied {len(applied)} migration(s)" + (": " + ", ".join(applied) if applied else " (up to date)"))
    elif args.action == "uri":
        print(default_dsn())
    return 0


def cmd_ingest(args) -> int:
    from newswire.pipeline import RunContext, run_interval
    from newswire.warehouse import rollups
    from newswire.warehouse.migrate import upgrade

    start, end = _utc(args.start), _utc(args.end)
    upgrade()
    ctx = RunContext(
        run_id=f"cli__{datetime.now(timezone.utc):%Y%m%dT%H%M%S}", start=start, end=end,
        only_sources=tuple(args.source or ()),
    )
    totals = run_interval(ctx)
    rollups.refresh()  # what newswire_rollups does after an Airflow load
    print(json.dumps(totals))
    return 0


def cmd_extract(args) -> int:
    from newswire.extract import analyze

    paths = [Path(p) for p in args.files]
    texts = [p.read_text(encoding="utf-8") for p in paths]
    for path, result in zip(paths, analyze(texts)):
        row = {"path": str(path), "entities": result["entities"], "people": result["people"], "quotes": result["quotes"]}
        print(json.dumps(row, ensure_ascii=False))
    return 0


def cmd_clean(args) -> int:
    from newswire.clean.html import clean_html
    from newswire.clean.model import CleanError

    status = 0
    for name in args.files:
        path = Path(name)
        try:
            art = clean_html(path.read_bytes(), url=None)
        except CleanError as err:
            print(json.dumps({"path": str(path), "error": str(err)}, ensure_ascii=False))
            status = 1
            continue
        d = art.to_dict()
        row = {"path": str(path), "headline": d["headline"], "byline": d["byline"], "dateline": d["dateline"],
               "published_at": d["published_at"], "body": art.body}
        print(json.dumps(row, ensure_ascii=False))
    return status


def cmd_publish(args) -> int:
    from newswire import events

    try:
        message = events.message_for(args.target, args.source)
    except events.BadMessage as err:
        print(f"newswire publish: {err}", file=sys.stderr)
        return 2
    channel = args.channel or events.channel()
    receivers = events.publish(message, channel, events.redis_client(args.redis))
    print(json.dumps({"channel": channel, "receivers": receivers, "source": message["source"],
                      "story": message.get("url") or message["ninjs"]["uri"]}, ensure_ascii=False))
    if receivers == 0:
        print("newswire publish: nobody is subscribed (is the triggerer running?); the message is lost "
              "and the nightly run will load the story", file=sys.stderr)
    return 0


def cmd_summary(args) -> int:
    from newswire.summary import format_summary, warehouse_summary

    print(format_summary(warehouse_summary()))
    return 0


def cmd_demo(args) -> int:
    from newswire.demo import run_demo

    return run_demo(days=args.days)


def cmd_airflow_env(args) -> int:
    """Print `export` lines that point a shell's Airflow at this project."""
    import shlex

    from newswire.localenv import airflow_env

    env = airflow_env(wire_url=args.wire_url)
    for key in sorted(env):
        if key.startswith(("AIRFLOW", "NEWSWIRE")):
            print(f"export {key}={shlex.quote(env[key])}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newswire", description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("demo", help="run newswire_nightly through Airflow for every day of the sample corpus")
    p.add_argument("--days", nargs="*", help="only these days (YYYY-MM-DD)")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("serve-wire", help="serve a wire corpus over HTTP (RSS, Atom, sitemaps, pages, ninjs API)")
    p.add_argument("--port", type=int, default=8765)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--corpus", help="a directory of .story files (default: the sample corpus)")
    p.set_defaults(func=cmd_serve_wire)

    p = sub.add_parser("db", help="warehouse administration")
    p.add_argument("action", choices=["upgrade", "uri"])
    p.set_defaults(func=cmd_db)

    p = sub.add_parser("ingest", help="run every stage for an interval in this process (no Airflow)")
    p.add_argument("--source", action="append", help="a configured source name (repeatable; default all)")
    p.add_argument("--start", required=True, help="interval start, ISO date or time (UTC if no zone)")
    p.add_argument("--end", required=True, help="interval end (exclusive)")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("extract", help="entities, people and quotes of plain-text files, one JSON line each")
    p.add_argument("--format", choices=["jsonl"], default="jsonl")
    p.add_argument("files", nargs="+")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("clean", help="headline, byline, dateline, time and body of HTML files, one JSON line each")
    p.add_argument("--format", choices=["jsonl"], default="jsonl")
    p.add_argument("files", nargs="+")
    p.set_defaults(func=cmd_clean)

    p = sub.add_parser("publish", help="push a story (URL, or .json file with a ninjs item) to the newswire_events queue")
    p.add_argument("target", metavar="URL|FILE")
    p.add_argument("--source", help="a configured source name (default: the first that fits)")
    p.add_argument("--channel", help="pub/sub channel (default: $NEWSWIRE_EVENTS_CHANNEL or newswire-events)")
    p.add_argument("--redis", help="redis:// URL (default: $AIRFLOW_CONN_NEWSWIRE_EVENTS, else 127.0.0.1:6379)")
    p.set_defaults(func=cmd_publish)

    p = sub.add_parser("summary", help="print what the warehouse holds")
    p.set_defaults(func=cmd_summary)

    p = sub.add_parser("airflow-env", help="print export lines pointing Airflow at this project")
    p.add_argument("--wire-url", default=None)
    p.set_defaults(func=cmd_airflow_env)
    return parser


def _ensure_runtime_dir() -> None:
    """Airflow (through platformdirs) warns on every start without a per-user
    runtime directory, as on servers and CI; give it one under NEWSWIRE_HOME."""
    if not os.environ.get("XDG_RUNTIME_DIR"):
        from newswire import config

        path = config.newswire_home() / "run"
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.environ["XDG_RUNTIME_DIR"] = str(path)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    _ensure_runtime_dir()
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
