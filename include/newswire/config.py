"""Settings, all overridable by environment variables (documented in .env.example).

Nothing here reads Airflow: the DAGs resolve Airflow connections and pass
plain values (a DSN, a base URL) into the stage functions.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

REPO_ROOT = Path(__file__).resolve().parents[2]
# ../shared beside the repository: the seed story and the extraction benchmark.
SHARED_DIR = Path(os.environ.get("NEWSWIRE_SHARED_DIR", REPO_ROOT.parent / "shared"))


def newswire_home() -> Path:
    """Where the embedded warehouse, the default lake and logs live."""
    return Path(os.environ.get("NEWSWIRE_HOME", REPO_ROOT / "data")).resolve()


def lake_url() -> str:
    """Base URL of the lake (raw zone + staged stage outputs).

    ``file://`` by default; ``s3://bucket/prefix`` (or any fsspec URL) in a
    cluster, where Celery workers on several machines must share it.
    """
    return os.environ.get("NEWSWIRE_LAKE_URL") or (newswire_home() / "lake").as_uri()


def batch_size() -> int:
    """Stories per mapped task. Every task pays a process start (and extract a
    model load): on 2 cores, 1,000 stories in batches of 250 ran through
    Airflow in 115 s against 147 s in batches of 100 (docs/benchmarks.md).
    A cluster with many worker slots may want smaller batches."""
    return int(os.environ.get("NEWSWIRE_BATCH_SIZE", "250"))


def parallel_batches() -> int:
    """Worker slots that run a stage's batches at once: a run with enough
    stories is split into at least this many batches, so a small night still
    uses every core. Default: this machine's cores; a cluster sets its total."""
    return int(os.environ.get("NEWSWIRE_PARALLEL_BATCHES") or os.cpu_count() or 1)


def sources_file() -> Path:
    return Path(os.environ.get("NEWSWIRE_SOURCES", REPO_ROOT / "config" / "sources.yaml"))


@dataclass(frozen=True)
class FetchPolicy:
    connect_timeout: float = 5.0
    read_timeout: float = 20.0
    max_bytes: int = 5_000_000
    max_retries: int = 3
    backoff_base: float = 0.5
    max_retry_after: float = 30.0
    user_agent: str = "newswire/0.1 (+https://github.com/newswire; wire ingestion bot)"
    rate_limit_per_second: float = 20.0


@dataclass(frozen=True)
class SourceConfig:
    name: str
    type: str  # rss | atom | sitemap | ninjs | html
    url: str
    policy: FetchPolicy = field(default_factory=FetchPolicy)
    connection: str | None = None  # Airflow connection holding credentials, if any
    page_size: int = 100
    urls: tuple[str, ...] = ()  # for type html: the pages to fetch


SOURCE_TYPES = {"rss", "atom", "sitemap", "ninjs", "html"}
_ENV_REF = re.compile(r"\$\{(\w+)(?::-([^}]*))?\}")


def _expand_env(value: str) -> str:
    """``${VAR}`` / ``${VAR:-default}`` in the YAML, so URLs follow the environment."""

    def repl(m: re.Match) -> str:
        if m.group(1) in os.environ:
            return os.environ[m.group(1)]
        if m.group(2) is not None:
            return m.group(2)
        raise KeyError(f"sources.yaml refers to ${{{m.group(1)}}}, which is not set")

    return _ENV_REF.sub(repl, value)


def load_sources(path: Path | None = None) -> list[SourceConfig]:
    path = path or sources_file()
    doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    defaults = doc.get("defaults", {}) or {}
    sources = []
    for entry in doc.get("sources", []) or []:
        kind = entry.get("type")
        if kind not in SOURCE_TYPES:
            raise ValueError(f"{path}: source {entry.get('name')!r} has unknown type {kind!r}")
        if entry.get("enabled", True) is False:
            continue
        policy_fields = {k: v for k, v in {**defaults, **entry}.items() if k in FetchPolicy.__dataclass_fields__}
        sources.append(
            SourceConfig(
                name=entry["name"],
                type=kind,
                url=_expand_env(entry["url"]),
                policy=FetchPolicy(**policy_fields),
                connection=entry.get("connection"),
                page_size=int(entry.get("page_size", 100)),
                urls=tuple(_expand_env(u) for u in entry.get("urls", ())),
            )
        )
    return sources


def get_source(name: str, path: Path | None = None) -> SourceConfig:
    for source in load_sources(path):
        if source.name == name:
            return source
    raise KeyError(f"no source named {name!r} in {path or sources_file()}")
