"""The Newswire monitoring app in-process (FastAPI TestClient) over a warehouse
loaded with the sample corpus: every number a page shows equals the number
SQL gives, story text is escaped, and Airflow's own login guards every route.

Authentication is Airflow's real code path: tokens are issued by the
configured auth manager and validated by ``get_user`` (which checks
revocation in Airflow's metadata database, migrated by ``airflow_base_env``).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

import pytest
from markupsafe import escape

from newswire.warehouse.connection import connect

AIRFLOW_UI_PREFIX = "/newswire"


def sql(dsn, query, *params):
    with connect(dsn) as conn, conn.cursor() as cur:
        cur.execute(query, params)
        return cur.fetchall()


@pytest.fixture(scope="module")
def airflow_auth(airflow_base_env):
    """Airflow's auth manager in this process, its metadata DB pointed at the
    session's migrated one (restored afterwards)."""
    from airflow import settings
    from airflow.api_fastapi.app import create_auth_manager, purge_cached_app
    from airflow.configuration import conf

    previous = conf.get("database", "sql_alchemy_conn")
    conf.set("database", "sql_alchemy_conn", airflow_base_env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"])
    settings.configure_vars()
    settings.reconfigure_orm()
    purge_cached_app()
    yield create_auth_manager()
    purge_cached_app()
    conf.set("database", "sql_alchemy_conn", previous)
    settings.configure_vars()
    settings.reconfigure_orm()


@pytest.fixture(scope="module")
def token(airflow_auth):
    from airflow.api_fastapi.auth.managers.simple.user import SimpleAuthManagerUser

    return airflow_auth.generate_jwt(SimpleAuthManagerUser(username="editor", role="viewer"))


@pytest.fixture(scope="module")
def client(corpus_warehouse, airflow_auth):
    """The app mounted where the plugin mounts it, without credentials."""
    from fastapi import FastAPI
    from fastapi.testclient import TestClient

    from newswire.ui.app import create_app

    root = FastAPI()
    root.mount(AIRFLOW_UI_PREFIX, create_app(dsn=corpus_warehouse["dsn"], lake_url=corpus_warehouse["lake_url"]))
    with TestClient(root) as c:
        yield c


@pytest.fixture(scope="module")
def api(client, token):
    def get(path, **params):
        r = client.get(f"{AIRFLOW_UI_PREFIX}{path}", params=params, headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 200, r.text
        return r.json() if path.startswith("/api/") else r.text

    return get


@pytest.fixture(scope="module")
def dsn(corpus_warehouse):
    return corpus_warehouse["dsn"]


# -- access control --------------------------------------------------------------
PROTECTED = ["/", "/sources", "/quotes", "/quarantine", "/api/health", "/api/volumes", "/api/most-quoted",
             "/api/quotes", "/api/quarantine", "/raw/" + "0" * 64]


@pytest.mark.parametrize("path", PROTECTED)
def test_without_login_api_answers_401_and_pages_redirect_to_login(client, path):
    r = client.get(AIRFLOW_UI_PREFIX + path, follow_redirects=False)
    if path.startswith("/api/"):
        assert r.status_code == 401
        assert r.json()["detail"] == "Not authenticated"
    else:
        assert r.status_code == 303
        assert "/auth/login" in r.headers["location"] and "next=" in r.headers["location"]


def test_forged_expired_and_revoked_tokens_are_refused(client, airflow_auth, token):
    from airflow.api_fastapi.auth.managers.simple.user import SimpleAuthManagerUser

    url = AIRFLOW_UI_PREFIX + "/api/health"
    forged = token[:-4] + ("AAAA" if not token.endswith("AAAA") else "BBBB")
    assert client.get(url, headers={"Authorization": f"Bearer {forged}"}).status_code == 403
    expired = airflow_auth.generate_jwt(SimpleAuthManagerUser(username="editor", role="viewer"),
                                        expiration_time_in_seconds=-60)
    assert client.get(url, headers={"Authorization": f"Bearer {expired}"}).status_code == 401
    # Logged out (revoked) tokens stop working, like in the rest of the UI.
    revoked = airflow_auth.generate_jwt(SimpleAuthManagerUser(username="editor", role="viewer"))
    assert client.get(url, headers={"Authorization": f"Bearer {revoked}"}).status_code == 200
    airflow_auth.revoke_token(revoked)
    assert client.get(url, headers={"Authorization": f"Bearer {revoked}"}).status_code == 403


def test_the_ui_cookie_is_accepted(client, token):
    client.cookies.set("_token", token)
    try:
        r = client.get(AIRFLOW_UI_PREFIX + "/", follow_redirects=False)
    finally:
        client.cookies.clear()
    assert r.status_code == 200 and 'id="source-health"' in r.text


def test_a_user_without_a_role_is_forbidden(client, airflow_auth):
    """Authenticated but not authorised by the auth manager: 403, no redirect loop."""
    from airflow.api_fastapi.auth.managers.simple.user import SimpleAuthManagerUser

    nobody = airflow_auth.generate_jwt(SimpleAuthManagerUser(username="nobody", role=None))
    for path in ("/api/health", "/"):
        r = client.get(AIRFLOW_UI_PREFIX + path, headers={"Authorization": f"Bearer {nobody}"}, follow_redirects=False)
        assert r.status_code == 403, (path, r.status_code)


# -- per-source health -------------------------------------------------------------
def test_health_numbers_equal_the_stage_stats(api, dsn, corpus_warehouse):
    health = {h["source"]: h for h in api("/api/health", runs=50)["sources"]}
    assert set(health) == {s for (s,) in sql(dsn, "SELECT DISTINCT source FROM stage_stats")}
    assert {"wire-sitemap", "wire-api", "wire-rss", "wire-faults"} <= set(health)
    for source, h in health.items():
        assert len(h["runs"]) == sql(dsn, "SELECT count(DISTINCT run_id) FROM stage_stats WHERE source = %s", source)[0][0]
        for run in h["runs"]:
            (fetched, fetch_q, loaded, quarantined), = sql(
                dsn,
                """SELECT coalesce(sum(items_out) FILTER (WHERE stage = 'fetch'), 0),
                          coalesce(sum(quarantined) FILTER (WHERE stage = 'fetch'), 0),
                          coalesce(sum(items_out) FILTER (WHERE stage = 'load'), 0), sum(quarantined)
                   FROM stage_stats WHERE run_id = %s AND source = %s""",
                run["run_id"], source,
            )
            assert (run["fetched"], run["fetch_errors"], run["loaded"], run["quarantined"]) == \
                (fetched, fetch_q, loaded, quarantined), (source, run["run_id"])
    # The corpus runs went through: each news source's last successful run is the last nightly run.
    last_nightly = corpus_warehouse["nightly_runs"][-1]
    for source in ("wire-sitemap", "wire-api"):
        assert health[source]["last_successful_run"]["run_id"] == last_nightly
        assert health[source]["status"] == "ok"
    # Stories loaded over all corpus runs equal the story versions the sitemap and API delivered.
    assert sum(r["loaded"] for s in ("wire-sitemap", "wire-api", "wire-rss") for r in health[s]["runs"]) == \
        sql(dsn, "SELECT sum(items_out) FROM stage_stats WHERE stage = 'load' AND run_id LIKE 'scheduled__%%'")[0][0]


def test_fetch_errors_match_the_quarantine_table(api, dsn, corpus_warehouse):
    faults = next(h for h in api("/api/health")["sources"] if h["source"] == "wire-faults")
    run = faults["latest_run"]
    assert run["run_id"] == corpus_warehouse["faults_run"]
    assert run["fetch_errors"] == sql(dsn, "SELECT count(*) FROM quarantine WHERE source = 'wire-faults' AND stage = 'fetch'")[0][0]
    assert run["fetch_errors"] >= 5  # 500, 404, 429, truncated, off-site redirect, ...
    assert run["quarantined"] == sql(dsn, "SELECT count(*) FROM quarantine WHERE source = 'wire-faults'")[0][0]
    assert faults["status"] == "errors"


def test_publication_to_warehouse_latency(api, dsn):
    sitemap = next(h for h in api("/api/health")["sources"] if h["source"] == "wire-sitemap")
    run = sitemap["latest_run"]
    (median, worst), = sql(
        dsn,
        """SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM loaded_at - version_time)),
                  max(extract(epoch FROM loaded_at - version_time)) FROM story_versions
           WHERE run_id = %s AND source = 'wire-sitemap'""",
        run["run_id"],
    )
    assert run["latency_median_s"] == pytest.approx(median) and run["latency_max_s"] == pytest.approx(float(worst))
    assert run["latency_median_s"] > 86400  # a 2024 corpus loaded today: days, not seconds


# -- volumes -----------------------------------------------------------------------------
def test_volumes_default_to_the_newest_story_and_equal_sql(api, dsn):
    data = api("/api/volumes")
    (newest,), = sql(dsn, "SELECT max(published_at) FROM stories")
    assert data["as_of_source"] == "newest story"
    assert datetime.fromisoformat(data["as_of"]) == newest and data["as_of"][:10] == "2024-08-23"
    series = data["series"]
    assert len(series) == 30 and series[-1]["day"] == "2024-08-23" and series[0]["day"] == "2024-07-25"
    per_day = dict(sql(dsn, """SELECT (published_at AT TIME ZONE 'UTC')::date::text, count(*) FROM stories
                               GROUP BY 1"""))
    for row in series:
        assert row["stories"] == per_day.get(row["day"], 0), row
    quotes_per_day = dict(sql(dsn, """SELECT (s.published_at AT TIME ZONE 'UTC')::date::text, count(*)
                                      FROM quotes q JOIN stories s USING (story_id) GROUP BY 1"""))
    entities_per_day = dict(sql(dsn, """SELECT (s.published_at AT TIME ZONE 'UTC')::date::text, count(DISTINCT m.entity_id)
                                        FROM mentions m JOIN stories s USING (story_id) GROUP BY 1"""))
    for row in series:
        assert row["quotes"] == quotes_per_day.get(row["day"], 0)
        assert row["entities"] == entities_per_day.get(row["day"], 0)
    corpus_days = {f"2024-08-{d}" for d in range(19, 24)}
    assert {r["day"] for r in series if r["stories"]} >= corpus_days
    assert data["totals"]["stories"] == sum(r["stories"] for r in series) > 0


def test_as_of_moves_the_window(api):
    data = api("/api/volumes", as_of="2024-08-21", days=7)
    assert data["as_of_source"] == "param"
    assert [r["day"] for r in data["series"]] == [str(date(2024, 8, 15) + timedelta(d)) for d in range(7)]
    assert all(r["stories"] == 0 for r in data["series"][:4])


def test_bad_as_of_is_a_client_error(client, token):
    r = client.get(AIRFLOW_UI_PREFIX + "/api/volumes", params={"as_of": "last tuesday"},
                   headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 422


# -- quotes --------------------------------------------------------------------------------
def test_most_quoted_this_week_equals_sql(api, dsn):
    data = api("/api/most-quoted")
    assert data["days"] == 7 and data["people"], data
    for label, key in (("PERSON", "people"), ("ORG", "organizations")):
        expected = sql(
            dsn,
            """SELECT e.entity_id, count(*) FROM quotes q JOIN entities e ON e.entity_id = q.speaker_entity_id
               JOIN stories s USING (story_id)
               WHERE e.label = %s AND s.published_at > %s::timestamptz - interval '7 days'
                 AND s.published_at <= %s::timestamptz
               GROUP BY e.entity_id, e.canonical_name ORDER BY count(*) DESC, e.canonical_name LIMIT 10""",
            label, data["as_of"], data["as_of"],
        )
        assert [(e["entity_id"], e["quotes"]) for e in data[key]] == expected


def test_each_speaker_links_to_their_quotes(api, dsn):
    top = api("/api/most-quoted")["people"][0]
    page = api("/")
    assert f'href="{AIRFLOW_UI_PREFIX}/quotes?entity_id={top["entity_id"]}"' in page
    quotes = api("/api/quotes", entity_id=top["entity_id"], per_page=200)
    assert quotes["total"] == sql(dsn, "SELECT count(*) FROM quotes WHERE speaker_entity_id = %s", top["entity_id"])[0][0]
    assert quotes["total"] >= top["quotes"] and {q["speaker_entity_id"] for q in quotes["items"]} == {top["entity_id"]}
    html = api("/quotes", entity_id=top["entity_id"])
    assert str(escape(f"Quotes by {top['name']}")) in html


def test_latest_quotes_have_speaker_verb_and_story_link(api, dsn):
    data = api("/api/quotes", per_page=5)
    assert data["total"] == sql(dsn, "SELECT count(*) FROM quotes q JOIN stories s USING (story_id) "
                                     "WHERE s.published_at <= %s", data["as_of"])[0][0]
    newest = sql(dsn, """SELECT q.story_id, q.start_char FROM quotes q JOIN stories s USING (story_id)
                         ORDER BY s.published_at DESC, q.story_id, q.start_char LIMIT 5""")
    assert [(q["story_id"], q["start_char"]) for q in data["items"]] == [tuple(r) for r in newest]
    assert all(q["canonical_url"].startswith("http") for q in data["items"])
    page = api("/")
    section = page.split('id="latest-quotes"')[1].split("</section>")[0]
    first = data["items"][0]
    assert f'href="{escape(first["canonical_url"])}"' in section
    assert str(escape(first["quote"])) in section
    if first["verb"]:
        assert f"<td>{escape(first['verb'])}</td>" in section


# -- quarantine --------------------------------------------------------------------------------
def test_quarantine_pages_cover_every_row_once(api, dsn):
    total = sql(dsn, "SELECT count(*) FROM quarantine")[0][0]
    assert total > 0
    seen, page = [], 1
    while True:
        data = api("/api/quarantine", page=page, per_page=4)
        assert data["total"] == total
        if not data["items"]:
            break
        seen += [q["quarantine_id"] for q in data["items"]]
        page += 1
    assert sorted(seen) == sorted(i for (i,) in sql(dsn, "SELECT quarantine_id FROM quarantine"))
    fetch_only = api("/api/quarantine", stage="fetch", source="wire-faults", per_page=500)
    assert fetch_only["total"] == sql(dsn, "SELECT count(*) FROM quarantine WHERE stage = 'fetch' AND source = 'wire-faults'")[0][0]
    assert all(q["reason"] for q in fetch_only["items"])


def test_quarantine_page_shows_reasons_and_raw_payload_links(api, dsn):
    html = api("/quarantine")
    assert 'id="quarantine"' in html and "page 1 of" in html
    first_page = sql(dsn, "SELECT reason, raw_key FROM quarantine ORDER BY last_seen_at DESC, quarantine_id DESC LIMIT 50")
    for reason, raw_key in first_page:
        assert str(escape(reason)) in html
        if raw_key:
            assert f'href="{AIRFLOW_UI_PREFIX}/raw/{raw_key}"' in html


def test_raw_payload_is_served_as_inert_text(client, token, corpus_warehouse):
    """A quarantined item's payload is one click away, as plain text that no browser renders as HTML."""
    from newswire.lake import Lake

    payload = b"<html><script>alert(1)</script>not a story</html>"
    key = Lake(corpus_warehouse["lake_url"]).put_raw(payload)
    auth = {"Authorization": f"Bearer {token}"}
    r = client.get(f"{AIRFLOW_UI_PREFIX}/raw/{key}", headers=auth)
    assert r.status_code == 200 and r.content == payload
    assert r.headers["content-type"].startswith("text/plain")
    assert r.headers["x-content-type-options"] == "nosniff" and r.headers["content-security-policy"] == "sandbox"
    assert client.get(f"{AIRFLOW_UI_PREFIX}/raw/{'f' * 64}", headers=auth).status_code == 404
    assert client.get(f"{AIRFLOW_UI_PREFIX}/raw/..%2F..%2Fetc%2Fpasswd", headers=auth).status_code == 404


# -- pages and escaping ----------------------------------------------------------------------
def test_overview_page_has_tables_and_svg_charts(api, dsn):
    html = api("/")
    for section in ("source-health", "volumes", "most-quoted", "latest-quotes", "quarantine-summary"):
        assert f'id="{section}"' in html
    charts = re.findall(r"<svg [^>]*class=\"chart[^\"]*\"", html)
    assert len(charts) == 3
    assert html.count('<rect class="bar"') == 90
    stories_total = sql(dsn, "SELECT count(*) FROM stories WHERE published_at >= '2024-07-25' "
                             "AND published_at < '2024-08-24'")[0][0]
    assert f"{stories_total} stories</text>" in html
    # The health table: each source's row shows its latest run's numbers from stage_stats.
    for source, row in re.findall(r'<tr data-source="([^"]+)">(.*?)</tr>', html, re.S):
        cells = [int(n) for n in re.findall(r'<td class="num[^"]*">(\d+)</td>', row)]
        expected = sql(
            dsn,
            """WITH latest AS (SELECT run_id FROM stage_stats WHERE source = %s GROUP BY run_id
                               ORDER BY max(interval_end) DESC, max(finished_at) DESC LIMIT 1)
               SELECT coalesce(sum(items_out) FILTER (WHERE stage = 'discover'), 0),
                      coalesce(sum(items_out) FILTER (WHERE stage = 'fetch'), 0),
                      coalesce(sum(quarantined) FILTER (WHERE stage = 'fetch'), 0),
                      coalesce(sum(items_out) FILTER (WHERE stage = 'load'), 0), sum(quarantined)
               FROM stage_stats WHERE source = %s AND run_id = (SELECT run_id FROM latest)""",
            source, source,
        )
        assert cells == list(expected[0]), source
    assert "<script" not in html.lower().replace("&lt;script", "")
    assert "http://" not in html.split("<main>")[0] + html.split("</main>")[1]  # no CDN, no remote assets


def test_story_text_is_escaped(api, dsn):
    """Quotes and headlines are arbitrary text (the wire server's hostile page
    carries a <script>): the page shows them as text and never as markup."""
    hostile = sql(dsn, """SELECT q.story_id, q.start_char, q.quote, s.headline FROM quotes q JOIN stories s USING (story_id)
                          WHERE q.quote LIKE '%%<%%' OR s.headline LIKE '%%<%%'
                          ORDER BY q.quote LIKE '%%<%%' DESC LIMIT 1""")
    assert hostile, "the faults feed should have loaded a story with markup in its text"
    story_id, start_char, quote, headline = hostile[0]
    text = quote if "<" in quote else headline
    # Find the quotes page that lists it (newest story first, 25 a page).
    ordered = sql(dsn, "SELECT q.story_id, q.start_char FROM quotes q JOIN stories s USING (story_id) "
                       "ORDER BY s.published_at DESC, q.story_id, q.start_char")
    page = ordered.index((story_id, start_char)) // 25 + 1
    html = api("/quotes", as_of="2100-01-01", page=page)
    assert str(escape(text)) in html
    assert text not in html and "<script" not in html


def test_every_page_forbids_scripts(client, token):
    for path in ("/", "/sources", "/quotes", "/quarantine"):
        r = client.get(AIRFLOW_UI_PREFIX + path, headers={"Authorization": f"Bearer {token}"})
        csp = r.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src" not in csp  # no script source allowed at all


def test_sources_page_lists_every_run(api, dsn):
    html = api("/sources")
    for (run_id,) in sql(dsn, "SELECT DISTINCT run_id FROM stage_stats"):
        assert run_id in html
