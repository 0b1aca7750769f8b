"""Many documents against one: a report each, ranked, with a view across all of them.

Orchestration only. Each input goes through the stages of ``analyze`` (extract, parse,
skills, match, prep, render) in `compare`, a pure function of one `Source` and the shared
`Anchor` (the CV every posting is compared with, or the posting every CV is); an `Executor`
runs it in this process or across processes and yields outcomes as they finish, and the
caller writes each report as it arrives, so memory holds summaries, not documents.

The module is ``batching``, not ``batch``: a submodule named like the function
``jdmatch.batch`` would replace that function on the package once imported.
"""

from __future__ import annotations

import json
import os
import sys
from collections import defaultdict, deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from jdmatch.analysis import Analysis, analyze_documents, to_document
from jdmatch.cache import (
    DiskCache,
    cache_key,
    cached_extract_bytes,
    code_fingerprint,
    default_cache_dir,
    settings_fingerprint,
)
from jdmatch.errors import JdmatchError, OutputError
from jdmatch.extract import extract_bytes, read_bytes
from jdmatch.inputs import Failure, Source, collect_sources, resolved, safe_name
from jdmatch.match import Match, score_if_shown
from jdmatch.model import Document
from jdmatch.output import remove_stale_temporaries, write_atomic
from jdmatch.report import render
from jdmatch.settings import Settings

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext

#: Exit codes of `jdmatch batch` and `jdmatch rank` (2, wrong usage, is click's).
EXIT_OK = 0
EXIT_SOME_FAILED = 1

#: Fewer inputs than this run in one process: starting workers costs ~0.1 s with fork and
#: ~1 s with spawn, while a text posting takes ~20 ms and a one-page PDF ~100 ms.
MIN_INPUTS_FOR_PROCESSES = 10
#: Inputs handed to each worker ahead of time: enough to keep it busy, few enough that a
#: crash re-runs little and a huge table is not pickled all at once.
IN_FLIGHT_PER_WORKER = 4
#: Rows in each table of the market view.
MARKET_ROWS = 15

REPORTS_FOLDER = "reports"


# -- the data -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Anchor:
    """The one document every input is compared with, and how to compare."""

    document: Document
    settings: Settings
    fmt: str | None  # "md" or "json" for a report per input, None for none
    cache_folder: Path | None  # None: no cache
    #: What a cached comparison with this anchor depends on besides the input: the anchor's
    #: bytes and name, the settings and jdmatch's own files.
    fingerprint: str = ""

    @property
    def input_kind(self) -> str:
        """What the inputs are: "jd" when the anchor is a CV, "cv" when it is a JD."""
        return "jd" if self.document.kind == "cv" else "cv"


@dataclass(frozen=True)
class SkillRef:
    """A skill by id and display name."""

    id: str
    name: str


@dataclass(frozen=True)
class JobSkill:
    """A skill a posting asks for, and whether the CV shows it."""

    skill: SkillRef
    level: str  # "required" or "nice"
    shown: bool  # the CV proves it (a related skill does not count)
    gain: float  # score points the CV would gain by showing it; 0 when shown


@dataclass(frozen=True)
class MatchSummary:
    """What the index keeps of one comparison: the score and the skills, not the documents."""

    name: str  # the input as the user named it
    title: str | None  # the JD's role, or the CV's headline
    organisation: str | None
    language: str
    score: int
    skills: tuple[JobSkill, ...]  # the posting's skills, heaviest first
    extra: tuple[SkillRef, ...]  # CV skills this posting does not ask for
    report: str | None = None  # the report's path relative to OUTDIR, once written

    @property
    def matched(self) -> int:
        """How many of the posting's skills the CV shows."""
        return sum(1 for s in self.skills if s.shown)

    @property
    def missing_required(self) -> tuple[str, ...]:
        """The names of the required skills the CV does not show."""
        return tuple(s.skill.name for s in self.skills if s.level == "required" and not s.shown)


@dataclass(frozen=True)
class Outcome:
    """What `compare` returns for one input: a summary or a failure, and the report text."""

    source: str  # Source.report: the key the caller knows the input by
    summary: MatchSummary | None = None
    failure: Failure | None = None
    report: str | None = None  # the rendered report, for the caller to write
    from_cache: bool = False  # the text, or the whole comparison, came from the cache


@dataclass(frozen=True)
class SkillDemand:
    """A skill across all inputs: how many name it (batch) or show it (rank)."""

    skill: SkillRef
    count: int  # postings that ask for it; in rank, candidates that show it
    required: int  # postings that require it; in rank, 1 or 0
    shown: bool  # batch: the CV shows it


@dataclass(frozen=True)
class GapValue:
    """A skill the CV lacks, and what showing it would gain across the postings."""

    skill: SkillRef
    postings: int  # postings that ask for it
    required: int  # postings that require it
    points: float  # score points gained, summed over those postings


@dataclass(frozen=True)
class Market:
    """The view across all inputs: demand, the gaps worth closing, skills nobody asks for."""

    demand: tuple[SkillDemand, ...]
    gaps: tuple[GapValue, ...]
    unused: tuple[SkillRef, ...]  # batch: the CV's skills that no posting asks for


@dataclass(frozen=True)
class BatchResult:
    """A whole run: the ranked comparisons, the failures with their reasons, the exit code."""

    input_kind: str  # "jd" (postings against a CV) or "cv" (CVs against a posting)
    anchor: str  # the anchor document's name
    lang: str  # the index's language
    ranked: tuple[MatchSummary, ...]  # best first
    failures: tuple[Failure, ...]
    market: Market
    from_cache: int = 0  # inputs whose text or comparison came from the cache
    index: Path | None = None  # the index file, when written

    @property
    def exit_code(self) -> int:
        """0 when every input was compared, 1 when some failed (the rest still done)."""
        return EXIT_SOME_FAILED if self.failures else EXIT_OK


# -- the work for one input: a pure function ------------------------------------------------------


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
            SkillRef(r.skill.id, r.skill.name),
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
        extra=tuple(SkillRef(s.id, s.name) for s in m.extra),
    )


def summary_from_data(data: dict[str, Any]) -> MatchSummary:
    """A MatchSummary back from ``dataclasses.asdict`` data (a cache entry)."""
    skills = tuple(
        JobSkill(SkillRef(**s["skill"]), s["level"], s["shown"], s["gain"]) for s in data["skills"]
    )
    extra = tuple(SkillRef(**s) for s in data["extra"])
    return MatchSummary(**{**data, "skills": skills, "extra": extra})


def gap_gains(m: Match) -> dict[str, float]:
    """For each gap, the score points the CV would gain by showing that skill.

    Computed with match's own scoring, so that a gain never drifts from the formula.
    """
    base = sum(part.points for part in m.score.parts)
    gains = {}
    for gap in m.missing:
        closed = score_if_shown(m, gap)
        gains[gap.skill.id] = max(0.0, sum(part.points for part in closed.parts) - base)
    return gains


# -- executors: where `compare` runs --------------------------------------------------------------

Work = Callable[[Source, Anchor], Outcome]


class Executor(Protocol):
    """Runs the work for each source and yields the outcomes as they finish, in any order.

    The seam for a distributed engine: ship the anchor to each worker once, map the work
    over the sources, yield results as they complete.
    """

    def map(self, work: Work, anchor: Anchor, sources: Sequence[Source]) -> Iterator[Outcome]:
        """Yield work(source, anchor) for every source."""
        ...


class InProcess:
    """Runs everything in this process, one input after the other."""

    def map(self, work: Work, anchor: Anchor, sources: Sequence[Source]) -> Iterator[Outcome]:
        """Yield work(source, anchor) for every source, in order."""
        for source in sources:
            yield work(source, anchor)


@dataclass(frozen=True)
class ProcessPool:
    """Runs inputs across worker processes, each loading the taxonomy and the anchor once.

    A worker that dies (out of memory, a crash in a PDF library) fails only its own input:
    the inputs it might have been holding are run again one at a time to find which.
    """

    workers: int

    def map(self, work: Work, anchor: Anchor, sources: Sequence[Source]) -> Iterator[Outcome]:
        """Yield work(source, anchor) for every source, as they finish."""
        pending = deque(sources)
        suspects: deque[Source] = deque()
        while pending or suspects:
            careful = bool(suspects)
            queue = suspects if careful else pending
            width = 1 if careful else self.workers
            broken = yield from self._run(work, anchor, queue, width, careful)
            if careful and broken:
                reason = (
                    "the worker process stopped while reading this input (out of memory, or "
                    "a crash in a document library); try it alone with `jdmatch analyze`"
                )
                yield Outcome(broken[0].report, failure=Failure(broken[0].name, reason))
            else:
                suspects.extend(broken)

    def _run(
        self, work: Work, anchor: Anchor, queue: deque[Source], width: int, careful: bool
    ) -> Generator[Outcome, None, list[Source]]:
        from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
        from concurrent.futures.process import BrokenProcessPool

        ahead = 1 if careful else width * IN_FLIGHT_PER_WORKER
        pool = ProcessPoolExecutor(
            max_workers=width,
            mp_context=_mp_context(),
            initializer=_start_worker,
            initargs=(anchor,),
        )
        running: dict[Future[Outcome], Source] = {}
        broken: list[Source] = []
        try:
            while (queue or running) and not broken:
                while queue and len(running) < ahead:
                    source = queue.popleft()
                    running[pool.submit(_in_worker, work, source)] = source
                done, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in done:
                    source = running.pop(future)
                    try:
                        outcome = future.result()
                    except BrokenProcessPool:
                        broken.append(source)
                        continue
                    yield outcome
            broken.extend(running.values())
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
        return broken


def _mp_context() -> BaseContext:
    import multiprocessing
    import threading

    # fork starts a worker in milliseconds with the taxonomy already loaded, but is only
    # safe on Linux and with no other thread running (a caller's threads, a progress bar's
    # refresh thread); then forkserver, and elsewhere the platform's default (spawn).
    if sys.platform == "linux" and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    if sys.platform == "linux":
        return multiprocessing.get_context("forkserver")
    return multiprocessing.get_context()


_ANCHOR: Anchor | None = None


def _start_worker(anchor: Anchor) -> None:
    global _ANCHOR
    _ANCHOR = anchor
    warm(anchor)


def _in_worker(work: Work, source: Source) -> Outcome:
    assert _ANCHOR is not None
    return work(source, _ANCHOR)


def warm(anchor: Anchor) -> None:
    """Load what every comparison shares (the taxonomy, the IDF table) once per process."""
    from jdmatch.taxonomy import load_taxonomy
    from jdmatch.weights import load_idf

    load_taxonomy(anchor.settings.taxonomy_files)
    load_idf()


def available_cores() -> int:
    """The cores this process may run on (a container's share, not the host's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def choose_executor(jobs: int | None, inputs: int) -> Executor:
    """Processes for a big batch; this process alone for a small one or --jobs 1."""
    workers = min(jobs or available_cores(), inputs)
    if workers <= 1 or inputs < MIN_INPUTS_FOR_PROCESSES:
        return InProcess()
    return ProcessPool(workers)


# -- the run --------------------------------------------------------------------------------------


def batch(
    cv: str | Path,
    inputs: Iterable[str | Path],
    *,
    outdir: str | Path | None = None,
    fmt: str = "md",
    jobs: int | None = None,
    cache: bool | str | Path = True,
    settings: Settings | None = None,
    text_column: str | None = None,
    title_column: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    executor: Executor | None = None,
) -> BatchResult:
    """Compare many job postings with one CV and rank them, best fit first.

    ``inputs`` are posting files, folders (searched recursively) and CSV/JSONL files of
    postings. With ``outdir``, writes a report per posting (what ``analyze`` writes) under
    ``outdir/reports`` and ``outdir/index.md`` (or ``.json``). ``jobs`` is the number of
    worker processes (default: the cores); ``cache`` is True (the user cache folder), False,
    or a folder; ``progress(done, total)`` is called after each input. A bad input never
    stops the run: it is listed in ``failures``, and ``exit_code`` is 1.
    """
    return run(
        "cv",
        cv,
        inputs,
        outdir=outdir,
        fmt=fmt,
        jobs=jobs,
        cache=cache,
        settings=settings,
        text_column=text_column,
        title_column=title_column,
        progress=progress,
        executor=executor,
    )


def rank(
    jd: str | Path,
    inputs: Iterable[str | Path],
    *,
    outdir: str | Path | None = None,
    fmt: str = "md",
    jobs: int | None = None,
    cache: bool | str | Path = True,
    settings: Settings | None = None,
    text_column: str | None = None,
    title_column: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    executor: Executor | None = None,
) -> BatchResult:
    """Compare many CVs with one job posting and rank the candidates (options as in batch).

    A profile's "never" rules apply; its claimed skills do not: they are your own, and the
    CVs ranked here are other people's.
    """
    if settings is not None and settings.profile:
        settings = replace(settings, profile=settings.profile.without_claims())
    return run(
        "jd",
        jd,
        inputs,
        outdir=outdir,
        fmt=fmt,
        jobs=jobs,
        cache=cache,
        settings=settings,
        text_column=text_column,
        title_column=title_column,
        progress=progress,
        executor=executor,
    )


def run(
    anchor_kind: str,
    anchor_path: str | Path,
    inputs: Iterable[str | Path],
    *,
    outdir: str | Path | None,
    fmt: str,
    jobs: int | None,
    cache: bool | str | Path,
    settings: Settings | None,
    text_column: str | None,
    title_column: str | None,
    progress: Callable[[int, int], None] | None,
    executor: Executor | None,
) -> BatchResult:
    """Compare every input with the anchor document ("cv" for batch, "jd" for rank)."""
    settings = settings or Settings()
    cache_folder = _cache_folder(cache)
    anchor_path = Path(anchor_path)
    data = read_bytes(anchor_path, settings=settings)
    extracted, _ = cached_extract_bytes(
        data,
        str(anchor_path),
        settings=settings,
        cache=DiskCache(cache_folder) if cache_folder else None,
    )
    document = to_document(extracted, kind=anchor_kind, name=anchor_path.name)
    fingerprint = cache_key(
        anchor_kind, anchor_path.name, data, settings_fingerprint(settings), code_fingerprint()
    )
    anchor = Anchor(
        document, settings, fmt if outdir is not None else None, cache_folder, fingerprint
    )
    reports = _reports_folder(Path(outdir)) if outdir is not None else None
    exclude = [anchor_path] + ([Path(outdir)] if outdir is not None else [])
    sources, failures = collect_sources(
        inputs, exclude=exclude, text_column=text_column, title_column=title_column
    )
    names = {source.report: source.name for source in sources}
    summaries: list[MatchSummary] = []
    from_cache = finished = 0

    def record(outcome: Outcome) -> None:
        nonlocal from_cache, finished
        finished += 1
        if outcome.summary is not None:
            try:
                summaries.append(_write_report(reports, outcome, fmt))
                from_cache += outcome.from_cache
            except OutputError as exc:
                failures.append(Failure(names[outcome.source], exc.message))
        elif outcome.failure is not None:
            failures.append(outcome.failure)
        if progress is not None:
            progress(finished, len(sources))

    if progress is not None:
        progress(0, len(sources))
    # Comparisons already in the cache are taken here; only the rest go to the executor,
    # so a rerun after adding a few postings starts workers for those few, if any.
    misses = []
    for source in sources:
        outcome = cached_outcome(source, anchor)
        if outcome is None:
            misses.append(source)
        else:
            record(outcome)
    if misses:
        warm(anchor)  # before any fork, so that workers start with it loaded
        executor = executor or choose_executor(jobs, len(misses))
        for outcome in executor.map(compare, anchor, misses):
            record(outcome)
    summaries.sort(key=lambda s: (-s.score, -s.matched, s.name.lower()))
    result = BatchResult(
        input_kind=anchor.input_kind,
        anchor=anchor_path.name,
        lang=settings.lang or document.language,
        ranked=tuple(summaries),
        failures=tuple(failures),
        market=market(summaries, anchor.input_kind),
        from_cache=from_cache,
    )
    if outdir is None:
        return result
    from jdmatch.render_index import render_index

    index = Path(outdir) / f"index.{fmt}"
    write_atomic(index, render_index(result, fmt))
    return replace(result, index=index)


def _cache_folder(cache: bool | str | Path) -> Path | None:
    if cache is False:
        return None
    if cache is True:
        return default_cache_dir()
    return Path(cache)


def _reports_folder(outdir: Path) -> Path:
    """OUTDIR/reports, created; an existing OUTDIR is kept as it is, only added to."""
    reports = outdir / REPORTS_FOLDER
    try:
        reports.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError("a file is in the way of the output folder", reports) from None
    except OSError as exc:
        raise OutputError(f"cannot create the output folder ({exc.strerror})", reports) from None
    if reports.is_symlink() or not resolved(reports).is_relative_to(resolved(outdir)):
        raise OutputError("the reports folder is a link out of the output folder", reports)
    for folder in (outdir, reports):  # what a run killed midway left behind
        remove_stale_temporaries(folder)
    return reports


def _write_report(reports: Path | None, outcome: Outcome, fmt: str) -> MatchSummary:
    assert outcome.summary is not None
    if reports is None or outcome.report is None:
        return outcome.summary
    name = f"{outcome.source}.{fmt}"
    if safe_name(outcome.source) != outcome.source:  # names come from safe_name; never trust
        raise OutputError("unsafe report name", name)
    write_atomic(reports / name, outcome.report)
    return replace(outcome.summary, report=f"{REPORTS_FOLDER}/{name}")


# -- the view across inputs -----------------------------------------------------------------------


def market(summaries: Sequence[MatchSummary], input_kind: str) -> Market:
    """The view across the inputs.

    Batch (postings): the skills most asked for, the CV's gaps by how many postings ask for
    them and the points showing them would gain, and the CV's skills no posting asks for.
    Rank (CVs): the posting's skills in its order, each with the candidates who show it.
    """
    if input_kind == "cv":
        skills = summaries[0].skills if summaries else ()
        shown_by: dict[str, int] = defaultdict(int)
        for summary in summaries:
            for s in summary.skills:
                shown_by[s.skill.id] += s.shown
        demand = tuple(
            SkillDemand(s.skill, shown_by[s.skill.id], int(s.level == "required"), False)
            for s in skills
        )
        return Market(demand, (), ())
    names: dict[str, SkillRef] = {}
    asked: dict[str, int] = defaultdict(int)
    required: dict[str, int] = defaultdict(int)
    shown: set[str] = set()
    missing: dict[str, int] = defaultdict(int)
    missing_required: dict[str, int] = defaultdict(int)
    points: dict[str, float] = defaultdict(float)
    for summary in summaries:
        for s in summary.skills:
            key = s.skill.id
            names[key] = s.skill
            asked[key] += 1
            required[key] += s.level == "required"
            if s.shown:
                shown.add(key)
            else:
                missing[key] += 1
                missing_required[key] += s.level == "required"
                points[key] += s.gain
    by_demand = sorted(asked, key=lambda k: (-asked[k], -required[k], names[k].name.lower()))
    # By the points as shown (rounded), so that equal figures fall back to the name order.
    by_gain = sorted(
        missing, key=lambda k: (-missing[k], -round(points[k], 1), names[k].name.lower())
    )
    # On the CV but asked for by no posting: in every posting's "extra" list.
    extras = [{s.id: s for s in summary.extra} for summary in summaries]
    unused = sorted(
        (s for s in (extras[0].values() if extras else ()) if all(s.id in e for e in extras)),
        key=lambda s: s.name.lower(),
    )
    return Market(
        demand=tuple(
            SkillDemand(names[k], asked[k], required[k], k in shown)
            for k in by_demand[:MARKET_ROWS]
        ),
        gaps=tuple(
            GapValue(names[k], missing[k], missing_required[k], round(points[k], 1))
            for k in by_gain[:MARKET_ROWS]
        ),
        unused=tuple(unused),
    )
