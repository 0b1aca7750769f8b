"""The CV's work lines (bullets of jobs and projects), their measurable results and skills."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from jdmatch.model import Document, Experience, Line
from jdmatch.parse import find_date_range
from jdmatch.prep.cues import (
    any_cue_starts,
    cue_pattern,
    cue_positions,
    impact_kinds,
    measurable_results,
)
from jdmatch.skills import Mention
from jdmatch.textscan import matches_at

#: CV sections whose lines tell what the candidate did.
WORK_SECTIONS = ("experience", "projects")
#: A line of a job that is not a bullet counts as work only from this many words: shorter
#: ones are the role, the company or the town.
MIN_PLAIN_WORDS = 5
#: Kinds of number suggested for one line: two give a choice without a list to wade through.
MAX_IMPACT_KINDS = 2


@dataclass(frozen=True)
class CvBullet:
    """A line of the CV that says what you did in a job or project (a wrapped one joined)."""

    line: int  # its first line number in the CV
    last_line: int  # its last line: a bullet the PDF wrapped runs over several
    section: str
    text: str
    results: tuple[str, ...]  # the measurable outcomes it states: "12%", "Rp 200 juta"
    skill_ids: tuple[str, ...]  # the taxonomy's skills named on it, in text order
    experience: Experience | None  # the job it belongs to, when the CV's dates gave one

    @property
    def measurable(self) -> bool:
        """Whether the line already states a number for its result."""
        return bool(self.results)


@dataclass(frozen=True)
class ImpactGap:
    """A CV line with no measurable result, and the kinds of number that would fit it."""

    bullet: CvBullet
    kinds: tuple[str, ...]  # "time_saved", "error_rate", "target", "revenue", "volume", "people"


def _header_lines(document: Document) -> set[int]:
    # A job's own heading lines: from its first line down to the line with its dates.
    numbers: set[int] = set()
    for job in document.experiences:
        for number in range(job.first_line, job.last_line + 1):
            numbers.add(number)
            if _has_dates(document.lines[number - 1].text):
                break
    return numbers


def _has_dates(text: str) -> bool:
    # Every date range holds a year, 19xx or 20xx: most lines fail the cheap test, and the
    # others are searched from their first year on.
    return ("19" in text or "20" in text) and find_date_range(text) is not None


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?", ";", ":"))


def cv_bullets(cv: Document, mentions: Sequence[Mention]) -> tuple[CvBullet, ...]:
    """The lines of a CV's jobs and projects that tell what was done, in CV order."""
    headers = _header_lines(cv)
    groups: list[list[Line]] = []
    for line in cv.lines:
        if line.section not in WORK_SECTIONS or line.heading or line.number in headers:
            continue
        if _has_dates(line.text):
            continue
        previous = groups[-1][-1] if groups else None
        if (
            previous is not None
            and not line.bullet
            and previous.number == line.number - 1
            and not _ends_sentence(previous.text)
        ):
            groups[-1].append(line)  # the rest of a bullet that the layout wrapped
            continue
        if line.bullet or len(line.text.split()) >= MIN_PLAIN_WORDS:
            groups.append([line])
    # Each line's skill ids in text order, each once: a dict keeps the first place of a key.
    by_line: dict[int, dict[str, None]] = {}
    for mention in mentions:
        if mention.line is not None:
            by_line.setdefault(mention.line, {})[mention.skill.id] = None
    bullets = []
    for group in groups:
        text = " ".join(line.text for line in group)
        skill_ids: dict[str, None] = {}
        for line in group:
            skill_ids.update(by_line.get(line.number, {}))
        first = group[0].number
        job = next((j for j in cv.experiences if j.first_line <= first <= j.last_line), None)
        bullets.append(
            CvBullet(
                line=first,
                last_line=group[-1].number,
                section=group[0].section,
                text=text,
                results=measurable_results(text),
                skill_ids=tuple(skill_ids),
                experience=job,
            )
        )
    return tuple(bullets)


@cache
def _kind_cues() -> tuple[re.Pattern[str], tuple[tuple[str, re.Pattern[str]], ...]]:
    """Where a cue of any kind of number begins (cue_starts), and each kind's cue pattern, in
    tie-breaking order: looked up once, not for every line."""
    kinds = impact_kinds()
    starts = any_cue_starts(*(("impact_kinds", kind) for kind in kinds))
    return starts, tuple((kind, cue_pattern("impact_kinds", kind)) for kind in kinds)


def fitting_kinds(text: str) -> tuple[str, ...]:
    """The kinds of number that would fit a line, by its words; "volume" when none says."""
    any_cue, cues = _kind_cues()
    # One scan for the cues of every kind; each kind is tried only where a cue begins.
    starts = cue_positions(any_cue, text)
    if not starts:
        return ("volume",)
    ranked = []  # (-cues found, tie-breaking order, kind): the most cues first
    for order, (kind, pattern) in enumerate(cues):
        if found := len(matches_at(pattern, text, starts)):
            ranked.append((-found, order, kind))
    ranked.sort()
    return tuple(kind for _, _, kind in ranked[:MAX_IMPACT_KINDS]) or ("volume",)


def impact_check(
    bullets: Sequence[CvBullet], kinds: Callable[[str], tuple[str, ...]] = fitting_kinds
) -> tuple[ImpactGap, ...]:
    """The CV's work lines that state no measurable result, each with the numbers to add;
    kinds is fitting_kinds, or a function that remembers it (CvLines.result_kinds)."""
    return tuple(ImpactGap(b, kinds(b.text)) for b in bullets if not b.measurable)
