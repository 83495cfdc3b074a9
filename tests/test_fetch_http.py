"""The fetcher against the local wire server's fault endpoints: every fault
ends in a bounded number of attempts and a readable reason."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newswire.config import FetchPolicy
from newswire.fetch.http import FetchError, Fetcher

FAST = FetchPolicy(connect_timeout=2, read_timeout=1.0, max_bytes=1_000_000, max_retries=2, backoff_base=0.01,
                   max_retry_after=5, rate_limit_per_second=1000)


@pytest.fixture
def sleeps():
    return []


@pytest.fixture
def fetcher(lake, wire_server, sleeps):
    return Fetcher(lake, {"127.0.0.1"}, FAST, sleep=sleeps.append)


def attempts_at(server, path_prefix):
    return [entry for entry in server.request_log.snapshot() if entry[1].startswith(path_prefix)]


def test_article_lands_in_raw_zone(fetcher, wire_server, lake):
    result = fetcher.get(f"{wire_server.base_url}/stories/cairo-ceasefire-talks")
    assert result.status == 200 and result.attempts == 1
    assert "There has been progress made" in lake.get_raw(result.raw_key).decode("utf-8")
    assert result.raw_key == lake.raw_key(lake.get_raw(result.raw_key))  # content-addressed


def test_server_error_is_retried_then_given_up(fetcher, wire_server, sleeps):
    with pytest.raises(FetchError, match=r"HTTP 500 .*gave up after 3 attempts"):
        fetcher.get(f"{wire_server.base_url}/faults/status/500")
    assert sleeps == [0.01, 0.02]  # exponential backoff between the 3 attempts


def test_flaky_source_succeeds_on_retry(fetcher, wire_server):
    result = fetcher.get(f"{wire_server.base_url}/faults/flaky?key=fetch-test&fail=2&code=503")
    assert result.status == 200 and result.attempts == 3


def test_429_honours_retry_after(fetcher, wire_server, sleeps):
    with pytest.raises(FetchError, match="HTTP 429"):
        fetcher.get(f"{wire_server.base_url}/faults/ratelimit?retry_after=1")
    assert sleeps == [1.0, 1.0]


def test_429_asking_too_long_a_wait_is_not_retried(fetcher, wire_server, sleeps):
    with pytest.raises(FetchError, match="asks to retry after 3600s"):
        fetcher.get(f"{wire_server.base_url}/faults/ratelimit?retry_after=3600")
    assert sleeps == []


def test_timeout_is_bounded(fetcher, wire_server):
    with pytest.raises(FetchError, match="timed out"):
        fetcher.get(f"{wire_server.base_url}/faults/sleep?seconds=3")


def test_slow_drip_hits_the_total_deadline(lake, wire_server):
    fetcher = Fetcher(lake, {"127.0.0.1"}, replace(FAST, max_retries=0, read_timeout=0.5), sleep=lambda s: None)
    with pytest.raises(FetchError, match="too slow"):
        fetcher.get(f"{wire_server.base_url}/faults/drip?seconds=6&bytes=3000")


def test_truncated_body_is_an_error(fetcher, wire_server):
    with pytest.raises(FetchError, match="truncated"):
        fetcher.get(f"{wire_server.base_url}/faults/truncated")


def test_oversized_page_is_refused(fetcher, wire_server):
    with pytest.raises(FetchError, match="limit"):
        fetcher.get(f"{wire_server.base_url}/faults/huge?mb=3")


def test_empty_body_is_an_error(fetcher, wire_server):
    with pytest.raises(FetchError, match="empty body"):
        fetcher.get(f"{wire_server.base_url}/faults/empty")


def test_redirect_to_another_host_is_refused(fetcher, wire_server):
    with pytest.raises(FetchError, match="not a configured source"):
        fetcher.get(f"{wire_server.base_url}/faults/redirect-offsite")


def test_unconfigured_host_is_never_contacted(fetcher):
    with pytest.raises(FetchError, match="not a configured source"):
        fetcher.get("http://203.0.113.9/anything")


def test_robots_txt_is_respected(fetcher, wire_server):
    with pytest.raises(FetchError, match="robots.txt"):
        fetcher.get(f"{wire_server.base_url}/private/secret")
    assert not attempts_at(wire_server, "/private/")


def test_conditional_get_reuses_the_stored_payload(fetcher, wire_server):
    first = fetcher.get(f"{wire_server.base_url}/rss.xml")
    second = fetcher.get(f"{wire_server.base_url}/rss.xml")
    assert not first.not_modified and second.not_modified
    assert second.status == 304 and second.raw_key == first.raw_key


def test_user_agent_is_descriptive(fetcher):
    assert "newswire" in fetcher.session.headers["User-Agent"]
