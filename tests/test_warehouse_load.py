"""The warehouse load against a real PostgreSQL: upserts, versions, aliases,
one transaction per batch, and migrations applied by command."""

from __future__ import annotations

import psycopg2
import pytest
from conftest import warehouse_snapshot

from newswire.warehouse.connection import connect
from newswire.warehouse.load import RunInfo, load_batch
from newswire.warehouse.migrate import upgrade

RUN = RunInfo("run-1", "2024-08-22T02:00:00+00:00", "2024-08-23T02:00:00+00:00")


def story(story_id="s1", body="Ana Ruiz said the bridge would reopen. “It is safe,” Ruiz said.", version_time="2024-08-22T10:00:00+00:00", content_hash=None, **extra):
    ents = []
    for name, canonical, label in (("Ana Ruiz", "Ana Ruiz", "PERSON"), ("Ruiz", "Ana Ruiz", "PERSON")):
        start = body.find(name, ents[-1]["end"] if ents else 0)
        if start >= 0:
            ents.append({"text": name, "label": label, "start": start, "end": start + len(name), "canonical": canonical})
    q = "“It is safe,”"
    quotes = [{"quote": q, "start": body.find(q), "end": body.find(q) + len(q), "speaker": "Ana Ruiz",
               "speaker_text": "Ruiz", "verb": "said", "kind": "direct"}] if q in body else []
    record = {
        "story_id": story_id, "canonical_url": f"https://wire.newswire.test/stories/{story_id}", "guid": story_id,
        "source": "wire-sitemap", "headline": f"Headline {story_id}", "byline": "By Test", "dateline": "DENVER",
        "body": body, "contributors_line": None, "contributors": [], "language": "en",
        "published_at": "2024-08-22T10:00:00+00:00", "updated_at": version_time, "version_time": version_time,
        "content_hash": content_hash or f"h-{story_id}-{version_time}-{len(body)}", "raw_key": "r", "fetched_url": "u",
        "extraction": {"entities": ents, "quotes": quotes, "extractor_version": "test-1"},
    }
    record.update(extra)
    return record


def test_upgrade_is_idempotent(fresh_db):
    assert "001_initial.sql" in upgrade(fresh_db)
    assert upgrade(fresh_db) == []


def test_loading_twice_changes_nothing(warehouse):
    batch = [story("s1"), story("s2")]
    load_batch(batch, RUN, warehouse)
    first = warehouse_snapshot(warehouse)
    load_batch(batch, RUN, warehouse)
    assert warehouse_snapshot(warehouse) == first
    assert len(first["stories"]) == 2 and len(first["quotes"]) == 2
    # Both stories' 'Ruiz' link to one entity.
    assert [e[1:] for e in first["entities"]] == [("Ana Ruiz", "PERSON")]


def test_new_version_replaces_mentions_and_quotes(warehouse):
    load_batch([story("s1")], RUN, warehouse)
    v2 = story("s1", body="Ana Ruiz said the bridge stays shut.", version_time="2024-08-22T18:00:00+00:00")
    load_batch([v2], RUN, warehouse)
    snap = warehouse_snapshot(warehouse)
    assert len(snap["stories"]) == 1
    assert snap["stories"][0][2] == "Ana Ruiz said the bridge stays shut." and snap["stories"][0][4] == 2
    assert len(snap["story_versions"]) == 2
    assert snap["quotes"] == []  # the quote of version 1 is gone with it
    assert len(snap["mentions"]) == 1
    # An older version arriving late changes nothing.
    load_batch([story("s1")], RUN, warehouse)
    assert warehouse_snapshot(warehouse) == snap


def test_two_versions_in_one_batch_keep_the_newest(warehouse):
    v1 = story("s1")
    v2 = story("s1", body="Ana Ruiz said the bridge stays shut.", version_time="2024-08-22T18:00:00+00:00")
    load_batch([v2, v1], RUN, warehouse)
    snap = warehouse_snapshot(warehouse)
    assert snap["stories"][0][2] == v2["body"] and snap["stories"][0][4] == 2


def test_short_name_links_to_entity_named_in_full_elsewhere(warehouse):
    load_batch([story("s1")], RUN, warehouse)
    other = story("s2", body="Ruiz did not answer.")
    other["extraction"]["entities"] = [{"text": "Ruiz", "label": "PERSON", "start": 0, "end": 4, "canonical": "Ruiz"}]
    load_batch([other], RUN, warehouse)
    with connect(warehouse) as conn, conn.cursor() as cur:
        cur.execute("SELECT e.canonical_name FROM mentions m JOIN entities e USING (entity_id) WHERE story_id = 's2'")
        assert cur.fetchall() == [("Ana Ruiz",)]


def test_a_failing_batch_leaves_nothing_half_loaded(warehouse):
    good = story("s1")
    bad = story("s2")
    bad["extraction"]["quotes"][0]["kind"] = "not-a-kind"  # violates a CHECK constraint
    with pytest.raises(psycopg2.Error):
        load_batch([good, bad], RUN, warehouse)
    assert all(rows == [] for rows in warehouse_snapshot(warehouse).values())


def test_hostile_text_is_stored_as_text(warehouse):
    body = "Ana Ruiz said it. “'); DROP TABLE stories; -- <script>alert(1)</script>,” Ruiz said."
    record = story("s1", body=body)
    q = "“'); DROP TABLE stories; -- <script>alert(1)</script>,”"
    record["extraction"]["quotes"] = [{"quote": q, "start": body.find(q), "end": body.find(q) + len(q),
                                       "speaker": "Ana Ruiz", "speaker_text": "Ruiz", "verb": "said", "kind": "direct"}]
    load_batch([record], RUN, warehouse)
    snap = warehouse_snapshot(warehouse)
    assert snap["quotes"][0][3] == q and snap["stories"][0][2] == body


def test_same_version_from_another_source_is_one_version(warehouse):
    load_batch([story("s1")], RUN, warehouse)
    snap = warehouse_snapshot(warehouse)
    from_api = story("s1", source="wire-api", content_hash="other-markup-hash", body=story("s1")["body"] + " ")
    load_batch([from_api], RUN, warehouse)
    assert warehouse_snapshot(warehouse) == snap


def test_rerun_after_an_extractor_upgrade_refreshes_the_same_version(warehouse):
    load_batch([story("s1")], RUN, warehouse)
    upgraded = story("s1")
    upgraded["extraction"]["extractor_version"] = "test-2"
    upgraded["extraction"]["quotes"][0]["verb"] = "says"
    load_batch([upgraded], RUN, warehouse)
    with connect(warehouse) as conn, conn.cursor() as cur:
        cur.execute("SELECT verb, extractor_version FROM quotes")
        assert cur.fetchall() == [("says", "test-2")]
        cur.execute("SELECT count(*) FROM story_versions")
        assert cur.fetchone() == (1,)


def test_batch_waits_for_a_concurrent_batch_adding_the_same_entity(warehouse):
    """Two batches load at once (mapped tasks, Celery workers) and both name a
    new person: the second waits for the first's transaction and then uses its
    entity row, rather than failing or making a twin."""
    import threading

    rival = psycopg2.connect(warehouse)  # a batch in flight: it added 'Ana Ruiz' and has not committed
    with rival.cursor() as cur:
        cur.execute("INSERT INTO entities (canonical_name, label) VALUES ('Ana Ruiz', 'PERSON') RETURNING entity_id")
        rival_id = cur.fetchone()[0]
    outcome: dict = {}

    def load() -> None:
        try:
            outcome["summary"] = load_batch([story("s1")], RUN, warehouse)
        except Exception as err:  # reported below, in the test's thread
            outcome["error"] = err

    loader = threading.Thread(target=load)
    loader.start()
    loader.join(timeout=2)
    assert loader.is_alive(), "the load should wait for the uncommitted entity row"
    rival.commit()
    rival.close()
    loader.join(timeout=30)
    assert "error" not in outcome, outcome.get("error")
    with connect(warehouse) as conn, conn.cursor() as cur:
        cur.execute("SELECT DISTINCT entity_id FROM mentions")
        assert cur.fetchall() == [(rival_id,)]
        cur.execute("SELECT speaker_entity_id FROM quotes")
        assert cur.fetchall() == [(rival_id,)]
        cur.execute("SELECT count(*) FROM entities")
        assert cur.fetchone()[0] == 1
