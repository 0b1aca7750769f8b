"""Skill finding: aliases resolve, ordinary words do not fire, offsets stay true."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jdmatch import find_skills
from jdmatch.parse import parse
from jdmatch.skills import document_mentions, requirement_level
from jdmatch.taxonomy import _builtin_sources, compile_builtin


def ids(text: str) -> list[str]:
    return [m.skill.id for m in find_skills(text)]


def names(text: str) -> set[str]:
    return {m.skill.name for m in find_skills(text)}


def test_taxonomy_is_large_and_covers_fields() -> None:
    taxonomy = compile_builtin(_builtin_sources())  # from the CSV files, not the cache
    assert len(taxonomy) >= 3000
    categories = {s.category for s in taxonomy.skills.values()}
    assert {"tool", "technical", "soft", "language", "certification", "licence"} <= categories
    assert not taxonomy.clashes, taxonomy.clashes[:5]


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Experience with k8s and Docker", "Kubernetes"),
        ("Menguasai Ms. Excel dan Word", "Microsoft Excel"),
        ("Mahir MS Excel (VLOOKUP, Pivot Table)", "Microsoft Excel"),
        ("Built front ends in ReactJS", "React"),
        ("Built front ends in React.js", "React"),
        ("memiliki jiwa kepemimpinan", "Leadership"),
        ("kerja sama tim yang baik", "Teamwork"),
        ("Memahami PPh 21 dan e-Faktur", "e-Faktur"),
        ("Memiliki SIM C", "SIM C"),
        ("Bahasa Inggris aktif", "English"),
        ("Backend services in Golang", "Go"),
        ("Languages: Go, Python and Rust", "Go"),
        ("Statistics in R and Python", "R"),
        ("Firmware in C and C++", "C"),
        ("Microsoft Word, Excel and Access", "Microsoft Access"),
        ("Services in .NET and C#", ".NET"),
        ("Languages: C, C++, Java", "C"),
        ("Java (Spring 4), Hibernate", "Spring Framework"),
        ("Degree in Computer Science", "Computer Science"),
    ],
)
def test_aliases_resolve(text: str, skill: str) -> None:
    assert skill in names(text), names(text)


@pytest.mark.parametrize(
    ("text", "not_skill"),
    [
        ("We want a go-getter who can go live fast", "Go"),
        ("Let's go to the market together", "Go"),
        ("Budget for R&D projects", "R"),
        ("Memiliki SIM C", "C"),
        ("Strong C++ and C# skills", "C"),
        ("Memiliki SIM A/C", "C"),
        ("Excellent communication skills", "Microsoft Excel"),
        ("You will excel in a fast-paced team", "Microsoft Excel"),
        ("Put your ideas into word and action", "Microsoft Word"),
        ("In other words, we value ownership", "Microsoft Word"),
        ("Modern JavaScript and TypeScript", "Java"),
        ("You will have access to the data warehouse", "Microsoft Access"),
        ("Access to training and mentoring", "Microsoft Access"),
        ("Maintain the office network and printers", ".NET"),
        ("A levels: Maths (A), Physics (B), Science (C); Java, SQL", "C"),
        ("Budget for R & D in Python and SQL", "R"),
        ("Vetter, R., Brown, J. (2012). Python and SQL in teaching", "R"),
        ("Referees: Miss R Williams, Head of ICT (Python, SQL)", "R"),
        ("Migrated data from legacy systems to SAP R/3 with Java", "R"),
        ("Lecturer, Department of Computer Science (Java, SQL)", "Computer Science"),
        ("Member, American Public Health Association", "Public Health"),
        ("Teaching assistant, Spring 2014: Java and SQL labs", "Spring Framework"),
        ("Python and SQL every day; for the rest of the week our motto is Go", "Go"),
    ],
)
def test_ordinary_words_do_not_fire(text: str, not_skill: str) -> None:
    assert not_skill not in names(text), names(text)


def test_longest_alias_wins() -> None:
    assert [m.alias for m in find_skills("Mahir Microsoft Excel")] == ["Microsoft Excel"]
    found = find_skills("Memiliki SIM C dan SIM A")
    assert [m.skill.name for m in found] == ["SIM C", "SIM A"]


def test_mentions_carry_true_offsets() -> None:
    text = "Tools: SQL, Tableau and Python (pandas)."
    for mention in find_skills(text):
        assert text[mention.start : mention.end] == mention.alias


def test_requirement_levels() -> None:
    assert requirement_level("Experience with dbt is a plus", "requirements")[0] == "nice"
    assert requirement_level("Brevet A/B menjadi nilai plus", "requirements")[0] == "nice"
    assert requirement_level("Diutamakan memiliki SIM C", "requirements")[0] == "nice"
    assert requirement_level("Wajib menguasai Accurate", "requirements")[0] == "required"
    assert requirement_level("SQL", "nice_to_have")[0] == "nice"
    assert requirement_level("Must know SQL", "requirements") == ("required", "must")


def test_jd_company_sections_do_not_produce_skills() -> None:
    jd = parse(
        "About us\nWe build Excel add-ins.\nRequirements\n- SQL\nBenefits\n- Free Python course\n",
        kind="jd",
    )
    found = [m.skill.name for m in document_mentions(jd)]
    assert "SQL" in found
    assert not {"Mathematics", "Economics", "Industrial Engineering"} & set(found)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_random_text_never_crashes_and_offsets_hold(text: str) -> None:
    for mention in find_skills(text):
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.alias


def test_taxonomy_files_are_sorted_with_unique_ids_and_known_implications() -> None:
    from jdmatch.taxonomy import read_rows

    seen: dict[str, str] = {}
    implied: list[tuple[str, str]] = []
    for name, text in _builtin_sources():
        if not name.endswith(".csv"):
            continue
        ids = [skill.id for skill in read_rows(text, name)]
        assert ids == sorted(ids), f"{name} is not sorted by id"
        for skill in read_rows(text, name):
            assert skill.id not in seen, f"{skill.id} in {name} and {seen.get(skill.id)}"
            seen[skill.id] = name
            implied.extend((skill.id, target) for target in skill.implies)
    assert all(target in seen for _, target in implied)


def test_indonesian_affixed_forms_resolve() -> None:
    assert "Communication" in names("Mampu berkomunikasi dengan baik")
    assert "Communication" in names("Pribadi yang komunikatif")
    assert "Leadership" in names("Berpengalaman memimpin tim")
    assert "Negotiation" in names("Mampu bernegosiasi dengan vendor")
    assert "Attention to Detail" in names("Teliti dan rapi")


def test_sales_is_one_consistent_rule() -> None:
    # Our call: the word "sales" names the Sales field of work wherever it stands, in a JD and
    # in a CV alike; a department ("sales team", "tim sales") is not a skill.
    assert "Sales" in names("3 years of sales experience")
    assert "Sales" in names("Pengalaman di bidang sales minimal 1 tahun")
    assert "Sales" not in names("Coordinate with the sales team on pricing")
    assert "Sales" not in names("Berkoordinasi dengan tim sales")


def test_a_field_of_study_wrapped_onto_the_next_line_is_no_skill() -> None:
    # A PDF wraps the degree's list of fields: the second half is still the degree's.
    jd = parse(
        "Requirements\n- Bachelor's degree in Statistics or related field (Mathematics, Economics,"
        "\nIndustrial Engineering).\n- Strong SQL\n",
        kind="jd",
    )
    found = [m.skill.name for m in document_mentions(jd)]
    assert "SQL" in found
    assert not {"Mathematics", "Economics", "Industrial Engineering"} & set(found)


def test_skills_after_a_location_bullet_still_count() -> None:
    jd = parse(
        "Data Engineer\nRequirements:\n- 3+ years of Python\n- Location: Jakarta\n"
        "- Experience with Airflow\n",
        kind="jd",
    )
    assert [m.skill.name for m in document_mentions(jd)] == ["Python", "Apache Airflow"]


@pytest.mark.parametrize(
    "org", ["Institute", "institute", "\u0130nstitute", "Inst\u0131tute", "In\u017ftitute"]
)
def test_an_organisations_name_is_found_in_any_case(org: str) -> None:
    # The search before a mention is skipped where no organisation's word is in reach; that
    # quick test must see the word in every case the search itself reads ("ı", "İ", "ſ").
    text = f"Researcher, {org} of Public Health (Python, SQL)"
    assert names(text) == {"Python", "SQL"}
    assert "Public Health" in names("Researcher in Public Health (Python, SQL)")


def test_a_strict_name_in_capitals_counts_beside_another_skill() -> None:
    names = [m.skill.name for m in find_skills("DOS, WINDOWS and Linux platforms")]
    assert "Microsoft Windows" in names
    assert [m.alias for m in find_skills("Oracle database and TOAD for querying")][-1] == "TOAD"
    # Alone, capitals are a shout, not a tool: "WINDOWS", "GO", "ACCESS" are words.
    assert find_skills("I OPEN THE WINDOWS EVERY DAY") == []
    assert find_skills("ACCESS TO CAPITAL") == []
    assert [m.skill.name for m in find_skills("SKILLS: GO, PYTHON")] == ["Python"]  # two letters


def test_video_streaming_stack_and_mpeg_ts_is_not_typescript() -> None:
    text = "Video streaming with HLS, DASH, RTMP, WebRTC, MPEG TS and CMAF; transcoding in FFmpeg."
    names = {m.skill.name for m in find_skills(text)}
    assert {"HLS (HTTP Live Streaming)", "MPEG-DASH", "RTMP", "CMAF", "FFmpeg"} <= names
    assert "TypeScript" not in names


def test_willingness_to_relocate_or_travel_is_a_condition_not_a_skill() -> None:
    # The hard requirements check relocation and travel; as skills they were counted twice,
    # and "Willing to relocate: Pune" in a CV is a preference, not something one can do.
    assert find_skills("Willing to relocate to: Pune, Maharashtra") == []
    assert find_skills("Bersedia ditempatkan di seluruh Indonesia") == []
    assert find_skills("Willing to travel frequently") == []
    # "fifo roster" is a site rotation, not the stock method FIFO.
    assert find_skills("Bersedia sistem roster (FIFO roster)") == []
    assert ids("Menerapkan FIFO di gudang") == ["fifo"]


def test_a_plural_of_a_person_in_a_role_names_other_people() -> None:
    # The singular is the writer's title; the plural is the people they worked with.
    assert "Teaching" in names("Teacher at a public school, 2015-2019")
    assert "Teaching" not in names("Trained 20 new teachers and observed their classes")
    assert "Programming" not in names("Mentored junior programmers on code review")
    assert "Software Development" not in names("Worked closely with software engineers")
    # Plurals of things still count.
    assert "Test Case Design" in names("Wrote test cases for the payment flow")
    assert "Embedded Linux" in names("Wrote Linux kernel drivers in C")


@pytest.mark.parametrize(
    ("text", "not_skill"),
    [
        ("Associate Software Engineer in Oracle India Pvt Ltd.", "Oracle Database"),
        ("Msc in Strategic Marketing, BI Norwegian Business School, Oslo", "Norwegian"),
        ("Quality Engineer, SAP Labs, 2002-2014", "SAP ERP"),
        ("Chairman of the Finance Steering Committee", "Finance"),
        ("Trainer at MAASMIND Java Training Institute, Chennai", "Java"),
    ],
)
def test_a_skill_inside_an_organisations_name_is_no_skill(text: str, not_skill: str) -> None:
    assert not_skill not in names(text), names(text)


def test_an_organisations_name_stays_on_one_line_and_one_column() -> None:
    # "Company size:" on the next line, or "University" after a column gap in a PDF's text,
    # ends no name.
    assert "Software Development" in names("Industry:\nSoftware Development\nCompany size: 50")
    assert "PostgreSQL" in names(
        "Databases: Oracle, SQL, PostgreSQL    Education  DePaul University"
    )


def test_a_language_as_a_nationality_is_no_language_skill() -> None:
    for text in (
        "in cooperation with the Danish company",
        "Polish citizen. Speaks English (fluent).",
        "grew sales in Latin America",
        "oversight of the Russian subsidiary",
    ):
        assert not {"Danish", "Polish", "Latin", "Russian"} & names(text), text
    assert "English" in names("Polish citizen. Speaks English (fluent).")
    assert "Danish" in names("You speak Danish and English")
    assert "Japanese" in names("Japanese Language N2, Japanese Culture")


def test_an_abbreviation_spelt_out_as_something_else_is_no_skill() -> None:
    # The words before the brackets say what the letters mean here.
    assert "SIP (Surat Izin Praktik)" not in names("Developing a Service Improvement Plan (SIP)")
    assert ids("Client: Canada Pacific Railways (CPR)") == []
    # Where the words are the skill, or share a word with it, the letters stay.
    assert [m.alias for m in find_skills("Search Engine Marketing (SEM)")][-1] == "SEM"
    assert "PLC" in {m.alias for m in find_skills("paham Programmable Logic Control (PLC)")}
    # A list is no name: "extract, transform and load (ETL)".
    assert "ETL" in {m.alias for m in find_skills("extract, transform and load (ETL) data")}


def test_an_employer_line_of_a_job_is_no_skill() -> None:
    cv = "Account Manager\n\nOracle -  Noida, Uttar Pradesh -\n\nMay 2013 to May 2014\n"
    assert "Oracle Database" not in names(cv)
    cv = "Network engineer\n\nCisco -  Mumbai, Maharashtra -\n\n2015 to 2017\n- Used Cisco routers"
    cv += " and Oracle"
    assert {m.alias for m in find_skills(cv)} >= {"Cisco routers", "Oracle"}
    assert len([m for m in find_skills(cv) if m.alias == "Cisco"]) == 0
    # A skill with a level on its line is no employer, nor a product with dates alone.
    assert "Oracle Database" in names("Oracle - advanced\n2019: migrated the ERP")
    assert "SharePoint" in names("Developer\n\nMicrosoft SharePoint -\n\n2010 to 2012")


def test_a_release_name_is_not_a_strict_skill() -> None:
    # "XP" is Extreme Programming beside Agile, but a release in "Windows 98/2000/XP".
    def names(text: str) -> list[str]:
        return [m.skill.name for m in find_skills(text)]

    assert "Extreme Programming" not in names("Windows 98/2000/XP, Linux")
    assert "Extreme Programming" not in names("Windows XP and Linux")
    assert "Extreme Programming" not in names("Windows 7/XP, Linux")
    # Only a run of releases that starts with Windows: other slashes after a version keep
    # their strict names.
    assert "Microsoft Access" in names("Excel 2016/Access, SQL")
    assert "Go" in names("Python 3/Go, Docker")
    assert "React" in names("HTML5/React, CSS")
    assert "Extreme Programming" in names("Agile, Scrum, XP and Kanban")
    assert "Microsoft Word" in names("Microsoft Office Word, Excel")


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Customer Service Center staff", "Customer Service"),
        ("Risk Management Committee member", "Risk Management"),
        ("Graphic Design School graduate", "Graphic Design"),
        ("Member of the English Club", "English"),
        ("Physiotherapy Clinic staff", "Physiotherapy"),
    ],
)
def test_the_skills_own_team_or_training_keeps_the_skill(text: str, skill: str) -> None:
    # "Center", "Committee", "School", "Club", "Clinic" end a name only after another
    # capitalised word ("BI Norwegian Business School"); right after the skill they name its
    # team or its training.
    assert skill in [m.skill.name for m in find_skills(text)]
    assert not find_skills("BI Norwegian Business School")


def test_affixed_words_survive_a_full_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    # The affix cache starts afresh when full: hits found before that, in the same call or
    # an earlier one, are still returned.
    from jdmatch import taxonomy as taxonomy_module

    table = taxonomy_module.load_taxonomy()
    words = {"berkomunikasi", "berkolaborasi", "memimpin", "ketelitian", "rapat", "laporan"}
    expected = {w for w in words if table.affixed(w) is not None}
    assert len(expected) >= 2
    fresh = taxonomy_module.Taxonomy(dict(table.skills), trie=dict(table.trie))
    monkeypatch.setattr(taxonomy_module, "AFFIXED_CACHE_SIZE", 2)
    assert fresh.affixed_words(set(words)) == expected
    assert fresh.affixed_words(set(words) | {"kerjasama", "menganalisis"}) >= expected
