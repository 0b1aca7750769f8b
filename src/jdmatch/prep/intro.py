""" "Tell me about yourself": a 60-90 second answer in three parts, from this CV and this JD.

Present (the current job and the strengths this job asks for first), past (the results with
the best numbers, each pointing to its STAR story) and future (why this company and this
role). Every part cites lines that are really in the CV or the JD; the report words them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from jdmatch import regexcache
from jdmatch.match import Evidence, Match, Requirement
from jdmatch.model import Document, Experience
from jdmatch.prep.bullets import CvBullet
from jdmatch.prep.signals import SENTENCE_END, CompanyFact
from jdmatch.prep.stories import StarStory
from jdmatch.taxonomy import Skill

#: Strengths named in the opening: three is what a listener keeps.
MAX_STRENGTHS = 3
#: Achievements in the outline; the spoken draft tells the first two, so that it stays
#: within 90 seconds.
MAX_ACHIEVEMENTS = 3
SPOKEN_ACHIEVEMENTS = 2
#: Categories that make a strength worth opening with: what you do, not how you are.
STRENGTH_CATEGORIES = frozenset({"tool", "technical", "methodology", "domain"})
#: CV sections where a skill counts as used, not only claimed.
USED_SECTIONS = frozenset({"experience", "projects", "summary"})
#: How strong a kind of result is: a before-and-after or a share says more than a count.
RESULT_STRENGTH = {"change": 3.0, "percent": 3.0, "multiplier": 3.0, "money": 2.5, "time": 2.0}
COUNT_STRENGTH = 1.0
#: An achievement that is already a STAR story, or that names a skill the JD asks for, is
#: worth more: it ties the answer to the stories and to the job.
IN_STORY_BONUS = 0.5
ASKED_SKILL_BONUS = 0.5
#: An easy speaking pace, in words per second (150 words a minute).
WORDS_PER_SECOND = 2.5
#: The answer's target length in seconds.
MIN_SECONDS = 60
MAX_SECONDS = 90

_CHANGE = regexcache.compile(r"^(?:from|dari)\b", re.IGNORECASE)
_PERCENT = regexcache.compile(r"%|\b(?:persen|percent|per cent|pct)\b", re.IGNORECASE)
_MULTIPLIER = regexcache.compile(r"\d\s?(?:x|×|kali)\b|\btimes\b", re.IGNORECASE)
_MONEY = regexcache.compile(
    r"(?:Rp|IDR|USD|US\$|\$|S\$|SGD|EUR|€|£)|\b(?:juta|jt|miliar|milyar|ribu|triliun|million|"
    r"billion|mn|bn)\b",
    re.IGNORECASE,
)
_TIME = regexcache.compile(
    r"\b(?:second|sec|minute|min|hour|hr|day|week|month|detik|menit|jam|hari|minggu|pekan|"
    r"bulan)s?\b",
    re.IGNORECASE,
)
#: A CV line that begins with a verb can follow "I" / "Saya" in a spoken sentence.
_EN_IRREGULAR = frozenset(
    [
        "built",
        "led",
        "ran",
        "wrote",
        "made",
        "won",
        "grew",
        "cut",
        "set",
        "took",
        "gave",
        "taught",
        "drove",
        "sold",
        "brought",
        "kept",
        "began",
        "found",
        "oversaw",
        "put",
        "held",
        "met",
        "spoke",
        "sent",
        "spent",
        "paid",
        "bought",
        "rebuilt",
        "drew",
        "chose",
    ]
)
_EN_PRESENT = frozenset(
    [
        "build",
        "lead",
        "run",
        "write",
        "make",
        "manage",
        "mentor",
        "work",
        "own",
        "maintain",
        "design",
        "develop",
        "analyse",
        "analyze",
        "support",
        "handle",
        "prepare",
        "coordinate",
        "create",
        "deliver",
        "oversee",
        "plan",
        "report",
        "train",
        "teach",
        "sell",
        "serve",
        "organise",
        "organize",
        "help",
        "review",
        "test",
        "monitor",
        "track",
        "answer",
        "process",
    ]
)
_ID_VERB = regexcache.compile(r"^(?:me[mnr]?|meng|meny|ber|mem)[a-z]{3,}$")
#: Words that make a company sentence about "us" rather than about the company by name.
_FIRST_PERSON = frozenset({"we", "our", "us", "kami", "kita"})


@dataclass(frozen=True)
class Strength:
    """A skill this job asks for first, the CV line that shows it in use and the JD line."""

    skill: Skill
    cv_line: Evidence
    jd_line: Evidence


@dataclass(frozen=True)
class Achievement:
    """A CV line with a measurable result, and the STAR story it belongs to, if any."""

    bullet: CvBullet
    story: int | None  # 1-based number of its STAR story


@dataclass(frozen=True)
class Introduction:
    """The outline of "Tell me about yourself": present, past, future, all from real lines."""

    current: Experience | None  # the latest job, when the CV lists jobs
    current_line: Evidence | None  # the CV line naming it (or the summary's first sentence)
    strengths: tuple[Strength, ...]
    achievements: tuple[Achievement, ...]  # the best measured results, best first
    company: tuple[CompanyFact, ...]  # what the JD says about the company, product, mission
    role_line: Evidence | None  # the JD line about the daily work to end on


def result_strength(result: str) -> float:
    """How convincing a measurable result is: before-and-after and shares first, counts last."""
    if _CHANGE.search(result):
        return RESULT_STRENGTH["change"]
    if _PERCENT.search(result):
        return RESULT_STRENGTH["percent"]
    if _MONEY.search(result):
        return RESULT_STRENGTH["money"]
    if _MULTIPLIER.search(result):
        return RESULT_STRENGTH["multiplier"]
    if _TIME.search(result):
        return RESULT_STRENGTH["time"]
    return COUNT_STRENGTH


def current_job(cv: Document) -> Experience | None:
    """The CV's latest job: the one that runs to the present, else the first listed."""
    if not cv.experiences:
        return None
    # parse decided which end is "Present" ("November" is not "now").
    ongoing = [job for job in cv.experiences if job.ongoing]
    return (ongoing or list(cv.experiences))[0]


def _current_line(cv: Document, job: Experience | None) -> Evidence | None:
    if job is not None:
        line = cv.lines[job.first_line - 1]
        return Evidence(line.number, line.section, line.text, job.role or line.text)
    # No job read: the summary's first sentence says what the candidate does now.
    for line in cv.section_lines("summary"):
        if not line.heading:
            sentence = SENTENCE_END.split(line.text)[0].strip()
            return Evidence(line.number, line.section, sentence, sentence)
    return None


def _strengths(match: Match, ranked: Sequence[Requirement]) -> tuple[Strength, ...]:
    used = {
        m.skill.id: m
        for m in match.matched
        if m.implied_by is None and any(e.section in USED_SECTIONS for e in m.evidence)
    }
    found: list[Strength] = []
    for requirement in ranked:
        shown = used.get(requirement.skill.id)
        if shown is None or requirement.skill.category not in STRENGTH_CATEGORIES:
            continue
        cv_line = next(e for e in shown.evidence if e.section in USED_SECTIONS)
        jd_line = next(
            (e for e in requirement.evidence if e.section == "responsibilities"),
            requirement.evidence[0],
        )
        found.append(Strength(requirement.skill, cv_line, jd_line))
        if len(found) == MAX_STRENGTHS:
            break
    return tuple(found)


def _achievements(
    bullets: Sequence[CvBullet], stories: Sequence[StarStory], asked: set[str]
) -> tuple[Achievement, ...]:
    story_of: dict[int, int] = {}
    for number, story in enumerate(stories, 1):
        for bullet in story.bullets:
            story_of.setdefault(bullet.line, number)
    scored: list[tuple[float, int, Achievement]] = []
    for bullet in bullets:
        if not bullet.results:
            continue
        score = max(result_strength(r) for r in bullet.results)
        told_as = story_of.get(bullet.line)
        if told_as is not None:
            score += IN_STORY_BONUS
        if asked.intersection(bullet.skill_ids):
            score += ASKED_SKILL_BONUS
        scored.append((score, bullet.line, Achievement(bullet, told_as)))
    scored.sort(key=lambda s: (-s[0], s[1]))
    return tuple(a for _, _, a in scored[:MAX_ACHIEVEMENTS])


def _role_line(jd: Document, strengths: Sequence[Strength]) -> Evidence | None:
    # The daily work the candidate is strongest in; else the JD's first duty.
    for strength in strengths:
        if strength.jd_line.section == "responsibilities":
            return strength.jd_line
    for line in jd.section_lines("responsibilities"):
        if not line.heading:
            return Evidence(line.number, line.section, line.text, "")
    return None


def introduction(
    jd: Document,
    cv: Document,
    match: Match,
    ranked: Sequence[Requirement],
    bullets: Sequence[CvBullet],
    stories: Sequence[StarStory],
    company: Sequence[CompanyFact],
) -> Introduction:
    """The outline of "Tell me about yourself" for this JD and this CV."""
    job = current_job(cv)
    strengths = _strengths(match, ranked)
    asked = {m.skill.id for m in match.matched}
    return Introduction(
        current=job,
        current_line=_current_line(cv, job),
        strengths=strengths,
        achievements=_achievements(bullets, stories, asked),
        company=tuple(company),
        role_line=_role_line(jd, strengths),
    )


def spoken_clause(text: str, lang: str) -> str | None:
    """A CV line that begins with a verb, ready to follow "I" or "Saya" ("automated the
    weekly sales pack…"); None when it does not begin with one."""
    words = text.split()
    if not words:
        return None
    first = words[0]
    lower = first.lower()
    if not first.isalpha() or (first.isupper() and len(first) > 1):
        return None
    if lang == "id":
        verb = bool(_ID_VERB.match(lower))
    else:
        verb = lower.endswith("ed") or lower in _EN_IRREGULAR or lower in _EN_PRESENT
    if not verb:
        return None
    return (lower + text[len(first) :]).rstrip(" .;")


def company_clause(fact: CompanyFact, organisation: str | None) -> str | None:
    """A sentence about the company that can follow "I read that" ("Kiosara is an online
    marketplace…"): it must name the company first and be whole."""
    text = fact.text.strip()
    if not organisation or text.endswith("…"):
        return None
    first = text.split()[0].lower().strip(",")
    if first in _FIRST_PERSON:
        return None
    names = {organisation.lower(), re.sub(r"^(?:pt|cv)\.?\s+", "", organisation.lower())}
    if not any(text.lower().startswith(name) for name in names if name):
        return None
    return text.rstrip(" .")


def spoken_seconds(words: int) -> int:
    """Seconds to say a number of words at an easy pace."""
    return round(words / WORDS_PER_SECOND)
