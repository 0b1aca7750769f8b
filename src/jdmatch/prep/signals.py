"""What the JD says beyond skills: how the team works, its words, and the company itself."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from jdmatch import regexcache
from jdmatch.match import Evidence, Match, Requirement
from jdmatch.memo import per_document
from jdmatch.model import Document, Line
from jdmatch.parse import WRAPPED_LINE
from jdmatch.prep.cues import (
    count_hits,
    cue_pattern,
    cue_positions,
    cue_starts,
    signals,
    words_pattern,
    workflow_kinds,
)
from jdmatch.skills import Mention
from jdmatch.taxonomy import Skill
from jdmatch.textscan import matches_at, occurrences

#: JD lines quoted per workflow signal, and CV lines that show the same way of working.
MAX_SIGNAL_LINES = 2
#: Lines longer than this are paragraphs; a signal quotes a shorter line first.
QUOTABLE_LINE = 200
#: Signals about the offer (growth, working hours) are read in the benefits too; the others
#: only where the JD describes the job, so "training" in a perk is no training duty.
OFFER_SIGNALS = frozenset({"growth", "working_hours"})
#: Ways of working a CV line can show as well ("cross-functional squad", "Agile sprints").
CV_SIGNALS = frozenset(
    {"agile", "cross_functional", "shifts", "travel", "remote_hybrid", "stakeholders"}
)
#: Skill categories that are the job's technical vocabulary (soft skills and languages are not).
TERM_CATEGORIES = frozenset({"tool", "technical", "methodology", "domain", "certification"})
#: Terms listed per group: enough for the words that matter, few enough to rehearse; and of
#: them at most this many abbreviations the taxonomy does not know (GMV, CTEs).
MAX_SHARED_TERMS = 15
MAX_NEW_TERMS = 12
MAX_ABBREVIATIONS = 4
#: Sentences about the company quoted for the enthusiasm point.
MAX_COMPANY_FACTS = 2
#: Shortest sentence worth quoting about the company: shorter ones are a name or a banner.
MIN_FACT_WORDS = 6
#: A JD's job sections; the company's own description comes before them.
JOB_SECTIONS = frozenset({"responsibilities", "requirements", "nice_to_have"})
#: A bullet of a CV counts as concrete with a number; the checklist flags "too theoretical"
#: when more than this share of the work lines has none.
MAX_THEORETICAL_SHARE = 0.5

#: Two to six capitals standing alone, plural or not: "(?<![\w\-/])([A-Z]{2,6})(s?)(?![\w\-/])",
#: the lookbehind written after the first capital, so that re skips straight to the capitals.
_ABBREVIATION = regexcache.compile(r"([A-Z](?<![\w\-/].)[A-Z]{1,5})(s?)(?![\w\-/])")
_WORD = regexcache.compile(r"\w+")
_DIGIT = regexcache.compile(r"\d")
#: Around an abbreviation the CV uses (_uses): no word character or hyphen before it, an
#: optional plural "s" and none after.
_NO_WORD_BEFORE = regexcache.compile(r"(?<![\w\-])")
_PLURAL_END = regexcache.compile(r"s?(?![\w\-])")
#: Where one sentence ends and the next begins: the spaces after a ".", "!" or "?" before a
#: capital, a digit or a quote. Written to begin with the space and look back from there
#: ("(?<=[.!?])\s+" plainly), so that re skips straight to the spaces of a text.
SENTENCE_END = regexcache.compile(r"\s(?<=[.!?]\s)\s*(?=[A-Z0-9\"“])")


@dataclass(frozen=True)
class WorkflowSignal:
    """One thing the JD says about how the team works, with the lines that say it."""

    kind: str  # a key of "workflow" in data/signals.json: "agile", "travel", "shifts"…
    jd_lines: tuple[Evidence, ...]  # alias: the cue as the JD writes it
    cv_lines: tuple[int, ...] = ()  # CV lines that show the same way of working


@dataclass(frozen=True)
class VocabularyTerm:
    """A technical term of the JD, as the JD writes it, and whether the CV uses it too."""

    term: str  # as the JD writes it: "Google Analytics 4 / GA4", "GMV"
    skill: Skill | None  # None for an abbreviation the taxonomy does not know
    jd_line: int
    cv_term: str | None = None  # as the CV writes it, when the CV names it

    @property
    def shared(self) -> bool:
        """Whether the CV uses the term already."""
        return self.cv_term is not None


@dataclass(frozen=True)
class CompanyFact:
    """A sentence of the JD about the company, its product or mission, to show interest with."""

    line: int
    text: str


@dataclass(frozen=True)
class ChecklistItem:
    """One common interview mistake, checked against this JD and CV."""

    kind: str  # "concrete_results", "team_process", "honest_gaps", "enthusiasm"
    ok: bool  # nothing to fix: the CV or the JD already gives what is needed
    count: int = 0  # concrete_results: work lines without a number
    total: int = 0  # concrete_results: work lines in all
    signals: tuple[str, ...] = ()  # team_process: the kinds of signal found in the JD
    skills: tuple[Skill, ...] = ()  # honest_gaps: the gaps to prepare an answer for
    facts: tuple[CompanyFact, ...] = ()  # enthusiasm: what to mention about the company


@lru_cache(maxsize=64)
def _cue_ranks(kind: str) -> tuple[dict[str, int], tuple[tuple[str, int], ...]]:
    """Each cue of a workflow signal by its place in data/signals.json: whole cues by their
    words, and cues ending in "*" by their stem."""
    whole: dict[str, int] = {}
    stems: list[tuple[str, int]] = []
    for rank, cue in enumerate(signals()["workflow"][kind]):
        if cue.endswith("*"):
            stems.append((_cue_words(cue[:-1]), rank))
        else:
            whole.setdefault(_cue_words(cue), rank)
    return whole, tuple(stems)


def _cue_words(text: str) -> str:
    return " ".join(re.split(r"[\s\-]+", text.lower().strip()))


@lru_cache(maxsize=4096)
def _cue_rank(kind: str, hit: str) -> int:
    whole, stems = _cue_ranks(kind)
    words = _cue_words(hit)
    rank = whole.get(words)
    if rank is not None:
        return rank
    return min((r for stem, r in stems if words.startswith(stem)), default=len(whole) + len(stems))


@lru_cache(maxsize=1)
def _every_cue() -> re.Pattern[str]:
    return words_pattern(c for kind in workflow_kinds() for c in signals()["workflow"][kind])


def workflow_signals(jd: Document, cv: Document) -> tuple[WorkflowSignal, ...]:
    """What the JD says about how the team works, in the order of data/signals.json."""
    found = []
    # The CV lines that show each kind come from the CV alone: found once per CV, filled in
    # as the JDs ask for the kinds; the JD's lines once per JD (memo.py).
    cv_lines_of: dict[str, tuple[int, ...]] = per_document(cv, "workflow_cv_lines", dict)
    for kind, lines in per_document(jd, "workflow_jd_lines", lambda: workflow_jd_lines(jd)):
        cv_lines: tuple[int, ...] = ()
        if kind in CV_SIGNALS:
            if kind not in cv_lines_of:
                cv_lines_of[kind] = _cv_workflow_lines(cv, kind)
            cv_lines = cv_lines_of[kind]
        found.append(WorkflowSignal(kind, lines, cv_lines))
    return tuple(found)


def workflow_jd_lines(jd: Document) -> tuple[tuple[str, tuple[Evidence, ...]], ...]:
    """The JD's side of workflow_signals: each kind the JD names, with the lines that say it
    most plainly."""
    found: list[tuple[str, tuple[Evidence, ...]]] = []
    # One scan for every cue of every kind rules out most lines at once, and finds the only
    # places where a kind's cue can match on the others.
    every_cue = cue_starts(_every_cue())
    cue_lines: list[tuple[Line, list[int]]] = []
    for line in jd.lines:
        if not line.heading and (starts := cue_positions(every_cue, line.text)):
            cue_lines.append((line, starts))
    for kind in workflow_kinds():
        any_cue = cue_pattern("workflow", kind)
        # The lines that say it most plainly first: an earlier cue of the list is a plainer
        # one ("cross-functional" before "together with").
        ranked: list[tuple[int, int, Evidence]] = []
        for line, starts in cue_lines:
            if kind not in OFFER_SIGNALS and line.section == "benefits":
                continue
            hits = matches_at(any_cue, line.text, starts)
            if not hits:
                continue
            # The plainest cue on the line decides its place: an earlier cue of the list is a
            # plainer one ("cross-functional" before "together with").
            best = min(hits, key=lambda h: (_cue_rank(kind, h.group(0)), h.start()))
            evidence = Evidence(line.number, line.section, line.text, best.group(0))
            ranked.append((_cue_rank(kind, best.group(0)), line.number, evidence))
        if not ranked:
            continue
        # A short line quotes better than a paragraph that mentions it in passing.
        ranked.sort(key=lambda r: (len(r[2].text) > QUOTABLE_LINE, r[0], r[1]))
        found.append((kind, tuple(e for _, _, e in ranked[:MAX_SIGNAL_LINES])))
    return tuple(found)


def _cv_workflow_lines(cv: Document, kind: str) -> tuple[int, ...]:
    """The first CV lines (by number) that show a workflow signal's kind, outside the header
    and the skills list."""
    cue_lines = per_document(cv, "workflow_cue_lines", lambda: _cue_lines(cv))
    pattern = cue_pattern("workflow", kind)
    return tuple(
        line.number
        for line, starts in cue_lines
        if any(pattern.match(line.text, start) for start in starts)
    )[:MAX_SIGNAL_LINES]


def _cue_lines(cv: Document) -> list[tuple[Line, list[int]]]:
    # The CV lines with a workflow cue of any kind, and the places where one begins.
    every_cue = cue_starts(_every_cue())
    return [
        (line, starts)
        for line in cv.lines
        if line.section not in ("header", "skills")
        and (starts := cue_positions(every_cue, line.text))
    ]


def vocabulary(
    match: Match,
    ranked: Sequence[Requirement],
    jd: Document,
    cv: Document,
    cv_mentions: Sequence[Mention],
) -> tuple[VocabularyTerm, ...]:
    """The JD's technical terms: those the CV shares first, then those to be ready for."""
    cv_alias: dict[str, str] = {}
    for mention in cv_mentions:
        cv_alias.setdefault(mention.skill.id, mention.alias)
    matched = {m.skill.id for m in match.matched if m.implied_by is None}
    shared: list[VocabularyTerm] = []
    new: list[VocabularyTerm] = []
    for requirement in ranked:
        if requirement.skill.category not in TERM_CATEGORIES:
            continue
        aliases: list[str] = []
        for evidence in requirement.evidence:
            if evidence.alias.lower() not in {a.lower() for a in aliases}:
                aliases.append(evidence.alias)
        term = " / ".join(aliases[:2])
        line = requirement.evidence[0].line
        if requirement.skill.id in matched:
            cv_term = cv_alias.get(requirement.skill.id, requirement.skill.name)
            shared.append(VocabularyTerm(term, requirement.skill, line, cv_term))
        else:
            new.append(VocabularyTerm(term, requirement.skill, line))
    short_shared: list[VocabularyTerm] = []
    short_new: list[VocabularyTerm] = []
    for term, line in _abbreviations(match, jd)[:MAX_ABBREVIATIONS]:
        if _uses(cv.text, term.rstrip("s")):
            short_shared.append(VocabularyTerm(term, None, line, term))
        else:
            short_new.append(VocabularyTerm(term, None, line))
    return tuple(
        shared[: MAX_SHARED_TERMS - len(short_shared)]
        + short_shared
        + new[: MAX_NEW_TERMS - len(short_new)]
        + short_new
    )


def _uses(text: str, stem: str) -> bool:
    r"""Whether a text uses an abbreviation, plural or not, as a word of its own: what
    re.search(rf"(?<![\w\-]){re.escape(stem)}s?(?![\w\-])", text) finds, tried only where
    the abbreviation is (re would try every character of a CV)."""
    return any(
        _NO_WORD_BEFORE.match(text, at) and _PLURAL_END.match(text, at + len(stem))
        for at in occurrences(text, (stem,))
    )


def _abbreviations(match: Match, jd: Document) -> list[tuple[str, int]]:
    # Capitalised abbreviations on the JD's job lines that no skill accounts for: GMV, CTEs.
    # The JD's candidates and the words it rules out itself come once per JD (memo.py).
    not_terms, candidates = per_document(jd, "abbreviations", lambda: _abbreviation_hits(jd))
    if not candidates:
        return []  # no need to read the skills' words
    skip = set(not_terms)
    aliases = {e.alias for r in match.requirements for e in r.evidence}
    for alias in aliases:
        skip.update(w.upper() for w in _WORD.findall(alias))
    found: list[tuple[str, int]] = []
    for term, letters, number in candidates:
        known = letters in skip or term.upper() in skip
        if not known and all(t != term for t, _ in found):
            found.append((term, number))
    return found


def _abbreviation_hits(jd: Document) -> tuple[frozenset[str], list[tuple[str, str, int]]]:
    """The JD's side of _abbreviations: the words that are no term (data/signals.json's and
    the organisation's name), and each abbreviation on a job line with its capitals and its
    line, in text order."""
    not_terms = {t.upper() for t in signals()["vocabulary"]["not_terms"]}
    not_terms.update(w.upper() for w in _WORD.findall(jd.organisation or ""))
    found: list[tuple[str, str, int]] = []
    for line in jd.lines:
        if line.section not in JOB_SECTIONS or line.heading:
            continue
        hits = list(_ABBREVIATION.finditer(line.text))
        if not hits:
            continue  # most lines: no need to count their capitals
        letters = list(filter(str.isalpha, line.text))
        if sum(map(str.isupper, letters)) > len(letters) / 2:
            continue  # a line in capitals: its words are not abbreviations
        found.extend((hit.group(0), hit.group(1), line.number) for hit in hits)
    return frozenset(not_terms), found


def company_facts(jd: Document) -> tuple[CompanyFact, ...]:
    """The JD's sentences about the company, product or mission that are worth mentioning."""
    paragraphs: list[tuple[int, str]] = []
    previous: Line | None = None
    # After the job's own sections, an "about us" part counts only by its cue words: a
    # number there is more often a perk or a deadline than news about the company.
    first_job = next((line.number for line in jd.lines if line.section in JOB_SECTIONS), None)
    for line in jd.lines:
        if line.heading or line.section not in ("about", "other"):
            previous = None
            continue
        if (
            previous is not None
            and previous.number == line.number - 1
            and not previous.text.rstrip().endswith((".", "!", "?", ":"))
            and len(previous.text) >= WRAPPED_LINE
        ):
            paragraphs[-1] = (paragraphs[-1][0], paragraphs[-1][1] + " " + line.text)
        else:
            paragraphs.append((line.number, line.text))
        previous = line
    pattern = cue_pattern("company", "cues")
    scored: list[tuple[float, int, CompanyFact]] = []
    for number, text in paragraphs:
        for sentence in SENTENCE_END.split(text):
            sentence = sentence.strip()
            if sentence.endswith(":"):
                # "With a new branch in Malang, we invite you to join us as:" leads to the
                # title; the news is in its first clause.
                first = sentence.split(", ", 1)[0]
                keep = first if len(first.split()) >= MIN_FACT_WORDS else sentence.rstrip(": ")
                sentence = keep + " …"
            if len(sentence.split()) < MIN_FACT_WORDS or "@" in sentence or "://" in sentence:
                continue
            hits = count_hits(pattern, sentence)
            late = first_job is not None and number > first_job
            score = hits + (1 if not late and _DIGIT.search(sentence) else 0)
            if score:
                scored.append((score, len(scored), CompanyFact(number, sentence)))
    best = sorted(scored, key=lambda s: (-s[0], s[1]))[:MAX_COMPANY_FACTS]
    return tuple(fact for _, _, fact in sorted(best, key=lambda s: s[1]))


def checklist(
    bullet_count: int,
    without_number: int,
    found_signals: Sequence[WorkflowSignal],
    gaps: Sequence[Skill],
    facts: Sequence[CompanyFact],
) -> tuple[ChecklistItem, ...]:
    """The guide's common mistakes, checked: too theoretical, not knowing the team's process,
    defensive about gaps, little enthusiasm."""
    share = without_number / bullet_count if bullet_count else 1.0
    return (
        ChecklistItem(
            "concrete_results",
            ok=bullet_count > 0 and share <= MAX_THEORETICAL_SHARE,
            count=without_number,
            total=bullet_count,
        ),
        ChecklistItem(
            "team_process",
            ok=bool(found_signals),
            signals=tuple(s.kind for s in found_signals),
        ),
        ChecklistItem("honest_gaps", ok=not gaps, skills=tuple(gaps)),
        ChecklistItem("enthusiasm", ok=bool(facts), facts=tuple(facts)),
    )
