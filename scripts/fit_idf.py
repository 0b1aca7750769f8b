"""Fit the IDF weights that ship in src/jdmatch/data/idf.json, with scikit-learn.

Usage (from the repository root; each path a JSON-lines file with a "text" field, or a
folder of JD files):

    python scripts/fit_idf.py ../shared/data/lokerid-id-dev/lokerid_dev.jsonl \
        ../shared/data/one-cv-many-jobs-dev/jobs.jsonl \
        ../shared/data/jobstreet-id/jobstreet_postings.jsonl \
        ../shared/data/skillspan-dev/skillspan_dev_postings.jsonl \
        ../shared/data/real-layout-files/jd-docx

Only figures leave this script: for each skill id and each word, its inverse document
frequency over the postings. No text of any posting is written.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from sklearn.feature_extraction.text import TfidfVectorizer

from jdmatch.analysis import load
from jdmatch.errors import JdmatchError
from jdmatch.extract import SUPPORTED_SUFFIXES
from jdmatch.parse import parse
from jdmatch.skills import document_mentions
from jdmatch.taxonomy import load_taxonomy

OUT = Path(__file__).resolve().parent.parent / "src" / "jdmatch" / "data" / "idf.json"
#: A word must appear in this many postings to be kept: rarer words are names and typos.
MIN_WORD_DF = 2


def postings(paths: list[Path]) -> list[tuple[str, str]]:
    """(source name, text) of every posting under the given paths."""
    found: list[tuple[str, str]] = []
    for path in paths:
        if path.is_dir():
            for file in sorted(path.rglob("*")):
                if file.suffix.lower() in SUPPORTED_SUFFIXES:
                    try:
                        found.append((path.name, load(file, kind="jd").text))
                    except JdmatchError as exc:
                        print(f"skipped: {exc}", file=sys.stderr)
        else:
            with open(path, encoding="utf-8") as f:
                for line in f:
                    if line.strip():
                        found.append((path.parent.name, json.loads(line)["text"]))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("-o", "--output", type=Path, default=OUT)
    args = parser.parse_args()
    docs = postings(args.paths)
    if not docs:
        print("no postings found", file=sys.stderr)
        return 1
    taxonomy = load_taxonomy()
    skill_docs = [
        sorted({m.skill.id for m in document_mentions(parse(text, kind="jd"), taxonomy=taxonomy)})
        for _, text in docs
    ]
    skills = TfidfVectorizer(analyzer=lambda ids: ids, smooth_idf=True)
    skills.fit(skill_docs)
    words = TfidfVectorizer(
        token_pattern=r"(?u)\b[^\W\d_]{2,}\b", lowercase=True, min_df=MIN_WORD_DF, smooth_idf=True
    )
    words.fit([text for _, text in docs])
    n = len(docs)
    import math

    # Unseen terms get the IDF of a term seen once: rare, but not infinitely so.
    unseen = round(math.log((1 + n) / 2) + 1, 3)
    sources: dict[str, int] = {}
    for source, _ in docs:
        sources[source] = sources.get(source, 0) + 1
    table = {
        "documents": n,
        "fitted_on": ", ".join(f"{name} ({count})" for name, count in sorted(sources.items())),
        "default_skill": unseen,
        "default_word": unseen,
        "skills": {
            term: round(float(value), 3)
            for term, value in sorted(zip(skills.get_feature_names_out(), skills.idf_, strict=True))
        },
        "words": {
            term: round(float(value), 3)
            for term, value in sorted(zip(words.get_feature_names_out(), words.idf_, strict=True))
        },
    }
    args.output.write_text(json.dumps(table, ensure_ascii=False, sort_keys=True) + "\n", "utf-8")
    print(
        f"{n} postings; {len(table['skills'])} skills, {len(table['words'])} words -> {args.output}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
