"""Does jdmatch's score agree with people? Measured beside plain TF-IDF cosine, in one run.

Usage (from the repository root; scikit-learn and scipy are needed here, not at run time):

    python benchmarks/eval_fit.py \
        --many-cvs ../shared/data/ml-engineer-fit-dev \
        --many-jobs ../shared/data/one-cv-many-jobs-dev

- many CVs for one JD (a folder with job_description.pdf, resumes/ and labels.csv of
  resume,match_percentage): Spearman's rho of each score against the people's match
  percentage, with a bootstrap 95% interval (47 CVs make any single figure noisy);
- many JDs for one CV (a folder with resume.txt and jobs.jsonl of id,text,relevant):
  ROC-AUC of each score against the candidate's own relevant / not-relevant labels.

Baselines, fitted on the texts of each set: scikit-learn's TfidfVectorizer with its defaults,
and with English stop words and sublinear tf. Each score part of jdmatch is shown too, so a
person can see which part carries the agreement.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from pathlib import Path

import numpy as np
from scipy.stats import spearmanr
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import roc_auc_score

from jdmatch.analysis import analyze_documents, load
from jdmatch.parse import parse

BOOTSTRAP = 2000


def tfidf_scores(query: str, others: list[str], **options: object) -> list[float]:
    """Cosine of the query text with each other text, TF-IDF fitted on all of them."""
    vectorizer = TfidfVectorizer(**options)  # type: ignore[arg-type]
    matrix = vectorizer.fit_transform([query, *others])
    return list((matrix[1:] @ matrix[0].T).toarray().ravel())


def jdmatch_scores(analyses: list) -> dict[str, list[float]]:  # type: ignore[type-arg]
    """The total and each part of jdmatch's score, unrounded."""
    columns: dict[str, list[float]] = {"jdmatch": []}
    for analysis in analyses:
        parts = analysis.match.score.parts
        columns["jdmatch"].append(sum(p.points for p in parts))
        for part in parts:
            columns.setdefault(f"  part: {part.name}", []).append(part.value)
    return columns


def bootstrap_rho(x: list[float], y: list[float], seed: int = 1) -> tuple[float, float]:
    """A 95% bootstrap interval of Spearman's rho."""
    rng = random.Random(seed)
    n = len(x)
    values = []
    for _ in range(BOOTSTRAP):
        sample = [rng.randrange(n) for _ in range(n)]
        rho = spearmanr([x[i] for i in sample], [y[i] for i in sample]).statistic
        if not np.isnan(rho):
            values.append(rho)
    values.sort()
    return values[int(0.025 * len(values))], values[int(0.975 * len(values)) - 1]


def many_cvs(folder: Path) -> list[tuple[str, str]]:
    """Spearman's rho on many CVs against one JD."""
    with open(folder / "labels.csv", encoding="utf-8") as f:
        labels = {row["resume"]: float(row["match_percentage"]) for row in csv.DictReader(f)}
    jd = load(folder / "job_description.pdf", kind="jd")
    cvs = {name: load(folder / name, kind="cv") for name in sorted(labels)}
    truth = [labels[name] for name in cvs]
    analyses = [analyze_documents(jd, cv) for cv in cvs.values()]
    texts = [cv.text for cv in cvs.values()]
    columns = {
        "tf-idf (defaults)": tfidf_scores(jd.text, texts),
        "tf-idf (stop words, sublinear)": tfidf_scores(
            jd.text, texts, stop_words="english", sublinear_tf=True
        ),
        **jdmatch_scores(analyses),
    }
    rows = []
    for name, scores in columns.items():
        rho = spearmanr(scores, truth).statistic
        low, high = bootstrap_rho(scores, truth)
        rows.append((name, f"{rho:.3f}  [{low:.2f}, {high:.2f}]"))
    return rows


def many_jobs(folder: Path) -> list[tuple[str, str]]:
    """ROC-AUC on many JDs against one CV."""
    resume = (folder / "resume.txt").read_text(encoding="utf-8")
    with open(folder / "jobs.jsonl", encoding="utf-8") as f:
        jobs = [json.loads(line) for line in f if line.strip()]
    cv = parse(resume, kind="cv", name="resume.txt")
    truth = [1 if job["relevant"] else 0 for job in jobs]
    analyses = [analyze_documents(parse(job["text"], kind="jd"), cv) for job in jobs]
    texts = [job["text"] for job in jobs]
    columns = {
        "tf-idf (defaults)": tfidf_scores(resume, texts),
        "tf-idf (stop words, sublinear)": tfidf_scores(
            resume, texts, stop_words="english", sublinear_tf=True
        ),
        **jdmatch_scores(analyses),
    }
    return [(name, f"{roc_auc_score(truth, scores):.3f}") for name, scores in columns.items()]


def table(title: str, metric: str, rows: list[tuple[str, str]]) -> None:
    """Print one result table."""
    width = max(len(name) for name, _ in rows)
    print(f"\n{title}\n{'-' * len(title)}")
    print(f"{'score':<{width}}  {metric}")
    for name, value in rows:
        print(f"{name:<{width}}  {value}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--many-cvs", type=Path, help="folder: JD, resumes/, labels.csv")
    parser.add_argument("--many-jobs", type=Path, help="folder: resume.txt, jobs.jsonl")
    args = parser.parse_args()
    if not (args.many_cvs or args.many_jobs):
        parser.error("give --many-cvs and/or --many-jobs")
    if args.many_cvs:
        rows = many_cvs(args.many_cvs)
        table(f"Many CVs, one JD: {args.many_cvs.name}", "Spearman rho [95% CI]", rows)
    if args.many_jobs:
        table(f"Many JDs, one CV: {args.many_jobs.name}", "ROC-AUC", many_jobs(args.many_jobs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
