"""The `newswire` command as users run it: a real subprocess, its JSON lines
parsed and checked against the file it read."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import SHARED

from newswire.corpus import load_corpus
from newswire.wire import DEFAULT_PUBLIC_BASE
from newswire.wire.pages import related_links, render_article

NEWSWIRE = str(Path(sys.executable).with_name("newswire"))
SEED = SHARED / "fixtures" / "seed-story" / "story.txt"


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([NEWSWIRE, *args], capture_output=True, text=True, timeout=300,
                          env={**os.environ, **(env or {})})


def test_extract_jsonl_offsets_index_the_file_as_given(tmp_path):
    second = tmp_path / "short.txt"
    second.write_text("“We will rebuild,” Mayor Ana Ruiz said Monday.\n", encoding="utf-8")
    proc = run("extract", "--format", "jsonl", str(SEED), str(second))
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [row["path"] for row in lines] == [str(SEED), str(second)]

    seed, text = lines[0], SEED.read_text(encoding="utf-8")
    assert set(seed) == {"path", "entities", "people", "quotes"}
    for e in seed["entities"]:
        assert set(e) == {"text", "label", "start", "end", "canonical"}
        assert text[e["start"]:e["end"]] == e["text"]
    for q in seed["quotes"]:
        assert set(q) >= {"quote", "start", "end", "speaker", "speaker_text", "verb", "kind"}
        assert text[q["start"]:q["end"]] == q["quote"]
        assert q["kind"] in {"direct", "indirect", "mixed", "floating"}
    assert {"John Kirby", "Joe Biden", "Jonathan Panikoff"} <= set(seed["people"])
    cairo = [q for q in seed["quotes"] if q["quote"] == "“We’re in Cairo. They’re in Cairo,”"]
    assert [(q["speaker"], q["kind"]) for q in cairo] == [("John Kirby", "direct")]
    # The dateline is metadata: BUELLTON is not an entity of the story.
    assert not any(e["text"] == "BUELLTON" for e in seed["entities"])

    short = lines[1]
    assert [(q["speaker"], q["verb"]) for q in short["quotes"]] == [("Ana Ruiz", "said")]


def test_clean_jsonl_reads_a_saved_page(tmp_path):
    stories = load_corpus()
    story = next(s for s in stories if s.slug == "cairo-ceasefire-talks")
    page = tmp_path / "page.html"
    page.write_bytes(render_article(story, canonical=f"{DEFAULT_PUBLIC_BASE}/stories/{story.slug}",
                                    related=related_links(story, stories)).encode("utf-8"))
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    proc = run("clean", "--format", "jsonl", str(page), str(empty))
    assert proc.returncode == 1  # one file could not be cleaned: said, and the other still printed
    good, bad = (json.loads(line) for line in proc.stdout.splitlines())
    assert set(good) == {"path", "headline", "byline", "dateline", "published_at", "body"}
    assert good["headline"] == story.headline and good["dateline"] == "BUELLTON, Calif."
    assert good["published_at"].endswith("+00:00")
    assert good["body"].startswith("The White House said Friday") and "Read more" not in good["body"]
    assert "contributed reporting" not in good["body"]
    assert bad["path"] == str(empty) and "empty" in bad["error"]


def test_db_upgrade_twice_and_ingest_an_interval(warehouse, wire_server):
    env = {"NEWSWIRE_WAREHOUSE_DSN": warehouse, "NEWSWIRE_WIRE_URL": wire_server.base_url}
    for _ in range(2):
        proc = run("db", "upgrade", env=env)
        assert proc.returncode == 0, proc.stderr
    proc = run("ingest", "--source", "wire-sitemap", "--start", "2024-08-23T02:00", "--end", "2024-08-24T02:00", env=env)
    assert proc.returncode == 0, proc.stderr
    summary = run("summary", env=env)
    assert summary.returncode == 0 and "stories loaded" in summary.stdout
    from newswire.warehouse.connection import connect

    with connect(warehouse) as conn, conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM stories WHERE dateline = 'BUELLTON, Calif.'")
        assert cur.fetchone()[0] == 1
