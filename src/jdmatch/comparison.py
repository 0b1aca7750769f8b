"""The work for one input: compare it with the anchor, through the cache.

`compare` is a pure function of one `Source` and the shared `Anchor`: the stages of
``analyze`` (extract, parse, skills, match, prep, render) and a `MatchSummary`, or the
failure. A finished comparison is cached under a key of the input's bytes and everything
else its report depends on, so `cached_outcome` can answer without running it.
"""

from __future__ import annotations

import json
from dataclasses import asdict, replace
from typing import Any

from jdmatch.analysis import Analysis, analyze_documents, to_document
from jdmatch.batch_model import Anchor, JobSkill, MatchSummary, Outcome, SkillRef
from jdmatch.cache import DiskCache, cache_key, cached_extract_bytes
from jdmatch.errors import JdmatchError
from jdmatch.extract import extract_bytes, read_bytes
from jdmatch.inputs import Failure, Source
from jdmatch.market import gap_gains
from jdmatch.model import Document
from jdmatch.report import render
from jdmatch.settings import Settings


def compare(source: Source, anchor: Anchor) -> Outcome:
    """Compare one input with the anchor: what ``analyze`` does for one pair, and a summary.

    Never raises for a bad input: the failure is part of the outcome.
    """
    try:
        cache = DiskCache(anchor.cache_folder) if anchor.cache_folder else None
        data = _source_bytes(source, anchor.settings)
        key = _result_key(source, data, anchor)
        hit = _from_cache(cache, key, source)
        if hit is not None:
            return hit
        document, from_cache = _load(source, data, anchor, cache)
        if anchor.input_kind == "jd":
            jd, cv = document, anchor.document
        else:
            jd, cv = anchor.document, document
        analysis = analyze_documents(jd, cv, settings=anchor.settings)
        report = render(analysis, anchor.fmt) if anchor.fmt else None
        summary = summarize(analysis, source.name, document)
        if cache:
            cache.put(key, {"summary": asdict(summary), "report": report})
        return Outcome(source.report, summary, None, report, from_cache)
    except JdmatchError as exc:
        return Outcome(source.report, failure=Failure(source.name, exc.message))
    except Exception as exc:  # a bug on one input must not stop the batch
        reason = f"unexpected error ({type(exc).__name__}: {exc}); please report it"
        return Outcome(source.report, failure=Failure(source.name, reason))


def cached_outcome(source: Source, anchor: Anchor) -> Outcome | None:
    """The comparison of one input as the cache has it, or None (no cache, a miss, an error)."""
    if anchor.cache_folder is None:
        return None
    try:
        data = _source_bytes(source, anchor.settings)
    except JdmatchError:
        return None  # compare reports it
    return _from_cache(DiskCache(anchor.cache_folder), _result_key(source, data, anchor), source)


def _from_cache(cache: DiskCache | None, key: str, source: Source) -> Outcome | None:
    entry = cache.get(key) if cache else None
    if entry is None:
        return None
    try:
        summary = replace(summary_from_data(entry["summary"]), name=source.name)
    except (KeyError, TypeError, ValueError):
        return None  # an entry of another shape: compare again
    return Outcome(source.report, summary, None, entry["report"], True)


def _source_bytes(source: Source, settings: Settings) -> bytes:
    if source.text is not None:
        return source.text.encode("utf-8")
    assert source.path is not None
    return read_bytes(source.path, settings=settings)


def _document_name(source: Source) -> str:
    """The name the report gives the document: the file's name, as ``analyze`` does."""
    return source.path.name if source.path is not None else source.name


def _result_key(source: Source, data: bytes, anchor: Anchor) -> str:
    # The name, title and company appear in the report, so they are part of the key.
    about = [_document_name(source), source.title, source.organisation, anchor.fmt]
    return cache_key("result", anchor.fingerprint, json.dumps(about), data)


def _load(
    source: Source, data: bytes, anchor: Anchor, cache: DiskCache | None
) -> tuple[Document, bool]:
    kind = anchor.input_kind
    settings = anchor.settings
    if source.text is None:
        assert source.path is not None
        name = str(source.path)
        extracted, hit = cached_extract_bytes(data, name, settings=settings, cache=cache)
        return to_document(extracted, kind=kind, name=_document_name(source)), hit
    # A row is plain text or HTML (scraped pages); the content decides, as for a .txt file.
    extracted = extract_bytes(data, "row.txt", settings=settings)
    document = to_document(extracted, kind=kind, name=_document_name(source))
    if source.title:
        document = replace(document, title=source.title)
    if source.organisation:
        document = replace(document, organisation=source.organisation)
    return document, False


def summarize(analysis: Analysis, name: str, document: Document) -> MatchSummary:
    """The facts of one Analysis the index needs, with the gain of closing each gap."""
    m = analysis.match
    gains = gap_gains(m)
    shown = {x.skill.id for x in m.matched}
    skills = tuple(
        JobSkill(
            SkillRef(r.skill.id, r.skill.name, r.skill.name_id),
            r.level,
            r.skill.id in shown,
            round(gains.get(r.skill.id, 0.0), 4),
        )
        for r in m.requirements
    )
    return MatchSummary(
        name=name,
        title=document.title,
        organisation=document.organisation,
        language=document.language,
        score=m.score.total,
        skills=skills,
        extra=tuple(SkillRef(s.id, s.name, s.name_id) for s in m.extra),
    )


def summary_from_data(data: dict[str, Any]) -> MatchSummary:
    """A MatchSummary back from ``dataclasses.asdict`` data (a cache entry)."""
    skills = tuple(
        JobSkill(SkillRef(**s["skill"]), s["level"], s["shown"], s["gain"]) for s in data["skills"]
    )
    extra = tuple(SkillRef(**s) for s in data["extra"])
    return MatchSummary(**{**data, "skills": skills, "extra": extra})
