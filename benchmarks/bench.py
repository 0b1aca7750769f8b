"""Speed of jdmatch against its baselines, measured in one run on this machine.

Usage (from the repository root, with the test extras installed for fpdf2):

    python benchmarks/bench.py [--docs 20] [--runs 7] [--postings FILE.jsonl --cv FILE]
                               [--cvs FILE.jsonl]

It writes N realistic 1-3 page JD PDFs and CV DOCX files into a temporary folder (from the
bundled samples' text, varied: bullets shuffled, tools swapped, sections repeated), then
prints medians of several runs and the ratios the speed issue sets targets for:

- start-up: ``jdmatch --help`` against ``python -c "import click"``;
- one analyze: ``jdmatch analyze JD.pdf CV.docx`` against a bare Python process that only
  extracts the same two files with pdfplumber and python-docx;
- per stage, in-process: extraction, parsing, skills, matching and prep, rendering;
- text to Analysis, report rendered: JD-CV pairs per second on one core, on the generated
  documents and on the bundled sample pairs, each pair new;
- the same in the shape of ``jdmatch batch``: one CV against every generated posting, the CV
  read once (memo.py) and every posting new;
- with ``--postings FILE.jsonl --cv FILE``, both again on real postings and a real CV (for
  example ``../shared/data/one-cv-many-jobs-dev/jobs.jsonl`` and its ``resume.txt``);
- with ``--postings`` and ``--cvs FILE.jsonl`` (real CVs, one per line, in a "text" field:
  for example ``../shared/data/resume-ner-train/dotin_train.jsonl``), the shape of
  ``jdmatch rank``: the first posting read once against every CV, each CV new;
- the same for the first pair of a new process (cold), separately;
- ``find_skills``: MB of text per second on one core.

Two clocks: "wall" is elapsed time (``time.perf_counter``), "cpu" is the CPU time of the
process, or of the child process for the commands (``time.process_time``, ``os.times``). On a
shared machine the CPU time is the steadier of the two; rates are printed from both.

Warm and cold. Every in-process row is warm: the taxonomy, the IDF table, the report strings
and the compiled templates and patterns are loaded by a first pass that is not timed, as in a
batch run or a long-lived process. What is cached by text or by document is not kept: the
TF-IDF vectors of document lines and what memo.py keeps of a document are cleared before each
pair (before each pass over the postings, in the batch rows), so every pair pays for its own
documents (only caches of single words and cue words stay warm, as they would over a batch).
The cold row is a new process that imports jdmatch and turns its first pair of texts into a
report (the compiled taxonomy and template caches on disk exist by then: a first run ever
costs more).

The machine is shared and noisy: compare the ratios, not the absolute times.
"""

from __future__ import annotations

import argparse
import json
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


def wall(command: list[str], runs: int) -> tuple[float, float]:
    """Median wall and CPU time of a command (its process), in seconds; one warm-up first."""
    times, cpu = [], []
    for k in range(runs + 1):
        before = os.times()
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if k:
            times.append(time.perf_counter() - start)
            after = os.times()
            cpu.append(
                after.children_user + after.children_system
                - before.children_user - before.children_system
            )  # fmt: skip
    return statistics.median(times), statistics.median(cpu)


def median_of(func, items: list, runs: int) -> tuple[float, float]:  # type: ignore[no-untyped-def,type-arg]
    """Median over runs of the wall and CPU time to call func on every item, per item, in
    seconds, after an untimed pass over all items (it loads the taxonomy, IDF and templates)."""
    for item in items:
        func(item)
    times, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        for item in items:
            func(item)
        times.append((time.perf_counter() - start) / len(items))
        cpu.append((time.process_time() - start_cpu) / len(items))
    return statistics.median(times), statistics.median(cpu)


def text_to_report(pair: tuple[str, str]) -> str:
    """One JD-CV pair of texts to the Markdown report, as a new pair: the line vectors that an
    earlier pair with the same lines would have cached are cleared first."""
    from jdmatch import memo, weights
    from jdmatch.analysis import analyze_documents
    from jdmatch.parse import parse
    from jdmatch.report import render

    weights._vectors.clear()
    memo.forget()
    jd = parse(pair[0], kind="jd")
    cv = parse(pair[1], kind="cv")
    return render(analyze_documents(jd, cv), "md")


def one_cv_many_postings(cv_text: str, postings: list[str]) -> None:
    """One CV against many postings, as ``jdmatch batch`` runs them: the CV is parsed and
    read once (its skills, work lines, record), every posting is new. Nothing is kept from
    an earlier call."""
    from jdmatch import memo, weights
    from jdmatch.analysis import analyze_documents
    from jdmatch.parse import parse
    from jdmatch.report import render

    weights._vectors.clear()
    memo.forget()
    cv = parse(cv_text, kind="cv")
    for text in postings:
        render(analyze_documents(parse(text, kind="jd"), cv), "md")


def one_posting_many_cvs(posting: str, cv_texts: list[str]) -> None:
    """One posting against many CVs, as ``jdmatch rank`` runs them: the posting is parsed and
    read once, every CV is new. Nothing is kept from an earlier call."""
    from jdmatch import memo, weights
    from jdmatch.analysis import analyze_documents
    from jdmatch.parse import parse
    from jdmatch.report import render

    weights._vectors.clear()
    memo.forget()
    jd = parse(posting, kind="jd")
    for text in cv_texts:
        render(analyze_documents(jd, parse(text, kind="cv")), "md")


def anchored(run, anchor: str, texts: list[str], runs: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Median wall and CPU seconds per pair of run(anchor, texts) (one_cv_many_postings or
    one_posting_many_cvs), after a warm-up."""
    run(anchor, texts[:2])
    times, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        run(anchor, texts)
        times.append((time.perf_counter() - start) / len(texts))
        cpu.append((time.process_time() - start_cpu) / len(texts))
    return statistics.median(times), statistics.median(cpu)


def read_postings(path: Path, limit: int) -> list[str]:
    """The "text" field of the first `limit` lines of a JSON-lines file (postings or CVs)."""
    postings = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip() and len(postings) < limit:
                postings.append(json.loads(line)["text"])
    return postings


#: A new process: import jdmatch, turn the first pair of texts into a report, then a second
#: one; prints the wall and CPU seconds of each.
COLD = """
import sys, time
wall, cpu = time.perf_counter(), time.process_time()
sys.path.insert(0, sys.argv[1])
from bench import text_to_report
texts = [open(p, encoding="utf-8").read() for p in sys.argv[2:6]]
text_to_report((texts[0], texts[1]))
first = (time.perf_counter() - wall, time.process_time() - cpu)
wall, cpu = time.perf_counter(), time.process_time()
text_to_report((texts[2], texts[3]))
print(*first, time.perf_counter() - wall, time.process_time() - cpu)
"""


def cold(python: str, files: list[Path], runs: int) -> tuple[float, float, float, float]:
    """Medians of COLD's four figures over runs of a new process."""
    figures = []
    for _ in range(runs):
        out = subprocess.run(
            [python, "-c", COLD, str(Path(__file__).parent), *map(str, files)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        figures.append([float(x) for x in out.split()])
    first_wall, first_cpu, second_wall, second_cpu = (
        statistics.median(column) for column in zip(*figures, strict=True)
    )
    return first_wall, first_cpu, second_wall, second_cpu


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=20, help="JD/CV pairs to generate")
    parser.add_argument("--runs", type=int, default=7, help="timed runs per measure")
    parser.add_argument(
        "--postings",
        type=Path,
        help="JSON lines of real postings, each with a 'text' field (e.g. "
        "../shared/data/one-cv-many-jobs-dev/jobs.jsonl): adds rows on real documents",
    )
    parser.add_argument(
        "--cv", type=Path, help="a real CV (any file jdmatch reads) to pair with --postings"
    )
    parser.add_argument(
        "--cvs",
        type=Path,
        help="JSON lines of real CVs, each with a 'text' field (e.g. "
        "../shared/data/resume-ner-train/dotin_train.jsonl): with --postings, adds the rank "
        "row (the first posting against every CV)",
    )
    parser.add_argument(
        "--max-postings", type=int, default=100, help="postings (and CVs) read from each file"
    )
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, for all children
    python = sys.executable
    # The console script a user runs; "python -m jdmatch" where it is not installed.
    script = Path(python).parent / "jdmatch"
    jdmatch = [str(script)] if script.exists() else [python, "-m", "jdmatch"]

    from jdmatch import memo, weights
    from jdmatch.analysis import analyze_documents
    from jdmatch.extract import extract
    from jdmatch.parse import parse
    from jdmatch.report import render
    from jdmatch.skills import document_mentions, find_skills

    def ratio(a: tuple[float, float], b: tuple[float, float], name: str) -> str:
        return f"{a[0] / b[0]:.2f}x {name} (cpu {a[1] / b[1]:.2f}x)"

    def rate(per_item: tuple[float, float], unit: str, scale: float = 1.0, digits: int = 0) -> str:
        return f"{scale / per_item[0]:.{digits}f} {unit} (cpu {scale / per_item[1]:.{digits}f})"

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        pairs = make_documents(folder, args.docs)
        jd, cv = pairs[0]
        out = folder / "report.md"
        rows: list[tuple[str, tuple[float, float], str, str]] = []

        click = wall([python, "-c", "import click"], args.runs)
        help_ = wall([*jdmatch, "--help"], args.runs)
        rows.append(("python -c 'import click'", click, "baseline", ""))
        rows.append(("jdmatch --help", help_, ratio(help_, click, "click"), "<= 1.5x"))

        bare = wall([python, "-c", BARE, str(jd), str(cv)], args.runs)
        analyze = wall([*jdmatch, "analyze", str(jd), str(cv), "-o", str(out)], args.runs)
        rows.append(("bare extraction (pdfplumber + python-docx)", bare, "baseline", ""))
        rows.append(
            ("jdmatch analyze JD.pdf CV.docx", analyze, ratio(analyze, bare, "bare"), "<= 1.5x")
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
            lambda d: (memo.forget(), document_mentions(d[0]), document_mentions(d[1])),
            docs,
            args.runs,
        )
        stage["analyze (skills, match, prep)"] = median_of(
            lambda d: (weights._vectors.clear(), memo.forget(), analyze_documents(d[0], d[1])),
            docs,
            args.runs,
        )
        analyses = [analyze_documents(j, c) for j, c in docs]
        stage["render Markdown"] = median_of(lambda a: render(a, "md"), analyses, args.runs)
        for name, seconds in stage.items():
            rows.append((f"  stage: {name}", seconds, "", ""))

        per_pair = median_of(text_to_report, texts, args.runs)
        rows.append(
            ("text -> report, generated pairs (warm)", per_pair, rate(per_pair, "pairs/s"),
             ">= 100 pairs/s")
        )  # fmt: skip
        # The bundled pairs: a 1-2 page posting and CV each, the size of real ones.
        sample_files = [
            (SAMPLES / "en" / "jd.pdf", SAMPLES / "en" / "cv.docx"),
            (SAMPLES / "id" / "jd.pdf", SAMPLES / "id" / "cv.pdf"),
        ]
        samples = [(extract(j).text, extract(c).text) for j, c in sample_files]
        per_sample = median_of(text_to_report, samples * 5, args.runs)
        rows.append(
            ("text -> report, sample pairs (warm)", per_sample, rate(per_sample, "pairs/s"),
             ">= 100 pairs/s")
        )  # fmt: skip
        # The batch shape: one CV against every generated posting, each posting new.
        per_jd = anchored(one_cv_many_postings, texts[0][1], [jd for jd, _ in texts], args.runs)
        rows.append(
            ("text -> report, one CV x generated postings", per_jd, rate(per_jd, "pairs/s"),
             ">= 100 pairs/s")
        )  # fmt: skip
        if args.postings and args.cv:
            postings = read_postings(args.postings, args.max_postings)
            cv_text = extract(args.cv).text
            real = [(posting, cv_text) for posting in postings]
            per_real = median_of(text_to_report, real, max(3, args.runs // 2))
            rows.append(
                (f"text -> report, {len(real)} real pairs, each new", per_real,
                 rate(per_real, "pairs/s"), ">= 100 pairs/s")
            )  # fmt: skip
            per_real_jd = anchored(one_cv_many_postings, cv_text, postings, max(3, args.runs // 2))
            rows.append(
                ("text -> report, one real CV x real postings", per_real_jd,
                 rate(per_real_jd, "pairs/s"), ">= 100 pairs/s")
            )  # fmt: skip
            real_sizes = [len(t.encode("utf-8")) / 1000 for t in postings]
        if args.postings and args.cvs:
            posting = read_postings(args.postings, 1)[0]
            cv_texts = read_postings(args.cvs, args.max_postings)
            per_real_cv = anchored(one_posting_many_cvs, posting, cv_texts, max(3, args.runs // 2))
            rows.append(
                (f"text -> report, one real posting x {len(cv_texts)} real CVs", per_real_cv,
                 rate(per_real_cv, "pairs/s"), ">= 100 pairs/s")
            )  # fmt: skip
            cv_sizes = sorted(len(t.encode("utf-8")) / 1000 for t in cv_texts)
        files = []
        for name, text in zip(("jd1", "cv1", "jd2", "cv2"), [*texts[0], *texts[1]], strict=True):
            files.append(folder / f"{name}.txt")
            files[-1].write_text(text, encoding="utf-8")
        first_wall, first_cpu, second_wall, second_cpu = cold(python, files, args.runs)
        rows.append(
            ("first pair of a new process (cold; imports)", (first_wall, first_cpu), "", "")
        )
        rows.append(("  its second pair", (second_wall, second_cpu), "", ""))

        corpus = [t for pair in texts for t in pair]
        size = sum(len(t.encode("utf-8")) for t in corpus)
        per_text = median_of(find_skills, corpus, args.runs)
        mb_s = rate(per_text, "MB/s", size / len(corpus) / 1e6, digits=2)
        rows.append(("find_skills, per document", per_text, mb_s, ">= 2 MB/s"))

    sizes = [len(t.encode("utf-8")) / 1000 for pair in texts for t in pair]
    sample_sizes = [len(t.encode("utf-8")) / 1000 for pair in samples for t in pair]
    print(f"jdmatch speed, {args.docs} generated JD/CV pairs, median of {args.runs} runs, one core")
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores")
    print(
        f"text per document: generated {min(sizes):.1f}-{max(sizes):.1f} KB, "
        f"samples {min(sample_sizes):.1f}-{max(sample_sizes):.1f} KB"
    )
    if args.postings and args.cv:
        real_sizes.sort()
        print(
            f"real postings: {len(real_sizes)}, median {real_sizes[len(real_sizes) // 2]:.1f} KB; "
            f"real CV {len(cv_text.encode('utf-8')) / 1000:.1f} KB"
        )
    if args.postings and args.cvs:
        print(f"real CVs: {len(cv_sizes)}, median {cv_sizes[len(cv_sizes) // 2]:.1f} KB")
    print("wall: elapsed time; cpu: CPU time of the process (see --help)\n")
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'wall s':>8}  {'cpu s':>8}  {'ratio / rate':<30}  target")
    print(f"{'-' * width}  {'-' * 8}  {'-' * 8}  {'-' * 30}  {'-' * 14}")
    for name, (seconds, cpu), note, target in rows:
        print(f"{name:<{width}}  {seconds:>8.4f}  {cpu:>8.4f}  {note:<30}  {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
