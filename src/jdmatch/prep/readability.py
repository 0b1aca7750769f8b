"""Is the CV readable? What an applicant-tracking system would get from this file."""

from __future__ import annotations

import re
from dataclasses import dataclass

from jdmatch import regexcache
from jdmatch.model import Document
from jdmatch.weights import IdfTable

#: Sections every screening tool looks for; a CV without one of these headings loses points.
STANDARD_SECTIONS = ("experience", "education", "skills")
#: Sections worth having, reported when found.
OTHER_SECTIONS = ("summary", "projects", "certifications", "languages")
#: File types that application portals read best; the others are often refused or mangled.
PORTAL_TYPES = frozenset({"docx", "pdf"})
#: Sections that live in a sidebar; a CV read from one of them first was read out of order.
SIDEBAR_SECTIONS = frozenset({"skills", "languages", "certifications", "other"})
#: Headings shown to explain the reading order of a two-column CV.
MAX_ORDER_SHOWN = 5
#: Letters in a word beyond which it is two or more words run together (Indonesian
#: "pertanggungjawaban" has 18), and how many such words make a problem rather than a typo.
RUN_TOGETHER_LETTERS = 22
MIN_RUN_TOGETHER = 2
MAX_EXAMPLES = 3

_EMAIL = regexcache.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_PHONE = regexcache.compile(r"(?<![\w/])\+?\(?\d[\d\s().\-]{7,17}\d(?![\w/])")
_LINKEDIN = regexcache.compile(r"linkedin\.com/", re.IGNORECASE)
_NOT_DIGIT = regexcache.compile(r"\D")
# Tried only where a run of letters starts (the lookbehind): a match anywhere else would
# have started earlier in the same run, and trying every letter costs more than the rest.
_LONG_WORD = regexcache.compile(rf"(?<![^\W\d_])[^\W\d_]{{{RUN_TOGETHER_LETTERS},}}")
# A lower-case run then a capital inside one word: "experienceSkills", "AnalystPT".
_GLUED = regexcache.compile(r"\b[^\W\d_]*[a-z]{4,}[A-Z][a-z]{3,}[^\W\d_]*\b")
#: What every glued word holds: a quick test that spares most CVs the slower search.
_GLUED_CORE = regexcache.compile(r"[a-z]{4}[A-Z][a-z]{3}")


@dataclass(frozen=True)
class ReadabilityCheck:
    """One thing a screening tool needs from a CV file, and whether this file gives it."""

    kind: str  # "file_type", "sections", "contact", "reading_order", "letter_spaced",
    # "icon_glyphs", "run_together", "job_dates"
    ok: bool
    found: tuple[str, ...] = ()  # what was found: section kinds, contact kinds, the file type
    missing: tuple[str, ...] = ()  # what was not: section kinds, contact kinds
    examples: tuple[str, ...] = ()  # text as it came out: headings in reading order, glued words


def _has_phone(text: str) -> bool:
    # The first number with the digits of a phone number ends the search: it is near the top.
    hits = _PHONE.finditer(text)
    return any(9 <= len(_NOT_DIGIT.sub("", hit.group(0))) <= 15 for hit in hits)


def readability(cv: Document, idf: IdfTable) -> tuple[ReadabilityCheck, ...]:
    """What a screening tool gets from this CV, check by check; a failed one needs a fix."""
    kinds = [s.kind for s in cv.sections]
    checks = [ReadabilityCheck("file_type", cv.file_type in PORTAL_TYPES, found=(cv.file_type,))]
    present = tuple(k for k in (*OTHER_SECTIONS[:1], *STANDARD_SECTIONS, *OTHER_SECTIONS[1:]))
    present = tuple(k for k in present if k in kinds)
    missing = tuple(k for k in STANDARD_SECTIONS if k not in kinds)
    checks.append(ReadabilityCheck("sections", not missing, found=present, missing=missing))
    contact = {
        "email": bool(_EMAIL.search(cv.text)),
        "phone": _has_phone(cv.text),
        "linkedin": bool(_LINKEDIN.search(cv.text)),
    }
    checks.append(
        ReadabilityCheck(
            "contact",
            contact["email"] and contact["phone"],
            found=tuple(k for k, v in contact.items() if v),
            missing=tuple(k for k in ("email", "phone") if not contact[k]),
        )
    )
    headings = tuple(s.heading for s in cv.sections if s.heading)[:MAX_ORDER_SHOWN]
    # Many screening tools read a two-column page straight across, mixing the columns; and
    # read column by column, a sidebar first makes the CV open with contacts or skills instead
    # of the name and the experience.
    sidebar_first = bool(kinds) and kinds[0] in SIDEBAR_SECTIONS
    checks.append(
        ReadabilityCheck(
            "reading_order",
            "columns" not in cv.extraction_notes and not sidebar_first,
            examples=headings,
        )
    )
    checks.append(ReadabilityCheck("letter_spaced", "letter_spaced" not in cv.extraction_notes))
    checks.append(ReadabilityCheck("icon_glyphs", "icon_glyphs" not in cv.extraction_notes))
    glued: list[str] = []
    for pattern in (_LONG_WORD, _GLUED):
        if pattern is _GLUED and not _GLUED_CORE.search(cv.text):
            continue
        for hit in pattern.finditer(cv.text):
            word = hit.group(0)
            if word.lower() not in idf.words and word not in glued:
                glued.append(word)
    checks.append(
        ReadabilityCheck(
            "run_together", len(glued) < MIN_RUN_TOGETHER, examples=tuple(glued[:MAX_EXAMPLES])
        )
    )
    if "experience" in kinds:
        checks.append(
            ReadabilityCheck("job_dates", bool(cv.experiences), found=(str(len(cv.experiences)),))
        )
    return tuple(checks)
