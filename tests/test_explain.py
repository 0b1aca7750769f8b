"""--explain: which words fired each skill where, how its weight and level were decided, and
the words that look like a skill but did not count ("excellent" is not Excel), and why."""

from __future__ import annotations

import json
from pathlib import Path

from jdmatch.analysis import analyze, analyze_documents
from jdmatch.explain import NearMiss, near_misses
from jdmatch.parse import parse
from jdmatch.profile import parse_profile
from jdmatch.report import render, strings
from jdmatch.settings import Settings
from jdmatch.skills import document_mentions
from jdmatch.skills_report import _miss
from jdmatch.taxonomy import load_taxonomy

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
CV_TEXT = (
    "Siti Rahma\n"
    "Summary\n"
    "Data analyst with excellent communication skills and a go-getter attitude.\n"
    "Happy to go where the data is.\n"
    "Skills\n"
    "SQL, Python\n"
)
JD_TEXT = (
    "Data Analyst\n"
    "Requirements\n"
    "- Must be fluent in Microsoft Excel.\n"
    "- Good communication with stakeholders.\n"
    "Nice to have\n"
    "- Go or Java is a plus.\n"
)


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, "utf-8")
    return path


def test_trap_word_excellent_fires_communication_not_excel() -> None:
    cv = parse(CV_TEXT, kind="cv", name="cv.txt")
    taxonomy = load_taxonomy()
    mentions = document_mentions(cv, taxonomy=taxonomy)
    fired = {m.skill.name: m for m in mentions}
    assert "communication" in fired["Communication"].alias.lower()
    assert fired["Communication"].line == 3
    assert "Microsoft Excel" not in fired
    misses = {m.text: m for m in near_misses(cv, mentions, taxonomy)}
    excellent = misses["excellent"]
    assert excellent.skill.name == "Microsoft Excel" and excellent.alias == "excel"
    assert excellent.reason == "prefix" and excellent.line == 3
    # "go" is the language Go only written "Go": a strict alias, and this one is lower case.
    assert "Go" not in fired
    assert misses["go"].skill.id == "go" and misses["go"].reason == "case"


def test_skills_explain_lists_words_sections_and_near_misses(cli_invoke, tmp_path: Path) -> None:
    cv = write(tmp_path, "cv.txt", CV_TEXT)
    plain = cli_invoke("skills", cv, "--kind", "cv")
    assert "Near misses" not in plain.stdout
    result = cli_invoke("skills", cv, "--kind", "cv", "--explain")
    assert result.exit_code == 0, result.stderr
    rows = {line.split()[1]: line for line in result.stdout.splitlines() if line.startswith("soft")}
    assert (
        '"excellent communication"' in rows["Communication"]
        or '"communication"' in (rows["Communication"])
    )
    assert "summary" in rows["Communication"]
    misses = result.stdout.split("Near misses", 1)[1]
    reason = strings("en")["explain_reason_prefix"].format(alias="excel")
    assert f'"excellent" (line 3, summary) looks like Microsoft Excel, but {reason}.' in misses
    data = json.loads(
        cli_invoke("skills", cv, "--kind", "cv", "--explain", "--format", "json").stdout
    )
    assert {"skill": "microsoft-excel", "text": "excellent", "reason": "prefix"}.items() <= next(
        m for m in data["near_misses"] if m["text"] == "excellent"
    ).items()
    communication = data["skills"]["soft"][0]["mentions"][0]
    assert communication["section"] == "summary" and communication["line"] == 3


def test_skills_explain_of_a_jd_gives_level_and_cue(cli_invoke, tmp_path: Path) -> None:
    jd = write(tmp_path, "jd.txt", JD_TEXT)
    result = cli_invoke("skills", jd, "--explain")
    row = next(line for line in result.stdout.splitlines() if "Microsoft Excel" in line)
    assert "requirements" in row and "required (must)" in row
    row = next(line for line in result.stdout.splitlines() if "Java" in line)
    assert "nice (is a plus)" in row


def test_analyze_explain_section() -> None:
    jd = parse(JD_TEXT, kind="jd", name="jd.txt")
    cv = parse(CV_TEXT, kind="cv", name="cv.txt")
    plain = analyze_documents(jd, cv)
    assert plain.explanations == ()
    t = strings("en")
    assert t["explain_heading"] not in render(plain, "md")
    analysis = analyze_documents(jd, cv, settings=Settings(explain=True))
    by_skill = {e.requirement.skill.name: e for e in analysis.explanations}
    assert set(by_skill) == {r.skill.name for r in analysis.match.requirements}
    excel = by_skill["Microsoft Excel"]
    assert excel.status == "missing" and excel.requirement.cue == "must"
    assert excel.jd_mentions[0].line == 3 and excel.jd_mentions[0].section == "requirements"
    assert [(m.text, m.reason) for m in excel.near_misses] == [("excellent", "prefix")]
    communication = by_skill["Communication"]
    assert communication.status == "matched" and communication.cv_mentions[0].line == 3
    report = render(analysis, "md")
    section = report.split(f"## {t['explain_heading']}", 1)[1]
    assert (
        t["explain_level_cue"].format(
            level=t["level_required"], cue="must", where="Requirements, line 3"
        )
        in section
    )
    assert (
        t["explain_level_section"].format(
            level=t["level_required"], section="Requirements", where="Requirements, line 4"
        )
        in section
    )
    assert '"excellent" (Summary, line 3) looks like Microsoft Excel' in section
    data = json.loads(render(analysis, "json"))
    excel_json = next(e for e in data["explain"] if e["skill"] == "microsoft-excel")
    assert excel_json["near_misses"][0]["reason"] == "prefix"
    assert "explain" not in json.loads(render(plain, "json"))


def test_explain_says_when_the_profile_ruled_a_word_out() -> None:
    jd = parse(JD_TEXT, kind="jd", name="jd.txt")
    cv = parse(CV_TEXT + "Excel\n", kind="cv", name="cv.txt")
    profile = parse_profile({"never": [{"word": "excel"}]})
    analysis = analyze_documents(jd, cv, settings=Settings(explain=True, profile=profile))
    excel = next(e for e in analysis.explanations if e.requirement.skill.id == "microsoft-excel")
    assert excel.status == "missing"
    assert ("Excel", "profile") in {(m.text, m.reason) for m in excel.near_misses}


def test_analyze_explain_on_the_sample(cli_invoke) -> None:
    result = cli_invoke(
        "analyze", SAMPLES / "en" / "jd.pdf", SAMPLES / "en" / "cv.docx", "--explain"
    )
    assert result.exit_code == 0
    t = strings("en")
    section = result.stdout.split(f"## {t['explain_heading']}", 1)[1]
    assert "**Tableau**: missing, a related skill shown" in section
    assert "**Microsoft Power BI**" in section
    # The heaviest skill comes first, as in the report's requirements.
    first = analyze(SAMPLES / "en" / "jd.pdf", SAMPLES / "en" / "cv.docx").match.requirements[0]
    assert section.split("\n- ", 1)[1].startswith(f"**{first.skill.name}**")


def test_explain_counts_each_place_as_often_as_the_line_names_it() -> None:
    # "named 3 times" must add up: two on one line, one on another.
    jd = parse(
        "Data Analyst\nRequirements\n- SQL for reports, and SQL for dashboards.\n"
        "- Advanced SQL.\n- Microsoft Excel.\n",
        kind="jd",
        name="jd.txt",
    )
    cv = parse(CV_TEXT, kind="cv", name="cv.txt")
    analysis = analyze_documents(jd, cv, settings=Settings(explain=True))
    sql = next(e for e in analysis.explanations if e.requirement.skill.id == "sql")
    assert sql.requirement.count == 3
    for lang in ("en", "id"):
        t = strings(lang)
        report = render(analysis.__class__(**{**analysis.__dict__, "lang": lang}), "md")
        assert t["explain_named"].format(count=3) in report
        assert t["explain_named_once"] in report  # Microsoft Excel, named once
        where = t["in_section"].format(section=t["section_requirements"], line=3)
        times = t["explain_place_times"].format(alias="SQL", where=where, count=2)
        assert times in report


def test_skills_explain_keeps_backslashes_and_speaks_the_document_language(
    cli_invoke, tmp_path: Path
) -> None:
    # A near miss is quoted in plain text: nothing escaped, and a backslash of the document
    # (a Windows path, "S1\\S2") stays as written.
    excel = load_taxonomy().get("microsoft-excel")
    assert excel is not None
    miss = NearMiss("excel_2016\\pro", excel, "excel", "prefix", 3, "summary")
    text = _miss(miss, strings("en"))
    assert text.startswith('"excel_2016\\pro" (line 3, summary) looks like Microsoft Excel')
    empty = write(tmp_path, "kosong.txt", "Ringkasan\nSaya suka membaca buku dan berkebun.\n")
    result = cli_invoke("skills", empty, "--kind", "cv", "--explain")
    t = strings("id")
    assert t["skills_none"] in result.stdout and t["skills_near_misses_none"] in result.stdout


def test_batch_and_rank_explain_each_report(cli_invoke, tmp_path: Path) -> None:
    t = strings("en")
    jd, cv = SAMPLES / "en" / "jd.pdf", SAMPLES / "en" / "cv.docx"
    alone = cli_invoke("analyze", jd, cv, "--explain")
    for command, anchor, item in (("batch", "--cv", jd), ("rank", "--jd", cv)):
        out = tmp_path / command
        anchor_file = cv if command == "batch" else jd
        result = cli_invoke(command, anchor, anchor_file, item, "-o", out, "--explain")
        assert result.exit_code == 0, result.stderr
        (report,) = (out / "reports").iterdir()
        text = report.read_text(encoding="utf-8")
        assert f"## {t['explain_heading']}" in text
        if command == "batch":  # the same pair, so the same report as analyze's
            assert text == alone.stdout
    # Without the flag, no such section (and the cache keeps the two apart).
    plain = tmp_path / "plain"
    result = cli_invoke("batch", "--cv", cv, jd, "-o", plain)
    assert result.exit_code == 0, result.stderr
    (report,) = (plain / "reports").iterdir()
    assert t["explain_heading"] not in report.read_text(encoding="utf-8")
