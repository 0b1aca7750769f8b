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
    hits_at,
    measurable_results,
    signals,
)
from jdmatch.prep.manager import manager_kinds
from jdmatch.prep.questions import CLASSIC
from jdmatch.prep.stories import MIN_SHOWS, _Scorer
from jdmatch.skills import may_hold, requirement_level
from jdmatch.taxonomy import WORD
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
            assert [hit.span() for hit in hits_at(pattern, text, positions)] == expected
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
    assert found == set(skills._FOLDS_TO_ASCII)
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
