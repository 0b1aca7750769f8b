"""STAR stories: the CV lines that best show the JD's most important requirements."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from jdmatch.match import Evidence, Gap, Match, Requirement
from jdmatch.model import Document, Experience
from jdmatch.prep.bullets import CvBullet, fitting_kinds
from jdmatch.skills import is_education_line
from jdmatch.taxonomy import Skill
from jdmatch.weights import IdfTable, cosine, term_vector

#: Requirements a story is looked for: the heaviest ones. Ten covers what a JD stresses;
#: past that come the small print and the skills named once in brackets.
IMPORTANT_REQUIREMENTS = 10
#: A skill named in the daily responsibilities weighs this much more when choosing what to
#: tell stories about: it is the work itself, not a line of the wish list.
RESPONSIBILITY_BOOST = 1.5
#: Categories that are shown by a certificate or a test, not by a story.
NO_STORY_CATEGORIES = frozenset({"language", "licence", "certification"})
#: Stories at most and at least (when the CV has enough lines): fewer than three leaves
#: big parts of the job untold, more than six cannot be rehearsed well.
MAX_STORIES = 6
MIN_STORIES = 3
#: A line that names the requirement's skill itself scores this, one with a related skill
#: (Power BI for Tableau) half of it; TF-IDF similarity of the JD line and the CV line adds on.
SKILL_OVERLAP = 1.0
RELATED_OVERLAP = 0.5
#: Least score for a line to show a requirement. Without a shared skill, a TF-IDF cosine of
#: 0.2 between two single lines means several distinctive words in common; below it the
#: shared words are mostly ordinary ones ("tables", "data").
MIN_SHOWS = 0.2
#: A requirement joins an existing story when that story's line shows it at least this well
#: relative to the best line: close enough to tell once.
SHARE_A_STORY = 0.8
#: Lines per story: the main one and one more from the same job.
MAX_LINES_PER_STORY = 2
#: JD sections whose lines are duties a story can answer without a named skill.
DUTY_SECTIONS = ("responsibilities", "requirements", "nice_to_have")
#: Skills that name how the work was done, for the Action prompt (not soft skills or fields).
ACTION_CATEGORIES = frozenset({"tool", "technical", "methodology"})


@dataclass(frozen=True)
class AnsweredRequirement:
    """A JD requirement a story answers, and the related skill it answers it with, if any."""

    requirement: Requirement
    via: Skill | None = None  # a gap answered through a related skill (Power BI for Tableau)
    score: float = 0.0  # skill overlap plus TF-IDF similarity of the best JD line and the CV line

    @property
    def skill(self) -> Skill:
        """The JD's skill."""
        return self.requirement.skill


@dataclass(frozen=True)
class StarStory:
    """An experience to tell as Situation, Task, Action, Result, and what it answers."""

    answers: tuple[AnsweredRequirement, ...]  # most important first; () when it answers a
    # JD duty line that names no skill the taxonomy knows
    bullets: tuple[CvBullet, ...]  # the CV lines it draws on, the main one first
    experience: Experience | None  # the job they come from: role, organisation, period
    jd_line: Evidence  # the JD line the story answers best, for the Task
    tools: tuple[Skill, ...]  # the JD's skills named on its lines, for the Action
    results: tuple[str, ...]  # measurable outcomes already on its lines, for the Result
    result_kinds: tuple[str, ...]  # with no outcome yet: the kinds of number that would fit

    @property
    def measurable(self) -> bool:
        """Whether the Result already holds a number."""
        return bool(self.results)

    @property
    def requirements(self) -> tuple[Requirement, ...]:
        """The requirements it answers."""
        return tuple(a.requirement for a in self.answers)


def importance(requirement: Requirement) -> float:
    """How much a requirement matters for preparation: its weight, more if it is daily work."""
    daily = any(e.section == "responsibilities" for e in requirement.evidence)
    return requirement.weight * (RESPONSIBILITY_BOOST if daily else 1.0)


def is_field_of_study(requirement: Requirement, jd: Document) -> bool:
    """Whether a domain "skill" is only the field of a degree the JD asks for (wrapped or not)."""
    if requirement.skill.category != "domain":
        return False
    for evidence in requirement.evidence:
        if is_education_line(evidence.text):
            continue
        before = evidence.line > 1 and is_education_line(jd.lines[evidence.line - 2].text)
        if not (before and not jd.lines[evidence.line - 1].bullet):
            return False
    return True


def is_the_role(requirement: Requirement, jd: Document) -> bool:
    """Whether a skill is the job's own title ("Data Analyst" for Data Analysis): the whole
    interview is about it, so no single story or question is."""
    title = (jd.title or "").lower()
    return bool(title) and any(e.alias.lower() in title for e in requirement.evidence)


def ranked_requirements(match: Match, jd: Document) -> list[Requirement]:
    """Requirements worth preparing for, most important first: required before nice."""
    candidates = [
        r
        for r in match.requirements
        if r.skill.category not in NO_STORY_CATEGORIES
        and not is_field_of_study(r, jd)
        and not is_the_role(r, jd)
    ]
    return sorted(
        candidates, key=lambda r: (r.level != "required", -importance(r), r.skill.name.lower())
    )


class CvLines:
    """What the story scores read from CV lines alone: their TF-IDF vectors and skills. It
    depends on the CV only, so prepare keeps one per CV (memo.per_document)."""

    def __init__(self, bullets: Sequence[CvBullet], idf: IdfTable) -> None:
        self.vectors = [term_vector(b.text, idf) for b in bullets]
        self.skill_sets = [frozenset(b.skill_ids) for b in bullets]
        self.naming: dict[str, list[int]] = {}  # skill id -> the lines naming it
        for index, skill_ids in enumerate(self.skill_sets):
            for skill_id in skill_ids:
                self.naming.setdefault(skill_id, []).append(index)
        self._cosines: dict[tuple[int, int], float] = {}
        self._kinds: dict[str, tuple[str, ...]] = {}

    def similarities(self, vector: dict[str, float]) -> dict[int, float]:
        """{line: cosine(vector, its vector)} for the lines where it is not 0, in line order."""
        # A cosine is 0 exactly when the lines share no word (the weights are positive).
        # Most lines share one (86% on real pairs), so an index of words does not pay, even
        # built once per CV: callgrind counted as many instructions in a batch, more per
        # distinct pair.
        return {
            i: similarity
            for i, other in enumerate(self.vectors)
            if (similarity := cosine(vector, other))
        }

    def result_kinds(self, text: str) -> tuple[str, ...]:
        """fitting_kinds(text) for one of these lines or several joined, computed once per CV:
        a story without a number suggests the kinds of its lines, as impact_check does."""
        kinds = self._kinds.get(text)
        if kinds is None:
            kinds = self._kinds[text] = fitting_kinds(text)
        return kinds

    def cosine(self, i: int, j: int) -> float:
        """cosine(vectors[i], vectors[j]), computed once per CV."""
        found = self._cosines.get((i, j))
        if found is None:
            found = self._cosines[i, j] = cosine(self.vectors[i], self.vectors[j])
        return found


class _Scorer:
    """Scores of CV lines against requirements: shared skill plus TF-IDF line similarity."""

    def __init__(
        self,
        match: Match,
        bullets: Sequence[CvBullet],
        idf: IdfTable,
        cv_skills: Sequence[Skill] = (),
        lines: CvLines | None = None,
    ) -> None:
        self.bullets = bullets
        self.lines = CvLines(bullets, idf) if lines is None else lines
        self.idf = idf
        self.shows: dict[str, set[str]] = {}  # skill id -> CV skill ids that show it
        self.related: dict[str, Skill] = {}
        self.asked: dict[str, Skill] = {}  # CV skill id -> the skill, for those the JD asks for
        for m in match.matched:
            self.shows[m.skill.id] = {m.skill.id} | ({m.implied_by.id} if m.implied_by else set())
            self.asked[m.skill.id] = m.skill
            if m.implied_by is not None:
                self.asked.setdefault(m.implied_by.id, m.implied_by)
        for gap in match.missing:
            self.shows[gap.skill.id] = set()
            if gap.related is not None:
                self.related[gap.skill.id] = gap.related
                self.asked.setdefault(gap.related.id, gap.related)
        # A skill only your profile claims (Tableau) is told through the CV's own skill of
        # its family (Power BI), as a gap is: the CV line does not name the claimed one.
        on_lines = {i for b in bullets for i in b.skill_ids}
        for m in match.matched:
            if m.skill.family and all(e.section == "profile" for e in m.evidence):
                kin = [
                    s
                    for s in cv_skills
                    if s.family == m.skill.family and s.id != m.skill.id and s.id in on_lines
                ]
                if kin:
                    self.related[m.skill.id] = kin[0]
                    self.asked.setdefault(kin[0].id, kin[0])
        self._cache: dict[tuple[str, int], tuple[float, Evidence, Skill | None]] = {}
        self._jd_vectors: dict[int, dict[str, float]] = {}
        # JD line -> {CV line: cosine} for the CV lines that share a word with it: the
        # requirements named on one JD line compare it with the same CV lines.
        self._similarities: dict[int, dict[int, float]] = {}
        self._ranked: dict[str, list[int]] = {}

    def similarities(self, evidence: Evidence) -> dict[int, float]:
        """The TF-IDF cosines of a JD line with the CV lines that share a word with it (the
        others' is 0), computed once per JD line."""
        similarities = self._similarities.get(evidence.line)
        if similarities is None:
            similarities = self.lines.similarities(self.jd_vector(evidence))
            self._similarities[evidence.line] = similarities
        return similarities

    def similarity(self, evidence: Evidence, index: int) -> float:
        """The TF-IDF cosine of a JD line and a CV line."""
        return self.similarities(evidence).get(index, 0.0)

    def jd_vector(self, evidence: Evidence) -> dict[str, float]:
        """The TF-IDF vector of a JD line, computed once."""
        if evidence.line not in self._jd_vectors:
            self._jd_vectors[evidence.line] = term_vector(evidence.text, self.idf)
        return self._jd_vectors[evidence.line]

    def score(self, requirement: Requirement, index: int) -> tuple[float, Evidence, Skill | None]:
        """The score of one CV line for one requirement, the JD line it matched, the via."""
        key = (requirement.skill.id, index)
        cached = self._cache.get(key)
        if cached is None:
            skill_ids = self.lines.skill_sets[index]
            if len(requirement.evidence) == 1:  # most skills are named on one JD line
                best = requirement.evidence[0]
                similarity = self.similarities(best).get(index, 0.0)
            else:
                similarities = [(self.similarity(e, index), e) for e in requirement.evidence]
                similarity, best = max(similarities, key=lambda p: (p[0], -p[1].line))
                # The Task quotes the daily work the line matches best, over the wish list.
                daily = [p for p in similarities if p[1].section == "responsibilities"]
                if daily:
                    best = max(daily, key=lambda p: (p[0], -p[1].line))[1]
            overlap, via = 0.0, None
            shows = self.shows.get(requirement.skill.id)
            if shows and not shows.isdisjoint(skill_ids):
                overlap = SKILL_OVERLAP
            elif (related := self.related.get(requirement.skill.id)) and related.id in skill_ids:
                overlap, via = RELATED_OVERLAP, related
            cached = self._cache[key] = (overlap + similarity, best, via)
        return cached

    def ranked(self, requirement: Requirement) -> list[int]:
        """The CV lines that show a requirement, best first (computed once: do not change)."""
        skill_id = requirement.skill.id
        cached = self._ranked.get(skill_id)
        if cached is not None:
            return cached
        # score()'s sums for all lines at once: the best similarity of a JD line, plus the
        # overlap on the lines that name the skill (or the related one). Only lines with a
        # shared word or skill can reach MIN_SHOWS; the others score 0.
        evidence = requirement.evidence
        similarities = self.similarities(evidence[0])
        if len(evidence) > 1:
            similarities = dict(similarities)
            for other in evidence[1:]:
                for i, similarity in self.similarities(other).items():
                    if similarity > similarities.get(i, 0.0):
                        similarities[i] = similarity
        scores = {i: s for i, s in similarities.items() if s >= MIN_SHOWS}
        shown: set[int] = set()
        for shown_by in self.shows.get(skill_id) or ():
            shown.update(self.lines.naming.get(shown_by, ()))
        for i in shown:
            scores[i] = SKILL_OVERLAP + similarities.get(i, 0.0)
        related = self.related.get(skill_id)
        if related is not None:
            for i in self.lines.naming.get(related.id, ()):
                if i not in shown:
                    scores[i] = RELATED_OVERLAP + similarities.get(i, 0.0)
        cached = self._ranked[skill_id] = sorted(scores, key=lambda i: (-scores[i], i))
        return cached


def build_stories(
    match: Match,
    jd: Document,
    bullets: Sequence[CvBullet],
    idf: IdfTable,
    cv_skills: Sequence[Skill] = (),
    *,
    ranked: Sequence[Requirement] | None = None,
    lines: CvLines | None = None,
) -> tuple[tuple[StarStory, ...], tuple[Requirement, ...]]:
    """The STAR stories for the JD's most important requirements, and those left without.
    cv_skills (the CV's skills, in text order) give a skill only a profile claims the CV
    skill it is told through; ranked is ranked_requirements(match, jd) and lines is
    CvLines(bullets, idf), when already known."""
    if ranked is None:
        ranked = ranked_requirements(match, jd)
    important = ranked[:IMPORTANT_REQUIREMENTS]
    if not bullets:
        return (), tuple(important)
    scorer = _Scorer(match, bullets, idf, cv_skills, lines)
    # Each requirement goes to the CV line that shows it best; a line is one story.
    groups: dict[int, list[Requirement]] = {}
    unanswered: list[Requirement] = []
    for requirement in important:
        order = scorer.ranked(requirement)
        if not order:
            unanswered.append(requirement)
            continue
        # A line that already tells a story and shows this requirement nearly as well as the
        # best one takes it too: three stories about one JD line are one story told thrice.
        best = scorer.score(requirement, order[0])[0]
        home = next(
            (
                i
                for i in order
                if i in groups and scorer.score(requirement, i)[0] >= SHARE_A_STORY * best
            ),
            order[0],
        )
        groups.setdefault(home, []).append(requirement)
    # Too few stories: tell one more about the next requirements, each on a line not yet used.
    for requirement in ranked[IMPORTANT_REQUIREMENTS:]:
        if len(groups) >= MIN_STORIES:
            break
        fresh = [i for i in scorer.ranked(requirement) if i not in groups]
        if fresh and scorer.score(requirement, fresh[0])[2] is None:
            groups[fresh[0]] = [requirement]
    # Too many: the lightest stories give their requirements to a kept line if it shows them.
    order = sorted(groups, key=lambda i: (-sum(importance(r) for r in groups[i]), i))
    kept, dropped = order[:MAX_STORIES], order[MAX_STORIES:]
    for index in dropped:
        for requirement in groups.pop(index):
            kept_home = next((i for i in scorer.ranked(requirement) if i in kept), None)
            if kept_home is None:
                unanswered.append(requirement)
            else:
                groups[kept_home].append(requirement)
    rank = {r.skill.id: n for n, r in enumerate(ranked)}
    stories = [
        _story(index, groups[index], bullets, scorer, set(groups), rank)
        for index in sorted(groups, key=lambda i: (-sum(importance(r) for r in groups[i]), i))
    ]
    if len(stories) < MIN_STORIES:
        stories += _duty_stories(jd, bullets, scorer, set(groups), MIN_STORIES - len(stories))
    unanswered.sort(key=lambda r: rank[r.skill.id])
    return tuple(stories), tuple(unanswered)


def _duty_stories(
    jd: Document, bullets: Sequence[CvBullet], scorer: _Scorer, used: set[int], wanted: int
) -> list[StarStory]:
    # When the JD names few skills the taxonomy knows, its duty lines still say what the job
    # needs: tell the CV lines nearest to them in words.
    # Bullets before the first heading are duties too, in a JD that never names them so.
    duties = [line for line in jd.lines if line.section in DUTY_SECTIONS and not line.heading]
    duties += [line for line in jd.lines if line.section == "about" and line.bullet]
    stories: list[StarStory] = []
    for duty in duties:
        if len(stories) == wanted:
            break
        vector = term_vector(duty.text, scorer.idf)
        vectors = scorer.lines.vectors
        scored = [(cosine(vector, vectors[i]), i) for i in range(len(bullets)) if i not in used]
        best = max(scored, key=lambda p: (p[0], -p[1]), default=(0.0, -1))
        if best[0] < MIN_SHOWS:
            continue
        used.add(best[1])
        bullet = bullets[best[1]]
        stories.append(
            StarStory(
                answers=(),
                bullets=(bullet,),
                experience=bullet.experience,
                jd_line=Evidence(duty.number, duty.section, duty.text, ""),
                tools=_tools([bullet], scorer),
                results=bullet.results,
                result_kinds=() if bullet.results else scorer.lines.result_kinds(bullet.text),
            )
        )
    return stories


def _story(
    index: int,
    requirements: list[Requirement],
    bullets: Sequence[CvBullet],
    scorer: _Scorer,
    main_lines: set[int],
    rank: dict[str, int],
) -> StarStory:
    requirements = sorted(requirements, key=lambda r: rank[r.skill.id])
    main = bullets[index]
    answers = []
    for requirement in requirements:
        score, _, via = scorer.score(requirement, index)
        answers.append(AnsweredRequirement(requirement, via, score))
    # One more line from the same job that shows one of the same requirements.
    lines = [main]
    if main.experience is not None:
        others = [
            (max(scorer.score(r, i)[0] for r in requirements), i)
            for i, b in enumerate(bullets)
            if i != index and i not in main_lines and b.experience == main.experience
        ]
        # Only a line about the same piece of work: a story has one situation.
        others = [
            o for o in others if o[0] >= MIN_SHOWS and scorer.lines.cosine(o[1], index) >= MIN_SHOWS
        ]
        for _, i in sorted(others, key=lambda o: (-o[0], o[1]))[: MAX_LINES_PER_STORY - 1]:
            lines.append(bullets[i])
    _, jd_line, _ = scorer.score(requirements[0], index)
    tools = _tools(lines, scorer)
    results = tuple(r for b in lines for r in b.results)
    kinds = () if results else scorer.lines.result_kinds(" ".join(b.text for b in lines))
    return StarStory(tuple(answers), tuple(lines), main.experience, jd_line, tools, results, kinds)


def _tools(lines: list[CvBullet], scorer: _Scorer) -> tuple[Skill, ...]:
    # The JD's skills (or the related skills standing in for them) named on the story's lines.
    tools: list[Skill] = []
    for bullet in lines:
        for skill_id in bullet.skill_ids:
            skill = scorer.asked.get(skill_id)
            if skill is not None and skill.category in ACTION_CATEGORIES and skill not in tools:
                tools.append(skill)
    return tuple(tools)


def gap_closest_line(
    gap: Gap,
    bullets: Sequence[CvBullet],
    idf: IdfTable,
    *,
    least: float = MIN_SHOWS,
    lines: CvLines | None = None,
) -> tuple[CvBullet | None, float]:
    """The CV line nearest in words to the JD lines of a gap, and how near (TF-IDF cosine);
    lines is CvLines(bullets, idf), when already known."""
    best: tuple[float, int] = (0.0, -1)
    lines = CvLines(bullets, idf) if lines is None else lines
    # The lines sharing no word with the JD lines are at 0: they are never the nearest.
    similarities = [lines.similarities(term_vector(e.text, idf)) for e in gap.requirement.evidence]
    for i in sorted(set().union(*similarities)):
        similarity = max(s.get(i, 0.0) for s in similarities)
        if similarity > best[0]:
            best = (similarity, i)
    if best[1] < 0 or best[0] < least:
        return None, best[0]
    return bullets[best[1]], best[0]
