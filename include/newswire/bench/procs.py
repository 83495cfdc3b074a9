"""Processes for the benchmark: the wire server in a process of its own, and a
sampler that follows a process tree (Airflow's scheduler, its executor
workers and task processes) for peak memory and CPU time.

Peak RSS is the kernel's high-water mark (``VmHWM`` in ``/proc/<pid>/status``),
so a peak between two samples is not missed; only growth in a process's last
sampling interval before it exits can be.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import psutil


def peak_rss_mb(pid: int | str = "self") -> float:
    """A process's peak resident set size so far, in MB (0 if unknown)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def machine_busy_seconds() -> float:
    """CPU seconds the whole machine has spent busy (all processes, all cores),
    so the share other processes took during a measurement can be told."""
    t = psutil.cpu_times()
    return sum(t) - t.idle - getattr(t, "iowait", 0.0)


def own_cpu_seconds() -> float:
    """CPU seconds of this process plus the children it has reaped."""
    import resource

    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class WireProcess:
    """``newswire serve-wire`` over one corpus folder, in its own process (so
    serving pages does not compete for the measuring process's GIL)."""

    def __init__(self, corpus_dir: Path, port: int, log_path: Path):
        self.corpus_dir, self.port, self.log_path = Path(corpus_dir), port, Path(log_path)
        self.proc: subprocess.Popen | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> WireProcess:
        log = open(self.log_path, "ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "newswire.cli", "serve-wire", "--port", str(self.port), "--corpus", str(self.corpus_dir)],
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"wire server exited: {self.log_path.read_text(errors='replace')[-2000:]}")
            try:
                # The first sitemap request parses the corpus: do it before timing anything.
                with urllib.request.urlopen(self.base_url + "/sitemap-index.xml", timeout=30) as r:
                    if r.status == 200:
                        return self
            except OSError:
                time.sleep(0.2)
        raise TimeoutError(f"wire server on {self.base_url} did not answer")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.proc = None

    def __enter__(self) -> WireProcess:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


@dataclass
class ProcessRecord:
    pid: int
    name: str  # the process title Airflow sets ('airflow task runner: ...'), else its command line
    root: str = ""  # which started process it descends from ('scheduler', ...)
    is_root: bool = False
    titles: set[str] = field(default_factory=set)  # every title seen (a worker's changes with its task)
    peak_rss_mb: float = 0.0
    cpu_seconds: float = 0.0
    first_seen: float = 0.0
    last_seen: float = 0.0


def _title(proc: psutil.Process) -> str:
    try:
        cmd = proc.cmdline()
    except (psutil.Error, OSError):
        return "?"
    return " ".join(cmd)[:160] if cmd else proc.name()


@dataclass
class TreeSampler:
    """Samples every process under ``roots`` (name → pid) every ``interval``
    seconds while running: peak RSS (VmHWM) and CPU seconds per process."""

    roots: dict[str, int]
    interval: float = 0.2
    records: dict[int, ProcessRecord] = field(default_factory=dict)
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None
    _procs: dict[int, psutil.Process] = field(default_factory=dict)

    def start(self) -> TreeSampler:
        self._thread = threading.Thread(target=self._run, name="rss-sampler", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join()
        self.sample()

    def reset(self) -> None:
        """Forget what was seen (between two measured runs)."""
        self.sample()
        self.records = {pid: r for pid, r in self.records.items() if pid in self._procs}
        for r in self.records.values():  # processes alive across runs restart from their current state
            r.first_seen = time.monotonic()

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def sample(self) -> None:
        now = time.monotonic()
        alive: dict[int, psutil.Process] = {}
        root_of: dict[int, str] = {}
        for root_name, root in self.roots.items():
            for proc in _process_tree(root):
                alive[proc.pid] = self._procs.get(proc.pid, proc)
                root_of[proc.pid] = root_name
        self._procs = alive
        for pid, proc in alive.items():
            record = self.records.get(pid)
            if record is None:
                record = self.records[pid] = ProcessRecord(pid, _title(proc), root_of[pid], pid in self.roots.values(),
                                                           first_seen=now)
            record.last_seen = now
            title = _title(proc)
            if title != "?" and not title.startswith("/"):
                record.name = title
            record.titles.add(title)
            record.peak_rss_mb = max(record.peak_rss_mb, peak_rss_mb(pid))
            try:
                t = proc.cpu_times()
                record.cpu_seconds = max(record.cpu_seconds, t.user + t.system)
            except psutil.Error:
                pass

    def tree_cpu_seconds(self) -> float:
        """CPU seconds used so far by the trees under the roots: each live
        process's own time plus that of the children it has reaped (which
        holds their reaped children in turn), so short-lived task processes
        count in full."""
        total = 0.0
        for root in self.roots.values():
            for proc in _process_tree(root):
                try:
                    t = proc.cpu_times()
                except psutil.Error:
                    continue
                total += t.user + t.system + t.children_user + t.children_system
        return total


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def process_kind(record: ProcessRecord) -> str:
    """Group Airflow processes into kinds for the report: the started
    processes by name, their children by the titles Airflow 3 gives them
    ('airflow worker -- LocalExecutor: <ti id>' runs the task supervisor,
    'airflow worker -- <ti id>' is the task process it forks; a fork keeps its
    parent's title for a moment, so the latest title decides)."""
    if record.is_root:
        return record.root
    title = record.name
    if "LocalExecutor" in title:
        return "executor worker (task supervisor)"
    if title.startswith("airflow worker --") and _UUID.search(title):
        return "task process"
    return f"{record.root} child"


def task_instance_ids(record: ProcessRecord) -> set[str]:
    """The task instances a task process ran (by its latest title)."""
    return set(_UUID.findall(record.name))


def cpu_count() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def _process_tree(root: int) -> list[psutil.Process]:
    """``root`` and all its descendants; empty once ``root`` has exited."""
    try:
        top = psutil.Process(root)
        return [top, *top.children(recursive=True)]
    except psutil.Error:
        return []
