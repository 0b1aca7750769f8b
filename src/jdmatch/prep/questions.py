"""Questions: what the hiring manager is likely to ask, and what to ask back."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from jdmatch import regexcache
from jdmatch.match import Evidence, Gap, Match, Requirement, SkillMatch
from jdmatch.memo import per_document
from jdmatch.model import Document
from jdmatch.prep.bullets import CvBullet
from jdmatch.prep.cues import (
    any_cue_starts,
    count_hits,
    cue_pattern,
    cue_positions,
    signals,
)
from jdmatch.prep.signals import WorkflowSignal
from jdmatch.prep.stories import CvLines, StarStory, gap_closest_line
from jdmatch.skills import is_education_line
from jdmatch.taxonomy import Skill
from jdmatch.textscan import matches_at, occurrences, search_at
from jdmatch.weights import IdfTable

#: Technical questions, each about one JD line and up to three of its skills.
MAX_TECHNICAL = 5
MAX_SKILLS_PER_QUESTION = 3
#: Categories a "walk me through how you would…" question suits.
TECHNICAL_CATEGORIES = frozenset({"tool", "technical", "methodology"})
#: Gaps probed, the most important first; past eight the interview would be about little
#: else. Gaps named on one JD line without a related skill share a question.
MAX_GAPS = 8
#: Gaps one related skill is offered for: past two it stops sounding like a bridge.
MAX_BRIDGES_PER_SKILL = 2
#: Least TF-IDF cosine for a CV line offered as the closest thing to a gap. Lower than a
#: story's bar: the answer admits the gap and only needs a bridge ("retention figures" for
#: Customer Retention).
GAP_HINT_SIMILARITY = 0.12
#: Reverse questions: the guide's three (success, challenge, tools) and up to five more.
MAX_REVERSE = 8
#: Ways of working asked about, the first ones in data/signals.json's order.
MAX_WORKFLOW_QUESTIONS = 2
#: Signals worth a question of their own; cadence, hours and growth are asked about elsewhere.
ASKABLE_SIGNALS = (
    "agile",
    "cross_functional",
    "shifts",
    "travel",
    "remote_hybrid",
    "reporting_line",
    "documentation",
    "deadlines",
)
#: The classic questions of the guide, in the order the report asks them.
CLASSIC = ("deadline", "disagreement", "failure")
#: A measurable CV line is a better answer to a classic question than one without a number.
MEASURABLE_BONUS = 0.5

_TEAM_EN = regexcache.compile(r"\b(?:the|our)\s+((?:[A-Z][\w&\-]*\s+){1,3})team\b")
_TEAM_ID = regexcache.compile(
    r"\b(?:tim|divisi|departemen)\s+([A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){0,2})"
)
#: Each team pattern with the words every match of it holds, and those a match begins with.
_TEAM_WORDS = (
    (_TEAM_EN, ("team",), ("the", "our")),
    (_TEAM_ID, ("tim", "divisi", "departemen"), ("tim", "divisi", "departemen")),
)
_ALTERNATIVE = regexcache.compile(r"^\s*(?:/|,?\s+or\s+|,?\s+atau\s+)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class LikelyQuestion:
    """A question the hiring manager is likely to ask, and what to answer it with."""

    kind: str  # "technical", "gap", "deadline", "disagreement", "failure"
    topic: str | None = None  # classic: the workflow signal its JD line comes from
    skills: tuple[Skill, ...] = ()  # technical and gap questions: the JD's skills it is about
    jd_line: Evidence | None = None  # the JD line it comes from
    story: int | None = None  # hint: the story to answer with (1-based)
    cv_line: CvBullet | None = None  # hint: the CV line to answer with
    listed: Evidence | None = None  # hint: the skill is only listed, on this CV line
    related: Skill | None = None  # gap: the closest skill you have
    related_evidence: Evidence | None = None  # gap: the CV line that shows the related skill


@dataclass(frozen=True)
class ReverseQuestion:
    """A question to ask the hiring manager, made specific to this JD."""

    kind: str  # "success", "challenge", "tools", "tool_choice", "workflow", "growth", "first_weeks"
    topic: str | None = None  # workflow: the signal kind it asks about
    skills: tuple[Skill, ...] = ()  # the JD's tools (or gap) it names
    jd_line: Evidence | None = None  # the JD line it refers to
    team: str | None = None  # the team's name, when the JD gives it


def important_gaps(match: Match, ranked: Sequence[Requirement]) -> tuple[Gap, ...]:
    """The required skills the CV lacks, most important first: each gets a probing question."""
    missing = {g.skill.id: g for g in match.missing}
    gaps = [missing[r.skill.id] for r in ranked if r.skill.id in missing and r.level == "required"]
    return tuple(gaps[:MAX_GAPS])


def _story_of(stories: Sequence[StarStory], skill_id: str) -> int | None:
    for number, story in enumerate(stories, 1):
        if any(a.skill.id == skill_id for a in story.answers):
            return number
    return None


def _story_of_line(stories: Sequence[StarStory], bullet: CvBullet) -> int | None:
    for number, story in enumerate(stories, 1):
        if bullet in story.bullets:
            return number
    return None


def _daily_line(requirement: Requirement) -> Evidence:
    # The line where the JD uses the skill at work, over the line that lists it.
    return next(
        (e for e in requirement.evidence if e.section == "responsibilities"),
        requirement.evidence[0],
    )


def technical_questions(
    match: Match,
    ranked: Sequence[Requirement],
    stories: Sequence[StarStory],
    bullets: Sequence[CvBullet],
) -> list[LikelyQuestion]:
    """Questions on the JD's top skills and tools the CV shows, one per JD line."""
    shown: dict[str, SkillMatch] = {m.skill.id: m for m in match.matched}
    groups: dict[int, list[Requirement]] = {}
    lines: dict[int, Evidence] = {}
    for requirement in ranked:
        if requirement.skill.category not in TECHNICAL_CATEGORIES:
            continue
        if requirement.skill.id not in shown:
            continue
        line = _daily_line(requirement)
        if line.line not in groups and len(groups) == MAX_TECHNICAL:
            continue
        group = groups.setdefault(line.line, [])
        lines.setdefault(line.line, line)
        if len(group) < MAX_SKILLS_PER_QUESTION:
            group.append(requirement)
    questions = []
    for number, group in groups.items():
        skills = tuple(r.skill for r in group)
        story = next((s for s in (_story_of(stories, k.id) for k in skills) if s), None)
        cv_line = listed = None
        if story is None:
            implying = (shown[k.id].implied_by for k in skills)
            ids = {k.id for k in skills} | {s.id for s in implying if s is not None}
            cv_line = next((b for b in bullets if ids & set(b.skill_ids)), None)
            if cv_line is None:
                evidence = shown[skills[0].id].evidence
                listed = evidence[0] if evidence else None
        questions.append(
            LikelyQuestion(
                "technical",
                skills=skills,
                jd_line=lines[number],
                story=story,
                cv_line=cv_line,
                listed=listed,
            )
        )
    return questions


def gap_questions(
    gaps: Sequence[Gap],
    stories: Sequence[StarStory],
    bullets: Sequence[CvBullet],
    idf: IdfTable,
    *,
    lines: CvLines | None = None,
) -> list[LikelyQuestion]:
    """A probing question for each important gap, with the honest answer's material; lines
    is CvLines(bullets, idf), when already known."""
    questions: list[LikelyQuestion] = []
    bridges: dict[str, int] = {}
    for gap in gaps:
        line = _daily_line(gap.requirement)
        # A soft skill is shown by behaviour, not learned like a tool: no related-skill bridge.
        related = None if gap.skill.category == "soft" else gap.related
        if related is not None:
            # One related skill answering every gap reads as an excuse: it bridges two at most.
            bridges[related.id] = bridges.get(related.id, 0) + 1
            if bridges[related.id] > MAX_BRIDGES_PER_SKILL:
                related = None
        shared = next(
            (
                n
                for n, q in enumerate(questions)
                if q.related is None
                and related is None
                and q.jd_line is not None
                and q.jd_line.line == line.line
            ),
            None,
        )
        if shared is not None:
            # "work under pressure and meet deadlines": one question for both of its skills.
            question = questions[shared]
            questions[shared] = replace(question, skills=(*question.skills, gap.skill))
            continue
        closest = None
        if related is None:
            closest, _ = gap_closest_line(gap, bullets, idf, least=GAP_HINT_SIMILARITY, lines=lines)
        questions.append(
            LikelyQuestion(
                "gap",
                skills=(gap.skill,),
                jd_line=line,
                story=_story_of(stories, gap.skill.id),
                cv_line=closest,
                related=related,
                related_evidence=gap.related_evidence if related else None,
            )
        )
    return questions


def classic_questions(
    jd: Document,
    found_signals: Sequence[WorkflowSignal],
    stories: Sequence[StarStory],
    bullets: Sequence[CvBullet],
    *,
    asked: Sequence[LikelyQuestion] = (),
    cv_lines: Mapping[str, CvBullet] | None = None,
) -> list[LikelyQuestion]:
    """Tight deadline, disagreeing with a manager, a failure: tied to this JD and CV.

    A JD line a gap question already asks about ("work under pressure and meet deadlines")
    is used only when no other line says it. cv_lines is classic_lines(bullets), when
    already known.
    """
    quoted = {q.jd_line.line for q in asked if q.jd_line is not None and q.kind == "gap"}
    by_kind = {s.kind: s for s in found_signals}
    chosen = classic_lines(bullets) if cv_lines is None else cv_lines
    cued = per_document(jd, "classic_jd_lines", lambda: classic_jd_lines(jd))
    questions = []
    for kind in CLASSIC:
        cues = signals()["classic"][kind]
        jd_line = cued.get(kind)
        topic = None
        for signal_kind in cues.get("jd_kinds", ()):
            if jd_line is None and signal_kind in by_kind:
                lines = by_kind[signal_kind].jd_lines
                fresh = [e for e in lines if e.line not in quoted]
                jd_line, topic = (fresh or lines)[0], signal_kind
        cv_line = chosen.get(kind)
        story = _story_of_line(stories, cv_line) if cv_line else (1 if stories else None)
        questions.append(
            LikelyQuestion(kind, topic=topic, jd_line=jd_line, story=story, cv_line=cv_line)
        )
    return questions


def classic_lines(bullets: Sequence[CvBullet]) -> dict[str, CvBullet]:
    """The CV line each classic question draws on, by kind (those with a cue of the kind)."""
    # Each question gets its own CV line: the best pairs first, so that the line that fits
    # one question best is not taken by another it only fits a little.
    pairs = []
    # One scan per line for the cues of every kind; each kind is tried only where one begins.
    any_cue = any_cue_starts(*(("classic", kind, "cv") for kind in CLASSIC))
    starts = [cue_positions(any_cue, bullet.text) for bullet in bullets]
    for k, kind in enumerate(CLASSIC):
        pattern = cue_pattern("classic", kind, "cv")
        for i, bullet in enumerate(bullets):
            hits = len(matches_at(pattern, bullet.text, starts[i])) if starts[i] else 0
            if hits:
                pairs.append((hits + (MEASURABLE_BONUS if bullet.measurable else 0), k, i))
    chosen: dict[str, CvBullet] = {}
    used: set[int] = set()
    for _, k, i in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        if CLASSIC[k] not in chosen and i not in used:
            chosen[CLASSIC[k]] = bullets[i]
            used.add(i)
    return chosen


def classic_jd_lines(jd: Document) -> dict[str, Evidence | None]:
    """The JD line each classic question with JD cues of its own draws on, by kind."""
    return {
        kind: _cued_jd_line(jd, cue_pattern("classic", kind, "jd"))
        for kind in CLASSIC
        if "jd" in signals()["classic"][kind]
    }


def _cued_jd_line(jd: Document, pattern: re.Pattern[str]) -> Evidence | None:
    best: tuple[int, int] | None = None
    for line in jd.lines:
        if line.heading or line.section not in ("responsibilities", "requirements"):
            continue
        hits = count_hits(pattern, line.text)
        if hits and (best is None or hits > best[0]):
            best = (hits, line.number)
    if best is None:
        return None
    line = jd.lines[best[1] - 1]
    hit = pattern.search(line.text)
    return Evidence(line.number, line.section, line.text, hit.group(0) if hit else "")


def team_name(jd: Document) -> str | None:
    """The name of the team the JD hires for, when it gives one ("Commercial Analytics")."""
    for line in jd.lines:
        if line.section in ("benefits", "other"):
            continue
        for pattern, words, firsts in _TEAM_WORDS:
            # The patterns are case-sensitive: a line without their words as written has no
            # match (most lines).
            if any(word in line.text for word in words) and (
                found := _search_from(pattern, line.text, firsts)
            ):
                return found.group(1).strip()
    return None


def _search_from(
    pattern: re.Pattern[str], text: str, firsts: tuple[str, ...]
) -> re.Match[str] | None:
    # pattern.search(text) for a pattern whose matches begin with one of the words firsts,
    # tried only where they are: re would try every character of a long paragraph.
    return search_at(pattern, text, sorted(occurrences(text, firsts)))


def _tool_choice(match: Match) -> tuple[tuple[Skill, ...], Evidence] | None:
    # A JD line offering tools as alternatives: "Accurate/Zahir", "Looker Studio or Metabase".
    tools = [r for r in match.requirements if r.skill.category == "tool"]
    on_line: dict[int, list[tuple[Requirement, Evidence]]] = {}  # in requirement order
    for requirement in tools:
        for evidence in requirement.evidence:
            on_line.setdefault(evidence.line, []).append((requirement, evidence))
    for requirement in tools:
        for evidence in requirement.evidence:
            others = [(r.skill, e) for r, e in on_line[evidence.line] if r is not requirement]
            for skill, other in others:
                first, second = sorted(
                    [(evidence, requirement.skill), (other, skill)],
                    key=lambda p: p[0].text.find(p[0].alias),
                )
                text = evidence.text
                a_end = text.find(first[0].alias) + len(first[0].alias)
                b_start = text.find(second[0].alias, a_end)
                if b_start > 0 and _ALTERNATIVE.match(text[a_end:b_start]):
                    return (first[1], second[1]), evidence
    return None


def _main_duty(jd: Document, ranked: Sequence[Requirement]) -> Evidence | None:
    # The daily duty of the most important requirement; else the first duty the JD lists
    # (found once per JD, memo.py).
    for requirement in ranked[:1]:
        line = _daily_line(requirement)
        if line.section == "responsibilities":
            return line
    return per_document(jd, "first_duty", lambda: _first_duty(jd))


def _first_duty(jd: Document) -> Evidence | None:
    # The first duty the JD lists, a bullet first; not a line about education.
    daily = [
        line
        for line in jd.section_lines("responsibilities")
        if not line.heading and not is_education_line(line.text)
    ]
    daily.sort(key=lambda line: (not line.bullet, line.number))
    return Evidence(daily[0].number, daily[0].section, daily[0].text, "") if daily else None


def reverse_questions(
    jd: Document,
    match: Match,
    ranked: Sequence[Requirement],
    found_signals: Sequence[WorkflowSignal],
    gaps: Sequence[Gap],
) -> tuple[ReverseQuestion, ...]:
    """Questions to ask the hiring manager, specific to this JD."""
    team = per_document(jd, "team_name", lambda: team_name(jd))
    first_duty = _main_duty(jd, ranked)
    questions = [
        ReverseQuestion("success", jd_line=first_duty),
        ReverseQuestion("challenge", team=team),
    ]
    tools = tuple(r.skill for r in ranked if r.skill.category == "tool")[:4]
    questions.append(ReverseQuestion("tools", skills=tools))
    choice = _tool_choice(match)
    if choice is not None:
        questions.append(ReverseQuestion("tool_choice", skills=choice[0], jd_line=choice[1]))
    by_kind = {s.kind: s for s in found_signals}
    asked = 0
    for kind in ASKABLE_SIGNALS:
        if kind in by_kind and asked < MAX_WORKFLOW_QUESTIONS:
            signal = by_kind[kind]
            questions.append(ReverseQuestion("workflow", topic=kind, jd_line=signal.jd_lines[0]))
            asked += 1
    if not asked:
        questions.append(ReverseQuestion("workflow", topic=None))
    growth = by_kind.get("growth")
    questions.append(ReverseQuestion("growth", jd_line=growth.jd_lines[0] if growth else None))
    if gaps:
        questions.append(ReverseQuestion("first_weeks", skills=(gaps[0].skill,)))
    return tuple(questions[:MAX_REVERSE])
