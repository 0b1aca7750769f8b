"""Does jdmatch's score agree with people? Both tasks side by side, beside plain TF-IDF, in one run.

Usage (from the repository root; scikit-learn and scipy are needed here, not at run time):

    python benchmarks/eval_fit.py \
        --many-cvs ../shared/data/ml-engineer-fit-dev \
        --many-jobs ../shared/data/one-cv-many-jobs-dev

- many CVs for one JD (a folder with job_description.pdf, resumes/ and labels.csv of
  resume,match_percentage): Spearman's rho of each score against the people's match
  percentage;
- many JDs for one CV (a folder with resume.txt and jobs.jsonl of id,text,relevant):
  ROC-AUC of each score against the candidate's own relevant / not-relevant labels.

Each figure has a bootstrap 95% interval (47 CVs make any single figure noisy). Baselines,
fitted on the texts of each set: scikit-learn's TfidfVectorizer with its defaults, and with
English stop words and sublinear tf. Then: each part of jdmatch's score alone (which part
carries the agreement), random halves of each set (how often jdmatch beats the better
baseline on half the data, a stand-in for the held-out halves we do not have), and each
weight of settings.SCORE_WEIGHTS moved by 0.1 (is the choice robust, or fitted to noise?).

The documents' extracted text is cached like `jdmatch batch` caches it (--no-cache: read
afresh); only the labels' file names and figures are printed, never document text.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.stats import spearmanr
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import roc_auc_score

from jdmatch.analysis import analyze_documents, to_document
from jdmatch.cache import DiskCache, cached_extract, default_cache_dir
from jdmatch.extract import extract_bytes
from jdmatch.match import combine
from jdmatch.model import Document
from jdmatch.settings import SCORE_WEIGHTS, Settings

BOOTSTRAP = 2000
HALVES = 200
#: How far each weight is moved in the sensitivity table.
STEP = 0.1
#: Issue 9's targets: Spearman on many CVs, ROC-AUC on many JDs.
TARGETS = {"many_cvs": 0.70, "many_jobs": 0.80}

Metric = Callable[[Sequence[float], Sequence[float]], float]


def rho(scores: Sequence[float], truth: Sequence[float]) -> float:
    """Spearman's rho."""
    return float(spearmanr(scores, truth).statistic)


def auc(scores: Sequence[float], truth: Sequence[float]) -> float:
    """ROC-AUC of scores against 0/1 labels."""
    return float(roc_auc_score(truth, scores))


@dataclass
class Task:
    """One labelled set: the truth, the baselines' scores and each pair's score parts."""

    name: str
    metric: Metric
    metric_name: str
    truth: list[float]
    baselines: dict[str, list[float]]
    parts: list[dict[str, float | None]]  # per pair: part name -> value 0-1, None if absent

    def jdmatch(self, weights: dict[str, float] | None = None) -> list[float]:
        """jdmatch's score of every pair, unrounded, with the shipped or the given weights."""
        return [sum(p.points for p in combine(v, weights).parts) for v in self.parts]

    def part(self, name: str) -> tuple[list[float], list[float]]:
        """One part's values, and the truth, over the pairs where it was measured."""
        values, truth = [], []
        for parts, t in zip(self.parts, self.truth, strict=True):
            value = parts.get(name)
            if value is not None:
                values.append(value)
                truth.append(t)
        return values, truth


def bootstrap(
    metric: Metric, scores: list[float], truth: list[float], seed: int = 1
) -> tuple[float, float]:
    """A 95% bootstrap interval of a metric."""
    rng = random.Random(seed)
    n = len(scores)
    values = []
    for _ in range(BOOTSTRAP):
        sample = [rng.randrange(n) for _ in range(n)]
        t = [truth[i] for i in sample]
        if len(set(t)) < 2:
            continue
        value = metric([scores[i] for i in sample], t)
        if not np.isnan(value):
            values.append(value)
    if not values:  # a constant score: no interval to give
        return float("nan"), float("nan")
    values.sort()
    return values[int(0.025 * len(values))], values[int(0.975 * len(values)) - 1]


def tfidf_scores(query: str, others: list[str], **options: object) -> list[float]:
    """Cosine of the query text with each other text, TF-IDF fitted on all of them."""
    vectorizer = TfidfVectorizer(**options)  # type: ignore[arg-type]
    matrix = vectorizer.fit_transform([query, *others])
    return list((matrix[1:] @ matrix[0].T).toarray().ravel())


def baselines(query: str, others: list[str]) -> dict[str, list[float]]:
    """Issue 9's two plain TF-IDF settings."""
    return {
        "tf-idf (defaults)": tfidf_scores(query, others),
        "tf-idf (stop words, sublinear)": tfidf_scores(
            query, others, stop_words="english", sublinear_tf=True
        ),
    }


def part_values(jd: Document, cv: Document) -> dict[str, float | None]:
    """The score's part values for one pair, through the same analysis as `jdmatch analyze`."""
    values: dict[str, float | None] = {name: None for name in SCORE_WEIGHTS}
    values.update({p.name: p.value for p in analyze_documents(jd, cv).match.score.parts})
    return values


def load(path: Path, kind: str, cache: DiskCache | None) -> Document:
    """Read a document through the batch cache of extracted text."""
    extracted, _ = cached_extract(path, settings=Settings(), cache=cache)
    return to_document(extracted, kind=kind, name=path.name)


def many_cvs(folder: Path, cache: DiskCache | None) -> Task:
    """Many CVs against one JD, and the people's match percentages."""
    with open(folder / "labels.csv", encoding="utf-8") as f:
        labels = {row["resume"]: float(row["match_percentage"]) for row in csv.DictReader(f)}
    jd = load(folder / "job_description.pdf", "jd", cache)
    names = sorted(labels)
    cvs = [load(folder / name, "cv", cache) for name in names]
    return Task(
        name=f"{folder.name} ({len(cvs)} CVs)",
        metric=rho,
        metric_name="Spearman rho",
        truth=[labels[name] for name in names],
        baselines=baselines(jd.text, [cv.text for cv in cvs]),
        parts=[part_values(jd, cv) for cv in cvs],
    )


def as_batch_reads(text: str, kind: str, name: str) -> Document:
    """A row's text as `jdmatch batch` reads a CSV/JSONL row: extracted (and so cleaned)."""
    return to_document(extract_bytes(text.encode("utf-8"), name), kind=kind, name=name)


def many_jobs(folder: Path) -> Task:
    """Many JDs against one CV, and the candidate's relevant / not-relevant labels."""
    resume = (folder / "resume.txt").read_text(encoding="utf-8")
    with open(folder / "jobs.jsonl", encoding="utf-8") as f:
        jobs = [json.loads(line) for line in f if line.strip()]
    cv = as_batch_reads(resume, "cv", "resume.txt")
    return Task(
        name=f"{folder.name} ({len(jobs)} JDs)",
        metric=auc,
        metric_name="ROC-AUC",
        truth=[1.0 if job["relevant"] else 0.0 for job in jobs],
        baselines=baselines(resume, [job["text"] for job in jobs]),
        parts=[part_values(as_batch_reads(job["text"], "jd", "job.txt"), cv) for job in jobs],
    )


def figure(task: Task, scores: list[float], truth: list[float] | None = None) -> str:
    """A metric with its bootstrap interval."""
    truth = task.truth if truth is None else truth
    low, high = bootstrap(task.metric, scores, truth)
    return f"{task.metric(scores, truth):.3f} [{low:.2f}, {high:.2f}]"


def print_table(header: list[str], rows: list[list[str]]) -> None:
    """A plain fixed-width table."""
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, ["-" * w for w in widths], *rows]:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())


def main_table(tasks: list[Task]) -> None:
    """Baselines, jdmatch and its parts on every task, side by side."""
    names = [*tasks[0].baselines, "jdmatch", *(f"  part: {p}" for p in SCORE_WEIGHTS)]
    rows = []
    for name in names:
        row = [name]
        for task in tasks:
            if name in task.baselines:
                row.append(figure(task, task.baselines[name]))
            elif name == "jdmatch":
                row.append(figure(task, task.jdmatch()))
            else:
                part = name.split(": ")[1]
                values, truth = task.part(part)
                missing = len(task.truth) - len(values)
                note = f" (n={len(values)})" if missing else ""
                row.append(figure(task, values, truth) + note if values else "-")
        rows.append(row)
    weights = ", ".join(f"{k} {v:.2f}" for k, v in SCORE_WEIGHTS.items())
    rows.append([f"(weights: {weights})", *("" for _ in tasks)])
    print_table(["score", *(f"{t.name}: {t.metric_name} [95% CI]" for t in tasks)], rows)


def halves_table(tasks: list[Task], seed: int = 7) -> None:
    """jdmatch against the better baseline on random halves of each set."""
    rows = []
    for task in tasks:
        best = max(task.baselines, key=lambda b: task.metric(task.baselines[b], task.truth))
        ours = task.jdmatch()
        rng = random.Random(seed)
        n = len(task.truth)
        mine: list[float] = []
        theirs: list[float] = []
        wins = 0
        while len(mine) < HALVES:
            half = rng.sample(range(n), n // 2)
            truth = [task.truth[i] for i in half]
            if len(set(truth)) < 2:
                continue
            a = task.metric([ours[i] for i in half], truth)
            b = task.metric([task.baselines[best][i] for i in half], truth)
            mine.append(a)
            theirs.append(b)
            wins += a > b
        target = TARGETS["many_cvs" if task.metric is rho else "many_jobs"]
        low, high = np.percentile(mine, [5, 95])
        rows.append(
            [
                task.name,
                f"{np.median(mine):.3f} [{low:.2f}, {high:.2f}]",
                f"{best}: {np.median(theirs):.3f}",
                f"{wins / HALVES:.0%}",
                f"{np.mean(np.array(mine) >= target):.0%}",
            ]
        )
    print_table(
        [
            "set",
            "jdmatch median [5%, 95%]",
            "better baseline, median",
            "jdmatch ahead",
            "at target",
        ],
        rows,
    )


def sensitivity_table(tasks: list[Task]) -> None:
    """Each weight moved by STEP either way, the others rescaled to keep the sum at 1."""
    rows = [["as shipped", *(f"{t.metric(t.jdmatch(), t.truth):.3f}" for t in tasks)]]
    for name in SCORE_WEIGHTS:
        for step in (-STEP, STEP):
            weights = dict(SCORE_WEIGHTS)
            weights[name] = max(0.0, weights[name] + step)
            total = sum(weights.values())
            weights = {k: v / total for k, v in weights.items()}
            rows.append(
                [
                    f"{name} {step:+.1f} -> {weights[name]:.2f}",
                    *(f"{t.metric(t.jdmatch(weights), t.truth):.3f}" for t in tasks),
                ]
            )
    print_table(["weights", *(f"{t.name}: {t.metric_name}" for t in tasks)], rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--many-cvs", type=Path, help="folder: JD, resumes/, labels.csv")
    parser.add_argument("--many-jobs", type=Path, help="folder: resume.txt, jobs.jsonl")
    parser.add_argument("--no-cache", action="store_true", help="extract the PDFs afresh")
    args = parser.parse_args()
    if not (args.many_cvs or args.many_jobs):
        parser.error("give --many-cvs and/or --many-jobs")
    cache = None if args.no_cache else DiskCache(default_cache_dir())
    tasks = []
    if args.many_cvs:
        tasks.append(many_cvs(args.many_cvs, cache))
    if args.many_jobs:
        tasks.append(many_jobs(args.many_jobs))
    targets = ", ".join(
        f"{t.metric_name} >= {TARGETS['many_cvs' if t.metric is rho else 'many_jobs']:.2f}"
        for t in tasks
    )
    print(f"\nAgreement with people, both tasks in one run (targets: {targets}, above TF-IDF)\n")
    main_table(tasks)
    print(f"\nRandom halves ({HALVES} per set): jdmatch against the better TF-IDF on each half\n")
    halves_table(tasks)
    print(f"\nSensitivity: each weight moved by {STEP} (the others rescaled to sum to 1)\n")
    sensitivity_table(tasks)
    return 0


if __name__ == "__main__":
    sys.exit(main())
