"""Parsing: sections in English and Indonesian, bullets, language, CV jobs."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from jdmatch.parse import detect_language, heading_kind, parse

ID_JD = """Lowongan Kerja Staff Accounting
PT Maju Jaya Abadi
Tanggung Jawab :
- Membuat jurnal harian
- Menyusun laporan keuangan bulanan
Kualifikasi:
1. Pendidikan minimal S1 Akuntansi
2. Pengalaman minimal 2 tahun
Nilai Plus:
- Memiliki Brevet A/B
Fasilitas
- BPJS Kesehatan
"""

EN_CV = """Jane Doe
jane@example.com | Jakarta
PROFESSIONAL SUMMARY
Analyst with 5 years of experience.
W O R K  E X P E R I E N C E
Data Analyst | PT Data Nusantara | Mar 2021 - Present
• Built 20 dashboards used by 3 teams, cutting report time by
50% for the finance team.
• Wrote SQL models.
Junior Analyst
Toko Online Sejahtera
Januari 2019 – Februari 2021
• Cleaned survey data.
EDUCATION
S1 Statistika, Universitas Indonesia, 2014 - 2018
"""


def test_indonesian_jd_sections_and_language() -> None:
    doc = parse(ID_JD, kind="jd")
    assert doc.language == "id"
    kinds = [s.kind for s in doc.sections]
    assert kinds == ["about", "responsibilities", "requirements", "nice_to_have", "benefits"]
    bullets = [line.text for line in doc.lines if line.bullet]
    assert "Membuat jurnal harian" in bullets
    assert "Pendidikan minimal S1 Akuntansi" in bullets
    assert doc.title == "Staff Accounting"
    assert doc.organisation == "PT Maju Jaya Abadi"


def test_cv_sections_jobs_and_wrapped_bullets() -> None:
    doc = parse(EN_CV, kind="cv")
    assert doc.language == "en"
    assert [s.kind for s in doc.sections] == ["header", "summary", "experience", "education"]
    joined = [line.text for line in doc.lines if line.text.startswith("Built 20")]
    assert joined == [
        "Built 20 dashboards used by 3 teams, cutting report time by 50% for the finance team."
    ]
    jobs = [(e.role, e.organisation, e.start, e.end) for e in doc.experiences]
    assert jobs == [
        ("Data Analyst", "PT Data Nusantara", "Mar 2021", "Present"),
        ("Junior Analyst", "Toko Online Sejahtera", "Januari 2019", "Februari 2021"),
    ]


def test_headings_in_both_languages() -> None:
    assert heading_kind("Requirements:", "jd") == "requirements"
    assert heading_kind("KUALIFIKASI", "jd") == "requirements"
    assert heading_kind("What you'll be doing", "jd") == "responsibilities"
    assert heading_kind("Pengalaman Kerja", "cv") == "experience"
    assert heading_kind("WORKEXPERIENCE", "cv") == "experience"  # letter-spaced, joined
    assert heading_kind("Keahlian", "cv") == "skills"
    assert heading_kind("- Experience with Tableau", "jd") is None
    assert heading_kind("We use Excel every day", "jd") is None


def test_language_detection() -> None:
    assert detect_language("Kami mencari kandidat yang memiliki pengalaman di bidang ini") == "id"
    assert detect_language("We are looking for a candidate with experience in the field") == "en"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=600), st.sampled_from(["jd", "cv"]))
def test_parse_never_crashes_and_lines_point_into_text(text: str, kind: str) -> None:
    doc = parse(text, kind=kind)
    for line in doc.lines:
        assert doc.text[line.start : line.end] == line.text
        assert doc.line_at(line.start) == line


def test_guess_kind_tells_a_cv_from_a_posting(samples: Path) -> None:
    from jdmatch.extract import extract
    from jdmatch.parse import guess_kind

    assert guess_kind(extract(samples / "en" / "jd.pdf").text) == "jd"
    assert guess_kind(extract(samples / "id" / "jd.pdf").text) == "jd"
    assert guess_kind(extract(samples / "en" / "cv.docx").text) == "cv"
    assert guess_kind(extract(samples / "id" / "cv.pdf").text) == "cv"
    posting = "Kami mencari Staff Admin.\nKualifikasi:\n- Pendidikan minimal SMA\n- Menguasai Excel"
    assert guess_kind(posting) == "jd"
    cv = "Budi Santoso\nEmail: budi@example.com\nPengalaman Kerja\nAdmin, PT Maju\n2019 - Sekarang"
    assert guess_kind(cv) == "cv"
    assert guess_kind("") == "jd"  # nothing to go on: read as a posting


def test_skills_reads_a_cv_as_a_cv_by_default(cli_invoke, samples: Path) -> None:
    result = cli_invoke("skills", samples / "en" / "cv.docx", "--explain")
    assert result.exit_code == 0, result.stderr
    assert "about the company" not in result.stdout
    assert "required (section)" not in result.stdout
    forced = cli_invoke("skills", samples / "en" / "cv.docx", "--kind", "jd", "--explain")
    assert "required (section)" in forced.stdout


def _sections(text: str) -> dict[str, str]:
    return {line.text: line.section for line in parse(text, kind="jd").lines}


def test_a_label_inside_a_requirements_list_does_not_end_it() -> None:
    # "Location: Jakarta" names a heading's word, but as a bullet or with its value on the
    # line it is one more fact of the list, not a new section.
    found = _sections(
        "Data Engineer\nRequirements:\n- 3+ years of Python\n- Location: Jakarta\n"
        "- Fluent in English\n- Experience with Airflow\n"
    )
    assert found["Fluent in English"] == found["Experience with Airflow"] == "requirements"
    found = _sections(
        "Tanggung Jawab:\n- Mengelola stok\nPenempatan: Cikarang\n- Membuat laporan harian\n"
        "Kualifikasi:\n- Pendidikan minimal SMA\n- Penempatan: Cikarang\n- Menguasai Excel\n"
    )
    assert found["Membuat laporan harian"] == "responsibilities"
    assert found["Menguasai Excel"] == "requirements"


def test_a_real_heading_after_a_requirements_list_still_starts_its_section() -> None:
    found = _sections(
        "Requirements:\n- SQL\n- Location: Jakarta\nBenefits:\n- BPJS Kesehatan\n"
        "Tentang Perusahaan\nKami adalah distributor makanan.\nLokasi:\nJakarta Selatan\n"
    )
    assert found["BPJS Kesehatan"] == "benefits"
    assert found["Kami adalah distributor makanan."] == "about"
    assert found["Jakarta Selatan"] == "other"


def test_a_bullet_wrapped_inside_brackets_or_after_a_comma_is_joined() -> None:
    doc = parse(
        "Requirements\n- Bachelor's degree in Statistics or related field (Mathematics, Economics,"
        "\nIndustrial Engineering).\n- Advanced Excel, Power BI,\nTableau and Looker.\n- SQL\n",
        kind="jd",
    )
    assert [line.text for line in doc.lines[1:]] == [
        "Bachelor's degree in Statistics or related field (Mathematics, Economics, "
        "Industrial Engineering).",
        "Advanced Excel, Power BI, Tableau and Looker.",
        "SQL",
    ]


_TITLE_TAILS = st.sampled_from(
    ["as", "As a", "AS AN", "sebagai", "Posisi", "POSITION", "posİsİ", "aſ", "as\t:", "as :"]
)


@given(st.text(max_size=30), _TITLE_TAILS, st.text(alphabet=" \t:\u00a0", max_size=4))
@settings(max_examples=300, deadline=None)
def test_the_title_cue_pre_check_never_skips_a_line_the_pattern_finds(
    head: str, cue: str, tail: str
) -> None:
    from jdmatch.parse import _INTRODUCES_TITLE, _may_introduce_title

    for text in (head + " " + cue + tail, head + cue + tail, head + tail):
        if _INTRODUCES_TITLE.search(text):
            assert _may_introduce_title(text)


_LEGAL_PIECES = ["PT", "CV", " ", "Maju", "Ltd", "Inc", "Tbk", "abc", ".", ",", "P", "T", "C"]


@given(st.lists(st.sampled_from(_LEGAL_PIECES), max_size=10).map("".join))
@settings(max_examples=200, deadline=None)
def test_a_line_without_a_legal_word_holds_no_legal_name(words: str) -> None:
    from jdmatch.parse import _LEGAL_NAME, _LEGAL_NAME_WORDS

    if _LEGAL_NAME.search(words):
        assert any(word in words for word in _LEGAL_NAME_WORDS)
