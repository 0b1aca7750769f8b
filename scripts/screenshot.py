"""Screenshots of the HTML report of the bundled English sample, for the README.

Usage: python scripts/screenshot.py [--out docs/report.png] [--phone docs/report-phone.png]

Uses the browser step of tests/test_browser.py (tests/chromium.py: headless Chromium over the
DevTools pipe, offline flags, a fresh profile). The PNG is cut to the top of the page (the
header, the charts and the first sections) and reduced to a 256-colour palette with Pillow,
so that it stays small.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from chromium import Browser, find_chromium  # noqa: E402

import jdmatch  # noqa: E402

#: Desktop view: width and height of the part shown (the header, charts and score section).
DESKTOP = (1000, 1280)
#: Phone view: a common phone's CSS width, and the part shown.
PHONE = (390, 1500)


def small_png(png: bytes) -> bytes:
    """The PNG in a 256-colour palette: a third of the size, no visible loss on a report."""
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB")
    out = io.BytesIO()
    image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
        out, "PNG", optimize=True
    )
    return out.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "report.png")
    parser.add_argument("--phone", type=Path, default=None, help="also a phone-sized shot here")
    args = parser.parse_args()
    binary = find_chromium()
    if binary is None:
        print("screenshot: chromium not found (apt-get install chromium)", file=sys.stderr)
        return 1
    samples = ROOT / "samples" / "en"
    html = jdmatch.render(jdmatch.analyze(samples / "jd.pdf", samples / "cv.docx"), "html")
    with tempfile.TemporaryDirectory() as folder, Browser(binary) as browser:
        page = Path(folder) / "report.html"
        page.write_text(html, encoding="utf-8")
        shots = [(args.out, DESKTOP, False)] + ([(args.phone, PHONE, True)] if args.phone else [])
        for path, (width, height), mobile in shots:
            run = browser.open(page, width=width, height=height, mobile=mobile)
            if run.errors or run.dialogs:
                print(f"screenshot: the page reported {run.errors or run.dialogs}", file=sys.stderr)
                return 1
            png = small_png(browser.screenshot(clip_height=height))
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(png)
            print(f"wrote {path} ({len(png) // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
