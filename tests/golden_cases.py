"""Golden report cases: inputs named in tests/golden/<case>/case.json, expected output beside.

Regenerate every expected report after an intended change with:

    python tests/regen_golden.py
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

from jdmatch import __version__
from jdmatch.analysis import analyze
from jdmatch.report import render

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
REGENERATE = "python tests/regen_golden.py"
#: The date a golden CV's "Present" stands for, unless its case.json says "today".
TODAY = "2025-03-01"


def cases() -> list[str]:
    """The names of the golden cases."""
    return sorted(p.name for p in GOLDEN.iterdir() if (p / "case.json").exists())


def mask(text: str) -> str:
    """Hide what changes from release to release: the version."""
    text = text.replace(f"jdmatch {__version__}", "jdmatch <version>")
    return re.sub(r'("jdmatch_version": )"[^"]*"', r'\1"<version>"', text)


def produce(case: str) -> dict[str, str]:
    """The reports a case's inputs give now, by file name."""
    spec = json.loads((GOLDEN / case / "case.json").read_text("utf-8"))
    # A fixed "today", so that a CV's "Present" gives the same years on every day.
    today = date.fromisoformat(spec.get("today", TODAY))
    result = analyze(ROOT / spec["jd"], ROOT / spec["cv"], lang=spec.get("lang"), today=today)
    return {f"report.{fmt}": mask(render(result, fmt)) for fmt in ("md", "json")}


README = ROOT / "README.md"
_EXCERPT = re.compile(
    r"(<!-- report-excerpt:start -->\n)(.*?)(<!-- report-excerpt:end -->)", re.DOTALL
)


def report_excerpt() -> str:
    """The README's excerpt of the English sample report: its score, proofs and gaps."""
    lines = (GOLDEN / "en" / "report.md").read_text("utf-8").splitlines()

    def section(heading: str, count: int) -> list[str]:
        start = next(i for i, line in enumerate(lines) if line.startswith(heading))
        return lines[start : start + count]

    excerpt = [lines[0], ""]
    excerpt += [*section("## Fit score", 11), "", "…", ""]
    excerpt += [*section("## What your CV proves", 9), "…", ""]
    excerpt += [*section("## Gaps", 8), "…"]
    return "```markdown\n" + "\n".join(excerpt) + "\n```\n"


def readme_with_excerpt(readme: str) -> str:
    """The README with its report excerpt taken from the golden English report."""
    return _EXCERPT.sub(lambda m: m.group(1) + report_excerpt() + m.group(3), readme)
