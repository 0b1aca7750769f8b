"""Where the comparisons run: in this process, or across worker processes.

An `Executor` runs the work for each input and yields the outcomes as they finish. Worker
processes receive the work by reference (module and name, as pickle sends functions), so the
work and the worker entry points here must stay module-level functions.
"""

from __future__ import annotations

import os
import sys
from collections import deque
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from jdmatch.batch_model import Anchor, Outcome
from jdmatch.inputs import Failure, Source

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext

#: Fewer inputs than this run in one process: starting workers costs ~0.1 s with fork and
#: ~1 s with spawn, while a text posting takes ~20 ms and a one-page PDF ~100 ms.
MIN_INPUTS_FOR_PROCESSES = 10
#: Inputs handed to each worker ahead of time: enough to keep it busy, few enough that a
#: crash re-runs little and a huge table is not pickled all at once.
IN_FLIGHT_PER_WORKER = 4

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
    """Load what every comparison shares (the taxonomy, the IDF table, the anchor's skills)
    once per process: before a fork, the workers start with them."""
    from jdmatch.skills import mentions_of
    from jdmatch.taxonomy import load_taxonomy
    from jdmatch.weights import load_idf

    taxonomy = load_taxonomy(anchor.settings.taxonomy_files)
    load_idf()
    mentions_of(anchor.document, taxonomy=taxonomy)


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
