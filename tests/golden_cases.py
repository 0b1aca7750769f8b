"""Golden report cases: inputs named in tests/golden/<case>/case.json, expected output beside.

Regenerate every expected report after an intended change with:

    python tests/regen_golden.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from jdmatch import __version__
from jdmatch.analysis import analyze
from jdmatch.report import render

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
REGENERATE = "python tests/regen_golden.py"


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
    result = analyze(ROOT / spec["jd"], ROOT / spec["cv"], lang=spec.get("lang"))
    return {f"report.{fmt}": mask(render(result, fmt)) for fmt in ("md", "json")}
