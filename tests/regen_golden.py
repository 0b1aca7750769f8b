"""Rewrite the expected golden reports from the current code: python tests/regen_golden.py"""

from __future__ import annotations

from golden_cases import GOLDEN, README, cases, produce, readme_with_excerpt

if __name__ == "__main__":
    for case in cases():
        for name, text in produce(case).items():
            (GOLDEN / case / name).write_text(text, encoding="utf-8")
        print(f"regenerated {case}")
    README.write_text(readme_with_excerpt(README.read_text("utf-8")), encoding="utf-8")
    print("refreshed the report excerpt in README.md")
