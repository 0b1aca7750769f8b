"""Indonesian affixes: read "berkomunikasi", "komunikatif", "mengkoordinasikan" as base words.

A light, dictionary-free take on the Nazief-Adriani rules: strip particles and possessives,
then derivational suffixes, then prefixes with their nasal changes (meN-, peN-). Each word
yields a few candidate stems; a word of a document that matches no alias directly resolves
when one of its candidates is a one-word soft-skill alias itself.

Why not PySastrawi: measured on the 4,305 distinct words of six letters or more in the
lokerid postings that are not aliases (see benchmarks/RESULTS.md), Sastrawi's stems of text
and aliases meet on 51 words, many of them wrong (sosial, belajar, mandiri, semangat,
tengah, dewasa, pimpinan), and it takes about 3 ms a word; these rules resolve 8, all of them
plausible (mengkomunikasikan, mengkoordinasikan, pendisiplinan, menanggapi), at about 2 us a
word for the stems and 20 us with the lookup.
"""

from __future__ import annotations

from functools import lru_cache

#: Words shorter than this are never stemmed, and no stem may be shorter than STEM_MIN.
WORD_MIN = 6
STEM_MIN = 4
_PARTICLES = ("nya", "lah", "kah", "pun")
_SUFFIXES = ("kan", "an", "i")
# (prefix, what replaces it): meN- and peN- drop a stem's first consonant (k, p, t, s).
_PREFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("meny", ("s",)),
    ("peny", ("s",)),
    ("meng", ("", "k")),
    ("peng", ("", "k")),
    ("mem", ("p", "")),
    ("pem", ("p", "")),
    ("men", ("t", "")),
    ("pen", ("t", "")),
    ("ber", ("",)),
    ("per", ("",)),
    ("ter", ("",)),
    ("me", ("",)),
    ("pe", ("",)),
    ("be", ("",)),
    ("di", ("",)),
    ("ke", ("",)),
    ("se", ("",)),
)
# Adjectives borrowed from English nouns: komunikatif -> komunikasi, inovatif -> inovasi.
_BORROWED = (("atif", "asi"), ("itif", "isi"))


def _without_suffixes(word: str) -> set[str]:
    forms = {word}
    for particle in _PARTICLES:
        if word.endswith(particle) and len(word) - len(particle) >= STEM_MIN:
            forms.add(word[: -len(particle)])
    for form in list(forms):
        for suffix in _SUFFIXES:
            if form.endswith(suffix) and len(form) - len(suffix) >= STEM_MIN:
                forms.add(form[: -len(suffix)])
        for ending, root in _BORROWED:
            if form.endswith(ending):
                forms.add(form[: -len(ending)] + root)
    return forms


@lru_cache(maxsize=65536)
def stems(word: str) -> frozenset[str]:
    """Candidate stems of a lower-case word, the word itself excluded; empty if too short."""
    if len(word) < WORD_MIN or not word.isalpha() or not word.isascii():
        return frozenset()
    found: set[str] = set()
    for form in _without_suffixes(word):
        found.add(form)
        for prefix, replacements in _PREFIXES:
            if form.startswith(prefix):
                rest = form[len(prefix) :]
                for replacement in replacements:
                    stem = replacement + rest
                    if len(stem) >= STEM_MIN:
                        found.add(stem)
                        # Two prefixes in a row: ke-pe-mimpin-an, mem-per-kerja-kan.
                        for inner, inner_replacements in _PREFIXES:
                            if stem.startswith(inner) and inner in (
                                "pem",
                                "pen",
                                "peng",
                                "per",
                                "pe",
                            ):
                                for r in inner_replacements:
                                    deeper = r + stem[len(inner) :]
                                    if len(deeper) >= STEM_MIN:
                                        found.add(deeper)
    found.discard(word)
    return frozenset(found)
