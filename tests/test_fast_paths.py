"""The shortcuts prep takes for speed give what the plain computation gives."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from jdmatch.analysis import Analysis, analyze
from jdmatch.prep.cues import any_cue_starts, cue_pattern, cue_positions, hits_at, signals
from jdmatch.prep.manager import manager_kinds
from jdmatch.prep.questions import CLASSIC
from jdmatch.prep.stories import MIN_SHOWS, _Scorer
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
