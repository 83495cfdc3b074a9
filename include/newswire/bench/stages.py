"""Single-process measurements: each pipeline stage over every batch of the
corpus, and the references it is judged against.

* fetch, clean, extract, load: the stage functions of ``newswire.pipeline``
  exactly as the DAG's tasks call them (lake reads and writes included), one
  after the other in this process.
* bare ``nlp.pipe``: the same spaCy model (the same components: the pipeline
  excludes the lemmatizer; the same texts per batch) over the same cleaned bodies, without newswire's
  components, lake or records: the limit for extract. Measured batch by
  batch, interleaved with extract (alternating which goes first), so both see
  the same background load on a shared machine.
* the naive loop: what people write by hand: the full model, ``nlp(text)``
  per story, textacy's ``direct_quotations`` and the entities.
* raw ``COPY``: the rows the load wrote, copied into an empty warehouse of
  the same schema (tables, keys, indexes, foreign keys) on the same
  PostgreSQL server in one transaction: the limit for load.
* load against raw ``COPY``, repeated: both take a few seconds, and on a
  virtual machine's disk a single pair varies by ±30%; ``load_vs_copy``
  times several pairs (a load into a fresh warehouse, then COPY of its rows
  into another) and compares the medians.
"""

from __future__ import annotations

import io
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from newswire.bench.procs import machine_busy_seconds, peak_rss_mb
from newswire.pipeline import RunContext

# The warehouse tables a load writes, and so what the COPY reference copies.
LOADED_TABLES = ("stories", "story_versions", "entities", "entity_aliases", "mentions", "quotes")


@dataclass
class Timer:
    wall: float = 0.0
    cpu: float = 0.0

    def __enter__(self):
        self._w, self._c = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc):
        self.wall += time.perf_counter() - self._w
        self.cpu += time.process_time() - self._c


@dataclass
class StageFigures:
    stories: int = 0
    batches: int = 0
    batch_ids: list[str] = field(default_factory=list)
    words: int = 0  # whitespace-separated words of the cleaned bodies
    discover: Timer = field(default_factory=Timer)
    fetch: Timer = field(default_factory=Timer)
    clean: Timer = field(default_factory=Timer)
    extract: Timer = field(default_factory=Timer)
    bare: Timer = field(default_factory=Timer)
    load: Timer = field(default_factory=Timer)
    model_load_s: float = 0.0
    rows: dict[str, int] = field(default_factory=dict)  # table → rows the load left there
    quotes: int = 0
    peak_rss_mb: float = 0.0  # this process after the stages (pipeline + bare model loaded)
    machine_busy_cores: float = 0.0  # every process on the machine during extract and bare, ours and others'

    def rate(self, what: str) -> float:
        timer: Timer = getattr(self, what)
        amount = {"fetch": self.stories, "clean": self.stories, "extract": self.words, "bare": self.words,
                  "load": sum(self.rows.values())}[what]
        return amount / timer.wall if timer.wall else 0.0


def run_stages(ctx: RunContext, *, with_bare: bool = True, log=print) -> tuple[StageFigures, list[str]]:
    """Every stage over every batch of ``ctx``'s interval, one stage at a time.

    Returns the figures and the cleaned bodies (the texts the references use)."""
    import spacy

    from newswire.extract import load_pipeline
    from newswire.extract.pipeline import EXCLUDED_MODEL_COMPONENTS, MODEL_NAME, PIPE_BATCH_SIZE
    from newswire.pipeline import clean_stage, discover_stage, extract_stage, fetch_stage, load_stage

    figures = StageFigures()
    with figures.discover:
        batches = discover_stage(ctx)
    figures.batches, figures.batch_ids = len(batches), list(batches)
    log(f"  discover: {len(batches)} batches in {figures.discover.wall:.1f}s")
    with figures.fetch:
        for batch in batches:
            figures.stories += fetch_stage(ctx, batch)["items_out"]
    log(f"  fetch: {figures.stories} stories in {figures.fetch.wall:.1f}s")
    with figures.clean:
        for batch in batches:
            clean_stage(ctx, batch)
    lake = ctx.lake()
    texts_by_batch = {b: [r["body"] for r in lake.read_jsonl(ctx.key("clean", b, "jsonl"))] for b in batches}
    texts = [t for b in batches for t in texts_by_batch[b]]
    figures.words = sum(len(t.split()) for t in texts)
    log(f"  clean: {len(texts)} stories, {figures.words} words in {figures.clean.wall:.1f}s")

    started = time.perf_counter()
    load_pipeline()
    figures.model_load_s = time.perf_counter() - started
    bare = spacy.load(MODEL_NAME, exclude=list(EXCLUDED_MODEL_COMPONENTS)) if with_bare else None
    if bare is not None:  # warm both up on a few texts, outside the timings
        list(bare.pipe(texts[:4]))
        from newswire.extract import analyze

        list(analyze(texts[:4]))
    busy0, wall0 = machine_busy_seconds(), time.perf_counter()
    for n, batch in enumerate(batches):
        order = ("extract", "bare") if n % 2 == 0 else ("bare", "extract")
        for what in order:
            if what == "extract":
                with figures.extract:
                    extract_stage(ctx, batch)
            elif bare is not None:
                with figures.bare:
                    for _doc in bare.pipe(texts_by_batch[batch], batch_size=PIPE_BATCH_SIZE):
                        pass
    figures.machine_busy_cores = (machine_busy_seconds() - busy0) / (time.perf_counter() - wall0)
    log(f"  extract: {figures.words / max(figures.extract.wall, 1e-9):,.0f} words/s"
        + (f"; bare nlp.pipe {figures.words / max(figures.bare.wall, 1e-9):,.0f} words/s" if bare is not None else ""))
    with figures.load:
        for batch in batches:
            figures.quotes += load_stage(ctx, batch)["quotes"]
    figures.rows = table_counts(ctx.dsn)
    figures.peak_rss_mb = peak_rss_mb()
    log(f"  load: {sum(figures.rows.values())} rows in {figures.load.wall:.1f}s")
    return figures, texts


def table_counts(dsn: str) -> dict[str, int]:
    from newswire.warehouse.connection import connect

    with connect(dsn) as conn, conn.cursor() as cur:
        counts = {}
        for table in LOADED_TABLES:
            cur.execute(f"SELECT count(*) FROM {table}")
            counts[table] = cur.fetchone()[0]
    return counts


# -- references ---------------------------------------------------------------
@dataclass
class NaiveFigures:
    stories: int
    words: int
    timer: Timer
    quotes: int
    entities: int
    failed: int  # texts textacy refused (e.g. a quote continued into the next paragraph)

    @property
    def words_per_s(self) -> float:
        return self.words / self.timer.wall if self.timer.wall else 0.0


def naive_loop(texts: list[str]) -> NaiveFigures:
    """The hand-written way: full model, one ``nlp(text)`` per story, textacy's
    direct quotations and the entities of each doc."""
    import spacy
    from textacy.extract.triples import direct_quotations

    from newswire.extract.pipeline import MODEL_NAME

    nlp = spacy.load(MODEL_NAME)
    nlp(texts[0])  # warm up
    quotes = entities = failed = 0
    timer = Timer()
    with timer:
        for text in texts:
            doc = nlp(text)
            try:
                quotes += sum(1 for _ in direct_quotations(doc))
            except ValueError:  # "unclosed quotation": textacy bails out on the whole text
                failed += 1
            entities += len([(e.text, e.label_) for e in doc.ents])
    return NaiveFigures(len(texts), sum(len(t.split()) for t in texts), timer, quotes, entities, failed)


@dataclass
class CopyFigures:
    rows: int
    timer: Timer

    @property
    def rows_per_s(self) -> float:
        return self.rows / self.timer.wall if self.timer.wall else 0.0


def raw_copy(source_dsn: str, target_dsn: str, before: Callable[[], None] = lambda: None) -> CopyFigures:
    """COPY the rows the load wrote (read out of ``source_dsn`` first, untimed)
    into ``target_dsn``, an empty warehouse of the same schema on the same
    server (same tables, keys, indexes and foreign keys), in one transaction:
    as fast as PostgreSQL takes those rows."""
    from newswire.warehouse.connection import connect

    buffers: dict[str, tuple[str, io.BytesIO]] = {}
    with connect(source_dsn) as conn, conn.cursor() as cur:
        for table in LOADED_TABLES:
            cur.execute(
                "SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) "
                "FROM information_schema.columns WHERE table_schema = 'public' AND table_name = %s "
                "AND is_generated = 'NEVER'", (table,),
            )
            columns = cur.fetchone()[0]
            data = io.BytesIO()
            cur.copy_expert(f"COPY (SELECT {columns} FROM {table}) TO STDOUT", data)
            data.seek(0)
            buffers[table] = (columns, data)
    rows = sum(table_counts(source_dsn).values())
    before()
    timer = Timer()
    with connect(target_dsn) as conn, conn.cursor() as cur:
        with timer:
            for table, (columns, data) in buffers.items():  # LOADED_TABLES is in foreign-key order
                cur.copy_expert(f"COPY {table} ({columns}) FROM STDIN", data)
            conn.commit()
    if sum(table_counts(target_dsn).values()) != rows:
        raise AssertionError("raw COPY did not copy every row")
    return CopyFigures(rows, timer)


@dataclass
class LoadVsCopy:
    rows: int
    load_s: list[float]  # one load of every batch into a fresh warehouse, per pair
    copy_s: list[float]  # raw COPY of that load's rows into another fresh warehouse, per pair

    @property
    def load_rows_per_s(self) -> float:
        return self.rows / statistics.median(self.load_s)

    @property
    def copy_rows_per_s(self) -> float:
        return self.rows / statistics.median(self.copy_s)

    @property
    def ratio(self) -> float:
        return self.load_rows_per_s / self.copy_rows_per_s


def load_vs_copy(load_into: Callable[[str], None], fresh_db: Callable[[str], str], pairs: int,
                 settle: Callable[[], None] = lambda: None) -> LoadVsCopy:
    """``pairs`` times: ``load_into`` a fresh warehouse (timed), then
    ``raw_copy`` of its rows into another fresh one. ``settle`` runs before
    each timing (the bench: a CHECKPOINT, so that neither pays for the
    other's or CREATE DATABASE's dirty buffers)."""
    rows, load_s, copy_s = 0, [], []
    for _ in range(pairs):
        dsn, copy_dsn = fresh_db("bench_load"), fresh_db("bench_copy")
        settle()
        timer = Timer()
        with timer:
            load_into(dsn)
        copy = raw_copy(dsn, copy_dsn, before=settle)
        rows, load_s, copy_s = copy.rows, [*load_s, timer.wall], [*copy_s, copy.timer.wall]
    return LoadVsCopy(rows, load_s, copy_s)
