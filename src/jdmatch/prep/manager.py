"""Fit with the hiring manager: how this manager's team works, what in the CV shows the same,
how to show openness to direction and readiness to learn, and what to ask the manager.

The cue words live in data/signals.json under "manager"; the report words the facts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from jdmatch.match import Evidence, Gap, LineCoverage
from jdmatch.memo import per_document
from jdmatch.model import Document, Line
from jdmatch.prep.bullets import CvBullet
from jdmatch.prep.cues import (
    cue_anchors,
    cue_pattern,
    cue_positions,
    cue_starts,
    signals,
    words_pattern,
)
from jdmatch.prep.questions import ReverseQuestion
from jdmatch.prep.signals import SENTENCE_END
from jdmatch.skills import Mention
from jdmatch.textscan import matches_at, may_hold

#: Gaps named where the report asks for openness to direction: the heaviest few.
MAX_LEARNING_GAPS = 3
#: Questions about how the manager works: one or two, so they are asked, not skipped.
MAX_MANAGER_QUESTIONS = 2
#: The kinds a question about the manager can be about, in the order they are preferred,
#: and the reverse-question topic that would already ask the same thing.
QUESTION_KINDS = ("reporting_line", "autonomy", "guidance", "pace", "collaboration")
ASKED_AS = {
    "reporting_line": "reporting_line",
    "pace": "deadlines",
    "collaboration": "cross_functional",
}
#: When the JD says nothing a question can build on, these are asked.
DEFAULT_QUESTIONS = ("style", "feedback")
#: JD sections read for the manager's way of working: not the perks.
SKIPPED_JD_SECTIONS = frozenset({"benefits"})
#: Where a CV line shows a way of working best: in a job, then the summary, then the rest.
CV_SECTION_RANK = {
    "experience": 0,
    "projects": 1,
    "summary": 2,
    "certifications": 3,
    "other": 3,
    "languages": 4,
    "skills": 5,
}
#: Words a line cannot end on unless the layout wrapped it: the phrase goes on below.
_CONTINUED = frozenset(
    [
        "untuk",
        "dan",
        "di",
        "dari",
        "pada",
        "ke",
        "dengan",
        "atau",
        "serta",
        "yang",
        "for",
        "and",
        "of",
        "in",
        "at",
        "with",
        "the",
        "to",
        "or",
        "-",
        "–",
        "&",
        ",",
    ]
)
#: CV sections never quoted as evidence: the name and contact line, and degrees.
SKIPPED_CV_SECTIONS = frozenset({"header", "education"})


@dataclass(frozen=True)
class ManagerSignal:
    """One thing the JD says about how the manager's team works, and the CV line that shows
    you work that way (None when the CV does not show it)."""

    kind: str  # "reporting_line", "autonomy", "guidance", "collaboration", "pace", "shifts"…
    jd_line: Evidence  # alias: the cue as the JD writes it
    cv_line: Evidence | None  # alias: the cue as the CV writes it
    #: Whether cv_line shows it; False when it is only the closest line, because the JD
    #: line's soft skills are gaps of the report ("bekerja di bawah tekanan").
    shown: bool = True


@dataclass(frozen=True)
class ManagerQuestion:
    """A question that tells the candidate how this manager works."""

    kind: str  # a kind of QUESTION_KINDS, or "style" / "feedback" when the JD says nothing
    jd_line: Evidence | None = None


@dataclass(frozen=True)
class ManagerFit:
    """Fit with the manager: the working-style signals, learning and direction, questions."""

    signals: tuple[ManagerSignal, ...]
    gaps: tuple[Gap, ...]  # the gaps the candidate is closing: where to welcome direction
    learning: Evidence | None  # a CV line that shows the candidate learns (course, certificate)
    questions: tuple[ManagerQuestion, ...]


def manager_kinds() -> tuple[str, ...]:
    """The kinds of working-style signal, in the order the report shows them."""
    return tuple(k for k in signals()["manager"] if k != "learning")


@lru_cache(maxsize=2)
def _any_cue(side: str) -> re.Pattern[str]:
    """Every cue of every kind of one side ("jd" or "cv"): one search rules out most lines."""
    return words_pattern(c for k in manager_kinds() for c in signals()["manager"][k][side])


def _cv_candidates(cv: Document, bullets: Sequence[CvBullet]) -> list[Evidence]:
    """The CV's lines that can show a way of working: work lines (wrapped ones joined),
    summary sentences, and the single lines of the other sections."""
    found: list[Evidence] = [Evidence(b.line, b.section, b.text, "") for b in bullets]
    in_bullets = {n for b in bullets for n in range(b.line, b.last_line + 1)}
    for line in cv.lines:
        if line.heading or line.number in in_bullets or line.section in SKIPPED_CV_SECTIONS:
            continue
        if line.section == "experience":
            continue  # a job's own title line: its bullets say what was done
        if line.section == "summary":
            for sentence in SENTENCE_END.split(line.text):
                found.append(Evidence(line.number, line.section, sentence.strip(), ""))
        else:
            found.append(Evidence(line.number, line.section, line.text, ""))
    return found


def _with_hits(
    lines: Sequence[tuple[Evidence, list[int]]], pattern: re.Pattern[str]
) -> list[tuple[Evidence, list[re.Match[str]]]]:
    """The lines where pattern matches, with its matches; each line comes with the places
    where a cue of any kind begins (textscan.matches_at)."""
    return [(e, hits) for e, starts in lines if (hits := matches_at(pattern, e.text, starts))]


def _cv_cue_lines(cv: Document, bullets: Sequence[CvBullet]) -> list[tuple[Evidence, list[int]]]:
    """The CV's candidate lines (_cv_candidates) with a cue of any kind, and where they begin."""
    any_cv_cue = cue_starts(_any_cue("cv"))
    return [
        (evidence, starts)
        for evidence in _cv_candidates(cv, bullets)
        if (starts := cue_positions(any_cv_cue, evidence.text))
    ]


def _best_line(
    lines: Sequence[tuple[Evidence, list[re.Match[str]]]],
    rank: dict[str, int],
    used: set[int],
) -> Evidence | None:
    # Each line comes with the matches of one kind's cues on it (_with_hits).
    best: tuple[tuple[int, bool, int, int], Evidence] | None = None
    for evidence, hits in lines:
        key = (
            -len(hits),
            evidence.line in used,  # a line not quoted yet says something new
            rank.get(evidence.section, 9),
            evidence.line,
        )
        if best is None or key < best[0]:
            found = Evidence(evidence.line, evidence.section, evidence.text, hits[0].group(0))
            best = (key, found)
    return best[1] if best else None


def _unproven_soft_skills(coverage: Sequence[LineCoverage]) -> frozenset[int]:
    """The JD lines whose soft skills ("bekerja di bawah tekanan") the CV shows none of: the
    report lists them as gaps, so no CV line may be quoted as showing the same there."""
    lines = set()
    for row in coverage:
        soft = [s for s in row.skills if s.category == "soft"]
        if soft and not any(s in row.matched for s in soft):
            lines.add(row.line)
    return frozenset(lines)


def manager_signals(
    jd: Document,
    cv: Document,
    bullets: Sequence[CvBullet],
    coverage: Sequence[LineCoverage] = (),
) -> tuple[ManagerSignal, ...]:
    """What the JD says about how the manager's team works, each with the CV line that shows
    the same, in the order of data/signals.json. On a JD line whose soft skills are all
    gaps, the CV line is only the closest one (shown=False): the gaps say the CV lacks them."""
    # The JD's side comes from the JD alone: found once per JD (memo.py).
    jd_lines = per_document(jd, "manager_jd_lines", lambda: manager_jd_lines(jd))
    if not jd_lines:
        return ()
    # The CV's lines with each kind's cues come from the CV alone: found once per CV (and its
    # work lines), filled in as the JDs ask for the kinds (memo.py).
    cv_hits = per_document(cv, "manager_cv_hits", dict, bullets)
    found: list[ManagerSignal] = []
    cv_used: set[int] = set()
    unproven = _unproven_soft_skills(coverage)
    for kind, jd_line in jd_lines:
        if kind not in cv_hits:
            cv_lines = per_document(
                cv, "manager_cv_lines", lambda: _cv_cue_lines(cv, bullets), bullets
            )
            cv_hits[kind] = _with_hits(cv_lines, cue_pattern("manager", kind, "cv"))
        cv_line = _best_line(cv_hits[kind], CV_SECTION_RANK, cv_used)
        if cv_line is not None:
            cv_used.add(cv_line.line)
        shown = cv_line is not None and jd_line.line not in unproven
        found.append(ManagerSignal(kind, jd_line, cv_line, shown))
    return tuple(found)


def manager_jd_lines(jd: Document) -> tuple[tuple[str, Evidence], ...]:
    """The JD's side of manager_signals: each kind of working-style signal the JD names, with
    the line that says it best, in the order of data/signals.json."""
    # One scan per line for the cues of every kind: it rules out most lines, and on the
    # others it finds the only places where a kind's cue can match.
    any_cue = cue_starts(_any_cue("jd"))
    jd_lines = []
    for line in jd.lines:
        if line.heading or line.section in SKIPPED_JD_SECTIONS or "@" in line.text:
            continue
        if starts := cue_positions(any_cue, line.text):
            jd_lines.append((Evidence(line.number, line.section, line.text, ""), starts))
    if not jd_lines:
        return ()
    found: list[tuple[str, Evidence]] = []
    used: set[int] = set()
    for kind in manager_kinds():
        jd_line = _best_line(_with_hits(jd_lines, cue_pattern("manager", kind, "jd")), {}, used)
        if jd_line is not None:
            used.add(jd_line.line)
            found.append((kind, jd_line))
    return tuple(found)


def learning_line(
    cv: Document, mentions: Sequence[Mention], gaps: Sequence[Gap]
) -> Evidence | None:
    """A CV line that shows the candidate learns on their own: a course, a certificate, a
    training; one about a skill close to a gap first (a Power BI certificate for Tableau)."""
    related = {g.related.id for g in gaps if g.related is not None}
    near_gap = {m.line for m in mentions if m.skill.id in related and m.line is not None}
    best: tuple[tuple[int, int, int], Line, list[re.Match[str]]] | None = None
    for line, hits in per_document(cv, "learning_lines", lambda: _learning_lines(cv)):
        key = (-(len(hits) + (1 if line.number in near_gap else 0)), -len(line.text), line.number)
        if best is None or key < best[0]:
            best = (key, line, hits)
    if best is None:
        return None
    _, line, hits = best
    cue = hits[0].group(0) if hits else ""
    return Evidence(line.number, line.section, _with_rest(cv, line.number), cue)


def _learning_lines(cv: Document) -> list[tuple[Line, list[re.Match[str]]]]:
    """The CV's lines that can show learning, with the learning cues on them: those with a
    cue, and every line of the certifications."""
    pattern = cue_pattern("manager", "learning")
    anchors = cue_anchors("manager", "learning")
    found = []
    for line in cv.lines:
        if line.heading or line.section in SKIPPED_CV_SECTIONS:
            continue
        if (
            anchors is not None
            and line.section != "certifications"
            and not may_hold(line.text, anchors)
        ):
            continue  # no cue's first word: no hits (most lines; the search is slow)
        hits = list(pattern.finditer(line.text))
        if hits or line.section == "certifications":
            found.append((line, hits))
    return found


def _with_rest(cv: Document, number: int) -> str:
    """A line with the next one when the layout wrapped it mid-phrase ("Pelatihan Accurate 5
    untuk" / "Perusahaan Dagang, 2020")."""
    line = cv.lines[number - 1]
    words = line.text.split()
    if number >= len(cv.lines) or not words or words[-1].lower() not in _CONTINUED:
        return line.text
    following = cv.lines[number]
    if following.heading or following.bullet or following.section != line.section:
        return line.text
    return line.text + " " + following.text


def manager_questions(
    found: Sequence[ManagerSignal], reverse: Sequence[ReverseQuestion]
) -> tuple[ManagerQuestion, ...]:
    """One or two questions about how this manager works, none that the reverse questions
    already ask."""
    asked = {q.topic for q in reverse if q.kind == "workflow"}
    by_kind = {s.kind: s for s in found}
    questions = [
        ManagerQuestion(kind, by_kind[kind].jd_line)
        for kind in QUESTION_KINDS
        if kind in by_kind and ASKED_AS.get(kind) not in asked
    ][:MAX_MANAGER_QUESTIONS]
    for kind in DEFAULT_QUESTIONS:
        if len(questions) == MAX_MANAGER_QUESTIONS:
            break
        questions.append(ManagerQuestion(kind))
    return tuple(questions)


def manager_fit(
    jd: Document,
    cv: Document,
    bullets: Sequence[CvBullet],
    gaps: Sequence[Gap],
    mentions: Sequence[Mention],
    reverse: Sequence[ReverseQuestion],
    coverage: Sequence[LineCoverage] = (),
) -> ManagerFit:
    """Fit with the hiring manager, from this JD, this CV and the gaps being closed;
    coverage (Match.coverage) says which JD lines' soft skills the CV shows."""
    found = manager_signals(jd, cv, bullets, coverage)
    closing = tuple(gaps[:MAX_LEARNING_GAPS])
    return ManagerFit(
        signals=found,
        gaps=closing,
        learning=learning_line(cv, mentions, closing),
        questions=manager_questions(found, reverse),
    )
