"""Fitted IDF weights shipped as package data, and the TF-IDF text similarity built on them.

The weights come from ``scripts/fit_idf.py`` (scikit-learn, run by a developer on a corpus of
real postings); at run time they are plain numbers, so a single analyze never imports
scikit-learn.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from jdmatch import regexcache

_TERM = regexcache.compile(r"[^\W\d_]{2,}")
#: _TERM for a text whose word characters are all ASCII: there its letters are A-Z and a-z,
#: and a range is tested at each character where _TERM looks up Unicode categories (0.68x
#: the instructions on a posting).
_ASCII_TERM = regexcache.compile(r"[A-Za-z]{2,}")
#: A word character beyond ASCII ("é"): a text without one is read with _ASCII_TERM.
_NON_ASCII_WORD = regexcache.compile(r"[^\x00-\x7f\W]")


def _terms(lower: str) -> list[str]:
    """The words of a text in lower case, two letters or more: _TERM.findall(lower)."""
    if lower.isascii() or _NON_ASCII_WORD.search(lower) is None:
        return _ASCII_TERM.findall(lower)
    return _TERM.findall(lower)


@dataclass(frozen=True)
class IdfTable:
    """Inverse document frequencies of skills and of words, fitted on real postings."""

    skills: dict[str, float]
    words: dict[str, float]
    default_skill: float  # for a skill no posting in the corpus named: the rarest seen
    default_word: float
    documents: int
    fitted_on: str

    def skill(self, skill_id: str) -> float:
        """How distinctive a skill is across postings."""
        return self.skills.get(skill_id, self.default_skill)


@lru_cache(maxsize=1)
def load_idf() -> IdfTable:
    """The shipped IDF table (data/idf.json)."""
    resource = resources.files("jdmatch").joinpath("data/idf.json")
    raw = json.loads(resource.read_text("utf-8"))
    return IdfTable(
        skills=raw["skills"],
        words=raw["words"],
        default_skill=raw["default_skill"],
        default_word=raw["default_word"],
        documents=raw["documents"],
        fitted_on=raw["fitted_on"],
    )


#: Vectors kept for reuse: prep compares the same JD and CV lines many times over.
_VECTOR_CACHE_SIZE = 4096
#: (id of the IDF table, sublinear, text) -> a text's vector; (0, False, text) its count vector
#: (count_vector) and (0, True, text) its word counts (word_counts).
_vectors: dict[tuple[int, bool, str], dict[str, Any]] = {}


def term_vector(text: str, idf: IdfTable, *, sublinear: bool = True) -> dict[str, float]:
    """An IDF-weighted, L2-normalised bag of words (cached; do not mutate).

    Term counts are sublinear (1 + log n) by default, so that one word said ten times does not
    outweigh ten words; ``sublinear=False`` keeps the plain counts.
    """
    key = (id(idf), sublinear, text)
    vector = _vectors.get(key)
    if vector is None:
        if len(_vectors) >= _VECTOR_CACHE_SIZE:
            _vectors.clear()
        vector = _vectors[key] = _term_vector(text, idf, sublinear)
    return vector


def _term_vector(text: str, idf: IdfTable, sublinear: bool) -> dict[str, float]:
    terms = _terms(text.lower())
    words, default = idf.words, idf.default_word
    if sublinear and len(set(terms)) == len(terms):
        # Each word said once (most short lines): each weighs its IDF, in text order as
        # a Counter would keep them, without counting.
        vector = {term: words.get(term, default) for term in terms}
    elif sublinear:  # a word said once weighs its IDF: (1 + log 1) * idf is exactly idf
        vector = {
            term: words.get(term, default)
            if count == 1
            else (1.0 + math.log(count)) * words.get(term, default)
            for term, count in Counter(terms).items()
        }
    else:
        counts = Counter(terms)
        vector = {term: float(count) * words.get(term, default) for term, count in counts.items()}
    norm = math.sqrt(sum([v * v for v in vector.values()]))
    return {t: v / norm for t, v in vector.items()} if norm else {}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """The cosine of two normalised vectors."""
    if len(a) > len(b):
        a, b = b, a
    if not a:
        return 0
    # The shared terms only, in the same order: the others would add exact zeros.
    return sum([v * b[t] for t, v in a.items() if t in b], 0.0)


def text_similarity(a: str, b: str, idf: IdfTable | None = None) -> float:
    """Plain TF-IDF cosine of two whole texts, 0 to 1."""
    idf = idf or load_idf()
    return cosine(term_vector(a, idf), term_vector(b, idf))


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """English and Indonesian function words (data/stopwords/*.txt), lower case."""
    folder = resources.files("jdmatch").joinpath("data/stopwords")
    words: set[str] = set()
    for language in ("en", "id"):
        text = folder.joinpath(f"{language}.txt").read_text("utf-8")
        words.update(w for w in text.split("\n") if w and not w.startswith("#"))
    return frozenset(words)


def word_counts(text: str) -> Counter[str]:
    """How often a text uses each of its words (lower case, two letters or more), in the order
    first used (cached; do not mutate): what count_vector and words_shown read the text for."""
    # Kept beside the vectors, so that whoever forgets those (a benchmark) forgets these.
    key = (0, True, text)
    counts = _vectors.get(key)
    if counts is None:
        if len(_vectors) >= _VECTOR_CACHE_SIZE:
            _vectors.clear()
        counts = _vectors[key] = Counter(_terms(text.lower()))
    return counts  # type: ignore[return-value]


def count_vector(text: str) -> dict[str, float]:
    """The L2-normalised plain counts of a text's words, function words left out (cached)."""
    key = (0, False, text)
    vector = _vectors.get(key)
    if vector is None:
        stop = stop_words()
        counts = {w: n for w, n in word_counts(text).items() if w not in stop}
        norm = math.sqrt(sum(n * n for n in counts.values()))
        if len(_vectors) >= _VECTOR_CACHE_SIZE:
            _vectors.clear()
        vector = _vectors[key] = {t: n / norm for t, n in counts.items()} if norm else {}
    return vector


def document_similarity(a: str, b: str) -> float:
    """Cosine of two whole documents' plain word counts, function words left out; 0 to 1.

    Plain counts keep each document's emphasis: the words a JD repeats are what the job is
    about, and a CV that spends many of its words on them is about the same work. No IDF here:
    every posting of a field shares that field's words (data, model, learning for an ML job),
    and IDF would weigh them down in favour of rare words; the function words a list removes
    carry nothing. On both fit sets this beats the IDF-weighted cosine (benchmarks/RESULTS.md).
    """
    return cosine(count_vector(a), count_vector(b))


def words_shown(phrase: str, text: str, idf: IdfTable | None = None) -> float | None:
    """The IDF-weighted share of a phrase's words that a text uses, 0 to 1; None if no words.

    "Senior Python Engineer" against a CV: the rare words (python) count more than the
    everyday ones (senior, engineer).
    """
    idf = idf or load_idf()
    words = set(_terms(phrase.lower()))
    if not words:
        return None
    used = word_counts(text)  # its keys are the text's words, cached
    weights = {w: idf.words.get(w, idf.default_word) for w in words}
    return sum(v for w, v in weights.items() if w in used) / sum(weights.values())
