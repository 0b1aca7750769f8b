"""Exports: JSON that matches its published schema, Markdown that stays well-formed whatever
the documents contain, and an HTML page that is self-contained and escapes document text."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest
from golden_cases import GOLDEN, cases
from hostile_docs import IMG, SCRIPT, write_hostile_pair
from markdown_it import MarkdownIt

import jdmatch
from jdmatch.report import md_escape
from jdmatch.report_html import RANKING_CHART_ROWS, coverage_by_category, score_band
from jdmatch.schema import SCHEMAS, schema


@pytest.fixture(autouse=True)
def _cache_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("JDMATCH_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))


SCHEMA_FILE = "src/jdmatch/data/schema/{}.schema.json"


def validator(which: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(schema(which))


def assert_valid(which: str, data: object) -> None:
    """Validate, and on failure say where the schema lives: a new key must be added there."""
    errors = sorted(validator(which).iter_errors(data), key=lambda e: list(e.absolute_path))
    assert not errors, (
        "\n".join(f"{'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}" for e in errors)
        + f"\n(a new or changed key of the JSON must be described in {SCHEMA_FILE.format(which)})"
    )


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> jdmatch.Analysis:
    jd, cv = write_hostile_pair(tmp_path_factory.mktemp("hostile"))
    return jdmatch.analyze(jd, cv, lang="en")


@pytest.fixture(scope="module")
def sample(samples: Path) -> jdmatch.Analysis:
    return jdmatch.analyze(samples / "en" / "jd.pdf", samples / "en" / "cv.docx")


# -- JSON and its schema ----------------------------------------------------------------------


@pytest.mark.parametrize("which", SCHEMAS)
def test_schemas_are_valid_draft_2020_12(which: str) -> None:
    jsonschema.Draft202012Validator.check_schema(schema(which))
    assert schema(which)["$schema"] == "https://json-schema.org/draft/2020-12/schema"


@pytest.mark.parametrize("case", cases())
def test_golden_json_matches_the_schema(case: str) -> None:
    report = json.loads((GOLDEN / case / "report.json").read_text("utf-8"))
    assert_valid("report", report)


def test_hostile_report_matches_the_schema(hostile: jdmatch.Analysis) -> None:
    assert_valid("report", json.loads(jdmatch.render(hostile, "json")))


def _first_object(data: object, path: tuple = ()) -> list[tuple]:
    """Paths to every object in the data, outermost first."""
    found = []
    if isinstance(data, dict):
        found.append(path)
        for key, value in data.items():
            found += _first_object(value, (*path, key))
    elif isinstance(data, list) and data:
        found += _first_object(data[0], (*path, 0))
    return found


def _first_items(data: object) -> object:
    """The data with every list cut to its first item: quicker to validate, same keys."""
    if isinstance(data, dict):
        return {k: _first_items(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_first_items(v) for v in data[:1]]
    return data


def test_schema_catches_a_missing_or_renamed_key_anywhere() -> None:
    report = _first_items(json.loads((GOLDEN / "en" / "report.json").read_text("utf-8")))
    check = validator("report")
    for path in _first_object(report):
        node = report
        for step in path:
            node = node[step]
        for key in list(node):
            node[key + "_renamed"] = node.pop(key)  # renamed here, put back below
            renamed_is_valid = check.is_valid(report)
            node[key] = node.pop(key + "_renamed")
            assert not renamed_is_valid, f"renaming {'/'.join(map(str, path))}/{key}"
    assert check.is_valid(report)


def test_schema_checks_types() -> None:
    report = json.loads((GOLDEN / "en" / "report.json").read_text("utf-8"))
    report["score"]["total"] = "74"
    assert not validator("report").is_valid(report)


@pytest.mark.parametrize("command", ["batch", "rank"])
def test_index_json_matches_the_schema(cli_invoke, samples: Path, tmp_path: Path, command):
    postings = samples / "postings"
    if command == "batch":
        args = ["batch", "--cv", samples / "en" / "cv.docx"]
        inputs = [postings / "data-engineer.md", postings / "customer-service.txt"]
    else:
        args = ["rank", "--jd", postings / "data-engineer.md"]
        inputs = [samples / "en" / "cv.docx", samples / "id" / "cv.pdf"]
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 not really")
    out = tmp_path / "out"
    result = cli_invoke(*args, *inputs, broken, "-o", out, "--format", "json")
    assert result.exit_code == 1, result.stderr  # the broken input failed, the rest done
    index = json.loads((out / "index.json").read_text("utf-8"))
    assert_valid("index", index)
    assert index["kind"] == command and len(index["ranked"]) == 2 and index["failures"]
    for row in index["ranked"]:
        report = json.loads((out / row["report"]).read_text("utf-8"))
        assert_valid("report", report)
    del index["counts"]["from_cache"]
    assert not validator("index").is_valid(index)


def _keys_sorted(data: object) -> bool:
    if isinstance(data, dict):
        return list(data) == sorted(data) and all(_keys_sorted(v) for v in data.values())
    if isinstance(data, list):
        return all(_keys_sorted(v) for v in data)
    return True


def test_json_is_stable_sorted_and_rounded(sample: jdmatch.Analysis) -> None:
    text = jdmatch.render(sample, "json")
    assert text == jdmatch.render(sample, "json")
    assert _keys_sorted(json.loads(text))
    assert not re.search(r"\d\.\d{5,}", text), "a number with float noise"


def test_json_carries_the_markdown_report_facts(sample: jdmatch.Analysis) -> None:
    data = json.loads(jdmatch.render(sample, "json"))
    markdown = jdmatch.render(sample, "md")
    assert data["responsibilities"], "the sample JD has responsibilities"
    for line in data["responsibilities"]:
        assert md_escape(line["text"]) in markdown
    assert f"/{data['score']['total']}/100" not in markdown  # sanity: the heading format
    assert f"{data['score']['total']}/100" in markdown
    for part in data["score"]["parts"]:
        assert f"{part['points']:.1f}" in markdown


def test_schema_command(cli_invoke) -> None:
    for which in SCHEMAS:
        result = cli_invoke("schema", which)
        assert result.exit_code == 0
        assert json.loads(result.stdout) == schema(which)
    assert json.loads(cli_invoke("schema").stdout)["title"] == "jdmatch report"
    assert cli_invoke("schema", "nonsense").exit_code == 2


# -- Markdown stays well-formed ---------------------------------------------------------------


def _cells(row: str) -> list[str]:
    """A GFM table row split on its unescaped pipes."""
    cells, cell, chars = [], "", iter(row.strip().removeprefix("|").removesuffix("|"))
    for char in chars:
        if char == "\\":
            cell += char + next(chars, "")
        elif char == "|":
            cells.append(cell)
            cell = ""
        else:
            cell += char
    return [*cells, cell]


def _inline_text(tokens: list) -> str:
    out = []
    for token in tokens:
        if token.type == "inline":
            out.append(_inline_text(token.children or []))
        elif token.type in ("text", "code_inline"):
            out.append(token.content)
        elif token.type in ("softbreak", "hardbreak"):
            out.append("\n")
    return " ".join(out)


@pytest.mark.parametrize("lang", ["en", "id"])
def test_markdown_survives_hostile_documents(tmp_path: Path, lang: str) -> None:
    jd, cv = write_hostile_pair(tmp_path)
    markdown = jdmatch.render(jdmatch.analyze(jd, cv, lang=lang), "md")
    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    tokens = parser.parse(markdown)
    lines = markdown.splitlines()

    tables = [t for t in tokens if t.type == "table_open"]
    assert len(tables) >= 4
    for table in tables:
        start, end = table.map
        width = len(_cells(lines[start]))
        for number in range(start, end):
            assert len(_cells(lines[number])) == width, lines[number]

    flat = [t for token in tokens for t in [token, *(token.children or [])]]
    kinds = {t.type for t in flat}
    assert not kinds & {"html_inline", "html_block", "code_inline", "code_block", "link_open"}
    assert not kinds & {"s_open", "image", "fence", "hr"}  # (the template may quote: ">")
    # Emphasis only where the template puts it: never around document words.
    emphasised = []
    for i, t in enumerate(flat):
        if t.type in ("em_open", "strong_open"):
            emphasised.append(flat[i + 1].content)
    for word in ("emph", "under", "strong", "weekly", "scripts", "Jakarta"):
        assert not any(word in e for e in emphasised), word
    # No list nested by a line that starts "- " or "1. "; no heading from "# ".
    depth = 0
    for t in tokens:
        if t.type in ("bullet_list_open", "ordered_list_open"):
            depth += 1
            assert depth <= 2, "a document line opened a list"
        elif t.type in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert not any("Google Analytics <b>" in h for h in headings)
    # The document's characters come through as text, literally.
    text = _inline_text(tokens)
    for literal in (
        SCRIPT,
        IMG,
        "a|b",
        "*emph*",
        "_under_",
        "**strong**",
        "~~strike~~",
        "`rm -rf`",
        "&amp;",
        "&#60;b&#62;",
        "[link](javascript:alert(1))",
        "- Present findings",
        "1. Write SQL",
        "# Google Analytics",
        "Foo|Bar_Co",
    ):
        assert literal in text, literal


def test_md_escape_flattens_line_breaks_and_list_starts() -> None:
    assert md_escape("a\nb\r\n| c\t*d*") == r"a b \| c \*d\*"
    assert md_escape("- item") == r"\- item"
    assert md_escape("+ item") == r"\+ item"
    assert md_escape("12. item") == r"12\. item"
    assert md_escape("3) item") == r"3\) item"
    assert md_escape("-1.5 kg and 1.5 kg") == "-1.5 kg and 1.5 kg"
    assert md_escape("R&D &amp;") == r"R&D \&amp;"


# -- HTML ------------------------------------------------------------------------------------

_EXTERNAL = re.compile(
    r"""(?:\b(?:src|href|action|poster|data)\s*=\s*["']?\s*(?:[a-z][a-z0-9+.-]*:|//))"""
    r"""|@import|url\(|<link\b|<script\b|<iframe\b|<object\b|<embed\b|<base\b""",
    re.IGNORECASE,
)


def _is_self_contained(html: str) -> None:
    found = _EXTERNAL.findall(html)
    assert not found, found
    assert "http://" not in html and "https://" not in html


def test_html_report_is_one_self_contained_page(sample: jdmatch.Analysis) -> None:
    html = jdmatch.render(sample, "html")
    assert html.startswith("<!DOCTYPE html>")
    _is_self_contained(html)
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    assert "@media print" in html and "@media (max-width" in html
    assert '<html lang="en">' in html
    # The score as a ring; a bar per part of it and per category of the job's skills.
    categories = coverage_by_category(sample)
    assert html.count('<svg class="ring') == 1
    assert html.count('<svg class="bar"') == len(sample.match.score.parts) + len(categories)
    for row in categories:
        assert f"{row['matched']}/{row['total']}</span>" in html
    assert f'class="ring {score_band(sample.match.score.total)}"' in html
    bands = [score_band(n) for n in (0, 44, 45, 69, 70, 100)]
    assert bands == ["low", "low", "fair", "fair", "good", "good"]


def test_html_has_the_markdown_sections(sample: jdmatch.Analysis) -> None:
    markdown = jdmatch.render(sample, "md")
    html = jdmatch.render(sample, "html")
    sections = re.findall(r'<section id="s\d+">\n<h2>(.*?)</h2>', html)
    headings = [line[3:] for line in markdown.splitlines() if line.startswith("## ")]
    assert sections == headings
    assert "Story 1:" in html and "<table>" in html


def test_html_indonesian(samples: Path) -> None:
    analysis = jdmatch.analyze(samples / "id" / "jd.pdf", samples / "id" / "cv.pdf")
    html = jdmatch.render(analysis, "html")
    assert '<html lang="id">' in html and "Keahlian lowongan per kategori" in html


def test_html_indonesian_decimals_when_a_part_is_left_out(samples: Path, tmp_path: Path) -> None:
    # A posting of one line has no hard requirement to check: that part is left out and the
    # others' maximum points are no longer whole numbers ("11,1 poin", never "11.11").
    title = tmp_path / "jd.txt"
    title.write_text("Data Analyst\n", encoding="utf-8")
    analysis = jdmatch.analyze(
        title, samples / "id" / "cv.pdf", settings=jdmatch.Settings(lang="id")
    )
    assert any(p.weight * 100 != round(p.weight * 100) for p in analysis.match.score.parts)
    html = jdmatch.render(analysis, "html")
    maxima = re.findall(r"dari (\S+) poin", html)
    assert maxima and all("." not in m and re.fullmatch(r"\d+(,\d)?", m) for m in maxima)


def test_html_escapes_document_text(hostile: jdmatch.Analysis) -> None:
    html = jdmatch.render(hostile, "html")
    _is_self_contained(html)
    for tag in ("<script", "<img", "<b>", "<u>", "onerror=alert(1)>"):
        assert tag not in html, tag
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert 'href="javascript' not in html


def test_analyze_picks_the_format_from_the_output_suffix(cli_invoke, samples, tmp_path) -> None:
    jd, cv = samples / "en" / "jd.pdf", samples / "en" / "cv.docx"
    for name, start in (
        ("r.html", "<!DOCTYPE html>"),
        ("r.HTM", "<!DOCTYPE html>"),
        ("r.json", "{"),
        ("r.md", "# Match report"),
        ("r.txt", "# Match report"),
    ):
        result = cli_invoke("analyze", jd, cv, "-o", tmp_path / name)
        assert result.exit_code == 0, result.stderr
        assert (tmp_path / name).read_text("utf-8").startswith(start), name
    result = cli_invoke("analyze", jd, cv, "-o", tmp_path / "x.html", "--format", "md")
    assert (tmp_path / "x.html").read_text("utf-8").startswith("# Match report")
    result = cli_invoke("analyze", jd, cv, "--format", "html")
    assert result.stdout.startswith("<!DOCTYPE html>")


def test_batch_writes_html_reports_and_index(cli_invoke, samples: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    postings = samples / "postings"
    result = cli_invoke(
        "batch", "--cv", samples / "en" / "cv.docx", postings / "data-engineer.md",
        postings / "marketing-analyst.html", "-o", out, "--format", "html",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    index = (out / "index.html").read_text("utf-8")
    _is_self_contained(index)
    assert index.count("<svg") == 2 and "Score by posting" in index
    links = re.findall(r'href="(reports/[^"]+)"', index)
    assert len(set(links)) == 2
    for link in links:
        report = (out / link).read_text("utf-8")
        assert report.startswith("<!DOCTYPE html>")
        _is_self_contained(report)


def test_html_index_charts_the_top_rows_only(samples: Path) -> None:
    from dataclasses import replace

    from jdmatch.render_index import render_index

    postings = samples / "postings"
    result = jdmatch.batch(
        samples / "en" / "cv.docx", [postings / "data-engineer.md", postings / "admin-gudang.txt"]
    )
    many = replace(result, ranked=result.ranked * 15)  # 30 rows
    html = render_index(many, "html")
    assert html.count('<svg class="bar"') == RANKING_CHART_ROWS
    assert f"The top {RANKING_CHART_ROWS} of 30" in html
    ranking_table = html.split("<table>")[1].split("</table>")[0]
    assert ranking_table.count("<tr>") == 31  # the table lists them all (and its header)
    assert '<a href="' not in html.split('<ol class="bars">')[1].split("</ol>")[0]  # no reports


def test_score_summary_reads_right_for_one_skill_and_no_related(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from jdmatch.analysis import analyze_documents
    from jdmatch.parse import parse
    from jdmatch.report import markdown_context, strings

    cv = parse("Budi\nSkills\nSQL, Python\n", kind="cv", name="cv.txt")
    one = parse("Data Analyst\nRequirements\n- SQL\n", kind="jd", name="jd.txt")
    two = parse("Data Analyst\nRequirements\n- SQL\n- Java\n", kind="jd", name="jd.txt")
    for lang in ("en", "id"):
        t = strings(lang)
        summary = markdown_context(replace(analyze_documents(one, cv), lang=lang))["summary"]
        assert summary == t["score_summary_one_matched"]
        summary = markdown_context(replace(analyze_documents(two, cv), lang=lang))["summary"]
        # No related skill: no "and 0 more through a related skill".
        assert summary == t["score_summary"].format(
            matched=1, total=2, required_matched=1, required=2, related=""
        )


def test_html_builds_the_report_context_once(
    sample: jdmatch.Analysis, monkeypatch: pytest.MonkeyPatch
) -> None:
    import jdmatch.report_html as report_html

    calls = []
    real = report_html.markdown_context
    monkeypatch.setattr(report_html, "markdown_context", lambda a: calls.append(1) or real(a))
    monkeypatch.setattr("jdmatch.report.markdown_context", lambda a: calls.append(1) or real(a))
    jdmatch.render(sample, "html")
    assert len(calls) == 1


def test_chart_labels_are_cut_by_the_one_truncation_helper() -> None:
    import jdmatch.report_html as report_html
    from jdmatch.render_prep import clip

    assert not hasattr(report_html, "_cut")
    long = "Senior Data Analyst, Consumer Insights and Experimentation " * 3
    assert clip(long, limit=report_html.CHART_LABEL_MAX).endswith("…")
