"""A JD and a CV whose lines carry Markdown and HTML syntax, to prove the reports escape it.

Each line still names real skills, so the text lands in the report's tables, lists and
quotes. Written to a folder by `write_hostile_pair`; nothing here comes from real documents.
"""

from __future__ import annotations

from pathlib import Path

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"

HOSTILE_JD = f"""Data Analyst | Acme_Corp *Jakarta*

Responsibilities
- Build Tableau dashboards | report weekly to the *emph* team {SCRIPT}
- - Present findings in Excel with _under_ and **strong** words & ~~strike~~
- 1. Write SQL queries `rm -rf` on BigQuery [link](javascript:alert(1))

Requirements
- Must know SQL | Python and pandas {IMG}
- Experience with Power BI or Looker Studio; 2 > 1 and a|b, &amp; &#60;b&#62;
- # Google Analytics <b>bold</b> \\| back\\slash
"""

HOSTILE_CV = f"""Budi Santoso
budi@example.com | +62 812 0000 0000

Experience
Analyst, Foo|Bar_Co, 2020 - 2023
- Wrote SQL | Python *scripts* with `pandas`, cutting report time by 50% {SCRIPT}
- Built Power BI dashboards_for_sales **weekly** & ~~x~~ {IMG}

Skills
SQL | Python | Excel | <u>Tableau</u>
"""


def write_hostile_pair(folder: Path) -> tuple[Path, Path]:
    """The hostile JD and CV as text files in `folder`: (jd, cv)."""
    jd, cv = folder / "jd_<b>|x*.txt", folder / "cv.txt"
    jd.write_text(HOSTILE_JD, encoding="utf-8")
    cv.write_text(HOSTILE_CV, encoding="utf-8")
    return jd, cv
