"""Broken feeds and bad payloads: each becomes a quarantine row with a
readable reason, and everything else loads."""

from __future__ import annotations

from newswire.pipeline import run_interval
from newswire.warehouse.connection import connect

SOURCES = """
defaults: {max_retries: 2, backoff_base: 0.01, read_timeout: 2, connect_timeout: 2, max_retry_after: 2,
           max_bytes: 2000000, rate_limit_per_second: 500}
sources:
  - {name: mixed, type: rss, url: "${NEWSWIRE_WIRE_URL}/faults/feed/mixed.xml"}
  - {name: malformed, type: rss, url: "${NEWSWIRE_WIRE_URL}/faults/feed/malformed.xml"}
  - {name: bomb, type: rss, url: "${NEWSWIRE_WIRE_URL}/faults/feed/entity-bomb.xml"}
  - {name: dupes, type: rss, url: "${NEWSWIRE_WIRE_URL}/faults/feed/duplicate-guids.xml"}
  - {name: not-ninjs, type: ninjs, url: "${NEWSWIRE_WIRE_URL}/faults/api/not-ninjs"}
  - {name: broken-json, type: ninjs, url: "${NEWSWIRE_WIRE_URL}/faults/api/malformed"}
"""


def rows(dsn, sql, *params):
    with connect(dsn) as conn, conn.cursor() as cur:
        cur.execute(sql, params)
        return cur.fetchall()


def test_every_bad_input_is_quarantined_and_the_rest_loads(run_ctx, warehouse):
    ctx = run_ctx("2000-01-01T00:00:00+00:00", "2100-01-01T00:00:00+00:00", SOURCES)
    totals = run_interval(ctx)

    reasons = {(stage, source, ref): reason for stage, source, ref, reason in
               rows(warehouse, "SELECT stage, source, item_ref, reason FROM quarantine")}
    by_source = lambda s: [r for (st, so, ref), r in reasons.items() if so == s]  # noqa: E731

    assert any("not well-formed XML" in r for r in by_source("malformed"))
    assert any("declares XML entities" in r for r in by_source("bomb"))
    assert any("not a content page" in r for r in by_source("not-ninjs"))
    assert any("not a content page" in r for r in by_source("broken-json"))
    assert any("duplicate entry" in r for r in by_source("dupes"))

    mixed = " | ".join(by_source("mixed"))
    for expected in ("HTTP 500", "HTTP 404", "HTTP 429", "truncated", "empty body", "not a configured source",
                     "robots.txt", "limit"):
        assert expected in mixed, f"no quarantine reason mentioning {expected!r}: {mixed}"

    # The rest loaded: real stories, the flaky page (after retries), the odd
    # charsets decoded right, and hostile text stored inert, as text.
    headlines = {h for (h,) in rows(warehouse, "SELECT headline FROM stories")}
    assert totals["stories"] >= 5 and len(headlines) >= 5
    bodies = " ".join(b for (b,) in rows(warehouse, "SELECT body FROM stories"))
    assert "José Muñoz" in bodies or "Muñoz" in bodies
    assert "<script>alert(1)</script>" in " ".join(q for (q,) in rows(warehouse, "SELECT quote FROM quotes")) + bodies
    assert rows(warehouse, "SELECT count(*) FROM stories")[0][0] == len(headlines)
    # Every quarantine row says why, in words.
    assert all(len(r) > 10 for r in reasons.values())
