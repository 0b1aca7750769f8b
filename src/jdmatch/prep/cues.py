"""Cue words from data/signals.json, compiled once: workflow signals, measurable results."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache, lru_cache, partial
from importlib import resources
from typing import Any

from jdmatch import regexcache
from jdmatch.textscan import FOLDS_TO_ASCII, may_hold

#: A number as CVs write it: 85, 1,200, 1.200, 3.5, 25+.
_NUMBER = r"\d+(?:[.,]\d+)*(?:\s?\+)?"
#: The number must stand alone: not part of "PL-300", "GA4", "2019/2020" or "v1.2".
_ALONE = r"(?<![\w/.\-])"
#: A word that may stand between a number and its unit ("25+ Power BI dashboards").
_BETWEEN = r"[^\W\d_][\w\-]*"
#: _ALONE + _NUMBER begun with its first digit: re searches for a pattern that begins with a
#: set of characters by skipping to them, here the few digits of a line.
_ALONE_NUMBER = r"\d(?<![\w/.\-]\d)\d*(?:[.,]\d+)*(?:\s?\+)?"
#: An identifier before a number makes the number a name, not a quantity: "PPh 21", "PSAK 14".
_IDENTIFIER = regexcache.compile(r"(?:[A-Z][a-z]*[A-Z]\w*|[A-Z]{2,}\w*)\s+$")
_DIGIT = regexcache.compile(r"\d")
#: A run of word characters: a count unit or a number's word is one (see _may_count).
_WORD = regexcache.compile(r"\w+")
#: re.IGNORECASE as a plain int: "&" with the flag itself goes through the enum's own code.
_IGNORECASE = re.IGNORECASE.value


@lru_cache(maxsize=1)
def signals() -> dict[str, Any]:
    """The raw cue lists (data/signals.json), without their comments."""
    raw = resources.files("jdmatch").joinpath("data/signals.json").read_text("utf-8")
    return _strip_comments(json.loads(raw))


def _strip_comments(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip_comments(v) for k, v in value.items() if not k.startswith("_")}
    return value


def _cue_regex(cue: str) -> str:
    prefix = cue.endswith("*")
    body = cue[:-1] if prefix else cue
    parts = re.split(r"[\s\-]+", body)
    pattern = r"[\s\-]+".join(re.escape(p) for p in parts)
    return pattern + (r"\w*" if prefix else "")


def _joined(ordered: list[str]) -> str:
    """The cues' patterns as one alternation, in order, grouped by first letter.

    Python's re tries every alternative at every position of a text; one branch per first
    letter lets it pass over most of them at once (3x faster on the workflow cues). It matches
    what the flat alternation matches: at one position only one group's letter can match, and
    a group keeps the order of its cues. Cues that start with anything but an ASCII letter or
    digit, or with a letter in both cases, keep the flat form.
    """
    groups: dict[str, list[str]] = {}
    for cue in ordered:
        pattern = _cue_regex(cue)
        first = cue[:1]
        rests = groups.setdefault(first.lower(), [])
        if not (first.isascii() and first.isalnum() and pattern.startswith(first)) or (
            rests and rests[0][0] != first
        ):
            return "|".join(_cue_regex(c) for c in ordered)
        rests.append(first + pattern[1:])
    return "|".join(
        rests[0] if len(rests) == 1 else f"{rests[0][0]}(?:{'|'.join(r[1:] for r in rests)})"
        for rests in groups.values()
    )


def words_pattern(cues: Iterable[str]) -> re.Pattern[str]:
    """One case-insensitive pattern for cues as whole words, longest first."""
    ordered = sorted(set(cues), key=lambda c: (-len(c), c))
    alternatives = _joined(ordered) or r"(?!x)x"
    return regexcache.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


@cache
def cue_pattern(*path: str) -> re.Pattern[str]:
    """The compiled pattern of the cue list at a path of signals.json keys."""
    node: Any = signals()
    for key in path:
        node = node[key]
    return words_pattern(node)


@cache
def cue_anchors(*path: str) -> tuple[str, ...] | None:
    """What every match of cue_pattern(*path) holds in lower case: the first word of one of
    its cues (for textscan.may_hold). None when a first word is not plain ASCII."""
    node: Any = signals()
    for key in path:
        node = node[key]
    return _anchors(node)


def _anchors(cues: Iterable[str]) -> tuple[str, ...] | None:
    """The first words of cues in lower case, for textscan.may_hold; None when one is neither
    plain ASCII nor without case (a case-insensitive "€" matches only "€")."""
    firsts = {re.split(r"[\s\-]+", cue.removesuffix("*"))[0].lower() for cue in cues}
    if not all(first and (first.isascii() or first.upper() == first) for first in firsts):
        return None
    # A word that holds another adds nothing: "course" is in "courses" and "coursera".
    return tuple(sorted(f for f in firsts if not any(o != f and o in f for o in firsts)))


#: How a words_pattern begins: no word character before the cue.
_WORD_START = r"(?<!\w)"


@lru_cache(maxsize=64)
def cue_starts(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """Where a cue of a words_pattern begins, overlapping cues too: a zero-width pattern.

    Several cue lists are read from one text with one scan: the starts of a pattern of all
    their cues are the only places where a pattern of some of them can match (textscan.matches_at).
    """
    assert pattern.pattern.startswith(_WORD_START)
    return regexcache.compile(
        f"{_WORD_START}(?={pattern.pattern[len(_WORD_START) :]})", pattern.flags
    )


@cache
def any_cue_starts(*paths: tuple[str, ...]) -> re.Pattern[str]:
    """cue_starts of one pattern of the cue lists at several paths of signals.json keys."""
    cues: list[str] = []
    for path in paths:
        node: Any = signals()
        for key in path:
            node = node[key]
        cues.extend(node)
    return cue_starts(words_pattern(cues))


def cue_positions(starts: re.Pattern[str], text: str) -> list[int]:
    """Where a cue_starts pattern finds a cue beginning in a text, ascending."""
    if starts.flags & _IGNORECASE and _lower_case_reads_alike(text):
        # By its text: a compiled pattern hashes its code.
        led = _lowered_starts(starts.pattern, text.isascii())
        if led is not None:
            return [hit.start() for hit in led.finditer(" " + text.lower())]
    return [hit.start() for hit in starts.finditer(text)]


@lru_cache(maxsize=128)
def _lowered_starts(pattern: str, ascii_text: bool = False) -> re.Pattern[str] | None:
    """A cue_starts pattern, "(?<!\\w)(?=…)", in lower case (see _scan) and written
    "\\W(?=…)", for the text in lower case after a space; None as for _lowered.

    Each start is found by the non-word character before it (the space for one at the
    start of the text): re skips over word characters to such a character at once, where
    it tried "(?<!\\w)" on every character (a third less time). For an ASCII text (most
    lines) that character is one of ASCII's non-word characters: a range test, where \\W
    looks up each character's Unicode category (a fifth less time again).
    """
    lowered = _lower_case(pattern)
    if lowered is None:
        return None
    assert lowered.startswith(_WORD_START)
    before = r"[^0-9A-Z_a-z]" if ascii_text else r"\W"
    return regexcache.compile(before + lowered[len(_WORD_START) :])


def _scan(pattern: re.Pattern[str], text: str) -> tuple[re.Pattern[str], str]:
    """What to scan for where a case-insensitive cue pattern matches a text: the pattern and
    the text in lower case, the pattern case-sensitive, when that finds the same places.

    It does unless the text holds one of the characters that a case-insensitive pattern
    reads as another ASCII letter: only İ lower-cases to two characters, lower-casing keeps
    every character in or out of \\w, \\s and \\d, and only İ, ı and ſ match an ASCII letter
    but lower-case to another. re tries the branches of an alternation one by one; it passes
    over a branch that begins with a case-sensitive letter at once, but enters one that
    ignores case: the lower-case scan takes half the time.
    """
    if pattern.flags & _IGNORECASE and _lower_case_reads_alike(text):
        lowered = _lowered(pattern.pattern)  # by its text: a compiled pattern hashes its code
        if lowered is not None:
            return lowered, text.lower()
    return pattern, text


def _lower_case_reads_alike(text: str) -> bool:
    """Whether a lower-case pattern finds in the text in lower case, at the same places, what
    the case-insensitive pattern finds in the text (see _scan)."""
    return text.isascii() or FOLDS_TO_ASCII.isdisjoint(text)


@lru_cache(maxsize=64)
def _lowered(pattern: str) -> re.Pattern[str] | None:
    """A cue pattern in lower case; None if it is not plain ASCII or holds an escape that
    lower-casing would change (\\W, \\S)."""
    lowered = _lower_case(pattern)
    return None if lowered is None else regexcache.compile(lowered)


def _lower_case(pattern: str) -> str | None:
    if not pattern.isascii() or re.search(r"\\[A-Z]", pattern):
        return None
    return pattern.lower()


def workflow_kinds() -> tuple[str, ...]:
    """The kinds of team and workflow signal, in the order the report shows them."""
    return tuple(signals()["workflow"])


def impact_kinds() -> tuple[str, ...]:
    """The kinds of number a CV line can show, in tie-breaking order."""
    return tuple(signals()["impact_kinds"])


def count_hits(pattern: re.Pattern[str], text: str) -> int:
    """How many times a cue pattern occurs in a text."""
    pattern, scanned = _scan(pattern, text)
    return len(pattern.findall(scanned))  # the same matches as finditer, without match objects


def _alternatives(items: Iterable[str], *, words: bool, lower: bool = False) -> str:
    ordered = sorted(set(items), key=lambda c: (-len(c), c))
    if lower:  # for a case-sensitive pattern of a lower-case text: the same order
        ordered = list(dict.fromkeys(item.lower() for item in ordered))
    joined = _joined(ordered)
    return rf"(?:{joined})(?![\w])" if words else rf"(?:{joined})"


@lru_cache(maxsize=2)
def _result_patterns(lower: bool = False) -> tuple[re.Pattern[str], ...]:
    """Patterns of a measurable result, the most specific first. Only the last can match a
    text without a digit (measurable_results skips the others there). lower: the patterns
    for a text in lower case, case-sensitive, which find the same (see _scan)."""
    r = signals()["results"]
    alternatives = partial(_alternatives, lower=lower)
    number_words = alternatives(r["number_words"], words=True)
    time_unit = alternatives(r["time_units"], words=True)
    count_unit = alternatives(r["count_units"], words=True)
    percent = r"\s?(?:%|" + alternatives([p for p in r["percent"] if p != "%"], words=True) + ")"
    money_prefix = alternatives(r["money_prefix"], words=False)
    money_suffix = alternatives(r["money_suffix"], words=True)
    money_word = alternatives(r["money_words"], words=True)
    multiplier = alternatives(r["multiplier"], words=True)
    change_from = alternatives(r["change_from"], words=True)
    change_to = alternatives(r["change_to"], words=True)
    not_between = alternatives(r["not_between"], words=True)
    amount = rf"{_ALONE}{_NUMBER}(?:{percent}|\s+{time_unit}|\s+{count_unit})?"
    between = rf"(?:\s+(?!{not_between}){_BETWEEN}){{0,2}}"
    flags = 0 if lower else re.IGNORECASE
    return (
        # "from 6 hours to 1 hour", "dari 10 hari menjadi 5 hari", "from 12% to 3%"
        regexcache.compile(rf"(?<!\w){change_from}\s+{amount}\s+{change_to}\s+{amount}", flags),
        # "Rp 200 juta", "$1.5M", "USD 20k"
        regexcache.compile(
            rf"(?<!\w){money_prefix}\s?{_NUMBER}(?:\s?{money_suffix})?(?![\d])", flags
        ),
        regexcache.compile(rf"{_ALONE_NUMBER}\s?{money_word}", flags),
        # "12%", "30 persen"
        regexcache.compile(rf"{_ALONE_NUMBER}{percent}", flags),
        # "2x", "3 kali lipat"
        regexcache.compile(rf"{_ALONE_NUMBER}\s?{multiplier}", flags),
        # "6 hours", "5 hari"
        regexcache.compile(rf"{_ALONE_NUMBER}\s+{time_unit}", flags),
        # "85 karyawan", "25+ Power BI dashboards", "two junior analysts"
        regexcache.compile(rf"{_ALONE}(?:{_NUMBER}|{number_words}){between}\s+{count_unit}", flags),
    )


@lru_cache(maxsize=1)
def _result_words_plain() -> bool:
    """Whether every word of the result patterns is plain ASCII or has no case ("€"): then the
    lower-case patterns find in a lower-case text what the others find (see _scan)."""
    words = [w for words in signals()["results"].values() for w in words]
    return all(w.isascii() or w.lower() == w.upper() for w in words)


@lru_cache(maxsize=1)
def _number_words() -> tuple[str, ...]:
    return tuple(w.lower() for w in signals()["results"]["number_words"])


@lru_cache(maxsize=1)
def _result_anchors() -> tuple[tuple[str, ...] | None, ...]:
    """For each of _result_patterns, what every match of it holds in lower case: one of the
    change, money, percent, multiplier or unit words it is built around (for may_hold)."""
    r = signals()["results"]
    return tuple(
        _anchors(r[key])
        for key in (
            "change_from",
            "money_prefix",
            "money_words",
            "percent",
            "multiplier",
            "time_units",
            "count_units",
        )
    )


@lru_cache(maxsize=1)
def _count_words() -> tuple[frozenset[str], frozenset[str]] | None:
    """The count units and the number words in lower case, when each is a run of word
    characters: then a match of the count pattern holds a unit as a whole word of the text,
    and a number's word too when it has no digit. None when one is not such a run."""
    r = signals()["results"]
    units, numbers = r["count_units"], r["number_words"]
    if not all(_WORD.fullmatch(word) for word in (*units, *numbers)):
        return None
    return frozenset(w.lower() for w in units), frozenset(w.lower() for w in numbers)


def _may_count(text: str, lower: str, alike: bool, digit: bool) -> bool:
    """False only when the count pattern (the last of _result_patterns) cannot match a text.

    When its lower case reads alike (see _scan), one set of the text's words tells: the unit
    must be one of them, and a number's word too without a digit. Looking for each of the
    units in the text (may_hold) took 15 µs a line, as much as the other patterns together.
    """
    words = _count_words()
    if not alike or words is None:
        needs = _result_anchors()[-1]
        return needs is None or may_hold(text, needs, lower)
    units, numbers = words
    found = set(_WORD.findall(lower))
    return not units.isdisjoint(found) and (digit or not numbers.isdisjoint(found))


def measurable_results(text: str) -> tuple[str, ...]:
    """The measurable outcomes a line states (%, money, time, counts), in text order."""
    taken: list[tuple[int, int]] = []
    lower = text.lower()
    alike = _lower_case_reads_alike(text) and _result_words_plain()
    patterns = _result_patterns(lower=alike)
    scanned = lower if alike else text
    digit = _DIGIT.search(text) is not None
    # The others all need a digit; "two analysts" does not, but needs a number's word.
    if not digit and not may_hold(text, _number_words(), lower):
        return ()
    tried = zip(patterns[:-1], _result_anchors()[:-1], strict=True) if digit else ()
    for pattern, needs in tried:
        if needs is None or may_hold(text, needs, lower):
            _take(pattern.finditer(scanned), text, taken)
        # else none of its words: no match (most patterns on most lines)
    if _may_count(text, lower, alike, digit):
        _take(patterns[-1].finditer(scanned), text, taken)
    return tuple(text[s:e].strip() for s, e in sorted(taken))


def _take(found: Iterable[re.Match[str]], text: str, taken: list[tuple[int, int]]) -> None:
    """Add the spans of results found to those taken, but for overlaps and names."""
    for match in found:
        start, end = match.span()
        if any(start < e and s < end for s, e in taken):
            continue
        if _IDENTIFIER.search(text[max(0, start - 12) : start]):
            continue  # "PPh 21 untuk karyawan": 21 names a tax, it counts nothing
        taken.append((start, end))
