"""Skill display names: Indonesian reports show the taxonomy's `name_id`, English ones `name`;
a user's taxonomy file in the old seven-column format still loads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jdmatch.analysis import Analysis, analyze
from jdmatch.errors import TaxonomyError
from jdmatch.report import render
from jdmatch.skills import find_skills
from jdmatch.taxonomy import (
    HEADER,
    HEADER_V1,
    Skill,
    Taxonomy,
    check_file,
    load_taxonomy,
    read_rows,
)

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.fixture(scope="module")
def reports() -> dict[str, Analysis]:
    """The Indonesian sample pair, reported in both languages."""
    jd, cv = SAMPLES / "id" / "jd.pdf", SAMPLES / "id" / "cv.pdf"
    return {lang: analyze(jd, cv, lang=lang) for lang in ("en", "id")}


def test_display_name_falls_back_to_the_canonical_name() -> None:
    skill = Skill("attention-to-detail", "Attention to Detail", "soft", name_id="Ketelitian")
    assert skill.display_name("id") == "Ketelitian"
    assert skill.display_name("en") == "Attention to Detail"
    plain = Skill("microsoft-excel", "Microsoft Excel", "tool")
    assert plain.display_name("id") == "Microsoft Excel"


def test_builtin_names_in_indonesian() -> None:
    taxonomy = load_taxonomy()
    expected = {
        "attention-to-detail": "Ketelitian",
        "teamwork": "Kerja Sama Tim",
        "time-management": "Manajemen Waktu",
        "financial-statements": "Laporan Keuangan",
        "warehouse-management": "Manajemen Gudang",
        "english": "Bahasa Inggris",
        "japanese": "Bahasa Jepang",
    }
    for skill_id, name in expected.items():
        skill = taxonomy.skills[skill_id]
        assert skill.display_name("id") == name
        assert skill.display_name("en") == skill.name != name
    # Tool names stay as they are; the canonical name is never replaced.
    assert taxonomy.skills["microsoft-excel"].display_name("id") == "Microsoft Excel"
    assert taxonomy.skills["attention-to-detail"].name == "Attention to Detail"
    translated = [s for s in taxonomy.skills.values() if s.name_id]
    assert len(translated) >= 300
    assert all(s.name_id != s.name and s.name_id.strip() == s.name_id for s in translated)


def test_reports_name_skills_in_their_language(reports: dict[str, Analysis]) -> None:
    ids = {r.skill.id for r in reports["id"].match.requirements}
    assert "attention-to-detail" in ids
    indonesian = render(reports["id"], "md")
    english = render(reports["en"], "md")
    assert "| Ketelitian |" in indonesian
    assert "Attention to Detail" not in indonesian
    assert "| Attention to Detail |" in english
    assert "Ketelitian" not in english


def test_json_keeps_the_canonical_name_and_adds_the_display_name(
    reports: dict[str, Analysis],
) -> None:
    for lang, display in (("id", "Ketelitian"), ("en", "Attention to Detail")):
        data = json.loads(render(reports[lang], "json"))
        skill = next(
            r["skill"] for r in data["requirements"] if r["skill"]["id"] == "attention-to-detail"
        )
        assert skill["name"] == "Attention to Detail"
        assert skill["display_name"] == display


def test_a_seven_column_user_file_still_loads(tmp_path: Path) -> None:
    old = tmp_path / "old.csv"
    old.write_text(
        ",".join(HEADER_V1) + "\nmy-tool,My Tool,tool,,mytool;my-tool app,,python\n",
        encoding="utf-8",
    )
    assert check_file(old) == []
    taxonomy = load_taxonomy((old,))
    skill = taxonomy.skills["my-tool"]
    assert skill.name_id == ""
    assert skill.display_name("id") == "My Tool"
    assert skill.implies == ("python",)


def test_an_eight_column_user_file_gives_its_indonesian_name(tmp_path: Path) -> None:
    new = tmp_path / "new.csv"
    new.write_text(
        ",".join(HEADER) + "\n"
        "kite-sewing,Kite Sewing,technical,,kite sewing;jahit layangan,,,Menjahit Layangan\n"
        "zorbl-skill,Zorbl Skill,technical,,zorblskill,,,Zorbl Skill\n",
        encoding="utf-8",
    )
    assert check_file(new) == []
    taxonomy = load_taxonomy((new,))
    assert taxonomy.skills["kite-sewing"].display_name("id") == "Menjahit Layangan"
    assert taxonomy.skills["zorbl-skill"].name_id == ""  # the same as name: nothing to show
    # The Indonesian name is shown, not matched: only the aliases find the skill.
    assert ("menjahit", "layangan") not in taxonomy.table


def test_a_row_must_have_as_many_columns_as_its_header() -> None:
    seven = ",".join(HEADER_V1) + "\nmy-tool,My Tool,tool,,,,,Alat Saya\n"
    with pytest.raises(TaxonomyError, match="line 2 has 8 columns, not 7"):
        list(read_rows(seven, "seven.csv"))
    eight = ",".join(HEADER) + "\nmy-tool,My Tool,tool,,,,\n"
    with pytest.raises(TaxonomyError, match="line 2 has 7 columns, not 8"):
        list(read_rows(eight, "eight.csv"))
    with pytest.raises(TaxonomyError, match="header"):
        list(read_rows("id,name,category\nx,X,tool\n", "short.csv"))


def test_a_language_requirement_is_worded_in_the_report_language(tmp_path: Path) -> None:
    jd = tmp_path / "jd.txt"
    jd.write_text(
        "Staff Admin\nKualifikasi:\n- Mampu berbahasa Inggris aktif (lisan dan tulisan)\n"
        "- Menguasai Microsoft Excel\n",
        encoding="utf-8",
    )
    cv = tmp_path / "cv.txt"
    cv.write_text(
        "Budi Santoso\nKeahlian\n- Microsoft Excel\n- Bahasa Inggris (aktif)\n", encoding="utf-8"
    )
    indonesian = render(analyze(jd, cv, lang="id"), "md")
    english = render(analyze(jd, cv, lang="en"), "md")
    # The hard-requirements row names the language as the report's language does.
    assert "| Bahasa Inggris, aktif |" in indonesian
    assert "English" not in indonesian
    assert "| English, " in english


#: Skills whose Indonesian name, written in a document, does not find the skill itself. Keep
#: it small: a report advises adding a missing skill's name to the CV, which must then match.
NAME_ID_NOT_MATCHED = {
    # "akuntansi keuangan" as an alias would also fire on the list of majors
    # "S1 Akuntansi/Keuangan" (a slash joins an alias's words) as a technical skill; the name
    # still finds Accounting, a skill of the same family.
    "financial-accounting",
    # A bucket for curricula without a skill of their own: a CV names the curriculum (EYFS,
    # AP, Singapore Math), never "other international curricula".
    "other-international-curricula",
}


def _names_not_matched(taxonomy: Taxonomy) -> list[str]:
    """Ids of the skills whose Indonesian name does not find the skill itself."""
    return sorted(
        skill.id
        for skill in taxonomy.skills.values()
        if skill.name_id
        and skill.id not in {m.skill.id for m in find_skills(skill.name_id, taxonomy=taxonomy)}
    )


def test_every_indonesian_name_finds_its_own_skill() -> None:
    unmatched = _names_not_matched(load_taxonomy())
    unexpected = [skill_id for skill_id in unmatched if skill_id not in NAME_ID_NOT_MATCHED]
    assert unexpected == [], "list each name_id (or its usual form) under the skill's aliases"
    # An entry whose name now finds its skill is no exception any more.
    assert sorted(NAME_ID_NOT_MATCHED - set(unmatched)) == []


def test_an_indonesian_name_that_finds_nothing_is_caught(tmp_path: Path) -> None:
    mine = tmp_path / "mine.csv"
    mine.write_text(
        ",".join(HEADER) + "\n"
        "kite-sewing,Kite Sewing,technical,,kite sewing;jahit layangan,,,Menjahit Layangan\n"
        "kite-flying,Kite Flying,technical,,kite flying;main layangan,,,Main Layangan\n",
        encoding="utf-8",
    )
    unmatched = _names_not_matched(load_taxonomy((mine,)))
    assert "kite-sewing" in unmatched
    assert "kite-flying" not in unmatched
