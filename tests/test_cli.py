"""The command line: reports on stdout or -o, one-line errors with exit code 1, light start-up."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from badfiles import BAD_INPUTS

from jdmatch import __version__


def test_version(cli_invoke) -> None:
    result = cli_invoke("--version")
    assert result.exit_code == 0
    assert __version__ in result.stdout


def test_every_command_has_help(cli_invoke) -> None:
    from jdmatch.cli import main

    for name, command in main.commands.items():
        assert command.help, name
        result = cli_invoke(name, "--help")
        assert result.exit_code == 0
        assert "Usage:" in result.stdout


def test_analyze_prints_report_to_stdout(cli_invoke, samples: Path) -> None:
    result = cli_invoke("analyze", samples / "en" / "jd.pdf", samples / "en" / "cv.docx")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("# Match report")
    assert "## Fit score:" in result.stdout
    assert result.stderr == ""


def test_analyze_writes_file_and_says_so_on_stderr(cli_invoke, samples: Path, tmp_path: Path):
    out = tmp_path / "report.md"
    result = cli_invoke("analyze", samples / "id" / "jd.pdf", samples / "id" / "cv.pdf", "-o", out)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert "Skor kecocokan" in out.read_text(encoding="utf-8")
    assert str(out) in result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]  # no temporary left


def test_analyze_lang_and_json(cli_invoke, samples: Path) -> None:
    result = cli_invoke(
        "analyze", samples / "id" / "jd.pdf", samples / "id" / "cv.pdf", "--lang", "en"
    )
    assert "Fit score" in result.stdout
    result = cli_invoke(
        "analyze", samples / "en" / "jd.pdf", samples / "en" / "cv.docx", "--format", "json"
    )
    data = json.loads(result.stdout)
    assert data["schema_version"] == "1"
    assert 0 <= data["score"]["total"] <= 100


@pytest.mark.parametrize("kind", sorted(BAD_INPUTS))
def test_bad_input_is_one_line_exit_1_and_no_report(
    cli_invoke, samples: Path, tmp_path: Path, kind: str
) -> None:
    build, word = BAD_INPUTS[kind]
    bad = build(tmp_path)
    out = tmp_path / "out" / "report.md"
    out.parent.mkdir()
    for args in ((bad, samples / "en" / "cv.docx"), (samples / "en" / "jd.pdf", bad)):
        result = cli_invoke("analyze", *args, "-o", out)
        assert result.exit_code == 1
        assert result.stdout == ""
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        assert str(bad) in lines[0] and word.lower() in lines[0].lower()
        assert "Traceback" not in result.stderr
        assert list(out.parent.iterdir()) == []


def test_unsupported_type_by_suffix_content(cli_invoke, samples: Path, tmp_path: Path) -> None:
    result = cli_invoke("analyze", samples / "en" / "jd.pdf", tmp_path / "missing.docx")
    assert result.exit_code == 1
    assert "no such file" in result.stderr


def test_usage_error_is_exit_2(cli_invoke) -> None:
    assert cli_invoke("analyze").exit_code == 2
    assert cli_invoke("analyze", "a", "b", "--lang", "fr").exit_code == 2


def test_skills_command_table_and_json(cli_invoke, samples: Path) -> None:
    result = cli_invoke("skills", samples / "en" / "jd.pdf")
    assert result.exit_code == 0, result.stderr
    assert "SQL" in result.stdout and "category" in result.stdout
    result = cli_invoke("skills", samples / "en" / "cv.docx", "--kind", "cv", "--format", "json")
    data = json.loads(result.stdout)
    assert any(s["name"] == "SQL" for s in data["technical"])


def test_help_does_not_import_heavy_modules() -> None:
    code = (
        "import sys\n"
        "from jdmatch.cli import main\n"
        "try:\n"
        "    main(['--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = [m for m in ('sklearn', 'pdfplumber', 'pdfminer', 'docx', 'jinja2', 'scipy')"
        " if m in sys.modules]\n"
        "print('HEAVY:' + ','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "HEAVY:"


def test_help_imports_no_pathlib_that_click_does_not() -> None:
    # pathlib costs as much as the rest of jdmatch's own start-up; paths arrive as Path all
    # the same (cli_common.PathType).
    code = (
        "import sys\nimport click\nbefore = 'pathlib' in sys.modules\n"
        "from jdmatch.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "print('PATHLIB:', before, 'pathlib' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    _, before, after = out.stdout.strip().splitlines()[-1].split()
    assert after == before


def test_path_options_give_paths(tmp_path: Path) -> None:
    from jdmatch.cli_common import FILE, FOLDER

    assert FILE.convert(str(tmp_path / "cv.pdf"), None, None) == tmp_path / "cv.pdf"
    assert isinstance(FOLDER.convert(str(tmp_path), None, None), Path)


def test_analyze_does_not_import_scikit_learn(samples: Path) -> None:
    jd, cv = str(samples / "en" / "jd.pdf"), str(samples / "en" / "cv.docx")
    code = (
        f"import sys, jdmatch\njdmatch.analyze({jd!r}, {cv!r})\nprint('sklearn' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_python_dash_m(samples: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "jdmatch", "--version"], capture_output=True, text=True, check=True
    )
    assert __version__ in out.stdout


def test_verbose_logs_timings_and_counts_but_no_document_text(cli_invoke, samples: Path) -> None:
    result = cli_invoke("-v", "analyze", samples / "en" / "jd.pdf", samples / "en" / "cv.docx")
    assert result.exit_code == 0, result.stderr
    log = result.stderr
    assert "characters read in" in log and "ms" in log and "skill mentions" in log
    # Nothing from the documents themselves: not the company, the candidate or a CV line.
    for private in ("Kiosara", "Nadia", "Prameswari", "Ladangpintar", "@example.com"):
        assert private not in log
    quiet = cli_invoke("analyze", samples / "en" / "jd.pdf", samples / "en" / "cv.docx")
    assert quiet.stderr == ""
