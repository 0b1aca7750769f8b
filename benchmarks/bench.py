"""Speed of jdmatch against its baselines, measured in one run on this machine.

Usage (from the repository root, with the test extras installed for fpdf2):

    python benchmarks/bench.py [--docs 20] [--runs 7]

It writes N realistic 1-3 page JD PDFs and CV DOCX files into a temporary folder (from the
bundled samples' text, varied: bullets shuffled, tools swapped, sections repeated), then
prints medians of several runs and the ratios the speed issue sets targets for:

- start-up: ``jdmatch --help`` against ``python -c "import click"``;
- one analyze: ``jdmatch analyze JD.pdf CV.docx`` against a bare Python process that only
  extracts the same two files with pdfplumber and python-docx;
- per stage, in-process: extraction, parsing, skills, matching and prep, rendering;
- text to Analysis, report rendered: JD-CV pairs per second on one core;
- ``find_skills``: MB of text per second on one core.

The machine is shared and noisy: compare the ratios, not the absolute times.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
TOOLS = [
    "SQL", "Python", "Tableau", "Power BI", "Microsoft Excel", "Looker Studio", "dbt",
    "Apache Airflow", "Google BigQuery", "PostgreSQL", "Accurate", "Zahir", "MYOB", "SAP",
    "Google Analytics", "Jira", "Git", "Docker", "AutoCAD", "e-Faktur",
]  # fmt: skip
BARE = """
import sys, pdfplumber, docx
with pdfplumber.open(sys.argv[1]) as pdf:
    text = "\\n".join(page.extract_text() or "" for page in pdf.pages)
document = docx.Document(sys.argv[2])
text += "\\n".join(p.text for p in document.paragraphs)
for table in document.tables:
    text += "\\n".join(cell.text for row in table.rows for cell in row.cells)
"""


def _vary(lines: list[str], rng: random.Random, repeat: int) -> list[str]:
    out: list[str] = []
    for _ in range(repeat):
        block = [rng.choice(TOOLS) if line in TOOLS else line for line in lines]
        bullets = [i for i, line in enumerate(block) if line.startswith("• ")]
        shuffled = [block[i] for i in bullets]
        rng.shuffle(shuffled)
        for i, line in zip(bullets, shuffled, strict=True):
            block[i] = line
        out.extend(block)
    return out


def _latin1(text: str) -> str:
    text = text.replace("•", "-").replace("–", "-").replace("—", "-").replace("’", "'")
    return text.encode("latin-1", "replace").decode("latin-1")


def make_documents(folder: Path, n: int, seed: int = 7) -> list[tuple[Path, Path]]:
    """Write n JD PDFs and n CV DOCX files; return the (jd, cv) pairs."""
    import docx
    from fpdf import FPDF

    from jdmatch.extract import extract

    rng = random.Random(seed)
    jd_lines = [
        *extract(SAMPLES / "en" / "jd.pdf").text.splitlines(),
        *extract(SAMPLES / "id" / "jd.pdf").text.splitlines(),
    ]
    cv_lines = [
        *extract(SAMPLES / "en" / "cv.docx").text.splitlines(),
        *extract(SAMPLES / "id" / "cv.pdf").text.splitlines(),
    ]
    pairs = []
    for i in range(n):
        pdf = FPDF()
        pdf.set_creation_date(__import__("datetime").datetime(2024, 1, 1))
        pdf.add_page()
        pdf.set_font("Helvetica", size=10)
        for line in _vary(jd_lines, rng, 1 + i % 2):
            pdf.multi_cell(0, 5, _latin1(line) or " ", new_x="LMARGIN", new_y="NEXT")
        jd = folder / f"jd-{i:03d}.pdf"
        pdf.output(str(jd))
        document = docx.Document()
        for line in _vary(cv_lines, rng, 1 + i % 2):
            if line.startswith("• "):
                document.add_paragraph(line[2:], style="List Bullet")
            else:
                document.add_paragraph(line)
        cv = folder / f"cv-{i:03d}.docx"
        document.save(str(cv))
        pairs.append((jd, cv))
    return pairs


def wall(command: list[str], runs: int) -> float:
    """Median wall time of a command, in seconds (one warm-up run first)."""
    times = []
    for k in range(runs + 1):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if k:
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def median_of(func, items: list, runs: int) -> float:  # type: ignore[no-untyped-def,type-arg]
    """Median over runs of the time to call func on every item, per item, in seconds."""
    for item in items[:2]:
        func(item)  # warm-up: loads the taxonomy, IDF table and templates
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        for item in items:
            func(item)
        times.append((time.perf_counter() - start) / len(items))
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=20, help="JD/CV pairs to generate")
    parser.add_argument("--runs", type=int, default=7, help="timed runs per measure")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, for all children
    python = sys.executable
    # The console script a user runs; "python -m jdmatch" where it is not installed.
    script = Path(python).parent / "jdmatch"
    jdmatch = [str(script)] if script.exists() else [python, "-m", "jdmatch"]

    from jdmatch.analysis import analyze_documents
    from jdmatch.extract import extract
    from jdmatch.parse import parse
    from jdmatch.report import render
    from jdmatch.skills import document_mentions, find_skills

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        pairs = make_documents(folder, args.docs)
        jd, cv = pairs[0]
        out = folder / "report.md"
        rows: list[tuple[str, float, str, str]] = []

        click = wall([python, "-c", "import click"], args.runs)
        help_ = wall([*jdmatch, "--help"], args.runs)
        rows.append(("python -c 'import click'", click, "baseline", ""))
        rows.append(("jdmatch --help", help_, f"{help_ / click:.2f}x click", "<= 1.5x"))

        bare = wall([python, "-c", BARE, str(jd), str(cv)], args.runs)
        analyze = wall([*jdmatch, "analyze", str(jd), str(cv), "-o", str(out)], args.runs)
        rows.append(("bare extraction (pdfplumber + python-docx)", bare, "baseline", ""))
        rows.append(
            ("jdmatch analyze JD.pdf CV.docx", analyze, f"{analyze / bare:.2f}x bare", "<= 1.5x")
        )

        texts = [(extract(j).text, extract(c).text) for j, c in pairs]
        stage = {
            "extract JD (PDF)": median_of(lambda p: extract(p[0]), pairs, 3),
            "extract CV (DOCX)": median_of(lambda p: extract(p[1]), pairs, 3),
            "parse JD + CV": median_of(
                lambda t: (parse(t[0], kind="jd"), parse(t[1], kind="cv")), texts, args.runs
            ),
        }
        docs = [(parse(j, kind="jd"), parse(c, kind="cv")) for j, c in texts]
        stage["skills JD + CV"] = median_of(
            lambda d: (document_mentions(d[0]), document_mentions(d[1])), docs, args.runs
        )
        stage["analyze (skills, match, prep)"] = median_of(
            lambda d: analyze_documents(d[0], d[1]), docs, args.runs
        )
        analyses = [analyze_documents(j, c) for j, c in docs]
        stage["render Markdown"] = median_of(lambda a: render(a, "md"), analyses, args.runs)
        for name, seconds in stage.items():
            rows.append((f"  stage: {name}", seconds, "", ""))

        def text_to_report(pair: tuple[str, str]) -> str:
            jd_doc = parse(pair[0], kind="jd")
            cv_doc = parse(pair[1], kind="cv")
            return render(analyze_documents(jd_doc, cv_doc), "md")

        per_pair = median_of(text_to_report, texts, args.runs)
        rows.append(
            ("text -> Analysis -> Markdown, per pair", per_pair, f"{1 / per_pair:.0f} pairs/s",
             ">= 100 pairs/s")
        )  # fmt: skip
        corpus = [t for pair in texts for t in pair]
        size = sum(len(t.encode("utf-8")) for t in corpus)
        per_text = median_of(find_skills, corpus, args.runs)
        mb_s = size / len(corpus) / per_text / 1e6
        rows.append(("find_skills, per document", per_text, f"{mb_s:.2f} MB/s", ">= 2 MB/s"))

    print(f"jdmatch speed, {args.docs} generated JD/CV pairs, median of {args.runs} runs, one core")
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores\n")
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'seconds':>9}  {'ratio / rate':<18}  target")
    print(f"{'-' * width}  {'-' * 9}  {'-' * 18}  {'-' * 14}")
    for name, seconds, ratio, target in rows:
        print(f"{name:<{width}}  {seconds:>9.4f}  {ratio:<18}  {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
