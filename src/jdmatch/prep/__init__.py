"""Preparation: what to do before the interview, computed from this JD, this CV and the match.

One stage, ``prepare(jd, cv, match, *, idf, cv_mentions)`` → ``Prep``, split by topic:
``bullets`` (the CV's work lines and their numbers), ``stories`` (STAR), ``questions`` (likely
and reverse), ``signals`` (how the team works, vocabulary, company, checklist) and
``readability`` (what a screening tool gets from the file). The cue words live in
``data/signals.json``; the report's wording lives in ``data/strings``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from jdmatch.match import Match, Requirement
from jdmatch.memo import per_document
from jdmatch.model import Document
from jdmatch.prep.bullets import CvBullet, ImpactGap, cv_bullets, impact_check
from jdmatch.prep.intro import Achievement, Introduction, Strength, introduction
from jdmatch.prep.manager import ManagerFit, ManagerQuestion, ManagerSignal, manager_fit
from jdmatch.prep.questions import (
    LikelyQuestion,
    ReverseQuestion,
    classic_lines,
    classic_questions,
    gap_questions,
    important_gaps,
    reverse_questions,
    technical_questions,
)
from jdmatch.prep.readability import ReadabilityCheck, readability
from jdmatch.prep.signals import (
    SENTENCE_END,
    ChecklistItem,
    CompanyFact,
    VocabularyTerm,
    WorkflowSignal,
    checklist,
    company_facts,
    vocabulary,
    workflow_signals,
)
from jdmatch.prep.stories import (
    AnsweredRequirement,
    CvLines,
    StarStory,
    build_stories,
    ranked_requirements,
)
from jdmatch.skills import Mention
from jdmatch.taxonomy import Skill
from jdmatch.weights import IdfTable

__all__ = [
    "Achievement",
    "AnsweredRequirement",
    "ChecklistItem",
    "CompanyFact",
    "CvBullet",
    "ImpactGap",
    "Introduction",
    "LikelyQuestion",
    "ManagerFit",
    "ManagerQuestion",
    "ManagerSignal",
    "NextStep",
    "Prep",
    "ReadabilityCheck",
    "ReverseQuestion",
    "StarStory",
    "Strength",
    "VocabularyTerm",
    "WorkflowSignal",
    "next_steps",
    "prepare",
]

#: How many skills one next step names at most: more reads as a wall of words.
MAX_SKILLS_PER_STEP = 4
#: Gaps bridged from a related skill, at most: the heaviest ones, each related skill once.
MAX_BRIDGES = 3
#: Sections that only list skills: a skill found only there is claimed, not shown in use.
LIST_SECTIONS = frozenset({"skills", "other", "header"})
#: CV sections whose lines can answer a gap when no job line does ("used to tight closings").
GAP_ANSWER_SECTIONS = ("summary",)


@dataclass(frozen=True)
class NextStep:
    """One thing to do before the interview, about the skills it names."""

    kind: str  # "bridge", "learn", "show_use", "add_to_cv", "mention_plus"
    skills: tuple[Skill, ...]
    related: Skill | None = None  # for "bridge": the skill of the CV to build on


@dataclass(frozen=True)
class Prep:
    """The preparation part of the report."""

    next_steps: tuple[NextStep, ...]
    stories: tuple[StarStory, ...] = ()
    without_story: tuple[Requirement, ...] = ()  # important requirements no CV line shows
    bullets: tuple[CvBullet, ...] = ()  # the CV's work lines the stories and checks read
    impact: tuple[ImpactGap, ...] = ()
    questions: tuple[LikelyQuestion, ...] = ()
    reverse_questions: tuple[ReverseQuestion, ...] = ()
    vocabulary: tuple[VocabularyTerm, ...] = ()
    signals: tuple[WorkflowSignal, ...] = ()
    checklist: tuple[ChecklistItem, ...] = ()
    readability: tuple[ReadabilityCheck, ...] = ()
    company: tuple[CompanyFact, ...] = ()
    introduction: Introduction | None = None  # "Tell me about yourself"
    manager: ManagerFit | None = None  # fit with the hiring manager


def next_steps(result: Match) -> tuple[NextStep, ...]:
    """Bridge related skills, learn gaps, show listed skills in use, mention the pluses."""
    steps: list[NextStep] = []
    required_gaps = [g for g in result.missing if g.requirement.level == "required"]
    bridged: set[str] = set()
    for gap in required_gaps:
        if gap.related is None or gap.related.id in bridged or len(bridged) == MAX_BRIDGES:
            continue
        bridged.add(gap.related.id)
        steps.append(NextStep("bridge", (gap.skill,), gap.related))
    unrelated = tuple(g.skill for g in required_gaps if g.related is None)
    if unrelated:
        steps.append(NextStep("learn", unrelated[:MAX_SKILLS_PER_STEP]))
    listed_only = tuple(
        m.skill
        for m in result.matched
        if m.requirement.level == "required"
        and m.implied_by is None
        and all(e.section in LIST_SECTIONS for e in m.evidence)
    )
    if listed_only:
        steps.append(NextStep("show_use", listed_only[:MAX_SKILLS_PER_STEP]))
    # Skills your profile claims: the report counts them, the CV should say them too.
    claimed = tuple(
        m.skill for m in result.matched if any(e.section == "profile" for e in m.evidence)
    )
    if claimed:
        steps.append(NextStep("add_to_cv", claimed[:MAX_SKILLS_PER_STEP]))
    nice = tuple(g.skill for g in result.missing if g.requirement.level == "nice")
    if nice:
        steps.append(NextStep("mention_plus", nice[:MAX_SKILLS_PER_STEP]))
    return tuple(steps)


def _summary(cv: Document) -> tuple[CvBullet, ...]:
    # The sentences of the CV's summary, as work lines without skills or numbers.
    return tuple(
        CvBullet(line.number, line.number, line.section, sentence, (), (), None)
        for line in cv.section_lines(*GAP_ANSWER_SECTIONS)
        if not line.heading
        for sentence in SENTENCE_END.split(line.text)
    )


def prepare(
    jd: Document,
    cv: Document,
    match: Match,
    *,
    idf: IdfTable,
    cv_mentions: Sequence[Mention] = (),
) -> Prep:
    """Everything to prepare for this interview, computed from this JD and this CV."""
    # What comes from the CV alone is computed once per CV (a batch's anchor, see memo.py).
    bullets = per_document(cv, "bullets", lambda: cv_bullets(cv, cv_mentions), cv_mentions)
    lines = per_document(cv, "bullet_lines", lambda: CvLines(bullets, idf), bullets, idf)
    # First: the stories without a number suggest the kinds found here (CvLines.result_kinds).
    impact = per_document(
        cv, "impact", lambda: impact_check(bullets, lines.result_kinds), bullets, lines
    )
    ranked = ranked_requirements(match, jd)
    cv_skills = per_document(
        cv, "skills", lambda: list(dict.fromkeys(m.skill for m in cv_mentions)), cv_mentions
    )
    stories, without_story = build_stories(
        match, jd, bullets, idf, cv_skills, ranked=ranked, lines=lines
    )
    gaps = important_gaps(match, ranked)
    found_signals = workflow_signals(jd, cv)
    # What comes from the JD alone, once per JD (the posting a recruiter ranks CVs against).
    facts = per_document(jd, "company_facts", lambda: company_facts(jd))
    # A gap may be answered from a sentence of the summary ("used to tight closings").
    answers = per_document(cv, "gap_answers", lambda: bullets + _summary(cv), bullets)
    answer_lines = per_document(cv, "gap_lines", lambda: CvLines(answers, idf), answers, idf)
    questions = technical_questions(match, ranked, stories, bullets) + gap_questions(
        gaps, stories, answers, idf, lines=answer_lines
    )
    classic = per_document(cv, "classic_lines", lambda: classic_lines(bullets), bullets)
    questions += classic_questions(
        jd, found_signals, stories, bullets, asked=questions, cv_lines=classic
    )
    reverse = reverse_questions(jd, match, ranked, found_signals, gaps)
    return Prep(
        next_steps=next_steps(match),
        stories=stories,
        without_story=without_story,
        bullets=bullets,
        impact=impact,
        questions=tuple(questions),
        reverse_questions=reverse,
        vocabulary=vocabulary(match, ranked, jd, cv, cv_mentions),
        signals=found_signals,
        checklist=checklist(
            len(bullets), len(impact), found_signals, [g.skill for g in gaps], facts
        ),
        readability=per_document(cv, "readability", lambda: readability(cv, idf), idf),
        company=facts,
        introduction=introduction(jd, cv, match, ranked, bullets, stories, facts),
        manager=manager_fit(jd, cv, bullets, gaps, cv_mentions, reverse, match.coverage),
    )
