"""Golden reports for the sample pairs, in both languages and both formats."""

from __future__ import annotations

import pytest
from golden_cases import GOLDEN, REGENERATE, cases, produce


@pytest.mark.parametrize("case", cases())
def test_golden_report(case: str) -> None:
    produced = produce(case)
    for name, text in produced.items():
        expected = (GOLDEN / case / name).read_text(encoding="utf-8")
        assert text == expected, f"{case}/{name} changed; if intended, run: {REGENERATE}"


def test_reports_are_deterministic() -> None:
    first = cases()[0]
    assert produce(first) == produce(first)
