"""Skills: find the taxonomy's skills in a text, as mentions with offsets, lines and levels."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import compress, count
from pathlib import Path
from typing import Any

from jdmatch import regexcache
from jdmatch.memo import per_document
from jdmatch.model import Document, Line
from jdmatch.skill_context import (
    NATIONALITY_NOUN,
    Found,
    abbreviates_other,
    address_runs,
    in_name,
    merged_runs,
    org_starts,
    overlaps_a_run,
)
from jdmatch.taxonomy import WORD, Rule, Skill, Taxonomy, load_taxonomy, normalise_word
from jdmatch.textscan import occurrences, search_beginning

# Words of a multi-word alias may be separated by spaces, a hyphen, a slash or "&"
# (cross-functional, CI/CD, Research & Development), but not by a comma or a line break.
_JOINABLE_GAP = regexcache.compile(r"[ \-/&]{0,3}")
_ABBREVIATION_GAP = regexcache.compile(r"\. ?")
#: Longest word read as an abbreviation when a dot follows it ("Ms.", "Dr.", "Jl.").
MAX_ABBREVIATION = 3
#: Categories of a skill that vouches for a strict alias on its line ("Go" beside Docker);
#: a licence or a soft skill does not ("SIM A/C" is no programming language).
NEIGHBOURS = frozenset({"tool", "technical", "methodology", "certification"})
#: Strict aliases this short always need another skill on their line.
SHORT_STRICT = 2
#: "Beside another skill": at most this many characters between a strict alias and the
#: skill that vouches for it. A skills list or a sentence naming tools keeps them closer
#: ("Languages: Java, C, C++"); a whole page without line breaks (text pasted from a PDF)
#: is no one line, and "Spring 2014" 2,000 characters from "Java" is a season.
NEIGHBOUR_WINDOW = 40
#: A strict alias whose lower-case form has an IDF below this across real postings (it is in
#: roughly one posting in 40 or more) is an everyday word there, and needs a neighbour.
COMMON_WORD_IDF = 4.6
#: Shorter words are never looked up by their Indonesian affixes.
MIN_AFFIXED = 6
#: JD sections whose skills are about the company or the offer, not the job.
JD_SECTIONS_WITHOUT_SKILLS = frozenset({"about", "benefits", "other"})

#: A JD line about the degree asked for; its fields of study are not skills to match.
EDUCATION_LINE = regexcache.compile(
    r"\b(?:bachelor'?s?|master'?s?|degree|diploma|graduate|graduated|lulusan|pendidikan|"
    r"jurusan|sarjana|S1|S2|D3|D4|SMA|SMK|PhD|BSc|MSc)\b",
    re.IGNORECASE,
)
#: How every match of EDUCATION_LINE begins, in lower case (see textscan.search_beginning).
EDUCATION_BEGINNINGS = (
    "bachelor",
    "master",
    "degree",
    "diploma",
    "graduate",
    "lulusan",
    "pendidikan",
    "jurusan",
    "sarjana",
    "s1",
    "s2",
    "d3",
    "d4",
    "sma",
    "smk",
    "phd",
    "bsc",
    "msc",
)
_NICE_CUES = regexcache.compile(
    r"\b(?:nice[ -]to[ -]have|a plus|is a plus|plus point|bonus|preferred|preferably|"
    r"advantage|advantageous|desirable|ideally|good to have|would be great|"
    r"diutamakan|nilai plus|nilai tambah|lebih disukai|menjadi nilai|poin plus|"
    r"(?:akan )?menjadi (?:keuntungan|kelebihan))\b",
    re.IGNORECASE,
)
_REQUIRED_CUES = regexcache.compile(
    r"\b(?:must|required|requirement|mandatory|minimum|at least|essential|need to|"
    r"wajib|harus|minimal|diwajibkan|mutlak)\b",
    re.IGNORECASE,
)


_MISSING: Any = object()


@dataclass(frozen=True)
class Mention:
    """One place a skill is named: offsets into the text, and where it sits in a document."""

    skill: Skill
    start: int
    end: int
    alias: str  # the text as written
    line: int | None = None  # line number in the Document, when found in one
    section: str | None = None
    level: str | None = None  # JD only: "required" or "nice"
    cue: str | None = None  # JD only: the word or section that decided the level


def _get_taxonomy(taxonomy: Taxonomy | None, extra: tuple[Path, ...] = ()) -> Taxonomy:
    return taxonomy if taxonomy is not None else load_taxonomy(extra)


def find_skills(text: str, *, taxonomy: Taxonomy | None = None) -> list[Mention]:
    """Every skill the taxonomy knows in a text, longest alias first, in text order."""
    return [
        _mention(skill, start, end, text[start:end])
        for skill, start, end in _scan(text, _get_taxonomy(taxonomy))
    ]


_object_new = object.__new__


def _mention(
    skill: Skill,
    start: int,
    end: int,
    alias: str,
    line: int | None = None,
    section: str | None = None,
    level: str | None = None,
    cue: str | None = None,
) -> Mention:
    # The same object as Mention(...): a frozen dataclass's __init__ sets each field through
    # object.__setattr__, four times slower than filling its __dict__ (hundreds per document).
    mention = _object_new(Mention)
    fields = mention.__dict__
    fields["skill"] = skill
    fields["start"] = start
    fields["end"] = end
    fields["alias"] = alias
    fields["line"] = line
    fields["section"] = section
    fields["level"] = level
    fields["cue"] = cue
    return mention


_group = re.Match.group
_match_start = re.Match.start
#: A dot or an apostrophe inside a word (between two of its letters or digits) is what
#: normalise_word changes.
_MARKS = (".", "'", "’")


def _scan(text: str, table: Taxonomy) -> list[tuple[Skill, int, int]]:
    """find_skills' work: each skill found in a text with its offsets, in text order."""
    trie = table.trie
    extendable = table.starts.extendable
    folded = text.casefold()
    matches, words = _words(text, folded)
    found: list[Found] = []
    n = len(words)
    starts = _start_indices(table, words)
    free = 0  # the first word not yet inside a mention
    for i in starts:
        if i < free:
            continue
        key = words[i]
        rule = trie.get(key, _MISSING)
        if rule is not _MISSING:
            # Extend the key word by word while it is a known prefix; keep the longest alias.
            best: tuple[int, Rule] | None = None
            k = i
            while True:
                if rule is not None and (not rule[2] or _strict_ok(text, matches, i, k, rule[2])):
                    best = (k, rule)
                k += 1
                # Most keys start no longer alias: then there is nothing to join.
                if k >= n or key not in extendable:
                    break
                # The key first: most words extend no alias, and a dict lookup is cheaper
                # than checking the gap between the words.
                key = key + " " + words[k]
                rule = trie.get(key, _MISSING)
                if rule is _MISSING or not _joinable(text, matches[k - 1], matches[k]):
                    break
            if best is not None:
                last, found_rule = best
                if found_rule[0] is not None:
                    found.append((found_rule, matches[i].start(), matches[last].end()))
                free = last + 1
            elif len(words[i]) >= MIN_AFFIXED and words[i].isalpha():
                _affixed(table, words[i], matches[i], found)
        else:
            _affixed(table, words[i], matches[i], found)
    kept: list[tuple[Skill, int, int]] = []
    skills = table.skills
    # The e-mail addresses and links, found once: most mentions are in none.
    addresses = (
        address_runs(text, folded)
        if "@" in text or "://" in text or "www." in text or ".com/" in text
        else None
    )
    if addresses:
        addresses = merged_runs(addresses)
    address_ends = [b for _, b in addresses] if addresses else []
    # Where an organisation's word starts, found once: most mentions have none in reach.
    orgs = org_starts(text, folded)
    found_starts = [s for _, s, _ in found]  # in text order, as found
    for rule, start, end in found:
        if (
            rule[2]
            and _needs_neighbour_here(text, start, end, rule)
            and not _has_neighbour(text, start, end, found, skills, found_starts)
        ):
            continue
        if addresses and overlaps_a_run(start, end, addresses, address_ends):
            continue
        if in_name(text, start, end, orgs=orgs):
            continue
        if text[start - 1 : start] == "(" and abbreviates_other(
            text, start, end, rule, found, skills
        ):
            continue
        skill = skills[rule[0]]  # type: ignore[index]
        if (
            skill.category == "language"
            and text[end : end + 1] == " "
            and NATIONALITY_NOUN.match(text, end)
        ):
            continue
        kept.append((skill, start, end))
    return kept


def _words(text: str, folded: str) -> tuple[list[re.Match[str]], list[str]]:
    """The words of a text as WORD finds them, and the lookup form of each (normalise_word).
    ``folded`` is the text's casefold."""
    if len(folded) == len(text):
        # Each character folds to one (no "ß" -> "ss"): a word's folded form is a slice of the
        # text folded once, far cheaper than folding word by word.
        if "\u0345" not in text:
            # Folding changes no character's class in WORD (U+0345, a combining mark that folds
            # to a letter, is the one character that it would), so the words of the folded
            # text are the text's words, at the same offsets.
            matches = list(WORD.finditer(folded))
            words = list(map(_group, matches))
        else:
            matches = list(WORD.finditer(text))
            words = [folded[m.start() : m.end()] for m in matches]
        # Only the few words with an inner dot or apostrophe ("node.js", "e.g") need
        # normalising: found by the marks themselves, each in the word that holds it.
        holder = -1
        for mark in sorted(occurrences(text, _MARKS)):
            # Inside a word: a letter or digit ([^\W_] in WORD) on either side.
            if text[mark - 1 : mark].isalnum() and text[mark + 1 : mark + 2].isalnum():
                at = bisect_right(matches, mark, key=_match_start) - 1
                if at != holder:
                    holder = at
                    words[at] = _normal(words[at])
    else:
        matches = list(WORD.finditer(text))
        words = [_normal(m.group()) for m in matches]
    return matches, words


def _start_indices(table: Taxonomy, words: list[str]) -> list[int]:
    """The indices of the words where _scan's walk can find a mention, in text order.

    Most words start no alias, and of those that do, most ("the", "in", "ms") only begin
    longer ones: such a word is kept only when the next word continues a key. The other
    words kept are aliases on their own, and long words that an Indonesian affix makes an
    alias ("berkomunikasi"). Sets of the distinct words do most of the sorting, in C.
    """
    starts = table.starts
    distinct = set(words)
    single = distinct & starts.aliases
    # A word read through its affixes: any that is no alias on its own (a head too: its
    # longer keys may not follow).
    single |= table.affixed_words(distinct - starts.aliases)
    heads = distinct & starts.prefixes
    if not heads:
        return list(compress(count(), map(single.__contains__, words)))
    kept = list(compress(count(), map((single | heads).__contains__, words)))
    trie = table.trie
    last = len(words) - 1
    return [
        i
        for i in kept
        if words[i] in single or (i < last and words[i] + " " + words[i + 1] in trie)
    ]


def _joinable(text: str, previous: re.Match[str], current: re.Match[str]) -> bool:
    gap_start, gap_end = previous.end(), current.start()
    # One space, the common gap, without the regular expression.
    if (gap_end - gap_start == 1 and text[gap_start] == " ") or _JOINABLE_GAP.fullmatch(
        text, gap_start, gap_end
    ):
        return True
    # An abbreviation's dot: "Ms. Office", "St. Louis" read as one name.
    return previous.end() - previous.start() <= MAX_ABBREVIATION and bool(
        _ABBREVIATION_GAP.fullmatch(text, gap_start, gap_end)
    )


def _normal(word: str) -> str:
    # normalise_word, with the common case (no inner dot or apostrophe) kept cheap.
    word = word.casefold()
    if "." in word[1:] or "'" in word or "’" in word:
        return normalise_word(word)
    return word


def _affixed(table: Taxonomy, word: str, match: re.Match[str], found: list[Found]) -> None:
    rule = table.affixed(word)
    if rule is not None:
        found.append((rule, match.start(), match.end()))


def needs_neighbour(form: str) -> bool:
    """Whether a strict alias is also an everyday word, and so counts only beside another
    skill: two letters or fewer ("Go", "R", "C"), or a word common in the prose of real
    postings (its IDF below COMMON_WORD_IDF: "Word", "Access", "Spring")."""
    if len(form) <= SHORT_STRICT or " " in form:
        return len(form) <= SHORT_STRICT
    return common_words().get(form.lower(), COMMON_WORD_IDF) < COMMON_WORD_IDF


def common_words() -> dict[str, float]:
    """Word IDFs of the shipped table (empty when it is missing)."""
    from jdmatch.weights import load_idf

    return load_idf().words


def _strict_ok(
    text: str, matches: list[re.Match[str]], first: int, last: int, forms: tuple[str, ...]
) -> bool:
    # Exact case, and not glued by a hyphen to another word ("Go-getter", "C-level").
    start, end = matches[first].start(), matches[last].end()
    written = " ".join([text[m.start() : m.end()] for m in matches[first : last + 1]])
    if written not in forms and not _capitals_of(written, forms):
        return False
    before = text[start - 2 : start] if start >= 2 else ""
    after = text[end : end + 2]
    if end - start == 1 and _letter_not_language(text, start, end):
        return False
    if _RELEASE_BEFORE.search(text, max(0, start - 40), start):
        return False
    return not (
        (before.endswith("-") and before[:1].isalnum())
        or (after.startswith("-") and after[1:2].isalnum())
    )


# A strict name that is a release of Windows: "Windows XP", "Windows 98/2000/XP" (not "Excel
# 2016/Access" or "Python 3/Go": the run of releases must start with "Windows").
_RELEASE_BEFORE = regexcache.compile(r"\bWindows (?:[\w.]+/)*$")


def _capitals_of(written: str, forms: tuple[str, ...]) -> bool:
    """ "WINDOWS", "TOAD", "LATEX": a strict name in capitals, as skill lists in CVs often
    write them. Three letters or more, and counted only beside another skill (see
    _needs_neighbour_here)."""
    return len(written) >= 3 and written.isupper() and written in {f.upper() for f in forms}


def _needs_neighbour_here(text: str, start: int, end: int, rule: Rule) -> bool:
    return needs_neighbour(rule[1]) or text[start:end] not in rule[2]


# A one-letter name ("C", "R") that is a grade, a mark or part of an abbreviation: "(C)"
# after a subject or a phone label, "(R)" after a brand, "R & D", an initial ("R. A.
# Eisenberg", "Vetter, R., Brown", "Miss R Williams") or a release ("SAP R/3").
_LETTER_BEFORE = regexcache.compile(r"(?:&|& |\b[A-Z]\. ?|\b(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.? )$")
_LETTER_AFTER = regexcache.compile(r"(?:\s{0,2}&|\.,|\. ?[A-Z]\.|/\d)")


def _letter_not_language(text: str, start: int, end: int) -> bool:
    if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
        return True
    return bool(
        _LETTER_BEFORE.search(text, max(0, start - 6), start)
        or _LETTER_AFTER.match(text, end, end + 4)
    )


#: Longer than any mention can be (a few words of an alias): where a neighbour's search starts.
_LONGEST_MENTION = 1000


def _has_neighbour(
    text: str,
    start: int,
    end: int,
    found: list[Found],
    skills: dict[str, Skill],
    found_starts: list[int] | None = None,
) -> bool:
    # A strict alias ("Go", "R", "Word") counts only beside another named skill on its line.
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if found_starts is not None:
        # Only the mentions that start near this one can be beside it (found is in text order).
        first = bisect_left(
            found_starts, max(line_start, start - NEIGHBOUR_WINDOW - _LONGEST_MENTION)
        )
        last = bisect_left(found_starts, min(line_end, end + NEIGHBOUR_WINDOW) + 1)
        found = found[first:last]
    for rule, s, e in found:
        if s == start or not (line_start <= s and e <= line_end):
            continue
        if start - e > NEIGHBOUR_WINDOW or s - end > NEIGHBOUR_WINDOW:
            continue
        if rule[0] is not None and not rule[2] and skills[rule[0]].category in NEIGHBOURS:
            return True
    return False


def document_mentions(document: Document, *, taxonomy: Taxonomy | None = None) -> list[Mention]:
    """The skills of a parsed document, each with its line, section and, in a JD, its level.

    Headings, contact lines and a JD's company and benefits sections are left out.
    """
    return list(mentions_of(document, taxonomy=taxonomy))


def mentions_of(document: Document, *, taxonomy: Taxonomy | None = None) -> tuple[Mention, ...]:
    """`document_mentions` as a tuple, found once per document and taxonomy (see memo.py)."""
    found = _get_taxonomy(taxonomy)
    return per_document(
        document, "mentions", lambda: tuple(_document_mentions(document, found)), found
    )


def _document_mentions(document: Document, taxonomy: Taxonomy) -> list[Mention]:
    mentions: list[Mention] = []
    levels: dict[int, tuple[str, str]] = {}
    education: dict[int, bool] = {}
    is_jd = document.kind == "jd"
    skip_company = is_jd and _has_job_sections(document)
    text = document.text
    lines, at, count = document.lines, 0, len(document.lines)
    for skill, start, end in _scan(text, taxonomy):
        # Mentions come in text order, so the line that holds one is never before the last.
        while at < count and start > lines[at].end:
            at += 1
        line = lines[at] if at < count and lines[at].start <= start else None
        if line is None or line.heading:
            continue
        level = cue = None
        if is_jd:
            if skip_company and line.section in JD_SECTIONS_WITHOUT_SKILLS:
                continue
            if skill.category == "domain" and _is_education(line, education):
                continue  # "S1 Akuntansi", "degree in Economics": a field of study, not a skill
            if line.number not in levels:
                levels[line.number] = requirement_level(line.text, line.section)
            level, cue = levels[line.number]
        mentions.append(
            _mention(skill, start, end, text[start:end], line.number, line.section, level, cue)
        )
    return mentions


#: How every match of _NICE_CUES begins in lower case, and every match of _REQUIRED_CUES:
#: a line is searched only where one of them begins (a case-insensitive search is slow, the
#: lines of a posting pasted without line breaks are long, and most lines name no level).
_NICE_BEGINNINGS = (
    "nice",
    "a plus",
    "is a plus",
    "plus point",
    "bonus",
    "prefer",
    "advantage",
    "desirable",
    "ideally",
    "good to have",
    "would be great",
    "diutamakan",
    "nilai plus",
    "nilai tambah",
    "lebih disukai",
    "menjadi",
    "poin plus",
    "akan menjadi",
)
_REQUIRED_BEGINNINGS = (
    "must",
    "requir",
    "mandatory",
    "minim",
    "at least",
    "essential",
    "need to",
    "wajib",
    "harus",
    "diwajibkan",
    "mutlak",
)


def requirement_level(line: str, section: str) -> tuple[str, str]:
    """Whether a JD line asks for a skill as required or nice-to-have, and what said so."""
    lower = line.lower()
    nice = search_beginning(_NICE_CUES, line, _NICE_BEGINNINGS, lower)
    if nice:
        return "nice", nice.group(0).lower()
    if section == "nice_to_have":
        return "nice", "section"
    required = search_beginning(_REQUIRED_CUES, line, _REQUIRED_BEGINNINGS, lower)
    if required:
        return "required", required.group(0).lower()
    return "required", "section"


def _has_job_sections(document: Document) -> bool:
    return any(
        s.kind in ("responsibilities", "requirements", "nice_to_have") for s in document.sections
    )


def _is_education(line: Line, cache: dict[int, bool]) -> bool:
    if line.number not in cache:
        cache[line.number] = is_education_line(line.text)
    return cache[line.number]


def is_education_line(text: str) -> bool:
    """``bool(EDUCATION_LINE.search(text))``, tried only where a match can begin."""
    return search_beginning(EDUCATION_LINE, text, EDUCATION_BEGINNINGS) is not None
