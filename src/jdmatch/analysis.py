"""The pipeline end to end: two paths in, one Analysis out."""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from jdmatch import __version__
from jdmatch.explain import SkillExplanation, explain_match, near_misses
from jdmatch.extract import ExtractedText, extract
from jdmatch.match import Gap, Match, SkillMatch, match
from jdmatch.model import Document
from jdmatch.parse import parse
from jdmatch.prep import Prep, prepare
from jdmatch.profile import AppliedProfile, apply_profile
from jdmatch.requirements import CandidateRecord, RequirementCheck, hard_requirements, met_share
from jdmatch.settings import Settings
from jdmatch.skills import Mention, mentions_of
from jdmatch.taxonomy import Taxonomy, load_taxonomy
from jdmatch.weights import load_idf

log = logging.getLogger("jdmatch")


@dataclass(frozen=True)
class Analysis:
    """The result of comparing one JD with one CV: the documents, the match and the prep."""

    jd: Document
    cv: Document
    jd_mentions: tuple[Mention, ...]
    cv_mentions: tuple[Mention, ...]
    match: Match
    prep: Prep
    lang: str  # the report language
    version: str = __version__
    #: The JD's hard requirements (years, education, languages, licences, place, terms),
    #: each checked against the CV.
    requirements: tuple[RequirementCheck, ...] = ()
    #: What the CV says of the candidate: jobs and years, education, languages.
    candidate: CandidateRecord | None = None
    #: What the user's profile changed: skills added to the CV, skills or words kept out.
    profile: AppliedProfile | None = None
    #: With --explain: how each of the JD's skills was found, weighed and matched.
    explanations: tuple[SkillExplanation, ...] = ()

    @property
    def requirements_met_share(self) -> float | None:
        """Hard requirements met / (met + not met), None when none could be checked."""
        return met_share(self.requirements)

    @property
    def score(self) -> int:
        """The fit score, 0-100."""
        return self.match.score.total

    @property
    def matched(self) -> tuple[SkillMatch, ...]:
        """The JD's skills that the CV proves."""
        return self.match.matched

    @property
    def missing(self) -> tuple[Gap, ...]:
        """The JD's skills that the CV does not show."""
        return self.match.missing


def load(path: str | Path, *, kind: str, settings: Settings | None = None) -> Document:
    """Read and parse one document; kind is "jd", "cv", or "auto" to tell from the text."""
    settings = settings or Settings()
    start = time.perf_counter()
    extracted = extract(path, settings=settings)
    read = time.perf_counter()
    if kind == "auto":
        from jdmatch.parse import guess_kind

        kind = guess_kind(extracted.text)
    document = to_document(extracted, kind=kind, name=Path(path).name)
    # Timings and counts only: never the text of a document (CVs are private).
    log.info(
        "%s %s: %s, %d characters read in %.0f ms; %d lines, %d sections parsed in %.0f ms",
        kind.upper(),
        document.name,
        extracted.file_type,
        len(extracted.text),
        (read - start) * 1000,
        len(document.lines),
        len(document.sections),
        (time.perf_counter() - read) * 1000,
    )
    return document


def to_document(extracted: ExtractedText, *, kind: str, name: str) -> Document:
    """Parse extracted text into a Document, keeping what extraction had to repair."""
    document = parse(extracted.text, kind=kind, name=name, file_type=extracted.file_type)
    notes = tuple(
        note
        for note, present in (
            ("columns", extracted.columns),
            ("letter_spaced", extracted.letter_spaced),
            ("icon_glyphs", extracted.icon_glyphs),
        )
        if present
    )
    if not notes:
        return document
    from dataclasses import replace

    return replace(document, extraction_notes=notes)


def analyze_documents(jd: Document, cv: Document, *, settings: Settings | None = None) -> Analysis:
    """Compare two parsed documents (the pure part of analyze, no file I/O)."""
    settings = settings or Settings()
    start = time.perf_counter()
    taxonomy: Taxonomy = load_taxonomy(settings.taxonomy_files)
    idf = load_idf()
    loaded = time.perf_counter()
    # Tuples found once per document (a batch's anchor is read once, see memo.py).
    jd_mentions: Sequence[Mention] = mentions_of(jd, taxonomy=taxonomy)
    cv_mentions: Sequence[Mention] = mentions_of(cv, taxonomy=taxonomy)
    all_cv_mentions = cv_mentions
    applied = None
    match_cv, match_cv_mentions = cv, cv_mentions
    if settings.profile:
        corrected = apply_profile(settings.profile, taxonomy, jd_mentions, cv, cv_mentions)
        jd_mentions, cv_mentions = corrected.jd_mentions, corrected.cv_mentions
        match_cv, match_cv_mentions = corrected.match_cv, corrected.match_cv_mentions
        applied = corrected.applied
    found = time.perf_counter()
    checks, candidate = hard_requirements(jd, cv, jd_mentions, cv_mentions, today=settings.today)
    result = match(
        jd,
        match_cv,
        jd_mentions,
        match_cv_mentions,
        taxonomy=taxonomy,
        idf=idf,
        hard=met_share(checks),
    )
    matched = time.perf_counter()
    prep = prepare(jd, cv, result, idf=idf, cv_mentions=cv_mentions)
    explanations: tuple[SkillExplanation, ...] = ()
    if settings.explain:
        kept = {id(m) for m in cv_mentions}
        ruled_out = [m for m in all_cv_mentions if id(m) not in kept]
        misses = near_misses(cv, cv_mentions, taxonomy, ruled_out)
        explanations = explain_match(result, jd_mentions, match_cv_mentions, misses)
    done = time.perf_counter()
    log.info(
        "taxonomy (%d skills) and IDF loaded in %.0f ms; %d skill mentions in the JD, %d in "
        "the CV, found in %.0f ms; matched in %.0f ms (score %d); preparation in %.0f ms",
        len(taxonomy),
        (loaded - start) * 1000,
        len(jd_mentions),
        len(cv_mentions),
        (found - loaded) * 1000,
        (matched - found) * 1000,
        result.score.total,
        (done - matched) * 1000,
    )
    return Analysis(
        jd=jd,
        cv=cv,
        jd_mentions=tuple(jd_mentions),
        cv_mentions=tuple(cv_mentions),
        match=result,
        prep=prep,
        lang=settings.lang or jd.language,
        requirements=checks,
        candidate=candidate,
        profile=applied,
        explanations=explanations,
    )


def analyze(
    jd: str | Path, cv: str | Path, *, settings: Settings | None = None, **options: object
) -> Analysis:
    """Read a JD and a CV from files and compare them.

    Options are fields of Settings (``lang="id"``, ``max_pages=10``) or a whole ``settings``.
    """
    if options:
        from dataclasses import replace

        settings = replace(settings or Settings(), **options)  # type: ignore[arg-type]
    settings = settings or Settings()
    return analyze_documents(
        load(jd, kind="jd", settings=settings),
        load(cv, kind="cv", settings=settings),
        settings=settings,
    )
