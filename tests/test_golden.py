"""Golden reports for the sample pairs, in both languages and both formats."""

from __future__ import annotations

import pytest
from golden_cases import GOLDEN, README, REGENERATE, cases, produce, readme_with_excerpt


@pytest.mark.parametrize("case", cases())
def test_golden_report(case: str) -> None:
    produced = produce(case)
    for name, text in produced.items():
        expected = (GOLDEN / case / name).read_text(encoding="utf-8")
        assert text == expected, f"{case}/{name} changed; if intended, run: {REGENERATE}"


def test_reports_are_deterministic() -> None:
    first = cases()[0]
    assert produce(first) == produce(first)


def test_readme_excerpt_is_the_golden_report() -> None:
    readme = README.read_text("utf-8")
    assert readme == readme_with_excerpt(readme), f"README excerpt is stale; run: {REGENERATE}"
