"""Text clean-up shared by every extractor: what a PDF, DOCX or web page leaves behind."""

from __future__ import annotations

import functools
import re
import unicodedata

from jdmatch import regexcache

# Private-use code points hold icon fonts' glyphs (phone, envelope, LinkedIn logo) in CVs made
# with Canva or LaTeX templates; they carry no words.
_PRIVATE_USE = regexcache.compile("[\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]")
# pdfminer writes glyphs it cannot map to Unicode as "(cid:123)".
_CID = regexcache.compile(r"\(cid:\d+\)")
_INVISIBLE = regexcache.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_SPACES = regexcache.compile("[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# Three or more single letters each followed by one space: a letter-spaced heading such as
# "E X P E R I E N C E". Two or more spaces between runs mark the word breaks.
_LETTER_SPACED = regexcache.compile(r"(?<![^\W\d_])(?:[^\W\d_] ){2,}[^\W\d_](?![^\W\d_])")
_CONTROL = regexcache.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Where a scraper dropped the break between two blocks of a web page, a lower-case word runs
# straight into the next line's capitalised first word: "annually.Compensation",
# "teamsIdentify", "detailsBonus". Names written in camel case start with a capital or run
# less than three lower-case letters first (JavaScript, iPhone, jQuery, macOS), so they stay.
_GLUED = regexcache.compile(r"\b([a-z]{3,}[.!?:]?)([A-Z][a-z]{2,})")
#: Below this many glued places a document is taken as written (a code name, a typo).
MIN_GLUED = 3


class CleanupFlags:
    """What the clean-up had to repair, for the report's "is the CV readable" check."""

    def __init__(self) -> None:
        self.icon_glyphs = False
        self.letter_spaced = False


def _join_letters(match: re.Match[str]) -> str:
    return match.group(0).replace(" ", "")


def clean_line(line: str, flags: CleanupFlags | None = None) -> str:
    """Normalise one line: spaces, invisible characters, icon glyphs, letter spacing."""
    if _PRIVATE_USE.search(line) or _CID.search(line):
        if flags is not None:
            flags.icon_glyphs = True
        line = _CID.sub("", _PRIVATE_USE.sub("", line))
    line = _CONTROL.sub("", _INVISIBLE.sub("", line))
    # Double spaces separate letter-spaced words, so collapse letters before the spaces.
    if _LETTER_SPACED.search(line):
        if flags is not None:
            flags.letter_spaced = True
        parts = re.split(r" {2,}|\t", line)
        line = " ".join(_LETTER_SPACED.sub(_join_letters, part) for part in parts)
    return _SPACES.sub(" ", line).strip()


def clean_text(text: str, flags: CleanupFlags | None = None) -> str:
    """Normalise a text: Unicode form, line breaks, spaces; never two blank lines in a row."""
    text = unicodedata.normalize("NFKC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\u2028", "\n").replace("\u2029", "\n").replace("\x0c", "\n")
    text = unglue(text)
    out: list[str] = []
    for raw in text.split("\n"):
        line = clean_line(raw, flags)
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


def unglue(text: str) -> str:
    """Put back the line breaks a scraper dropped between blocks of a web page.

    Only where it happened often enough to be the scrape, not the writer (MIN_GLUED).
    """
    if len(_GLUED.findall(text)) < MIN_GLUED:
        return text
    text = _GLUED.sub(r"\1\n\2", text)
    # A heading glued to what follows it: "BenefitsWhat you'll get", "RequirementsYou have".
    return _glued_heading().sub(r"\1\n\2", text)


@functools.cache
def _glued_heading() -> re.Pattern[str]:
    """One-word section headings (data/sections.json) at a line's start, run into a word."""
    import json
    from importlib import resources

    sections = json.loads(
        resources.files("jdmatch").joinpath("data/sections.json").read_text("utf-8")
    )
    words = sorted(
        {
            phrase.capitalize()
            for kind in ("jd", "cv")
            for phrases in sections[kind].values()
            for phrase in phrases
            if phrase.isalpha() and len(phrase) >= 4
        },
        key=lambda w: (-len(w), w),
    )
    return regexcache.compile(rf"^({'|'.join(words)})(?=[A-Z][a-z])()", re.MULTILINE)
