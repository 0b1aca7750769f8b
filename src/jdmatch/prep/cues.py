"""Cue words from data/signals.json, compiled once: workflow signals, measurable results."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from jdmatch.skills import may_hold

#: A number as CVs write it: 85, 1,200, 1.200, 3.5, 25+.
_NUMBER = r"\d+(?:[.,]\d+)*(?:\s?\+)?"
#: The number must stand alone: not part of "PL-300", "GA4", "2019/2020" or "v1.2".
_ALONE = r"(?<![\w/.\-])"
#: A word that may stand between a number and its unit ("25+ Power BI dashboards").
_BETWEEN = r"[^\W\d_][\w\-]*"
#: An identifier before a number makes the number a name, not a quantity: "PPh 21", "PSAK 14".
_IDENTIFIER = re.compile(r"(?:[A-Z][a-z]*[A-Z]\w*|[A-Z]{2,}\w*)\s+$")
_DIGIT = re.compile(r"\d")


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
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


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
    its cues (for skills.may_hold). None when a first word is not plain ASCII."""
    node: Any = signals()
    for key in path:
        node = node[key]
    firsts = {re.split(r"[\s\-]+", cue.removesuffix("*"))[0].lower() for cue in node}
    if not all(first and first.isascii() for first in firsts):
        return None
    # A word that holds another adds nothing: "course" is in "courses" and "coursera".
    return tuple(sorted(f for f in firsts if not any(o != f and o in f for o in firsts)))


#: How a words_pattern begins: no word character before the cue.
_WORD_START = r"(?<!\w)"


@lru_cache(maxsize=64)
def cue_starts(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """Where a cue of a words_pattern begins, overlapping cues too: a zero-width pattern.

    Several cue lists are read from one text with one scan: the starts of a pattern of all
    their cues are the only places where a pattern of some of them can match (hits_at).
    """
    assert pattern.pattern.startswith(_WORD_START)
    return re.compile(f"{_WORD_START}(?={pattern.pattern[len(_WORD_START) :]})", pattern.flags)


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
    return [hit.start() for hit in starts.finditer(text)]


def hits_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))``, trying only the given starts (ascending).

    The starts must hold every place where pattern can match: those of cue_starts of a
    words_pattern whose cues include pattern's. A match is tried where finditer would have
    found it, after the end of the one before, so the matches are finditer's own.
    """
    hits: list[re.Match[str]] = []
    end = 0
    for start in starts:
        if start >= end and (hit := pattern.match(text, start)) is not None:
            hits.append(hit)
            end = hit.end()
    return hits


def workflow_kinds() -> tuple[str, ...]:
    """The kinds of team and workflow signal, in the order the report shows them."""
    return tuple(signals()["workflow"])


def impact_kinds() -> tuple[str, ...]:
    """The kinds of number a CV line can show, in tie-breaking order."""
    return tuple(signals()["impact_kinds"])


def count_hits(pattern: re.Pattern[str], text: str) -> int:
    """How many times a cue pattern occurs in a text."""
    return len(pattern.findall(text))  # the same matches as finditer, without match objects


def _alternatives(items: Iterable[str], *, words: bool) -> str:
    ordered = sorted(set(items), key=lambda c: (-len(c), c))
    joined = _joined(ordered)
    return rf"(?:{joined})(?![\w])" if words else rf"(?:{joined})"


@lru_cache(maxsize=1)
def _result_patterns() -> tuple[re.Pattern[str], ...]:
    """Patterns of a measurable result, the most specific first. Only the last can match a
    text without a digit (measurable_results skips the others there)."""
    r = signals()["results"]
    number_words = _alternatives(r["number_words"], words=True)
    time_unit = _alternatives(r["time_units"], words=True)
    count_unit = _alternatives(r["count_units"], words=True)
    percent = r"\s?(?:%|" + _alternatives([p for p in r["percent"] if p != "%"], words=True) + ")"
    money_prefix = _alternatives(r["money_prefix"], words=False)
    money_suffix = _alternatives(r["money_suffix"], words=True)
    money_word = _alternatives(r["money_words"], words=True)
    multiplier = _alternatives(r["multiplier"], words=True)
    change_from = _alternatives(r["change_from"], words=True)
    change_to = _alternatives(r["change_to"], words=True)
    not_between = _alternatives(r["not_between"], words=True)
    amount = rf"{_ALONE}{_NUMBER}(?:{percent}|\s+{time_unit}|\s+{count_unit})?"
    between = rf"(?:\s+(?!{not_between}){_BETWEEN}){{0,2}}"
    flags = re.IGNORECASE
    return (
        # "from 6 hours to 1 hour", "dari 10 hari menjadi 5 hari", "from 12% to 3%"
        re.compile(rf"(?<!\w){change_from}\s+{amount}\s+{change_to}\s+{amount}", flags),
        # "Rp 200 juta", "$1.5M", "USD 20k"
        re.compile(
            rf"(?<!\w){money_prefix}\s?{_NUMBER}(?:\s?{money_suffix})?(?![\d])", re.IGNORECASE
        ),
        re.compile(rf"{_ALONE}{_NUMBER}\s?{money_word}", flags),
        # "12%", "30 persen"
        re.compile(rf"{_ALONE}{_NUMBER}{percent}", flags),
        # "2x", "3 kali lipat"
        re.compile(rf"{_ALONE}{_NUMBER}\s?{multiplier}", flags),
        # "6 hours", "5 hari"
        re.compile(rf"{_ALONE}{_NUMBER}\s+{time_unit}", flags),
        # "85 karyawan", "25+ Power BI dashboards", "two junior analysts"
        re.compile(rf"{_ALONE}(?:{_NUMBER}|{number_words}){between}\s+{count_unit}", flags),
    )


@lru_cache(maxsize=1)
def _number_words() -> tuple[str, ...]:
    return tuple(w.lower() for w in signals()["results"]["number_words"])


def measurable_results(text: str) -> tuple[str, ...]:
    """The measurable outcomes a line states (%, money, time, counts), in text order."""
    taken: list[tuple[int, int]] = []
    patterns = _result_patterns()
    if _DIGIT.search(text) is None:
        # The others all need a digit; "two analysts" does not, but needs a number's word.
        if not may_hold(text, _number_words()):
            return ()
        patterns = patterns[-1:]
    for pattern in patterns:
        for found in pattern.finditer(text):
            start, end = found.span()
            if any(start < e and s < end for s, e in taken):
                continue
            if _IDENTIFIER.search(text[max(0, start - 12) : start]):
                continue  # "PPh 21 untuk karyawan": 21 names a tax, it counts nothing
            taken.append((start, end))
    return tuple(text[s:e].strip() for s, e in sorted(taken))
