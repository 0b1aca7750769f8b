"""The HTML report in a real browser: headless Chromium renders it, shows the charts, logs no
error, fetches nothing, and runs none of the markup a hostile document carries."""

from __future__ import annotations

from pathlib import Path

import pytest
from chromium import Browser, find_chromium
from hostile_docs import IMG, SCRIPT, write_hostile_pair

import jdmatch

CHROMIUM = find_chromium()
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="chromium not found: install Debian's `chromium` package (or set JDMATCH_CHROMIUM)",
)


@pytest.fixture(scope="module")
def browser():
    assert CHROMIUM is not None
    with Browser(CHROMIUM) as b:
        yield b


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory, samples: Path) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("html")
    jd, cv = write_hostile_pair(folder)
    written = {}
    for name, analysis in (
        ("sample", jdmatch.analyze(samples / "en" / "jd.pdf", samples / "en" / "cv.docx")),
        ("hostile", jdmatch.analyze(jd, cv, lang="en")),
    ):
        path = folder / f"{name}.html"
        path.write_text(jdmatch.render(analysis, "html"), encoding="utf-8")
        written[name] = path
    return written


def _no_trouble(run, page: Path) -> None:
    assert run.errors == [], run.errors
    assert [c for c in run.console if c[0] in ("error", "warning", "assert")] == []
    assert run.dialogs == []
    assert run.requests == [page.resolve().as_uri()], "the page fetched something else"


@pytest.mark.parametrize("mobile", [False, True], ids=["desktop", "phone"])
def test_report_renders_with_charts(browser: Browser, pages: dict[str, Path], mobile: bool):
    page = pages["sample"]
    expected_bars = page.read_text("utf-8").count('<svg class="bar"')
    size = {"width": 390, "height": 844} if mobile else {"width": 1200, "height": 900}
    run = browser.open(page, mobile=mobile, **size)
    _no_trouble(run, page)
    text = browser.evaluate("document.body.innerText")
    assert "Fit score" in text and "What your CV proves" in text and len(text) > 5000
    charts = browser.evaluate(
        "[...document.querySelectorAll('svg')].map(s => {"
        "const r = s.getBoundingClientRect(); return [s.getAttribute('class'), r.width,"
        " r.height, s.querySelectorAll('rect, circle').length]; })"
    )
    ring, *bars = charts
    assert ring[0].startswith("ring") and ring[1] > 80 and ring[2] > 80 and ring[3] == 2
    assert len(bars) == expected_bars
    for kind, width, height, shapes in bars:
        assert kind == "bar" and width > 100 and height > 4 and shapes >= 2
    # Nothing wider than the screen but a table's own scroll box.
    assert browser.evaluate("document.documentElement.scrollWidth") <= size["width"]


def test_hostile_document_shows_as_text_and_runs_nothing(browser, pages) -> None:
    page = pages["hostile"]
    run = browser.open(page)
    _no_trouble(run, page)
    counts = browser.evaluate(
        "({scripts: document.scripts.length, images: document.images.length,"
        " handlers: [...document.querySelectorAll('*')].filter(e =>"
        " [...e.attributes].some(a => a.name.startsWith('on'))).length,"
        " bold: document.querySelectorAll('main b, main u').length})"
    )
    assert counts == {"scripts": 0, "images": 0, "handlers": 0, "bold": 0}
    text = browser.evaluate("document.body.innerText")
    assert SCRIPT in text and IMG in text
    assert browser.evaluate("typeof window.__pwned") == "undefined"
