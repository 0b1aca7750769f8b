"""Word documents: body paragraphs and tables in reading order, headers first, text boxes too."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from jdmatch.errors import CorruptFileError, FileTooLargeError, JdmatchError

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_P, _TBL, _TR, _TC, _SDT, _SDT_CONTENT = (
    _W + name for name in ("p", "tbl", "tr", "tc", "sdt", "sdtContent")
)
_T, _TAB, _BR, _CR, _NB_HYPHEN = (_W + name for name in ("t", "tab", "br", "cr", "noBreakHyphen"))
_TXBX, _PPR, _NUMPR, _PSTYLE, _VAL = (
    _W + name for name in ("txbxContent", "pPr", "numPr", "pStyle", "val")
)
_DEL, _INSTR = _W + "del", _W + "instrText"
_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)


def check_package(data: bytes, path: Path, max_uncompressed: int) -> None:
    """Refuse a DOCX that is not a Word package, would inflate past the limit, or declares
    XML entities (the "billion laughs" attack), reading only the zip directory and one header."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            names = {info.filename for info in infos}
            if "word/document.xml" not in names:
                raise CorruptFileError(
                    "not a complete Word document (word/document.xml is missing); "
                    "open it in Word and save it again as .docx",
                    path,
                )
            if sum(info.file_size for info in infos) > max_uncompressed:
                raise FileTooLargeError(
                    f"the Word package would inflate to more than "
                    f"{max_uncompressed // (1024 * 1024)} MB; it is refused as a likely zip bomb",
                    path,
                )
            with archive.open("word/document.xml") as member:
                head = member.read(4096)
    except JdmatchError:
        raise
    except Exception as exc:  # zipfile and zlib raise many types on damaged archives
        raise CorruptFileError(
            f"the Word file is damaged ({type(exc).__name__}); open it in Word and save it again",
            path,
        ) from exc
    if _DOCTYPE.search(head):
        raise CorruptFileError(
            "the Word file declares XML entities, which Word never writes; it is refused as unsafe",
            path,
        )


def docx_to_text(data: bytes, path: Path, max_uncompressed: int) -> str:
    """The text of a DOCX file: headers, then body paragraphs and table cells in order."""
    check_package(data, path, max_uncompressed)
    import docx  # python-docx; imported here so that start-up stays light

    try:
        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        seen_headers: set[str] = set()
        for section in document.sections:
            for header in (section.first_page_header, section.header):
                if header.is_linked_to_previous:
                    continue
                text = "\n".join(_block_lines(header._element))
                if text.strip() and text not in seen_headers:
                    seen_headers.add(text)
                    lines.append(text)
        lines.extend(_block_lines(document.element.body))
    except Exception as exc:  # python-docx and lxml raise many types for damaged packages
        raise CorruptFileError(
            f"the Word file is damaged ({type(exc).__name__}); open it in Word and save it again",
            path,
        ) from exc
    return "\n".join(lines)


def _block_lines(container: Any) -> Iterator[str]:
    for child in container:
        tag = child.tag
        if tag == _P:
            yield from _paragraph_lines(child)
        elif tag == _TBL:
            yield from _table_lines(child)
        elif tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _block_lines(content)
        elif isinstance(tag, str) and tag.endswith(("}customXml", "}smartTag")):
            yield from _block_lines(child)


def _table_lines(table: Any) -> Iterator[str]:
    # Row by row, cell by cell: a two-column CV laid out as a one-row table reads left
    # column, then right column.
    for row in table.iter(_TR):
        if row.getparent() is not table:
            continue  # rows of nested tables are read through their cell
        for cell in row.iterchildren(_TC):
            yield from _block_lines(cell)


def _paragraph_lines(paragraph: Any) -> Iterator[str]:
    parts: list[str] = []
    boxes: list[Any] = []

    def walk(element: Any) -> None:
        for child in element:
            tag = child.tag
            if tag == _T:
                parts.append(child.text or "")
            elif tag == _TAB:
                parts.append("\t")
            elif tag in (_BR, _CR):
                parts.append("\n")
            elif tag == _NB_HYPHEN:
                parts.append("-")
            elif tag == _TXBX:
                boxes.append(child)
            elif tag in (_MC_FALLBACK, _DEL, _INSTR, _PPR):
                continue  # fallback copies of text boxes, deleted text, field codes
            else:
                walk(child)

    walk(paragraph)
    text = "".join(parts)
    if text.strip():
        if _is_list_item(paragraph) and not text.lstrip().startswith(("•", "-", "*")):
            text = "• " + text.lstrip()
        yield text
    for box in boxes:
        yield from _block_lines(box)


def _is_list_item(paragraph: Any) -> bool:
    properties = paragraph.find(_PPR)
    if properties is None:
        return False
    if properties.find(_NUMPR) is not None:
        return True
    style = properties.find(_PSTYLE)
    return style is not None and "list" in (style.get(_VAL) or "").lower()
