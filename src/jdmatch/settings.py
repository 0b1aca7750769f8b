"""Options for a run, and the named thresholds and limits the stages share."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jdmatch.profile import Profile

# -- limits on input ---------------------------------------------------------------------------
#: Largest file read, in bytes. A 2-page CV is ~100 KB as PDF; 20 MB leaves room for PDFs with
#: embedded photos while refusing archives and dumps that were never meant as a document.
MAX_FILE_BYTES = 20 * 1024 * 1024
#: Most PDF pages read. Real JDs and CVs have 1-5 pages; a book is not a CV.
MAX_PAGES = 50
#: Most characters kept from one document, a guard against pathological files: 50 pages of
#: dense text is ~200,000 characters.
MAX_CHARS = 500_000
#: Most seconds spent reading one document. A 2-page PDF reads in well under a second and a
#: 50-page one in a few; a file that takes a minute is broken or built to hurt.
TIME_LIMIT = 60.0
#: Largest total uncompressed size of a DOCX package, checked from the zip directory before
#: anything is inflated (a zip bomb declares gigabytes).
MAX_DOCX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024

# -- scoring -----------------------------------------------------------------------------------
#: How much each part counts in the 0-100 score (they sum to 1). Chosen for what agrees with
#: people on both labelled sets of benchmarks/eval_fit.py and stays there when any weight moves
#: by 0.1 (its sensitivity table), not fitted to the last decimal; see benchmarks/RESULTS.md.
SCORE_WEIGHTS: dict[str, float] = {
    # The text part carries most; the four structured parts share the rest equally, each
    # shown with its evidence. (The parts are listed in the report in this order.)
    # The job's skills the CV shows, TF-IDF weighted: what the report is about, but alone it
    # rewards a CV that lists everything and a posting that names little.
    "skills": 0.10,
    # The CV's skills the job asks for, TF-IDF weighted: is this job about what the candidate
    # does? The best structured part on many JDs for one CV (a web developer for an ML job).
    "focus": 0.10,
    # The whole texts' word counts, function words left out: what each document dwells on,
    # and what the taxonomy does not know. The best single part on both fit sets (Spearman
    # 0.73 on many CVs for one JD, ROC-AUC 0.79 on many JDs for one CV).
    "text": 0.60,
    # The JD title's words in the CV (Staff, Machine Learning, Python): the role and its level,
    # which people weigh first when they judge many postings for one CV.
    "role": 0.10,
    # The JD's hard requirements (years, education, languages, licences) the CV meets.
    "hard": 0.10,
}
#: A related skill (same family) earns this share of a matched skill's weight.
RELATED_CREDIT = 0.5
#: A nice-to-have skill counts this much against a required one in the JD's weights.
NICE_TO_HAVE_FACTOR = 0.5
#: The word-count cosine of two whole documents rarely exceeds 0.5 even for a strong fit (0.47
#: at most on the ML-engineer CVs), so the text part maps [0, TEXT_SIMILARITY_CEILING] onto [0, 1].
TEXT_SIMILARITY_CEILING = 0.5
#: Fewer distinct content words than this in either document (a posting that is only a title
#: or one line) make the word-count cosine a matter of chance: the text part is left out.
MIN_TEXT_TERMS = 12

REPORT_LANGUAGES = ("en", "id")


@dataclass(frozen=True)
class Settings:
    """Everything a run can be told; change one with ``dataclasses.replace``."""

    #: Report language: "en", "id", or None for the JD's own language.
    lang: str | None = None
    #: Extra taxonomy files merged over the built-in one.
    taxonomy_files: tuple[Path, ...] = field(default_factory=tuple)
    max_file_bytes: int = MAX_FILE_BYTES
    max_pages: int = MAX_PAGES
    max_chars: int = MAX_CHARS
    #: Your corrections ("I have these skills", "never match this"), or None.
    profile: Profile | None = None
    #: Explain each skill: which alias fired where, and how its weight and level were decided.
    explain: bool = False
    #: The date a CV's "Present" stands for when its years are counted; None for today.
    #: Fix it for reports that must not change from day to day (golden tests).
    today: date | None = None
    #: Seconds to read one document; 0 means no limit.
    time_limit: float = TIME_LIMIT
