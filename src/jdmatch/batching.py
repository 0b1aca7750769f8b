"""Many documents against one: a report each, ranked, with a view across all of them.

Orchestration only. Each input goes through `compare` (in ``comparison``), a pure function
of one `Source` and the shared `Anchor` (the CV every posting is compared with, or the
posting every CV is); an `Executor` (in ``executors``) runs it in this process or across
processes and yields outcomes as they finish, and the run here writes each report as it
arrives, so memory holds summaries, not documents. Then it ranks them, adds the market view
(``market``) and writes the index.

The module is ``batching``, not ``batch``: a submodule named like the function
``jdmatch.batch`` would replace that function on the package once imported.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from jdmatch.analysis import to_document
from jdmatch.batch_model import Anchor, BatchResult, MatchSummary, Outcome
from jdmatch.cache import (
    DiskCache,
    cache_key,
    cached_extract_bytes,
    code_fingerprint,
    default_cache_dir,
    settings_fingerprint,
)
from jdmatch.comparison import cached_outcome, compare
from jdmatch.errors import OutputError
from jdmatch.executors import Executor, ProcessPool, choose_executor, warm
from jdmatch.extract import read_bytes
from jdmatch.inputs import Failure, collect_sources, resolved, safe_name
from jdmatch.market import market
from jdmatch.output import remove_stale_temporaries, write_atomic
from jdmatch.settings import Settings

# The public entry points, and the names callers have imported from here since before the
# split into batch_model, comparison, executors and market.
__all__ = [
    "Anchor",
    "BatchResult",
    "Failure",
    "MatchSummary",
    "Outcome",
    "ProcessPool",
    "batch",
    "compare",
    "rank",
    "run",
]

REPORTS_FOLDER = "reports"


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
