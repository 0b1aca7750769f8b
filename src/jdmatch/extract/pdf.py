"""PDF text with pdfplumber, in reading order: columns one after the other, not interleaved."""

from __future__ import annotations

import itertools
import logging
import re
import statistics
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jdmatch import regexcache
from jdmatch.errors import (
    CorruptFileError,
    EncryptedPdfError,
    FileTooLargeError,
    JdmatchError,
    NoTextLayerError,
)
from jdmatch.extract.budget import check

#: Words whose tops differ by less than this many points sit on one line.
LINE_TOLERANCE = 3.0
#: A column gutter is an empty vertical strip at least this wide, in points.
MIN_GUTTER = 6.0
#: ...found between these fractions of the page width (a sidebar is at least 15% wide).
GUTTER_RANGE = (0.15, 0.85)
#: Rows in which both sides hold words before a page counts as having two columns.
MIN_SHARED_ROWS = 3


@dataclass(frozen=True)
class PdfText:
    """The text of a PDF and what reading it involved."""

    text: str
    pages: int
    columns: bool


@dataclass(frozen=True)
class _Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float


def pdf_to_text(data: bytes, path: Path, max_pages: int) -> PdfText:
    """Read a PDF's text layer page by page, splitting two-column pages into columns."""
    import io

    import pdfplumber

    # pdfminer logs every font quirk as a warning; the user cannot act on them.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = pdf.pages
            if len(pages) > max_pages:
                raise FileTooLargeError(
                    f"the PDF has {len(pages)} pages, more than the limit of {max_pages}; "
                    "pass --max-pages to read it anyway",
                    path,
                )
            texts: list[str] = []
            any_columns = False
            any_chars = False
            for page in pages:
                check()  # the time budget, where no alarm can interrupt
                words = _page_words(page.layout)
                if words:
                    any_chars = True
                text, columns = _page_text(words, float(page.width))
                any_columns = any_columns or columns
                texts.append(text)
                page.flush_cache()
    except JdmatchError:
        raise
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise EncryptedPdfError(
            "the PDF is password-protected; save an unprotected copy and try again", path
        ) from exc
    except Exception as exc:  # pdfminer raises many types on damaged files
        cause = exc.__cause__ or exc.__context__
        if (
            isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError))
            or "password" in str(exc).lower()
        ):
            raise EncryptedPdfError(
                "the PDF is password-protected; save an unprotected copy and try again", path
            ) from exc
        raise CorruptFileError(
            f"the PDF is damaged and cannot be read ({type(exc).__name__}); "
            "export it again or save it as a new PDF",
            path,
        ) from exc
    if not any_chars:
        raise NoTextLayerError(
            "the PDF has no text layer; it looks like a scan, and jdmatch does not do OCR. "
            "Export the document from its editor as a PDF with text, or as DOCX",
            path,
        )
    return PdfText("\n\n".join(texts), len(texts), any_columns)


#: Characters closer than this, in points, belong to one word (pdfplumber's x_tolerance).
WORD_GAP = 3.0


def _page_words(layout: Any) -> list[_Word]:
    """The words of a page, read from pdfminer's characters directly.

    pdfplumber's ``extract_words`` first turns every character into a dict of some twenty
    attributes; reading the layout's characters ourselves gives the same words in a third
    of the time.
    """
    from pdfminer.layout import LTChar, LTContainer

    page_top = layout.y1
    chars: list[tuple[float, float, float, float, str]] = []
    stack = [layout]
    while stack:
        for item in stack.pop():
            if isinstance(item, LTChar):
                text = item.get_text()
                if text:  # a space is kept: it ends a word however narrow the gap
                    chars.append((page_top - item.y1, item.x0, item.x1, page_top - item.y0, text))
            elif isinstance(item, LTContainer):
                stack.append(item)
    chars.sort()
    words: list[_Word] = []
    row: list[tuple[float, float, float, float, str]] = []
    for char in chars:
        if row and char[0] - row[0][0] > LINE_TOLERANCE:
            words.extend(_row_words(row))
            row = []
        row.append(char)
    if row:
        words.extend(_row_words(row))
    return words


def _row_words(row: list[tuple[float, float, float, float, str]]) -> list[_Word]:
    row.sort(key=lambda c: c[1])
    words: list[_Word] = []
    text: list[str] = []
    x0 = x1 = top = bottom = 0.0
    for c_top, c_x0, c_x1, c_bottom, c_text in row:
        if c_text.isspace():
            if text:
                words.append(_Word("".join(text), x0, x1, top, bottom))
                text = []
            continue
        if text and c_x0 - x1 > WORD_GAP:
            words.append(_Word("".join(text), x0, x1, top, bottom))
            text = []
        if not text:
            x0, top, bottom = c_x0, c_top, c_bottom
        text.append(c_text)
        x1 = max(x1, c_x1) if len(text) > 1 else c_x1
        top, bottom = min(top, c_top), max(bottom, c_bottom)
    if text:
        words.append(_Word("".join(text), x0, x1, top, bottom))
    return words


#: A running page header or footer: "Page 1 of 2", "Halaman 2 dari 3".
_PAGE_NUMBER = regexcache.compile(r"\b(?:page|halaman|hal\.?)\s*\d+\s*(?:of|dari|/)\s*\d+\b", re.I)


def _page_text(words: list[_Word], width: float) -> tuple[str, bool]:
    text, columns = _page_layout(words, width)
    lines = [line for line in text.split("\n") if not _PAGE_NUMBER.search(line)]
    return "\n".join(lines), columns


def _page_layout(words: list[_Word], width: float) -> tuple[str, bool]:
    if not words:
        return "", False
    gutter = _find_gutter(words, width)
    if gutter is None:
        return _lines_text(words), False
    # Rows that a word crosses the gutter in are full-width (a name banner, a section that
    # spans the page); between them, the page reads left column then right column.
    rows = _group_rows(words)
    blocks: list[str] = []
    pending: list[_Word] = []

    def flush() -> None:
        if pending:
            left = [w for w in pending if w.x1 <= gutter]
            right = [w for w in pending if w.x0 >= gutter]
            blocks.extend(t for t in (_lines_text(left), _lines_text(right)) if t)
            pending.clear()

    for row in rows:
        if any(w.x0 < gutter < w.x1 for w in row):
            flush()
            blocks.append(_lines_text(row))
        else:
            pending.extend(row)
    flush()
    return "\n\n".join(blocks), True


def _find_gutter(words: list[_Word], width: float) -> float | None:
    lo, hi = int(width * GUTTER_RANGE[0]), int(width * GUTTER_RANGE[1])
    if hi <= lo:
        return None
    coverage = [0] * (hi - lo + 1)
    for w in words:
        for x in range(max(lo, int(w.x0) + 1), min(hi, int(w.x1)) + 1):
            coverage[x - lo] += 1
    # A few words may cross the gutter (a banner); more than that and it is one column.
    allowed = max(1, len(words) // 50)
    best: tuple[int, int] | None = None
    start = None
    for i, count in enumerate([*coverage, allowed + 1]):
        if count <= allowed and start is None:
            start = i
        elif count > allowed and start is not None:
            if best is None or i - start > best[1] - best[0]:
                best = (start, i)
            start = None
    if best is None or best[1] - best[0] < MIN_GUTTER:
        return None
    gutter = lo + (best[0] + best[1]) / 2
    rows = _group_rows(words)
    shared = sum(
        1 for row in rows if any(w.x1 <= gutter for w in row) and any(w.x0 >= gutter for w in row)
    )
    left_rows = sum(1 for row in rows if any(w.x1 <= gutter for w in row))
    right_rows = sum(1 for row in rows if any(w.x0 >= gutter for w in row))
    if shared < MIN_SHARED_ROWS or min(left_rows, right_rows) < MIN_SHARED_ROWS * 2:
        return None
    return gutter


def _group_rows(words: list[_Word]) -> list[list[_Word]]:
    rows: list[list[_Word]] = []
    for w in sorted(words, key=lambda w: (w.top, w.x0)):
        if rows and abs(rows[-1][0].top - w.top) <= LINE_TOLERANCE:
            rows[-1].append(w)
        else:
            rows.append([w])
    for row in rows:
        row.sort(key=lambda w: w.x0)
    return rows


def _lines_text(words: list[_Word]) -> str:
    rows = _group_rows(words)
    if not rows:
        return ""
    heights = [row[0].bottom - row[0].top for row in rows]
    line_height = statistics.median(heights) if heights else 10.0
    out: list[str] = []
    previous_bottom: float | None = None
    for row in rows:
        if previous_bottom is not None and row[0].top - previous_bottom > line_height * 0.9:
            out.append("")  # a paragraph break
        out.append(_row_text(row))
        previous_bottom = max(w.bottom for w in row)
    return "\n".join(out)


def _row_text(row: list[Any]) -> str:
    # Letter-spaced headings arrive as one-letter words; keep a double space where the gap
    # is wider than between the letters, so that the clean-up can find the word breaks.
    if len(row) >= 3 and sum(len(w.text) == 1 for w in row) >= len(row) * 0.6:
        gaps = [b.x0 - a.x1 for a, b in itertools.pairwise(row)]
        typical = statistics.median(gaps)
        return "".join(
            w.text + ("" if i == len(row) - 1 else ("  " if gaps[i] > typical * 1.6 else " "))
            for i, w in enumerate(row)
        )
    return " ".join(w.text for w in row)
