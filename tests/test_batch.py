"""`jdmatch batch` and `jdmatch rank`: reports, the index, faults, safe names, the cache."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from badfiles import truncated_pdf

import jdmatch
from jdmatch.batching import Anchor, Outcome, ProcessPool, compare
from jdmatch.cache import DiskCache, cached_extract
from jdmatch.inputs import Failure, Source, assign_report_names, collect_sources, safe_name
from jdmatch.settings import Settings


@pytest.fixture(autouse=True)
def _cache_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """One cache for this module's runs, never the user's own."""
    monkeypatch.setenv("JDMATCH_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))


def _files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}


def _postings(tmp_path: Path, samples: Path, *names: str) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in names:
        shutil.copy(samples / "postings" / name, folder / name)
    return folder


def test_batch_on_samples(cli_invoke, samples: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = cli_invoke(
        "batch", "--cv", samples / "en" / "cv.docx", samples / "postings", "-o", out
    )
    assert result.exit_code == 0, result.stderr
    postings = sorted(p.stem for p in (samples / "postings").iterdir())
    assert sorted(p.stem for p in (out / "reports").iterdir()) == postings
    index = (out / "index.md").read_text(encoding="utf-8")
    assert index.startswith("# Job postings ranked for cv.docx")
    rows = [line for line in index.splitlines() if line.startswith("| ") and "](reports/" in line]
    assert len(rows) == len(postings)
    scores = [int(row.split(" | ")[2]) for row in rows]
    assert scores == sorted(scores, reverse=True)
    assert "## The market across these postings" in index
    assert "| Microsoft Excel |" in index
    # Each report is exactly what `analyze` writes for the pair.
    jd = samples / "postings" / "senior-data-analyst.pdf"
    alone = cli_invoke("analyze", jd, samples / "en" / "cv.docx")
    assert (out / "reports" / "senior-data-analyst.md").read_text(encoding="utf-8") == alone.stdout
    assert re.search(r"9 done( \(\d from the cache\))?, 0 failed", result.stderr)


def test_broken_file_in_the_middle(cli_invoke, samples: Path, tmp_path: Path) -> None:
    folder = _postings(tmp_path, samples, "admin-gudang.txt", "data-engineer.md")
    truncated_pdf(folder).rename(folder / "b-broken.pdf")  # sorts between the two
    out = tmp_path / "out"
    result = cli_invoke("batch", "--cv", samples / "id" / "cv.pdf", folder, "-o", out)
    assert result.exit_code == 1
    assert _files(out / "reports") == {"admin-gudang.md", "data-engineer.md"}
    assert "failed: " in result.stderr and "b-broken.pdf" in result.stderr
    assert "damaged" in result.stderr
    index = (out / "index.md").read_text(encoding="utf-8")
    assert "b-broken.pdf" in index and "damaged" in index
    assert re.search(r"2 done( \(\d from the cache\))?, 1 failed", result.stderr)


def test_duplicate_names_never_clash(cli_invoke, samples: Path, tmp_path: Path) -> None:
    text = (samples / "postings" / "admin-gudang.txt").read_text(encoding="utf-8")
    for where in ("acme/jd.txt", "beta/jd.txt", "beta/jd.md", "beta/deep/jd.txt"):
        (tmp_path / "in" / where).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "in" / where).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    result = cli_invoke("batch", "--cv", samples / "id" / "cv.pdf", tmp_path / "in", "-o", out)
    assert result.exit_code == 0, result.stderr
    assert _files(out / "reports") == {"acme-jd.md", "beta-jd.md", "jd-md.md", "deep-jd.md"}


def test_report_names_are_safe_and_stable() -> None:
    assert safe_name("../../etc/passwd") == "etc-passwd"
    assert safe_name("Staf Keuangan – Jakarta (Senior)") == "staf-keuangan-jakarta-senior"
    assert safe_name("Café.PDF") == "cafe-pdf"
    assert safe_name("...") == "document"
    assert safe_name("CON") == "con-"
    assert len(safe_name("x" * 500)) <= 80
    sources = [Source(f"{d}/cv.pdf", path=Path(d) / "cv.pdf", parts=(d, "cv.pdf")) for d in "abcc"]
    names = [s.report for s in assign_report_names(sources)]
    assert names == ["a-cv", "b-cv", "cv-1", "cv-2"]
    assert names[1::-1] == [s.report for s in assign_report_names(sources[1::-1])]


def test_csv_input_with_named_columns(cli_invoke, samples: Path, tmp_path: Path) -> None:
    text = (samples / "postings" / "customer-service.txt").read_text(encoding="utf-8")
    table = tmp_path / "jobs.csv"
    rows = [
        ["Posisi", "Perusahaan", "Isi"],
        ["Customer Service", "PT Satu", text],
        ["../../../evil", "PT Dua", text.replace("Zendesk", "Freshdesk")],
        ["Kosong", "PT Tiga", "  "],
    ]
    # Semicolons, as Excel writes CSV in an Indonesian locale.
    import csv

    with open(table, "w", encoding="utf-8", newline="") as f:
        csv.writer(f, delimiter=";").writerows(rows)
    out = tmp_path / "out"
    result = cli_invoke(
        "batch", "--cv", samples / "en" / "cv.docx", table, "-o", out,
        "--text-column", "isi", "--title-column", "Posisi", "--format", "json",
    )  # fmt: skip
    assert result.exit_code == 1  # the empty row
    assert _files(tmp_path) == {
        "jobs.csv", "out/index.json", "out/reports/jobs-1-customer-service.json",
        "out/reports/jobs-2-evil.json",
    }  # fmt: skip
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    assert {r["title"] for r in index["ranked"]} == {"Customer Service", "../../../evil"}
    assert {r["organisation"] for r in index["ranked"]} == {"PT Satu", "PT Dua"}
    assert index["failures"] == [{"name": "jobs.csv#3", "reason": index["failures"][0]["reason"]}]
    report = json.loads((out / "reports" / "jobs-1-customer-service.json").read_text("utf-8"))
    assert report["schema_version"] == "1" and report["jd"]["name"] == "jobs.csv#1"


def test_jsonl_default_columns_and_missing_column(samples: Path, tmp_path: Path) -> None:
    text = (samples / "postings" / "data-engineer.md").read_text(encoding="utf-8")
    jsonl = tmp_path / "jobs.jsonl"
    jsonl.write_text(
        json.dumps({"title": "Data Engineer", "description": text}) + "\n{not json\n",
        encoding="utf-8",
    )
    sources, failures = collect_sources([jsonl])
    assert [(s.name, s.title) for s in sources] == [("jobs.jsonl#1", "Data Engineer")]
    assert [f.name for f in failures] == ["jobs.jsonl#2"]
    sources, failures = collect_sources([jsonl], text_column="body")
    assert sources == [] and "--text-column" in failures[-1].reason


def test_exit_codes(cli_invoke, samples: Path, tmp_path: Path) -> None:
    cv, postings = samples / "en" / "cv.docx", samples / "postings" / "admin-gudang.txt"
    assert cli_invoke("batch", "--cv", cv, postings, "-o", tmp_path / "a").exit_code == 0
    missing = tmp_path / "nope.pdf"
    result = cli_invoke("batch", "--cv", cv, postings, missing, "-o", tmp_path / "b")
    assert result.exit_code == 1 and "nope.pdf: no such file" in result.stderr
    for args in (
        ("batch", postings, "-o", tmp_path / "c"),  # no --cv
        ("batch", "--cv", cv, postings),  # no -o
        ("batch", "--cv", cv, "-o", tmp_path / "d"),  # no input
        ("batch", "--cv", cv, postings, "-o", tmp_path / "e", "--format", "pdf"),
        ("rank", "--jd", cv, postings, "-o", tmp_path / "f", "--jobs", "0"),
    ):
        assert cli_invoke(*args).exit_code == 2, args
    # An unreadable anchor stops the run before anything is written: one line, exit 1.
    result = cli_invoke("batch", "--cv", missing, postings, "-o", tmp_path / "g")
    assert result.exit_code == 1 and result.stderr.startswith("jdmatch: error: ")
    assert not (tmp_path / "g").exists()


def test_cache_hit_miss_and_changed_file(tmp_path: Path, samples: Path) -> None:
    cache = DiskCache(tmp_path / "cache")
    path = tmp_path / "jd.txt"
    shutil.copy(samples / "postings" / "admin-gudang.txt", path)
    settings = Settings()
    first, hit = cached_extract(path, settings=settings, cache=cache)
    assert not hit
    again, hit = cached_extract(path, settings=settings, cache=cache)
    assert hit and again == first
    assert not cached_extract(path, settings=Settings(max_pages=3), cache=cache)[1]
    path.write_text(path.read_text(encoding="utf-8") + "\nExcel.\n", encoding="utf-8")
    changed, hit = cached_extract(path, settings=settings, cache=cache)
    assert not hit and changed.text.endswith("Excel.")
    # A damaged entry is a miss, then repaired; clear removes only the cache's own files.
    entry = next((tmp_path / "cache").glob("??/*.json"))
    entry.write_text("{", encoding="utf-8")
    assert cache.size()[0] == 3
    (tmp_path / "cache" / "keep.txt").write_text("mine", encoding="utf-8")
    assert cache.clear() == 3
    assert _files(tmp_path / "cache") == {"keep.txt"}


def test_cache_across_runs(cli_invoke, samples: Path, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("JDMATCH_CACHE_DIR", str(tmp_path / "cache"))
    folder = _postings(tmp_path, samples, "staff-finance-ar.pdf", "admin-gudang.txt")

    def run() -> dict:
        out = tmp_path / "out"
        result = cli_invoke("batch", "--cv", samples / "id" / "cv.pdf", folder, "-o", out,
                            "--format", "json")  # fmt: skip
        assert result.exit_code == 0, result.stderr
        return json.loads((out / "index.json").read_text(encoding="utf-8"))["counts"]

    assert run()["from_cache"] == 0
    assert run()["from_cache"] == 2
    (folder / "admin-gudang.txt").write_text("Admin gudang, Excel, SIM C.\n", encoding="utf-8")
    assert run()["from_cache"] == 1
    result = cli_invoke("cache", "info")
    assert str(tmp_path / "cache") in result.stdout
    assert cli_invoke("cache", "clear").exit_code == 0
    assert DiskCache(tmp_path / "cache").size() == (0, 0)
    result = cli_invoke("batch", "--cv", samples / "id" / "cv.pdf", folder, "-o", tmp_path / "o",
                        "--no-cache")  # fmt: skip
    assert result.exit_code == 0 and DiskCache(tmp_path / "cache").size() == (0, 0)


def test_rank_candidates(cli_invoke, samples: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = cli_invoke(
        "rank", "--jd", samples / "en" / "jd.pdf", samples / "en" / "cv.docx",
        samples / "id" / "cv.pdf", "-o", out, "--lang", "id",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert _files(out / "reports") == {"cv-docx.md", "cv-pdf.md"}
    index = (out / "index.md").read_text(encoding="utf-8")
    assert index.startswith("# Peringkat kandidat untuk jd.pdf")
    assert index.index("cv.docx](reports/cv-docx.md)") < index.index("cv.pdf](reports/cv-pdf.md)")
    assert "| Tableau | wajib | 0/2 |" in index


def test_existing_outdir_is_added_to_and_never_read(cli_invoke, samples, tmp_path) -> None:
    folder = _postings(tmp_path, samples, "admin-gudang.txt", "customer-service.txt")
    out = folder / "ranked"  # inside the input folder: its reports must not become inputs
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    for _ in range(2):
        result = cli_invoke("batch", "--cv", samples / "id" / "cv.pdf", folder, "-o", out)
        assert result.exit_code == 0 and "0 failed" in result.stderr
    assert _files(out) == {
        "notes.txt", "index.md", "reports/admin-gudang.md", "reports/customer-service.md",
    }  # fmt: skip


def test_python_api(samples: Path) -> None:
    result = jdmatch.batch(samples / "en" / "cv.docx", [samples / "postings"], cache=False)
    assert isinstance(result, jdmatch.BatchResult) and result.exit_code == 0
    assert len(result.ranked) == 9 and result.index is None
    assert [s.score for s in result.ranked] == sorted(
        (s.score for s in result.ranked), reverse=True
    )
    top = result.ranked[0]
    assert isinstance(top, jdmatch.MatchSummary) and top.report is None
    assert top.matched == sum(1 for s in top.skills if s.shown)
    gaps = result.market.gaps
    assert gaps == tuple(sorted(gaps, key=lambda g: (-g.postings, -g.points, g.skill.name.lower())))
    assert all(g.points > 0 for g in gaps)


def test_parallel_run_matches_serial(cli_invoke, samples: Path, tmp_path: Path) -> None:
    text = (samples / "postings" / "admin-gudang.txt").read_text(encoding="utf-8")
    jsonl = tmp_path / "jobs.jsonl"
    rows = [{"title": f"Admin {i}", "text": text + "\nExcel " * (i % 3)} for i in range(12)]
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    indexes = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        result = cli_invoke("batch", "--cv", samples / "id" / "cv.pdf", jsonl, "-o", out,
                            "--jobs", jobs, "--no-cache")  # fmt: skip
        assert result.exit_code == 0, result.stderr
        indexes.append((out / "index.md").read_text(encoding="utf-8"))
        assert len(_files(out / "reports")) == 12
    assert indexes[0] == indexes[1]


def _crash_on_boom(source: Source, anchor: Anchor) -> Outcome:
    if source.name == "boom":
        os._exit(3)  # a worker dying, as on an out-of-memory kill
    return compare(source, anchor)


def test_a_dying_worker_fails_only_its_input(samples: Path) -> None:
    from jdmatch.analysis import load

    anchor = Anchor(load(samples / "id" / "cv.pdf", kind="cv"), Settings(), None, None)
    text = (samples / "postings" / "admin-gudang.txt").read_text(encoding="utf-8")
    sources = [Source(n, text=text, report=n) for n in ("a", "b", "boom", "c", "d", "e")]
    outcomes = list(ProcessPool(2).map(_crash_on_boom, anchor, sources))
    assert sorted(o.source for o in outcomes) == ["a", "b", "boom", "c", "d", "e"]
    failed = [o.failure for o in outcomes if o.failure]
    assert len(failed) == 1 and isinstance(failed[0], Failure)
    assert failed[0].name == "boom" and "worker process" in failed[0].reason


def test_batch_help_stays_light() -> None:
    code = (
        "import sys\nfrom jdmatch.cli import main\n"
        "for args in (['batch', '--help'], ['rank', '--help'], ['cache', '--help']):\n"
        "    try:\n        main(args)\n    except SystemExit:\n        pass\n"
        "heavy = [m for m in ('rich', 'platformdirs', 'pdfplumber', 'jinja2', 'sklearn')"
        " if m in sys.modules]\nprint('HEAVY:' + ','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "HEAVY:"


def test_two_runs_sharing_the_cache(samples: Path, tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    folder = _postings(tmp_path, samples, "staff-finance-ar.pdf", "admin-gudang.txt")
    cv = samples / "id" / "cv.pdf"

    def run(n: int) -> jdmatch.BatchResult:
        return jdmatch.batch(cv, [folder], outdir=tmp_path / f"out{n}", cache=tmp_path / "c")

    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(run, range(4)))
    assert all(r.exit_code == 0 and len(r.ranked) == 2 for r in results)
    indexes = {(tmp_path / f"out{n}" / "index.md").read_text(encoding="utf-8") for n in range(4)}
    assert len({i.split("\n## ")[1] for i in indexes}) == 1  # the same ranking every time
    assert DiskCache(tmp_path / "c").size()[0] == 2 + 2 + 1  # texts, comparisons, the CV
    assert not list((tmp_path / "c").rglob("*.tmp"))
