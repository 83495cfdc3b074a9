"""Data-quality checks run after each load. Each is one SQL query that counts
violations; any non-zero count fails the run loudly with the check's name."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Check:
    name: str
    description: str
    sql: str  # returns one integer: the number of violations


CHECKS = (
    Check(
        "stories_have_bodies",
        "no story without a headline or body",
        "SELECT count(*) FROM stories WHERE length(btrim(body)) = 0 OR length(btrim(headline)) = 0",
    ),
    Check(
        "quote_offsets_inside_story",
        "every quote's offsets lie inside its story body and cover the quote's text",
        """SELECT count(*) FROM quotes q JOIN stories s USING (story_id)
           WHERE q.start_char < 0 OR q.end_char > length(s.body) OR q.start_char >= q.end_char
              OR substr(s.body, q.start_char + 1, q.end_char - q.start_char) <> q.quote""",
    ),
    Check(
        "mentions_point_to_entities",
        "every mention points to an existing entity and lies inside its story",
        """SELECT count(*) FROM mentions m LEFT JOIN entities e USING (entity_id) JOIN stories s USING (story_id)
           WHERE e.entity_id IS NULL OR m.end_char > length(s.body)""",
    ),
    Check(
        "interval_has_stories",
        "every source that fetched stories in the interval loaded at least one",
        """SELECT count(*) FROM (
             SELECT f.source FROM stage_stats f
             WHERE f.run_id = %(run_id)s AND f.stage = 'fetch'
             GROUP BY f.source
             HAVING sum(f.items_out) > 0
           ) fetched
           WHERE NOT EXISTS (SELECT 1 FROM stage_stats l
                             WHERE l.run_id = %(run_id)s AND l.stage = 'load'
                               AND l.source = fetched.source AND l.items_out > 0)""",
    ),
)


class CheckFailed(AssertionError):
    pass


def get_check(name: str) -> Check:
    return next(c for c in CHECKS if c.name == name)


def run_check(check: Check, run_id: str, dsn: str | None = None) -> int:
    from newswire.warehouse.connection import connect

    with connect(dsn) as conn, conn.cursor() as cur:
        cur.execute(check.sql, {"run_id": run_id})
        violations = cur.fetchone()[0]
    if violations:
        raise CheckFailed(f"data-quality check {check.name!r} failed: {violations} violation(s) of: {check.description}")
    return violations
