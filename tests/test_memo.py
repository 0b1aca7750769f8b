"""memo.py: what is computed from one document is reused only for that document and inputs."""

from __future__ import annotations

from pathlib import Path

import pytest

from jdmatch import memo
from jdmatch.analysis import analyze_documents, load
from jdmatch.profile import parse_profile
from jdmatch.report import render
from jdmatch.settings import Settings
from jdmatch.skills import document_mentions, mentions_of

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


class Doc:
    """A stand-in document: per_document keys by identity, not by value."""


@pytest.fixture(autouse=True)
def _fresh() -> None:
    memo.forget()


def test_a_result_is_computed_once_per_document_and_inputs() -> None:
    calls: list[str] = []
    doc, other = Doc(), Doc()
    inputs, equal_inputs = [1, 2], [1, 2]

    def compute(name: str) -> str:
        calls.append(name)
        return name

    assert memo.per_document(doc, "k", lambda: compute("a"), inputs) == "a"
    assert memo.per_document(doc, "k", lambda: compute("b"), inputs) == "a"
    assert calls == ["a"]
    # Another document, another key, or equal but other inputs: computed again.
    assert memo.per_document(other, "k", lambda: compute("c"), inputs) == "c"
    assert memo.per_document(doc, "j", lambda: compute("d"), inputs) == "d"
    assert memo.per_document(doc, "k", lambda: compute("e"), equal_inputs) == "e"
    assert memo.per_document(doc, "k", lambda: compute("f")) == "f"
    assert calls == ["a", "c", "d", "e", "f"]


def test_the_least_recently_used_document_is_forgotten_first() -> None:
    calls: list[int] = []
    anchor = Doc()
    docs = [Doc() for _ in range(memo.MAX_DOCUMENTS)]
    memo.per_document(anchor, "k", lambda: calls.append(0))
    for i, doc in enumerate(docs, 1):
        memo.per_document(doc, "k", lambda i=i: calls.append(i))  # type: ignore[misc]
        memo.per_document(anchor, "k", lambda: calls.append(-1))  # the anchor, used each time
    assert -1 not in calls  # never recomputed, though more documents came than are kept
    memo.per_document(docs[0], "k", lambda: calls.append(-2))
    assert calls[-1] == -2  # the oldest input was forgotten


def test_document_mentions_are_found_once_and_returned_as_new_lists() -> None:
    cv = load(SAMPLES / "en" / "cv.docx", kind="cv")
    first, second = document_mentions(cv), document_mentions(cv)
    assert first == second and first is not second
    first.clear()  # a caller's list is its own
    assert document_mentions(cv) == second
    assert mentions_of(cv) is mentions_of(cv)


def test_a_reused_cv_gives_the_reports_of_a_fresh_one_with_and_without_a_profile() -> None:
    """The batch shape: one parsed CV against several postings, a profile between them."""
    cv = load(SAMPLES / "en" / "cv.docx", kind="cv")
    jds = [load(SAMPLES / lang / "jd.pdf", kind="jd") for lang in ("en", "id", "en")]
    profile = Settings(
        profile=parse_profile(
            {
                "have": [{"skill": "Tableau", "evidence": "Built Tableau dashboards"}],
                "never": [{"skill": "Jupyter"}],
            }
        )
    )
    for jd, settings in zip(jds, (Settings(), profile, Settings()), strict=True):
        reused = render(analyze_documents(jd, cv, settings=settings), "md")
        memo.forget()
        fresh_cv = load(SAMPLES / "en" / "cv.docx", kind="cv")
        fresh_jd = load(SAMPLES / jd.language / "jd.pdf", kind="jd")
        assert render(analyze_documents(fresh_jd, fresh_cv, settings=settings), "md") == reused
    # The profile's report differs, so a result kept from the plain CV would have shown.
    plain = render(analyze_documents(jds[0], cv), "md")
    assert render(analyze_documents(jds[0], cv, settings=profile), "md") != plain


def test_a_reused_posting_gives_the_reports_of_a_fresh_one_and_shares_its_requirements() -> None:
    """The rank shape: one parsed posting against several CVs."""
    jd = load(SAMPLES / "en" / "jd.pdf", kind="jd")
    cv_files = [SAMPLES / "en" / "cv.docx", SAMPLES / "id" / "cv.pdf", SAMPLES / "en" / "cv.docx"]
    analyses = [analyze_documents(jd, load(path, kind="cv")) for path in cv_files]
    assert analyses[0].match.requirements is analyses[1].match.requirements
    reports = [render(analysis, "md") for analysis in analyses]
    assert reports[0] != reports[1]
    for path, reused in zip(cv_files, reports, strict=True):
        memo.forget()
        fresh = analyze_documents(load(SAMPLES / "en" / "jd.pdf", kind="jd"), load(path, kind="cv"))
        assert render(fresh, "md") == reused


def _memo_keys() -> list[tuple[str, int, str, str]]:
    """Every key given to per_document in the package's code: (file, line, key's name, the
    code of what it computes)."""
    import ast

    keys = []
    package = Path(memo.__file__).parent
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "per_document"
            ):
                continue
            key = node.args[1]
            if isinstance(key, ast.Tuple):  # ("candidate", today): its name comes first
                key = key.elts[0]
            assert isinstance(key, ast.Constant), f"{path.name}:{node.lineno}: a computed key"
            keys.append((path.name, node.lineno, key.value, ast.dump(node.args[2])))
    return keys


def test_every_memo_key_names_one_result() -> None:
    # Two results under one key of the same document would evict each other on every pair:
    # the same answers, found at the cost of computing both every time. One key may serve
    # the same computation of both documents.
    keys = _memo_keys()
    assert len(keys) > 20  # the scan finds the package's calls
    seen: dict[str, tuple[str, str]] = {}
    for file, line, name, computes in keys:
        if name in seen:
            assert seen[name][1] == computes, f"{file}:{line}: key {name!r} also at {seen[name][0]}"
        seen[name] = (f"{file}:{line}", computes)
