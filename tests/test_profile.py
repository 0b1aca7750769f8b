"""The profile of corrections: "I have these skills" and "never match this", in every
command, marked in the report, and refused with one line when malformed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jdmatch.analysis import analyze
from jdmatch.profile import Profile, load_profile, parse_profile
from jdmatch.report import render, strings
from jdmatch.settings import Settings

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
JD, CV = SAMPLES / "en" / "jd.pdf", SAMPLES / "en" / "cv.docx"
TABLEAU_LINE = "Built three Tableau dashboards for a volunteer food bank, 2024"


def write(folder: Path, data: object, name: str = "profile.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, "utf-8")
    return path


PROFILE = {
    "have": [{"skill": "Tableau", "evidence": TABLEAU_LINE}],
    "never": [{"skill": "Jupyter"}, {"word": "fintech"}],
}


def test_claimed_skill_is_matched_and_marked_and_never_rules_remove() -> None:
    plain = analyze(JD, CV)
    fixed = analyze(JD, CV, settings=Settings(profile=parse_profile(PROFILE)))
    matched = {m.skill.name: m for m in fixed.match.matched}
    assert "Tableau" not in {m.skill.name for m in plain.match.matched}
    tableau = matched["Tableau"]
    assert tableau.evidence[0].section == "profile" and tableau.evidence[0].text == TABLEAU_LINE
    # "never": the skill, by an alias, and the word are gone from both documents.
    names = {r.skill.name for r in fixed.match.requirements}
    assert "Jupyter Notebook" not in names and "Fintech" not in names
    assert "Jupyter Notebook" in {r.skill.name for r in plain.match.requirements}
    # A required gap closed: the skill part of the score can only grow.
    assert "Tableau" not in {g.skill.name for g in fixed.match.missing}
    assert "Tableau" in {g.skill.name for g in plain.match.missing}
    assert fixed.profile is not None
    assert [s.name for s in fixed.profile.added] == ["Tableau"]
    assert set(fixed.profile.removed) == {"Jupyter Notebook", "fintech"}
    # The CV the report describes is still the CV: the claim is not in its text.
    assert TABLEAU_LINE not in fixed.cv.text
    for lang in ("en", "id"):
        t = strings(lang)
        report = render(fixed.__class__(**{**fixed.__dict__, "lang": lang}), "md")
        assert f'"{TABLEAU_LINE}" ({t["from_profile"]})' in report
        # One skill claimed: "it", not "them".
        assert t["step_add_to_cv_one"].format(skills="**Tableau**") in report
        assert t["profile_added_one"].format(skills="**Tableau**") in report
        # The story on the Power BI line answers Tableau through it, as it did as a gap.
        via = t["story_via"].format(skill="Tableau", related="Microsoft Power BI")
        assert via in report
    data = json.loads(render(fixed, "json"))
    assert data["profile"]["added"] == ["tableau"]
    assert sorted(data["profile"]["removed"]) == ["Jupyter Notebook", "fintech"]
    tableau_json = next(m for m in data["matched"] if m["skill"]["id"] == "tableau")
    assert tableau_json["evidence"][0]["section"] == "profile"


def test_a_claim_the_cv_already_shows_changes_nothing() -> None:
    profile = parse_profile({"have": [{"skill": "SQL", "evidence": "I know SQL"}]})
    fixed = analyze(JD, CV, settings=Settings(profile=profile))
    assert fixed.profile is not None and fixed.profile.added == ()
    assert render(fixed, "md") == render(analyze(JD, CV), "md")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("{not json", "not valid JSON (line 1"),
        ([], "must be a JSON object"),
        ({"skills": []}, "unknown key 'skills'"),
        ({"have": {"skill": "SQL"}}, '"have" must be a list'),
        ({"have": [{"skill": "SQL"}]}, 'have[0]: "evidence" must be a non-empty text'),
        ({"have": [{"skill": "SQL", "evidence": "x", "year": 1}]}, "have[0] must be"),
        ({"never": [{"skill": "Java", "word": "java"}]}, "never[0] must be"),
        ({"never": [{"word": "  "}]}, 'never[0]: "word" must be a non-empty text'),
        ({"never": [{"skill": "Tablaeu"}]}, "never[0]: no skill called 'Tablaeu'"),
    ],
)
def test_invalid_profile_is_one_line_and_exit_1(
    cli_invoke, tmp_path: Path, data: object, message: str
) -> None:
    path = write(tmp_path, data)
    result = cli_invoke("skills", CV, "--kind", "cv", "--profile", path)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"jdmatch: error: {path}: ")
    assert message in result.stderr and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_a_retired_skill_in_a_profile_is_a_warning_not_an_error(
    cli_invoke, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # Willingness to relocate or travel left the taxonomy (they are hard requirements): a
    # profile written before still works, and says which entry no longer counts.
    path = write(
        tmp_path,
        {"never": [{"skill": "Willingness to Relocate"}, {"skill": "Java"}],
         "have": [{"skill": "willing-to-travel", "evidence": "Travelled monthly to clients"}]},
    )  # fmt: skip
    with caplog.at_level("WARNING", logger="jdmatch"):
        result = cli_invoke("skills", CV, "--kind", "cv", "--profile", path)
    assert result.exit_code == 0, result.stderr
    warned = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert any("never[0]" in w and "no longer a skill" in w for w in warned)
    assert any("have[0]" in w for w in warned)


def test_missing_profile_file_is_an_error(cli_invoke, tmp_path: Path) -> None:
    result = cli_invoke("analyze", JD, CV, "--profile", tmp_path / "nope.json")
    assert result.exit_code == 1 and "cannot read the profile" in result.stderr


def test_default_profile_applies_to_every_command_and_no_profile_ignores_it(
    cli_invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config"
    config.mkdir()
    write(config, PROFILE)
    monkeypatch.setenv("JDMATCH_CONFIG_DIR", str(config))
    t = strings("en")
    report = cli_invoke("analyze", JD, CV)
    assert report.exit_code == 0 and t["from_profile"] in report.stdout
    ignored = cli_invoke("analyze", JD, CV, "--no-profile")
    assert ignored.exit_code == 0 and t["from_profile"] not in ignored.stdout
    listing = cli_invoke("skills", CV, "--kind", "cv")
    assert "Tableau" in listing.stdout and "profile" in listing.stdout
    assert "Jupyter" not in listing.stdout
    assert "Jupyter" in cli_invoke("skills", CV, "--kind", "cv", "--no-profile").stdout
    # batch: the profile's claim counts; the cache key holds the profile's content.
    cache = tmp_path / "cache"
    monkeypatch.setenv("JDMATCH_CACHE_DIR", str(cache))
    out = tmp_path / "out"
    assert cli_invoke("batch", "--cv", CV, JD, "-o", out).exit_code == 0
    assert t["from_profile"] in (out / "reports" / "jd.md").read_text("utf-8")
    out2 = tmp_path / "out2"
    assert cli_invoke("batch", "--cv", CV, JD, "-o", out2, "--no-profile").exit_code == 0
    assert t["from_profile"] not in (out2 / "reports" / "jd.md").read_text("utf-8")
    write(config, {"have": [], "never": [{"skill": "Tableau"}]})  # same path, new content
    out3 = tmp_path / "out3"
    assert cli_invoke("batch", "--cv", CV, JD, "-o", out3).exit_code == 0
    third = (out3 / "reports" / "jd.md").read_text("utf-8")
    assert t["from_profile"] not in third
    assert t["profile_removed"].format(skills="**Tableau**") in third
    # rank: "never" applies to the CVs ranked, "have" (your own skills) does not.
    write(config, PROFILE)
    out4 = tmp_path / "out4"
    assert cli_invoke("rank", "--jd", JD, CV, "-o", out4).exit_code == 0
    ranked = (out4 / "reports" / "cv.md").read_text("utf-8")
    assert t["from_profile"] not in ranked
    assert "Jupyter Notebook ✓" not in ranked and "| Jupyter Notebook |" not in ranked
    assert t["profile_removed"].split("{")[0] in ranked


def test_profile_repr_is_its_content_not_its_path(tmp_path: Path) -> None:
    a = load_profile(write(tmp_path, PROFILE, "a.json"))
    b = load_profile(write(tmp_path, PROFILE, "b.json"))
    assert repr(a) == repr(b) and a == b
    assert repr(a) != repr(Profile())
    assert a.without_claims().have == () and a.without_claims().never_skills == ("Jupyter",)


def test_several_claimed_skills_read_them_not_it() -> None:
    claims = [
        {"skill": name, "evidence": f"Worked on {name} in a course, 2024"}
        for name in ("Tableau", "Customer Retention", "Data Quality")
    ]
    fixed = analyze(JD, CV, settings=Settings(profile=parse_profile({"have": claims})))
    assert fixed.profile is not None and len(fixed.profile.added) == 3
    names = "**Tableau**, **Customer Retention** and **Data Quality**"
    report = render(fixed, "md")
    t = strings("en")
    assert t["profile_added"].format(skills=names) in report
    assert "does not show it" not in t["step_add_to_cv"]
    assert t["step_add_to_cv"].format(skills=names) in report
