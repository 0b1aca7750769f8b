"""Searching only where a match can start: shortcuts that spare Python's regex engine.

``re`` tries a pattern at every position of a text, and a case-insensitive search is slow,
while most lines hold none of what a pattern looks for. These helpers rule a text out, or find
the few places where a match can begin, with plain string tests (in C), and try the pattern
only there, with the results of the plain search. Used by skills, skill_context, prep.cues and
requirements.patterns; tests/test_fast_paths.py checks each use against the plain search.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

#: The characters outside ASCII that a case-insensitive pattern matches to an ASCII letter
#: (İ and ı to i, ſ to s, the Kelvin sign to k): a text with one is searched the plain way.
FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")


def may_hold(text: str, anchors: tuple[str, ...], lower: str | None = None) -> bool:
    """False only when a case-insensitive pattern, every match of which holds one of
    ``anchors`` (lower-case ASCII), cannot match ``text``: none of them is in its lower case
    (``lower``, when given). A text with a character that such a pattern reads as another
    ASCII letter is always tried."""
    if lower is None:
        lower = text.lower()
    if any(a in lower for a in anchors):
        return True
    return not text.isascii() and not FOLDS_TO_ASCII.isdisjoint(text)


def occurrences(text: str, words: Iterable[str]) -> list[int]:
    """Every place where one of the words starts in the text, word after word (sort them for
    text order)."""
    found = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            found.append(at)
            at = text.find(word, at + 1)
    return found


def matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))``, trying only the given starts (ascending).

    The starts must hold every place where the pattern can match. A match is tried where
    finditer would have found it, after the end of the one before, so the matches are
    finditer's own: ``pattern.match(text, at)`` sees the text before ``at`` as a search does
    (lookbehinds, ``\\b``). Not for patterns that can match empty text.
    """
    return list(each_match_at(pattern, text, starts))


def each_match_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """``matches_at``'s matches one at a time, for a reader that may stop at the first."""
    end = 0
    for start in starts:
        if start >= end and (match := pattern.match(text, start)) is not None:
            yield match
            end = match.end()


def search_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> re.Match[str] | None:
    """``pattern.search(text)``, trying only the given starts (ascending), which must hold
    every place where the pattern can match: the first that matches is where a search,
    trying every place from the left, would have stopped."""
    for start in starts:
        if (match := pattern.match(text, start)) is not None:
            return match
    return None


def search_beginning(
    pattern: re.Pattern[str], text: str, beginnings: tuple[str, ...], lower: str | None = None
) -> re.Match[str] | None:
    """``pattern.search(text)`` for a case-insensitive pattern every match of which begins
    with one of ``beginnings`` (lower-case ASCII), tried only where one of them begins in
    the text's lower case (``lower``, when given). A long line with one cue word is searched
    in a few tries, not at each of its characters. A text with a character that such a
    pattern reads as an ASCII letter is searched the plain way (and "İ" is the one character
    that lower-cases to two)."""
    if not text.isascii() and not FOLDS_TO_ASCII.isdisjoint(text):
        return pattern.search(text)
    if lower is None:
        lower = text.lower()
    return search_at(pattern, text, sorted(occurrences(lower, beginnings)))
