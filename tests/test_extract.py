"""Extraction on real files: PDF layouts, DOCX order, web pages, text encodings, bad input."""

from __future__ import annotations

import contextlib
import io
import zipfile
from pathlib import Path

import docx
import pytest
from badfiles import BAD_INPUTS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jdmatch.errors import JdmatchError
from jdmatch.extract import extract, extract_bytes
from jdmatch.extract.clean import clean_text
from jdmatch.settings import Settings


def test_two_column_pdf_reads_one_column_after_the_other(samples: Path) -> None:
    result = extract(samples / "id" / "cv.pdf")
    assert result.file_type == "pdf"
    assert result.columns
    lines = result.text.splitlines()
    # No line mixes the sidebar and the main column.
    assert "KONTAK" in lines
    assert not any("KONTAK" in line and "RAHMA" in line for line in lines)
    sidebar_end = lines.index("LAINNYA")
    main_start = lines.index("RAHMA AYU LESTARI")
    assert sidebar_end < main_start or main_start < lines.index("KONTAK")


def test_letter_spaced_headings_become_words(samples: Path) -> None:
    result = extract(samples / "id" / "cv.pdf")
    assert result.letter_spaced
    assert "PENGALAMAN KERJA" in result.text.splitlines()
    assert "P E N" not in result.text


def test_docx_reads_tables_and_bullets_in_order(samples: Path) -> None:
    text = extract(samples / "en" / "cv.docx").text
    assert text.index("Work Experience") < text.index("Education") < text.index("Skills")
    # Skills sit in a table; they come out between their heading and the next section.
    assert text.index("Skills") < text.index("Power BI (DAX)") < text.index("Certifications")
    assert "• Built and maintain 25+ Power BI dashboards" in text


def test_docx_header_comes_first(samples: Path) -> None:
    path = samples / "postings" / "business-intelligence-analyst.docx"
    header = docx.Document(str(path)).sections[0].header.paragraphs[0].text
    assert header.strip()
    assert extract(path).text.startswith(header.strip().split()[0])


def test_docx_text_box_and_nbsp(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Name\u00a0Surname\twith tab")
    path = tmp_path / "cv.docx"
    document.save(str(path))
    assert extract(path).text == "Name Surname with tab"


def test_html_keeps_visible_text_only(samples: Path) -> None:
    result = extract(samples / "postings" / "marketing-analyst.html")
    assert result.file_type == "html"
    assert "Marketing Analyst" in result.text
    assert "function" not in result.text and "{" not in result.text  # no script or style
    assert "• Confident with SQL and with Excel or Google Sheets." in result.text.splitlines()


def test_html_detected_by_content_not_suffix(tmp_path: Path) -> None:
    path = tmp_path / "posting.txt"
    path.write_text(
        "<!DOCTYPE html><html><body><h1>Admin</h1><script>x()</script><p>Excel</p></body></html>"
    )
    result = extract(path)
    assert result.file_type == "html"
    assert [line for line in result.text.splitlines() if line] == ["Admin", "Excel"]


def test_pdf_detected_by_content_not_suffix(tmp_path: Path, samples: Path) -> None:
    path = tmp_path / "jd.txt"
    path.write_bytes((samples / "en" / "jd.pdf").read_bytes())
    assert extract(path).file_type == "pdf"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Lowongan: Staf Keuangan – gaji bersaing".encode(), "Staf Keuangan – gaji"),
        ("\ufeffUTF-8 with BOM: café".encode(), "UTF-8 with BOM: café"),
        ("UTF-16 résumé".encode("utf-16"), "UTF-16 résumé"),
        ("Legacy “quotes” café".encode("cp1252"), "Legacy “quotes” café"),
    ],
)
def test_text_encodings(tmp_path: Path, data: bytes, expected: str) -> None:
    path = tmp_path / "jd.txt"
    path.write_bytes(data)
    assert expected in extract(path).text


def test_clean_text_drops_icons_and_normalises_space() -> None:
    assert clean_text("\uf0e0 a@b.com\u00a0\u00a0|\t\uf095 0812") == "a@b.com | 0812"
    assert clean_text("S K I L L S") == "SKILLS"
    assert clean_text("W O R K  E X P E R I E N C E") == "WORK EXPERIENCE"
    assert clean_text("Vitamin A and C") == "Vitamin A and C"


@pytest.mark.parametrize("kind", sorted(BAD_INPUTS))
def test_bad_input_raises_a_named_error(tmp_path: Path, kind: str) -> None:
    build, word = BAD_INPUTS[kind]
    path = build(tmp_path)
    with pytest.raises(JdmatchError) as info:
        extract(path)
    message = str(info.value)
    assert "\n" not in message
    assert str(path) in message
    assert word.lower() in message.lower()


def test_size_limit_is_configurable(tmp_path: Path) -> None:
    path = tmp_path / "jd.txt"
    path.write_text("SQL and Excel. " * 200)
    with pytest.raises(JdmatchError, match="limit"):
        extract(path, settings=Settings(max_file_bytes=1000))
    assert extract(path).text


def test_page_limit(samples: Path) -> None:
    with pytest.raises(JdmatchError, match="pages"):
        extract(samples / "en" / "jd.pdf", settings=Settings(max_pages=1))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.binary(max_size=2048),
    name=st.sampled_from(["a.pdf", "a.docx", "a.txt", "a.md", "a.html"]),
)
def test_random_bytes_give_text_or_a_named_error(data: bytes, name: str) -> None:
    try:
        result = extract_bytes(data, name)
    except JdmatchError:
        return
    assert result.text.strip()


@settings(max_examples=30, deadline=None)
@given(cut=st.integers(min_value=0, max_value=100), flip=st.integers(min_value=0, max_value=255))
def test_mutated_real_files_give_text_or_a_named_error(samples: Path, cut: int, flip: int) -> None:
    for path in (samples / "en" / "jd.pdf", samples / "en" / "cv.docx"):
        data = bytearray(path.read_bytes())
        position = len(data) * cut // 101
        data[position] = flip
        with contextlib.suppress(JdmatchError):
            extract_bytes(bytes(data), path.name)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=st.binary(max_size=2048))
def test_random_bytes_after_a_pdf_header_reach_the_pdf_parser(body: bytes) -> None:
    """Past the type check: what the PDF parser makes of garbage is a named error too."""
    with contextlib.suppress(JdmatchError):
        extract_bytes(b"%PDF-1.7\n" + body, "a.pdf")


@settings(max_examples=60, deadline=None)
@given(
    xml=st.text(alphabet=st.sampled_from("<>/=\"'&;!?[] abw:pPrRtT\n#x0123456789"), max_size=300)
)
def test_random_xml_inside_a_docx_gives_text_or_a_named_error(xml: str) -> None:
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", xml)
    try:
        result = extract_bytes(data.getvalue(), "a.docx")
    except JdmatchError:
        return
    assert result.text.strip()


def test_blocks_a_scraper_glued_together_get_their_line_breaks_back() -> None:
    glued = (
        "Build video pipelines for millions of usersLead latency work across teams."
        "Plan upgrades.Requirements: Python and JavaScript on iPhone and macOS at the office."
        "Benefits"
    )
    lines = clean_text(glued).split("\n")
    assert lines == [
        "Build video pipelines for millions of users",
        "Lead latency work across teams.",
        "Plan upgrades.",
        "Requirements: Python and JavaScript on iPhone and macOS at the office.",
        "Benefits",
    ]
    # Twice is how people write (a code name, a typo), not a scrape: left as it is.
    assert (
        clean_text("We use useState and getElement.Done") == "We use useState and getElement.Done"
    )


def test_a_section_heading_glued_to_its_first_line_is_split_off() -> None:
    glued = (
        "Good pay.Benefits\nBenefitsWhat you get: a laptop.Then lunch.Requirements\nRequirementsYou"
    )
    assert clean_text(glued).split("\n") == [
        "Good pay.",
        "Benefits",
        "Benefits",
        "What you get: a laptop.",
        "Then lunch.",
        "Requirements",
        "Requirements",
        "You",
    ]
