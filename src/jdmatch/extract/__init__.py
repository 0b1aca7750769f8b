"""Extraction: a file on disk to clean plain text, its type told by its content."""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from jdmatch.errors import (
    DocumentNotFoundError,
    EmptyDocumentError,
    FileTooLargeError,
    NotAFileError,
    UnreadableFileError,
    UnsupportedTypeError,
)
from jdmatch.extract.budget import time_budget
from jdmatch.extract.clean import CleanupFlags, clean_text
from jdmatch.settings import MAX_DOCX_UNCOMPRESSED_BYTES, Settings

__all__ = [
    "SUPPORTED_SUFFIXES",
    "ExtractedText",
    "detect_type",
    "extract",
    "extract_bytes",
    "read_bytes",
]

#: Suffixes a folder search picks up; the content still decides the type.
SUPPORTED_SUFFIXES = (".pdf", ".docx", ".txt", ".md", ".markdown", ".html", ".htm", ".text")

_IMAGE_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"BM", "a BMP image"),
)


@dataclass(frozen=True)
class ExtractedText:
    """The clean text of one file and how it was read."""

    text: str
    file_type: str  # "pdf", "docx", "txt", "md" or "html"
    pages: int | None = None
    columns: bool = False
    letter_spaced: bool = False
    icon_glyphs: bool = False


def detect_type(head: bytes, suffix: str) -> str:
    """The document type from its first bytes; the suffix only decides between text kinds.

    Raises UnsupportedTypeError for images, spreadsheets, archives and binary data.
    """
    suffix = suffix.lower()
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "zip"  # decided by its members: DOCX, or another Office file, or an archive
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise UnsupportedTypeError(
            "this is an old binary Office file (.doc/.xls) or a password-protected one; "
            "save it as .docx or PDF and try again"
        )
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        raise UnsupportedTypeError("this is a WebP image; jdmatch reads text, not images (no OCR)")
    for magic, what in _IMAGE_MAGIC:
        if head.startswith(magic) and not (magic == b"BM" and suffix in (".txt", ".md")):
            raise UnsupportedTypeError(f"this is {what}; jdmatch reads text, not images (no OCR)")
    if head.startswith(b"{\\rtf"):
        raise UnsupportedTypeError("this is an RTF file; save it as .docx or PDF and try again")
    from jdmatch.extract.text import looks_binary

    if looks_binary(head):
        raise UnsupportedTypeError(
            "this is binary data, not a document jdmatch reads (PDF, DOCX, TXT, MD, HTML)"
        )
    if suffix in (".html", ".htm", ".xhtml"):
        return "html"
    if suffix in (".md", ".markdown"):
        return "md"
    return "text"


def extract(path: str | Path, *, settings: Settings | None = None) -> ExtractedText:
    """Read one file into clean text. Every failure is a JdmatchError naming the file."""
    settings = settings or Settings()
    return extract_bytes(_read(Path(path), settings.max_file_bytes), str(path), settings=settings)


def extract_bytes(data: bytes, name: str, *, settings: Settings | None = None) -> ExtractedText:
    """Like extract, for text already in memory (a row of a CSV of postings)."""
    settings = settings or Settings()
    path = Path(name)
    try:
        with time_budget(settings.time_limit, path):
            return _extract(path, data, settings)
    except UnsupportedTypeError as exc:
        if exc.path is None:
            raise UnsupportedTypeError(exc.message, path) from None
        raise


def read_bytes(path: str | Path, *, settings: Settings | None = None) -> bytes:
    """The bytes of one document file, within the size limit (for a cache keyed by content).

    ``extract_bytes(read_bytes(path), str(path))`` is ``extract(path)``.
    """
    settings = settings or Settings()
    return _read(Path(path), settings.max_file_bytes)


def _read(path: Path, max_bytes: int) -> bytes:
    try:
        info = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            raise UnreadableFileError(
                "the link points to a file that does not exist", path
            ) from None
        raise DocumentNotFoundError("no such file; check the path", path) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise UnreadableFileError("the path is a symbolic link loop", path) from None
        raise UnreadableFileError(f"cannot read the file ({exc.strerror})", path) from None
    if stat.S_ISDIR(info.st_mode):
        raise NotAFileError("this is a folder; give the path of a document file", path)
    if not stat.S_ISREG(info.st_mode):
        raise NotAFileError("this is not a regular file; give the path of a document", path)
    if info.st_size > max_bytes:
        raise FileTooLargeError(
            f"the file is {info.st_size / 1048576:.1f} MB, above the limit of "
            f"{max_bytes / 1048576:.0f} MB; pass --max-file-size to raise it",
            path,
        )
    try:
        with open(path, "rb") as f:
            return f.read(max_bytes + 1)
    except PermissionError:
        raise UnreadableFileError(
            "permission denied; check that you can read this file", path
        ) from None
    except OSError as exc:
        raise UnreadableFileError(
            f"cannot read the file ({exc.strerror or os.strerror(exc.errno or 0)})", path
        ) from None


def _extract(path: Path, data: bytes, settings: Settings) -> ExtractedText:
    if not data.strip():
        raise EmptyDocumentError("the file is empty; there is no text to read", path)
    kind = detect_type(data[:8192], path.suffix)
    flags = CleanupFlags()
    pages: int | None = None
    columns = False
    if kind == "pdf":
        from jdmatch.extract.pdf import pdf_to_text

        pdf = pdf_to_text(data, path, settings.max_pages)
        raw, pages, columns = pdf.text, pdf.pages, pdf.columns
    elif kind == "zip":
        kind, raw = _zip_text(path, data)
    else:
        from jdmatch.extract.html import decode_html, html_string_to_text, looks_like_html
        from jdmatch.extract.text import decode, markdown_to_text

        if kind == "html":
            raw = html_string_to_text(decode_html(data))
        else:
            raw = decode(data)
            if looks_like_html(raw):
                kind, raw = "html", html_string_to_text(raw)
            elif kind == "md":
                raw = markdown_to_text(raw)
            else:
                kind = "txt"
    text = clean_text(raw, flags)
    if not text:
        what = "only scripts, styles or markup" if kind == "html" else "no readable text"
        raise EmptyDocumentError(f"the document has {what}; there is nothing to match", path)
    if len(text) > settings.max_chars:
        raise FileTooLargeError(
            f"the document has {len(text):,} characters of text, above the limit of "
            f"{settings.max_chars:,}; pass --max-chars to raise it",
            path,
        )
    return ExtractedText(text, kind, pages, columns, flags.letter_spaced, flags.icon_glyphs)


def _zip_text(path: Path, data: bytes) -> tuple[str, str]:
    import io
    import zipfile

    from jdmatch.errors import CorruptFileError

    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except Exception as exc:  # zipfile raises many types on damaged archives
        if path.suffix.lower() == ".docx":
            raise CorruptFileError(
                "the Word file is damaged; open it in Word and save it again", path
            ) from exc
        raise UnsupportedTypeError("this is a damaged zip archive, not a document", path) from exc
    if any(name.startswith("xl/") for name in names):
        raise UnsupportedTypeError(
            "this is an Excel workbook; save the text as PDF, DOCX or TXT", path
        )
    if any(name.startswith("ppt/") for name in names):
        raise UnsupportedTypeError("this is a PowerPoint file; save it as PDF and try again", path)
    if not any(name.startswith("word/") for name in names):
        if path.suffix.lower() == ".docx":
            from jdmatch.extract.docx import check_package

            check_package(data, path, MAX_DOCX_UNCOMPRESSED_BYTES)
        raise UnsupportedTypeError(
            "this is a zip archive, not a document; unpack it and pass the files inside", path
        )
    from jdmatch.extract.docx import docx_to_text

    return "docx", docx_to_text(data, path, MAX_DOCX_UNCOMPRESSED_BYTES)
