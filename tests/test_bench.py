"""`make bench` works: its corpus generator writes wire stories the corpus
parser reads (datelines, quotes, later versions, contributor lines, all in one
nightly interval), and a tiny single-process measurement (N=16, no Airflow)
over the real wire server and PostgreSQL yields real, positive figures.
Not a timed test: the figures are only checked for sense."""

from __future__ import annotations

import collections
import dataclasses
import os
import re
from datetime import date, timedelta

import pytest

from newswire.bench import report
from newswire.bench.corpus import generate_corpus
from newswire.clean.wirestyle import find_contributor_line, find_dateline
from newswire.corpus import load_corpus

DAY = date(2025, 3, 3)


def test_generated_corpus_is_wire_stories_with_versions(tmp_path):
    stats = generate_corpus(tmp_path / "c", 60, DAY, version_share=0.2)
    stories = load_corpus(tmp_path / "c")  # every file parses with the corpus parser
    assert len(stories) == stats.versions == 60
    by_guid = collections.defaultdict(list)
    for s in stories:
        by_guid[s.guid].append(s)
    assert stats.stories == len(by_guid) < 60
    assert stats.extra_versions == 60 - len(by_guid) > 0
    later = [vs for vs in by_guid.values() if len(vs) > 1]
    for versions in later:  # same story: same slug, versions 1..k, each moved after the one before
        versions.sort(key=lambda s: s.version)
        assert [v.version for v in versions] == list(range(1, len(versions) + 1))
        assert len({v.slug for v in versions}) == 1
        assert all(a.updated < b.updated and a.text != b.text for a, b in zip(versions, versions[1:]))
    start, end = stats.nightly_end - timedelta(days=1), stats.nightly_end
    assert all(start <= s.updated < end and s.updated.date() == DAY for s in stories)
    words = [len(s.text.split()) for s in stories]
    assert 600 <= min(words) and max(words) <= 850 and sum(words) == stats.words
    for s in stories:
        assert find_dateline(s.text) is not None, s.text[:80]
        assert find_contributor_line(s.text) is not None, s.text[-120:]
        assert s.text.count("“") >= 3 and " said" in s.text
    # The ways wire copy attributes quotes, across the corpus.
    text = "\n".join(s.text for s in stories)
    for pattern in (r"”,? said [A-Z]\w+ [A-Z]\w+, ", r"”,? [A-Z]\w+ (said|added|argued|warned|noted|insisted)",
                    r"[A-Z]\w+ said, “", r"\nAccording to [A-Z]", r"said\. “[^”\n]+\n“"):
        assert re.search(pattern, text), pattern
    # Deterministic: the same arguments write the same files.
    again = generate_corpus(tmp_path / "d", 60, DAY, version_share=0.2)
    assert again.words == stats.words
    assert sorted(p.read_text() for p in (tmp_path / "c").glob("*.story")) == \
        sorted(p.read_text() for p in (tmp_path / "d").glob("*.story"))


def test_report_helpers():
    points = [(250.0, 30.0), (500.0, 55.0), (1000.0, 105.0), (2000.0, 205.0)]
    a, b, r2 = report.linear_fit(points)
    assert a == pytest.approx(5.0) and b == pytest.approx(0.1) and r2 == pytest.approx(1.0)
    assert report.is_linear(points) is True
    assert report.is_linear([(250.0, 10.0), (500.0, 30.0), (1000.0, 110.0), (2000.0, 430.0)]) is False  # quadratic


def test_tiny_measurement_without_airflow(tmp_path, admin_dsn):
    from newswire.bench.__main__ import Bench, parse_args
    from newswire.bench.procs import WireProcess, free_port
    from newswire.bench.stages import load_vs_copy, naive_loop, run_stages, table_counts
    from newswire.pipeline import load_stage
    from newswire.bench.summary import summarize

    saved = {k: os.environ.get(k) for k in ("NEWSWIRE_HOME", "NEWSWIRE_SOURCES", "NEWSWIRE_WIRE_URL")}
    # The bench's own set-up, in this test's PostgreSQL and folders.
    bench = Bench(parse_args(["--n", "16", "--home", os.environ["NEWSWIRE_HOME"]]))
    bench.admin_dsn = admin_dsn
    try:
        bench.sources_path = tmp_path / "sources.yaml"
        bench.write_sources()
        stats = generate_corpus(tmp_path / "corpus", 16, DAY, version_share=0.3, words=180)
        assert stats.extra_versions > 0
        dsn = bench.fresh_db("bench_test_stages")
        with WireProcess(stats.directory, free_port(), tmp_path / "wire.log") as wire:
            os.environ["NEWSWIRE_WIRE_URL"] = wire.base_url
            ctx = bench.ctx("bench-test", stats, dsn, (tmp_path / "lake").as_uri())
            figures, texts = run_stages(ctx, log=lambda *_: None)
        assert figures.stories == len(texts) == 16 and figures.batches == 1
        assert 0 < figures.words <= stats.words  # bodies without datelines and contributor lines
        for stage in ("fetch", "clean", "extract", "bare", "load"):
            assert figures.rate(stage) > 0, stage
            assert getattr(figures, stage).cpu > 0, stage
        rows = figures.rows
        assert rows["story_versions"] == 16 and rows["stories"] == stats.stories
        assert rows["quotes"] > 0 and rows["mentions"] > 0 and rows["entities"] > 0
        assert figures.quotes == rows["quotes"] and figures.peak_rss_mb > 100

        naive = naive_loop(texts[:3])
        assert naive.stories == 3 and naive.words_per_s > 0 and naive.quotes + naive.failed > 0
        def load_into(target: str) -> None:
            for batch in figures.batch_ids:
                load_stage(dataclasses.replace(ctx, dsn=target), batch)

        made: dict[str, str] = {}

        def fresh_db(name: str) -> str:
            made[name] = bench.fresh_db(name)
            return made[name]

        settled = []
        copy = load_vs_copy(load_into, fresh_db, pairs=2, settle=lambda: (bench.checkpoint(), settled.append(1)))
        assert len(copy.load_s) == len(copy.copy_s) == 2 and len(settled) == 4  # before each timing
        assert copy.load_rows_per_s > 0 and copy.copy_rows_per_s > 0 and copy.ratio > 0
        # Each pair loaded every row again into a fresh warehouse and copied exactly those.
        assert table_counts(made["bench_load"]) == table_counts(made["bench_copy"]) == rows
        assert copy.rows == sum(rows.values())

        text, targets = summarize({"stages": figures, "naive": naive, "copy": copy})
        assert "extract ÷ bare" in text and "load ÷ COPY" in text
        assert {t["name"] for t in targets} == {"extract ÷ bare nlp.pipe (words/s, one process)", "load ÷ raw COPY (rows/s)"}
    finally:
        for name in ("bench_test_stages", "bench_load", "bench_copy"):
            bench.drop_db(name)
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
