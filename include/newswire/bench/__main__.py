"""``python -m newswire.bench``: see ``newswire.bench``."""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import platform
import shutil
import sys
import time
from dataclasses import asdict, is_dataclass
from datetime import date, timedelta
from pathlib import Path

import yaml

from newswire import config

BASE_DAY = date(2025, 3, 3)  # size i's stories move on BASE_DAY + i days


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m newswire.bench", description=__doc__)
    p.add_argument("--n", type=int, default=1000, help="story versions for the single-process stage figures (default 1000)")
    p.add_argument("--sizes", default="250,500,1000,2000",
                   help="story versions per whole run, comma separated (default 250,500,1000,2000); '' for none")
    p.add_argument("--no-airflow", action="store_true", help="skip the runs through Airflow")
    p.add_argument("--no-direct", action="store_true", help="skip the whole runs without Airflow (the baseline)")
    p.add_argument("--direct-all-sizes", action="store_true",
                   help="the run without Airflow at every size (default: only at --n, for Airflow's share)")
    p.add_argument("--no-stages", action="store_true", help="skip the single-process stage figures (and the references)")
    p.add_argument("--no-references", action="store_true", help="skip the naive loop and raw COPY references")
    p.add_argument("--load-pairs", type=int, default=5,
                   help="loads into a fresh warehouse, each followed by raw COPY of its rows; medians compared (default 5)")
    p.add_argument("--naive-stories", type=int, default=200,
                   help="stories (the first of the same texts) for the naive-loop reference (default 200; 0: all N)")
    p.add_argument("--workers", type=int, default=None, help="processes of the run without Airflow (default: cores)")
    p.add_argument("--batch-size", type=int, default=None,
                   help="NEWSWIRE_BATCH_SIZE for every run (default: the configured one, 250 unless set)")
    p.add_argument("--quick", action="store_true", help="--n 200 --sizes 100,200 --naive-stories 100")
    p.add_argument("--home", default=None, help="where the bench keeps PostgreSQL, Airflow and lakes (default data/bench)")
    p.add_argument("--json", default=None, help="write the figures here too (default <home>/results.json)")
    args = p.parse_args(argv)
    if args.quick:
        args.n, args.sizes, args.naive_stories = 200, "100,200", min(args.naive_stories, 100) if args.naive_stories else 100
    args.size_list = [int(s) for s in str(args.sizes).split(",") if s.strip()]
    return args


def machine() -> dict:
    from newswire.bench.procs import cpu_count

    model = ""
    try:
        model = next(line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    mem_gb = 0.0
    try:
        mem_gb = int(next(line.split()[1] for line in open("/proc/meminfo") if line.startswith("MemTotal"))) / 1024 / 1024
    except (OSError, StopIteration):
        pass
    return {"cores": cpu_count(), "cpu": model, "memory_gb": round(mem_gb, 1), "python": platform.python_version(),
            "load_average_at_start": [round(x, 2) for x in os.getloadavg()]}


class Bench:
    def __init__(self, args: argparse.Namespace):
        self.args = args
        self.home = Path(args.home or config.REPO_ROOT / "data" / "bench").resolve()
        self.home.mkdir(parents=True, exist_ok=True)
        self.sources_path = self.home / "sources.yaml"
        self.results: dict = {"machine": machine(), "args": {k: v for k, v in vars(args).items() if k != "size_list"}}
        from newswire.bench.procs import cpu_count

        self.workers = args.workers or cpu_count()
        self.admin_dsn: str | None = None  # a superuser DSN; None: the embedded server under home

    def checkpoint(self) -> None:
        """Write out every dirty buffer now, so that a timing that follows
        does not pay for earlier writes."""
        self.admin_sql("CHECKPOINT")

    def admin_sql(self, *statements: str) -> None:
        """Statements outside a transaction, as the superuser."""
        import psycopg2

        from newswire.warehouse.connection import embedded_dsn

        conn = psycopg2.connect(self.admin_dsn or embedded_dsn("postgres"))
        conn.autocommit = True
        try:
            with conn.cursor() as cur:
                for statement in statements:
                    cur.execute(statement)
        finally:
            conn.close()

    def drop_db(self, name: str) -> None:
        self.admin_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def isolate(self) -> None:
        """Everything this run writes lives under home (PostgreSQL, Airflow, lakes)."""
        os.environ["NEWSWIRE_HOME"] = str(self.home)
        for var in ("NEWSWIRE_WAREHOUSE_DSN", "AIRFLOW_CONN_NEWSWIRE_WAREHOUSE", "NEWSWIRE_LAKE_URL", "AIRFLOW_HOME",
                    "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"):
            os.environ.pop(var, None)
        if self.args.batch_size:
            os.environ["NEWSWIRE_BATCH_SIZE"] = str(self.args.batch_size)
        self.results["batch_size"] = config.batch_size()

    def log(self, msg: str) -> None:
        print(msg, flush=True)

    # -- set-up ------------------------------------------------------------
    def write_sources(self) -> None:
        """The configured fetch policy, with one source: the wire server's news sitemaps."""
        doc = yaml.safe_load(config.sources_file().read_text(encoding="utf-8")) or {}
        bench = {"defaults": doc.get("defaults", {}),
                 "sources": [{"name": "wire-sitemap", "type": "sitemap", "url": "${NEWSWIRE_WIRE_URL}/sitemap-index.xml"}]}
        self.sources_path.write_text(yaml.safe_dump(bench, sort_keys=False), encoding="utf-8")
        os.environ["NEWSWIRE_SOURCES"] = str(self.sources_path)

    def fresh_db(self, name: str) -> str:
        from psycopg2.extensions import make_dsn, parse_dsn

        from newswire.warehouse.connection import embedded_dsn
        from newswire.warehouse.migrate import upgrade

        self.admin_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', f'CREATE DATABASE "{name}"')
        params = parse_dsn(self.admin_dsn or embedded_dsn("postgres"))
        params["dbname"] = name
        dsn = make_dsn(**params)
        upgrade(dsn)
        return dsn

    def fresh_lake(self, name: str) -> str:
        path = self.home / "lakes" / name
        shutil.rmtree(path, ignore_errors=True)
        path.mkdir(parents=True)
        return path.as_uri()

    def corpora(self, sizes: list[int]) -> dict[int, object]:
        from newswire.bench.corpus import generate_corpus

        out = {}
        for i, size in enumerate(sorted(set(sizes))):
            started = time.perf_counter()
            stats = generate_corpus(self.home / "corpus" / f"n{size}", size, BASE_DAY + timedelta(days=i), prefix=f"n{size}")
            out[size] = stats
            self.log(f"corpus n={size}: {stats.versions} versions of {stats.stories} stories "
                     f"({stats.extra_versions} later versions), {stats.words:,} words, moved {stats.day} "
                     f"({time.perf_counter() - started:.1f}s to write)")
        return out

    def ctx(self, run_id: str, stats, dsn: str, lake_url: str):
        from newswire.pipeline import RunContext

        start = stats.nightly_end - timedelta(days=1)
        return RunContext(run_id=run_id, start=start, end=stats.nightly_end, dsn=dsn, lake_url=lake_url,
                          sources_path=str(self.sources_path))

    # -- the parts -----------------------------------------------------------
    def single_process(self, stats, port: int) -> list[str]:
        from newswire.bench.procs import WireProcess
        from newswire.bench.stages import run_stages

        n = stats.versions
        self.log(f"\n== single process, N={n}: stage functions one after another ==")
        dsn = self.fresh_db("bench_stages")
        with WireProcess(stats.directory, port, self.home / "wire.log") as wire:
            os.environ["NEWSWIRE_WIRE_URL"] = wire.base_url
            self.stage_ctx = self.ctx(f"bench-stages-{n}", stats, dsn, self.fresh_lake("stages"))
            figures, texts = run_stages(self.stage_ctx, log=self.log)
        self.results["stages"] = figures
        return texts

    def references(self, texts: list[str]) -> None:
        from newswire.bench.stages import load_vs_copy, naive_loop
        from newswire.pipeline import load_stage

        if self.args.no_references:
            return
        sample = texts[: self.args.naive_stories] if self.args.naive_stories else texts
        self.log(f"\n== references ==\n  naive loop over {len(sample)} stories ...")
        naive = naive_loop(sample)
        self.log(f"  naive nlp(text) + textacy direct_quotations: {naive.words_per_s:,.0f} words/s "
                 f"({naive.quotes} quotes; textacy refused {naive.failed} texts)")

        def load_into(dsn: str) -> None:
            ctx = dataclasses.replace(self.stage_ctx, dsn=dsn)
            for batch in self.results["stages"].batch_ids:
                load_stage(ctx, batch)

        copy = load_vs_copy(load_into, self.fresh_db, self.args.load_pairs, settle=self.checkpoint)
        self.log(f"  load and raw COPY of {copy.rows} rows, {len(copy.load_s)} pairs: load "
                 f"{' '.join(f'{s:.2f}' for s in copy.load_s)} s, COPY {' '.join(f'{s:.2f}' for s in copy.copy_s)} s; "
                 f"medians {copy.load_rows_per_s:,.0f} and {copy.copy_rows_per_s:,.0f} rows/s")
        for name in ("bench_load", "bench_copy"):
            self.drop_db(name)
        self.results["naive"], self.results["copy"] = naive, copy

    def direct_runs(self, corpora: dict, port: int) -> None:
        from newswire.bench.procs import WireProcess
        from newswire.bench.runs import direct_run

        if self.args.no_direct or not self.args.size_list:
            return
        self.log(f"\n== whole runs without Airflow: {self.workers} processes ==")
        dsn = self.fresh_db("bench_direct")
        lake = self.fresh_lake("direct")
        self.results["direct"] = {}
        sizes = self.args.size_list if self.args.direct_all_sizes else [s for s in self.args.size_list if s == self.args.n]
        for size in sizes or self.args.size_list[-1:]:
            stats = corpora[size]
            with WireProcess(stats.directory, port, self.home / "wire.log") as wire:
                os.environ["NEWSWIRE_WIRE_URL"] = wire.base_url
                run = direct_run(self.ctx(f"bench-direct-{size}", stats, dsn, lake), self.workers)
            self.results["direct"][size] = run
            self.log(f"  N={size}: {run.wall:.1f}s ({run.stories} stories, {run.batches} batches, "
                     f"largest worker {run.peak_rss_mb:,.0f} MB)")

    def airflow_runs(self, corpora: dict, port: int) -> None:
        from newswire.airflow_processes import AirflowProcesses, api_server_env, free_port
        from newswire.bench.procs import TreeSampler, WireProcess
        from newswire.bench.runs import DAG_ID, airflow_run
        from newswire.localenv import airflow_env, migrate_airflow, run_airflow

        if self.args.no_airflow or not self.args.size_list:
            return
        self.log("\n== whole runs through Airflow: api-server, dag-processor, scheduler (LocalExecutor) ==")
        dsn = self.fresh_db("bench_airflow")
        api_port = free_port()
        env = airflow_env(wire_url=f"http://127.0.0.1:{port}")
        socket_dir = str(self.home / "pg")
        env.update(api_server_env(api_port))
        env.update({
            "AIRFLOW_CONN_NEWSWIRE_WAREHOUSE": json.dumps(
                {"conn_type": "postgres", "host": socket_dir, "login": "postgres", "schema": "bench_airflow"}),
            "NEWSWIRE_LAKE_URL": self.fresh_lake("airflow"),
            "NEWSWIRE_SOURCES": str(self.sources_path),
        })
        started = time.perf_counter()
        migrate_airflow(env)
        # Runs of earlier benches would hide this one's (same logical dates).
        run_airflow(["dags", "delete", DAG_ID, "--yes"], env, check=False, capture=True)
        self.log(f"  metadata database ready in {time.perf_counter() - started:.0f}s")
        self.results["airflow"] = {}
        with AirflowProcesses(env, self.home / "airflow-logs") as af:
            af.start_api_server(api_port)
            af.start("dag-processor", "dag-processor")
            af.start("scheduler", "scheduler")
            af.wait_for_dag(DAG_ID)
            # Only the nightly DAG runs: the asset-scheduled DAGs would otherwise join in.
            for (dag_id,) in af.query("SELECT dag_id FROM dag WHERE dag_id <> %s", DAG_ID):
                af.cli("dags", "pause", dag_id)
            af.cli("dags", "unpause", DAG_ID)
            sampler = TreeSampler({name: p.pid for name, p in af.procs.items()}).start()
            try:
                for size in self.args.size_list:
                    stats = corpora[size]
                    with WireProcess(stats.directory, port, self.home / "wire.log"):
                        run = airflow_run(af, sampler, stats.nightly_end, dsn)
                    self.results["airflow"][size] = run
                    if run.state != "success":
                        self.log(af.all_logs())
                    self.log(f"  N={size}: {run.state} in {run.wall:.1f}s ({run.stories} stories, {run.tasks} tasks, "
                             f"up to {run.max_parallel_tasks} at once, {run.cores_used:.2f} cores busy)")
            finally:
                sampler.stop()

    def run(self) -> int:
        from newswire.bench.procs import free_port
        from newswire.warehouse.connection import embedded_server

        args = self.args
        self.isolate()
        m = self.results["machine"]
        self.log(f"newswire bench: {m['cores']} cores ({m['cpu']}), {m['memory_gb']} GB, Python {m['python']}, "
                 f"load average {m['load_average_at_start']}; batch size {self.results['batch_size']}")
        embedded_server()
        self.write_sources()
        corpora = self.corpora(([] if args.no_stages else [args.n]) + args.size_list)
        self.results["corpora"] = corpora
        port = free_port()
        if not args.no_stages:
            texts = self.single_process(corpora[args.n], port)
            self.references(texts)
        self.direct_runs(corpora, port)
        self.airflow_runs(corpora, port)
        from newswire.bench.summary import summarize

        text, targets = summarize(self.results)
        self.results["targets"] = targets
        self.log("\n" + text)
        out = Path(args.json) if args.json else self.home / "results.json"
        out.write_text(json.dumps(_plain(self.results), indent=2, default=str), encoding="utf-8")
        self.log(f"\nfigures written to {out}")
        return 0


def _plain(obj):
    """Dataclasses (with their rate properties) as JSON-ready dicts."""
    if is_dataclass(obj) and not isinstance(obj, type):
        out = {k: _plain(v) for k, v in asdict(obj).items()}
        for name in ("words_per_s", "rows_per_s", "cores_used", "nightly_end"):
            if hasattr(obj, name):
                out[name] = _plain(getattr(obj, name))
        return out
    if isinstance(obj, dict):
        return {str(k): _plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_plain(v) for v in obj]
    if isinstance(obj, Path):
        return str(obj)
    return obj


def main(argv: list[str] | None = None) -> int:
    return Bench(parse_args(argv)).run()


if __name__ == "__main__":
    sys.exit(main())
