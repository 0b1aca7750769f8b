"""Preparation: what to do before the interview, computed from the match."""

from __future__ import annotations

from dataclasses import dataclass

from jdmatch.match import Match
from jdmatch.taxonomy import Skill

#: How many skills one next step names at most: more reads as a wall of words.
MAX_SKILLS_PER_STEP = 4
#: Gaps bridged from a related skill, at most: the heaviest ones, each related skill once.
MAX_BRIDGES = 3
#: Sections that only list skills: a skill found only there is claimed, not shown in use.
LIST_SECTIONS = frozenset({"skills", "other", "header"})


@dataclass(frozen=True)
class NextStep:
    """One thing to do before the interview, about the skills it names."""

    kind: str  # "bridge", "learn", "show_use", "mention_plus"
    skills: tuple[Skill, ...]
    related: Skill | None = None  # for "bridge": the skill of the CV to build on


@dataclass(frozen=True)
class Prep:
    """The preparation part of the report."""

    next_steps: tuple[NextStep, ...]


def prepare(result: Match) -> Prep:
    """Turn a match into next steps: bridge related skills, learn gaps, show skills in use."""
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
    nice = tuple(g.skill for g in result.missing if g.requirement.level == "nice")
    if nice:
        steps.append(NextStep("mention_plus", nice[:MAX_SKILLS_PER_STEP]))
    return Prep(tuple(steps))
