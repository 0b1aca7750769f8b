"""Matching: the JD's skills against the CV's, weighted by TF-IDF, with one explained score."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from jdmatch.memo import per_document
from jdmatch.model import Document
from jdmatch.settings import (
    MIN_TEXT_TERMS,
    NICE_TO_HAVE_FACTOR,
    RELATED_CREDIT,
    SCORE_WEIGHTS,
    TEXT_SIMILARITY_CEILING,
)
from jdmatch.skills import Mention
from jdmatch.taxonomy import Skill, Taxonomy
from jdmatch.weights import IdfTable, count_vector, document_similarity, words_shown

#: Where CV evidence is most convincing: a skill used in a job beats a skill in a list.
EVIDENCE_ORDER = (
    "experience",
    "projects",
    "summary",
    "certifications",
    "education",
    "languages",
    "skills",
    "other",
    "header",
)
EVIDENCE_RANK = {section: i for i, section in enumerate(EVIDENCE_ORDER)}
#: CV lines quoted per matched skill.
MAX_EVIDENCE = 3
#: JD sections whose lines are requirement lines for the coverage table.
REQUIREMENT_SECTIONS = ("responsibilities", "requirements", "nice_to_have", "body", "about")


@dataclass(frozen=True)
class Evidence:
    """A line of a document that names a skill."""

    line: int
    section: str
    text: str
    alias: str  # the words that named the skill


@dataclass(frozen=True)
class Requirement:
    """A skill the JD asks for, how strongly, and where."""

    skill: Skill
    level: str  # "required" or "nice"
    weight: float  # TF-IDF weight, level included
    share: float  # weight as a share of all the JD's weights, 0-1
    count: int  # times the JD names it
    idf: float
    cue: str  # what decided the level: a cue word, or "section"
    evidence: tuple[Evidence, ...]  # JD lines


@dataclass(frozen=True)
class SkillMatch:
    """A JD skill the CV proves, with the CV lines that prove it."""

    requirement: Requirement
    evidence: tuple[Evidence, ...]
    implied_by: Skill | None = None  # the CV names this skill, which implies the JD's

    @property
    def skill(self) -> Skill:
        """The JD's skill."""
        return self.requirement.skill


@dataclass(frozen=True)
class Gap:
    """A JD skill the CV does not show, and the closest skill it does show."""

    requirement: Requirement
    related: Skill | None = None
    related_evidence: Evidence | None = None

    @property
    def skill(self) -> Skill:
        """The JD's skill."""
        return self.requirement.skill


@dataclass(frozen=True)
class ScorePart:
    """One part of the score: its value 0-1, its weight, and the points it earned."""

    name: str
    value: float
    weight: float

    @property
    def points(self) -> float:
        """What this part adds to the 0-100 score."""
        return 100.0 * self.value * self.weight


@dataclass(frozen=True)
class Score:
    """The 0-100 fit score and the parts it is made of."""

    total: int
    parts: tuple[ScorePart, ...]


@dataclass(frozen=True)
class LineCoverage:
    """One JD requirement line and which of its skills the CV shows."""

    line: int
    section: str
    text: str
    skills: tuple[Skill, ...]
    matched: tuple[Skill, ...]
    related: tuple[Skill, ...]

    @property
    def covered(self) -> float:
        """Share of the line's skills matched, related ones counting part."""
        if not self.skills:
            return 0.0
        return (len(self.matched) + RELATED_CREDIT * len(self.related)) / len(self.skills)


@dataclass(frozen=True)
class Match:
    """Everything the comparison of one JD and one CV found."""

    requirements: tuple[Requirement, ...]  # heaviest first
    matched: tuple[SkillMatch, ...]
    missing: tuple[Gap, ...]  # heaviest first; a gap may have a related skill
    extra: tuple[Skill, ...]  # CV skills the JD does not ask for
    coverage: tuple[LineCoverage, ...]
    # Word-count cosine of the two whole texts, function words left out; None when they cannot
    # be compared (texts_comparable).
    text_similarity: float | None
    focus: float  # share of the CV's skill weight that the JD asks for, 0-1
    cv_skill_weight: float  # the CV's skills' TF-IDF weights summed: focus's denominator
    role: float | None  # share of the JD title's words the CV uses; None without a title
    score: Score
    #: Share of the JD's hard requirements (years, education, ...) the CV meets; None when
    #: none could be checked.
    hard: float | None = None

    @property
    def related(self) -> tuple[Gap, ...]:
        """The gaps for which the CV shows a related skill."""
        return tuple(gap for gap in self.missing if gap.related is not None)


_object_new = object.__new__


def _evidence(document: Document, mention: Mention) -> Evidence:
    # The mention's line number finds its line at once where lines are numbered from 1
    # without gaps; line_at's search otherwise (lines do not overlap: the same line).
    n = mention.line or 0
    line = document.lines[n - 1] if 0 < n <= len(document.lines) else None
    if line is None or not line.start <= mention.start <= line.end:
        line = document.line_at(mention.start)
    assert line is not None and mention.line is not None
    # The same object as Evidence(mention.line, line.section, line.text, mention.alias),
    # without the frozen dataclass's object.__setattr__ for each field (a CV's skills quote
    # a hundred lines; see skills._mention).
    evidence = _object_new(Evidence)
    evidence.__dict__.update(
        line=mention.line, section=line.section, text=line.text, alias=mention.alias
    )
    return evidence


def jd_requirements(
    jd: Document, mentions: Sequence[Mention], idf: IdfTable
) -> tuple[Requirement, ...]:
    """Each skill the JD names, weighted by how much the JD stresses it and how rare it is."""
    by_skill: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        by_skill[mention.skill.id].append(mention)
    raw: list[tuple[Skill, str, float, int, float, str, tuple[Evidence, ...]]] = []
    for group in by_skill.values():
        skill = group[0].skill
        # A skill is required if any line asks for it as required.
        required = [m for m in group if m.level == "required"]
        level = "required" if required else "nice"
        cue = (required or group)[0].cue or "section"
        idf_value = idf.skill(skill.id)
        weight = (1.0 + math.log(len(group))) * idf_value
        if level == "nice":
            weight *= NICE_TO_HAVE_FACTOR
        seen: set[int] = set()
        evidence = []
        for mention in group:
            if mention.line not in seen:
                seen.add(mention.line or 0)
                evidence.append(_evidence(jd, mention))
        raw.append((skill, level, weight, len(group), idf_value, cue, tuple(evidence)))
    total = sum(item[2] for item in raw) or 1.0
    requirements = [
        Requirement(skill, level, weight, weight / total, count, idf_value, cue, evidence)
        for skill, level, weight, count, idf_value, cue, evidence in raw
    ]
    requirements.sort(key=lambda r: (r.level != "required", -r.weight, r.skill.name.lower()))
    return tuple(requirements)


def cv_skill_evidence(
    cv: Document, mentions: Sequence[Mention], taxonomy: Taxonomy
) -> dict[str, tuple[tuple[Evidence, ...], Skill | None]]:
    """For each skill the CV shows, its best lines, and the skill that implies it if implied."""
    direct: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        direct[mention.skill.id].append(mention)
    shown: dict[str, tuple[tuple[Evidence, ...], Skill | None]] = {}
    for skill_id, group in direct.items():
        if len(group) > 1:
            group.sort(key=lambda m: (EVIDENCE_RANK.get(m.section or "other", 99), m.start))
        lines: list[Evidence] = []
        numbers: list[int | None] = []  # the lines' numbers
        for mention in group:
            if mention.line not in numbers:
                numbers.append(mention.line)
                lines.append(_evidence(cv, mention))
            if len(lines) == MAX_EVIDENCE:
                break
        shown[skill_id] = (tuple(lines), None)
    # Implied skills (pandas -> Python), one level deep and then their own implications.
    queue = list(direct)
    while queue:
        source_id = queue.pop(0)
        source = taxonomy.get(source_id)
        if source is None:
            continue
        for target_id in source.implies:
            if target_id not in shown and taxonomy.get(target_id) is not None:
                shown[target_id] = (shown[source_id][0], shown[source_id][1] or source)
                queue.append(target_id)
    return shown


def match(
    jd: Document,
    cv: Document,
    jd_mentions: Sequence[Mention],
    cv_mentions: Sequence[Mention],
    *,
    taxonomy: Taxonomy,
    idf: IdfTable,
    hard: float | None = None,
) -> Match:
    """Compare a JD with a CV: matched, related and missing skills, coverage and the score.

    hard is the share of the JD's hard requirements the CV meets (requirements.met_share).
    """
    # Each side's own part once per document (a batch's or a ranking's anchor, see memo.py).
    requirements = per_document(
        jd, "jd_requirements", lambda: jd_requirements(jd, jd_mentions, idf), jd_mentions, idf
    )
    shown = per_document(
        cv,
        "skill_evidence",
        lambda: cv_skill_evidence(cv, cv_mentions, taxonomy),
        cv_mentions,
        taxonomy,
    )
    by_family = per_document(
        cv, "skill_families", lambda: _by_family(shown, taxonomy), shown, taxonomy
    )
    matched: list[SkillMatch] = []
    missing: list[Gap] = []
    for requirement in requirements:
        found = shown.get(requirement.skill.id)
        if found is not None:
            matched.append(SkillMatch(requirement, found[0], found[1]))
            continue
        related = None
        related_evidence = None
        family = requirement.skill.family
        candidates = [s for s in by_family.get(family, []) if s != requirement.skill.id]
        if family and candidates:
            # The related skill with the strongest evidence: used in a job beats listed.
            best = min(
                candidates,
                key=lambda s: (
                    EVIDENCE_RANK.get(shown[s][0][0].section, 99) if shown[s][0] else 99,
                    taxonomy.skills[s].name.lower(),
                ),
            )
            related = taxonomy.skills[best]
            related_evidence = shown[best][0][0] if shown[best][0] else None
        missing.append(Gap(requirement, related, related_evidence))
    asked = {r.skill.id for r in requirements}
    # The CV's own skills (not implied) sorted by name once per CV; those the JD does not ask
    # for keep that order (a stable sort of the few is the same).
    by_name = per_document(cv, "skills_by_name", lambda: _by_name(shown, taxonomy), shown, taxonomy)
    extra = [skill for skill_id, skill in by_name if skill_id not in asked]
    similarity = document_similarity(jd.text, cv.text) if texts_comparable(jd, cv) else None
    weights = per_document(
        cv,
        "skill_weights",
        lambda: cv_skill_weights(cv_mentions, taxonomy, idf),
        cv_mentions,
        taxonomy,
        idf,
    )
    focus, cv_weight = cv_focus(requirements, cv_mentions, taxonomy, idf, weights)
    role = words_shown(jd.title, cv.text, idf) if jd.title else None
    coverage = _coverage(jd, jd_mentions, matched, missing)
    score = fit_score(requirements, matched, missing, similarity, focus=focus, role=role, hard=hard)
    return Match(
        requirements=requirements,
        matched=tuple(matched),
        missing=tuple(missing),
        extra=tuple(extra),
        coverage=coverage,
        text_similarity=similarity,
        focus=focus,
        cv_skill_weight=cv_weight,
        role=role,
        score=score,
        hard=hard,
    )


def _by_family(shown: Mapping[str, object], taxonomy: Taxonomy) -> dict[str, list[str]]:
    # The CV's skills by family, in the order shown.
    by_family: dict[str, list[str]] = defaultdict(list)
    for skill_id in shown:
        skill = taxonomy.get(skill_id)
        if skill is not None and skill.family:
            by_family[skill.family].append(skill_id)
    return by_family


def _by_name(
    shown: Mapping[str, tuple[tuple[Evidence, ...], Skill | None]], taxonomy: Taxonomy
) -> list[tuple[str, Skill]]:
    # The skills the CV shows itself (not implied by another), sorted by name.
    return sorted(
        ((s, taxonomy.skills[s]) for s in shown if shown[s][1] is None),
        key=lambda item: item[1].name.lower(),
    )


def _coverage(
    jd: Document, mentions: Sequence[Mention], matched: list[SkillMatch], missing: list[Gap]
) -> tuple[LineCoverage, ...]:
    matched_ids = {m.skill.id for m in matched}
    related_ids = {g.skill.id for g in missing if g.related is not None}
    per_line: dict[int, list[Skill]] = defaultdict(list)
    line_ids: dict[int, set[str]] = defaultdict(set)  # the ids of each line's skills
    for mention in mentions:
        assert mention.line is not None
        skill = mention.skill
        # An id the line has not seen rules an equal skill out without comparing every field
        # of every skill (equal skills have equal ids).
        ids = line_ids[mention.line]
        if skill.id not in ids or skill not in per_line[mention.line]:
            ids.add(skill.id)
            per_line[mention.line].append(skill)
    rows = []
    for number, skills in sorted(per_line.items()):
        line = jd.lines[number - 1]
        if line.section not in REQUIREMENT_SECTIONS:
            continue
        rows.append(
            LineCoverage(
                number,
                line.section,
                line.text,
                tuple(skills),
                tuple(s for s in skills if s.id in matched_ids),
                tuple(s for s in skills if s.id in related_ids),
            )
        )
    return tuple(rows)


def cv_focus(
    requirements: tuple[Requirement, ...],
    cv_mentions: Sequence[Mention],
    taxonomy: Taxonomy,
    idf: IdfTable,
    weights: Sequence[tuple[str, float, str | None]] | None = None,
) -> tuple[float, float]:
    """The share of the CV's skills, TF-IDF weighted, that the JD asks for (0-1), and their
    total weight. ``weights`` is cv_skill_weights(cv_mentions, taxonomy, idf), when known.

    The mirror of skill coverage: a CV that is mostly about other work (web development for a
    machine-learning job) scores low even if it lists the job's tools. A skill the JD implies
    (Python behind pandas) counts as asked; a CV skill of the same family as an asked one
    (MySQL for PostgreSQL) earns RELATED_CREDIT.
    """
    if weights is None:
        weights = cv_skill_weights(cv_mentions, taxonomy, idf)
    asked = {r.skill.id for r in requirements}
    queue = list(asked)
    while queue:
        skill = taxonomy.get(queue.pop())
        for implied in skill.implies if skill is not None else ():
            if implied not in asked:
                asked.add(implied)
                queue.append(implied)
    families = {s.family for s in map(taxonomy.get, asked) if s is not None and s.family}
    total = earned = 0.0
    for skill_id, weight, family in weights:
        total += weight
        if skill_id in asked:
            earned += weight
        elif family in families:
            earned += RELATED_CREDIT * weight
    return (earned / total if total else 0.0), total


def cv_skill_weights(
    cv_mentions: Sequence[Mention], taxonomy: Taxonomy, idf: IdfTable
) -> tuple[tuple[str, float, str | None], ...]:
    """Each skill of the CV, in the order first found, with its TF-IDF weight and its family
    (None for a skill the taxonomy lacks): cv_focus's side of the CV alone."""
    counts: dict[str, int] = defaultdict(int)
    for mention in cv_mentions:
        counts[mention.skill.id] += 1
    weighted = []
    for skill_id, count in counts.items():
        skill = taxonomy.get(skill_id)
        family = skill.family if skill is not None else None
        weighted.append((skill_id, (1.0 + math.log(count)) * idf.skill(skill_id), family))
    return tuple(weighted)


def texts_comparable(jd: Document, cv: Document) -> bool:
    """Whether the two whole texts can be compared word by word: written in the same language
    (an English posting shares few words with an Indonesian CV whatever the fit), and each
    with at least MIN_TEXT_TERMS distinct content words (a posting that is only a title)."""
    return (
        jd.language == cv.language
        and len(count_vector(jd.text)) >= MIN_TEXT_TERMS
        and len(count_vector(cv.text)) >= MIN_TEXT_TERMS
    )


def fit_score(
    requirements: tuple[Requirement, ...],
    matched: list[SkillMatch],
    missing: list[Gap],
    similarity: float | None,
    *,
    focus: float,
    role: float | None,
    hard: float | None = None,
) -> Score:
    """The 0-100 score and its parts (weights in settings.SCORE_WEIGHTS).

    A part that cannot be measured (the role, when the JD has no title; the text, when the
    texts are not comparable; the hard requirements, when none could be checked) is left out
    and the other parts' weights are scaled up to sum to 1 again.
    """
    total_weight = sum(r.weight for r in requirements)
    earned = sum(m.requirement.weight for m in matched) + RELATED_CREDIT * sum(
        g.requirement.weight for g in missing if g.related is not None
    )
    values: dict[str, float | None] = {
        "skills": earned / total_weight if total_weight else 0.0,
        "focus": focus,
        "text": None if similarity is None else min(1.0, similarity / TEXT_SIMILARITY_CEILING),
        "role": role,
        "hard": hard,
    }
    return combine(values)


def score_if_shown(m: Match, gap: Gap) -> Score:
    """The score the CV would have if it also showed a gap's skill (named once).

    The skill joins the matched ones and the CV's skills (raising its focus); the text and
    role parts are held as they are.
    """
    weight = gap.requirement.idf
    total = m.cv_skill_weight + weight
    return fit_score(
        m.requirements,
        [*m.matched, SkillMatch(gap.requirement, ())],
        [g for g in m.missing if g is not gap],
        m.text_similarity,
        focus=(m.focus * m.cv_skill_weight + weight) / total,
        role=m.role,
        hard=m.hard,
    )


def combine(
    values: Mapping[str, float | None], weights: Mapping[str, float] | None = None
) -> Score:
    """Weigh the parts' values 0-1 into the 0-100 score; a None value is left out.

    The weights are SCORE_WEIGHTS unless given (benchmarks/eval_fit.py tries others).
    """
    weights = SCORE_WEIGHTS if weights is None else weights
    measured = {name: v for name, v in values.items() if v is not None and weights.get(name)}
    weight_sum = sum(weights[name] for name in measured)
    parts = tuple(
        ScorePart(name, round(value, 4), round(weights[name] / weight_sum, 4))
        for name, value in measured.items()
    )
    total = round(sum(part.points for part in parts))
    return Score(max(0, min(100, total)), parts)
