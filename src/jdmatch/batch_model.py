"""The data of a batch: the anchor, one summary per input, the market view, the whole run.

A module of its own so that the run (`batching`), the comparison, the executors, the market
view and the index renderer can all import these types without importing one another.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jdmatch.inputs import Failure
from jdmatch.model import Document
from jdmatch.settings import Settings

#: Exit codes of `jdmatch batch` and `jdmatch rank` (2, wrong usage, is click's).
EXIT_OK = 0
EXIT_SOME_FAILED = 1


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
    """A skill by id and name (canonical, and Indonesian where the taxonomy gives one)."""

    id: str
    name: str
    name_id: str = ""

    def display_name(self, lang: str) -> str:
        """The name an index in this language shows (as Skill.display_name)."""
        return self.name_id if lang == "id" and self.name_id else self.name


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
        return tuple(s.name for s in self.missing_required_skills)

    @property
    def missing_required_skills(self) -> tuple[SkillRef, ...]:
        """The required skills the CV does not show."""
        return tuple(s.skill for s in self.skills if s.level == "required" and not s.shown)


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
