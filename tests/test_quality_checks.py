"""Data-quality checks: each passes on a correct load, fails loudly (naming
itself) on the violation it guards against, and fails the Airflow run."""

from __future__ import annotations

import pytest

from newswire.localenv import run_airflow
from newswire.pipeline import check_stage, run_interval
from newswire.warehouse.checks import CHECKS, CheckFailed
from newswire.warehouse.connection import connect

DAY = ("2024-08-21T02:00:00+00:00", "2024-08-22T02:00:00+00:00")
SITEMAP_ONLY = """
sources:
  - {name: wire-sitemap, type: sitemap, url: "${NEWSWIRE_WIRE_URL}/sitemap-index.xml"}
"""

# One planted violation per check: SQL that breaks exactly that rule.
VIOLATIONS = {
    "stories_have_bodies": "UPDATE stories SET headline = '  ' WHERE story_id = (SELECT min(story_id) FROM stories)",
    "quote_offsets_inside_story": "UPDATE quotes SET end_char = end_char + 100000 "
                                  "WHERE ctid = (SELECT min(ctid) FROM quotes)",
    "mentions_point_to_entities": "UPDATE mentions SET end_char = end_char + 100000 "
                                  "WHERE ctid = (SELECT min(ctid) FROM mentions)",
    "interval_has_stories": "UPDATE stage_stats SET items_out = 0 WHERE stage = 'load'",
}


def execute(dsn, sql):
    with connect(dsn) as conn, conn.cursor() as cur:
        cur.execute(sql)


@pytest.fixture
def loaded(run_ctx, warehouse):
    ctx = run_ctx(*DAY, SITEMAP_ONLY)
    totals = run_interval(ctx)  # runs every check: a correct load passes them all
    assert totals["stories"] > 0 and totals["quotes"] > 0
    return ctx


def test_every_check_has_a_planted_violation():
    assert set(VIOLATIONS) == {c.name for c in CHECKS}


@pytest.mark.parametrize("name", sorted(VIOLATIONS))
def test_a_violation_fails_its_check_by_name(loaded, warehouse, name):
    execute(warehouse, VIOLATIONS[name])
    with pytest.raises(CheckFailed, match=name):
        check_stage(loaded, [name])
    others = [c.name for c in CHECKS if c.name != name and c.name != "interval_has_stories"]
    assert check_stage(loaded, others) == others  # the other rules still hold


def test_an_interval_without_stories_passes(run_ctx, warehouse):
    ctx = run_ctx("2019-01-01T02:00:00+00:00", "2019-01-02T02:00:00+00:00", SITEMAP_ONLY, run_id="empty-day")
    assert run_interval(ctx)["stories"] == 0  # and no CheckFailed


@pytest.mark.slow
def test_a_failed_check_fails_the_airflow_run(warehouse, airflow_env_for):
    # A trigger blanks every story body as it is loaded: the load succeeds,
    # the stories_have_bodies check must catch it and fail the run.
    execute(warehouse, """CREATE FUNCTION blank() RETURNS trigger LANGUAGE plpgsql AS
                          $$ BEGIN NEW.body := ''; RETURN NEW; END $$;
                          CREATE TRIGGER blank BEFORE INSERT OR UPDATE ON stories
                          FOR EACH ROW EXECUTE FUNCTION blank();""")
    env = airflow_env_for(warehouse)
    proc = run_airflow(["dags", "test", "newswire_nightly", DAY[1]], env, check=False, capture=True, timeout=600)
    output = proc.stdout + proc.stderr
    assert "data-quality check 'stories_have_bodies' failed" in output, output[-3000:]
    with connect(warehouse) as conn, conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM stories")
        assert cur.fetchone()[0] > 0  # the load itself went through
