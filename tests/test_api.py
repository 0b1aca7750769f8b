"""The Python API that other code relies on, by name."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import jdmatch


def test_analyze_returns_analysis_with_documented_names(samples: Path) -> None:
    result = jdmatch.analyze(samples / "en" / "jd.pdf", str(samples / "en" / "cv.docx"))
    assert isinstance(result, jdmatch.Analysis)
    assert isinstance(result.score, int) and 0 <= result.score <= 100
    assert result.matched and result.missing
    assert all(hasattr(item, "skill") for item in [*result.matched, *result.missing])
    assert {m.skill.name for m in result.matched} >= {"SQL", "Python"}
    assert "Tableau" in {g.skill.name for g in result.missing}


def test_analyze_options_are_settings(samples: Path) -> None:
    result = jdmatch.analyze(samples / "en" / "jd.pdf", samples / "en" / "cv.docx", lang="id")
    assert result.lang == "id"


def test_find_skills_mention_fields() -> None:
    text = "Strong SQL and Microsoft Excel"
    mentions = jdmatch.find_skills(text)
    assert [m.skill.id for m in mentions][:1]
    for mention in mentions:
        assert mention.skill.name and mention.skill.category
        assert text[mention.start : mention.end] == mention.alias
    assert {m.skill.name for m in mentions} == {"SQL", "Microsoft Excel"}


def test_all_names_resolve() -> None:
    for name in jdmatch.__all__:
        assert getattr(jdmatch, name) is not None


def test_render_stays_the_function_after_the_cli_is_imported(samples: Path) -> None:
    # The CLI imports the rendering module; the package's `render` must stay the function.
    import jdmatch.cli

    result = jdmatch.analyze(samples / "en" / "jd.pdf", samples / "en" / "cv.docx")
    assert jdmatch.render(result, "md").startswith("# ")


@settings(max_examples=60, deadline=None)
@given(jd=st.text(max_size=800), cv=st.text(max_size=800), lang=st.sampled_from(["en", "id"]))
def test_random_text_analyzes_and_renders_without_a_crash(jd: str, cv: str, lang: str) -> None:
    from jdmatch.analysis import analyze_documents
    from jdmatch.parse import parse
    from jdmatch.settings import Settings

    result = analyze_documents(
        parse(jd, kind="jd"), parse(cv, kind="cv"), settings=Settings(lang=lang)
    )
    assert 0 <= result.score <= 100
    assert jdmatch.render(result, "md").startswith("# ")
    assert jdmatch.render(result, "json").startswith("{")
