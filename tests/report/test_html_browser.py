"""The HTML report in a real headless Chromium: a click on a finding scrolls its place into view.

Needs Debian's ``chromium`` and ``chromium-driver`` (``scripts/test`` installs them) and selenium
(in the test extras). Missing ones fail the test loudly, so CI cannot pass without looking; set
PERFLINT_SKIP_BROWSER=1 to skip it on a machine that cannot have a browser. It takes a
screenshot in its temporary folder; with PERFLINT_UPDATE_SCREENSHOT=1 it writes it over the one
the README shows (docs/html-report.png) instead: a test run never changes a tracked file.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from perflint.check import FAMILIES
from perflint.cli import app

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "budget-office-2023.txt"
SCREENSHOT = ROOT / "docs" / "html-report.png"
CHROMIUM = os.environ.get("PERFLINT_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("PERFLINT_CHROMEDRIVER", shutil.which("chromedriver") or "/usr/bin/chromedriver")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--window-size=1280,900", "--hide-scrollbars"]

pytestmark = pytest.mark.skipif(os.environ.get("PERFLINT_SKIP_BROWSER") == "1",
                                reason="PERFLINT_SKIP_BROWSER=1")


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not Path(p).exists()]
    assert not missing, (f"{', '.join(missing)} missing: run scripts/test (apt-get install chromium "
                         "chromium-driver) or set PERFLINT_SKIP_BROWSER=1")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    yield driver
    driver.quit()


def _report(tmp_path: Path, monkeypatch) -> Path:
    target = tmp_path / "report.html"
    monkeypatch.chdir(ROOT)  # the report names the draft as given: examples/…
    result = CliRunner().invoke(app, ["check", "--format", "html", "--select", ",".join(FAMILIES), "--output", str(target),
                                      str(EXAMPLE.relative_to(ROOT))])
    assert result.exit_code == 1, result.output  # the example has findings
    return target


def _rect(driver, element) -> dict:
    return driver.execute_script(
        "var r = arguments[0].getBoundingClientRect();"
        "return {top: r.top, bottom: r.bottom, height: innerHeight};", element)


def test_click_on_a_finding_scrolls_its_place_into_view(browser, tmp_path, monkeypatch):
    browser.get(_report(tmp_path, monkeypatch).as_uri())
    items = browser.find_elements("css selector", ".finding")
    assert len(items) == 8
    last = max(items, key=lambda li: int(li.get_attribute("data-line")))  # far down the draft
    fid = last.get_attribute("data-id")
    target = browser.find_element("css selector", f'mark[data-f~="{fid}"]')
    before = _rect(browser, target)
    assert before["top"] > before["height"], "the finding's place should start out of view"

    last.click()

    after = _rect(browser, target)
    assert 0 <= after["top"] and after["bottom"] <= after["height"], after
    assert {"flash", "selected"} <= set(target.get_attribute("class").split())
    assert "current" in last.get_attribute("class")
    severe = [e for e in browser.get_log("browser") if e.get("level") == "SEVERE"]
    assert severe == []  # no script error, no blocked resource
    browser.execute_script("document.getElementById('panel').scrollTop = 0")  # filters in the picture
    shot = SCREENSHOT if os.environ.get("PERFLINT_UPDATE_SCREENSHOT") == "1" else tmp_path / SCREENSHOT.name
    assert browser.save_screenshot(str(shot))


def test_filters_hide_findings_and_their_marks(browser, tmp_path, monkeypatch):
    browser.get(_report(tmp_path, monkeypatch).as_uri())
    box = browser.find_element("css selector", 'input[data-filter="family"][value="arithmetic"]')
    arithmetic = browser.find_elements("css selector", '.finding[data-family="arithmetic"]')
    assert arithmetic and all(li.is_displayed() for li in arithmetic)
    fid = arithmetic[0].get_attribute("data-id")
    mark = browser.find_element("css selector", f'mark[data-f="{fid}"]')
    assert "on" in mark.get_attribute("class").split()

    box.click()

    assert not any(li.is_displayed() for li in arithmetic)
    assert "on" not in mark.get_attribute("class").split()
    others = browser.find_elements("css selector", '.finding:not([data-family="arithmetic"])')
    assert others and all(li.is_displayed() for li in others)
