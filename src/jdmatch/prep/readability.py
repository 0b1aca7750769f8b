"""Is the CV readable? What an applicant-tracking system would get from this file."""

from __future__ import annotations

import re
from dataclasses import dataclass

from jdmatch import regexcache
from jdmatch.model import Document
from jdmatch.textscan import FOLDS_TO_ASCII, occurrences
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
#: _EMAIL from its "@": there is an address exactly where this matches at an "@" (a name
#: character before it, a domain after). re tries _EMAIL's name part at every character.
_EMAIL_AT = regexcache.compile(r"(?<=[\w.+\-])@[\w\-]+(?:\.[\w\-]+)+")
_PHONE = regexcache.compile(r"(?<![\w/])\+?\(?\d[\d\s().\-]{7,17}\d(?![\w/])")
_LINKEDIN = regexcache.compile(r"linkedin\.com/", re.IGNORECASE)
_NOT_DIGIT = regexcache.compile(r"\D")
# Tried only where a run of letters starts (the lookbehind): a match anywhere else would
# have started earlier in the same run, and trying every letter costs more than the rest.
_LONG_WORD = regexcache.compile(rf"(?<![^\W\d_])[^\W\d_]{{{RUN_TOGETHER_LETTERS},}}")
# A lower-case run then a capital inside one word: "experienceSkills", "AnalystPT".
_GLUED = regexcache.compile(r"\b[^\W\d_]*[a-z]{4,}[A-Z][a-z]{3,}[^\W\d_]*\b")
#: What every glued word holds ("[a-z]{4}[A-Z][a-z]{3}"): a quick test that spares most CVs
#: the slower search. Written from the capital, looking back, so that re skips straight to
#: the capitals.
_GLUED_CORE = regexcache.compile(r"[A-Z](?<=[a-z]{4}[A-Z])[a-z]{3}")
#: The fewest letters of a glued word (_GLUED_CORE's), and so of any word _run_together finds.
_GLUED_LETTERS = 8


@dataclass(frozen=True)
class ReadabilityCheck:
    """One thing a screening tool needs from a CV file, and whether this file gives it."""

    kind: str  # "file_type", "sections", "contact", "reading_order", "letter_spaced",
    # "icon_glyphs", "run_together", "job_dates"
    ok: bool
    found: tuple[str, ...] = ()  # what was found: section kinds, contact kinds, the file type
    missing: tuple[str, ...] = ()  # what was not: section kinds, contact kinds
    examples: tuple[str, ...] = ()  # text as it came out: headings in reading order, glued words


def _has_email(text: str) -> bool:
    return any(_EMAIL_AT.match(text, at) for at in occurrences(text, ("@",)))


def _has_phone(text: str) -> bool:
    # The first number with the digits of a phone number ends the search: it is near the top.
    hits = _PHONE.finditer(text)
    return any(9 <= len(_NOT_DIGIT.sub("", hit.group(0))) <= 15 for hit in hits)


def _may_name_linkedin(text: str) -> bool:
    # textscan.may_hold for one word, the rare characters looked up with str.find: over a whole
    # CV, frozenset.isdisjoint's walk through the text costs more than the search it spares.
    return "linkedin.com/" in text.lower() or any(c in text for c in FOLDS_TO_ASCII)


def _run_together(text: str) -> list[str]:
    """The words of a text that look like two or more run together, in text order."""
    # Both patterns match letters only, so each match lies inside one of the text's
    # whitespace-separated words, and only in one long enough; joined by spaces, the long
    # words give the same matches as the whole text, in a fraction of its length. A glued
    # word holds _GLUED_CORE too, so _GLUED reads only the words where that is found.
    words = [w for w in text.split() if len(w) >= _GLUED_LETTERS]
    longest = " ".join(w for w in words if len(w) >= RUN_TOGETHER_LETTERS)
    glued: list[str] = []
    for pattern, long_words in ((_LONG_WORD, longest), (_GLUED, _with_core(" ".join(words)))):
        for hit in pattern.finditer(long_words):
            word = hit.group(0)
            if word not in glued:
                glued.append(word)
    return glued


def _with_core(words: str) -> str:
    # The space-separated words that hold _GLUED_CORE, in order, joined by spaces.
    found = []
    end = -1
    for core in _GLUED_CORE.finditer(words):
        if core.start() < end:
            continue  # in the word found last
        start = words.rfind(" ", 0, core.start()) + 1
        end = words.find(" ", core.end())
        end = len(words) if end < 0 else end
        found.append(words[start:end])
    return " ".join(found)


def readability(cv: Document, idf: IdfTable) -> tuple[ReadabilityCheck, ...]:
    """What a screening tool gets from this CV, check by check; a failed one needs a fix."""
    kinds = [s.kind for s in cv.sections]
    checks = [ReadabilityCheck("file_type", cv.file_type in PORTAL_TYPES, found=(cv.file_type,))]
    present = tuple(k for k in (*OTHER_SECTIONS[:1], *STANDARD_SECTIONS, *OTHER_SECTIONS[1:]))
    present = tuple(k for k in present if k in kinds)
    missing = tuple(k for k in STANDARD_SECTIONS if k not in kinds)
    checks.append(ReadabilityCheck("sections", not missing, found=present, missing=missing))
    contact = {
        "email": _has_email(cv.text),
        "phone": _has_phone(cv.text),
        # Every match holds "linkedin.com/" in lower case: most CVs are ruled out by str.find.
        "linkedin": _may_name_linkedin(cv.text) and bool(_LINKEDIN.search(cv.text)),
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
    glued = [word for word in _run_together(cv.text) if word.lower() not in idf.words]
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
