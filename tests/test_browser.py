"""The dashboard in Debian's headless Chromium, over the sample corpus: it loads, a filter
changes the counts, the map puts points in the right countries, and an opened event shows
its evidence highlighted. Screenshots go to test-artifacts/ for review."""

import json
import shutil
import socket
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

import pytest
import uvicorn

from newsevents.server import create_app
from newsevents.server.app import STATIC, VENDOR_FILES

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--window-size=1400,1000")
WAIT_SECONDS = 20

pytestmark = pytest.mark.skipif(
    not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
    reason="needs Debian's chromium and chromium-driver (apt-get install chromium "
           "chromium-driver; .ci/run installs them)")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def dashboard_url(sample_db, tmp_path_factory):
    missing = [name for name in VENDOR_FILES if not (STATIC / "vendor" / name).is_file()]
    assert not missing, f"the dashboard's libraries are missing ({missing}): run make assets"
    db = tmp_path_factory.mktemp("browser") / "dashboard.duckdb"
    shutil.copy(sample_db, db)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + WAIT_SECONDS
    while not server.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}/"
    server.should_exit = True
    thread.join(WAIT_SECONDS)


@pytest.fixture(scope="module")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    profile = tempfile.mkdtemp(prefix="newsevents-chromium-")
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def wait_for(driver, condition, what: str):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, WAIT_SECONDS).until(lambda d: condition(d),
                                                     message=f"waiting for {what}")


def api_total(base_url: str, query: str) -> int:
    """What the API says the dashboard should show for these filters."""
    with urllib.request.urlopen(f"{base_url.rstrip('/')}/api/events?{query}&limit=1") as reply:
        return json.load(reply)["total"]


def total(driver) -> int | None:
    text = driver.find_element("id", "total").text
    return int(text) if text.isdigit() else None


def screenshot(driver, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    assert driver.save_screenshot(str(path)), name
    return path


# The country (as world-atlas names it) under a map point, found by the browser itself.
COUNTRY_UNDER_POINT = """
const point = document.querySelector(`#map-svg circle.point[data-place="${arguments[0]}"]`);
if (!point) return null;
const at = new DOMPoint(+point.getAttribute("cx"), +point.getAttribute("cy"));
const country = [...document.querySelectorAll("#map-svg path.country")]
  .find((path) => path.isPointInFill(at));
return country ? country.dataset.name : "sea";
"""


def test_dashboard_filter_map_and_evidence(dashboard_url, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    browser.get(dashboard_url)
    everything = wait_for(browser, total, "the event count")
    wait_for(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "#timeline-svg rect.bar"),
             "the timeline bars")
    wait_for(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "#map-svg circle.point"),
             "the map points")
    assert len(browser.find_elements(By.CSS_SELECTOR, "#map-svg path.country")) > 150
    assert browser.execute_script(COUNTRY_UNDER_POINT, "Moscow") == "Russia"
    assert browser.execute_script(COUNTRY_UNDER_POINT, "Sochi") == "Russia"
    assert browser.execute_script(COUNTRY_UNDER_POINT, "Canberra") == "Australia"
    assert browser.execute_script(COUNTRY_UNDER_POINT, "Quito") == "Ecuador"
    assert browser.find_elements(By.CSS_SELECTOR, "#network-svg line.link")
    screenshot(browser, "dashboard.png")

    Select(browser.find_element(By.ID, "f-type")).select_by_value("CONSULT")
    browser.find_element(By.ID, "apply").click()
    filtered = wait_for(browser, lambda d: (total(d) or everything) < everything and total(d),
                        "the count to change")
    assert "type=CONSULT" in browser.current_url
    rows = browser.find_elements(By.CSS_SELECTOR, "#events tbody tr")
    assert 0 < len(rows) <= filtered
    assert {row.find_element(By.CSS_SELECTOR, ".type-badge").text for row in rows} == {
        "CONSULT"}
    screenshot(browser, "filtered.png")

    moscow = next(row for row in rows if "Moscow" in row.text and "RUSGOV" in row.text)
    moscow.click()
    mark = wait_for(browser, lambda d: d.find_elements(By.CSS_SELECTOR,
                                                       "#article-view mark.evidence"),
                    "the highlighted evidence")[0]
    assert "meeting in Moscow" in mark.text
    spans = {kind: [e.text for e in mark.find_elements(By.CSS_SELECTOR, f".span-{kind}")]
             for kind in ("source", "target", "date", "place")}
    assert spans["place"] == ["Moscow"] and spans["date"] == ["Thursday"]
    assert spans["source"] and spans["target"]
    assert "event=" in browser.current_url
    screenshot(browser, "evidence.png")


def test_shared_url_restores_the_view_on_a_phone(dashboard_url, browser):
    from selenium.webdriver.common.by import By

    browser.set_window_size(390, 844)
    try:
        expected = api_total(dashboard_url, "type=CONSULT&country=RUS")
        assert expected > 0
        browser.get(dashboard_url + "?type=CONSULT&country=RUS")
        wait_for(browser, lambda d: total(d) == expected, "the filtered count from the URL")
        assert browser.find_element(By.ID, "f-country").get_attribute("value") == "RUS"
        width = browser.execute_script("return document.documentElement.scrollWidth")
        assert width <= browser.execute_script("return window.innerWidth") + 1  # no sideways
        screenshot(browser, "phone.png")
    finally:
        browser.set_window_size(1400, 1000)
