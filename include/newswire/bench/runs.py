"""Whole runs over one interval: without Airflow (the stage functions in a
process pool, the baseline for Airflow's share) and through Airflow
(scheduler + dag-processor, LocalExecutor, one ``newswire_nightly`` run).
"""

from __future__ import annotations

import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from newswire.bench.procs import (TreeSampler, machine_busy_seconds, own_cpu_seconds, peak_rss_mb, process_kind,
                                  task_instance_ids)
from newswire.pipeline import RunContext

DAG_ID = "newswire_nightly"


# -- without Airflow ------------------------------------------------------------
def _batch_worker(ctx: RunContext, batch: str) -> dict:
    from newswire.pipeline import clean_stage, extract_stage, fetch_stage, load_stage

    seconds = {}
    for stage in (fetch_stage, clean_stage, extract_stage, load_stage):
        started = time.perf_counter()
        result = stage(ctx, batch)
        seconds[result["stage"]] = time.perf_counter() - started
    return {"batch": batch, "seconds": seconds, "peak_rss_mb": peak_rss_mb(), "stories": result["items_out"]}


@dataclass
class DirectRun:
    wall: float
    workers: int
    stories: int
    batches: int
    peak_rss_mb: float  # the largest worker process
    stage_seconds: dict[str, float]
    cpu_seconds: float = 0.0  # this process and its workers
    machine_busy_cores: float = 0.0  # every process on the machine, ours and others'

    @property
    def cores_used(self) -> float:
        return self.cpu_seconds / self.wall if self.wall else 0.0


def direct_run(ctx: RunContext, workers: int) -> DirectRun:
    """discover, then fetch → clean → extract → load per batch in ``workers``
    fresh processes (spawned: each loads the model once), then the checks."""
    from newswire.pipeline import check_stage, discover_stage

    started, cpu0, busy0 = time.perf_counter(), own_cpu_seconds(), machine_busy_seconds()
    batches = discover_stage(ctx)
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        results = list(pool.map(_batch_worker, [ctx] * len(batches), batches))
    check_stage(ctx)  # the pool has exited: its workers' CPU time is in RUSAGE_CHILDREN now
    wall = time.perf_counter() - started
    cpu, busy = own_cpu_seconds() - cpu0, machine_busy_seconds() - busy0
    totals: dict[str, float] = {}
    for r in results:
        for stage, s in r["seconds"].items():
            totals[stage] = totals.get(stage, 0.0) + s
    return DirectRun(wall, workers, sum(r["stories"] for r in results), len(batches),
                     max((r["peak_rss_mb"] for r in results), default=0.0), totals, cpu, busy / wall)


# -- through Airflow ------------------------------------------------------------
@dataclass
class AirflowRun:
    run_id: str
    state: str
    wall: float  # dag run queued → dag run ended (the metadata DB's own times)
    observed: float  # trigger command issued → the run seen finished
    stories: int
    tasks: int
    max_parallel_tasks: int
    task_seconds: float  # Σ task instance durations
    stage_seconds: float  # Σ time inside the stage functions (stage_stats)
    first_task_delay: float  # run queued → first task started
    cpu_seconds: float  # all Airflow processes, during the run
    machine_busy_cores: float  # every process on the machine, ours and others'
    peak_rss_by_kind: dict[str, float] = field(default_factory=dict)
    peak_task_rss: dict[str, float] = field(default_factory=dict)  # task → largest process running it
    # Per stage: tasks, first start → last end (s), slowest batch inside the stage function (s),
    # mean time a task spent outside the stage function (process start, imports, model load, ...).
    stages: dict[str, dict] = field(default_factory=dict)

    working: float = 0.0  # seconds during which at least one batch was inside a stage function

    @property
    def overhead_share(self) -> float:
        """Airflow's share of the run by its own timings: the part of the wall
        time in which no batch was inside a stage function (scheduling, task
        start-up and tear-down on the critical path; the data-quality checks,
        which record no stage time, count here too). A lower bound: start-ups
        that overlap another task's work are not in it."""
        return max(0.0, self.wall - self.working) / self.wall if self.wall else 0.0

    @property
    def cores_used(self) -> float:
        return self.cpu_seconds / self.wall if self.wall else 0.0


def wait_until_idle(af, timeout: float = 600) -> None:
    """Until no run of the DAG is queued or running and no backfill is open
    (Airflow takes one backfill per DAG at a time, and closes it a few
    seconds after its last run)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        busy = af.query("SELECT count(*) FROM dag_run WHERE dag_id = %s AND state IN ('queued', 'running')", DAG_ID)[0][0]
        open_backfills = af.query("SELECT count(*) FROM backfill WHERE dag_id = %s AND completed_at IS NULL", DAG_ID)[0][0]
        if not busy and not open_backfills:
            return
        time.sleep(1)
    raise TimeoutError(f"{DAG_ID} still busy after {timeout}s")


def union_seconds(intervals: list[tuple[datetime, datetime]]) -> float:
    """Length of the union of time intervals, in seconds."""
    total, current_start, current_end = 0.0, None, None
    for s, e in sorted(intervals):
        if current_end is None or s > current_end:
            if current_end is not None:
                total += (current_end - current_start).total_seconds()
            current_start, current_end = s, e
        else:
            current_end = max(current_end, e)
    if current_end is not None:
        total += (current_end - current_start).total_seconds()
    return total


def _max_overlap(intervals: list[tuple[datetime, datetime]]) -> int:
    events = sorted([(s, 1) for s, _ in intervals] + [(e, -1) for _, e in intervals])
    best = current = 0
    for _, delta in events:
        current += delta
        best = max(best, current)
    return best


def airflow_run(af, sampler: TreeSampler, interval_end: datetime, warehouse_dsn: str, timeout: float = 3600) -> AirflowRun:
    """Trigger one ``newswire_nightly`` run for the interval ending at
    ``interval_end`` (a one-day backfill) and wait for it."""
    from newswire.localenv import run_airflow
    from newswire.warehouse.connection import connect

    wait_until_idle(af)
    before = set(af.run_states(DAG_ID))
    sampler.reset()
    cpu_before, busy_before = sampler.tree_cpu_seconds(), machine_busy_seconds()
    t0 = time.perf_counter()
    # A backfill's dates are logical dates: for this timetable, the start of the data interval.
    logical = (interval_end - timedelta(days=1)).isoformat()
    proc = run_airflow(["backfill", "create", "--dag-id", DAG_ID, "--from-date", logical, "--to-date", logical,
                        "--reprocess-behavior", "completed"], af.env, check=False, capture=True, timeout=300)
    if proc.returncode != 0:
        raise RuntimeError(f"airflow backfill create failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")
    deadline = time.monotonic() + timeout
    run_id = state = None
    while time.monotonic() < deadline:
        new = {r: s for r, s in af.run_states(DAG_ID, "backfill").items() if r not in before}
        if new:
            run_id, state = next(iter(new.items()))
            if state in ("success", "failed"):
                break
        time.sleep(0.5)
    observed = time.perf_counter() - t0
    sampler.sample()
    cpu, busy = sampler.tree_cpu_seconds() - cpu_before, machine_busy_seconds() - busy_before
    if state not in ("success", "failed"):
        raise TimeoutError(f"{DAG_ID} run not finished after {timeout}s: {run_id} {state}\n{af.all_logs()}")
    (queued, run_start, run_end), = af.query(
        "SELECT queued_at, start_date, end_date FROM dag_run WHERE dag_id = %s AND run_id = %s", DAG_ID, run_id)
    tis = af.query(
        "SELECT task_id, map_index, start_date, end_date, state, id::text FROM task_instance "
        "WHERE dag_id = %s AND run_id = %s AND start_date IS NOT NULL AND end_date IS NOT NULL", DAG_ID, run_id)
    task_of_ti = {ti_id: task_id.split(".")[0] for task_id, _, _, _, _, ti_id in tis}
    with connect(warehouse_dsn) as conn, conn.cursor() as cur:
        cur.execute("SELECT coalesce(sum(seconds), 0) FROM stage_stats WHERE run_id = %s", (run_id,))
        stage_seconds = float(cur.fetchone()[0])
        cur.execute("SELECT stage, batch_id, seconds, finished_at FROM stage_stats WHERE run_id = %s", (run_id,))
        stats_rows = cur.fetchall()
        cur.execute("SELECT coalesce(sum(items_out), 0) FROM stage_stats WHERE run_id = %s AND stage = 'load'", (run_id,))
        stories = int(cur.fetchone()[0])
    in_stage = {(stage, batch): float(sec) for stage, batch, sec, _ in stats_rows}
    working = union_seconds([(end - timedelta(seconds=float(sec)), end) for _, _, sec, end in stats_rows])
    start = queued or run_start
    stages: dict[str, dict] = {}
    for task_id, _, s, e, _, _ in sorted(tis, key=lambda t: t[2]):
        stage = task_id.split(".")[0]
        entry = stages.setdefault(stage, {"tasks": 0, "first_start": s, "last_end": e, "task_s": 0.0})
        entry["tasks"] += 1
        entry["last_end"] = max(entry["last_end"], e)
        entry["task_s"] += (e - s).total_seconds()
    for stage, entry in stages.items():
        mine = [sec for (st, _), sec in in_stage.items() if st == stage]
        entry["slowest_in_stage"] = max(mine, default=0.0)
        entry["mean_outside_stage"] = (entry["task_s"] - sum(mine)) / entry["tasks"]
        entry["span"] = (entry.pop("last_end") - entry.pop("first_start")).total_seconds()
    by_kind: dict[str, float] = {}
    by_task: dict[str, float] = {}
    for record in sampler.records.values():
        kind = process_kind(record)
        by_kind[kind] = max(by_kind.get(kind, 0.0), record.peak_rss_mb)
        if kind == "task process":
            for ti_id in task_instance_ids(record):
                task = task_of_ti.get(ti_id, "other")
                by_task[task] = max(by_task.get(task, 0.0), record.peak_rss_mb)
    return AirflowRun(
        run_id=run_id, state=state, wall=(run_end - start).total_seconds(), observed=observed, stories=stories,
        tasks=len(tis), max_parallel_tasks=_max_overlap([(s, e) for _, _, s, e, _, _ in tis]),
        task_seconds=sum((e - s).total_seconds() for _, _, s, e, _, _ in tis), stage_seconds=stage_seconds,
        first_task_delay=(min((s for _, _, s, _, _, _ in tis), default=start) - start).total_seconds(),
        cpu_seconds=cpu, machine_busy_cores=busy / observed, peak_rss_by_kind=by_kind, peak_task_rss=by_task,
        stages=stages, working=working,
    )


def nightly_interval(interval_end: datetime) -> tuple[datetime, datetime]:
    return interval_end - timedelta(days=1), interval_end
