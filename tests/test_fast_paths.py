"""The shortcuts prep takes for speed give what the plain computation gives."""

from __future__ import annotations

import re
import sys
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from jdmatch import skill_context, skills
from jdmatch.analysis import Analysis, analyze
from jdmatch.prep.cues import (
    _IDENTIFIER,
    _result_patterns,
    any_cue_starts,
    cue_anchors,
    cue_pattern,
    cue_positions,
    measurable_results,
    signals,
)
from jdmatch.prep.manager import manager_kinds
from jdmatch.prep.questions import CLASSIC
from jdmatch.prep.stories import MIN_SHOWS, _Scorer
from jdmatch.skills import requirement_level
from jdmatch.taxonomy import WORD
from jdmatch.textscan import FOLDS_TO_ASCII, matches_at, may_hold
from jdmatch.weights import cosine, load_idf, term_vector

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
PAIRS = {
    "en": (SAMPLES / "en" / "jd.pdf", SAMPLES / "en" / "cv.docx"),
    "id": (SAMPLES / "id" / "jd.pdf", SAMPLES / "id" / "cv.pdf"),
}
#: The cue lists read together with one scan, as prep reads them.
FAMILIES: dict[str, list[tuple[str, ...]]] = {
    "workflow": [("workflow", kind) for kind in signals()["workflow"]],
    "manager_jd": [("manager", kind, "jd") for kind in manager_kinds()],
    "manager_cv": [("manager", kind, "cv") for kind in manager_kinds()],
    "classic_cv": [("classic", kind, "cv") for kind in CLASSIC],
    "impact_kinds": [("impact_kinds", kind) for kind in signals()["impact_kinds"]],
}


@pytest.fixture(scope="module", params=sorted(PAIRS))
def sample(request: pytest.FixtureRequest) -> Analysis:
    """The analysis of one bundled JD/CV pair."""
    return analyze(*PAIRS[request.param])


def _cues(path: tuple[str, ...]) -> list[str]:
    node: Any = signals()
    for key in path:
        node = node[key]
    return list(node)


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_one_scan_finds_what_each_cue_list_finds(family: str, sample: Analysis) -> None:
    paths = FAMILIES[family]
    texts = [line.text for line in sample.jd.lines + sample.cv.lines]
    # Cues back to back, overlapping and in other cases: where one match hides the next.
    cues = [c.rstrip("*") for path in paths for c in _cues(path)]
    texts += [" ".join(cues), "-".join(cues).upper(), " and ".join(reversed(cues)).title()]
    starts = any_cue_starts(*paths)
    found = 0
    for text in texts:
        positions = cue_positions(starts, text)
        for path in paths:
            pattern = cue_pattern(*path)
            expected = [hit.span() for hit in pattern.finditer(text)]
            assert [hit.span() for hit in matches_at(pattern, text, positions)] == expected
            found += len(expected)
    assert found > len(cues)  # the texts do hold cues of the lists


def test_story_scores_skip_only_lines_without_a_shared_word(sample: Analysis) -> None:
    idf = load_idf()
    bullets = sample.prep.bullets
    scorer = _Scorer(sample.match, bullets, idf)
    skipped = 0
    for requirement in sample.match.requirements:
        for evidence in requirement.evidence:
            jd_vector = term_vector(evidence.text, idf)
            for i, bullet in enumerate(bullets):
                plain = cosine(jd_vector, term_vector(bullet.text, idf))
                assert scorer.similarity(evidence, i) == plain
                skipped += i not in scorer.similarities(evidence)
        scores = [(scorer.score(requirement, i)[0], i) for i in range(len(bullets))]
        best_first = [i for s, i in sorted(scores, key=lambda x: (-x[0], x[1])) if s >= MIN_SHOWS]
        assert scorer.ranked(requirement) == best_first
    assert skipped  # some CV lines share no word with some JD line


# --- find_skills and the requirement patterns (second round) ---

_ALL_CHARS = "".join(chr(i) for i in range(0x80, sys.maxunicode + 1) if not 0xD800 <= i < 0xE000)


def test_casefold_keeps_word_characters_apart_but_one() -> None:
    # find_skills finds the words in the folded text when folding keeps the length and the
    # text has no U+0345: each character folds to one of the same class in WORD.
    word = re.compile(r"[^\W_]")
    changed = [
        c
        for c in _ALL_CHARS
        if len(f := c.casefold()) == 1
        and f != c
        and (bool(word.match(c)) != bool(word.match(f)) or f in ".'’&+#")
    ]
    assert changed == ["\u0345"]


def test_only_four_characters_match_an_ascii_letter_ignoring_case() -> None:
    # may_hold searches every text holding one of these; others lower-case plainly.
    found = set(re.findall(r"[a-z]", _ALL_CHARS, re.IGNORECASE))
    assert found == set(FOLDS_TO_ASCII)
    # The marks of an address: no other character lower-cases into them, or folds into them
    # alone (where folding changes a text's length, the marks are searched as written).
    marks = set("@:/.wcom")
    assert not [
        c
        for c in _ALL_CHARS
        if set(c.lower()) & marks or (len(c.casefold()) == 1 and c.casefold() in marks)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Python dev at python.dev@mail.com and WWW.Java.COM/x; see HTTP://Go.org Go, Docker",
        "Straße: Excel www.excel.com/ Excel",  # folding changes the length
        "SQL@x Python Ms. Excel k8s",
    ],
)
def test_address_runs_agree_with_in_address(text: str) -> None:
    runs = skill_context.address_runs(text, text.casefold())
    assert runs
    spans = [m.span() for m in WORD.finditer(text)]
    spans += [(s, e) for (s, _), (_, e) in pairwise(spans)]  # two words as one alias
    for start, end in spans:
        inside = any(a < end and start < b for a, b in runs)
        assert inside == skill_context.in_address(text, start, end), (start, end)


def test_find_skills_reads_folded_and_unfolded_texts_alike() -> None:
    plain = "Python, Docker and Ms. Excel; Go beside Kubernetes"
    found = [(m.skill.id, m.start, m.end) for m in skills.find_skills(plain)]
    assert len(found) >= 4
    # U+0345 after the text and "ß" before it take the two other paths to the words.
    for text, shift in ((plain + " \u0345", 0), ("Straße " + plain, 7)):
        got = [(m.skill.id, m.start - shift, m.end - shift) for m in skills.find_skills(text)]
        assert got == found


_NICE_PHRASES = [
    "nice to have",
    "nice-to-have",
    "a plus",
    "is a plus",
    "plus point",
    "bonus",
    "preferred",
    "preferably",
    "advantage",
    "advantageous",
    "desirable",
    "ideally",
    "good to have",
    "would be great",
    "diutamakan",
    "nilai plus",
    "nilai tambah",
    "lebih disukai",
    "menjadi nilai",
    "poin plus",
    "menjadi keuntungan",
    "akan menjadi kelebihan",
]
_REQUIRED_PHRASES = [
    "must",
    "required",
    "requirement",
    "mandatory",
    "minimum",
    "at least",
    "essential",
    "need to",
    "wajib",
    "harus",
    "minimal",
    "diwajibkan",
    "mutlak",
]


def _plain_level(line: str, section: str) -> tuple[str, str]:
    nice = skills._NICE_CUES.search(line)
    if nice:
        return "nice", nice.group(0).lower()
    if section == "nice_to_have":
        return "nice", "section"
    required = skills._REQUIRED_CUES.search(line)
    return ("required", required.group(0).lower()) if required else ("required", "section")


@pytest.mark.parametrize("phrase", _NICE_PHRASES + _REQUIRED_PHRASES)
def test_requirement_level_reads_every_cue(phrase: str) -> None:
    lines = [f"SQL {form} here" for form in (phrase, phrase.upper(), phrase.title())]
    lines += [phrase.replace("s", "\u017f").replace("i", "\u0131"), f"({phrase})"]
    for line in lines:
        for section in ("requirements", "nice_to_have"):
            assert requirement_level(line, section) == _plain_level(line, section)
    assert requirement_level(phrase, "requirements")[1] != "section"


def test_requirement_level_without_a_cue() -> None:
    for line in ("Python and SQL", "Excel \u2022 Word", "Mu\u017ft know Python", ""):
        for section in ("requirements", "nice_to_have", "about"):
            assert requirement_level(line, section) == _plain_level(line, section)


def test_results_without_a_digit_need_a_number_word() -> None:
    last = _result_patterns()[-1]  # the one pattern tried on a text without a digit

    def plain(text: str) -> tuple[str, ...]:
        return tuple(
            hit.group(0).strip()
            for hit in last.finditer(text)
            if not _IDENTIFIER.search(text[max(0, hit.start() - 12) : hit.start()])
        )

    found = 0
    for word in signals()["results"]["number_words"]:
        for text in (f"Trained {word} analysts", f"TRAINED {word.upper()} CLIENTS", word):
            assert measurable_results(text) == plain(text), text
            found += bool(plain(text))
    for text in ("Trained \u017fix analysts", "Trained the analysts", "Led ten-person teams"):
        assert measurable_results(text) == plain(text), text
    assert found > 10


def _cue_lists(node: Any = None, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    node = signals() if node is None else node
    if isinstance(node, dict):
        return [p for key, value in node.items() for p in _cue_lists(value, (*path, key))]
    if isinstance(node, list) and all(isinstance(c, str) for c in node):
        return [path]
    return []


def test_cue_anchors_are_in_every_match(sample: Analysis) -> None:
    checked = 0
    for path in _cue_lists():
        anchors = cue_anchors(*path)
        if anchors is None:
            continue
        pattern = cue_pattern(*path)
        texts = [line.text for line in sample.cv.lines + sample.jd.lines]
        for cue in _cues(path):
            cue = cue.rstrip("*")
            texts += [cue, f"({cue.upper()})", cue.title(), cue.replace("s", "\u017f")]
        for text in texts:
            if pattern.search(text):
                assert may_hold(text, anchors), (path, text)
                checked += 1
    assert checked > 100


# -- hard requirements: quantities and the grouped alternations (requirements/patterns.py) --

from hypothesis import given  # noqa: E402
from hypothesis import settings as hypothesis_settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from jdmatch.parse import requirement_words  # noqa: E402
from jdmatch.requirements import patterns as requirement_patterns  # noqa: E402
from jdmatch.requirements.patterns import _alternation, _alternation_nocase  # noqa: E402

#: Pieces of lines that reach the requirement patterns: numbers, number words (also inside
#: other words), units, education levels and place labels in any case, and the characters a
#: case-insensitive pattern reads as ASCII letters.
_PIECES = [
    *"0123456789 ,.-+()/:\u0663",
    "years", "yrs", "tahun", "thn", "th", "months", "bulan", "bln", "experience", "of",
    "one", "two", "ten", "Six", "SEVEN", "eleven", "dua", "Tiga", "setahun", "someone",
    "often", "S1", "s1", "D3", "D-III", "A.Md", "BSc", "Bachelor", "SARJANA", "sma", "S.Kom",
    "Lokasi", "location", "Penempatan", "based in", "Jakarta", "full-time", "contract",
    "\u0130", "\u0131", "\u017f", "\u212a", "x", "a",
]  # fmt: skip
_LINES = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)


def _found(matches: Any) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]


@hypothesis_settings(max_examples=400, deadline=None)
@given(_LINES)
def test_quantities_are_the_quantity_pattern_s_matches(text: str) -> None:
    p = requirement_patterns()
    assert _found(p.quantities(text)) == _found(p.quantity.finditer(text))


def test_quantities_on_words_that_hold_a_number() -> None:
    p = requirement_patterns()
    lines = [
        "Eleventh year; 3yrs; 2-3 tahun; tiga (3) tahun; 1,5 years; 12 years; x2 years",
        "SIX YEARS of Excel, \u017fix years, 5 \u0130 years, someone years, \u0663 years",
    ]
    for text in lines:
        assert _found(p.quantities(text)) == _found(p.quantity.finditer(text))
    assert len(p.quantities(lines[0])) >= 5


def _flat_requirement_patterns() -> dict[str, re.Pattern[str]]:
    # The patterns as they were written before their alternations were grouped.
    words = requirement_words()
    exact = [f for k, v in words["education_levels"].items() if k[0] != "_" for f in v["exact"]]
    loose = [f for k, v in words["education_levels"].items() if k[0] != "_" for f in v["words"]]
    labels, ctx = words["location_labels"], words["employment_context"]
    return {
        "level": re.compile(
            rf"(?<![\w.])(?:(?P<exact>{_alternation(exact)})|"
            rf"(?i:(?P<word>{_alternation_nocase(loose)})))(?![\w])"
        ),
        "location": re.compile(
            rf"(?i:\b(?:(?:{_alternation(labels['colon'])})\s*[:\-–]"
            rf"|(?:{_alternation(labels['direct'])})\s*[:\-–]?))\s*(?:(?i:di|in|at)\s+)?"
            r"(?P<place>[^.;|()\n]{2,60})"
        ),
        "employment_before": re.compile(
            rf"(?i:\b(?:{_alternation(ctx['before'])}))\W*(?:\w+\W+)?$"
        ),
        "employment_after": re.compile(rf"^\W*(?i:(?:{_alternation(ctx['after'])})\b|\d)"),
    }


@hypothesis_settings(max_examples=300, deadline=None)
@given(_LINES)
def test_grouped_alternations_match_as_the_flat_ones(text: str) -> None:
    p = requirement_patterns()
    for name, flat in _flat_requirement_patterns().items():
        grouped = getattr(p, name)
        assert _found(grouped.finditer(text)) == _found(flat.finditer(text)), name
        assert _found([grouped.search(text)] if grouped.search(text) else []) == _found(
            [flat.search(text)] if flat.search(text) else []
        ), name


def test_grouped_alternations_on_every_phrase() -> None:
    words = requirement_words()
    phrases = [f for k, v in words["education_levels"].items() if k[0] != "_" for f in v["exact"]]
    phrases += [f for k, v in words["education_levels"].items() if k[0] != "_" for f in v["words"]]
    phrases += words["location_labels"]["colon"] + words["location_labels"]["direct"]
    phrases += words["employment_context"]["before"] + words["employment_context"]["after"]
    p = requirement_patterns()
    flat = _flat_requirement_patterns()
    for phrase in phrases:
        texts = (phrase, phrase.upper(), f"({phrase}): Jakarta 2", f"x {phrase.title()} - Ubud")
        for text in texts:
            for name, pattern in flat.items():
                assert _found(getattr(p, name).finditer(text)) == _found(pattern.finditer(text))


# -- prep, third round: cue scans of the lower-case text, stories ranked in bulk --

import dataclasses  # noqa: E402
import string  # noqa: E402

from jdmatch.prep.cues import (  # noqa: E402
    _cue_regex,
    _joined,
    _lowered,
    _lowered_starts,
    cue_starts,
    words_pattern,
)


def test_lower_casing_keeps_what_a_case_insensitive_pattern_sees() -> None:
    # What cue_positions relies on to scan the lower-case text with a lower-case pattern.
    text = string.printable + _ALL_CHARS.replace("\u0130", "")
    lower = text.lower()
    assert len(lower) == len(text)  # only İ lower-cases to two characters
    assert len(("\u0130" + text).lower()) == len(text) + 2

    def places(pattern: str, within: str, flags: int = 0) -> list[int]:
        return [hit.start() for hit in re.finditer(pattern, within, flags)]

    for cls in (r"\w", r"\s", r"\d", "[" + re.escape(string.punctuation) + "]"):
        assert places(cls, lower) == places(cls, text), cls
    for letter in string.ascii_lowercase:
        differ = set(places(letter, text, re.IGNORECASE)) ^ set(places(letter, lower))
        assert {text[i] for i in differ} <= FOLDS_TO_ASCII, letter


#: Every cue list of data/signals.json, the lists of a measurable result's words included.
_ALL_CUE_LISTS = [_cues(path) for path in _cue_lists()]
#: Pieces of texts: the cues' words in three cases, separators, and the characters a
#: case-insensitive pattern reads as ASCII letters.
_CUE_WORDS = {
    written
    for cues in _ALL_CUE_LISTS
    for cue in cues
    for word in re.split(r"[\s\-]+", cue.rstrip("*"))
    for written in (word, word.upper(), word.title())
}
_CUE_PIECES = [*sorted(_CUE_WORDS), " ", "-", " - ", ".", "(", "s", "es", "x", "2"]
_CUE_PIECES += ["\u0130", "\u0131", "\u017f", "\u212a"]


@hypothesis_settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CUE_PIECES), max_size=12).map("".join))
def test_grouped_cues_match_as_the_flat_alternation(text: str) -> None:
    for cues in _ALL_CUE_LISTS:
        ordered = sorted(set(cues), key=lambda c: (-len(c), c))
        grouped = re.compile(_joined(ordered), re.IGNORECASE)
        flat = re.compile("|".join(_cue_regex(c) for c in ordered), re.IGNORECASE)
        assert _found(grouped.finditer(text)) == _found(flat.finditer(text)), cues[:3]


def test_grouped_cues_on_every_cue_written_oddly() -> None:
    for cues in _ALL_CUE_LISTS:
        ordered = sorted(set(cues), key=lambda c: (-len(c), c))
        grouped = re.compile(_joined(ordered), re.IGNORECASE)
        flat = re.compile("|".join(_cue_regex(c) for c in ordered), re.IGNORECASE)
        for cue in ordered:
            cue = cue.rstrip("*")
            odd = cue.replace("s", "\u017f").replace("k", "\u212a").replace("i", "\u0131")
            for text in (cue, cue.upper(), f"x{cue}s", odd, odd.upper().replace("I", "\u0130")):
                assert _found(grouped.finditer(text)) == _found(flat.finditer(text)), text


@hypothesis_settings(max_examples=60, deadline=None)
@given(st.data())
def test_stories_rank_lines_as_the_plain_scores_do(sample: Analysis, data: st.DataObject) -> None:
    # Any subset of the CV lines in any order: the scorer's bulk ranking against each line's
    # score computed on its own (shared skill or related one, plus the best JD line's cosine).
    # Each gap's related skill is drawn from the skills on the CV lines, or none.
    idf = load_idf()
    lines = data.draw(st.permutations(sample.prep.bullets))
    bullets = lines[: data.draw(st.integers(0, len(lines)))]
    on_lines = sorted({s.id: s for m in sample.cv_mentions for s in [m.skill]}.values(), key=str)
    missing = tuple(
        dataclasses.replace(g, related=data.draw(st.sampled_from([None, *on_lines])))
        for g in sample.match.missing
    )
    match = dataclasses.replace(sample.match, missing=missing)
    scorer = _Scorer(match, bullets, idf)
    for requirement in match.requirements:
        skill_id = requirement.skill.id
        related = scorer.related.get(skill_id)
        scored = []
        for i, bullet in enumerate(bullets):
            overlap = 0.0
            if not (scorer.shows.get(skill_id) or set()).isdisjoint(bullet.skill_ids):
                overlap = 1.0
            elif related is not None and related.id in bullet.skill_ids:
                overlap = 0.5
            cv_vector = term_vector(bullet.text, idf)
            similarity = max(
                cosine(term_vector(e.text, idf), cv_vector) for e in requirement.evidence
            )
            scored.append((overlap + similarity, i))
        plain = [i for s, i in sorted(scored, key=lambda x: (-x[0], x[1])) if s >= MIN_SHOWS]
        assert scorer.ranked(requirement) == plain
        assert [scorer.score(requirement, i)[0] for i in plain] == [
            s for s, _ in sorted(scored, key=lambda x: (-x[0], x[1]))[: len(plain)]
        ]


_PLACE_PIECES = [
    *" :-,.()\n",
    "Lokasi", "LOCATION", "work location", "Penempatan", "based in", "berdomisili di",
    "willing to relocate", "Willing To Travel", "bersedia", "ditempatkan", "di seluruh",
    "SELURUH INDONESIA", "dinas luar kota", "siap", "travel", "up to", "Jakarta", "Bandung",
    "\u0130", "\u0131", "\u017f", "\u212a", "x", "in",
]  # fmt: skip


@hypothesis_settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PLACE_PIECES), max_size=12).map("".join))
def test_place_searches_find_what_the_patterns_find(text: str) -> None:
    p = requirement_patterns()
    for found, plain in (
        (p.find_location(text), p.location.search(text)),
        (p.find_relocation(text), p.relocation.search(text)),
        (p.find_travel(text), p.travel.search(text)),
    ):
        assert _found([found] if found else []) == _found([plain] if plain else [])


def test_place_searches_on_every_phrase() -> None:
    words = requirement_words()
    p = requirement_patterns()
    searches = {
        "location": (p.find_location, p.location),
        "relocation": (p.find_relocation, p.relocation),
        "travel": (p.find_travel, p.travel),
    }
    phrases = {
        "location": words["location_labels"]["colon"] + words["location_labels"]["direct"],
        "relocation": words["relocation"],
        "travel": words["travel"],
    }
    found = 0
    for kind, (fast, pattern) in searches.items():
        for phrase in phrases[kind]:
            for text in (f"{phrase}: Jakarta", f"Kami {phrase.upper()} - Bali", phrase.title()):
                plain, quick = pattern.search(text), fast(text)
                assert _found([quick] if quick else []) == _found([plain] if plain else [])
                found += plain is not None
    assert found > 100


from jdmatch.prep.cues import _ALONE, _ALONE_NUMBER, _NUMBER, _result_words_plain  # noqa: E402

#: Pieces of CV lines for the result patterns: their words in two cases, numbers as CVs write
#: them, and the characters around a number that make it a name or a part of one.
_RESULT_PIECES = sorted(
    {
        written
        for words in signals()["results"].values()
        for word in words
        for written in (word, word.upper())
    }
)
_RESULT_PIECES += [*"0123456789 +%/.-,", "1,200", "3.5", "25+", "PPh ", "GA4", "x", "\u0663"]
_RESULT_PIECES += ["\u0130", "\u0131", "\u017f", "\u212a", "two", "Rp", "$", "\u20ac"]
_RESULT_LINES = st.lists(st.sampled_from(_RESULT_PIECES), max_size=10).map(" ".join)


@hypothesis_settings(max_examples=300, deadline=None)
@given(st.one_of(_RESULT_LINES, _RESULT_LINES.map(lambda t: t.replace(" ", ""))))
def test_a_lone_number_begun_with_its_digit_is_the_same(text: str) -> None:
    alone = re.compile(_ALONE + _NUMBER, re.IGNORECASE)
    assert _found(re.compile(_ALONE_NUMBER, re.IGNORECASE).finditer(text)) == _found(
        alone.finditer(text)
    )


def test_a_lone_number_begun_with_its_digit_on_names_of_things() -> None:
    alone = re.compile(_ALONE + _NUMBER, re.IGNORECASE)
    begun = re.compile(_ALONE_NUMBER, re.IGNORECASE)
    text = "5 PL-300, GA4 2019/2020 v1.2 _7 x.8 -9 (10) 1,200+ 3.5 % 25 + 6\u0663 \u0663 7"
    assert _found(begun.finditer(text)) == _found(alone.finditer(text))
    assert len(_found(alone.finditer(text))) == 9


def _all_results(text: str) -> tuple[str, ...]:
    # measurable_results without its pre-checks: every pattern on every text.
    taken: list[tuple[int, int]] = []
    for pattern in _result_patterns():
        for hit in pattern.finditer(text):
            start, end = hit.span()
            overlaps = any(start < e and s < end for s, e in taken)
            if not overlaps and not _IDENTIFIER.search(text[max(0, start - 12) : start]):
                taken.append((start, end))
    return tuple(text[s:e].strip() for s, e in sorted(taken))


@hypothesis_settings(max_examples=400, deadline=None)
@given(_RESULT_LINES)
def test_results_are_those_of_every_pattern(text: str) -> None:
    # Every pattern, case-insensitive, on the text as written: measurable_results skips the
    # patterns whose words the text lacks, and reads the lower-case text when it can.
    assert _result_words_plain()  # else it never can
    assert measurable_results(text) == _all_results(text)


def test_results_of_every_unit_and_prefix() -> None:
    r = signals()["results"]
    found = 0
    for words in r.values():
        for word in words:
            for line in (f"from 12 {word} to 3 {word}", f"{word} 200", f"25+ {word.upper()}"):
                for text in (line, line.replace("s", "\u017f"), f"two {word}"):
                    assert measurable_results(text) == _all_results(text), text
                    found += bool(_all_results(text))
    assert found > 200


# -- the JSON report: to_data by exact type, and the indented writer (report.py) ------------

import enum  # noqa: E402
import json  # noqa: E402
from dataclasses import fields, is_dataclass  # noqa: E402

from jdmatch.jsontext import json_text  # noqa: E402
from jdmatch.report import render_json, to_data  # noqa: E402


def _plain_to_data(value: Any) -> Any:
    # to_data as first written: every value through the general tests.
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain_to_data(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain_to_data(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain_to_data(v) for k, v in value.items()}
    if isinstance(value, float):
        return round(value, 4)
    return value


def _plain_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True)


class _Level(enum.IntEnum):
    LOW = 1


_SCALAR_VALUES = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text()
    | st.sampled_from([_Level.LOW, 0.1 + 0.2, -0.0, 1e16, 10**30, '\u2028\x00"\\/'])
)
_JSON_VALUES = st.recursive(
    _SCALAR_VALUES,
    lambda children: (
        st.lists(children, max_size=4)
        | st.lists(children, max_size=3).map(tuple)
        | st.dictionaries(st.text(max_size=5), children, max_size=4)
    ),
    max_leaves=30,
)


@hypothesis_settings(max_examples=500, deadline=None)
@given(_JSON_VALUES)
def test_json_text_writes_what_json_dumps_writes(value: Any) -> None:
    assert json_text(value) == _plain_json(value)


def test_json_text_leaves_other_keys_and_values_to_json() -> None:
    for value in ({1: "a", 2: [None]}, {"a": {True: 1.5}}, [_Level.LOW], {"b": (1, 2), "a": {}}):
        assert json_text(value) == _plain_json(value)
    with pytest.raises(TypeError):
        json_text({"a": object()})


def test_to_data_and_the_json_report_as_written_plainly(sample: Analysis) -> None:
    assert to_data(sample) == _plain_to_data(sample)
    data = json.loads(render_json(sample))
    assert render_json(sample) == _plain_json(data) + "\n"


# -- skills per JD line and per coverage row: an unseen id rules a skill out (match, report) --

from dataclasses import replace  # noqa: E402

from jdmatch import match as match_module  # noqa: E402
from jdmatch.report import markdown_context  # noqa: E402


def _plain_coverage_skills(mentions: Any) -> dict[int, list[Any]]:
    per_line: dict[int, list[Any]] = {}
    for mention in mentions:
        line = per_line.setdefault(mention.line, [])
        if mention.skill not in line:
            line.append(mention.skill)
    return per_line


def _odd_mentions(sample: Analysis) -> list[Any]:
    # Each mention again with an equal copy of its skill, and with a skill of the same id
    # that differs in one field: the first is the same skill, the second another.
    mentions = list(sample.jd_mentions)
    for m in sample.jd_mentions[::3]:
        mentions.append(replace(m, skill=replace(m.skill)))
        mentions.append(replace(m, skill=replace(m.skill, name=m.skill.name + " (b)")))
    return mentions


def test_coverage_lines_keep_each_skill_once(sample: Analysis) -> None:
    m = sample.match
    for mentions in (list(sample.jd_mentions), _odd_mentions(sample)):
        rows = match_module._coverage(sample.jd, mentions, list(m.matched), list(m.missing))
        plain = _plain_coverage_skills(mentions)
        assert rows
        for row in rows:
            assert list(row.skills) == plain[row.line]
    assert any(len(r.skills) > 1 for r in m.coverage)


def test_coverage_marks_are_membership(sample: Analysis) -> None:
    m = sample.match
    copies = tuple(
        replace(c, matched=tuple(replace(s) for s in c.matched), related=c.related[:1])
        for c in m.coverage
    )
    for coverage in (m.coverage, copies):
        context = markdown_context(replace(sample, match=replace(m, coverage=coverage)))
        for c, (_, marks, _) in zip(coverage, context["coverage_rows"], strict=True):
            expected = [
                "matched" if s in c.matched else "related" if s in c.related else "missing"
                for s in c.skills
            ]
            assert [mark for _, mark in marks] == expected


def test_local_names_of_a_few_names_are_those_of_all(sample: Analysis) -> None:
    from jdmatch.render_requirements import local_names

    for lang in ("en", "id"):
        analysis = replace(sample, lang=lang)
        every = local_names(analysis)
        only = set(list(every)[::2]) | {"English", "no such skill"}
        assert local_names(analysis, only) == {k: v for k, v in every.items() if k in only}


#: Pieces of lines for the cue scans: cue words in three cases, and characters outside ASCII
#: that are word characters or not, change length or meaning when lower-cased, or not.
_SCAN_PIECES = [*_CUE_PIECES, "\u00e9", "\u00df", "\u03a3", "\u01c5", "\u2019", "\u2013", "\u2022"]


@hypothesis_settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SCAN_PIECES), max_size=12).map("".join))
def test_cue_scans_of_the_lower_case_text_find_the_same_starts(text: str) -> None:
    for paths in FAMILIES.values():
        starts = any_cue_starts(*paths)
        assert _lowered_starts(starts.pattern) is not None  # the scan tested is the fast one
        plain = [hit.start() for hit in starts.finditer(text)]
        assert cue_positions(starts, text) == plain


def test_cue_scans_of_every_cue_written_oddly() -> None:
    found = 0
    for paths in FAMILIES.values():
        starts = any_cue_starts(*paths)
        for path in paths:
            for cue in _cues(path):
                cue = cue.rstrip("*")
                odd = cue.replace("s", "\u017f").replace("k", "\u212a").replace("i", "\u0131")
                for text in (
                    cue.upper(),
                    f"\u00e9 {cue.title()}",
                    odd,
                    odd.replace("\u0131", "\u0130"),
                ):
                    plain = [hit.start() for hit in starts.finditer(text)]
                    assert cue_positions(starts, text) == plain, text
                    found += len(plain)
    assert found > 500


def test_a_pattern_lower_casing_would_change_is_scanned_as_it_is() -> None:
    # \W lower-cased would be \w: such a pattern, or one outside ASCII, keeps its own scan.
    assert _lowered(r"(?<!\W)(?=ab)") is None
    assert _lowered_starts(r"(?<!\w)(?=\Sb)") is None
    assert _lowered(cue_starts(words_pattern(["caf\u00e9"])).pattern) is None
    assert cue_positions(cue_starts(words_pattern(["caf\u00e9"])), "CAF\u00c9 caf\u00e9") == [0, 5]


from jdmatch.parse import parse  # noqa: E402
from jdmatch.prep.cues import count_hits  # noqa: E402
from jdmatch.prep.questions import _TEAM_EN, _TEAM_ID, team_name  # noqa: E402

_CUE_PATTERNS = [cue_pattern(*path) for path in _cue_lists()]


@hypothesis_settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_SCAN_PIECES), max_size=12).map("".join))
def test_cue_counts_of_the_lower_case_text_are_the_same(text: str) -> None:
    for pattern in _CUE_PATTERNS:
        assert count_hits(pattern, text) == len(pattern.findall(text)), pattern.pattern[:40]


def _plain_team_name(text: str) -> str | None:
    for line in parse(text, kind="jd").lines:
        if line.section in ("benefits", "other"):
            continue
        for pattern in (_TEAM_EN, _TEAM_ID):
            if found := pattern.search(line.text):
                return found.group(1).strip()
    return None


_TEAM_PIECES = ["the ", "our ", "Our ", "Data ", "Commercial ", "Analytics ", "team", "Team"]
_TEAM_PIECES += ["tim ", "Tim ", "divisi ", "Divisi ", "departemen ", "Finance", "IT", "\n", ". "]


@hypothesis_settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_TEAM_PIECES), max_size=14).map("".join))
def test_team_name_is_what_the_team_patterns_find(text: str) -> None:
    assert team_name(parse(text, kind="jd")) == _plain_team_name(text)


def test_team_name_in_both_languages() -> None:
    texts = ["Join the Commercial Analytics team.", "Bergabung dengan tim Data Science kami"]
    texts += ["Divisi Finance", "join our team", "the Data Team", "Departemen HR"]
    found = [team_name(parse(text, kind="jd")) for text in texts]
    assert found == [_plain_team_name(text) for text in texts]
    assert found[:2] == ["Commercial Analytics", "Data Science"]


# -- the HTML page: markdown-it without its two raw-HTML rules (report_html.py) --------------

_MARKDOWN_PIECES = [
    "<div>", "</div>", "<b>x</b>", "<!-- c -->", "<?php ?>", "<![CDATA[x]]>", "<pre>",
    "<a href='x'>",
    "\n", "\n\n", "# ", "## ", "- ", "1. ", "> ", "| a | b |\n|---|---|\n", "    ", "**", "*",
    "`", "[x](y)", "<http://x.y>", "&amp;", "\\<", "text", " ", "- [x] ",
]  # fmt: skip


@hypothesis_settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_MARKDOWN_PIECES), max_size=16).map("".join))
def test_html_rules_left_out_change_nothing(text: str) -> None:
    from markdown_it import MarkdownIt

    from jdmatch.report_html import _markdown

    full = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    full.enable("table")
    full.add_render_rule("table_open", lambda *_: '<div class="table"><table>\n')
    full.add_render_rule("table_close", lambda *_: "</table></div>\n")
    assert _markdown().render(text) == full.render(text)


# -- personal requirements: each pattern tried where one of its first words starts ------------

_PERSONAL_NAMES = [
    "age", "age_after", "gender_any", "gender_male", "gender_female", "gender_cue",
    "gender_neutral", "unmarried", "married", "single", "status_word",
]  # fmt: skip
_PERSONAL_PIECES = [
    *" :-,./()\n", "25", "30", "35 tahun", "years", "Usia", "umur", "AGE", "aged", "berusia",
    "max", "Maks.", "maksimal", "maximum", "min", "pria", "Wanita", "laki-laki", "Male",
    "female", "men", "women", "L/P", "perempuan", "khusus", "only", "jenis kelamin", "gender",
    "equal", "regardless", "tanpa memandang", "belum menikah", "sudah menikah", "Married",
    "single", "status", "marital", "not married", "tidak", "manage", "page", "image",
    "\u0130", "\u0131", "\u017f", "\u212a", "\u00e9",
]  # fmt: skip


@hypothesis_settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PERSONAL_PIECES), max_size=14).map("".join))
def test_personal_searches_find_what_the_patterns_find(text: str) -> None:
    p = requirement_patterns()
    for name in _PERSONAL_NAMES:
        quick = p.personal_search(name, text, text.lower())
        plain = getattr(p, name).search(text)
        assert _found([quick] if quick else []) == _found([plain] if plain else []), name


def test_personal_searches_on_every_phrase() -> None:
    gender, marital = requirement_words()["gender"], requirement_words()["marital"]
    p = requirement_patterns()
    phrases = [*gender["any"], *gender["male"], *gender["female"]]
    phrases += [*marital["unmarried"], *marital["married"]]
    phrases += ["berusia 25", "Usia maks. 30 tahun", "Maximum 35 years old", "jenis kelamin"]
    found = 0
    for phrase in phrases:
        for text in (f"{phrase}, usia 20-30", f"Kami {phrase.upper()} - Bali", phrase.title()):
            for name in _PERSONAL_NAMES:
                quick = p.personal_search(name, text, text.lower())
                plain = getattr(p, name).search(text)
                assert _found([quick] if quick else []) == _found([plain] if plain else [])
                found += plain is not None
    assert found > 100


_EDUCATION_PIECES = [
    *" :-,./()'\n", "Pendidikan", "LULUSAN", "jurusan", "Degree", "diploma", "education",
    "graduate", "graduated", "Bachelor's", "sarjana", "S1", "minimal", "undergraduate",
    "postgraduate", "\u0130", "\u0131", "\u017f", "\u212a", "\u00e9", "x",
]  # fmt: skip


@hypothesis_settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_EDUCATION_PIECES), max_size=12).map("".join))
def test_education_cue_search_finds_what_the_pattern_finds(text: str) -> None:
    p = requirement_patterns()
    quick, plain = p.find_education_cue(text), p.education_cue.search(text)
    assert _found([quick] if quick else []) == _found([plain] if plain else [])


def test_education_cue_search_on_every_phrase() -> None:
    p = requirement_patterns()
    found = 0
    for phrase in requirement_words()["education_cues"]:
        for text in (f"Minimal {phrase}: S1", f"x{phrase} {phrase.upper()}", phrase.title()):
            quick, plain = p.find_education_cue(text), p.education_cue.search(text)
            assert _found([quick] if quick else []) == _found([plain] if plain else []), text
            found += plain is not None
    assert found > 30


# -- match: the CV's side of the focus, its families and its sorted skills, once per CV -------

import math  # noqa: E402

from jdmatch import analysis as analysis_module  # noqa: E402
from jdmatch.taxonomy import load_taxonomy  # noqa: E402


def _plain_cv_focus(requirements: Any, cv_mentions: Any, taxonomy: Any, idf: Any) -> Any:
    # cv_focus as it was written before its CV side was kept per CV.
    counts: dict[str, int] = {}
    for mention in cv_mentions:
        counts[mention.skill.id] = counts.get(mention.skill.id, 0) + 1
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
    for skill_id, count in counts.items():
        weight = (1.0 + math.log(count)) * idf.skill(skill_id)
        total += weight
        if skill_id in asked:
            earned += weight
        else:
            skill = taxonomy.get(skill_id)
            if skill is not None and skill.family in families:
                earned += match_module.RELATED_CREDIT * weight
    return (earned / total if total else 0.0), total


@hypothesis_settings(max_examples=60, deadline=None)
@given(st.data())
def test_cv_focus_from_the_cv_s_weights_is_the_plain_one(
    sample: Analysis, data: st.DataObject
) -> None:
    taxonomy, idf = load_taxonomy(), load_idf()
    requirements = data.draw(st.lists(st.sampled_from(sample.match.requirements), max_size=12))
    mentions = data.draw(st.lists(st.sampled_from(sample.cv_mentions), max_size=40))
    weights = match_module.cv_skill_weights(mentions, taxonomy, idf)
    plain = _plain_cv_focus(requirements, mentions, taxonomy, idf)
    assert match_module.cv_focus(tuple(requirements), mentions, taxonomy, idf, weights) == plain


def test_a_batch_s_anchor_cv_reads_as_a_new_cv_each_time() -> None:
    # One CV Document against several postings in both report languages (its side kept per
    # CV) and a CV parsed anew for each: the same match, checks and report.
    from jdmatch.report import render
    from jdmatch.settings import Settings

    jds = [analysis_module.load(PAIRS[lang][0], kind="jd") for lang in ("en", "id", "en")]
    for lang in ("en", "id"):
        cv = analysis_module.load(PAIRS[lang][1], kind="cv")
        for jd, report_lang in zip(jds, ("en", "id", "id"), strict=True):
            settings = Settings(lang=report_lang)
            kept = analysis_module.analyze_documents(jd, cv, settings=settings)
            fresh = analysis_module.analyze_documents(
                jd, analysis_module.load(PAIRS[lang][1], kind="cv"), settings=settings
            )
            assert kept.match == fresh.match
            assert [s.id for s in kept.match.extra] == [s.id for s in fresh.match.extra]
            names = [s.name.lower() for s in kept.match.extra]
            assert names == sorted(names)
            assert kept.requirements == fresh.requirements
            assert render(kept, "md") == render(fresh, "md")


# --- prep: what comes from the CV alone is kept per CV (memo.py) ---

from jdmatch import analysis as _analysis  # noqa: E402
from jdmatch import memo as _memo  # noqa: E402


@pytest.mark.parametrize("cv_language", sorted(PAIRS))
def test_a_reused_cv_prepares_as_a_fresh_one_in_any_order_of_postings(cv_language: str) -> None:
    # The per-CV results are filled in as the postings ask for them (the manager's and the
    # workflow's kinds, the cosines of two CV lines): in either order, each pair's
    # preparation is the one computed from fresh documents.
    fresh = {}
    for language, (jd_path, _) in PAIRS.items():
        _memo.forget()
        cv = _analysis.load(PAIRS[cv_language][1], kind="cv")
        fresh[language] = _analysis.analyze_documents(_analysis.load(jd_path, kind="jd"), cv).prep
    jds = {language: _analysis.load(jd_path, kind="jd") for language, (jd_path, _) in PAIRS.items()}
    for order in (sorted(PAIRS), sorted(PAIRS, reverse=True)):
        _memo.forget()
        cv = _analysis.load(PAIRS[cv_language][1], kind="cv")
        for language in order * 2:
            assert _analysis.analyze_documents(jds[language], cv).prep == fresh[language]
    assert fresh["en"].signals and fresh["en"].manager and fresh["en"].manager.signals


# -- report: a line already single-spaced is kept as it is (report.single_spaced) -------------

_SPACE_PIECES = [
    "a", "Word", "\u00e9t\u00e9", "\u2022", "-", " ", "  ", "\t", "\n", "\r", "\x0b", "\x0c",
    "\x1c", "\x1f", "\x85", "\xa0", "\u2002", "\u2028", "\u2029", "\u3000", "\u200b", "\xad",
    "\u180e", "\ufeff",
]  # fmt: skip


@hypothesis_settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(), st.lists(st.sampled_from(_SPACE_PIECES), max_size=12).map("".join)))
def test_single_spaced_is_split_and_joined(text: str) -> None:
    from jdmatch.report import single_spaced

    assert single_spaced(text) == " ".join(text.split())


def test_single_spaced_knows_every_whitespace_character() -> None:
    from jdmatch.report import _ASCII_SPACES, _OTHER_SPACES

    spaces = "".join(chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace())
    assert spaces.replace(" ", "") == _OTHER_SPACES
    assert "".join(c for c in _OTHER_SPACES if c.isascii()) == _ASCII_SPACES
