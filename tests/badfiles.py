"""Broken and hostile input files, made on demand (real files, not mocks).

Each builder writes one file into a folder and returns its path.
"""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Callable
from pathlib import Path

from fpdf import FPDF

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _pdf(text: str = "A page of text.") -> FPDF:
    pdf = FPDF()
    pdf.set_creation_date(__import__("datetime").datetime(2024, 1, 1))
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 8, text)
    return pdf


def empty(folder: Path) -> Path:
    path = folder / "empty.pdf"
    path.write_bytes(b"")
    return path


def whitespace(folder: Path) -> Path:
    path = folder / "blank.txt"
    path.write_text("   \n\t\n  \n", encoding="utf-8")
    return path


def truncated_pdf(folder: Path) -> Path:
    data = (SAMPLES / "en" / "jd.pdf").read_bytes()
    path = folder / "truncated.pdf"
    path.write_bytes(data[: len(data) // 3])
    return path


def header_only_pdf(folder: Path) -> Path:
    path = folder / "header-only.pdf"
    path.write_bytes(b"%PDF-1.7\n")
    return path


def random_pdf(folder: Path) -> Path:
    path = folder / "random.pdf"
    path.write_bytes(bytes((i * 7919 + 13) % 256 for i in range(4096)))
    return path


def random_docx(folder: Path) -> Path:
    path = folder / "random.docx"
    path.write_bytes(bytes((i * 104729 + 7) % 256 for i in range(4096)))
    return path


def encrypted_pdf(folder: Path) -> Path:
    pdf = _pdf("Confidential curriculum vitae.")
    pdf.set_encryption(owner_password="owner", user_password="user")
    path = folder / "encrypted.pdf"
    pdf.output(str(path))
    return path


def scanned_pdf(folder: Path) -> Path:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (600, 300), "white")
    ImageDraw.Draw(image).text((20, 20), "Curriculum vitae (scanned)", fill="black")
    png = folder / "scan.png"
    image.save(png)
    pdf = FPDF()
    pdf.add_page()
    pdf.image(str(png), x=10, y=10, w=180)
    path = folder / "scanned.pdf"
    pdf.output(str(path))
    png.unlink()
    return path


def docx_without_document(folder: Path) -> Path:
    path = folder / "no-document.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/styles.xml", "<styles/>")
    return path


def corrupt_docx(folder: Path) -> Path:
    path = folder / "corrupt.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document><w:body><w:p>unclosed")
    return path


def binary_txt(folder: Path) -> Path:
    path = folder / "binary.txt"
    path.write_bytes(b"\x00\x01\x02\x03garbage\x00" * 100)
    return path


def image_md(folder: Path) -> Path:
    path = folder / "picture.md"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    return path


def png(folder: Path) -> Path:
    path = folder / "cv.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    return path


def xlsx(folder: Path) -> Path:
    path = folder / "jobs.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
    return path


def plain_zip(folder: Path) -> Path:
    path = folder / "files.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("a.txt", "hello")
    return path


def scripts_only_html(folder: Path) -> Path:
    path = folder / "scripts.html"
    path.write_text(
        "<!doctype html><html><head><style>p{}</style></head><body>"
        "<script>var job = 'Data Analyst';</script></body></html>",
        encoding="utf-8",
    )
    return path


def directory(folder: Path) -> Path:
    path = folder / "a-folder"
    path.mkdir()
    return path


def missing(folder: Path) -> Path:
    return folder / "does-not-exist.pdf"


def symlink_loop(folder: Path) -> Path:
    a, b = folder / "loop-a.pdf", folder / "loop-b.pdf"
    os.symlink(b, a)
    os.symlink(a, b)
    return a


def too_large_txt(folder: Path) -> Path:
    path = folder / "huge.txt"
    line = b"Experienced analyst with SQL and Excel skills.\n"
    with open(path, "wb") as f:
        for _ in range((21 * 1024 * 1024) // len(line) + 1):
            f.write(line)
    return path


def zip_bomb_docx(folder: Path) -> Path:
    """A DOCX whose document.xml declares a huge uncompressed size (inflates to ~1 GB)."""
    path = folder / "bomb.docx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b" " * (1024 * 1024)
            for _ in range(300):
                member.write(chunk)
    path.write_bytes(buffer.getvalue())
    return path


def billion_laughs_docx(folder: Path) -> Path:
    path = folder / "laughs.docx"
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
        for i in range(1, 10)
    )
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE lolz [{entities}]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", xml)
    return path


def many_pages_pdf(folder: Path) -> Path:
    """A PDF of 2,000 pages: above the page limit."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=8)
    for number in range(2000):
        pdf.add_page()
        pdf.text(10, 10, f"Page {number}")
    path = folder / "book.pdf"
    pdf.output(str(path))
    return path


def dense_pdf(folder: Path, pages: int = 12) -> Path:
    """A real PDF packed with small text: slow to read, for the time and character limits."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=5)
    line = "Analyst with SQL, Excel, Python and stakeholder management experience. " * 3
    for _ in range(pages):
        pdf.add_page()
        for y in range(4, 292, 2):
            pdf.text(2, y, line)
    path = folder / "dense.pdf"
    pdf.output(str(path))
    return path


#: name -> (builder, a word the one-line error must contain)
BAD_INPUTS: dict[str, tuple[Callable[[Path], Path], str]] = {
    "missing": (missing, "no such file"),
    "directory": (directory, "folder"),
    "empty": (empty, "empty"),
    "whitespace": (whitespace, "empty"),
    "png": (png, "image"),
    "xlsx": (xlsx, "Excel"),
    "zip": (plain_zip, "zip archive"),
    "truncated_pdf": (truncated_pdf, "damaged"),
    "header_only_pdf": (header_only_pdf, "damaged"),
    "random_pdf": (random_pdf, "binary"),
    "random_docx": (random_docx, "binary"),
    "encrypted_pdf": (encrypted_pdf, "password"),
    "scanned_pdf": (scanned_pdf, "scan"),
    "docx_without_document": (docx_without_document, "word/document.xml"),
    "corrupt_docx": (corrupt_docx, "damaged"),
    "binary_txt": (binary_txt, "binary"),
    "image_md": (image_md, "image"),
    "scripts_only_html": (scripts_only_html, "scripts"),
    "symlink_loop": (symlink_loop, "loop"),
    "too_large": (too_large_txt, "limit"),
    "zip_bomb_docx": (zip_bomb_docx, "zip bomb"),
    "billion_laughs_docx": (billion_laughs_docx, "entities"),
    "many_pages_pdf": (many_pages_pdf, "pages"),
}
