"""--explain: why each skill was matched or missed, and the words that looked like a skill
but were turned down ("excellent" is not Excel), with the rule that turned them down.

Only run when asked: it walks a document's words a second time, which the ordinary path
(skills.find_skills) never does.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from jdmatch import skills as matcher
from jdmatch.match import Match, Requirement
from jdmatch.model import Document
from jdmatch.skill_context import in_address, in_name
from jdmatch.skills import Mention
from jdmatch.taxonomy import WORD, Rule, Skill, Taxonomy
from jdmatch.weights import load_idf

_Add = Callable[[int, int, str, str, str], None]

#: A word "looks like" an alias it begins with only when the alias has this many letters and
#: the word this many more: shorter ones are everywhere ("busi" in "business").
MIN_PREFIX = 5
MIN_REST = 3
#: ... and when postings ask for the skill: an IDF at or above this (fewer than about one
#: posting in 400) is a skill few ask for, and "Microsoft" looking like "Micros" (a
#: restaurant till) is noise.
RARE_SKILL_IDF = 6.0
#: Endings that make a word an ordinary form of another ("designed", "reports"): not worth
#: reporting as a near miss, the writer meant the verb or the plural.
INFLECTIONS = ("s", "es", "ed", "d", "ing", "er", "ers", "ly")
#: Reasons a near miss can have, in the words of the report's strings (explain_reason_*).
REASONS = (
    "prefix",  # the word only begins with an alias: aliases match whole words
    "case",  # a strict alias written in another case ("go" is not Go)
    "hyphen",  # a strict alias glued by a hyphen to another word ("Go-getter")
    "neighbour",  # an everyday word that counts only beside another skill on its line
    "ignored",  # inside a phrase listed as never a skill ("excel in")
    "address",  # inside an e-mail address or a web link
    "name",  # inside the name of an organisation, a journal or a semester
    "heading",  # a section heading
    "offer",  # a JD's company, benefits or how-to-apply part, not the job
    "education",  # a JD's field of study, not a skill
    "profile",  # your profile says never to match it
)


@dataclass(frozen=True)
class NearMiss:
    """Words of a document that look like a skill's alias but did not count, and why."""

    text: str  # as written
    skill: Skill  # the skill it looks like
    alias: str  # the alias it looks like
    reason: str  # one of REASONS
    line: int | None
    section: str | None


@dataclass(frozen=True)
class SkillExplanation:
    """How one skill of the JD was found, weighed, levelled and matched (or not)."""

    requirement: Requirement
    status: str  # "matched", "related" or "missing"
    jd_mentions: tuple[Mention, ...]  # where the JD names it: alias, line, section, level, cue
    cv_mentions: tuple[Mention, ...]  # where the CV (or your profile) names it
    implied_by: Skill | None = None  # the CV shows it through this skill (pandas: Python)
    related: Skill | None = None  # a gap: the closest skill the CV shows
    near_misses: tuple[NearMiss, ...] = ()  # a gap: CV words that look like it

    @property
    def level_mention(self) -> Mention | None:
        """The JD mention whose line decided the level."""
        return next((m for m in self.jd_mentions if m.level == self.requirement.level), None)


def near_misses(
    document: Document,
    mentions: Sequence[Mention],
    taxonomy: Taxonomy,
    ruled_out: Sequence[Mention] = (),
) -> tuple[NearMiss, ...]:
    """The words of a document that look like an alias but were not counted, each once per
    line, with the rule that turned them down."""
    text = document.text
    trie = taxonomy.trie
    taken = sorted((m.start, m.end) for m in mentions)
    words = list(WORD.finditer(text))
    normal = [matcher._normal(w.group()) for w in words]
    found: list[NearMiss] = []
    seen: set[tuple[int | None, str, str]] = set()

    def add(start: int, end: int, rule_skill: str, alias: str, reason: str) -> None:
        line = document.line_at(start)
        number = line.number if line else None
        key = (number, text[start:end].lower(), rule_skill)
        if key not in seen:
            seen.add(key)
            skill = taxonomy.skills[rule_skill]
            found.append(
                NearMiss(
                    text[start:end], skill, alias, reason, number, line.section if line else None
                )
            )

    def is_taken(start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in taken)

    skipped = {(m.start, m.end): m for m in ruled_out}
    i = 0
    while i < len(words):
        if is_taken(words[i].start(), words[i].end()):
            # Inside a counted alias ("excellent communication"), a word may still look like
            # another skill ("excel"): say why that one did not count.
            own = trie.get(normal[i])
            if own is None or own[0] is None:
                _prefix_miss(normal[i], words[i], trie, add)
            i += 1
            continue
        best, longest, k, key = None, None, i, normal[i]
        rule = trie.get(key, matcher._MISSING)
        while rule is not matcher._MISSING:
            if rule is not None:
                longest = (k, rule)
                if rule[0] is not None:
                    best = (k, rule)
            k += 1
            if k >= len(words) or not matcher._joinable(text, words[k - 1], words[k]):
                break
            key += " " + normal[k]
            rule = trie.get(key, matcher._MISSING)
        start = words[i].start()
        if longest is not None and longest[1][0] is None and best is not None:
            # An ignore phrase ("excel in") that holds an alias ("excel").
            end = words[best[0]].end()
            add(start, end, best[1][0], best[1][1], "ignored")
            i = longest[0] + 1
            continue
        if best is not None:
            last, found_rule = best
            end = words[last].end()
            if not is_taken(start, end):
                reason = _why_not(document, words, i, last, found_rule, skipped)
                if reason is not None and found_rule[0] is not None:
                    add(start, end, found_rule[0], found_rule[1], reason)
            i = last + 1
            continue
        if rule is matcher._MISSING and k == i:
            _prefix_miss(normal[i], words[i], trie, add)
        i += 1
    return tuple(found)


def _prefix_miss(word: str, match: re.Match[str], trie: dict[str, Rule | None], add: _Add) -> None:
    if not match.group().isalpha() or len(word) < MIN_PREFIX + MIN_REST:
        return
    for cut in range(MIN_PREFIX, len(word) - MIN_REST + 1):
        rule = trie.get(word[:cut])
        if rule is not None and rule[0] is not None and not rule[2]:
            if word[cut:] not in INFLECTIONS and load_idf().skill(rule[0]) < RARE_SKILL_IDF:
                add(match.start(), match.end(), rule[0], rule[1], "prefix")
            return


def _why_not(
    document: Document,
    words: list[re.Match[str]],
    first: int,
    last: int,
    rule: Rule,
    ruled_out: dict[tuple[int, int], Mention],
) -> str | None:
    text = document.text
    start, end = words[first].start(), words[last].end()
    if (start, end) in ruled_out:
        return "profile"
    if rule[2]:
        written = " ".join(w.group() for w in words[first : last + 1])
        if written not in rule[2]:
            return "case"
        if not matcher._strict_ok(text, words, first, last, rule[2]):
            return "hyphen"
        if matcher.needs_neighbour(rule[1]):
            return "neighbour"
    token_text = text[max(0, start - 60) : end + 60]
    if ("@" in token_text or "://" in token_text or "www." in token_text) and in_address(
        text, start, end
    ):
        return "address"
    if in_name(text, start, end):
        return "name"
    line = document.line_at(start)
    if line is None:
        return None
    if line.heading:
        return "heading"
    if document.kind == "jd":
        if line.section in matcher.JD_SECTIONS_WITHOUT_SKILLS and any(
            s.kind in ("responsibilities", "requirements", "nice_to_have")
            for s in document.sections
        ):
            return "offer"
        if matcher.is_education_line(line.text):
            return "education"
    return None


def explain_match(
    match: Match,
    jd_mentions: Sequence[Mention],
    cv_mentions: Sequence[Mention],
    cv_near_misses: Sequence[NearMiss],
) -> tuple[SkillExplanation, ...]:
    """For each skill of the JD: where it fired in each document, how it was weighed and
    levelled, and, for a gap, the CV words that looked like it."""
    jd_by: dict[str, list[Mention]] = defaultdict(list)
    for mention in jd_mentions:
        jd_by[mention.skill.id].append(mention)
    cv_by: dict[str, list[Mention]] = defaultdict(list)
    for mention in cv_mentions:
        cv_by[mention.skill.id].append(mention)
    misses: dict[str, list[NearMiss]] = defaultdict(list)
    for miss in cv_near_misses:
        misses[miss.skill.id].append(miss)
    matched = {m.skill.id: m for m in match.matched}
    missing = {g.skill.id: g for g in match.missing}
    explained = []
    for requirement in match.requirements:
        skill_id = requirement.skill.id
        if skill_id in matched:
            shown = matched[skill_id]
            source = shown.implied_by.id if shown.implied_by else skill_id
            explained.append(
                SkillExplanation(
                    requirement,
                    "matched",
                    tuple(jd_by[skill_id]),
                    tuple(cv_by[source]),
                    implied_by=shown.implied_by,
                )
            )
        else:
            gap = missing.get(skill_id)
            related = gap.related if gap else None
            explained.append(
                SkillExplanation(
                    requirement,
                    "related" if related else "missing",
                    tuple(jd_by[skill_id]),
                    tuple(cv_by[related.id]) if related else (),
                    related=related,
                    near_misses=tuple(misses[skill_id]),
                )
            )
    return tuple(explained)
