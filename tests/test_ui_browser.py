"""The Newswire page in a real Airflow UI, in a real (headless) browser.

Starts the api-server, dag-processor and scheduler over a warehouse loaded
with the sample corpus, logs in through Airflow's login page with Chromium
(Debian's ``chromium`` and ``chromium-driver``, installed with apt-get when
missing; never a downloaded browser), opens the "Newswire" navigation entry
and checks the tables and charts inside it. Leaves a screenshot in
``artifacts/newswire-ui.png``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

import pytest

from newswire.airflow_processes import AirflowProcesses, api_server_env, free_port
from newswire.warehouse.connection import connect

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]
CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--window-size=1440,1600"]


@pytest.fixture(scope="session")
def chromium():
    """Debian's Chromium and its WebDriver, installed on first use."""
    if not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)):
        sudo = [] if os.geteuid() == 0 else ["sudo", "-n"]
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run([*sudo, "apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run([*sudo, "apt-get", "install", "-y", "-qq", "chromium", "chromium-driver"], check=True, env=env)
    return CHROMIUM


@pytest.fixture
def browser(chromium):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="nw-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in [*CHROMIUM_FLAGS, f"--user-data-dir={profile}"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def http_status(url: str) -> tuple[int, str]:
    """Status and Location of a GET without following redirects."""

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    try:
        with urllib.request.build_opener(NoRedirect).open(url, timeout=30) as r:
            return r.status, r.headers.get("location", "")
    except urllib.error.HTTPError as err:
        return err.code, err.headers.get("location", "")


def sql(dsn, query, *params):
    with connect(dsn) as conn, conn.cursor() as cur:
        cur.execute(query, params)
        return cur.fetchall()


@pytest.fixture(scope="module")
def airflow_ui(corpus_warehouse, airflow_base_env, tmp_path_factory):
    """api-server + dag-processor + scheduler on a free port: (base URL, admin password, processes)."""
    tmp_path = tmp_path_factory.mktemp("airflow-ui")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    passwords = tmp_path / "passwords.json"
    env = {
        **airflow_base_env,
        "NEWSWIRE_WAREHOUSE_DSN": corpus_warehouse["dsn"],
        "NEWSWIRE_LAKE_URL": corpus_warehouse["lake_url"],
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": "admin:admin",
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE": str(passwords),
        **api_server_env(port),
    }
    with AirflowProcesses(env, tmp_path / "logs") as af:
        af.start_api_server(port)
        af.start("dag-processor", "dag-processor")
        af.wait_for_dag("newswire_nightly")
        # Paused before the scheduler starts: no run may change the numbers under test.
        af.cli("dags", "pause", "newswire_nightly")
        af.start("scheduler", "scheduler")
        yield base, json.loads(passwords.read_text())["admin"], af


def test_unauthenticated_access_is_refused(airflow_ui):
    base, _, _ = airflow_ui
    assert http_status(f"{base}/newswire/api/health")[0] == 401
    assert http_status(f"{base}/newswire/api/quarantine")[0] == 401
    status, location = http_status(f"{base}/newswire/")
    assert status == 303 and "/auth/login" in location


def test_plugin_is_registered_with_airflow(airflow_ui):
    """Airflow's own plugin API lists the app at /newswire and the navigation entry."""
    base, password, _ = airflow_ui
    login = urllib.request.Request(f"{base}/auth/token", data=json.dumps({"username": "admin", "password": password}).encode(),
                                   headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(login, timeout=30) as r:
        token = json.load(r)["access_token"]
    with urllib.request.urlopen(urllib.request.Request(f"{base}/api/v2/plugins", headers={"Authorization": f"Bearer {token}"}),
                                timeout=30) as r:
        plugins = {p["name"]: p for p in json.load(r)["plugins"]}
    newswire = plugins["newswire"]
    assert [a["url_prefix"] for a in newswire["fastapi_apps"]] == ["/newswire"]
    assert [(v["name"], v["href"], v["destination"]) for v in newswire["external_views"]] == [("Newswire", "/newswire/", "nav")]
    # The same token opens the JSON API (bearer, as for any Airflow API client).
    with urllib.request.urlopen(urllib.request.Request(f"{base}/newswire/api/health", headers={"Authorization": f"Bearer {token}"}),
                                timeout=30) as r:
        assert r.status == 200 and json.load(r)["sources"]


def test_newswire_page_in_the_airflow_ui(airflow_ui, browser, corpus_warehouse):
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    base, password, _ = airflow_ui
    dsn = corpus_warehouse["dsn"]
    wait = WebDriverWait(browser, 60)

    # Not logged in: the Newswire page sends the browser to Airflow's login page.
    browser.get(f"{base}/newswire/")
    wait.until(EC.presence_of_element_located((By.NAME, "username")))
    assert "/auth/login" in browser.current_url
    browser.find_element(By.NAME, "username").send_keys("admin")
    browser.find_element(By.NAME, "password").send_keys(password)
    browser.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait.until(EC.presence_of_element_located((By.ID, "source-health")))  # back on the page asked for
    assert browser.current_url.rstrip("/").endswith("/newswire")

    # The Airflow UI has a "Newswire" entry; it shows the page inside the UI.
    browser.get(f"{base}/")
    entry = wait.until(EC.element_to_be_clickable((By.XPATH, "//*[normalize-space(text())='Newswire']")))
    entry.click()
    frame = wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "iframe")))
    # The plugin's route; the UI may go on to add the framed page's own path ('/plugin/newswire/newswire/').
    assert urlparse(browser.current_url).path.startswith("/plugin/newswire")
    browser.switch_to.frame(frame)
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#source-health tbody tr")))

    sources = {s for (s,) in sql(dsn, "SELECT DISTINCT source FROM stage_stats")}
    rows = browser.find_elements(By.CSS_SELECTOR, "#source-health tbody tr")
    assert {r.get_attribute("data-source") for r in rows} == sources
    charts = browser.find_elements(By.CSS_SELECTOR, "#volumes svg.chart")
    assert len(charts) == 3
    for chart in charts:
        assert len(chart.find_elements(By.CSS_SELECTOR, "rect.bar")) == 30
        assert chart.size["height"] > 100 and chart.size["width"] > 300  # drawn, not collapsed
    stories = sql(dsn, "SELECT count(*) FROM stories WHERE published_at >= '2024-07-25' AND published_at < '2024-08-24'")[0][0]
    assert charts[0].find_element(By.CSS_SELECTOR, "text.chart-total").text == f"{stories} stories"
    people = browser.find_elements(By.CSS_SELECTOR, "#most-quoted-person tbody tr")
    assert people, "no most-quoted people on the page"
    assert len(browser.find_elements(By.CSS_SELECTOR, "#latest-quotes tbody tr")) == 10

    # Take the picture of the whole UI (navigation and the embedded page).
    browser.switch_to.default_content()
    time.sleep(1)  # let the UI's own layout settle
    (REPO / "artifacts").mkdir(exist_ok=True)
    assert browser.save_screenshot(str(REPO / "artifacts" / "newswire-ui.png"))

    # A speaker links to their quotes (inside the same frame).
    browser.switch_to.frame(browser.find_element(By.CSS_SELECTOR, "iframe"))
    top = browser.find_element(By.CSS_SELECTOR, "#most-quoted-person tbody tr a")
    name = top.text
    top.click()
    heading = wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#quotes h2")))
    assert heading.text.startswith(f"Quotes by {name}")
    # Hostile story text never ran as script.
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018

    # The quarantine is browsable.
    browser.find_element(By.LINK_TEXT, "Quarantine").click()
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#quarantine table tbody tr")))
    total = sql(dsn, "SELECT count(*) FROM quarantine")[0][0]
    assert f"({total} in all)" in browser.find_element(By.CSS_SELECTOR, "#quarantine .pager").text
