"""Score jdmatch.find_skills against labelled development data (see ../shared/data/README.md).

Usage (from the repository root; give any subset of the data sets):

    python benchmarks/eval_skills.py \\
        --skillspan ../shared/data/skillspan-dev/skillspan_dev_postings.jsonl \\
        --resume-ner ../shared/data/resume-ner-train/dotin_train.jsonl \\
        --lokerid ../shared/data/lokerid-id-dev/lokerid_dev.jsonl \\
        --glints ../shared/data/glints-id-2020/glints_2020_it_jobs_skills_to_have.csv \\
        --softskills ../shared/data/softskills-train/job_train.csv \\
        [--json figures.json] [--taxonomy extra.csv ...] [--document] [--top 25]

What is measured, per data set:

- skillspan: gold intervals are every whole-word occurrence of each labelled span string
  (case-sensitive, or case-insensitive when the exact case never occurs). Lenient: a
  prediction is correct when it overlaps a knowledge or skill interval; recall is over
  knowledge intervals. Exact: the prediction's text equals a span string (case-insensitive,
  outer punctuation and extra spaces ignored); recall is over distinct knowledge strings.
- resume-ner: lenient overlap with the "Tech Tools", "Job Specific Skills" and "Soft Skills"
  entities, recall per entity and per type. Headline precision: per predicted mention, as the
  data's README defines it (a mention is correct when it overlaps a skill entity), with the
  README's caveat taken in (some tools are labelled at their first mention only, so a repeat
  of a skill after a labelled mention of it in the same resume counts as correct), over the
  resumes that have skill labels: 27 of the 310 have none at all, so none of their
  predictions can be judged. Beside it: the same over all resumes, per distinct skill, plain
  per mention, and first mentions only.
- lokerid: the share of the employer's "Keahlian" lines in which a skill is found.
- glints: the share of employer-picked skill tags a found skill covers (>= 50% of the tag's
  non-space characters), by use and over distinct tags.
- softskills: of the phrases found as a soft skill, the share labelled a soft skill.

Each data set also lists its most common false positives and misses, to show where to work.
``--document`` scores ``document_mentions(parse(text))`` instead of ``find_skills(text)`` on
the full documents (skillspan, resume-ner), so headings and company/benefit sections are
skipped as in ``jdmatch analyze``. Throughput counts the text given to the matcher (1 MB =
10^6 bytes of UTF-8, 5 KB = 5,000 bytes); with ``--document`` it includes parsing. Loading
the taxonomy and the first call (which builds the matcher's caches) are timed apart.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from jdmatch.parse import parse
from jdmatch.skills import Mention, document_mentions, find_skills
from jdmatch.taxonomy import Taxonomy, load_taxonomy

#: The resume-ner entity types that are skills; the others (Designation, Degree...) are not.
RESUME_SKILL_TYPES = ("Tech Tools", "Job Specific Skills", "Soft Skills")
#: A glints tag is recognised when one found skill covers this share of its characters.
TAG_COVERAGE = 0.5
#: Anonymisation placeholders in the SkillSpan texts, and what a span must have besides.
_PLACEHOLDER = re.compile(r"<[A-Z]+>")
_LOCATABLE = re.compile(r"[^\W_]")
#: One call before the timed ones, so that building the matcher's caches is not counted.
WARM_UP = "Mampu berkomunikasi dan bernegosiasi; proficient in Python, SQL and Excel."
_OUTER_PUNCT = " \t\n.,;:!?()[]{}\"'`’“”"

Interval = tuple[int, int]


# --- the matcher, timed ----------------------------------------------------------------


class Matcher:
    """Calls the matcher and keeps, per data set, the calls, bytes and seconds spent."""

    def __init__(self, taxonomy: Taxonomy, document: bool = False) -> None:
        self.taxonomy = taxonomy
        self.document = document
        self.stats: dict[str, list[float]] = defaultdict(lambda: [0, 0, 0.0])

    def __call__(self, dataset: str, text: str, kind: str | None = None) -> list[Mention]:
        """The mentions in a text; with ``kind`` and --document, via the parsed document."""
        started = time.perf_counter()
        if self.document and kind is not None:
            mentions = _document_mentions(text, kind, self.taxonomy)
        else:
            mentions = find_skills(text, taxonomy=self.taxonomy)
        stats = self.stats[dataset]
        stats[0] += 1
        stats[1] += len(text.encode("utf-8"))
        stats[2] += time.perf_counter() - started
        return mentions

    def timing(self) -> dict[str, dict[str, float]]:
        """Calls, MB, seconds, MB/s and ms per 5 KB, per data set and in all."""
        rows = dict(self.stats)
        rows["all"] = [sum(s[i] for s in self.stats.values()) for i in range(3)]
        return {name: _throughput(*values) for name, values in rows.items()}


def _throughput(calls: float, size: float, seconds: float) -> dict[str, float]:
    return {
        "calls": int(calls),
        "mb": size / 1e6,
        "seconds": seconds,
        "mb_per_s": ratio(size / 1e6, seconds),
        "ms_per_5kb": ratio(seconds * 1000, size / 5000),
    }


def _document_mentions(text: str, kind: str, taxonomy: Taxonomy) -> list[Mention]:
    """document_mentions of the parsed text, with offsets mapped back into ``text``.

    Parsing strips lines and bullets and joins wrapped lines, so a document line differs
    from the raw text only in white space: each line is found, in order, in the raw text
    with its white space removed, and offsets are carried over by counting the characters
    that are not white space.
    """
    document = parse(text, kind=kind)
    by_line: dict[int, list[Mention]] = defaultdict(list)
    for mention in document_mentions(document, taxonomy=taxonomy):
        by_line[mention.line or 0].append(mention)
    raw = [i for i, c in enumerate(text) if not c.isspace()]  # raw offset of each such char
    squeezed = "".join(text[i] for i in raw)
    mapped: list[Mention] = []
    cursor = 0
    for line in document.lines:
        needle = "".join(line.text.split())
        found = squeezed.find(needle, cursor) if needle else -1
        if found < 0:
            continue
        cursor = found + len(needle)
        mentions = by_line.get(line.number, ())
        own = [i for i, c in enumerate(line.text) if not c.isspace()] if mentions else []
        for mention in mentions:
            first = found + bisect_left(own, mention.start - line.start)
            last = found + bisect_left(own, mention.end - line.start) - 1
            start, end = raw[first], raw[last] + 1
            mapped.append(Mention(mention.skill, start, end, text[start:end]))
    return mapped


def _count_nonspace(text: str) -> int:
    return len(text) - sum(1 for c in text if c.isspace())


# --- scoring helpers ---------------------------------------------------------------------


def ratio(part: float, whole: float) -> float:
    """part / whole, or 0 when there is nothing to divide by."""
    return part / whole if whole else 0.0


def prf(correct_predicted: int, predicted: int, found: int, gold: int) -> dict[str, float]:
    """Precision, recall and F1 with the counts they come from."""
    precision, recall = ratio(correct_predicted, predicted), ratio(found, gold)
    return {
        "precision": precision,
        "recall": recall,
        "f1": ratio(2 * precision * recall, precision + recall),
        "predicted": predicted,
        "correct_predicted": correct_predicted,
        "gold": gold,
        "found": found,
    }


def overlaps(start: int, end: int, intervals: Iterable[Interval]) -> bool:
    """Whether [start, end) shares a character with any interval."""
    return any(start < e and s < end for s, e in intervals)


def normalise(span: str) -> str:
    """A span's form for exact comparison: case folded, outer punctuation and spaces gone."""
    return " ".join(span.strip(_OUTER_PUNCT).split()).casefold()


def occurrences(text: str, span: str) -> list[Interval]:
    """Every whole-word occurrence of ``span`` in ``text``: exact case if any, else any case.

    A span of punctuation or anonymisation placeholders only ("." or "<ORGANIZATION>") is
    an artefact of the labels and is not located.
    """
    if not _LOCATABLE.search(_PLACEHOLDER.sub("", span)):
        return []
    pattern = ("(?<!\\w)" if span[:1].isalnum() else "") + re.escape(span)
    pattern += "(?![\\w+#])" if span[-1:].isalnum() else ""
    for flags in (0, re.IGNORECASE):
        found = [m.span() for m in re.finditer(pattern, text, flags)]
        if found:
            return found
    return []


def predicted_label(mention: Mention) -> str:
    """How a prediction is listed among the false positives."""
    return f"{' '.join(mention.alias.split()).casefold()} -> {mention.skill.id}"


def top(counter: Counter[str], n: int) -> list[list[Any]]:
    """The n most common entries, as [text, count] pairs (JSON-ready)."""
    return [[text, count] for text, count in counter.most_common(n)]


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The JSON objects of a JSON-lines file."""
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def read_csv(path: Path) -> list[dict[str, str]]:
    """The rows of a CSV file with a header line."""
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


# --- the data sets -----------------------------------------------------------------------


def eval_skillspan(path: Path, match: Matcher, n_top: int) -> dict[str, Any]:
    """SkillSpan postings: lenient and exact P/R/F1, precision per predicted category."""
    predicted = correct_lenient = correct_exact = 0
    gold_intervals = found_intervals = gold_strings = found_strings = unlocated = 0
    by_category: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    by_source: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    false_positives: Counter[str] = Counter()
    misses: Counter[str] = Counter()
    postings = read_jsonl(path)
    for posting in postings:
        text = posting["text"]
        knowledge: set[Interval] = set()
        any_gold: set[Interval] = set()
        for field in ("knowledge_spans", "skill_spans"):
            for span in set(posting[field]):
                found = occurrences(text, span)
                unlocated += not found
                any_gold.update(found)
                if field == "knowledge_spans":
                    knowledge.update(found)
        span_forms = {normalise(s) for s in posting["knowledge_spans"] + posting["skill_spans"]}
        knowledge_forms = {normalise(s) for s in posting["knowledge_spans"]} - {""}
        mentions = match("skillspan", text, "jd")
        source = by_source[posting.get("source", "?")]
        for mention in mentions:
            lenient = overlaps(mention.start, mention.end, any_gold)
            exact = normalise(mention.alias) in span_forms
            predicted += 1
            correct_lenient += lenient
            correct_exact += exact
            category = by_category[mention.skill.category]
            category[0] += 1
            category[1] += lenient
            category[2] += exact
            source[0] += 1
            source[1] += lenient
            if not lenient:
                false_positives[predicted_label(mention)] += 1
        for start, end in sorted(knowledge):
            hit = any(m.start < end and start < m.end for m in mentions)
            found_intervals += hit
            source[2] += 1
            source[3] += hit
            if not hit:
                misses[" ".join(text[start:end].split())] += 1
        gold_intervals += len(knowledge)
        mention_forms = {normalise(m.alias) for m in mentions}
        gold_strings += len(knowledge_forms)
        found_strings += len(knowledge_forms & mention_forms)
    return {
        "postings": len(postings),
        "unlocated_span_strings": unlocated,
        "lenient": prf(correct_lenient, predicted, found_intervals, gold_intervals),
        "exact": prf(correct_exact, predicted, found_strings, gold_strings),
        "by_category": {
            name: {
                "predicted": c[0],
                "lenient_precision": ratio(c[1], c[0]),
                "exact_precision": ratio(c[2], c[0]),
            }
            for name, c in sorted(by_category.items())
        },
        "by_source": {name: prf(c[1], c[0], c[3], c[2]) for name, c in sorted(by_source.items())},
        "false_positives": top(false_positives, n_top),
        "misses": top(misses, n_top),
    }


def eval_resume_ner(path: Path, match: Matcher, n_top: int) -> dict[str, Any]:
    """Resumes with skill entities: lenient P/R/F1 by mention and by skill, recall per type.

    The headline counts every predicted mention, as the data's README asks. A mention is
    correct when it overlaps a skill entity, or when an earlier mention of the same skill in
    that resume does: the README warns that some tools are labelled at their first mention
    only, so the unlabelled repeat of a labelled skill is the labels' gap, not a false skill
    (a mention before the first labelled one, or of a skill never labelled, stays wrong).
    Resumes with no skill entity at all (27 of the 310 in resume-ner-train, some with AWS,
    ASP.NET and Appium in their text) were not labelled for skills, so the headline leaves
    them out; the row over all resumes, where every prediction in them is wrong, is printed
    beside it, with plain per-mention and per-distinct-skill rows. Predictions that overlap
    another entity type (a Designation "Software Engineer", a Degree "B.Tech Computer
    Science") stay false positives: the data's README counts only the three skill types as
    gold; the table by entity type shows how many there are.
    """
    resumes = read_jsonl(path)
    types_in_file = Counter(e["type"] for r in resumes for e in r["entities"])
    missing_types = [t for t in RESUME_SKILL_TYPES if t not in types_in_file]
    if missing_types:
        print(f"warning: {path}: no entities of type {missing_types}", file=sys.stderr)
    # [predicted, correct] per way of counting
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    unlabelled = 0
    gold_by_type: Counter[str] = Counter()
    found_by_type: Counter[str] = Counter()
    by_category: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    false_positives: Counter[str] = Counter()
    fp_skills: Counter[str] = Counter()
    fp_overlapping: Counter[str] = Counter()
    misses: Counter[str] = Counter()
    for resume in resumes:
        text = resume["text"]
        gold = [e for e in resume["entities"] if e["type"] in RESUME_SKILL_TYPES]
        other = [e for e in resume["entities"] if e["type"] not in RESUME_SKILL_TYPES]
        gold_spans = [(e["start"], e["end"]) for e in gold]
        mentions = match("resume-ner", text, "cv")
        unlabelled += not gold
        by_skill: dict[str, list[bool]] = defaultdict(list)
        seen: set[str] = set()
        for mention in sorted(mentions, key=lambda m: m.start):
            hit = overlaps(mention.start, mention.end, gold_spans)
            by_skill[mention.skill.id].append(hit)
            _count(counts["mentions"], hit)
            if mention.skill.id not in seen:
                seen.add(mention.skill.id)
                _count(counts["first"], hit)
            if not gold:
                continue
            _count(counts["mentions, labelled"], hit)
            by_category[mention.skill.category][0] += 1
            by_category[mention.skill.category][1] += hit
            if not hit:
                false_positives[predicted_label(mention)] += 1
                labels = [
                    e["type"]
                    for e in other
                    if mention.start < e["end"] and e["start"] < mention.end
                ]
                fp_overlapping[labels[0] if labels else "(no entity)"] += 1
        for skill_id, hits in by_skill.items():
            # The data's caveat: some tools are labelled at their first mention only, so an
            # unlabelled repeat after a labelled mention of the same skill is no error (a
            # mention before the first labelled one still is).
            labelled_before = False
            for hit in hits:  # in text order
                labelled_before = labelled_before or hit
                _count(counts["mentions, repeats"], labelled_before)
                if gold:
                    _count(counts["mentions, repeats, labelled"], labelled_before)
            _count(counts["skills"], any(hits))
            if gold:
                _count(counts["skills, labelled"], any(hits))
                if not any(hits):
                    fp_skills[skill_id] += 1
        for entity in gold:
            hit = any(m.start < entity["end"] and entity["start"] < m.end for m in mentions)
            gold_by_type[entity["type"]] += 1
            found_by_type[entity["type"]] += hit
            if not hit:
                misses[" ".join(entity["text"].split()).casefold()] += 1
    gold_total, found_total = sum(gold_by_type.values()), sum(found_by_type.values())

    def scores(way: str) -> dict[str, float]:
        predicted, correct = counts[way]
        return prf(correct, predicted, found_total, gold_total)

    return {
        "resumes": len(resumes),
        "resumes_without_skill_labels": unlabelled,
        "entity_types_in_file": dict(types_in_file.most_common()),
        "mentions_repeats_credited": scores("mentions, repeats"),
        "mentions_repeats_credited_labelled": scores("mentions, repeats, labelled"),
        "skills_per_resume": scores("skills, labelled"),
        "lenient": scores("mentions"),
        "mentions_labelled_resumes": scores("mentions, labelled"),
        "skills_per_resume_all_resumes": scores("skills"),
        "first_mention_only": scores("first"),
        "recall_by_type": {
            t: {
                "gold": gold_by_type[t],
                "found": found_by_type[t],
                "recall": ratio(found_by_type[t], gold_by_type[t]),
            }
            for t in RESUME_SKILL_TYPES
        },
        "by_category": {
            name: {"predicted": c[0], "lenient_precision": ratio(c[1], c[0])}
            for name, c in sorted(by_category.items())
        },
        "false_positives_overlapping": dict(fp_overlapping.most_common()),
        "false_positives": top(false_positives, n_top),
        "false_positive_skills": top(fp_skills, n_top),
        "misses": top(misses, n_top),
    }


def _count(tally: list[int], hit: bool) -> None:
    tally[0] += 1
    tally[1] += hit


def eval_lokerid(path: Path, match: Matcher, n_top: int) -> dict[str, Any]:
    """loker.id "Keahlian" lines: the share in which at least one skill is found."""
    postings = read_jsonl(path)
    lines = hit_lines = 0
    posting_shares: list[float] = []
    by_field: dict[str, list[float]] = defaultdict(lambda: [0, 0])
    misses: Counter[str] = Counter()
    matched: Counter[str] = Counter()
    for posting in postings:
        own = [line for line in posting.get("keahlian_section") or [] if line.strip()]
        if not own:
            continue
        hits = 0
        for line in own:
            mentions = match("lokerid", line)
            hits += bool(mentions)
            matched.update(predicted_label(m) for m in mentions)
            if not mentions:
                misses[" ".join(line.split())] += 1
        lines += len(own)
        hit_lines += hits
        posting_shares.append(hits / len(own))
        field = by_field[posting.get("category") or "?"]
        field[0] += len(own)
        field[1] += hits
    return {
        "postings": len(postings),
        "postings_with_lines": len(posting_shares),
        "lines": lines,
        "lines_with_skill": hit_lines,
        "line_share": ratio(hit_lines, lines),
        "mean_posting_share": ratio(sum(posting_shares), len(posting_shares)),
        "by_field": {
            name: {"lines": int(f[0]), "line_share": ratio(f[1], f[0])}
            for name, f in sorted(by_field.items(), key=lambda kv: -kv[1][0])
        },
        "most_common_matches": top(matched, n_top),
        "misses": [[line[:100], count] for line, count in misses.most_common(n_top)],
    }


def eval_glints(path: Path, match: Matcher, n_top: int, n_top_tags: int) -> dict[str, Any]:
    """Glints skill tags: the share a found skill covers, by use and over distinct tags.

    Each posting's tags are matched as the one comma-separated line the employer wrote, so
    a tag has its neighbours as on the posting (which strict aliases such as "Go" need).
    """
    uses: Counter[str] = Counter()
    recognised_uses: Counter[str] = Counter()
    partial: Counter[str] = Counter()
    for row in read_csv(path):
        tags = [" ".join(t.split()) for t in (row.get("skills_to_have") or "").split(",")]
        tags = [t for t in tags if t]
        if not tags:
            continue
        line = ", ".join(tags)
        mentions = match("glints", line)
        position = 0
        for tag in tags:
            start, end = position, position + len(tag)
            position = end + 2
            uses[tag] += 1
            size = _count_nonspace(tag)
            best: Mention | None = None
            best_cover = 0.0
            for mention in mentions:
                lo, hi = max(start, mention.start), min(end, mention.end)
                if lo >= hi:
                    continue
                cover = ratio(_count_nonspace(line[lo:hi]), size)
                if cover > best_cover:
                    best, best_cover = mention, cover
            if best_cover >= TAG_COVERAGE:
                recognised_uses[tag] += 1
            elif best is not None:
                partial[f"{tag} <- {predicted_label(best)}"] += 1
    used = sum(uses.values())
    unrecognised = Counter(
        {t: c - recognised_uses[t] for t, c in uses.items() if c > recognised_uses[t]}
    )
    return {
        "tag_uses": used,
        "distinct_tags": len(uses),
        "share_by_use": ratio(sum(recognised_uses.values()), used),
        "share_distinct": ratio(len(recognised_uses), len(uses)),
        "partial_matches": top(partial, n_top),
        "misses": top(unrecognised, n_top_tags),
    }


def eval_softskills(path: Path, match: Matcher, n_top: int) -> dict[str, Any]:
    """Soft-skill phrases in context: precision of treating a found soft skill as one."""
    rows = read_csv(path)
    fires: dict[str, bool] = {}
    fired = fired_soft = soft = 0
    false_positives: Counter[str] = Counter()
    misses: Counter[str] = Counter()
    for row in rows:
        phrase = " ".join(row["soft_skill"].split())
        if phrase not in fires:
            fires[phrase] = any(m.skill.category == "soft" for m in match("softskills", phrase))
        label = row["is_soft_skill"].strip() == "1"
        soft += label
        if fires[phrase]:
            fired += 1
            fired_soft += label
            if not label:
                false_positives[phrase] += 1
        elif label:
            misses[phrase] += 1
    return {
        "rows": len(rows),
        "rows_soft": soft,
        "rows_fired": fired,
        "precision": ratio(fired_soft, fired),
        "recall": ratio(fired_soft, soft),
        "label0_fired": fired - fired_soft,
        "label0_rows": len(rows) - soft,
        "false_positives": top(false_positives, n_top),
        "misses": top(misses, n_top),
    }


# --- printing ----------------------------------------------------------------------------


def print_table(title: str, header: list[str], rows: list[list[Any]]) -> None:
    """A plain-text table: first column left-aligned, the others right-aligned."""
    cells = [header] + [[_cell(v) for v in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    print(f"\n{title}\n{'-' * len(title)}")
    for n, row in enumerate(cells):
        parts = [row[0].ljust(widths[0])] + [
            v.rjust(w) for v, w in zip(row[1:], widths[1:], strict=True)
        ]
        print("  ".join(parts).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))
    if not rows:
        print("(none)")


def _cell(value: Any) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def _prf_row(name: str, scores: dict[str, float]) -> list[Any]:
    return [
        name,
        scores["precision"],
        scores["recall"],
        scores["f1"],
        f"{scores['correct_predicted']}/{scores['predicted']}",
        f"{scores['found']}/{scores['gold']}",
    ]


PRF_HEADER = ["", "P", "R", "F1", "correct/pred", "found/gold"]


def _print_top(title: str, pairs: list[list[Any]]) -> None:
    print_table(title, ["text", "count"], pairs)


def report_skillspan(r: dict[str, Any]) -> None:
    title = f"skillspan-dev: {r['postings']} postings"
    rows = [_prf_row("lenient", r["lenient"]), _prf_row("exact", r["exact"])]
    rows += [_prf_row(f"lenient, {name}", s) for name, s in r["by_source"].items()]
    print_table(title, PRF_HEADER, rows)
    unlocated = r["unlocated_span_strings"]
    print(f"(span strings not located, placeholders or punctuation only: {unlocated})")
    print_table(
        "skillspan-dev: precision by category of the predicted skill",
        ["category", "predicted", "lenient P", "exact P"],
        [
            [name, c["predicted"], c["lenient_precision"], c["exact_precision"]]
            for name, c in r["by_category"].items()
        ],
    )
    _print_top("skillspan-dev: top false positives (alias -> skill id)", r["false_positives"])
    _print_top("skillspan-dev: top missed knowledge spans", r["misses"])


def report_resume_ner(r: dict[str, Any]) -> None:
    rows = [
        _prf_row(
            "mentions, labelled resumes, repeats credited (headline)",
            r["mentions_repeats_credited_labelled"],
        ),
        _prf_row("  the same, all resumes", r["mentions_repeats_credited"]),
        _prf_row("skills per resume, labelled", r["skills_per_resume"]),
        _prf_row("mentions, labelled resumes", r["mentions_labelled_resumes"]),
        _prf_row("skills per resume, all", r["skills_per_resume_all_resumes"]),
        _prf_row("mentions, all (old measure)", r["lenient"]),
        _prf_row("first mention only, all", r["first_mention_only"]),
    ]
    print_table(
        f"resume-ner-train: {r['resumes']} resumes, "
        f"{r['resumes_without_skill_labels']} without skill labels (left out of the labelled rows)",
        PRF_HEADER,
        rows,
    )
    print_table(
        "resume-ner-train: recall by gold type",
        ["type", "gold", "found", "recall"],
        [[t, v["gold"], v["found"], v["recall"]] for t, v in r["recall_by_type"].items()],
    )
    print_table(
        "resume-ner-train: precision by category of the predicted skill",
        ["category", "predicted", "lenient P"],
        [[n, c["predicted"], c["lenient_precision"]] for n, c in r["by_category"].items()],
    )
    print_table(
        "resume-ner-train: false positives by the entity they overlap",
        ["entity type", "count"],
        [[n, c] for n, c in r["false_positives_overlapping"].items()],
    )
    _print_top("resume-ner-train: top false positives (alias -> skill id)", r["false_positives"])
    _print_top(
        "resume-ner-train: skills most often found but never labelled in a resume",
        r["false_positive_skills"],
    )
    _print_top("resume-ner-train: top missed skill entities", r["misses"])


def report_lokerid(r: dict[str, Any]) -> None:
    print_table(
        f"lokerid-id-dev: {r['postings']} postings, {r['lines']} Keahlian lines",
        ["", "share"],
        [
            [f"lines with a skill ({r['lines_with_skill']}/{r['lines']})", r["line_share"]],
            [f"mean per posting ({r['postings_with_lines']} postings)", r["mean_posting_share"]],
        ],
    )
    print_table(
        "lokerid-id-dev: lines with a skill, by field of work",
        ["field", "lines", "share"],
        [[n, v["lines"], v["line_share"]] for n, v in r["by_field"].items()],
    )
    _print_top(
        "lokerid-id-dev: most common matches (check for false positives)",
        r["most_common_matches"],
    )
    _print_top("lokerid-id-dev: most common lines with no skill found", r["misses"])


def report_glints(r: dict[str, Any]) -> None:
    print_table(
        f"glints-id-2020: {r['tag_uses']} tag uses, {r['distinct_tags']} distinct tags",
        ["", "share recognised"],
        [["by use", r["share_by_use"]], ["distinct tags", r["share_distinct"]]],
    )
    _print_top(
        "glints-id-2020: top partial matches, covering < 50% (tag <- alias -> id)",
        r["partial_matches"],
    )
    _print_top("glints-id-2020: top unrecognised tags", r["misses"])


def report_softskills(r: dict[str, Any]) -> None:
    print_table(
        f"softskills-train: {r['rows']} rows, {r['rows_soft']} labelled soft skill",
        ["", "value"],
        [
            [f"precision (label 1 among {r['rows_fired']} rows found soft)", r["precision"]],
            ["recall (label-1 rows found soft)", r["recall"]],
            [f"label-0 rows that fire (of {r['label0_rows']})", r["label0_fired"]],
        ],
    )
    _print_top("softskills-train: top label-0 phrases found as soft skills", r["false_positives"])
    _print_top("softskills-train: top label-1 phrases not found", r["misses"])


def report_timing(timing: dict[str, dict[str, float]], load: float, first_call: float) -> None:
    print_table(
        "throughput of the matcher (one core)",
        ["data set", "calls", "MB", "seconds", "MB/s", "ms/5KB"],
        [
            [name, t["calls"], t["mb"], t["seconds"], t["mb_per_s"], t["ms_per_5kb"]]
            for name, t in timing.items()
        ],
    )
    print(
        f"(measured separately: taxonomy load {load * 1000:.1f} ms, "
        f"first call, which builds the caches, {first_call * 1000:.1f} ms)"
    )


# --- main --------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--skillspan", type=Path, metavar="JSONL", help="skillspan_dev_postings.jsonl"
    )
    parser.add_argument("--resume-ner", type=Path, metavar="JSONL", help="dotin_train.jsonl")
    parser.add_argument("--lokerid", type=Path, metavar="JSONL", help="lokerid_dev.jsonl")
    parser.add_argument(
        "--glints", type=Path, metavar="CSV", help="glints_2020_it_jobs_skills_to_have.csv"
    )
    parser.add_argument("--softskills", type=Path, metavar="CSV", help="job_train.csv")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures here")
    parser.add_argument(
        "--taxonomy",
        type=Path,
        action="append",
        default=[],
        metavar="CSV",
        help="merge a taxonomy CSV",
    )
    parser.add_argument(
        "--document", action="store_true", help="score document_mentions on full documents"
    )
    parser.add_argument("--top", type=int, metavar="N", default=25, help="length of the top lists")
    parser.add_argument(
        "--top-tags", type=int, metavar="N", default=40, help="unrecognised glints tags"
    )
    args = parser.parse_args(argv)
    datasets = ("skillspan", "resume_ner", "lokerid", "glints", "softskills")
    if not any(getattr(args, name) for name in datasets):
        parser.error("give at least one data set")

    started = time.perf_counter()
    taxonomy = load_taxonomy(tuple(args.taxonomy))
    load_seconds = time.perf_counter() - started
    print(
        f"taxonomy: {len(taxonomy)} skills, {len(taxonomy.table)} alias keys; "
        f"matcher: {'document_mentions' if args.document else 'find_skills'}"
    )
    if not len(taxonomy):
        print("warning: the taxonomy is empty: every figure will be zero", file=sys.stderr)

    started = time.perf_counter()
    find_skills(WARM_UP, taxonomy=taxonomy)  # builds the matcher's caches once
    first_call_seconds = time.perf_counter() - started
    match = Matcher(taxonomy, document=args.document)
    results: dict[str, Any] = {
        "taxonomy": {"skills": len(taxonomy), "alias_keys": len(taxonomy.table)},
        "matcher": "document_mentions" if args.document else "find_skills",
    }
    if args.skillspan:
        results["skillspan"] = eval_skillspan(args.skillspan, match, args.top)
        report_skillspan(results["skillspan"])
    if args.resume_ner:
        results["resume_ner"] = eval_resume_ner(args.resume_ner, match, args.top)
        report_resume_ner(results["resume_ner"])
    if args.lokerid:
        results["lokerid"] = eval_lokerid(args.lokerid, match, args.top)
        report_lokerid(results["lokerid"])
    if args.glints:
        results["glints"] = eval_glints(args.glints, match, args.top, args.top_tags)
        report_glints(results["glints"])
    if args.softskills:
        results["softskills"] = eval_softskills(args.softskills, match, args.top)
        report_softskills(results["softskills"])
    results["timing"] = match.timing()
    results["taxonomy"]["load_seconds"] = load_seconds
    results["taxonomy"]["first_call_seconds"] = first_call_seconds
    report_timing(results["timing"], load_seconds, first_call_seconds)

    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", "utf-8")
        print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
