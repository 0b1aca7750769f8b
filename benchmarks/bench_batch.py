"""`jdmatch batch` against plain pdfplumber: wall time cold and warm, and peak memory.

Usage (from the repository root):

    python benchmarks/bench_batch.py [--postings 200] [--memory-postings 1000] [--runs 3]
                                     [--jobs N] [--record]

Generates ``--postings`` job postings as 1-2 page PDFs (fpdf2; English, Indonesian and
mixed text from bench_find_skills.posting, with headings and bullets), then times, in the
same run and on the same files:

- bare: pdfplumber ``extract_text()`` over every PDF, serially, in this process (imports
  already warm), which is the least any tool that reads these PDFs must spend; and, for
  reference, the same spread over as many processes as batch uses, which shows what the
  cores give at the time (on a shared machine, often less than their number);
- cold: ``python -m jdmatch batch --cv samples/en/cv.docx PDFS -o OUT`` with an empty
  extraction cache, writing every report and the index;
- warm: the same command again, the cache now full.

Each figure is the median of ``--runs`` runs; the batch runs are whole processes, start-up
included, running a snapshot of the package taken at the start (so that edits made
meanwhile do not change the code under test, nor the fingerprint cache entries carry).
Then ``--memory-postings`` text postings in one JSONL file go through
``jdmatch batch`` while the process tree's memory is sampled every 20 ms from /proc
(Linux): the peak of the summed PSS (shared pages split between the processes that share
them: the honest total), of the summed RSS (shared pages counted in every process: an upper
bound) and of the largest single process. ``--record`` appends the table to
benchmarks/RESULTS.md with the date and the machine.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench_find_skills import posting
from fpdf import FPDF

ROOT = Path(__file__).resolve().parent.parent
CV = ROOT / "samples" / "en" / "cv.docx"
RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
#: Targets from the batch issue, as ratios to bare pdfplumber and in MB.
TARGET_COLD, TARGET_WARM, TARGET_MEMORY_MB = 0.6, 0.1, 400

EXTRA_EN = [
    "You will join a team of eight people who work closely with sales, finance and "
    "operations. We plan in two-week cycles, review our work together every Friday and "
    "write down what we learn so that the next person does not have to ask.",
    "Our office is a ten-minute walk from the MRT station. We work from the office three "
    "days a week and from home on the others, and we keep meetings short.",
    "How to apply: send your CV and a short note about a piece of work you are proud of. "
    "We reply to every applicant within two weeks.",
]
EXTRA_ID = [
    "Anda akan bergabung dengan tim yang terdiri dari delapan orang dan bekerja sama erat "
    "dengan tim penjualan, keuangan dan operasional. Kami merencanakan pekerjaan setiap dua "
    "minggu dan mengevaluasi hasilnya bersama setiap hari Jumat.",
    "Kantor kami berjarak sepuluh menit berjalan kaki dari stasiun MRT. Jam kerja Senin "
    "sampai Jumat, 08.00 - 17.00 WIB.",
    "Cara melamar: kirimkan CV terbaru, pas foto dan ijazah terakhir melalui email. Hanya "
    "kandidat yang memenuhi kualifikasi yang akan dihubungi.",
]


def latin1(text: str) -> str:
    """fpdf2's built-in Helvetica is latin-1: the WinAnsi bullet, plain dashes."""
    text = text.replace("•", chr(149)).replace("–", "-").replace("—", "-")
    return text.encode("latin-1", "replace").decode("latin-1")


def posting_text(rng: random.Random) -> str:
    """One posting; about four in ten get more paragraphs and run onto a second page."""
    lang = rng.choice(["en", "id", "mixed"])
    text = posting(rng, lang)
    if rng.random() < 0.4:
        extra = EXTRA_EN if lang == "en" else EXTRA_ID
        text += "\n" + "\n\n".join(rng.sample(extra, len(extra))) + "\n"
        text += "\n" + "\n".join(posting(rng, lang).splitlines()[6:]) + "\n"
    return text


def posting_pdf(text: str, path: Path) -> int:
    """Lay a posting out as a PDF (a bold title, bold headings, indented bullets); its pages."""
    pdf = FPDF(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc))
    pdf.set_margins(20, 18, 20)
    pdf.add_page()
    lines = text.splitlines()
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 8, latin1(lines[0]), new_x="LMARGIN", new_y="NEXT")
    for line in lines[1:]:
        if not line.strip():
            pdf.ln(3)
        elif line[:1] in "-•*":
            pdf.set_font("Helvetica", "", 10.5)
            pdf.set_x(26)
            pdf.multi_cell(0, 5.5, latin1(line), new_x="LMARGIN", new_y="NEXT")
        elif len(line) < 40:
            pdf.set_font("Helvetica", "B", 11.5)
            pdf.multi_cell(0, 7, latin1(line), new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("Helvetica", "", 10.5)
            pdf.multi_cell(0, 5.5, latin1(line), new_x="LMARGIN", new_y="NEXT")
    path.write_bytes(bytes(pdf.output()))
    return pdf.page


def extract_text(path: Path) -> int:
    """pdfplumber's extract_text() of every page of one PDF; the characters read."""
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return len("\n".join(page.extract_text() or "" for page in pdf.pages))


def bare_pdfplumber(pdfs: list[Path], processes: int = 1) -> float:
    """Seconds to extract_text() every PDF: one after the other, or across processes."""
    started = time.perf_counter()
    if processes == 1:
        for path in pdfs:
            extract_text(path)
    else:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(processes) as pool:
            list(pool.map(extract_text, pdfs, chunksize=4))
    return time.perf_counter() - started


class TreeMemory(threading.Thread):
    """Samples the memory of a process and its descendants from /proc until stopped."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.stopped = threading.Event()
        self.pss = self.rss = self.largest = 0  # peaks, in kB

    def tree(self) -> list[int]:
        parents: dict[int, int] = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    stat = Path(f"/proc/{entry}/stat").read_text()
                    parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
                except (OSError, ValueError, IndexError):
                    continue
        pids, frontier = [self.pid], [self.pid]
        while frontier:
            frontier = [p for p, parent in parents.items() if parent in frontier]
            pids += frontier
        return pids

    @staticmethod
    def field(path: str, name: str) -> int:
        try:
            for line in Path(path).read_text().splitlines():
                if line.startswith(name + ":"):
                    return int(line.split()[1])
        except OSError:
            pass
        return 0

    def run(self) -> None:
        while not self.stopped.wait(0.02):
            pids = self.tree()
            rss = [self.field(f"/proc/{p}/status", "VmRSS") for p in pids]
            pss = sum(self.field(f"/proc/{p}/smaps_rollup", "Pss") for p in pids)
            self.rss = max(self.rss, sum(rss))
            self.pss = max(self.pss, pss)
            self.largest = max([self.largest, *rss])


def snapshot(work: Path) -> Path:
    """A copy of the jdmatch package to run: edits made meanwhile neither break the runs nor
    change the code fingerprint that cached comparisons are keyed by."""
    import jdmatch

    folder = work / "snapshot"
    shutil.copytree(
        Path(jdmatch.__file__).parent,
        folder / "jdmatch",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    return folder


def jdmatch_batch(
    code: Path, inputs: Path, out: Path, cache: Path, jobs: int | None
) -> tuple[float, dict]:
    """Run `jdmatch batch` as a whole process: its wall time and memory peaks (MB)."""
    command = [sys.executable, "-m", "jdmatch", "batch", "--cv", str(CV), str(inputs)]
    command += ["-o", str(out), "--format", "json"] + (["--jobs", str(jobs)] if jobs else [])
    env = {**os.environ, "JDMATCH_CACHE_DIR": str(cache), "PYTHONPATH": str(code)}
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
    sampler = TreeMemory(process.pid)
    if sys.platform == "linux":
        sampler.start()
    _, stderr = process.communicate()
    wall = time.perf_counter() - started
    sampler.stopped.set()
    if process.returncode != 0:
        raise SystemExit(f"jdmatch batch failed ({process.returncode}):\n{stderr}")
    counts = json.loads((out / "index.json").read_text(encoding="utf-8"))["counts"]
    memory = {"pss": sampler.pss / 1024, "rss": sampler.rss / 1024, "one": sampler.largest / 1024}
    return wall, {**counts, **memory}


def machine() -> str:
    """CPU model, cores, memory, OS and Python, in one line."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        ram = f", {kb / 1048576:.0f} GB RAM"
    except OSError:
        ram = ""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (
        f"{cpu}, {cores} cores{ram}, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postings", type=int, default=200, help="PDF postings (default 200)")
    parser.add_argument("--memory-postings", type=int, default=1000, help="JSONL postings")
    parser.add_argument("--runs", type=int, default=3, help="timed runs of each (default 3)")
    parser.add_argument("--jobs", type=int, default=None, help="--jobs for jdmatch batch")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--record", action="store_true", help="append to benchmarks/RESULTS.md")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    jobs = args.jobs or (
        len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    )
    with tempfile.TemporaryDirectory(prefix="jdmatch-bench-") as tmp:
        work = Path(tmp)
        code = snapshot(work)
        pdf_dir = work / "pdfs"
        pdf_dir.mkdir()
        pdfs, pages = [], 0
        for i in range(args.postings):
            pdfs.append(pdf_dir / f"posting-{i:04d}.pdf")
            pages += posting_pdf(posting_text(rng), pdfs[-1])
        print(f"{len(pdfs)} PDFs, {pages} pages; {machine()}", file=sys.stderr)
        bare_pdfplumber(pdfs[:3])  # imports and first-use caches
        # Rounds interleave the measures, so that a noisy neighbour slows them all alike.
        bare_runs, spread_runs, cold_runs, warm_runs = [], [], [], []
        for run in range(args.runs):
            cache, out = work / f"cache-{run}", work / f"out-{run}"
            bare_runs.append(bare_pdfplumber(pdfs))
            spread_runs.append(bare_pdfplumber(pdfs, jobs))
            cold_runs.append(jdmatch_batch(code, pdf_dir, out, cache, args.jobs))
            warm_runs.append(jdmatch_batch(code, pdf_dir, out, cache, args.jobs))
        bare, spread = statistics.median(bare_runs), statistics.median(spread_runs)
        assert all(r[1]["done"] == len(pdfs) and r[1]["from_cache"] == 0 for r in cold_runs)
        assert all(r[1]["from_cache"] == len(pdfs) for r in warm_runs)
        cold = statistics.median(r[0] for r in cold_runs)
        warm = statistics.median(r[0] for r in warm_runs)
        jsonl = work / "postings.jsonl"
        with open(jsonl, "w", encoding="utf-8") as f:
            for i in range(args.memory_postings):
                f.write(json.dumps({"title": f"Posting {i}", "text": posting_text(rng)}) + "\n")
        wall, memory = jdmatch_batch(
            code, jsonl, work / "out-memory", work / "cache-memory", args.jobs
        )
    mb = memory["pss"] or memory["one"]
    rows = [
        ("measure", "value", "ratio to bare", "target", "met"),
        ("---", "--:", "--:", "--:", ":-:"),
        (
            f"bare pdfplumber extract_text, serial, {len(pdfs)} PDFs ({pages} pages)",
            f"{bare:.2f} s",
            "1.00",
            "",
            "",
        ),
        (
            f"reference: the same extract_text in {jobs} processes (what the cores give)",
            f"{spread:.2f} s",
            f"{spread / bare:.2f}",
            "",
            "",
        ),
        (
            f"`jdmatch batch`, cold cache, --jobs {jobs}",
            f"{cold:.2f} s",
            f"{cold / bare:.2f}",
            f"<= {TARGET_COLD}",
            "yes" if cold / bare <= TARGET_COLD else "no",
        ),
        (
            "`jdmatch batch`, warm cache",
            f"{warm:.2f} s",
            f"{warm / bare:.3f}",
            f"<= {TARGET_WARM}",
            "yes" if warm / bare <= TARGET_WARM else "no",
        ),
        (
            f"`jdmatch batch`, {args.memory_postings} JSONL postings: wall time",
            f"{wall:.2f} s",
            "",
            "",
            "",
        ),
        (
            "... peak memory, all processes (PSS sum)",
            f"{memory['pss']:.0f} MB",
            "",
            f"<= {TARGET_MEMORY_MB} MB",
            "yes" if mb <= TARGET_MEMORY_MB else "no",
        ),
        ("... peak memory, all processes (RSS sum, upper bound)", f"{memory['rss']:.0f} MB"),
        ("... peak memory, largest single process (RSS)", f"{memory['one']:.0f} MB"),
    ]
    table = "\n".join("| " + " | ".join((*row, *[""] * (5 - len(row)))) + " |" for row in rows)
    print(table)
    if args.record:
        today = datetime.date.today().isoformat()
        command = "python benchmarks/bench_batch.py " + " ".join(argv or sys.argv[1:])
        section = (
            f"\n## bench_batch.py: batch vs bare pdfplumber ({today})\n\n"
            f"Machine: {machine()}. Command: `{command.strip()}`; medians of {args.runs} runs "
            f"in the same run.\n\n{table}\n"
        )
        if not RESULTS.exists():
            RESULTS.write_text("# Benchmark results\n\nAppend a section per run; keep the "
                               "others.\n", encoding="utf-8")  # fmt: skip
        with open(RESULTS, "a", encoding="utf-8") as f:
            f.write(section)
        print(f"appended to {RESULTS}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
