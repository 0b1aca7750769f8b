"""How well jdmatch reads hard requirements.

1. The labelled fixture tests/fixtures/cv_snippets.json: total years within ±0.5 and the
   education level exact, per snippet.
2. Given real postings (a JSONL file with a "text" field, such as
   ../shared/data/lokerid-id-dev/lokerid_dev.jsonl): how often each kind of requirement is
   found, the years and levels asked for, and the time per posting. Only counts and a few
   short snippets (at most SNIPPET characters) are printed, never a whole posting.
3. Given resumes labelled by other people (../shared/data/resume-ner-train/dotin_train.jsonl,
   entities "Years of Experience" and "Degree"): how many of their labelled date ranges
   jdmatch reads, how many labelled degrees it gives a level, and how close the years it
   computes come to the total a resume states ("8 years of experience").

    python benchmarks/eval_requirements.py [--postings FILE.jsonl] [--resume-ner FILE.jsonl]
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter
from datetime import date
from pathlib import Path

from jdmatch.parse import DATE_RANGE, parse, read_date
from jdmatch.requirements import KINDS, patterns, read_candidate, read_hard_requirements
from jdmatch.skills import document_mentions
from jdmatch.taxonomy import load_taxonomy

FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "cv_snippets.json"
YEARS_TOLERANCE = 0.5
#: Longest piece of a posting printed as an example.
SNIPPET = 70


def fixture_accuracy(path: Path) -> None:
    """Print the fixture's accuracy: years within ±0.5 and the level exact."""
    data = json.loads(path.read_text("utf-8"))
    today = date.fromisoformat(data["today"])
    years_ok = level_ok = both = 0
    misses = []
    for snippet in data["snippets"]:
        cv = parse(snippet["text"], kind="cv")
        record = read_candidate(cv, document_mentions(cv), today=today)
        years, truth = record.total_years, snippet["total_years"]
        y = (years is None) == (truth is None) and (
            truth is None or abs(years - truth) <= YEARS_TOLERANCE  # type: ignore[operator]
        )
        level = record.education.level if record.education else None
        lv = level == snippet["education"]
        years_ok += y
        level_ok += lv
        both += y and lv
        if not (y and lv):
            misses.append(f"{snippet['id']}: {years} vs {truth} years, {level}")
    n = len(data["snippets"])
    print(f"## Fixture ({path.name}, {n} CV snippets)\n")
    print("| measure | share |\n|---|--:|")
    print(f"| years within ±{YEARS_TOLERANCE} | {years_ok / n:.0%} ({years_ok}/{n}) |")
    print(f"| education level exact | {level_ok / n:.0%} ({level_ok}/{n}) |")
    print(f"| both (the issue's target: ≥ 90%) | {both / n:.0%} ({both}/{n}) |\n")
    for miss in misses:
        print(f"- miss: {miss}")


def _snippet(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= SNIPPET else flat[: SNIPPET - 1] + "…"


def postings(path: Path, examples: int) -> None:
    """Print how often each kind of requirement is found in real postings."""
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    taxonomy = load_taxonomy(())
    with_kind: Counter[str] = Counter()
    count: Counter[str] = Counter()
    years: Counter[str] = Counter()
    levels: Counter[str] = Counter()
    sample: dict[str, list[str]] = {kind: [] for kind in KINDS}
    elapsed = 0.0
    for row in rows:
        jd = parse(row.get("text") or "", kind="jd")
        mentions = document_mentions(jd, taxonomy=taxonomy)
        start = time.perf_counter()
        found = read_hard_requirements(jd, mentions)
        elapsed += time.perf_counter() - start
        kinds = {r.kind for r in found}
        with_kind.update(kinds)
        for requirement in found:
            count[requirement.kind] += 1
            if requirement.kind == "experience" and not requirement.skills:
                years[requirement.wanted] += 1
            if requirement.kind == "education":
                levels[requirement.wanted] += 1
            if len(sample[requirement.kind]) < examples:
                shown = requirement.wanted + (
                    f" / {requirement.subject}" if requirement.subject else ""
                )
                sample[requirement.kind].append(f"{_snippet(requirement.line.text)} → {shown}")
    n = len(rows)
    print(f"\n## Postings ({path.name}, {n})\n")
    print(f"Reading the requirements took {elapsed / n * 1000:.2f} ms per posting.\n")
    print("| kind | postings with it | share | found in all |\n|---|--:|--:|--:|")
    for kind in KINDS:
        print(f"| {kind} | {with_kind[kind]} | {with_kind[kind] / n:.0%} | {count[kind]} |")
    print("\nYears of experience asked for (overall, no field):", dict(years.most_common(8)))
    print("Education levels asked for:", dict(levels.most_common()))
    for kind in KINDS:
        if sample[kind]:
            print(f"\n{kind}:")
            for line in sample[kind]:
                print(f"- {line}")


_YEAR = re.compile(r"(?:19|20)\d{2}")
_NOW = re.compile(r"(?i)\b(?:present|current|now|onwards?|till|date|today)\b")
_STATED = re.compile(r"(?i)^\D{0,20}?(\d{1,2}(?:\.\d)?)\+?\s*(?:years?|yrs)")
#: A stated total and a computed one agree when this close, in years: the statements round
#: ("5+ years") and the resumes' writing dates are unknown.
STATED_TOLERANCE = 1.0


def resume_ner(path: Path) -> None:
    """Print how jdmatch reads labelled resumes: date ranges, degrees, total years."""
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    ranges = read_ranges = degrees = leveled = 0
    missed_ranges: Counter[str] = Counter()
    agreements: list[float] = []
    for row in rows:
        stated = None
        for entity in row["entities"]:
            text = " ".join(entity["text"].split())
            if entity["type"] == "Years of Experience":
                years = _YEAR.findall(text)
                if len(years) >= 2 or (years and _NOW.search(text)):
                    ranges += 1
                    found = DATE_RANGE.search(entity["text"])
                    if found and read_date(found.group("start")):
                        read_ranges += 1
                    else:
                        missed_ranges[re.sub(r"\d", "9", text)[:30]] += 1
                elif stated is None and (match := _STATED.match(text)):
                    stated = float(match.group(1))
            elif entity["type"] == "Degree":
                degrees += 1
                leveled += bool(patterns().level.search(entity["text"]))
        if stated is None:
            continue
        cv = parse(row["text"], kind="cv")
        if not cv.experiences or any(job.ongoing for job in cv.experiences):
            continue  # "Present" needs the day the resume was written, which is unknown
        record = read_candidate(cv, document_mentions(cv), today=date(2100, 1, 1))
        if record.total_source == "jobs" and record.total_years is not None:
            agreements.append(abs(record.total_years - stated))
    print(f"\n## Labelled resumes ({path.name}, {len(rows)})\n")
    print("| measure | share |\n|---|--:|")
    print(f"| labelled date ranges read | {read_ranges / ranges:.0%} ({read_ranges}/{ranges}) |")
    print(f"| labelled degrees given a level | {leveled / degrees:.0%} ({leveled}/{degrees}) |")
    if agreements:
        close = sum(1 for a in agreements if a <= STATED_TOLERANCE)
        agreements.sort()
        print(
            f"| computed years within ±{STATED_TOLERANCE:g} of the stated total (no job "
            "marked Present) | "
            f"{close / len(agreements):.0%} ({close}/{len(agreements)}; median gap "
            f"{agreements[len(agreements) // 2]:.1f} years) |"
        )
    print("\nDate ranges not read, by shape (digits as 9):", dict(missed_ranges.most_common(6)))


def main() -> None:
    """Run the evaluation."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--fixture", type=Path, default=FIXTURE)
    parser.add_argument("--postings", type=Path, help="JSONL of postings with a 'text' field")
    parser.add_argument("--examples", type=int, default=2, help="snippets shown per kind")
    parser.add_argument("--resume-ner", type=Path, help="JSONL of resumes with entity labels")
    args = parser.parse_args()
    fixture_accuracy(args.fixture)
    if args.postings:
        postings(args.postings, args.examples)
    if args.resume_ner:
        resume_ner(args.resume_ner)


if __name__ == "__main__":
    main()
