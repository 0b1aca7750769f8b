"""The candidate's record read from a CV: dated jobs and their years (overlaps counted once,
per skill too), the highest education and its field, and the languages spoken."""

from __future__ import annotations

import calendar
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from jdmatch import regexcache
from jdmatch.model import Document, Experience, Line
from jdmatch.requirements.patterns import (
    MAX_FIELD_WORDS,
    PLAIN_LEVELS,
    Patterns,
    education_level_of,
    patterns,
    read_language_level,
    read_number,
)
from jdmatch.skills import Mention

#: CV sections whose jobs count towards the total years (projects and organisations do not,
#: though a skill used in them still earns their years).
WORK_SECTIONS = frozenset({"experience"})
#: A job whose dates give only years ("2018 - 2020") is taken to start and end mid-year, so
#: that it lasts the difference of the years; one within a single year lasts this many months.
_SAME_YEAR_MONTHS = 6


@dataclass(frozen=True)
class Job:
    """One entry of a CV's experience with its dates read: its span in months and years."""

    experience: Experience
    line: Line  # its first line in the CV
    start: float | None  # months since year 0 (year * 12 + month - 1), None when unreadable
    end: float | None
    years: float | None
    skill_ids: frozenset[str] = frozenset()  # the skills its lines name


@dataclass(frozen=True)
class Education:
    """A degree or school level read from a CV line, with its field of study."""

    level: str  # a key of education_levels in data/requirements.json: "bachelor", "d3"…
    rank: int
    field: str | None  # as written: "Teknik Informatika", "Commerce"
    line: Line


@dataclass(frozen=True)
class LanguageSkill:
    """A language the CV names and how well, when it says."""

    skill_id: str
    name: str
    level: str | None  # "basic", "intermediate", "fluent", "native"
    line: Line | None  # None when known only from the language the CV is written in


@dataclass(frozen=True)
class CandidateRecord:
    """What a CV says of its candidate: jobs and years, education and languages."""

    reference: str  # "2025-03": the month that "Present" stands for
    jobs: tuple[Job, ...]
    total_years: float | None  # overlapping jobs counted once; None when nothing is dated
    total_source: str  # "jobs", "statement" (the summary's "5+ years of…") or "none"
    statement: Line | None
    skill_years: tuple[tuple[str, float], ...]  # skill id and its years, most first
    education: Education | None  # the highest
    languages: tuple[LanguageSkill, ...]

    def years_with(self, skill_ids: tuple[str, ...]) -> float:
        """Years in jobs that name any of these skills, overlaps counted once."""
        spans = [
            (job.start, job.end)
            for job in self.jobs
            if job.start is not None
            and job.end is not None
            and job.experience.section in WORK_SECTIONS
            and job.skill_ids & set(skill_ids)
        ]
        return total_years(spans)


_WITHIN = regexcache.compile(r"\bin\s+(?=[A-Z])")
_LETTER = regexcache.compile(r"[A-Za-z]")


def reference_month(today: date) -> float:
    """A date as months since year 0, with the days gone in its month as a fraction."""
    days = calendar.monthrange(today.year, today.month)[1]
    return today.year * 12 + today.month - 1 + (today.day - 1) / days


def _month_index(value: str, *, is_end: bool) -> tuple[float, bool]:
    if len(value) == 4:
        return int(value) * 12 + 6, True  # a year alone: mid-year
    year, month = value.split("-")
    # A month written as the end is worked through: "Jan 2019 - Jun 2019" is six months.
    return int(year) * 12 + int(month) - (0 if is_end else 1), False


def job_span(experience: Experience, now: float) -> tuple[float, float] | None:
    """A job's start and end in months since year 0; None when its dates cannot be read."""
    if experience.start_date is None:
        return None
    start, start_year_only = _month_index(experience.start_date, is_end=False)
    if experience.ongoing:
        end, end_year_only = now, False
    elif experience.end_date is None:
        return None
    else:
        end, end_year_only = _month_index(experience.end_date, is_end=True)
    if start_year_only and end_year_only and start == end:
        start, end = start - _SAME_YEAR_MONTHS / 2, end + _SAME_YEAR_MONTHS / 2
    end = min(end, now)
    if end <= start:
        return None
    return start, end


def _merged_months(spans: list[tuple[float, float]]) -> float:
    total = 0.0
    current_start = current_end = None
    for start, end in sorted(spans):
        if current_end is None or start > current_end:
            if current_end is not None and current_start is not None:
                total += current_end - current_start
            current_start, current_end = start, end
        else:
            current_end = max(current_end, end)
    if current_end is not None and current_start is not None:
        total += current_end - current_start
    return total


def total_years(spans: list[tuple[float, float]]) -> float:
    """Years covered by these spans (months since year 0), overlaps counted once."""
    return round(_merged_months(spans) / 12, 1)


def read_candidate(cv: Document, mentions: list[Mention], *, today: date) -> CandidateRecord:
    """What a CV says of its candidate: jobs and years (per skill too), education, languages."""
    p = patterns()
    now = reference_month(today)
    by_line: dict[int, set[str]] = defaultdict(set)
    for mention in mentions:
        if mention.line is not None:
            by_line[mention.line].add(mention.skill.id)
            by_line[mention.line].update(mention.skill.implies)
    jobs: list[Job] = []
    for experience in cv.experiences:
        span = job_span(experience, now)
        ids: set[str] = set()
        for number in range(experience.first_line, experience.last_line + 1):
            ids.update(by_line.get(number, ()))
        years = round((span[1] - span[0]) / 12, 1) if span else None
        jobs.append(
            Job(
                experience,
                cv.lines[experience.first_line - 1],
                span[0] if span else None,
                span[1] if span else None,
                years,
                frozenset(ids),
            )
        )
    work_spans = [
        (j.start, j.end)
        for j in jobs
        if j.start is not None and j.end is not None and j.experience.section in WORK_SECTIONS
    ]
    skill_spans: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for job in jobs:
        if (
            job.start is not None
            and job.end is not None
            and job.experience.section in WORK_SECTIONS
        ):
            for skill_id in job.skill_ids:
                skill_spans[skill_id].append((job.start, job.end))
    # Skills named in the same jobs have the same years: merged once for each set of jobs.
    years_of: dict[tuple[tuple[float, float], ...], float] = {}
    skill_years: dict[str, float] = {}
    for skill_id, spans in skill_spans.items():
        key = tuple(spans)
        years = years_of.get(key)
        skill_years[skill_id] = years_of[key] = total_years(spans) if years is None else years
    total: float | None = total_years(work_spans) if work_spans else None
    source = "jobs" if work_spans else "none"
    statement = None
    if total is None:
        found = _stated_years(cv, p)
        if found is not None:
            total, statement = found
            source = "statement"
            for skill_id in by_line.get(statement.number, ()):
                skill_years.setdefault(skill_id, total)
    ordered = tuple(sorted(skill_years.items(), key=lambda item: (-item[1], item[0])))
    year = int(now // 12)
    return CandidateRecord(
        reference=f"{year}-{int(now - year * 12) + 1:02d}",
        jobs=tuple(jobs),
        total_years=total,
        total_source=source,
        statement=statement,
        skill_years=ordered,
        education=_cv_education(cv, p),
        languages=_cv_languages(cv, mentions, p),
    )


def _stated_years(cv: Document, p: Patterns) -> tuple[float, Line] | None:
    """ "5+ years of experience", "pengalaman lebih dari 3 tahun" in the summary or header."""
    for line in cv.lines:
        if line.section not in ("summary", "header", "other") or line.heading:
            continue
        if not p.find_experience_cue(line.text):
            continue
        for quantity in p.each_quantity(line.text):
            if p.not_experience.search(line.text[: quantity.start()]):
                continue
            years = read_number(quantity.group("n"), p)
            if quantity.group("unit").lower().startswith(("month", "bulan", "bln")):
                years /= 12
            return round(years, 1), line
    return None


def _cv_education(cv: Document, p: Patterns) -> Education | None:
    lines = [line for line in cv.lines if line.section == "education" and not line.heading]
    if not lines:
        lines = [
            line
            for line in cv.lines
            if line.section not in ("experience", "projects", "skills") and not line.heading
        ]
    best: Education | None = None
    for line in lines:
        cued: bool | None = None  # whether the line has an education cue, once it is asked
        for found in p.levels(line.text):
            level = education_level_of(found, p)
            if level is None:
                continue
            rank = p.rank[level]
            if best is not None and rank <= best.rank:
                continue  # no higher than the best so far: nothing more to read of it
            if line.section != "education" and found.group("exact") not in PLAIN_LEVELS:
                # Outside the education section a level counts only on a line with a cue;
                # the cue is searched once per line (CV lines can be whole pages long).
                if cued is None:
                    cued = p.find_education_cue(line.text) is not None
                if not cued:
                    continue
            best = Education(level, rank, _cv_field(line.text, found, p), line)
    return best


def _cv_field(text: str, found: re.Match[str], p: Patterns) -> str | None:
    label = p.find_field_label(text)
    if label:
        rest = text[label.end() :]
    else:
        rest = text[found.end() :]
        if rest.lstrip().startswith((",", "|", "–", "—", "- ")):
            return None  # "MBA, Prasetiya Mulya": a school's name follows, not a field
        within = _WITHIN.search(rest)
        if within:
            rest = rest[within.end() :]
        elif p.rank[education_level_of(found, p) or "bachelor"] <= 1:
            return None  # "SMA Negeri 1 Bandung": the school's name, not a field
        rest = rest.replace("(", ",").replace(")", ",")
        rest = p.degree_filler.sub("", rest)
    cut = p.field_cut.search(rest)
    field = (rest[: cut.start()] if cut else rest).strip(" .,:-–")
    if not field or len(field.split()) > MAX_FIELD_WORDS or not _LETTER.search(field):
        return None
    return field


def _cv_languages(cv: Document, mentions: list[Mention], p: Patterns) -> tuple[LanguageSkill, ...]:
    best: dict[str, LanguageSkill] = {}
    for i, mention in enumerate(mentions):
        if mention.skill.category != "language" or mention.line is None:
            continue
        line = cv.lines[mention.line - 1]
        level = read_language_level(line, mention, mentions[i + 1 :], p)
        known = best.get(mention.skill.id)
        if (
            known is None
            or (level and not known.level)
            or (level and known.level and p.language_rank[level] > p.language_rank[known.level])
        ):
            skill = mention.skill
            best[skill.id] = LanguageSkill(skill.id, skill.name, level, line)
    return tuple(best.values())
